"""Pick the reporter, render the results, and write them where asked."""
from __future__ import annotations

import argparse
import os
import sys
from typing import TYPE_CHECKING

from . import __version__
from .errors import ConfigError
from .findings import Finding
from .reporters import Report

if TYPE_CHECKING:
    from .engine import Linter, Results


def reporters(linter: Linter) -> dict:
    out: dict = {}
    for mapping in reversed(linter.pm.hook.newslint_register_reporters()):
        out.update(mapping or {})
    return out


def use_color(choice: str, stream) -> bool:
    if choice == "always":
        return True
    if choice == "never" or os.environ.get("NO_COLOR"):
        return False
    return bool(getattr(stream, "isatty", lambda: False)())


class SourceLines:
    """Line text for findings, read on demand; files are read at most once."""

    def __init__(self) -> None:
        self._cache: dict[str, list[str] | None] = {}

    def __call__(self, f: Finding) -> str | None:
        from .document import Document
        from .files import read_file

        if f.record is not None:
            return None
        if f.path not in self._cache:
            try:
                text = read_file(f.path).decode("utf-8-sig")
                self._cache[f.path] = [line.text for line in Document(f.path, text).lines]
            except (OSError, UnicodeDecodeError):
                self._cache[f.path] = None
        lines = self._cache[f.path]
        if not lines or not 1 <= f.line <= len(lines):
            return None
        return lines[f.line - 1]


def emit(linter: Linter, results: Results, args: argparse.Namespace) -> None:
    formats = reporters(linter)
    name = linter.config.format
    if name not in formats:
        import difflib

        close = difflib.get_close_matches(name, list(formats), n=1)
        hint = f" (did you mean '{close[0]}'?)" if close else ""
        raise ConfigError(f"format: unknown output format '{name}'{hint}; choose from {', '.join(sorted(formats))}")
    stream = sys.stdout
    report = Report(
        findings=results.findings,
        summary=results.summary(),
        rules={r.id: r for r in linter.registry},
        source_line=SourceLines(),
        show_source=getattr(args, "show_source", False),
        color=use_color(getattr(args, "color", "auto"), stream) and not getattr(args, "output_file", None),
        statistics=getattr(args, "statistics", False),
        version=__version__,
    )
    text = formats[name](report)
    if getattr(args, "quiet", False) and name == "text":
        # ruff's --quiet: the findings, no summary line
        text = "".join(line + "\n" for line in text.splitlines()[:-1]) if results.findings else ""
    if getattr(args, "output_file", None):
        with open(args.output_file, "w", encoding="utf-8") as fh:
            fh.write(text)
    else:
        stream.write(text)
        stream.flush()
