"""The article's head inside a run of links (NL302's second pass leaves it alone).

On a whole page the headline, standfirst, byline and dateline often stand in one
block between the section menu and the share buttons, with no blank line to set
them apart: short unpunctuated lines, so the run of links takes them in.  The line
model tells the block by its anchor, a line it reads as a byline or a dateline,
with the story's first paragraph close under it; the block is that line and the
lines right above it (no blank line between, at most ``HEAD_LINES``) that the
model does not read as furniture.  A teaser rail's bylines have no paragraph of
the story under them.
"""
from __future__ import annotations

from typing import Sequence

from .credits import credit_shaped
from .page import Page

# Lines of the head above its byline or dateline (headline, standfirst, kicker).
HEAD_LINES = 3
# The story's first paragraph within this many positions under the anchor.
PARAGRAPH_WITHIN = 6
# A paragraph: this many words and read as body.
PARAGRAPH_WORDS = 12
# The anchor: P(ui or teaser) under this; the lines above it: under ABOVE (the
# model often reads a headline over a menu as a teaser).
NOT_FURNITURE = 0.5
ABOVE = 0.9
# The anchor: read as a byline or dateline with at least this probability.
ANCHOR = 0.5


def head_lines(page: Page, run: Sequence[int]) -> set[int]:
    """The line indices of ``run`` that are the article's head."""
    roles = page.roles()
    items, nonblank = page.items, page.nonblank
    out: set[int] = set()
    for i in run:
        role = roles[i]
        if items[i].kind is not None or role.p("byline", "date") < ANCHOR or role.p("ui", "teaser") >= NOT_FURNITURE:
            continue
        k = page.position[i]
        if not any(items[nonblank[j][0]].words >= PARAGRAPH_WORDS and roles[nonblank[j][0]].role == "body"
                   for j in range(k + 1, min(len(nonblank), k + 1 + PARAGRAPH_WITHIN))):
            continue
        out.add(i)
        # Up the block while no blank line parts it from the line below.
        for j in range(k, max(0, k - HEAD_LINES), -1):
            above, gap = nonblank[j - 1][0], nonblank[j][1]
            if gap or items[above].kind is not None or roles[above].p("ui", "teaser") >= ABOVE:
                break
            out.add(above)
    return out


def closing_credit(page: Page, run: Sequence[int]) -> set[int]:
    """The run's first line when it is a credit (`Additional reporting by ...`)
    right under a paragraph the model reads as body: the story's last line, with
    the page's tag rows and menus run on under it."""
    first = run[0]
    k = page.position[first]
    if k == 0 or page.items[first].kind is not None:
        return set()
    roles = page.roles()
    above = page.nonblank[k - 1][0]
    if page.items[above].words < PARAGRAPH_WORDS or roles[above].role != "body":
        return set()
    return {first} if credit_shaped(page.items[first].line.text, roles[first].p("byline")) else set()
