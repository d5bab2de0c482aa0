"""The article's list at the head of a block below the story (NL301's islands, NL302).

A story that ends in a list of its own (fixtures, results, candidates with their
party, a chart, finalists) is often followed, with no blank line, by the page's
widgets (`Share this story`, `Listen to this article`, a tag row): one block of
short lines, and a widget's line in it made every short line of the block a
widget too.  The list's items share a template that widget rows and teaser
columns lack: a number standing as a word in every item, the same punctuation,
an item's number (`1.`), one small joining word (`X v Y`, `X by Y`), or names of
two capitalised words or more.  ``leading_list`` is how many of a block's first
lines are such a list (``MIN_ITEMS`` lines at least, 0: none).
"""
from __future__ import annotations

from typing import Sequence

import regex

# A list has this many items at least (two widgets can share a shape).
MIN_ITEMS = 3

# A figure standing on its own (not the "4" of "G4"); item_shape.py reads it too.
NUMBER = regex.compile(r"(?<![\p{L}\p{N}])\p{N}")
_ENUMERATOR = regex.compile(r"^\s*\p{N}{1,3}[.)]\s")
_NOT_PUNCT = regex.compile(r"[\p{L}\p{N}\s'’]+")
_SMALL = regex.compile(r"\p{Ll}{1,3}")
# A word of a name: capitalised, or a particle names hold.
_NAME_WORD = regex.compile(r"(?:\p{Lu}[\p{L}'’.-]*|of|the|and|de|van|von|&)")
NAME_WORDS = 5
_CAPITAL = regex.compile(r"\p{Lu}\p{Ll}")


def keys(text: str) -> frozenset[str]:
    """What an item shares with the other items of a list on one template."""
    out = set()
    if _ENUMERATOR.match(text):
        out.add("enumerated")
    if NUMBER.search(text):
        out.add("number")
    skeleton = _NOT_PUNCT.sub("", text)
    if skeleton:
        out.add(f"punct:{skeleton}")
    words = text.split()
    # A joining word inside the item, never its first or last (`Ravensdale v
    # Oakhurst`, `Paper Lanterns by Jon Ekwe`): widget rows start with a verb.
    out.update(f"small:{w}" for w in words[1:-1] if _SMALL.fullmatch(w))
    if 2 <= len(words) <= NAME_WORDS and all(_NAME_WORD.fullmatch(w) for w in words) and words[-1][:1].isupper():
        out.add("name")
    # A role or category before a name (`Fourth official Marcus Treloar`,
    # `Women's race Ellie Brandon`): a word in lower case, then a name to close it.
    if len(words) >= 3 and all(_CAPITAL.match(w) for w in words[-2:]) and any(w[:1].islower() for w in words[:-2]):
        out.add("name-last")
    if len(words) >= 2:
        out.add(f"first:{words[0].casefold()}")
    return frozenset(out)


def leading_list(texts: Sequence[str], lines: Sequence[int]) -> int:
    """How many of ``lines`` (indices into ``texts``), from the first, are items
    on one template (``MIN_ITEMS`` at least; 0: none)."""
    shared: frozenset[str] | None = None
    count = 0
    for i in lines:
        here = keys(texts[i]) if shared is None else shared & keys(texts[i])
        if not here:
            break
        shared, count = here, count + 1
    return count if count >= MIN_ITEMS else 0
