"""The article's list of verbless items over a column of headlines (NL302).

A teaser column is other pages' headlines, and nearly every headline has a finite
verb (headline_verbs.py).  An article's closing list with no template and no
lead-in (the produce to sow, the best sellers, a set list, the weekend's
fixtures) is noun phrases, names and titles: few of its items have one.  Run on
into the page's teaser column with no blank line, the list ends where the
verbs start (a section's name or an interface line over them may head the
column); a run of verbless items that ends the article, with no command among
them and not read by the line model as a widget row, is the article's list.
Over a widget row (`Share` / `Save`, with or without a blank line), a list of
noun phrases of three words or so (`Wireless phone charging`) is the article's
too (branch list15; a tag list's one- and two-word topics are not); and a title
with a verb among a list's first items (`Mam Said No`) no longer ends it there:
the share of verb lines is read over the whole head.  Titles in title case (half
of them with a verb at most) run on into headlines in sentence case end where the
case changes (``title_head``).

Measured (branch list14) on the fit lists of the invented batches set in seven
frames (tools/list_frames.py, lists to lists12): list lines flagged 476 -> 385 of
4683, furniture caught 3573/3920 before and after; (branch list15, lists to
lists14) 407 -> 287 of 5148, furniture 3791 -> 3789 of 4225.  Limitation: a verbless
furniture line heading the column (`Young people: your stories`) is taken into
the list; a title with a verb (`You Raise Me Up`) starts the column early.
"""
from __future__ import annotations

from typing import Callable, Sequence

from .headline_verbs import ITEM_WORDS, case_style, command, has_finite_verb, verbless_items
from .page import Page

# The list: at most one item in VERBLESS_SHARE with a verb (a title may hold one).
VERBLESS_SHARE = 4
# The column under it: COLUMN_LINES lines at least, at least COLUMN_SHARE of them
# with a verb (LABELLED_SHARE under a section's name, which marks the column's
# start too), the first (under the section's name, if any) among them.
COLUMN_LINES = 2
COLUMN_SHARE = 0.75
LABELLED_SHARE = 2 / 3
# The article's last lines: MIN_END lines at least, none of them with a verb,
# their mean P(ui) under END_UI (NL301's widget rows under the story are read
# from 0.5, islands.py).
MIN_END = 4
END_UI = 0.5


def verbless_head(page: Page, members: Sequence[int], lead: bool, min_items: int,
                  label: Callable[[int], bool]) -> int:
    """How many of the run's first ``members`` (a lead-in line first when
    ``lead``) are a verbless list over a column of headlines or a widget row, or
    titles over headlines in sentence case (0: none)."""
    return _verbless_head(page, members, lead, min_items, label) or title_head(page, members, lead, min_items)


def _verbless_head(page: Page, members: Sequence[int], lead: bool, min_items: int,
                   label: Callable[[int], bool]) -> int:
    """The verbless list over a column of headlines or a widget row (0: none).
    ``label(j)`` says whether line ``j`` is a section's name or an interface line."""
    if any(page.items[j].kind is not None for j in members[: int(lead) + min_items]):
        return 0
    verbs = [has_finite_verb(page.items[j].line.text) for j in members]
    start = int(lead)
    for k in range(start + min_items, len(members) - COLUMN_LINES + 1):
        # The list is one block: a blank line inside ends it (blocks a blank line
        # apart are list_blocks.py's to judge).
        last = members[k - 1]
        if page.items[last].kind is not None or (k - 1 > start and page.nonblank[page.position[last]][1] > 0):
            return 0
        if VERBLESS_SHARE * sum(verbs[start:k]) > k - start:
            # A title with a verb among the first items (`Mam Said No`): the share
            # may fall below it further down.
            continue
        # The column's first line: a headline, or a section's name over one.
        heading = label(members[k]) and not verbs[k] and not _item_word(page, members[k], members[start:k])
        if _widget_row(page, members[k:], verbs[k:]) and not any(page.items[j].shaped for j in members[start:k]):
            # The items over a widget row (`Share` / `Save`), its first labels left out.
            n = verbless_items([page.items[j].line.text for j in members[start:k]],
                               [page.items[j].words for j in members[start:k]])
            if n:
                return start + n
        rest = verbs[k + 1 :] if heading else verbs[k:]
        share = LABELLED_SHARE if heading else COLUMN_SHARE
        # An interface line over the column (`Related stories`) marks its start
        # whatever its first headline holds.
        first = rest[0] or heading and page.items[members[k]].kind is not None
        if len(rest) >= COLUMN_LINES and first and sum(rest) >= share * len(rest):
            return k
    return 0


def title_head(page: Page, members: Sequence[int], lead: bool, min_items: int) -> int:
    """How many of the run's first ``members`` (a lead-in line first when ``lead``)
    are titles in title case (`A House Without Windows`, `The Girl Who Counted
    Birds`: a title may hold a verb) over a column of headlines in sentence case
    run on under them (0: none).  The change of case is where the column starts."""
    start = int(lead)
    styles = []
    for j in members[start:]:
        style = case_style(page.items[j].line.text)
        if style == "sentence":
            break
        styles.append(style)
    while styles and styles[-1] is None:
        styles.pop()  # a line too short to tell (`Table`, `Pictures from the prom`) may head the column
    k = start + len(styles)
    head, column = members[start:k], members[k:]
    if (len(head) < min_items or 2 * styles.count("title") < len(head) or len(column) < COLUMN_LINES
            or any(page.items[j].kind is not None or page.items[j].shaped for j in head)
            or any(page.nonblank[page.position[j]][1] > 0 for j in head[1:])
            or sum(page.items[j].words for j in head) < ITEM_WORDS * len(head)
            or any(command(page.items[j].line.text) for j in head)
            or 2 * sum(has_finite_verb(page.items[j].line.text) for j in head) > len(head)):
        return 0  # most title-case headlines hold a verb
    under = column[:COLUMN_LINES + 1]
    sentences = sum(case_style(page.items[j].line.text) == "sentence" for j in under)
    verbs = sum(has_finite_verb(page.items[j].line.text) for j in under)
    return k if 3 * sentences >= 2 * len(under) and 2 * verbs >= len(under) else 0


def _widget_row(page: Page, column: Sequence[int], verbs: Sequence[bool]) -> bool:
    """Whether ``column`` is a widget row: its first line interface text, a label
    NL301 reported or a command (`Share`, `Play`), every line one or a headline."""
    def widget(j: int) -> bool:
        return page.items[j].kind is not None or page.items[j].shaped or command(page.items[j].line.text)
    return len(column) >= COLUMN_LINES and widget(column[0]) and all(widget(j) or v for j, v in zip(column, verbs))


def _item_word(page: Page, j: int, head: Sequence[int]) -> bool:
    """Whether line ``j`` has a word that half the items of ``head`` have (`Borough
    v Celtic` under `Rovers v Town`): an item, not a section's name."""
    words = set(page.items[j].line.text.casefold().split())
    shared = sum(bool(words & set(page.items[i].line.text.casefold().split())) for i in head)
    return 2 * shared >= len(head)


def verbless_end(page: Page, members: Sequence[int]) -> bool:
    """Whether the run's ``members`` (the article's last lines, a lead-in line
    among them or not) are a list with no verb in any line, no interface line and
    no command, which the line model does not read as a widget row (`Reveal all`
    / `Check my answers` / `Leaderboard`: commands have no finite verb either)."""
    if len(members) < MIN_END or any(page.items[j].kind is not None or page.items[j].shaped for j in members):
        return False
    if any(has_finite_verb(page.items[j].line.text) or command(page.items[j].line.text) for j in members):
        return False
    if verbless_items([page.items[j].line.text for j in members], [page.items[j].words for j in members]) == len(members):
        return True
    roles = page.roles()
    return sum(roles[j].p("ui") for j in members) < END_UI * len(members)
