"""The attribution family's shortcuts give what the slow ways give.

Whether a word is common is read from wordfreq's list without building its
table of all 321,000 words: the answer must be ``zipf_frequency(...) >=
floor`` for every word, tokens, digits and rounding included.
"""
from __future__ import annotations

import random

import pytest

from newslint.rules.attribution.placement import common

# Words on the edges: full stops, apostrophes straight and curly, elisions,
# hyphens, digits, unknown parts, capitals, other letters, band boundaries.
EDGES = [
    "mr.", "u.s.", "there’s", "sanders’", "d'art", "l'arc", "x--y", "-x", "e-mail", "o'brien-smith", "DON'T",
    "Pearson's", "we've", "low-cost", "Reuters", "Zürich", "naïve", "4G", "b2b", "1990s", "", "-", "IPTV",
    "ONGC", "AP", "END", "MORE", "CEO", "Economic", "Scene", "Mary", "Jordan", "Ms", "Latest",
]


def _words() -> list[str]:
    wordfreq = pytest.importorskip("wordfreq")
    bands = wordfreq.get_frequency_list("en", "large")
    rng = random.Random(7)
    # Every band around the floors asked (Zipf 3.5, 4.0, 4.5) and a sample of the rest.
    near = [word for i in range(440, 565) for word in bands[i][:3]]
    sample = [rng.choice(band) for band in bands[::7] if band]
    pairs = [f"{rng.choice(near)}-{rng.choice(near)}" for _ in range(200)]
    return EDGES + near + sample + pairs


def test_common_is_zipf_at_least() -> None:
    wordfreq = pytest.importorskip("wordfreq")
    bad = [
        (word, floor)
        for word in _words()
        for floor in (3.5, 4.0, 4.5)
        if common(word, floor) != (wordfreq.zipf_frequency(word.lower(), "en", "large") >= floor)
    ]
    assert not bad


def test_common_refuses_floors_below_its_list() -> None:
    with pytest.raises(ValueError):
        common("the", 3.0)
