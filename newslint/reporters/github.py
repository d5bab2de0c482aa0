"""GitHub Actions workflow commands: one annotation per finding.

``::warning file=a.md,line=7,col=35,endLine=7,endColumn=46,title=...::message``
GitHub shows these on the pull request's changed lines without any upload.
"""
from __future__ import annotations

import os

from ..findings import Finding, Severity, with_suggestions
from . import Report

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(f: Finding) -> str:
    message = with_suggestions(f)
    props = [("file", f.path.replace(os.sep, "/"))]
    if f.record is not None:
        # JSONL: record N is line N of the file; the position inside it goes in the text.
        props.append(("line", str(f.record)))
        message = f"record {f.record}, line {f.line}, column {f.column}: {message}"
    else:
        props += [("line", str(f.line)), ("endLine", str(f.end_line))]
        # GitHub takes columns only for a span on one line.
        if f.end_line == f.line:
            props += [("col", str(f.column)), ("endColumn", str(f.end_column))]
    props.append(("title", f"newslint {f.rule} ({f.name})"))
    head = ",".join(f"{k}={escape_property(v)}" for k, v in props)
    return f"::{COMMANDS[f.severity]} {head}::{escape_data(message)}"


def render(report: Report) -> str:
    return "".join(annotation(f) + "\n" for f in report.findings)
