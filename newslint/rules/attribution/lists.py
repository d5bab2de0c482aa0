"""The family's word and phrase lists (newslint/data/attribution_*.txt), read once."""
from __future__ import annotations

from functools import lru_cache

from ...phrases import alternation, data_path, factored_alternation, read_list


@lru_cache(maxsize=None)
def entries(name: str) -> tuple[str, ...]:
    """The entries of a data file in newslint/data/."""
    return tuple(read_list(data_path(name)))


def longest_first(name: str) -> str:
    """One alternation over a data file's entries, longest first, so that
    "people familiar with the matter" wins over "people"."""
    return alternation(entries(name), longest_first=True)


def longest_first_trie(name: str) -> str:
    """:func:`longest_first` with the entries' shared beginnings factored out
    (:mod:`newslint.phrase_trie`): the same matches, tried a letter at a time
    instead of entry by entry.  Only for a pattern matched forwards."""
    return factored_alternation(sorted(entries(name), key=len, reverse=True))
