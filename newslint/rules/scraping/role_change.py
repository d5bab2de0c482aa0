"""Where the line model's reading of a run turns from article text to furniture (NL302).

A list of the story's own with no template, no lead-in and no blank line under it
runs on into the page's teaser column; the two read as one run of links.  The
line model often reads the list's items as the article's and the column's
headlines as furniture: the change of role is where the column starts.
"""
from __future__ import annotations

from typing import Sequence

from .page import Page

# The list's items: P(ui or teaser) under SPLIT_LOW each; every line of the
# column under them: SPLIT_HIGH or more, SPLIT_TAIL lines at least.
SPLIT_LOW, SPLIT_HIGH = 0.3, 0.5
SPLIT_TAIL = 2


def model_split(page: Page, members: Sequence[int], lead: bool, min_items: int) -> int:
    """How many of the run's first members (a lead-in line first when ``lead``)
    the model reads as article text over a tail it reads wholly as furniture
    (0: no such split, or fewer than ``min_items`` items)."""
    roles = page.roles()
    # Read lazily: a run may be a page's whole menu, and most fail at once.
    k = 0
    while k < len(members) and roles[members[k]].p("ui", "teaser") < SPLIT_LOW:
        k += 1
    if k - int(lead) < min_items or len(members) - k < SPLIT_TAIL:
        return 0
    return k if all(roles[j].p("ui", "teaser") >= SPLIT_HIGH for j in members[k:]) else 0
