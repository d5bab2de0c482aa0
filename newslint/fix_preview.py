"""What ``newslint --fix`` would change for one finding, for the views that show it.

The HTML report prints these edits under a finding and the language server offers
them as an "apply newslint's fix" code action; both read the finding's
:class:`~newslint.Fix` (located by ``ctx.finding``) through :func:`fix_edits`.
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
    """The edits ``--fix`` (or ``--unsafe-fixes``) would make for ``finding``."""
    fix = getattr(finding, "fix", None)
    if fix is None:
        return ()
    return tuple(
        LineEdit(e.line, e.column, e.end_line, e.end_column, e.replacement, fix.safe)
        for e in fix.edits
        if e.line >= 1
    )
