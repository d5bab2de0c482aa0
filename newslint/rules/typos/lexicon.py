"""The word list: wordfreq's large English list and the Zipf scale.

The lexicon is wordfreq's large English list (about 321,000 words, US and UK
spellings, built from web, news, subtitle and book text).  A web list also
contains the common misspellings themselves (``begining`` has a Zipf
frequency of 2.6), so "is it in the list" is not the question the typo rule
asks: it asks whether a rare word sits one or two edits from a word that is
far more frequent (see ``candidates`` and ``slips``).

Everything is built lazily, once per process, and cached, so a run over many
articles pays for the list only once.
"""
from __future__ import annotations

import math
from functools import lru_cache
from itertools import takewhile


@lru_cache(maxsize=1)
def frequencies() -> dict[str, float]:
    """wordfreq's large English list: word -> frequency (a probability),
    most frequent first."""
    import wordfreq

    return wordfreq.get_frequency_dict("en", "large")


def zipf(word: str) -> float:
    """Zipf frequency (log10 of occurrences per billion words); 0 when unknown."""
    f = frequencies().get(word)
    return math.log10(f * 1e9) if f else 0.0


@lru_cache(maxsize=8)
def frequent_words(max_zipf: float) -> frozenset[str]:
    """Words at least as frequent as ``max_zipf``: never reported."""
    known = 10**max_zipf / 1e9
    # The list is sorted by frequency, most frequent first.
    return frozenset(w for w, _ in takewhile(lambda item: item[1] >= known, frequencies().items()))
