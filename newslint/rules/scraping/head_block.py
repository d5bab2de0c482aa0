"""The article's head inside a run of links (NL302's second pass leaves it alone).

On a whole page the headline, standfirst, byline and dateline often stand in one
block between the section menu and the share buttons, with no blank line to set
them apart: short unpunctuated lines, so the run of links takes them in.  The line
model tells the block by its anchor, a line it reads as a byline or a dateline
or a short line of a credit's shape (credits.py: `Interview by Ola Mensah`),
with the story's first paragraph close under it; the block is that line and the
lines right above it (no blank line between, at most ``HEAD_LINES``) that the
model does not read as furniture.  A teaser rail's bylines have no paragraph of
the story under them.

A head with no byline or date in it (a headline and standfirst, a kicker over
them) has the lead's head instead (``lead_head``): the lines at the run's end right
above the story's first paragraph, with only widgets between (share buttons,
`Print this page`, a skip link), each read as furniture with P under 0.5, or
under 0.9 when it shares two content words with the story's first three
paragraphs.  Measured (branch page10): whole invented pages of batches Y, Z and AA,
fit halves, article lines flagged 10/42 -> 3/42, the validation halves (never
tuned on) 14/42 -> 4/42; batch AB, written after the change, first run 2/27 (main
6/27); aeb-dev fit furniture the same, 7882/8903; readability-dev fit article lines
148 -> 145 (2 furniture lines lost).  Limitation: a teaser rail standing right on
the story's first paragraph, its last items read as the article's, is taken for
the head (on the aeb-dev validation pages 6 furniture lines, 2046 -> 2040 of
2737, for 1 gold line fewer, 5 -> 4 of 1363).
"""
from __future__ import annotations

from typing import Sequence

from .credits import credit_shaped, dated
from .page import Page
from .word_classes import content_words

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
# The anchor: read as a byline or dateline with at least this probability, or
# a credit's shape (credits.py) in a line of at most CREDIT_WORDS words.
ANCHOR = 0.5
CREDIT_WORDS = 8
# The lead's head (``lead_head``): the lines right above the story's first
# paragraph, with nothing but widgets between (interface lines, or short lines
# the model reads as furniture with P >= ABOVE, at most WIDGET_WORDS words: share
# buttons, `Print this page`), no paragraph within PARAGRAPH_WITHIN above them
# and a second paragraph within LEAD_NEXT under the first (a promotion's lone
# paragraph under a teaser rail starts no story).  Each line is read as
# furniture with P under NOT_FURNITURE, or under ABOVE when it shares LEAD_ECHO
# content words with the LEAD_PARAGRAPHS paragraphs under it (a headline or
# standfirst tells the story they tell; a teaser rail's last item tells another).
# LEAD_ECHO 0 switches the lead's head off.
LEAD_ECHO = 2
# A line above a byline or dateline that the model reads as furniture with P >=
# ABOVE is the headline still when it shares STRONG_ECHO content words with the
# LEAD_PARAGRAPHS paragraphs under it (branch page12).
STRONG_ECHO = 3
# ... and SHAPED_ECHO when the anchor has a byline's or a dateline's shape.
SHAPED_ECHO = 1
LEAD_PARAGRAPHS = 3
LEAD_NEXT = 3
WIDGET_WORDS = 4
LEAD_REACH = 40


def head_lines(page: Page, run: Sequence[int]) -> set[int]:
    """The line indices of ``run`` that are the article's head."""
    roles = page.roles()
    items, nonblank = page.items, page.nonblank
    out: set[int] = set()
    for i in run:
        role = roles[i]
        if items[i].kind is not None:
            continue
        # A line of a credit's shape anchors the head whatever the model reads
        # (`Interview by Ola Mensah` over a player's notices).
        credit = items[i].words <= CREDIT_WORDS and credit_shaped(items[i].line.text, role.p("byline"))
        if not credit and (role.p("byline", "date") < ANCHOR or role.p("ui", "teaser") >= NOT_FURNITURE):
            continue
        k = page.position[i]
        if not any(_paragraph(page, j) for j in range(k + 1, min(len(nonblank), k + 1 + PARAGRAPH_WITHIN))):
            continue
        out.add(i)
        # A byline's or a dateline's shape is surer than the model's reading:
        # the lines over it need fewer words of the lead, and a dateline right
        # under it is the head's too.
        shaped = credit or dated(items[i].line.text)
        if shaped:
            out.update(_dated_under(page, k))
        told: frozenset[str] | None = None
        # Up the block while no blank line parts it from the line below.
        for j in range(k, max(0, k - HEAD_LINES), -1):
            above, gap = nonblank[j - 1][0], nonblank[j][1]
            if gap or items[above].kind is not None or items[above].shaped:
                break
            if roles[above].p("ui", "teaser") >= ABOVE:
                # The model often reads a headline as a teaser: one that tells the lead's story is the head.
                told = _lead_told(page, k) if told is None else told
                if len(content_words(items[above].line.text) & told) < (min(SHAPED_ECHO, STRONG_ECHO) if shaped else STRONG_ECHO):
                    break
            out.add(above)
    return out | lead_head(page, run)


def _dated_under(page: Page, k: int) -> set[int]:
    """The datelines right under position ``k``, with no blank line between."""
    out: set[int] = set()
    for n in range(k + 1, min(len(page.nonblank), k + 3)):
        i, gap = page.nonblank[n]
        if gap or page.items[i].kind is not None or not dated(page.items[i].line.text):
            break
        out.add(i)
    return out


def _lead_told(page: Page, k: int) -> frozenset[str]:
    """The content words of the first LEAD_PARAGRAPHS paragraphs under position ``k``."""
    told: set[str] = set()
    paragraphs = 0
    for n in range(k + 1, min(len(page.nonblank), k + 1 + LEAD_REACH)):
        if _paragraph(page, n):
            told |= content_words(page.items[page.nonblank[n][0]].line.text)
            paragraphs += 1
            if paragraphs == LEAD_PARAGRAPHS:
                break
    return frozenset(told)


def _paragraph(page: Page, k: int) -> bool:
    """Whether the line at position ``k`` is a paragraph the model reads as body."""
    i = page.nonblank[k][0]
    return page.items[i].words >= PARAGRAPH_WORDS and page.roles()[i].role == "body"


def _widget(page: Page, k: int) -> bool:
    """Whether the line at position ``k`` is interface text, a short line NL301's
    word classes report (`12 comments`), or a short line the model reads as
    furniture with P >= ABOVE (`Print this page`)."""
    i = page.nonblank[k][0]
    item = page.items[i]
    if item.kind is not None or item.shaped and item.words <= WIDGET_WORDS:
        return True
    return item.words <= WIDGET_WORDS and page.roles()[i].p("ui", "teaser") >= ABOVE


def lead_head(page: Page, run: Sequence[int]) -> set[int]:
    """The line indices of ``run`` that are the head right above the story's
    first paragraph (headline, standfirst, kicker: LEAD_ECHO above)."""
    if not LEAD_ECHO or not run:
        return set()
    nonblank, items = page.nonblank, page.items
    # The run's last line that is no widget, and the paragraph past the widgets.
    # A run's lines are consecutive lines with words: its members are the
    # positions from its first line's.
    first, k = page.position[run[0]], page.position[run[-1]]
    while k >= first and _widget(page, k) and page.position[run[-1]] - k <= PARAGRAPH_WITHIN:
        k -= 1
    # The run may stop short of the story at a widget it does not take in (a
    # skip link the model reads as the article's: `Jump to recipe ideas`).
    j = page.position[run[-1]] + 1
    while j < len(nonblank) and j - k <= PARAGRAPH_WITHIN and items[nonblank[j][0]].words <= WIDGET_WORDS:
        j += 1
    if k < first or j >= len(nonblank) or j - k > PARAGRAPH_WITHIN + 1 or not _paragraph(page, j):
        return set()
    if (not any(_paragraph(page, n) for n in range(j + 1, min(len(nonblank), j + 1 + LEAD_NEXT)))
            or any(_paragraph(page, n) for n in range(max(0, k - PARAGRAPH_WITHIN), k))):
        return set()
    roles = page.roles()
    # The first LEAD_PARAGRAPHS paragraphs, within LEAD_REACH positions (a
    # bounded look on a page of a million lines).
    told: set[str] = set()
    paragraphs, n = 0, j
    while n < min(len(nonblank), j + LEAD_REACH) and paragraphs < LEAD_PARAGRAPHS:
        if _paragraph(page, n):
            told |= content_words(items[nonblank[n][0]].line.text)
            paragraphs += 1
        n += 1
    out: set[int] = set()
    # Up the block from the anchor while no blank line parts it from the line below.
    for m in range(k, max(first - 1, k - 1 - HEAD_LINES), -1):
        i = nonblank[m][0]
        p = roles[i].p("ui", "teaser")
        if (items[i].kind is not None or p >= ABOVE
                or (p >= NOT_FURNITURE and len(content_words(items[i].line.text) & told) < LEAD_ECHO)):
            break
        out.add(i)
        if nonblank[m][1]:
            break
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
