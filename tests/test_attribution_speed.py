"""The attribution family's shortcuts give what the slow ways give.

The family's Zipf values come from the typo rule's table of wordfreq's list
(loaded by a run already) instead of wordfreq's own (0.3 s to load): they
must equal ``wordfreq.zipf_frequency`` for every word, the tokens worked out
in the family as wordfreq's tokenizer finds them.
"""
from __future__ import annotations

import random

import pytest

from newslint.rules.attribution.placement import zipf
from newslint.rules.typos.lexicon import common_words

# Words on the edges of the plain tokens: full stops, apostrophes straight
# and curly, elisions, hyphens, unknown parts, capitals, other letters.
EDGES = [
    "mr.", "u.s.", "u.s", "there’s", "sanders’", "sanders'", "d’art", "’twas", "x.d'art", "a.b.c.", "..", "-", "'",
    "d'art", "l'arc", "x--y", "-x", "x-", "e-mail", "o'brien-smith", "can't-stop", "i's", "a-", "xqzv-the",
    "DON'T", "O'Brien", "Pearson's", "we've", "low-cost", "Reuters", "Zürich", "naïve", "4G", "b2b", "", "Economic",
]


def _words() -> list[str]:
    common = list(common_words())
    rng = random.Random(12)
    sample = common[::150]
    pairs = [f"{rng.choice(common[:20000])}-{rng.choice(common[:20000])}" for _ in range(300)]
    return EDGES + sample + pairs + [w for w in common if "'" in w][:300]


@pytest.mark.parametrize("chunk", range(4))
def test_zipf_equals_wordfreq(chunk: int) -> None:
    wordfreq = pytest.importorskip("wordfreq")
    words = _words()[chunk::4]
    bad = [w for w in words if zipf(w) != float(wordfreq.zipf_frequency(w.lower(), "en", "large"))]
    assert not bad


def test_plain_words_do_not_ask_wordfreq(monkeypatch: pytest.MonkeyPatch) -> None:
    wordfreq = pytest.importorskip("wordfreq")

    def refuse(*args: object, **kwargs: object) -> float:
        raise AssertionError("wordfreq asked")

    monkeypatch.setattr(wordfreq, "zipf_frequency", refuse)
    for word in ("Jane", "O'Brien", "Al-Sayed", "Mr.", "Smith’s", "U.S."):
        zipf(word)
