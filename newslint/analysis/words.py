"""Word counts, for rules that judge a line or a document by its length."""
from __future__ import annotations

from functools import lru_cache
from itertools import islice

import regex

_WORD = regex.compile(r"\w+")


def count_words(text: str) -> int:
    """The number of runs of word characters in ``text``."""
    # Counted, not listed: findall over a 50 MB article held ~500 MB of words.
    return sum(1 for _ in _WORD.finditer(text))


def has_word(text: str) -> bool:
    """Whether ``text`` holds any word character."""
    return _WORD.search(text) is not None


def has_words(text: str, count: int) -> bool:
    """Whether ``text`` holds at least ``count`` words (as :func:`count_words`
    counts them): the words are counted up to ``count``, not to the end, so a
    test of a long line's length costs what its first words cost."""
    if count < 1:
        return sum(1 for _ in islice(_WORD.finditer(text), count)) >= count
    # One match of ``count`` runs, each word and what follows it taken whole
    # (possessive: linear), in half the time of counting the matches one by one.
    return _runs(count).match(text) is not None


@lru_cache(maxsize=64)
def _runs(count: int) -> regex.Pattern:
    return regex.compile(r"\W*+(?:\w++\W*+){%d}" % count)
