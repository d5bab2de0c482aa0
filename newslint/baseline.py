"""The baseline file: today's findings, so a run reports only new ones.

``newslint --write-baseline FILE PATHS`` records every finding keyed by its
content, not its position: the rule, the file (relative to the baseline's
folder, with ``/``) and the text of the line it starts on with runs of white
space collapsed.  Editing an article above a known finding therefore does not
bring it back; a second copy of the same problem on an identical line does,
because each key stores how many times it was seen.

``--baseline FILE`` (or ``baseline =`` in the config) drops up to that many
findings per key and reports the rest.
"""
from __future__ import annotations

import json
import os
from collections import Counter
from pathlib import Path
from typing import Callable, Iterable, Sequence

import regex

from .errors import ConfigError
from .findings import Finding

VERSION = 1
_SPACE = regex.compile(r"\s+")

Key = tuple[str, str, str]
LineText = Callable[[Finding], "str | None"]


def normalise(line: str | None) -> str:
    """A line's text with white space runs collapsed, so re-wrapping and
    trailing blanks do not turn a known finding into a new one."""
    return _SPACE.sub(" ", line or "").strip()


def _relative(path: str, base: Path) -> str:
    if path == "-":
        return path
    try:
        rel = os.path.relpath(os.path.abspath(path), base)
    except ValueError:  # another drive on Windows
        rel = os.path.abspath(path)
    return rel.replace(os.sep, "/")


def key(f: Finding, line_text: LineText, base: Path) -> Key:
    return (_relative(f.path, base), f.rule, normalise(line_text(f)))


def write(file: str | os.PathLike[str], findings: Sequence[Finding], line_text: LineText) -> int:
    """Write the baseline for ``findings``; returns how many were recorded."""
    target = Path(file)
    base = target.resolve().parent
    counts = Counter(key(f, line_text, base) for f in findings)
    names = {f.rule: f.name for f in findings}
    entries = [
        {"path": path, "rule": rule, "name": names.get(rule, ""), "line": line, "count": n}
        for (path, rule, line), n in sorted(counts.items())
    ]
    data = {"version": VERSION, "findings": entries}
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with open(target, "w", encoding="utf-8", newline="\n") as fh:
            json.dump(data, fh, indent=2, ensure_ascii=False)
            fh.write("\n")
    except OSError as exc:
        raise ConfigError(f"{file}: cannot write baseline: {exc.strerror or exc}") from None
    return len(findings)


def load(file: str | os.PathLike[str]) -> Counter[Key]:
    """Read a baseline file; a missing or malformed one is a one-line error (exit 2)."""
    try:
        with open(file, encoding="utf-8") as fh:
            data = json.load(fh)
    except FileNotFoundError:
        raise ConfigError(f"{file}: baseline file not found; create it with --write-baseline {file} PATHS") from None
    except OSError as exc:
        raise ConfigError(f"{file}: cannot read baseline: {exc.strerror or exc}") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{file}: not a newslint baseline (invalid JSON: {exc})") from None
    if not isinstance(data, dict) or data.get("version") != VERSION or not isinstance(data.get("findings"), list):
        raise ConfigError(f"{file}: not a newslint baseline (expected version {VERSION} with a findings list)")
    counts: Counter[Key] = Counter()
    for i, entry in enumerate(data["findings"]):
        try:
            k = (str(entry["path"]), str(entry["rule"]), normalise(str(entry["line"])))
            counts[k] += int(entry.get("count", 1))
        except (KeyError, TypeError, ValueError, AttributeError):
            raise ConfigError(f"{file}: findings[{i}]: expected path, rule, line and count") from None
    return counts


def new_findings(
    findings: Iterable[Finding], known: Counter[Key], line_text: LineText, base: Path
) -> list[Finding]:
    """The findings not accounted for by the baseline, in their original order."""
    left = Counter(known)
    out: list[Finding] = []
    for f in findings:
        k = key(f, line_text, base)
        if left[k] > 0:
            left[k] -= 1
        else:
            out.append(f)
    return out
