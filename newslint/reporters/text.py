"""The default human-readable format: ``path:line:col: ID [name] message``."""
from __future__ import annotations

from collections import Counter

from ..findings import Finding, Severity, with_suggestions
from ..fixes import applicable
from . import Report

_COLORS = {Severity.ERROR: "\033[31m", Severity.WARNING: "\033[33m", Severity.INFO: "\033[36m"}
_BOLD, _DIM, _RESET = "\033[1m", "\033[2m", "\033[0m"


def location(f: Finding) -> str:
    record = f"#{f.record}" if f.record is not None else ""
    return f"{f.path}{record}:{f.line}:{f.column}"


# Marks a finding that --fix would fix, as ruff does; it sits after the name
# so that ``ID [name]`` stays together for tools that read the lines.
FIXABLE = "[*] "


def format_finding(f: Finding, color: bool = False, fixable: bool = False) -> str:
    hint = with_suggestions(f)[len(f.message) :]
    mark = FIXABLE if fixable else ""
    if not color:
        return f"{location(f)}: {f.rule} [{f.name}] {mark}{f.message}{hint}"
    sev = _COLORS[f.severity]
    return f"{_BOLD}{location(f)}{_RESET}: {sev}{f.rule}{_RESET} {_DIM}[{f.name}]{_RESET} {mark}{f.message}{hint}"


def render(report: Report) -> str:
    out: list[str] = []
    for f in report.findings:
        out.append(format_finding(f, report.color, applicable(f.fix, report.unsafe_fixes)))
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
        out += statistics(report)
    s = report.summary
    n, files = s["findings"], s["files"]
    where = f"{files} file{'s' * (files != 1)}"
    documents = s.get("documents", files)
    if documents > files:
        # JSONL: a file holds many articles; say how many were read.
        where += f" ({documents} document{'s' * (documents != 1)})"
    if n:
        per = ", ".join(f"{rule}: {count}" for rule, count in s["by_rule"].items())
        out.append(f"Found {n} finding{'s' * (n != 1)} in {where} ({per}).{fixable_note(report)}")
    else:
        out.append(f"All clear: {where} checked, no findings.")
    return "\n".join(out) + "\n"


def fixable_note(report: Report) -> str:
    """`` [*] 3 fixable with --fix (1 more with --unsafe-fixes).`` or nothing."""
    unsafe = report.unsafe_fixes
    fixable = sum(applicable(f.fix, unsafe) for f in report.findings)
    hidden = 0 if unsafe else sum(f.fix is not None and not f.fix.safe for f in report.findings)
    command = "--fix --unsafe-fixes" if unsafe else "--fix"
    if fixable:
        more = f" ({hidden} more with --unsafe-fixes)" if hidden else ""
        return f" {FIXABLE}{fixable} fixable with {command}{more}."
    return f" {hidden} fixable with --fix --unsafe-fixes." if hidden else ""


def statistics(report: Report, worst: int = 5) -> list[str]:
    """``--statistics``: findings per rule with the share of documents each
    touches, then the documents with the most findings."""
    documents = max(1, int(report.summary.get("documents", report.summary.get("files", 0)) or 0))
    counts = Counter((f.rule, f.name) for f in report.findings)
    touched: dict[str, set[tuple[str, int]]] = {}
    per_doc: Counter[tuple[str, int]] = Counter()
    for f in report.findings:
        key = (f.path, f.record or 0)
        touched.setdefault(f.rule, set()).add(key)
        per_doc[key] += 1
    out = []
    for (rule, name), n in sorted(counts.items()):
        share = len(touched[rule]) / documents
        out.append(f"{n:>6}  {rule}  {name:<24} in {len(touched[rule])} document{'s' * (len(touched[rule]) != 1)} ({share:.1%})")
    if per_doc and documents > 1:
        out.append("worst documents:")
        for (path, record), n in sorted(per_doc.items(), key=lambda kv: (-kv[1], kv[0]))[:worst]:
            out.append(f"{n:>6}  {path}{f' record {record}' if record else ''}")
    return out
