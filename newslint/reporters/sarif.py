"""SARIF 2.1.0, the format GitHub code scanning and other review tools read.

Upload it with ``github/codeql-action/upload-sarif``; each finding becomes a
code-scanning alert on the line it names.  Columns count Unicode code points
(``columnKind``), as newslint's do, and ``endColumn`` is exclusive, as in SARIF.
"""
from __future__ import annotations

import hashlib
import json
import os
import textwrap
from collections import Counter
from pathlib import Path
from typing import Any
from urllib.parse import quote

import regex

from ..findings import Finding, Severity, with_suggestions
from ..fixes import Fix
from ..rule import Rule
from . import Report

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://pypi.org/project/newslint/"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
_SECTION = regex.compile(r"^(?P<name>[A-Z][A-Za-z ]*):[^\S\n]*$", regex.M)
_SPACE = regex.compile(r"\s+")


def doc_section(doc: str, name: str) -> str:
    """The text of one section (``What it does:`` ...) of a rule docstring, unwrapped."""
    heads = list(_SECTION.finditer(doc))
    for i, m in enumerate(heads):
        if m.group("name") == name:
            end = heads[i + 1].start() if i + 1 < len(heads) else len(doc)
            return _SPACE.sub(" ", textwrap.dedent(doc[m.end() : end])).strip()
    return ""


def artifact_uri(path: str) -> str:
    """A relative URI with forward slashes for paths under the working folder
    (GitHub resolves those against the repository root), else a file: URI."""
    if path == "-":
        return "stdin"
    absolute = os.path.abspath(path)
    try:
        rel = os.path.relpath(absolute, os.getcwd())
    except ValueError:  # another drive on Windows
        rel = ""
    if rel and not rel.startswith(".."):
        return quote(rel.replace(os.sep, "/"))
    return Path(absolute).as_uri()


def _descriptor(rule: Rule) -> dict[str, Any]:
    summary = rule.summary or rule.name
    full = doc_section(rule.doc, "What it does") or summary
    out: dict[str, Any] = {
        "id": rule.id,
        "name": rule.name,
        "shortDescription": {"text": summary},
        "fullDescription": {"text": full},
        "help": {"text": rule.doc.strip() or summary},
        "defaultConfiguration": {"level": LEVELS[rule.severity], "enabled": rule.enabled_by_default},
    }
    if rule.plugin:
        out["properties"] = {"plugin": rule.plugin}
    return out


def _message(f: Finding) -> str:
    text = with_suggestions(f)
    if f.record is not None:
        # JSONL: the record is one line of the file; the finding's position is inside its text.
        text = f"record {f.record}, line {f.line}, column {f.column}: {text}"
    return text


def _region(f: Finding) -> dict[str, int]:
    if f.record is not None:
        return {"startLine": f.record}
    return {"startLine": f.line, "startColumn": f.column, "endLine": f.end_line, "endColumn": f.end_column}


def _fix(fix: Fix, uri: str) -> dict[str, Any]:
    """SARIF's fix object: replacements of regions of the file.  JSONL records
    carry none: their text sits JSON-escaped inside a line, where the
    record's line and column do not reach."""
    return {
        "description": {"text": f"{fix.message} ({fix.applicability} fix)"},
        "artifactChanges": [
            {
                "artifactLocation": {"uri": uri},
                "replacements": [
                    {
                        "deletedRegion": {
                            "startLine": e.line,
                            "startColumn": e.column,
                            "endLine": e.end_line,
                            "endColumn": e.end_column,
                        },
                        "insertedContent": {"text": e.replacement},
                    }
                    for e in fix.edits
                ],
            }
        ],
    }


def render(report: Report) -> str:
    rules = sorted(report.rules.values(), key=lambda r: r.id)
    known = {r.id for r in rules}
    # Findings from a rule the report does not describe (a crash, say) still need a descriptor.
    for f in report.findings:
        if f.rule not in known:
            known.add(f.rule)
            rules.append(Rule(f.rule, f.name, lambda doc, ctx: (), f.severity, summary=f.name))
    index = {r.id: i for i, r in enumerate(rules)}
    seen: Counter[tuple[str, str, str]] = Counter()
    results = []
    for f in report.findings:
        uri = artifact_uri(f.path)
        line_text = _SPACE.sub(" ", report.source_line(f) or "").strip()
        # Stable across edits elsewhere in the file: rule, file, line content, and
        # which occurrence of that triple this is.
        k = (f.rule, uri, line_text)
        seen[k] += 1
        digest = hashlib.sha256("\0".join((*k, str(seen[k]))).encode("utf-8")).hexdigest()[:32]
        result: dict[str, Any] = {
            "ruleId": f.rule,
            "ruleIndex": index[f.rule],
            "level": LEVELS[f.severity],
            "message": {"text": _message(f)},
            "locations": [
                {"physicalLocation": {"artifactLocation": {"uri": uri}, "region": _region(f)}}
            ],
            "partialFingerprints": {"newslintLineHash/v1": digest},
        }
        if f.record is not None:
            result["properties"] = {"record": f.record}
        elif f.fix is not None:
            result["fixes"] = [_fix(f.fix, uri)]
        results.append(result)
    sarif = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "newslint",
                        "version": report.version,
                        "semanticVersion": report.version,
                        "informationUri": INFORMATION_URI,
                        "rules": [_descriptor(r) for r in rules],
                    }
                },
                "columnKind": "unicodeCodePoints",
                "results": results,
            }
        ],
    }
    return json.dumps(sarif, indent=2, ensure_ascii=False) + "\n"
