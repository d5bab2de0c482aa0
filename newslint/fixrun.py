"""A fix run over files and folders: ``--fix``, ``--diff``, ``--output-dir``,
and :func:`fix_text` for the Python API.

Each file is read once, fixed in memory (newslint/fixer.py), and then either
written back atomically (newslint/writer.py), written as a cleaned copy
under the output folder, or shown as a diff.  Nothing is written unless the
mode says so.  What is left is linted from the bytes written, so the report
is the one a plain run on the result would give.
"""
from __future__ import annotations

import os
import stat
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Callable, Sequence

from .api import api_linter, keywords_checked
from .config import Config
from .diffs import unified_diff
from .engine import Linter, Results
from .errors import NewslintError
from .files import FileProblem, iter_files, read_file
from .findings import Finding, Severity
from .fixer import MAX_PASSES, Applied, FileFix, fix_file
from .fixes import applicable
from .writer import WriteError, write_atomic


@dataclass(frozen=True)
class FixMode:
    """What a fix run does with the fixed text."""

    unsafe: bool = False
    # False for --diff: compute, show, write nothing.
    write: bool = True
    # Write cleaned copies under this folder instead of changing the files.
    output_dir: str | None = None
    # Lint what is left after fixing (not for --fix-only and --diff).
    report: bool = True


@dataclass
class FixRun:
    """What a fix run did: fixes per file, files it could not write, what is left."""

    fixed: dict[str, list[Applied]] = field(default_factory=dict)
    problems: list[tuple[str, str]] = field(default_factory=list)
    unsettled: list[str] = field(default_factory=list)
    results: Results = field(default_factory=Results)

    @property
    def count(self) -> int:
        return sum(len(v) for v in self.fixed.values())


def fix_paths(
    linter: Linter,
    paths: Sequence[str],
    mode: FixMode,
    force_exclude: bool = False,
    show_diff: Callable[[str], None] | None = None,
) -> FixRun:
    """Fix the files under ``paths``; ``show_diff`` receives each changed
    file's diff (``--diff``)."""
    run = FixRun()
    files: list[str] = []
    for item in iter_files(paths, linter.config, force_exclude):
        if isinstance(item, FileProblem):
            if any(r.id == "NL001" for r in linter.rules):
                run.results.findings.append(_unreadable(item.path, item.message))
        elif not (mode.output_dir and _inside(item, mode.output_dir)):
            files.append(item)
    targets = copy_targets(paths, files, mode.output_dir) if mode.output_dir and mode.write else {}
    for path in files:
        _fix_one(linter, path, mode, targets.get(path), run, show_diff)
    run.results.findings.sort(key=lambda f: f.sort_key)
    return run


def _fix_one(
    linter: Linter, path: str, mode: FixMode, target: str | None, run: FixRun, show_diff: Callable[[str], None] | None
) -> None:
    run.results.files += 1
    run.results.paths.append(target or path)
    try:
        raw = read_file(path)
    except OSError:
        if mode.report:  # the engine reports why (NL001)
            run.results.findings.extend(linter.lint_file(path))
        return
    # One plain lint tells whether there is anything to fix (most files of a
    # corpus have nothing) and is the report when nothing changes.
    first = linter.lint_bytes(path, raw)
    if any(applicable(f.fix, mode.unsafe) for f in first.findings):
        outcome = fix_file(linter, path, raw, mode.unsafe, MAX_PASSES)
    else:
        outcome = FileFix(path, raw)
    if outcome.problem:
        run.problems.append((path, outcome.problem))
    if not outcome.settled:
        run.unsettled.append(path)
    final = _store(outcome, mode, target, run)
    if outcome.applied:
        run.fixed[target or path] = outcome.applied
        if show_diff is not None and outcome.new is not None:
            show_diff(unified_diff(path, raw, outcome.new))
    if mode.report:
        left = first if final == raw else linter.lint_bytes(path, final)
        run.results.documents += left.documents
        shown = left.findings if target is None else [replace(f, path=target) for f in left.findings]
        run.results.findings.extend(shown)


def _store(outcome: FileFix, mode: FixMode, target: str | None, run: FixRun) -> bytes:
    """Write what ``mode`` asks for; returns the bytes the file (or copy) now holds."""
    new = outcome.new
    if not mode.write:
        return new if new is not None else outcome.old
    try:
        if target is not None:
            folder = os.path.dirname(target)
            if folder:
                os.makedirs(folder, exist_ok=True)
            source_mode = stat.S_IMODE(os.stat(outcome.path).st_mode)
            write_atomic(target, new if new is not None else outcome.old, mode=source_mode)
        elif new is not None:
            write_atomic(outcome.path, new, expected=outcome.old)
    except (WriteError, OSError) as exc:
        run.problems.append((target or outcome.path, str(exc)))
        outcome.applied = []
        return outcome.old
    return new if new is not None else outcome.old


def copy_targets(paths: Sequence[str], files: Sequence[str], output_dir: str) -> dict[str, str]:
    """Where each file's cleaned copy goes: the tree under each folder given
    is mirrored under ``output_dir``; a file given by name goes to its top."""
    out: dict[str, str] = {}
    folders = [os.path.normpath(p) for p in paths if os.path.isdir(p)]
    for path in files:
        rel = None
        for folder in folders:
            inside = os.path.relpath(os.path.normpath(path), folder)
            if not inside.startswith(os.pardir + os.sep) and inside != os.pardir:
                rel = inside
                break
        target = os.path.join(output_dir, rel if rel is not None else os.path.basename(path))
        if os.path.realpath(target) == os.path.realpath(path):
            raise NewslintError(f"{path}: --output-dir would overwrite the file itself; choose another folder")
        clash = next((src for src, dst in out.items() if dst == target), None)
        if clash is not None:
            raise NewslintError(f"{path} and {clash} would both be written to {target}; give their folders separately")
        out[path] = target
    return out


def _inside(path: str, folder: str) -> bool:
    real, top = os.path.realpath(path), os.path.realpath(folder)
    return real == top or real.startswith(top.rstrip(os.sep) + os.sep)


def _unreadable(path: str, message: str) -> Finding:
    return Finding(path, 1, 1, 1, 1, "NL001", "unreadable", Severity.ERROR, message)


# -- what the run says about itself ----------------------------------------------------


def fixed_summary(run: FixRun, show_fixes: bool, would: bool) -> str:
    """``Fixed 3 findings in 2 files (NL201: 1, NL301: 2).``, and with
    ``show_fixes`` the count per rule under each file."""
    n, files = run.count, len(run.fixed)
    verb = "Would fix" if would else "Fixed"
    if not n:
        return "No fixes available.\n" if would else "No fixes applied.\n"
    by_rule = Counter(a.finding.rule for applied in run.fixed.values() for a in applied)
    per = ", ".join(f"{rule}: {count}" for rule, count in sorted(by_rule.items()))
    lines = [f"{verb} {n} finding{'s' * (n != 1)} in {files} file{'s' * (files != 1)} ({per})" + (":" if show_fixes else ".")]
    if show_fixes:
        for path in sorted(run.fixed):
            lines.append(f"- {path}:")
            rules = Counter((a.finding.rule, a.finding.name) for a in run.fixed[path])
            lines += [f"    {count} × {rule} ({name})" for (rule, name), count in sorted(rules.items())]
    return "\n".join(lines) + "\n"


# -- the Python API ---------------------------------------------------------------------


@dataclass(frozen=True)
class FixResult:
    """:func:`fix_text`'s answer: the new text, the findings whose fixes were
    applied (offsets into the text as each pass read it), the findings left,
    and why fixes could not be applied, if they could not."""

    text: str
    fixed: list[Finding]
    remaining: list[Finding]
    problem: str | None = None


@keywords_checked
def fix_text(
    text: str,
    path: str = "<text>",
    config: Config | str | os.PathLike[str] | None = None,
    *,
    select: Sequence[str] | None = None,
    extend_select: Sequence[str] = (),
    ignore: Sequence[str] = (),
    plugins: Sequence[str | os.PathLike[str]] = (),
    disabled_plugins: Sequence[str] = (),
    unsafe: bool = False,
) -> FixResult:
    """Fix one article given as a string, as ``newslint --fix`` fixes a file.

    ``unsafe`` also applies unsafe fixes (``--unsafe-fixes``).  ``path``
    picks the reader: with ``a.jsonl`` the text is JSON Lines and only the
    fixed records' text fields change.  The other arguments are
    :func:`lint_text`'s.
    """
    linter = api_linter(config or Config(), [], select, extend_select, ignore, plugins, disabled_plugins, False)
    outcome = fix_file(linter, path, text.encode("utf-8", "surrogatepass"), unsafe, MAX_PASSES)
    new = text if outcome.new is None else outcome.new.decode("utf-8", "surrogatepass")
    fixed = [a.finding for a in outcome.applied]
    return FixResult(new, fixed, linter.lint_text(new, path), outcome.problem)
