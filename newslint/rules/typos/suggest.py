"""Ranking suggestions with the article's own words, and keeping offensive
words out of them."""
from __future__ import annotations

from collections import Counter
from functools import lru_cache

import regex

from ...phrases import data_path, read_list
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


@lru_cache(maxsize=1)
def offensive_words() -> frozenset[str]:
    return frozenset(read_list(data_path("typo_offensive.txt")))


def rank(found: tuple[Candidate, ...], vocabulary: Counter[str]) -> tuple[str, ...]:
    """The three best suggestions, the article's own words ranked up.  An
    offensive word (newslint/data/typo_offensive.txt) is offered only when
    the article itself uses it; an empty result means no decent correction
    is left, and the word is not reported."""
    offensive = offensive_words()
    usable = [c for c in found if c.word not in offensive or c.word in vocabulary]
    ranked = sorted(
        usable, key=lambda c: (-(c.score + (_IN_DOCUMENT_BONUS if c.word in vocabulary else 0.0)), c.word)
    )
    return tuple(c.word for c in ranked[:3])
