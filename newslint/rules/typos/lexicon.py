"""The word list: wordfreq's large English list and the Zipf scale.

The lexicon is wordfreq's large English list (about 321,000 words, US and UK
spellings, built from web, news, subtitle and book text).  A web list also
contains the common misspellings themselves (``begining`` has a Zipf
frequency of 2.6), so "is it in the list" is not the question the typo rule
asks: it asks whether a rare word sits one or two edits from a word that is
far more frequent (see ``candidates`` and ``slips``).

Everything is built lazily, once per process, and cached, so a run over many
articles pays for the list only once; the table itself is kept in the user's
cache folder (see ``store``), so a start does not import wordfreq or unpack
its list.  Frequencies are the list's own floats, so Zipf values are exactly
wordfreq's.
"""
from __future__ import annotations

import math
from array import array
from bisect import bisect_left
from functools import lru_cache
from itertools import takewhile
from typing import Iterator, NamedTuple

from ...heap import forgettable
from .store import code_stamp, stored

# Rarer words are never suggested (Settings.min_suggestion is 2.5; long
# words have their own set, ``long_words``), so only these need the hash
# table the candidate search intersects with; the rest of the list is a
# sorted list searched by bisection, three times quicker to read back at
# start-up.
COMMON_ZIPF = 2.5


class _SortedWords:
    """The rare words as one sorted ``\n``-joined string and the offset of
    each word: a sequence ``bisect`` can search, read back without splitting
    268,000 words (about 15 ms of every start) when a run looks up a few."""

    def __init__(self, text: str, offsets: array) -> None:
        self._text = text
        self._offsets = offsets  # word i is text[offsets[i]:offsets[i + 1] - 1]

    def __len__(self) -> int:
        return len(self._offsets) - 1

    def __getitem__(self, i: int) -> str:
        return self._text[self._offsets[i] : self._offsets[i + 1] - 1]

    def __iter__(self) -> Iterator[str]:
        return iter(self._text[:-1].split("\n")) if len(self) else iter(())


class _Table(NamedTuple):
    common: dict[str, float]  # Zipf >= COMMON_ZIPF, most frequent first
    rare: _SortedWords  # the other words, sorted
    rare_frequencies: array  # ... and their frequencies, in the same order


@forgettable
@lru_cache(maxsize=1)
def _table() -> _Table:
    common, common_freqs, rare, rare_freqs, rare_offsets = stored(
        "lexicon", f"en-large|{COMMON_ZIPF}|{code_stamp(__file__)}", tuple, _build_table
    )
    cf, rf, offsets = array("d"), array("d"), array("I")
    cf.frombytes(common_freqs)
    rf.frombytes(rare_freqs)
    offsets.frombytes(rare_offsets)
    return _Table(dict(zip(common.split("\n"), cf)), _SortedWords(rare, offsets), rf)


def _build_table() -> tuple[str, bytes, str, bytes, bytes]:
    """wordfreq's large English list (word -> frequency, a probability, most
    frequent first) as plain strings and float arrays, which marshal reads
    back without building 321,000 objects one by one; the rare words each
    end with ``\n`` and come with their offsets (and the end's)."""
    import wordfreq

    table = wordfreq.get_frequency_dict("en", "large")
    floor = 10**COMMON_ZIPF / 1e9
    common = [(w, f) for w, f in table.items() if f >= floor]
    rare = sorted((w, f) for w, f in table.items() if f < floor)
    offsets, at = array("I", [0]), 0
    for w, _ in rare:
        at += len(w) + 1
        offsets.append(at)
    return (
        "\n".join(w for w, _ in common),
        array("d", [f for _, f in common]).tobytes(),
        "".join(w + "\n" for w, _ in rare),
        array("d", [f for _, f in rare]).tobytes(),
        offsets.tobytes(),
    )


def common_words() -> dict[str, float]:
    """The words at least as frequent as ``COMMON_ZIPF``: word -> frequency
    (a probability), most frequent first."""
    return _table().common


def frequency(word: str) -> float:
    """The word's frequency (a probability); 0 when the list lacks it."""
    table = _table()
    f = table.common.get(word)
    if f is not None:
        return f
    i = bisect_left(table.rare, word)
    return table.rare_frequencies[i] if i < len(table.rare) and table.rare[i] == word else 0.0


@forgettable
@lru_cache(maxsize=65536)
def zipf(word: str) -> float:
    """Zipf frequency (log10 of occurrences per billion words); 0 when unknown."""
    f = frequency(word)
    return math.log10(f * 1e9) if f else 0.0


@forgettable
@lru_cache(maxsize=8)
def frequent_words(max_zipf: float) -> frozenset[str]:
    """Words at least as frequent as ``max_zipf``: never reported."""
    known = 10**max_zipf / 1e9
    table = _table()
    # The common words are sorted by frequency, most frequent first.
    out = frozenset(w for w, _ in takewhile(lambda item: item[1] >= known, table.common.items()))
    if max_zipf < COMMON_ZIPF:
        out |= {w for w, f in zip(table.rare, table.rare_frequencies) if f >= known}
    return out


@forgettable
@lru_cache(maxsize=4)
def long_words(min_zipf: float, min_length: int) -> frozenset[str]:
    """The words of at least ``min_length`` letters at least as frequent as
    ``min_zipf``, common and rare: what a long slip may be for (see
    ``rare``).  Kept in the store, as a scan of the rare words costs about
    30 ms."""
    def build() -> str:
        floor = 10**min_zipf / 1e9
        table = _table()
        rare = (w for w, f in zip(table.rare, table.rare_frequencies) if f >= floor and len(w) >= min_length)
        return "\n".join([*(w for w in table.common if len(w) >= min_length), *rare])

    words = stored("long", f"{min_zipf}|{min_length}|{COMMON_ZIPF}|{code_stamp(__file__)}", str, build)
    return frozenset(words.split("\n"))
