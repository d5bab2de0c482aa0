"""Closed compounds with a slip in one part: ``moveiclips`` is movie + clips.

The frequency list holds few closed compounds, so a slip inside one has no
neighbour to be measured against; its parts do.  A long word the list has
never seen and both dictionaries reject, that splits into a common word
and a cheap slip (a swapped pair, a doubled or undoubled letter, a vowel
for a vowel) of another common word, is that compound misspelt.
"""
from __future__ import annotations

from functools import lru_cache

from ...heap import forgettable
from .candidates import Candidate, candidates
from .lexicon import zipf
from .spelling import spelled_right

_MIN_LENGTH = 9
# Each part must be a word of its own, and a common one: short parts
# (``re``, ``ed``) split almost any word.
_MIN_PART = 4
_PART_ZIPF = 4.0
# The slip in a part must be one of the cheap ones (``STRONG_CHEAP_COST``):
# a dearer edit turns coinages into "slips" (``blogazine``).
_MAX_PART_COST = 0.6


def _part_slip(part: str) -> Candidate | None:
    """The common word ``part`` is one cheap slip from, when ``part`` is not
    a word itself."""
    if zipf(part) > 0.0 or spelled_right(part) is not False:
        return None
    for c in candidates(part, deep=False):
        if c.cost <= _MAX_PART_COST and c.zipf >= _PART_ZIPF and len(c.word) >= _MIN_PART and c.word[0] == part[0]:
            return c
    return None


@forgettable
@lru_cache(maxsize=65536)
def compound_slip(word: str) -> tuple[Candidate, ...] | None:
    """The corrected compound for a lower-case ``word`` made of a common word
    and a cheap slip of another; None otherwise."""
    if len(word) < _MIN_LENGTH or not word.isalpha() or zipf(word) > 0.0 or spelled_right(word) is not False:
        return None
    found = []
    for i in range(_MIN_PART, len(word) - _MIN_PART + 1):
        head, tail = word[:i], word[i:]
        if zipf(tail) >= _PART_ZIPF and (c := _part_slip(head)) is not None:
            found.append(Candidate(c.word + tail, zipf(c.word + tail), c.cost, c.score))
        elif zipf(head) >= _PART_ZIPF and (c := _part_slip(tail)) is not None:
            found.append(Candidate(head + c.word, zipf(head + c.word), c.cost, c.score))
    return tuple(sorted(found, key=lambda c: (-c.score, c.word))) or None
