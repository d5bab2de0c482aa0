"""The duplicates family: NL201 duplicate-line (the caption scraped twice)."""
from __future__ import annotations

from ...hookspecs import hookimpl
from ...rule import Rule
from .duplicate_line import duplicate_line


@hookimpl
def newslint_register_rules() -> list[Rule]:
    return [duplicate_line]
