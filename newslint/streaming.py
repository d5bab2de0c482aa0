"""Write findings as a run produces them, for the formats that allow it.

The text, json and json-lines formats need no finding but the current one
(the text summary, json's closing summary and ``--statistics`` are counted
on the way), so a corpus of millions of articles is reported with flat
memory.  Other formats (sarif, junit, html, a plugin's) need the whole set
and are rendered from collected :class:`~newslint.engine.Results` as before.
"""
from __future__ import annotations

import json
import os
import sys
from collections import Counter
from typing import TYPE_CHECKING, Iterable, Iterator, TextIO

from .errors import ConfigError
from .findings import Finding, Severity
from .fixes import applicable
from .report import OutputOptions, reporter_for, use_color
from .reporters import json_format, text

if TYPE_CHECKING:
    from .engine import Linter
    from .sorting import Item

STREAMED = {"text": text.render, "json": json_format.render, "json-lines": json_format.render_lines}


def can_stream(linter: Linter) -> bool:
    """Whether the run's format is one of newslint's own streamable ones."""
    return STREAMED.get(linter.config.format) is reporter_for(linter)


class Tally:
    """What a streamed run reported: counts for the summary and the exit code."""

    def __init__(self, unsafe_fixes: bool = False) -> None:
        self.unsafe_fixes = unsafe_fixes
        self.findings = 0
        self.by_rule: Counter[str] = Counter()
        self.worst: Severity | None = None
        self.fixable = 0  # findings --fix would fix (with --unsafe-fixes when given)
        self.hidden = 0  # findings only --unsafe-fixes would fix, when it is not given

    def add(self, f: Finding) -> bool:
        """Count ``f``; whether --fix (as asked) would fix it."""
        self.findings += 1
        self.by_rule[f.rule] += 1
        if self.worst is None or f.severity > self.worst:
            self.worst = f.severity
        fixable = applicable(f.fix, self.unsafe_fixes)
        self.fixable += fixable
        self.hidden += f.fix is not None and not fixable
        return fixable

    def note(self) -> str:
        return text.fixable_counts_note(self.fixable, self.hidden, self.unsafe_fixes)

    def summary(self, files: int, documents: int) -> dict[str, object]:
        return {
            "files": files,
            "documents": documents,
            "findings": self.findings,
            "by_rule": dict(sorted(self.by_rule.items())),
        }


def emit_stream(linter: Linter, run: Iterable[Item], output: OutputOptions) -> Tally:
    """Write each finding of ``run`` (a :class:`~newslint.run.Run`) as it comes;
    then, for text, the statistics and the summary line."""
    name = linter.config.format
    tally = Tally(output.unsafe_fixes)
    stats = text.Statistics() if output.statistics and name == "text" else None
    with _open(output) as stream:
        if name == "json":
            _emit_json(run, tally, stream)
            return tally
        color = use_color(output.color, stream) and not output.output_file
        for f, line in run:
            fixable = tally.add(f)
            if name == "text":
                if stats is not None:
                    stats.add(f)
                source = line if output.show_source else None
                stream.write("\n".join(text.finding_lines(f, source, color, fixable)) + "\n")
            else:
                stream.write(json.dumps(json_format.finding_dict(f), ensure_ascii=False) + "\n")
        if name == "text":
            files, documents = getattr(run, "files", 0), getattr(run, "documents", 0)
            tail = stats.lines(documents) if stats is not None else []
            if not output.quiet:
                tail.append(text.summary_line(tally.summary(files, documents), tally.note()))
            elif not tally.findings:
                tail = []  # ruff's --quiet: nothing at all for a clean run
            if tail:
                stream.write("\n".join(tail) + "\n")
        stream.flush()
    return tally


def _emit_json(run: Iterable[Item], tally: Tally, stream: TextIO) -> None:
    """The json format's document, written a finding at a time."""

    def findings() -> Iterator[Finding]:
        for f, _ in run:
            tally.add(f)
            yield f

    def summary() -> dict[str, object]:
        return tally.summary(getattr(run, "files", 0), getattr(run, "documents", 0))

    for part in json_format.render_parts(findings(), summary):
        stream.write(part)
    stream.flush()


class _open:
    """Standard output, or the --output-file (its folder made, errors one line)."""

    def __init__(self, output: OutputOptions) -> None:
        self.output = output
        self.fh: TextIO | None = None

    def __enter__(self) -> TextIO:
        target = self.output.output_file
        if not target:
            return sys.stdout
        try:
            folder = os.path.dirname(target)
            if folder:
                os.makedirs(folder, exist_ok=True)
            self.fh = open(target, "w", encoding="utf-8")
        except OSError as exc:
            raise ConfigError(f"{target}: cannot write the report: {exc.strerror or exc}") from None
        return self.fh

    def __exit__(self, *exc: object) -> None:
        if self.fh is not None:
            self.fh.close()
