"""Whether a short line reads as an item of a list rather than as a headline (NL302).

A headline of another page is a clause in title or sentence case, four words or
more, with a verb and few marks (`Cliff path to reopen after a landslip`).  The
items of an article's own list are pieces of it: they go on in lower case from
a lead-in (`a weight of 19kg`), carry a figure (`Sales up 6.2% to 1.84bn`), a
comma (`The bank, whose customers ...`), or are a name or a thing in two or three
words (`Wireless phone charging`, `Dangerous driving`).  A teaser column has few
such lines (a comma or a figure in a headline now and then, never in every one);
a menu's labels are as short, so a short item counts only when the line model
does not read it as furniture.
"""
from __future__ import annotations

from typing import Sequence

import regex

from .list_template import NUMBER
from .page import Page

_LOWER_START = regex.compile(r"^\W*\p{Ll}")
# A short item: two or three words.
SHORT_WORDS = 3
# ... that the line model reads as furniture with P(ui or teaser) under this.
SHORT_FURNITURE_P = 0.5


def item_shaped(page: Page, j: int) -> bool:
    """Whether line ``j`` reads as a list's item, not a headline."""
    item = page.items[j]
    text = item.line.text
    if item.words < 2:
        return False
    if _LOWER_START.match(text) or "," in text or NUMBER.search(text):
        return True
    return item.words <= SHORT_WORDS and page.roles()[j].p("ui", "teaser") < SHORT_FURNITURE_P


def all_item_shaped(page: Page, items: Sequence[int]) -> bool:
    """Whether every line of ``items`` reads as a list's item."""
    return bool(items) and all(item_shaped(page, j) for j in items)
