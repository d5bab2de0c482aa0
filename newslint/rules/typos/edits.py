"""The edit model: which slips people make, and what each one costs.

Neighbouring keys, doubled letters, swapped letters and vowels that sound
alike are cheap; any other edit costs 1.  ``edit_cost`` is the weighted
distance the candidate search ranks neighbours by.
"""
from __future__ import annotations

import math
from functools import lru_cache
from itertools import repeat

from ...heap import forgettable

_ALPHABET = "abcdefghijklmnopqrstuvwxyz'"


def edits1(word: str) -> set[str]:
    """Every string one deletion, transposition, substitution or insertion away."""
    out: set[str] = set()
    size = len(_ALPHABET)
    for i in range(len(word) + 1):
        a, b = word[:i], word[i:]
        # letter.join((a, b)) is a + letter + b, made in C: several times
        # quicker than concatenating in a comprehension.
        out.update(map(str.join, _ALPHABET, repeat((a, b), size)))
        if b:
            rest = b[1:]
            out.update(map(str.join, _ALPHABET, repeat((a, rest), size)))
            out.add(a + rest)
            if rest:
                out.add(a + rest[0] + b[0] + rest[1:])
    out.discard(word)
    return out


_KEYBOARD_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")


def _keyboard_neighbours() -> dict[str, frozenset[str]]:
    pos = {ch: (r, c) for r, row in enumerate(_KEYBOARD_ROWS) for c, ch in enumerate(row)}
    out: dict[str, frozenset[str]] = {}
    for a, (ra, ca) in pos.items():
        near = set()
        for b, (rb, cb) in pos.items():
            # Rows are staggered by about half a key, so the keys below-left
            # and above-right are neighbours too.
            if a != b and abs(ra - rb) <= 1 and -1 <= (cb - ca) + (rb - ra) * 0.5 <= 1:
                near.add(b)
        out[a] = frozenset(near)
    return out


NEAR_KEYS = _keyboard_neighbours()
VOWELS = frozenset("aeiouy")
# Letters that stand for the same or similar sounds in English spelling.
_SOUND_ALIKE = frozenset(
    frozenset(p)
    for p in ("ck", "cs", "sz", "iy", "gj", "mn", "fv", "td", "bp", "kq", "xs", "cq", "ei", "ae", "ou")
)


def sound_alike(a: str, b: str) -> bool:
    """Do the letters ``a`` and ``b`` stand for the same or similar sounds?"""
    return frozenset((a, b)) in _SOUND_ALIKE


def _sub_cost(a: str, b: str) -> float:
    if a == b:
        return 0.0
    if b in NEAR_KEYS.get(a, ()):
        return 0.7
    if a in VOWELS and b in VOWELS:
        return 0.6
    if frozenset((a, b)) in _SOUND_ALIKE:
        return 0.7
    return 1.0


def _indel_cost(word: str, i: int) -> float:
    """Cost of inserting or deleting ``word[i]``: cheap when it doubles or
    undoubles a letter (``begining``) or is a vowel (``mathematicaly``)."""
    ch = word[i]
    if (i > 0 and word[i - 1] == ch) or (i + 1 < len(word) and word[i + 1] == ch):
        return 0.5
    if ch in VOWELS:
        return 0.8
    return 1.0


@forgettable
@lru_cache(maxsize=4096)
def _sub_costs(a: str) -> dict[str, float]:
    return {b: _sub_cost(a, b) for b in _ALPHABET}


@forgettable
@lru_cache(maxsize=65536)
def _indel_costs(word: str, echo: bool = False) -> tuple[float, ...]:
    # _indel_cost for every letter, in one pass (``echo``: a letter of the
    # intended word, which may be a repeated consonant dropped).
    before = [""] + list(word[:-1])
    after = list(word[1:]) + [""]
    return tuple(
        0.5 if ch == b or ch == a else 0.8 if ch in VOWELS or (echo and _echoed(word, i)) else 1.0
        for i, (b, ch, a) in enumerate(zip(before, word, after))
    )


# A consonant the intended word repeats a letter or two away is dropped as
# often as a vowel (``suprised``, ``Febuary``, ``libary``, ``goverment``): the
# hand or the ear takes the second for the first.  Not the other way: a
# letter typed twice a few letters apart (``smallsats`` for smallest) is no
# such slip.
_ECHO_REACH = 3


def _echoed(word: str, i: int) -> bool:
    ch = word[i]
    return ch in word[max(0, i - _ECHO_REACH):i - 1] or ch in word[i + 2:i + 1 + _ECHO_REACH]


# Every edit costs at least this much (a doubled letter dropped or added).
_CHEAPEST = 0.5


# ``-ally`` and ``-ly`` sound alike (``basicly``, ``accidently``,
# ``publically``): one ending written for the other is one cheap slip, not
# two letters dropped or added.
ALLY_COST = 0.6


def ending_variants(word: str) -> tuple[str, ...]:
    """``word`` with ``-ly`` written ``-ally`` or ``-ally`` written ``-ly``."""
    if word.endswith("ally") and len(word) > 6:
        return (word[:-4] + "ly",)
    if word.endswith("ly") and len(word) > 4:
        return (word[:-2] + "ally",)
    return ()


def edit_cost(typed: str, intended: str, limit: float = float("inf")) -> float:
    """Weighted optimal-string-alignment distance from ``intended`` to ``typed``.

    With a ``limit``, a distance above it may be given as any number above
    it: the table is filled only in the band of cells some alignment within
    the limit can pass (every edit costs at least ``_CHEAPEST``, so a cell
    ``k`` off the diagonal is ``k`` edits away and the far corner as many
    again: Ukkonen's band), and the search stops once two rows are all
    dearer (a swap reaches back two rows).  A search bounded at 1.2 fills
    three cells a row instead of the whole row."""
    n, m = len(typed), len(intended)
    if abs(n - m) == 2 and typed[-2:] == "ly" == intended[-2:] and intended in ending_variants(typed):
        return ALLY_COST
    if abs(n - m) * _CHEAPEST > limit:
        return abs(n - m) * _CHEAPEST
    if limit == float("inf"):
        return _banded_cost(typed, intended, limit, -n, m)
    # Cell (i, j) is reached in |j - i| edits and the end in |(m - n) - (j - i)|
    # more: kept when their cheapest cost is within the limit.  Rounded out
    # (the margin): a cell too many costs time, one too few the answer.
    reach = limit / _CHEAPEST + 1e-9
    delta = m - n
    lo = math.ceil((delta - reach) / 2)
    hi = math.floor((delta + reach) / 2)
    if hi - lo + 1 >= m + 1:
        lo, hi = -n, m  # the band is the row: the whole table, as without a limit
    return _banded_cost(typed, intended, limit, lo, hi)


_INF = float("inf")


def _banded_cost(typed: str, intended: str, limit: float, lo: int, hi: int) -> float:
    """The weighted alignment table over the cells with ``lo <= j - i <= hi``
    (the others taken as unreachable; ``-n, m`` is the whole table)."""
    n, m = len(typed), len(intended)
    del_typed = _indel_costs(typed)
    ins_intended = _indel_costs(intended, True)
    prev2: list[float] = []
    prev = [_INF] * (m + 1)
    prev[0] = 0.0
    for j in range(1, min(m, hi) + 1):
        prev[j] = prev[j - 1] + ins_intended[j - 1]
    over = False
    for i in range(1, n + 1):
        t = typed[i - 1]
        subs = _sub_costs(t)
        d = del_typed[i - 1]
        cur = [_INF] * (m + 1)
        first = i + lo
        if first <= 0:
            cur[0] = prev[0] + d
            first = 1
        low = _INF if first > 1 else cur[0]
        for j in range(first, min(m, i + hi) + 1):
            u = intended[j - 1]
            best = prev[j] + d
            x = cur[j - 1] + ins_intended[j - 1]
            if x < best:
                best = x
            x = prev[j - 1] + (0.0 if t == u else subs.get(u, 1.0))
            if x < best:
                best = x
            if i > 1 and j > 1 and t == intended[j - 2] and typed[i - 2] == u and t != u:
                x = prev2[j - 2] + 0.6
                if x < best:
                    best = x
            cur[j] = best
            if best < low:
                low = best
        if low > limit:
            if over:
                return low
            over = True
        else:
            over = False
        prev2, prev = prev, cur
    return prev[m]
