"""Machine-readable output (DESIGN.md section 5, a versioned public contract)."""
from __future__ import annotations

import json
import json.encoder
from typing import Any, Callable, Iterable, Iterator, Mapping

from ..findings import Finding
from ..fixes import Fix
from . import Report

SCHEMA_VERSION = 1


def finding_dict(f: Finding) -> dict[str, Any]:
    d: dict[str, Any] = {
        "path": f.path,
        "line": f.line,
        "column": f.column,
        "end_line": f.end_line,
        "end_column": f.end_column,
        "rule": f.rule,
        "name": f.name,
        "severity": str(f.severity),
        "message": f.message,
        "suggestions": list(f.suggestions),
    }
    if f.record is not None:
        d["record"] = f.record
    d["fix"] = fix_dict(f.fix) if f.fix is not None else None
    return d


def fix_dict(fix: Fix) -> dict[str, Any]:
    """A fix as JSON: applicability, message, and edits located like findings
    (lines inside the record for JSONL; end exclusive)."""
    return {
        "applicability": fix.applicability,
        "message": fix.message,
        "edits": [
            {
                "line": e.line,
                "column": e.column,
                "end_line": e.end_line,
                "end_column": e.end_column,
                "replacement": e.replacement,
            }
            for e in fix.edits
        ],
    }


def render(report: Report) -> str:
    return "".join(render_parts(report.findings, report.summary))


def render_parts(findings: Iterable[Finding], summary: Callable[[], Mapping[str, Any]] | Mapping[str, Any]) -> Iterator[str]:
    """The text of ``render`` piece by piece, one finding at a time, so a run can
    write it as the findings come (``summary``, or a function that gives it
    once they are all out, closes the document)."""
    yield f'{{\n  "version": {SCHEMA_VERSION},\n  "findings": ['
    first = True
    for f in findings:
        text = finding_text(f)
        yield (",\n    " if not first else "\n    ") + text
        first = False
    parts = ["\n  ]" if not first else "]", ',\n  "summary": ']
    _indented(dict(summary() if callable(summary) else summary), "  ", parts)
    parts.append("\n}\n")
    yield "".join(parts)


def finding_text(f: Finding) -> str:
    """``finding_dict(f)`` as ``_indented`` writes it inside the findings list.

    The keys of a finding are known, so the text is put together in one
    expression rather than walked value by value: a report of a million
    findings spent most of its time in the walk.  A finding whose fields are
    not of the plain types (a plugin's own int or str subclass) takes the
    walk, so the text is the same either way."""
    fix = f.fix
    if not _plain(f) or (fix is not None and not _plain_fix(fix)):
        parts: list[str] = []
        _indented(finding_dict(f), "    ", parts)
        return "".join(parts)
    s = _string
    if f.suggestions:
        suggestions = "[\n        " + ",\n        ".join(map(s, f.suggestions)) + "\n      ]"
    else:
        suggestions = "[]"
    record = "" if f.record is None else f',\n      "record": {f.record!r}'
    return (
        f'{{\n      "path": {s(f.path)},\n      "line": {f.line!r},\n      "column": {f.column!r},'
        f'\n      "end_line": {f.end_line!r},\n      "end_column": {f.end_column!r},\n      "rule": {s(f.rule)},'
        f'\n      "name": {s(f.name)},\n      "severity": {s(str(f.severity))},\n      "message": {s(f.message)},'
        f'\n      "suggestions": {suggestions}{record},\n      "fix": {"null" if fix is None else _fix_text(fix)}\n    }}'
    )


def _fix_text(fix: Fix) -> str:
    s = _string
    edits = ",\n          ".join(
        f'{{\n            "line": {e.line!r},\n            "column": {e.column!r},\n            "end_line": {e.end_line!r},'
        f'\n            "end_column": {e.end_column!r},\n            "replacement": {s(e.replacement)}\n          }}'
        for e in fix.edits
    )
    edits = f"[\n          {edits}\n        ]" if fix.edits else "[]"
    return (
        f'{{\n        "applicability": {s(fix.applicability)},\n        "message": {s(fix.message)},'
        f'\n        "edits": {edits}\n      }}'
    )


def _plain(f: Finding) -> bool:
    return (
        type(f.path) is str and type(f.rule) is str and type(f.name) is str and type(f.message) is str
        and type(f.line) is int and type(f.column) is int and type(f.end_line) is int and type(f.end_column) is int
        and (f.record is None or type(f.record) is int)
        and type(f.suggestions) is tuple and all(type(x) is str for x in f.suggestions)
        and type(str(f.severity)) is str
    )


def _plain_fix(fix: Fix) -> bool:
    return (
        type(fix) is Fix and type(fix.applicability) is str and type(fix.message) is str
        and type(fix.edits) is tuple
        and all(
            type(e.line) is int and type(e.column) is int and type(e.end_line) is int and type(e.end_column) is int
            and type(e.replacement) is str
            for e in fix.edits
        )
    )


def _indented(value: Any, indent: str, out: list[str]) -> None:
    """Append ``json.dumps(value, indent=2, ensure_ascii=False)`` for a value
    nested at ``indent``: the same text, without json's indenting encoder,
    which is written in Python and took most of the time of a report of a
    million findings."""
    if isinstance(value, str):
        out.append(_string(value))
    elif value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif isinstance(value, int):
        out.append(int.__repr__(value))
    elif isinstance(value, dict) and all(isinstance(k, str) for k in value):
        if not value:
            out.append("{}")
            return
        inner = indent + "  "
        sep = "{\n" + inner
        for key, item in value.items():
            out.append(sep)
            out.append(_string(key))
            out.append(": ")
            _indented(item, inner, out)
            sep = ",\n" + inner
        out.append("\n" + indent + "}")
    elif isinstance(value, (list, tuple)):
        if not value:
            out.append("[]")
            return
        inner = indent + "  "
        sep = "[\n" + inner
        for item in value:
            out.append(sep)
            _indented(item, inner, out)
            sep = ",\n" + inner
        out.append("\n" + indent + "]")
    else:
        # Floats and the rest: json itself (a line break inside a JSON text is
        # always between tokens, so re-indenting it is exact).
        out.append(json.dumps(value, indent=2, ensure_ascii=False).replace("\n", "\n" + indent))


_string = json.encoder.encode_basestring


def render_lines(report: Report) -> str:
    """One JSON object per finding, for streaming into other tools."""
    return "".join(json.dumps(finding_dict(f), ensure_ascii=False) + "\n" for f in report.findings)
