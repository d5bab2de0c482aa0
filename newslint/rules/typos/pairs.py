"""NL103's counts of neighbouring-token pairs, packed into two arrays.

The pairs table holds about 270,000 counts.  As a dict of ``"left right"``
strings it took 24 MB of every process that ran NL103 (tracemalloc, the
table alone).  Here each token has a number (a dict of the 28,000 tokens), a
pair is the two numbers in one integer, and the pairs are a sorted
``array('q')`` beside an ``array('I')`` of their counts: 12 bytes a pair, 3.2
MB of arrays and 7 MB with the token dict, read back from the user cache as
two byte strings; an NL103 run over bbc-dev and the cweb/gmeg dev files
peaked 18 MB lower.  A look-up is two dict look-ups and a binary search
(``bisect`` runs in C) over the few pairs of the left token.
Counts are the same numbers, so the rule's findings are the same.
"""
from __future__ import annotations

from array import array
from bisect import bisect_left
from itertools import repeat
from operator import and_, rshift

# A token's number takes this many bits of a pair's key (a million tokens).
_BITS = 20
_SEP = "\n"  # never inside a token: the tokenizer turns line breaks into <s>


class Pairs:
    """How often ``left right`` was counted, for any two tokens."""

    __slots__ = ("_ids", "_keys", "_counts", "_rows")

    def __init__(self, tokens: str, keys: bytes, counts: bytes) -> None:
        self._ids = {t: i for i, t in enumerate(tokens.split(_SEP))} if tokens else {}
        self._keys, self._counts = array("q"), array("I")
        self._keys.frombytes(keys)
        self._counts.frombytes(counts)
        # Where each left token's pairs begin: a search then looks at one
        # token's few pairs, not all 270,000 of them.
        k = self._keys
        self._rows = array("I", [bisect_left(k, a << _BITS) for a in range(len(self._ids) + 1)])

    def _find(self, a: int, b: int) -> int:
        """The count of the pair of token numbers ``a`` and ``b``."""
        key = a << _BITS | b
        hi = self._rows[a + 1]
        i = bisect_left(self._keys, key, self._rows[a], hi)
        return self._counts[i] if i < hi and self._keys[i] == key else 0

    def count(self, left: str, right: str) -> int:
        a = self._ids.get(left)
        if a is None:
            return 0
        b = self._ids.get(right)
        return 0 if b is None else self._find(a, b)

    def around(self, left: str, word: str, right: str) -> tuple[int, int]:
        """The counts of ``left word`` and of ``word right``."""
        ids = self._ids
        b = ids.get(word)
        if b is None:
            return 0, 0
        a, c = ids.get(left), ids.get(right)
        return (0 if a is None else self._find(a, b)), (0 if c is None else self._find(b, c))

    def beside(self, left: str, word: str, right: str) -> bool:
        """Was ``word`` counted after ``left`` or before ``right``?"""
        # The search of _find written out: this runs for every confusable
        # word of every document, and the calls were a fifth of its time.
        ids = self._ids
        b = ids.get(word)
        if b is None:
            return False
        keys, rows = self._keys, self._rows
        a = ids.get(left)
        if a is not None:
            key, hi = a << _BITS | b, rows[a + 1]
            i = bisect_left(keys, key, rows[a], hi)
            if i < hi and keys[i] == key:
                return True
        c = ids.get(right)
        if c is None:
            return False
        key, hi = b << _BITS | c, rows[b + 1]
        i = bisect_left(keys, key, rows[b], hi)
        return i < hi and keys[i] == key

    def __len__(self) -> int:
        return len(self._keys)


def pack(bigrams: dict[str, int]) -> tuple[str, bytes, bytes]:
    """The ``"left right" -> count`` table as :class:`Pairs`'s three parts
    (plain strings and bytes, which marshal keeps)."""
    if any(key.count(" ") != 1 or _SEP in key for key in bigrams):
        raise ValueError("a pair key is not two tokens with one space between")
    names = sorted({t for key in bigrams for t in key.split(" ")})
    if len(names) >= 1 << _BITS:
        raise ValueError("too many tokens for a pair key")
    if any(not 0 <= n < 1 << 32 for n in bigrams.values()):
        raise ValueError("a pair count does not fit 32 bits")
    ids = {t: i for i, t in enumerate(names)}
    # Each pair's key above its count in one integer, sorted as one list: a
    # list of split keys and one of tuples took 90 MB at the peak of a first
    # start (the user cache's build), this a few.
    def row(key: str, n: int) -> int:
        a, b = key.split(" ")
        return (ids[a] << _BITS | ids[b]) << 32 | n

    rows = sorted(map(row, bigrams, bigrams.values()))
    keys = array("q", map(rshift, rows, repeat(32)))
    counts = array("I", map(and_, rows, repeat(0xFFFFFFFF)))
    return _SEP.join(names), keys.tobytes(), counts.tobytes()
