"""A table flattened one cell a line, the article's own (NL302).

Extractors often write an HTML table one cell a line: a league table, seats won,
download sizes, prices.  The figures then stand alone on their lines between
short names, a run of link-shaped lines to the page, so the table was reported
as teasers.  Its cells repeat with the table's row: a figure cell comes back
every ``period`` lines, in the same columns, for three rows or more.  A teaser
rail with a time or a date under each headline repeats too, so a cell of a time,
a date or a reading time is not a figure here (a date is, where every other cell
of the table is a few words: a rail's headlines are longer), and a column that counts its rows
(`1`, `2`, `3`: a numbered rail) is no table's.
A table may head a run that goes on into the page's widgets or links, with or
without a blank line between (``flat_table_head``, branch list13): it ends at its
last whole row, a row read from any of its cells, whose text cells are no longer
than those above (a headline under the table is longer); its text cells are a
few words, and a date in figures (`08.17.15`) is a date, not an amount.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

import regex

if TYPE_CHECKING:  # page.py reads lines.py, which reads islands.py, which reads this
    from .page import Page

# A cell that is a figure: an amount with an optional currency, sign, unit of at
# most five letters and a figure in brackets (`41.2 MB`, `12.0 MB (-71%)`, `+3`,
# `142.9p`, `£1.2bn`).  Not a time or date: the unit is no month or time word.
_MONTHS = r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
_FIGURE = regex.compile(
    rf"^\s*[\p{{Sc}}+\-−±]?\d[\d,.]*\s*(?!(?:{_MONTHS}|am|pm|min|mins|hr|hrs|h|s|ago)\b)"
    r"(?:%|[\p{L}]{1,5})?(?:\s*\([^()]{1,12}\))?\s*$",
    regex.IGNORECASE,
)
# Rows of two to eight cells, three rows at least.
MAX_PERIOD = 8
MIN_ROWS = 3
# The table is most of the run: what stands before it is its heading, lead-in and
# header cells.
TABLE_SHARE = 0.6


def figure_cell(text: str) -> bool:
    return _FIGURE.match(text) is not None


def flat_table(page: "Page", members: Sequence[int]) -> bool:
    """Whether the run's last lines are a table one cell a line (its figure
    cells in the same columns of every row, three rows or more) that fills
    most of the run."""
    return flat_table_lines([page.items[j].line.text for j in members])


_MONTH = rf"(?:{_MONTHS})\p{{L}}*\.?"
_DATE = regex.compile(rf"^\s*(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?)(?:,?\s+\d{{4}})?\s*$", regex.IGNORECASE)
# A table's other cells with dates among its figures: names, not headlines.
NAME_CELL_WORDS = 4
_WORD = regex.compile(r"\w+")


def flat_table_lines(texts: Sequence[str]) -> bool:
    """:func:`flat_table` of the lines' texts.  A date counts as a figure
    only where every other cell of the table is a few words (a rail puts a
    date under each headline; a table of closures puts one beside each name)."""
    figures = [figure_cell(t) for t in texts]
    if _table(texts, figures) is not None:
        return True
    shape = [figure or _DATE.match(t) is not None for t, figure in zip(texts, figures)]
    start = _table(texts, shape) if shape != figures else None
    return start is not None and all(
        len(_WORD.findall(t)) <= NAME_CELL_WORDS for t, figure in zip(texts[start:], shape[start:]) if not figure
    )


_NUMERIC_DATE = regex.compile(r"^\s*\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\s*$")
# The text cells of a table at a run's head: a few words (an app's name), not a headline.
HEAD_CELL_WORDS = 6
# A table heading a run: its lead-in line and header cells (one row of them) stand
# above its first row.
HEAD_LINES = MAX_PERIOD + 1


def flat_table_head(texts: Sequence[str]) -> int:
    """How many of the first lines of ``texts`` are a table one cell a line
    (0: none), when the lines under it are not on its rows: an article's table
    run on into the page's links, with or without a blank line between."""
    # A date written in figures (`08.17.15` under each headline of a rail) is a
    # date here, not an amount.
    figures = [figure_cell(t) and not _NUMERIC_DATE.match(t) for t in texts]
    shape = [figure or _DATE.match(t) is not None or _NUMERIC_DATE.match(t) is not None
             for t, figure in zip(texts, figures)]
    # A table's text cells are names, not headlines: a rail with a figure under
    # each headline is no table.
    for cells, most in ((figures, HEAD_CELL_WORDS), (shape, NAME_CELL_WORDS)):
        for end, start, period in _table_ends(texts, cells):
            if _last_row_fits(texts, cells, end, start, period) and all(
                len(_WORD.findall(t)) <= most for t, cell in zip(texts[start:end], cells[start:end]) if not cell
            ):
                return end
        if shape == figures:
            break
    return 0


def _last_row_fits(texts: Sequence[str], shape: Sequence[bool], end: int, start: int, period: int) -> bool:
    """Whether the last row's text cells are no longer than the rows' above
    (a headline under the table, read as a row's last cell, is longer)."""
    words = [len(_WORD.findall(texts[k])) for k in range(start, end - period) if not shape[k]]
    last = [len(_WORD.findall(texts[k])) for k in range(end - period, end) if not shape[k]]
    return not words or max(last, default=0) <= max(words)


def _table_ends(texts: Sequence[str], shape: Sequence[bool]) -> list[tuple[int, int, int]]:
    """Where a table starting within ``HEAD_LINES`` of the top may end, furthest
    first, with its first line and its row's length (none: no table).  The
    shortest row that repeats is the table's, as in :func:`_table`; its rows may
    be read from any of its cells, so the line under the table may end the last
    row read from a later cell."""
    n = len(shape)
    for period in range(2, MAX_PERIOD + 1):
        ends = []
        for start in range(min(HEAD_LINES, n - period)):
            row = shape[start : start + period]
            if not any(row) or all(row):
                continue
            end = start + period
            while end < n and shape[end] == shape[end - period]:
                end += 1
            end -= (end - start) % period  # whole rows only
            if end - start >= MIN_ROWS * period and end - start >= TABLE_SHARE * end:
                columns = [texts[start + c : end : period] for c in range(period) if row[c]]
                if not all(_ranks(cells) for cells in columns):
                    ends.append((end, start, period))
        if ends:
            return sorted(ends, reverse=True)
    return []


def _table(texts: Sequence[str], shape: Sequence[bool]) -> int | None:
    """Where the table one cell a line starts in ``texts`` (None: no table)."""
    n = len(shape)
    for period in range(2, MAX_PERIOD + 1):
        # The longest stretch ending at the last line that repeats with the period.
        start = n - period
        while start > 0 and shape[start - 1] == shape[start - 1 + period]:
            start -= 1
        length = n - start
        row = shape[start : start + period]
        if length >= MIN_ROWS * period and any(row) and not all(row) and length >= TABLE_SHARE * n:
            # The shortest row that repeats is the table's (a multiple of it
            # repeats too, and would read a rank column `2, 4, 6` as figures).
            columns = [texts[start + c :: period] for c in range(period) if row[c]]
            return None if all(_ranks(cells) for cells in columns) else start
    return None


def _ranks(cells: Sequence[str]) -> bool:
    """Whether a column counts its rows (`1`, `2`, `3` ..., perhaps from `1`
    again): a numbered rail of headlines with each number on a line of its
    own, no table."""
    values = [c.strip() for c in cells]
    if not all(v.isdigit() and len(v) <= 3 for v in values):
        return False
    numbers = [int(v) for v in values]
    # A page may hold two rails one under the other: the count starts again at 1.
    return all(b == a + 1 or b == 1 for a, b in zip(numbers, numbers[1:]))
