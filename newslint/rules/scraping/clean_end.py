"""Whether a run of short lines ending a clean article is the article's own list (NL302).

An archive's or a corpus's article, once extracted, is often nothing but a
headline and paragraphs; when it closes with a list (the measures a budget
brought in, the roads a storm shut, the plays of a festival), the items read
like headlines and no template, lead-in or closing sentence marks them as the
article's.  What does mark them is the rest of the document: a page whose
closing lines are another page's teaser column carries its other furniture
with it (a menu, a share row, a section's name over the column, a header the
header pass reads), and an article with none of that anywhere has no column to
end with.  The run is spared only when nothing in it or around it is
interface text and nothing in it marks where a column starts.

The same items right under the story's paragraph, a blank line above the rest
of the run (the page's widgets or another column), are the article's list too
when none is a command, a topic of a word or two, or a contact line
(``list_over_column``).  Still flagged: headline-like items run on into a
column, or ending a page.
"""
from __future__ import annotations

from typing import Sequence

import regex

from .headline_verbs import ITEM_WORDS, case_style, command, has_finite_verb, present_clause
from .lines import Classified
from .list_blocks import MIN_ITEMS, _label, _name, column_start
from .own_lists import _prose_at
from .page import Page
from .role_change import model_split

# The paragraph right above the list: running text, not a short line.
ABOVE_WORDS = 15
# The longest list read: a run of hundreds of lines is a page's, or a feed's.
MAX_ITEMS = 60
# Link-shaped lines allowed outside the run: the article's headline.
OTHER_LINKS = 1
# A column's line of metadata under each headline (`4 min read`, `2 hours ago`):
# a figure in a line of at most STAMP_WORDS words, every other line.
STAMP_WORDS = 4
_FIGURE = regex.compile(r"\p{N}")
# A small word joining the parts of every item (`v`, `by`, `at`).
JOINER_LETTERS = 3
_LOWER = regex.compile(r"(?<![\p{L}'’])\p{Ll}+(?![\p{L}'’])")
_CONTACT = regex.compile(r"@|://|\bwww\.|\+?\d[\d ]{8,}\d")
# A run with a third of its lines in the present tense reads as headlines.
PRESENT_SHARE = 3


def clean_end(page: Page, run: Sequence[int], members: Sequence[int]) -> int:
    """How many of the run's first ``members`` (line indices, without the
    headline) are the list of an article that the run ends and that is
    otherwise all article text: all of them, the list above a column of
    headlines of another shape, or none (0)."""
    if not _clean_frame(page, run, members):
        return 0
    if column_start(page, members) < len(members) or model_split(page, members, False, MIN_ITEMS):
        return 0
    texts = [page.items[j].line.text for j in members]
    present = [present_clause(t) for t in texts]
    head = shape_break(texts)
    if head:
        # A section's name right above the column is the column's (`Gardening`).
        while head and _label(page, members[head - 1]) and not _name(page, members[head - 1]):
            head -= 1
        # Headlines in title case over sentence-case ones are a column still.
        return head if head >= MIN_ITEMS and PRESENT_SHARE * sum(present[:head]) < head else 0
    # Headlines in the present tense: a third of the lines is a column's share.
    if PRESENT_SHARE * sum(present) >= len(texts):
        return 0
    # A section's name closing the run is a tag or a footer's (`Local news`).
    if _label(page, members[-1]) and not _name(page, members[-1]):
        return 0
    # A section's name over headlines in the present: a column under the list.
    if any(
        _label(page, j) and not _name(page, j) and len(present) - b > 2 and 2 * sum(present[b + 1:]) >= len(present) - b - 1
        for b, j in enumerate(members[1:], 1)
    ):
        return 0
    return len(members)


def _clean_frame(page: Page, run: Sequence[int], members: Sequence[int]) -> bool:
    """Whether ``run`` ends the document as one block under a paragraph, with
    no interface line in it or anywhere else and no other link-shaped line but
    the headline."""
    if not 0 < len(members) <= MAX_ITEMS or page.position[run[-1]] != len(page.order) - 1:
        return False
    start = page.position[run[0]]
    if not _prose_at(page, start - 1, ABOVE_WORDS):
        return False
    items = page.items
    # One block: a blank line inside the run is where a page's links often start.
    if any(page.nonblank[page.position[j]][1] for j in members[1:]):
        return False
    if any(items[j].kind is not None for j in members) or _interleaved([items[j] for j in members]):
        return False
    links = 0
    for k in range(start):  # the run goes on to the document's end
        i = page.order[k]
        if items[i].kind is not None:
            return False
        links += page.linky(i)
        if links > OTHER_LINKS:
            return False
    return True


def shape_break(texts: Sequence[str]) -> int:
    """Where a list on one shape gives way to lines of another (0: nowhere):
    titles in title case over headlines in sentence case, fragments with no
    verb over clauses, items joined by one small word (`Rovers v Town`) over
    lines without it.  MIN_ITEMS items above the break, two lines under it."""
    styles = [case_style(t) for t in texts]
    verbs = [has_finite_verb(t) for t in texts]
    words = [set(_LOWER.findall(t)) for t in texts]
    for b in range(MIN_ITEMS, len(texts) - 1):
        if all(x == "title" for x in styles[:b]) and all(x == "sentence" for x in styles[b:]):
            return b
        if not any(verbs[:b]) and all(verbs[b:]):
            return b
        joiners = set.intersection(*words[:b]) - set.union(*words[b:])
        if any(len(w) <= JOINER_LETTERS for w in joiners):
            return b
    return 0


def _interleaved(lines: Sequence[Classified]) -> bool:
    """Whether every other line is a short line with a figure in it, under a
    longer one: a column's headlines with their stamps, not one list's items."""
    for parity in (0, 1):
        stamps, heads = lines[1 - parity :: 2], lines[parity::2]
        if len(stamps) >= 2 and all(s.words <= STAMP_WORDS and _FIGURE.search(s.line.text) for s in stamps):
            longest = max(s.words for s in stamps)
            if all(h.words > longest for h in heads):
                return True
    return False


def list_over_column(page: Page, run: Sequence[int], members: Sequence[int]) -> int:
    """How many of the run's first ``members`` are the article's list set right
    under its paragraph, a blank line above the rest of the run: items with no
    interface line, no command, a few words each, not headlines in the
    present tense and all of one shape (0: none).  What the rest of the run
    is, is judged as before."""
    if not members or members[0] != run[0] or not _prose_at(page, page.position[run[0]] - 1, ABOVE_WORDS):
        return 0
    items = page.items
    head: list[int] = []
    for j in members:
        if head and page.nonblank[page.position[j]][1] or len(head) > MAX_ITEMS:
            break  # the first block ends, or is too long to be a list
        head.append(j)
    if not MIN_ITEMS <= len(head) <= MAX_ITEMS or len(head) == len(members):
        return 0
    if any(items[j].kind is not None for j in head) or _interleaved([items[j] for j in head]):
        return 0
    texts = [items[j].line.text for j in head]
    if PRESENT_SHARE * sum(present_clause(t) for t in texts) >= len(texts) or shape_break(texts):
        return 0
    # A widget row (`Download the plan`), a tag list's topics of a word or two,
    # a contact block (`press@...`) sit there too: none is an article's list.
    if any(map(command, texts)) or sum(items[j].words for j in head) < ITEM_WORDS * len(head) or any(map(_CONTACT.search, texts)):
        return 0
    return len(head)
