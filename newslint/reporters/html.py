"""``--format html``: one self-contained page for a person auditing a corpus.

The page has a complete summary (findings by rule and severity, the share of files
each rule touches, a bar chart in inline SVG), then the worst documents first with
their lines in context, flagged spans highlighted and each finding written beside
the line it starts on.  Filters by rule and severity run in the page's own script;
without script everything is shown.

Article text is untrusted.  It is escaped (html_text.esc), and a Content Security
Policy allows only the page's own style sheet and script (by hash), so even text
that slipped through could not run or load anything.  The page needs no network.
"""
from __future__ import annotations

import base64
import hashlib
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from importlib import resources
from typing import Sequence

from ..findings import Finding
from ..fix_preview import fix_edits
from . import Report
from .html_text import Span, esc, literals, marked_line

# Documents shown in detail; the summary always counts every finding.
MAX_DOCUMENTS = 250
# Findings shown in detail for one document (a 50,000-line scrape can have thousands).
MAX_FINDINGS_PER_DOCUMENT = 200
# Lines of context around a finding, and the most lines of one long span shown.
CONTEXT_LINES = 1
SPAN_LINES = 4
SEVERITIES = ("error", "warning", "info")


@dataclass
class _Doc:
    path: str
    record: int | None
    findings: list[tuple[str, Finding]] = field(default_factory=list)

    def count(self, severity: str) -> int:
        return sum(1 for _, f in self.findings if str(f.severity) == severity)

    @property
    def rank(self) -> tuple:
        # worst first: most errors, then warnings, then infos; then by name
        return (-self.count("error"), -self.count("warning"), -self.count("info"), self.path, self.record or 0)


def _asset(name: str) -> str:
    return resources.files("newslint").joinpath("data", name).read_text(encoding="utf-8")


def _sha256(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


def _plural(n: int, word: str) -> str:
    return f"{n:,} {word}{'s' * (n != 1)}"


def render(report: Report) -> str:
    findings = list(report.findings)
    keyed = [(f"f{i}", f) for i, f in enumerate(findings)]
    docs: dict[tuple[str, int | None], _Doc] = {}
    for key, f in keyed:
        docs.setdefault((f.path, f.record), _Doc(f.path, f.record)).findings.append((key, f))
    ranked = sorted(docs.values(), key=lambda d: d.rank)
    files = int(report.summary.get("files", 0))
    css, js = _asset("report.css"), _asset("report.js")
    policy = (
        f"default-src 'none'; style-src '{_sha256(css)}'; script-src '{_sha256(js)}'; "
        "img-src data:; base-uri 'none'; form-action 'none'"
    )
    title = f"newslint report: {_plural(len(findings), 'finding')} in {_plural(files, 'file')}"
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{policy}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(title)}</title>",
        f"<style>{css}</style>",
        "</head><body>",
        f"<header><h1>newslint report</h1><p class=\"meta\">{esc(title)} · newslint {esc(report.version)}</p></header>",
        "<main>",
        _summary(report, findings, docs, files),
        _filters(findings),
        _documents(report, ranked),
        "</main>",
        f"<script>{js}</script>",
        "</body></html>",
    ]
    return "\n".join(parts) + "\n"


# -- summary ------------------------------------------------------------------


def _summary(report: Report, findings: Sequence[Finding], docs: dict, files: int) -> str:
    by_sev = Counter(str(f.severity) for f in findings)
    files_with = len({f.path for f in findings})
    rows = _rule_rows(report, findings)
    totals = "".join(
        f'<li class="s-{sev}"><b>{by_sev.get(sev, 0):,}</b> {sev}{"s" * (by_sev.get(sev, 0) != 1)}</li>'
        for sev in SEVERITIES
    )
    out = [
        '<section id="summary"><h2>Summary</h2>',
        '<ul class="totals">',
        f"<li><b>{files:,}</b> {'file' if files == 1 else 'files'} read</li>",
        f"<li><b>{files_with:,}</b> with findings</li>",
        f"<li><b>{len(findings):,}</b> findings</li>",
        totals,
        "</ul>",
    ]
    if len(docs) != files_with:
        # JSONL records: say how many of the documents inside the files are affected.
        out.insert(-2, f"<li><b>{len(docs):,}</b> records with findings</li>")
    if not findings:
        out.append('<p class="clear">All clear: no findings.</p></section>')
        return "\n".join(out)
    out.append(_chart(rows))
    out.append(
        '<table class="rules"><thead><tr><th scope="col">Rule</th><th scope="col">Severity</th>'
        '<th scope="col">Findings</th><th scope="col">Files touched</th><th scope="col">What it finds</th>'
        "</tr></thead><tbody>"
    )
    for row in rows:
        share = min(1.0, row.files / files) if files else 0.0
        out.append(
            f'<tr data-rule="{esc(row.id)}"><th scope="row"><a href="#rule={esc(row.id)}">{esc(row.id)}</a> '
            f'<span class="rname">{esc(row.name)}</span></th>'
            f"<td>{esc(', '.join(row.severities))}</td><td class=\"num\">{row.count:,}</td>"
            f'<td class="num">{row.files:,} <meter min="0" max="1" value="{share:.4f}"></meter> {share:.0%}</td>'
            f"<td>{literals(row.summary)}</td></tr>"
        )
    out.append("</tbody></table></section>")
    return "\n".join(out)


@dataclass(frozen=True)
class _RuleRow:
    id: str
    name: str
    count: int
    files: int
    severities: tuple[str, ...]
    summary: str


def _rule_rows(report: Report, findings: Sequence[Finding]) -> list[_RuleRow]:
    counts: Counter[str] = Counter()
    paths: dict[str, set[str]] = defaultdict(set)
    sevs: dict[str, Counter[str]] = defaultdict(Counter)
    names: dict[str, str] = {}
    for f in findings:
        counts[f.rule] += 1
        paths[f.rule].add(f.path)
        sevs[f.rule][str(f.severity)] += 1
        names.setdefault(f.rule, f.name)
    rows = []
    for rid, n in counts.items():
        rule = report.rules.get(rid)
        ordered = tuple(s for s in SEVERITIES if s in sevs[rid])
        rows.append(_RuleRow(rid, names[rid], n, len(paths[rid]), ordered, rule.summary if rule else ""))
    return sorted(rows, key=lambda r: (-r.count, r.id))


def _chart(rows: Sequence[_RuleRow]) -> str:
    """Findings per rule as horizontal bars, drawn in inline SVG (no library, no network)."""
    label_w, bar_w, row_h = 230, 380, 22
    height = row_h * len(rows) + 8
    top = max(r.count for r in rows)
    out = [
        f'<figure class="chart"><svg xmlns="http://www.w3.org/2000/svg" role="img" width="{label_w + bar_w + 70}" '
        f'height="{height}" viewBox="0 0 {label_w + bar_w + 70} {height}" aria-labelledby="chart-title">',
        '<title id="chart-title">Findings per rule</title>',
    ]
    for i, row in enumerate(rows):
        y = 4 + i * row_h
        width = max(2, round(bar_w * row.count / top))
        worst = row.severities[0] if row.severities else "info"
        out.append(
            f'<a href="#rule={esc(row.id)}"><title>{esc(row.id)} {esc(row.name)}: {row.count:,}</title>'
            f'<text x="{label_w - 8}" y="{y + 15}" text-anchor="end">{esc(row.id)} {esc(row.name)}</text>'
            f'<rect class="bar s-{worst}" x="{label_w}" y="{y + 3}" width="{width}" height="{row_h - 6}"></rect>'
            f'<text x="{label_w + width + 6}" y="{y + 15}">{row.count:,}</text></a>'
        )
    out.append("</svg><figcaption>Findings per rule; select a bar to show only that rule.</figcaption></figure>")
    return "\n".join(out)


# -- filters ------------------------------------------------------------------


def _filters(findings: Sequence[Finding]) -> str:
    if not findings:
        return ""
    rules = Counter((f.rule, f.name) for f in findings)
    sevs = Counter(str(f.severity) for f in findings)
    rule_boxes = "".join(
        f'<label><input type="checkbox" name="rule" value="{esc(rid)}" checked> {esc(rid)} '
        f'<span class="rname">{esc(name)}</span> ({n:,})</label>'
        for (rid, name), n in sorted(rules.items())
    )
    sev_boxes = "".join(
        f'<label class="s-{sev}"><input type="checkbox" name="severity" value="{sev}" checked> {sev} ({sevs[sev]:,})</label>'
        for sev in SEVERITIES
        if sev in sevs
    )
    # Hidden until the script runs: without script the controls would do nothing.
    return (
        '<form id="filters" hidden><h2>Filter</h2>'
        f'<fieldset><legend>Rules <button type="button" data-all="rule">all</button> '
        f'<button type="button" data-none="rule">none</button></legend>{rule_boxes}</fieldset>'
        f"<fieldset><legend>Severity</legend>{sev_boxes}</fieldset>"
        '<p id="shown" aria-live="polite"></p></form>'
    )


# -- documents in detail --------------------------------------------------------


def _documents(report: Report, ranked: Sequence[_Doc]) -> str:
    if not ranked:
        return ""
    shown = ranked[:MAX_DOCUMENTS]
    out = ['<section id="documents"><h2>Documents, worst first</h2>']
    if len(ranked) > len(shown):
        out.append(
            f'<p class="capped" id="capped">Showing the {len(shown):,} worst of {len(ranked):,} documents with '
            "findings in detail; the summary above counts them all. Use <code>--format json</code> "
            "for every finding.</p>"
        )
    for n, doc in enumerate(shown, 1):
        out.append(_document(report, doc, n))
    out.append("</section>")
    return "\n".join(out)


def _document(report: Report, doc: _Doc, n: int) -> str:
    label = doc.path + (f" (record {doc.record})" if doc.record is not None else "")
    counts = ", ".join(_plural(doc.count(s), s) for s in SEVERITIES if doc.count(s))
    detailed = doc.findings[:MAX_FINDINGS_PER_DOCUMENT]
    out = [
        f'<article class="doc" id="doc-{n}" data-path="{esc(doc.path)}" data-record="{doc.record or ""}">',
        f'<h3><span class="path">{esc(label)}</span> <span class="counts">{esc(counts)}</span></h3>',
        '<div class="src">',
        _lines(report, detailed),
        "</div>",
    ]
    if len(doc.findings) > len(detailed):
        rest = len(doc.findings) - len(detailed)
        out.append(f'<p class="capped">… and {_plural(rest, "more finding")} in this document, not shown.</p>')
    out.append("</article>")
    return "\n".join(out)


def _line_text(report: Report, f: Finding, line: int) -> str | None:
    # The reporter only has source_line(finding): ask it for another line of the
    # same document by asking about a copy of the finding placed on that line.
    return report.source_line(replace(f, line=line))


def _last_line(f: Finding) -> int:
    # A span that ends at column 1 ends with the line break before it.
    return f.end_line - 1 if f.end_line > f.line and f.end_column == 1 else f.end_line


def _lines(report: Report, findings: Sequence[tuple[str, Finding]]) -> str:
    # line number -> the findings it is shown for (the filters hide a line with them)
    wanted: dict[int, set[str]] = defaultdict(set)
    for key, f in findings:
        last = min(_last_line(f), f.line + SPAN_LINES - 1)
        for n in range(max(1, f.line - CONTEXT_LINES), last + CONTEXT_LINES + 1):
            wanted[n].add(key)
    starting: dict[int, list[tuple[str, Finding]]] = defaultdict(list)
    for key, f in findings:
        starting[f.line].append((key, f))
    probe = findings[0][1]
    texts = {n: _line_text(report, probe, n) for n in sorted(wanted)}
    out: list[str] = []
    # Findings on lines that have no text (an unreadable file) are listed first.
    for key, f in findings:
        if texts.get(f.line) is None:
            out.append(_note(key, f))
    previous = None
    for n in sorted(wanted):
        text = texts[n]
        if text is None:
            continue
        # lines skipped before this one: the style sheet draws a gap (the script redraws it when filtering)
        gap = " gap" if previous is not None and n != previous + 1 else ""
        previous = n
        spans = [_span(key, f, n, len(text)) for key, f in findings if f.line <= n <= _last_line(f)]
        keys = " ".join(sorted(wanted[n]))
        out.append(
            f'<div class="row{gap}" data-line="{n}" data-f="{keys}"><span class="no">{n}</span>'
            f'<code class="tx">{marked_line(text, spans)}</code></div>'
        )
        out.extend(_note(key, f) for key, f in starting.get(n, ()))
    return "\n".join(out)


def _span(key: str, f: Finding, line: int, length: int) -> Span:
    start = f.column - 1 if line == f.line else 0
    end = f.end_column - 1 if line == f.end_line else length
    return Span(min(start, length), min(max(end, start), length), key, str(f.severity))


def _note(key: str, f: Finding) -> str:
    sev = str(f.severity)
    where = f"{f.line}:{f.column}"
    parts = [
        f'<div class="finding s-{esc(sev)}" data-f="{key}" data-rule="{esc(f.rule)}" data-severity="{esc(sev)}" '
        f'data-loc="{where}">',
        f'<span class="loc">{where}</span> <span class="sev">{esc(sev)}</span> ',
        f'<b class="rid">{esc(f.rule)}</b> <span class="rname">{esc(f.name)}</span> ',
        f'<span class="msg">{esc(f.message)}</span>',
    ]
    if f.suggestions:
        shown = ", ".join(f"<q>{esc(s)}</q>" for s in f.suggestions[:5])
        parts.append(f' <span class="sugg">did you mean {shown}?</span>')
    edits = fix_edits(f)
    if edits:
        changes = "; ".join(
            (
                f"delete {e.line}:{e.column}–{e.end_line}:{e.end_column}"
                if not e.replacement
                else f"write <ins>{esc(e.replacement)}</ins> at {e.line}:{e.column}–{e.end_line}:{e.end_column}"
            )
            for e in edits
        )
        flag = "--fix" if all(e.safe for e in edits) else "--fix --unsafe-fixes"
        parts.append(f' <span class="fix">{flag} would {changes}</span>')
    parts.append("</div>")
    return "".join(parts)

