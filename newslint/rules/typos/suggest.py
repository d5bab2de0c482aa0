"""Ranking suggestions with the article's own words, keeping offensive
words out of them, and telling a term the article repeats from a slip."""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

import regex

from ...fixes import Fix
from ...heap import forgettable
from ...phrases import data_path, read_list
from ...rule import Context
from .candidates import Candidate
from .lexicon import zipf
from .preferences import bonuses
from .tokens import ascii_words

_WORDS = regex.compile(r"\p{L}+")


# _WORDS in lower-cased text whose letters are all ASCII (\p{L} is [A-Za-z]
# there; the other characters ``ascii_words`` allows are no letters and have
# no case), found by the standard library's engine.
_ASCII_LOWER_WORDS = re.compile(r"[a-z]+")
# Up to this many characters the words are listed at once (a few megabytes).
_LISTED = 1 << 20


def vocabulary(text: str) -> Counter[str]:
    """How often the article uses each word (lower case)."""
    if len(text) <= _LISTED and ascii_words(text):
        # Counted in C: about a third of the time of a match object a word.
        return Counter(_ASCII_LOWER_WORDS.findall(text.lower()))
    # finditer, not findall: a list of every word of a 50 MB file held half a
    # gigabyte at once.
    return Counter(m.group().lower() for m in _WORDS.finditer(text))


# A correction the article itself uses elsewhere is the likelier one
# (``analsyts`` in a story that quotes analysts), worth this many Zipf points.
_IN_DOCUMENT_BONUS = 1.0


@forgettable
@lru_cache(maxsize=1)
def offensive_words() -> frozenset[str]:
    return frozenset(read_list(data_path("typo_offensive.txt")))


def _plain(word: str) -> str:
    """A suggestion without its possessive (``chairman's``), as the lists hold it."""
    return word[:-2] if word.endswith("'s") else word


def _base(c: Candidate, vocabulary: Counter[str]) -> float:
    return c.score + (_IN_DOCUMENT_BONUS if c.word in vocabulary else 0.0)


def rank(found: tuple[Candidate, ...], vocabulary: Counter[str], typed: str = "") -> tuple[str, ...]:
    """The three best suggestions, the article's own words ranked up, and
    those ``preferences.bonuses`` favours for ``typed`` (the word as
    written, lower case).  An
    offensive word (newslint/data/typo_offensive.txt) is offered only when
    the article itself uses it; an empty result means no decent correction
    is left, and the word is not reported."""
    offensive = offensive_words()
    usable = [c for c in found if _plain(c.word) not in offensive or _plain(c.word) in vocabulary]
    extra = bonuses(usable, vocabulary, typed, max(usable, key=lambda c: _base(c, vocabulary))) if usable else {}
    ranked = sorted(usable, key=lambda c: (-(_base(c, vocabulary) + extra.get(c.word, 0.0)), c.word))
    return tuple(c.word for c in ranked[:3])


# The best suggestion is the only strong one when it is this many Zipf points
# (a factor of ten) ahead of the next and at most one plain edit away.
_SOLE_LEAD = 1.0
_SOLE_MAX_COST = 1.0


def correction(ctx: Context, start: int, end: int, word: str, found: tuple[Candidate, ...], vocabulary: Counter[str]) -> Fix | None:
    """The fix for the typo ``word`` at ``start:end``: unsafe, since it
    changes a word the writer chose, so only --unsafe-fixes applies it; and
    only when one candidate stands out."""
    best = sole_correction(found, vocabulary, word.lower())
    if best is None:
        return None
    if word[0].isupper():
        best = best[:1].upper() + best[1:]
    return ctx.replacement(start, end, best, f"replace with '{best}'", unsafe=True)


def sole_correction(found: tuple[Candidate, ...], vocabulary: Counter[str], typed: str = "") -> str | None:
    """The one correction strong enough to apply unasked (``encourafged`` ->
    ``encouraged``), or None when two are close or the best is far.  The
    sound of ``typed`` only breaks ties of the ranking: a correction that
    needs it to lead is not applied unasked."""
    scored = sorted(((_base(c, vocabulary), c) for c in found), key=lambda sc: (-sc[0], sc[1].word))
    if not scored or scored[0][1].cost > _SOLE_MAX_COST:
        return None
    if len(scored) > 1 and scored[0][0] - scored[1][0] < _SOLE_LEAD:
        return None
    best = scored[0][1].word
    extra = bonuses(found, vocabulary, typed, scored[0][1])
    if extra and max(found, key=lambda c: _base(c, vocabulary) + extra.get(c.word, 0.0)).word != best:
        return None
    return best


# A slip is seldom made the same way three times in one article: a word used
# that often is the article's own term (a currency, a product) that the
# lexicon lacks.  Unless the evidence of a slip is overwhelming: a long word
# the list has never seen, one plain edit from a common word
# (``propietary``): a writer who misspells a word once misspells it
# throughout.
DELIBERATE_REPEATS = 3
_REPEATED_SLIP_MIN_LENGTH = 8
_REPEATED_SLIP_MAX_COST = 1.0
_REPEATED_SLIP_MIN_ZIPF = 3.5


def repeated_slip(low: str, found: tuple[Candidate, ...]) -> bool:
    best = found[0]
    return (
        len(low) >= _REPEATED_SLIP_MIN_LENGTH
        and zipf(low) == 0.0
        and best.cost <= _REPEATED_SLIP_MAX_COST
        and best.zipf >= _REPEATED_SLIP_MIN_ZIPF
    )
