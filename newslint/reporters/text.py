"""The default human-readable format: ``path:line:col: ID [name] message``."""
from __future__ import annotations

from collections import Counter

from ..findings import Finding, Severity
from . import Report

_COLORS = {Severity.ERROR: "\033[31m", Severity.WARNING: "\033[33m", Severity.INFO: "\033[36m"}
_BOLD, _DIM, _RESET = "\033[1m", "\033[2m", "\033[0m"


def location(f: Finding) -> str:
    record = f"#{f.record}" if f.record is not None else ""
    return f"{f.path}{record}:{f.line}:{f.column}"


def format_finding(f: Finding, color: bool = False) -> str:
    hint = ""
    if f.suggestions:
        hint = " (did you mean " + " or ".join(f"'{s}'" for s in f.suggestions[:3]) + "?)"
    if not color:
        return f"{location(f)}: {f.rule} [{f.name}] {f.message}{hint}"
    sev = _COLORS[f.severity]
    return f"{_BOLD}{location(f)}{_RESET}: {sev}{f.rule}{_RESET} {_DIM}[{f.name}]{_RESET} {f.message}{hint}"


def render(report: Report) -> str:
    out: list[str] = []
    for f in report.findings:
        out.append(format_finding(f, report.color))
        if report.show_source:
            text = report.source_line(f)
            if text is not None:
                # Tabs are expanded in the shown line, so measure the caret on the expanded text.
                before = text[: f.column - 1].expandtabs(4)
                upto = f.end_column - 1 if f.end_line == f.line else len(text)
                width = max(1, len(text[:upto].expandtabs(4)) - len(before))
                out.append("    " + text.expandtabs(4))
                out.append("    " + " " * len(before) + "^" * width)
    if report.statistics:
        counts = Counter((f.rule, f.name) for f in report.findings)
        for (rule, name), n in sorted(counts.items()):
            out.append(f"{n:>6}  {rule}  {name}")
    s = report.summary
    n, files = s["findings"], s["files"]
    if n:
        per = ", ".join(f"{rule}: {count}" for rule, count in s["by_rule"].items())
        out.append(f"Found {n} finding{'s' * (n != 1)} in {files} file{'s' * (files != 1)} ({per}).")
    else:
        out.append(f"All clear: {files} file{'s' * (files != 1)} checked, no findings.")
    return "\n".join(out) + "\n"
