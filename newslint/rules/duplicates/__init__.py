"""The duplicates family: NL201 duplicate-line (the caption scraped twice)."""
from __future__ import annotations

from ...hookspecs import hookimpl
from ...rule import Rule


@hookimpl
def newslint_register_rules() -> list[Rule]:
    # Imported on first call, not with the package: a run whose files are all
    # cache hits loads the plugin manager but never the rules (their patterns).
    from .duplicate_line import duplicate_line

    return [duplicate_line]
