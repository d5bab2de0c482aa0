"""Numbered or bulleted lines heading a run that go on from the items above it (NL302).

A numbered list's items read as sentences to the page (`1. Shona Beattie 17:02`
ends like one after its number), so each item above the last is a heading of
the line under it, never a link, and only the last item is taken into the run of
links under the list; its number goes on from the line right above it.  A
bulleted list's long items read as sentences too, and only its short last
items are taken into the run (`* Server list has been improved` under `*
Villager trading has been rebalanced ...`); their bullet goes on from the
items right above.
"""
from __future__ import annotations

from typing import Sequence

import regex

from .own_lists import BULLET
from .page import Page

_ITEM_NUMBER = regex.compile(r"^\s*(\p{N}{1,3})[.)]\s")


def _item_number(page: Page, k: int) -> int:
    """The item number heading the line at position ``k`` (`4. Ashby Town ...`; 0: none)."""
    item = page.at(k)
    m = _ITEM_NUMBER.match(item.line.text) if item is not None and item.kind is None else None
    return int(m.group(1)) if m else 0


def numbered_on(page: Page, members: Sequence[int]) -> int:
    """How many lines heading the run go on numbering the items right above it
    (no blank line between, each one more than the last, from `1.`): a numbered
    list whose items the page read as sentences over headings (`1. Shona Beattie
    17:02` ends like one), all but its last, which the run took in.  A teaser
    rail numbered the same way sits under its header (pass 1's) or takes its
    first items into the run with it."""
    k = page.position[members[0]]
    number = _item_number(page, k)
    if number < 2 or page.nonblank[k][1] > 0:
        return 0
    # Up the numbered items with no blank line between, down to `1.`.
    n, j = number, k
    while n > 1:
        if page.nonblank[j][1] > 0 or _item_number(page, j - 1) != n - 1:
            return 0
        n, j = n - 1, j - 1
    count = 0
    # The run's lines are consecutive lines with words: member b is at position k + b.
    for b in range(len(members)):
        if _item_number(page, k + b) != number + b or (b and page.nonblank[k + b][1] > 0):
            break
        count += 1
    return count


# Bulleted items right above the run, no blank line between, that make it a
# list going on rather than a rail that starts with a bullet of its own: one
# will do, since the item above is not link-shaped (the run would hold it),
# and a teaser rail's first headline is.
BULLETED_ABOVE = 1


def _bulleted(page: Page, k: int) -> bool:
    item = page.at(k)
    return item is not None and item.kind is None and BULLET.match(item.line.text) is not None


def bulleted_on(page: Page, members: Sequence[int]) -> int:
    """How many bulleted lines heading the run go on from ``BULLETED_ABOVE``
    bulleted item(s) right above it (no blank line between): a list whose long
    items the page read as sentences, all but its short last ones."""
    k = page.position[members[0]]
    if page.nonblank[k][1] > 0 or not all(
        _bulleted(page, k - d) and page.nonblank[k - d + 1][1] == 0 for d in range(1, BULLETED_ABOVE + 1)
    ):
        return 0
    count = 0
    for b in range(len(members)):
        if not _bulleted(page, k + b) or (b and page.nonblank[k + b][1] > 0):
            break
        count += 1
    return count
