"""What ``newslint --fix`` would change for one finding, for the views that show it.

The HTML report prints these edits under a finding and the language server offers
them as an "apply the fix" code action.  Fixes (issue 13) have not landed yet:
findings carry no edits, so :func:`fix_edits` returns nothing and both views show
and offer nothing.  When the engine gains fixes, make :func:`fix_edits` turn a
finding's edits into :class:`LineEdit` values and both views pick them up.
"""
from __future__ import annotations

from dataclasses import dataclass

from .findings import Finding


@dataclass(frozen=True)
class LineEdit:
    """Replace lines/columns ``[line:column, end_line:end_column)`` (1-based, code
    points, end exclusive, as in :class:`Finding`) with ``replacement``."""

    line: int
    column: int
    end_line: int
    end_column: int
    replacement: str
    # An unsafe fix may change meaning; views label it and editors ask first.
    safe: bool = True


def fix_edits(finding: Finding) -> tuple[LineEdit, ...]:
    """The edits ``--fix`` would make for ``finding``: none until fixes exist."""
    return ()
