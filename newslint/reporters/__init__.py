"""Output formats.  A reporter renders findings; it never decides the exit code.

A reporter is any callable ``reporter(report: Report) -> str``.  Plugins add
formats through ``newslint_register_reporters``, as ``builtin`` does here.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Mapping, Sequence

from ..findings import Finding
from ..rule import Rule


@dataclass(frozen=True)
class Report:
    """Everything a reporter may show."""

    findings: Sequence[Finding]
    summary: Mapping[str, Any]
    rules: Mapping[str, Rule] = field(default_factory=dict)
    # (path, record, line) -> the line's text, for --show-source and baselines
    source_line: Callable[[Finding], str | None] = lambda finding: None
    show_source: bool = False
    color: bool = False
    statistics: bool = False
    version: str = ""
    # Every file read, with or without findings (junit lists clean files as passed).
    paths: Sequence[str] = ()
    # Whether unsafe fixes would be applied (--unsafe-fixes): which fixes are marked [*].
    unsafe_fixes: bool = False


Reporter = Callable[[Report], str]
