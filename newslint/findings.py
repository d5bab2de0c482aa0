"""Severity levels and the Finding record every rule and reporter speaks."""
from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .fixes import Fix


class Severity(enum.IntEnum):
    """How serious a finding is; ordered so that ``ERROR > WARNING > INFO``."""

    INFO = 10
    WARNING = 20
    ERROR = 30

    @classmethod
    def parse(cls, value: str | Severity) -> Severity:
        if isinstance(value, Severity):
            return value
        try:
            return cls[str(value).strip().upper()]
        except KeyError:
            raise ValueError(
                f"unknown severity {value!r} (expected one of: error, warning, info)"
            ) from None

    def __str__(self) -> str:
        return self.name.lower()


@dataclass(frozen=True, order=True)
class Finding:
    """One problem found in one document.

    Lines and columns are 1-based and count Unicode code points; ``end_line`` and
    ``end_column`` are exclusive.  ``record`` is the 1-based record number for
    documents that come from a multi-record file (JSONL); lines then count inside
    the record's text.
    """

    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    rule: str
    name: str
    severity: Severity
    message: str
    suggestions: tuple[str, ...] = ()
    record: int | None = None
    # Offsets into the document text; used by suppressions, the baseline and
    # --show-source, never shown.
    start: int = field(default=0, compare=False, repr=False)
    end: int = field(default=0, compare=False, repr=False)
    # The edits that resolve the finding (newslint/fixes.py), if the rule
    # knows them; not part of a finding's identity, so order and equality
    # stay those of the finding itself.
    fix: Fix | None = field(default=None, compare=False)

    @property
    def sort_key(self) -> tuple:
        return (self.path, self.record or 0, self.line, self.column, self.rule, self.message)


def with_suggestions(f: Finding, limit: int = 3) -> str:
    """The message as every text format shows it: ``message (did you mean 'a' or 'b'?)``."""
    if not f.suggestions:
        return f.message
    return f.message + " (did you mean " + " or ".join(f"'{s}'" for s in f.suggestions[:limit]) + "?)"
