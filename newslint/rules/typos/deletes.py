"""The frequent words two edits from a word: a symmetric-delete index.

Every frequent word is filed under itself and under each string that one or
two letter deletions make of it; a word's own deletions (at most two) looked
up there find every frequent word that shares with it a subsequence at most
two letters shorter than either.  That is a few dozen look-ups, where two
rounds of edits make thousands of strings (6,000 for an 11-letter word).

The index is kept as flat arrays (64-bit hashes of the keys, sorted, and the
ids of the words under each), which the store reads back in a few hundredths
of a second: the old search's dict of 191,000 one-deletion keys took twice
as long, and one of all 676,000 keys would take several times longer.  A hash
says only that a key is probably there, so each word it yields is checked
to contain the key before it counts: a collision costs a check, never a
wrong answer.
"""
from __future__ import annotations

import zlib
from array import array
from bisect import bisect_left
from functools import lru_cache
from itertools import compress, repeat, takewhile
from operator import and_, lshift, ne, or_, rshift
from typing import NamedTuple

from ...heap import forgettable
from .lexicon import common_words
from .store import code_stamp, stored

# Words at or above this Zipf frequency (once per million words = 3.0) are the
# ones suggested at edit distance 2; rarer words are only reachable at
# distance 1, where a far rarer neighbour is still a credible correction.
MIN_ZIPF = 3.0
# Hashes are bucketed by their top bits, so a look-up bisects a few entries.
_BUCKET_BITS = 16


def _hash(key: str) -> int:
    """A stable 64-bit hash (``hash()`` changes with every process)."""
    data = key.encode("utf-8", "surrogatepass")
    return zlib.crc32(data) << 32 | zlib.adler32(data)


class _Index(NamedTuple):
    words: list[str]
    buckets: array  # bucket -> first position in ``hashes`` (one extra at the end)
    hashes: array  # the keys' hashes, sorted
    starts: array  # position in ``hashes`` -> first position in ``postings`` (one extra)
    postings: array  # word ids


@forgettable
@lru_cache(maxsize=1)
def _index() -> _Index:
    words, *parts = stored("deletes", f"{MIN_ZIPF}|{_BUCKET_BITS}|{code_stamp(__file__)}", tuple, _build)
    arrays = []
    for code, data in zip("IQII", parts):
        arr = array(code)
        arr.frombytes(data)
        arrays.append(arr)
    return _Index(words.split("\n"), *arrays)


def indexed_words() -> list[str]:
    """The words the index holds: frequent, three letters or more, plain ASCII letters."""
    threshold = 10**MIN_ZIPF / 1e9
    # The list is sorted by frequency, most frequent first.
    pairs = takewhile(lambda item: item[1] >= threshold, common_words().items())
    return [w for w, _ in pairs if len(w) >= 3 and w.isalpha() and w.isascii()]


def deletions(word: str) -> set[str]:
    """Every string one letter deletion makes of ``word``."""
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def _build() -> tuple[str, bytes, bytes, bytes, bytes]:
    words = indexed_words()
    bits = max(len(words), 1).bit_length()
    # One integer per (key, word): the key's hash above the word's id, so
    # that one sort of plain integers groups each key's words; the rest runs
    # in C (a loop over the 875,000 entries took seconds).  Keys that share
    # a hash share a list: the check on read sorts them out.  Made word by
    # word, with no list of the keys themselves, and unpacked into arrays
    # as soon as sorted: a third of the memory (+53 MB at the peak, not +150).
    entries: list[int] = []
    for ident, word in enumerate(words):
        once = deletions(word)
        filed = {word} | once | {x[:i] + x[i + 1 :] for x in once for i in range(len(x))}
        entries.extend(map(or_, map(lshift, map(_hash, filed), repeat(bits)), repeat(ident, len(filed))))
    entries.sort()
    postings = array("I", map(and_, entries, repeat((1 << bits) - 1)))
    filed_hashes = array("Q", map(rshift, entries, repeat(bits)))
    del entries
    starts = array("I", [0, *compress(range(1, len(filed_hashes)), map(ne, filed_hashes[1:], filed_hashes))])
    hashes = array("Q", map(filed_hashes.__getitem__, starts))
    starts.append(len(filed_hashes))
    del filed_hashes
    shift = 64 - _BUCKET_BITS
    buckets = array("I", [bisect_left(hashes, b << shift) for b in range(1 << _BUCKET_BITS)])
    buckets.append(len(hashes))
    return "\n".join(words), buckets.tobytes(), hashes.tobytes(), starts.tobytes(), postings.tobytes()


def _filed_under(index: _Index, key: str) -> array | tuple[()]:
    """The ids of the words filed under ``key`` (and under any key sharing its hash)."""
    h = _hash(key)
    bucket = h >> (64 - _BUCKET_BITS)
    hi = index.buckets[bucket + 1]
    i = bisect_left(index.hashes, h, index.buckets[bucket], hi)
    if i == hi or index.hashes[i] != h:
        return ()
    return index.postings[index.starts[i] : index.starts[i + 1]]


def _contains(word: str, key: str, most: int) -> bool:
    """Is ``key`` ``word`` with at most ``most`` letters deleted?"""
    if not 0 <= len(word) - len(key) <= most:
        return False
    letters = iter(word)
    return all(ch in letters for ch in key)


def near_any(word: str) -> bool:
    """Do ``word`` and some frequent word each become the same string with
    at most one letter deleted (both at most one edit from it)?"""
    index = _index()
    for key in {word} | deletions(word):
        if any(_contains(index.words[i], key, 1) for i in _filed_under(index, key)):
            return True
    return False


def sharing(word: str, first: str | None = None) -> dict[str, int]:
    """Frequent words sharing a subsequence with ``word`` at most two letters
    shorter than either, with the length of the longest such subsequence;
    ``first``: only the words starting with that letter (a search that keeps
    the first letter checks no other word)."""
    index = _index()
    once = deletions(word)
    twice = {x[:i] + x[i + 1 :] for x in once for i in range(len(x))}
    longest: dict[int, int] = {}
    # Longest keys first, so each word is checked against its longest key.
    for keys in ((word,), once, twice):
        for key in keys:
            for ident in _filed_under(index, key):
                if ident not in longest and (first is None or index.words[ident][:1] == first) and _contains(
                    index.words[ident], key, 2
                ):
                    longest[ident] = len(key)
    return {index.words[i]: n for i, n in longest.items()}
