"""Machine-readable output (DESIGN.md section 5, a versioned public contract)."""
from __future__ import annotations

import json
from typing import Any

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
    doc = {
        "version": SCHEMA_VERSION,
        "findings": [finding_dict(f) for f in report.findings],
        "summary": dict(report.summary),
    }
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


def render_lines(report: Report) -> str:
    """One JSON object per finding, for streaming into other tools."""
    return "".join(json.dumps(finding_dict(f), ensure_ascii=False) + "\n" for f in report.findings)
