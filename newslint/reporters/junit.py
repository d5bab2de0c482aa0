"""JUnit XML for CI dashboards: one testcase per file, one failure per finding."""
from __future__ import annotations

from collections import defaultdict
from xml.sax.saxutils import escape, quoteattr

import regex

from ..findings import Finding
from . import Report
from .text import format_finding

# XML 1.0 cannot carry most C0 controls, even escaped; scraped text may hold them.
_NOT_XML = regex.compile(r"[^\x09\x0A\x0D\x20-\uD7FF\uE000-\uFFFD\U00010000-\U0010FFFF]")


def _clean(text: str) -> str:
    return _NOT_XML.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def _attr(text: str) -> str:
    return quoteattr(_clean(text), {"\n": "&#10;", "\r": "&#13;", "\t": "&#9;"})


def render(report: Report) -> str:
    by_path: dict[str, list[Finding]] = defaultdict(list)
    for f in report.findings:
        by_path[f.path].append(f)
    paths = sorted(set(report.paths) | set(by_path))
    # A testcase is a file, so "failures" counts files with findings, as JUnit counts tests.
    failed = sum(1 for p in paths if by_path.get(p))
    out = ['<?xml version="1.0" encoding="UTF-8"?>']
    out.append(
        f'<testsuites name="newslint" tests="{len(paths)}" failures="{failed}" errors="0">'
    )
    out.append(
        f'  <testsuite name="newslint" tests="{len(paths)}" failures="{failed}" '
        f'errors="0" skipped="0">'
    )
    for path in paths:
        found = by_path.get(path, [])
        name = _attr(path)
        if not found:
            out.append(f"    <testcase name={name} classname=\"newslint\" file={name}/>")
            continue
        out.append(f"    <testcase name={name} classname=\"newslint\" file={name}>")
        for f in found:
            line = format_finding(f)
            out.append(
                f"      <failure type={_attr(f.rule)} message={_attr(f'{f.rule} [{f.name}] {f.message}')}>"
                f"{escape(_clean(line))}</failure>"
            )
        out.append("    </testcase>")
    out.append("  </testsuite>")
    out.append("</testsuites>")
    return "\n".join(out) + "\n"
