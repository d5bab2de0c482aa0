"""The default human-readable format: ``path:line:col: ID [name] message``."""
from __future__ import annotations

from collections import Counter
from typing import Any, Mapping

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
        source = report.source_line(f) if report.show_source else None
        out.extend(finding_lines(f, source, report.color, applicable(f.fix, report.unsafe_fixes)))
    if report.statistics:
        out += statistics(report)
    out.append(summary_line(report.summary, fixable_note(report)))
    return "\n".join(out) + "\n"


def finding_lines(f: Finding, source: str | None = None, color: bool = False, fixable: bool = False) -> list[str]:
    """A finding's line, then its source line and a caret under the span when ``source`` is given."""
    out = [format_finding(f, color, fixable)]
    if source is not None:
        # Tabs are expanded in the shown line, so measure the caret on the expanded text.
        before = source[: f.column - 1].expandtabs(4)
        upto = f.end_column - 1 if f.end_line == f.line else len(source)
        width = max(1, len(source[:upto].expandtabs(4)) - len(before))
        out.append("    " + source.expandtabs(4))
        out.append("    " + " " * len(before) + "^" * width)
    return out


def summary_line(s: Mapping[str, Any], note: str = "") -> str:
    """The last line: what was found where, and ``note`` (what --fix would fix)."""
    n, files = s["findings"], s["files"]
    where = f"{files} file{'s' * (files != 1)}"
    documents = s.get("documents", files)
    if documents > files:
        # JSONL: a file holds many articles; say how many were read.
        where += f" ({documents} document{'s' * (documents != 1)})"
    if n:
        per = ", ".join(f"{rule}: {count}" for rule, count in s["by_rule"].items())
        return f"Found {n} finding{'s' * (n != 1)} in {where} ({per}).{note}"
    return f"All clear: {where} checked, no findings."


def fixable_note(report: Report) -> str:
    """`` [*] 3 fixable with --fix (1 more with --unsafe-fixes).`` or nothing."""
    unsafe = report.unsafe_fixes
    fixable = sum(applicable(f.fix, unsafe) for f in report.findings)
    hidden = 0 if unsafe else sum(f.fix is not None and not f.fix.safe for f in report.findings)
    return fixable_counts_note(fixable, hidden, unsafe)


def fixable_counts_note(fixable: int, hidden: int, unsafe: bool) -> str:
    """The note from counts: findings --fix would fix, and those only --unsafe-fixes would."""
    command = "--fix --unsafe-fixes" if unsafe else "--fix"
    if fixable:
        more = f" ({hidden} more with --unsafe-fixes)" if hidden else ""
        return f" {FIXABLE}{fixable} fixable with {command}{more}."
    return f" {hidden} fixable with --fix --unsafe-fixes." if hidden else ""


def statistics(report: Report, worst: int = 5) -> list[str]:
    """``--statistics``: findings per rule with the share of documents each
    touches, then the documents with the most findings."""
    stats = Statistics(worst)
    for f in report.findings:
        stats.add(f)
    return stats.lines(int(report.summary.get("documents", report.summary.get("files", 0)) or 0))


class Statistics:
    """The ``--statistics`` figures, gathered one finding at a time in the
    order findings are reported (sorted, so a document's findings are
    together): memory for the rules and the worst few documents only."""

    def __init__(self, worst: int = 5) -> None:
        self.worst = worst
        self.counts: Counter[tuple[str, str]] = Counter()
        self.touched: Counter[str] = Counter()
        self.last_doc: dict[str, tuple[str, int]] = {}
        self.doc: tuple[str, int] | None = None
        self.doc_count = 0
        self.top: list[tuple[int, tuple[str, int]]] = []  # (-count, document), best first

    def add(self, f: Finding) -> None:
        key = (f.path, f.record or 0)
        self.counts[(f.rule, f.name)] += 1
        if self.last_doc.get(f.rule) != key:
            self.last_doc[f.rule] = key
            self.touched[f.rule] += 1
        if key != self.doc:
            self._close_doc()
            self.doc = key
        self.doc_count += 1

    def _close_doc(self) -> None:
        if self.doc is None:
            return
        self.top.append((-self.doc_count, self.doc))
        self.top.sort()
        del self.top[self.worst :]
        self.doc, self.doc_count = None, 0

    def lines(self, documents: int) -> list[str]:
        self._close_doc()
        documents = max(1, documents)
        out = []
        for (rule, name), n in sorted(self.counts.items()):
            touched = self.touched[rule]
            share = touched / documents
            out.append(f"{n:>6}  {rule}  {name:<24} in {touched} document{'s' * (touched != 1)} ({share:.1%})")
        if self.top and documents > 1:
            out.append("worst documents:")
            for n, (path, record) in self.top:
                out.append(f"{-n:>6}  {path}{f' record {record}' if record else ''}")
        return out
