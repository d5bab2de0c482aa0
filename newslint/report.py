"""Pick the reporter, render the results, and write them where asked."""
from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Mapping, TextIO

from . import __version__
from .document import Document
from .errors import ConfigError, did_you_mean, reporter_failure
from .files import read_file
from .findings import Finding
from .plugins import call_hook
from .readers.decode import decode
from .reporters import Report, Reporter

if TYPE_CHECKING:
    from .engine import Linter, Results


@dataclass(frozen=True)
class OutputOptions:
    """How the report is shown and where it goes (the command line's output flags)."""

    show_source: bool = False
    color: str = "auto"  # auto, always or never
    statistics: bool = False
    quiet: bool = False
    output_file: str | None = None
    # --unsafe-fixes: unsafe fixes count as fixable ([*]) too.
    unsafe_fixes: bool = False


def reporters(linter: Linter) -> dict[str, Reporter]:
    out: dict[str, Reporter] = {}
    for mapping in reversed(call_hook(linter.pm, "newslint_register_reporters")):
        out.update(mapping or {})
    return out


def use_color(choice: str, stream: TextIO) -> bool:
    if choice == "always":
        return True
    if choice == "never" or os.environ.get("NO_COLOR"):
        return False
    return bool(getattr(stream, "isatty", lambda: False)())


class SourceLines:
    """Line text for findings, read on demand; each file is read at most once.

    Files are read through the same readers the run used, so lines of a
    Markdown file with front matter and lines inside a JSONL record come out
    right.  ``preloaded`` maps a path to bytes already read (standard input).
    """

    def __init__(self, linter: Linter | None = None, preloaded: Mapping[str, bytes] | None = None) -> None:
        self._linter = linter
        self._preloaded = dict(preloaded or {})
        self._docs: dict[str, dict[int | None, Any]] = {}

    def _documents(self, path: str) -> dict[int | None, Any]:
        docs: dict[int | None, Any] = {}
        try:
            raw = self._preloaded[path] if path in self._preloaded else read_file(path)
            if self._linter is not None:
                found = self._linter.read(path, raw)
            else:
                found = [Document(path, decode(raw))]
            for doc in found:
                if isinstance(doc, Document):
                    docs[doc.record] = doc
        except Exception:  # a file that vanished or cannot be decoded has no source to show
            pass
        return docs

    def __call__(self, f: Finding) -> str | None:
        if f.path not in self._docs:
            self._docs[f.path] = self._documents(f.path)
        doc = self._docs[f.path].get(f.record)
        if doc is None:
            return None
        index = f.line - doc.first_line
        lines = doc.lines
        if not 0 <= index < len(lines):
            return None
        return lines[index].text


def reporter_for(linter: Linter):
    """The reporter for the configured format; an unknown name is a usage error
    raised before any file is read."""
    formats = reporters(linter)
    name = linter.config.format
    if name not in formats:
        hint = did_you_mean(name, formats)
        raise ConfigError(f"format: unknown output format '{name}'{hint}; choose from {', '.join(sorted(formats))}")
    return formats[name]


def emit(linter: Linter, results: Results, output: OutputOptions, sources: SourceLines | None = None) -> None:
    reporter = reporter_for(linter)
    name = linter.config.format
    stream = sys.stdout
    report = Report(
        findings=results.findings,
        summary=results.summary(),
        paths=tuple(results.paths),
        rules={r.id: r for r in linter.registry},
        source_line=sources or SourceLines(linter),
        show_source=output.show_source,
        color=use_color(output.color, stream) and not output.output_file,
        statistics=output.statistics,
        version=__version__,
        unsafe_fixes=output.unsafe_fixes,
    )
    try:
        text = reporter(report)
    except Exception as exc:  # a plugin's reporter: one line naming it, not a traceback
        raise reporter_failure(name, reporter, exc) from exc
    if output.quiet and name == "text":
        # ruff's --quiet: the findings, no summary line
        text = "".join(line + "\n" for line in text.splitlines()[:-1]) if results.findings else ""
    if output.output_file:
        try:
            folder = os.path.dirname(output.output_file)
            if folder:
                os.makedirs(folder, exist_ok=True)
            with open(output.output_file, "w", encoding="utf-8") as fh:
                fh.write(text)
        except OSError as exc:
            raise ConfigError(f"{output.output_file}: cannot write the report: {exc.strerror or exc}") from None
    else:
        stream.write(text)
        stream.flush()
