"""Ranking suggestions with the article's own words."""
from __future__ import annotations

from collections import Counter

import regex

from .candidates import Candidate

_WORDS = regex.compile(r"\p{L}+")


def vocabulary(text: str) -> Counter[str]:
    """How often the article uses each word (lower case)."""
    # finditer, not findall: a list of every word of a 50 MB file held half a
    # gigabyte at once.
    return Counter(m.group().lower() for m in _WORDS.finditer(text))


# A correction the article itself uses elsewhere is the likelier one
# (``analsyts`` in a story that quotes analysts), worth this many Zipf points.
_IN_DOCUMENT_BONUS = 1.0


def rank(found: tuple[Candidate, ...], vocabulary: Counter[str]) -> tuple[str, ...]:
    """The three best suggestions, the article's own words ranked up."""
    ranked = sorted(
        found, key=lambda c: (-(c.score + (_IN_DOCUMENT_BONUS if c.word in vocabulary else 0.0)), c.word)
    )
    return tuple(c.word for c in ranked[:3])
