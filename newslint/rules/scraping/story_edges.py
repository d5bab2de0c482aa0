"""The article's edges on a whole page, which NL302's whole-page pass
(outside_story.py) leaves alone beyond the story's span: the head block above it
(head_block.py's byline or dateline anchor with the story's first paragraph under
it), a closing credit under the article's own list or table, any line beside one
the model reads as the article's (the story resuming past a widget the span left out),
the block right under the span, and the few lines between the span and the first
line below it the strict passes report (the article goes on until the furniture
begins: a cast list's last item, `Until 28 November.`).

Both are lines the line model may read as furniture with the menus and rails
around them: a dateline with no byline, a kicker over a headline, `Additional
reporting by ...` under a list of tour dates that ran on past the span.
"""
from __future__ import annotations

from typing import Container, Sequence

from ...analysis.line_roles import LineRole
from .credits import credit_shaped
from .head_block import head_lines
from .page import Page

# What the model reads as the article's own text.
_ARTICLE = frozenset({"body", "table", "list"})


def head_positions(page: Page, start: int) -> set[int]:
    """Positions (in ``page.nonblank``) above ``start`` of the head block
    head_block.py finds: the anchor and the lines right above it."""
    return {page.position[i] for i in head_lines(page, [i for i, _ in page.nonblank[:start]])}


def credit_under_list(page: Page, roles: Sequence[LineRole], end: int, listed: Container[int], gap: int) -> set[int]:
    """The position of a credit-shaped line (`Additional reporting by ...`) at most
    ``gap`` lines under the last of the rows in ``listed`` that run on from the
    span's ``end`` (each at most ``gap`` other lines from the one before)."""
    nonblank, last = page.nonblank, end
    k = end + 1
    while k < len(nonblank) and k - last <= gap + 1:
        if k in listed:
            last = k
        k += 1
    if last == end:
        return set()
    for k in range(last + 1, min(len(nonblank), last + gap + 2)):
        i = nonblank[k][0]
        if credit_shaped(page.items[i].line.text, roles[i].p("byline")):
            return {k}
    return set()


def by_article_line(page: Page, roles: Sequence[LineRole], flagged: Container[int], k: int, reach: int) -> bool:
    """Whether a line within ``reach`` positions of ``k``, neither reported nor
    interface text, is one the model reads as the article's body, list or table
    (P(ui or teaser) < 0.5): the story goes on there, whatever the span says."""
    nonblank, items = page.nonblank, page.items
    for j in range(max(0, k - reach), min(len(nonblank), k + reach + 1)):
        i = nonblank[j][0]
        if (j != k and i not in flagged and items[i].kind is None and roles[i].role in _ARTICLE
                and roles[i].p("ui", "teaser") < 0.5):
            return True
    return False


def tail_block(page: Page, end: int, most: int) -> set[int]:
    """The positions of the block right under the span's last line (at most one
    blank line under it, no blank line inside it, a blank line or the page's end
    after it), when it holds at most ``most`` lines: the story's closing list or
    note, set apart from the story by nothing the page's rails would leave."""
    nonblank = page.nonblank
    k = end + 1
    if k >= len(nonblank) or nonblank[k][1] > 1:
        return set()
    block = [k]
    while block[-1] + 1 < len(nonblank) and nonblank[block[-1] + 1][1] == 0:
        block.append(block[-1] + 1)
        if len(block) > most:
            return set()
    return set(block)


def tail_zone(page: Page, flagged: Container[int], end: int, most: int) -> set[int]:
    """The positions from right under the span's last line down to the first line
    the strict passes report or interface text, when there are at most ``most`` of
    them: the article goes on until the page's furniture begins (a closing list too
    long for ``tail_block``, a last note).  A longer stretch is a rail the strict
    passes do not know (numbered topics), not the article's end."""
    nonblank, items = page.nonblank, page.items
    out: set[int] = set()
    for k in range(end + 1, len(nonblank)):
        i = nonblank[k][0]
        if i in flagged or items[i].kind is not None:
            return out
        out.add(k)
        if len(out) > most:
            return set()
    return out
