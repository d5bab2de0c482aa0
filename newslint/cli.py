"""Command line: argument parsing and exit codes; no linting logic lives here."""
from __future__ import annotations

import argparse
import contextlib
import gc
import os
import sys
import traceback
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Sequence

from . import baseline, replay
from .cache import known_settings
from .config import Config, load_config
from .engine import Linter, Results
from .errors import NewslintError
from .findings import Severity
from .report import OutputOptions, SourceLines, emit, reporter_for
from .ruledocs import rule_doc, rules_table, settings_text, version_text
from .run import Run
from .runflags import add_run_flags, lint_streaming, run_options
from .streaming import can_stream

if TYPE_CHECKING:  # the fixer and diffs are imported where used: a plain lint run skips them
    from .fixrun import FixMode, FixRun
EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2

DESCRIPTION = """\
Lint news article text for data quality and provenance: typos, duplicated
captions, scraped interface text, markup residue, missing attribution and
AI-generated content.  Findings are printed as

    path:line:col: RULE-ID [name] message (did you mean 'x'?)

with 1-based lines and columns counted in characters."""

EPILOG = """\
commands:
  newslint PATH...          lint files and folders (.txt and .md by default)
  newslint rules            list every rule: id, name, plugin, default, summary
  newslint rule NAME        print one rule's documentation (NAME or id)
  newslint server           language server for editors (pip install 'newslint[lsp]')

examples:
  newslint seeds/                         lint a folder
  newslint --select NL1,ai-disclosure a.md lint with only some rules
  newslint --format json corpus/ > out.json
  newslint --format sarif -o newslint.sarif articles/   for GitHub code scanning
  newslint --format html -o report.html corpus/         a page to read in a browser
  newslint --write-baseline known.json articles/       then --baseline known.json
  newslint --diff articles/               preview the safe fixes; --fix applies them
  newslint --fix --output-dir clean/ corpus/            cleaned copies, sources untouched
  newslint - --stdin-filename a.md < a.md              from an editor
  newslint rule typo

inline suppressions (docs/workflow.md):
  <!-- newslint: ignore[typo] -->   ignore-next-line[...]   disable[...] / enable[...]
  file-ignore[...]   and  word [sic]  for the typo rule

exit codes:
  0  no findings at or above --fail-level
  1  findings at or above --fail-level
  2  usage, configuration or plugin error

configuration: .newslint.toml or [tool.newslint] in pyproject.toml, found by
walking up from the first path; see README.md."""


def _csv(value: str) -> list[str]:
    return [v.strip() for v in value.split(",") if v.strip()]


class _Extend(argparse.Action):
    """Repeatable, comma-separated list option: --select A,B --select C."""

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: str | Sequence[Any] | None,
        option_string: str | None = None,
    ) -> None:
        items = list(getattr(namespace, self.dest) or [])
        items.extend(_csv(values if isinstance(values, str) else ",".join(map(str, values or ()))))
        setattr(namespace, self.dest, items)


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="newslint",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("paths", nargs="*", metavar="PATH", help="files or folders to lint ('-' reads standard input)")
    sel = p.add_argument_group("rule selection")
    sel.add_argument("--select", action=_Extend, metavar="RULES", help="only these rules: ids, id prefixes (NL3) or names, comma-separated")
    sel.add_argument("--extend-select", action=_Extend, default=[], metavar="RULES", help="add rules to the selection")
    sel.add_argument("--ignore", action=_Extend, default=[], metavar="RULES", help="leave these rules out")
    out = p.add_argument_group("output")
    out.add_argument("--format", metavar="FORMAT", help="text (default), json, json-lines, sarif, github, junit, html, or a plugin's format")
    out.add_argument("--output-file", "-o", metavar="FILE", help="write the report to FILE instead of standard output")
    out.add_argument("--show-source", action="store_true", help="show the line and a caret under each finding (text format)")
    out.add_argument("--statistics", action="store_true", help="count findings per rule")
    out.add_argument("--quiet", "-q", action="store_true", help="print findings only, no summary line")
    out.add_argument("--color", choices=("auto", "always", "never"), default="auto", help="colour the text format (auto: on a terminal, unless NO_COLOR is set)")
    base = p.add_argument_group("baseline")
    base.add_argument("--write-baseline", metavar="FILE", help="record today's findings in FILE (keyed by rule, file and line text) and exit 0")
    base.add_argument("--baseline", metavar="FILE", help="report only findings not recorded in FILE (overrides `baseline` in the config)")
    ex = p.add_argument_group("exit status")
    ex.add_argument("--fail-level", choices=("error", "warning", "info"), help="lowest severity that makes the exit status 1 (default: warning)")
    ex.add_argument("--exit-zero", action="store_true", help="exit 0 even when there are findings")
    cfg = p.add_argument_group("configuration and plugins")
    cfg.add_argument("--config", metavar="FILE", help="use this config file instead of searching for one")
    cfg.add_argument("--plugin", action="append", default=[], metavar="PATH", help="load a local plugin file or folder (repeatable)")
    cfg.add_argument("--disable-plugin", action="append", default=[], metavar="NAME", help="do not load this plugin (as named by `newslint rules`)")
    cfg.add_argument("--force-exclude", action="store_true", help="apply exclude to files named on the command line too (for pre-commit)")
    cfg.add_argument("--stdin-filename", metavar="NAME", help="name to report for text read from standard input")
    cfg.add_argument("--show-settings", action="store_true", help="print the resolved configuration and where it came from, then exit")
    add_run_flags(p)
    _add_fix_options(p)
    p.add_argument("--show-traceback", action="store_true", help="show a Python traceback for internal errors")
    p.add_argument("--version", action="store_true", help="print the version and loaded plugins, then exit")
    return p


# A run allocates hundreds of millions of short-lived, acyclic objects (matches,
# tokens, findings) on top of lexicons of millions: at Python's default
# threshold (700) the collector ran 470 times on bbc-dev (0.43 s, 6% of the
# run; 0.08 s of a 0.34 s start) and found almost nothing.  The command line
# owns its process; the library API leaves the host's settings alone.
GC_THRESHOLDS = (50_000, 20, 20)


def main(argv: Sequence[str] | None = None) -> int:
    gc.set_threshold(*GC_THRESHOLDS)
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    if args_list[:1] == ["server"] and not os.path.exists("server"):
        from .server import main as serve

        return serve(args_list[1:])
    command = None
    if args_list and args_list[0] in ("rules", "rule", "check") and not os.path.exists(args_list[0]):
        command = args_list.pop(0)
    args = parser.parse_args(args_list)
    try:
        return _run(command, args, parser)
    except NewslintError as exc:
        if args.show_traceback:
            traceback.print_exc()
        print(f"newslint: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("newslint: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # `newslint ... | head` closed the pipe; nothing left to say.
        sys.stderr.close()
        return EXIT_FINDINGS


def _run(command: str | None, args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    stdin = args.paths == ["-"]
    # Editors pipe the buffer in: find the config from the file's real name.
    discover = [os.path.dirname(args.stdin_filename) or "."] if stdin and args.stdin_filename else args.paths
    config = load_config(args.config, discover)
    if args.fail_level:
        config = _replace(config, fail_level=Severity.parse(args.fail_level))
    if args.format:
        config = _replace(config, format=args.format)
    # Fold the selection flags into the config so --show-settings shows them.
    if args.select is not None:
        config = _replace(config, select=tuple(args.select))
    if args.extend_select:
        config = _extend(config, "extend_select", args.extend_select)
    if args.ignore:
        config = _extend(config, "ignore", args.ignore)
    informational = bool(args.version or command in ("rules", "rule") or args.show_settings)
    write_baseline = bool(args.write_baseline)
    options = run_options(args, config)
    # A plain run over files with the cache on may be answered from the cache
    # alone: its rules are built only if an earlier run worked its settings
    # key out from these same inputs (then they are known good) and a file
    # misses; otherwise right away, so errors come out as before.
    lazy = bool(options.cache_dir) and not (informational or write_baseline or stdin or _fixing(args) or options.dask_scheduler)
    linter = Linter(
        config,
        plugin_paths=[Path(p).resolve() for p in args.plugin],
        disabled_plugins=args.disable_plugin,
        # --write-baseline records every finding; --baseline overrides the config's.
        baseline=False if write_baseline or informational else (args.baseline or None),
        show_traceback=args.show_traceback,
        # A broken plugin must not hide which plugins are installed.
        tolerant=informational,
        lazy=lazy,
    )
    if lazy and (options.cache_dir is None or known_settings(options.cache_dir, linter) is None):
        linter.build_rules()
    for note in linter.notes:
        print(f"newslint: note: {note}", file=sys.stderr)
    for problem in _broken_plugins(linter):
        print(f"newslint: warning: {problem}", file=sys.stderr)
    if args.version:
        print(version_text(linter.plugins), end="")
        return EXIT_CLEAN
    if command == "rules":
        print(rules_table(linter), end="")
        return EXIT_CLEAN
    if command == "rule":
        if len(args.paths) != 1:
            parser.error("usage: newslint rule NAME")
        print(rule_doc(linter, args.paths[0]), end="")
        return EXIT_CLEAN
    if args.show_settings:
        print(settings_text(linter), end="")
        return EXIT_CLEAN
    if not args.paths:
        parser.error("no paths given: try `newslint seeds/` or `newslint --help`")
    _check_fix_options(args, parser)

    missing = [p for p in args.paths if p != "-" and _missing(p)]
    if missing:
        raise NewslintError(f"{missing[0]}: no such file or folder")

    reporter_for(linter)
    output = OutputOptions(
        show_source=args.show_source,
        color=args.color,
        statistics=args.statistics,
        quiet=args.quiet,
        output_file=args.output_file,
        unsafe_fixes=args.unsafe_fixes,
    )
    if _fixing(args):
        return _fix_stage(args, linter, output, stdin)
    preloaded: dict[str, bytes] = {}
    if stdin:
        name = args.stdin_filename or "-"
        preloaded[name] = sys.stdin.buffer.read()
        # An editor lints whatever buffer is open; an excluded file stays quiet.
        if args.stdin_filename and config.is_excluded(name):
            results = Results()
        else:
            results = linter.lint_bytes(name, preloaded[name])
    else:
        run = Run(linter, args.paths, options)
        if lazy and replay.RECORDING:
            from .replayinputs import inputs

            replay.CHECKS[:] = inputs(args, linter, run) or []
        for note in run.notes:
            print(f"newslint: note: {note}", file=sys.stderr)
        if not write_baseline and can_stream(linter):
            return lint_streaming(linter, args, run, output)
        results = run.results()
    sources = SourceLines(linter, preloaded)
    if write_baseline:
        n = baseline.write(args.write_baseline, results.findings, sources)
        files = len({f.path for f in results.findings})
        print(f"Wrote {n} finding{'s' * (n != 1)} in {files} file{'s' * (files != 1)} to baseline {args.write_baseline}.")
        return EXIT_CLEAN
    emit(linter, results, output, sources)
    if args.exit_zero:
        return EXIT_CLEAN
    worst = max((f.severity for f in results.findings), default=None)
    return EXIT_FINDINGS if worst is not None and worst >= config.fail_level else EXIT_CLEAN


# -- fixes (issue 13): --fix, --unsafe-fixes, --diff, --show-fixes, --fix-only, --output-dir --


def _add_fix_options(p: argparse.ArgumentParser) -> None:
    fix = p.add_argument_group("fixes (docs/workflow.md: which fixes are safe)")
    fix.add_argument("--fix", action="store_true", help="apply the safe fixes to the files (atomically), then report what is left")
    fix.add_argument("--unsafe-fixes", action="store_true", help="also apply fixes that may change meaning or drop text a person should look at (typo corrections, AI notices)")
    fix.add_argument("--diff", action="store_true", help="print a unified diff of what --fix would change and write nothing (exit 1 when there is something to fix)")
    fix.add_argument("--show-fixes", action="store_true", help="list what was fixed, per file and rule")
    fix.add_argument("--fix-only", action="store_true", help="apply fixes and do not report the findings left")
    fix.add_argument("--output-dir", metavar="DIR", help="with --fix: write fixed copies under DIR, mirroring the folders given, and leave the sources alone")


def _fixing(args: argparse.Namespace) -> bool:
    return bool(args.fix or args.fix_only or args.diff)


def _check_fix_options(args: argparse.Namespace, parser: argparse.ArgumentParser) -> None:
    if args.output_dir and not (args.fix or args.fix_only):
        parser.error("--output-dir writes fixed copies: use it with --fix or --fix-only")
    if args.diff and (args.fix or args.fix_only or args.output_dir):
        parser.error("--diff shows the fixes and writes nothing: leave out --fix, --fix-only and --output-dir")
    if args.show_fixes and not _fixing(args):
        parser.error("--show-fixes lists the fixes of a run with --fix, --fix-only or --diff")
    if _fixing(args) and args.write_baseline:
        parser.error("--write-baseline records findings: run it without --fix")
    if args.output_dir and args.paths == ["-"]:
        parser.error("--output-dir needs files: standard input is fixed to standard output")


def _fix_stage(args: argparse.Namespace, linter: Linter, output: OutputOptions, stdin: bool) -> int:
    from .fixer import MAX_PASSES
    from .fixrun import FixMode, fix_paths, fixed_summary
    mode = FixMode(
        unsafe=args.unsafe_fixes,
        write=not args.diff,
        output_dir=args.output_dir,
        report=not (args.fix_only or args.diff),
    )
    if stdin:
        run, results = _fix_stdin(args, linter, mode)
    else:
        run = fix_paths(linter, args.paths, mode, args.force_exclude, show_diff=_print_diff if args.diff else None)
        results = run.results
    for path, problem in run.problems:
        print(f"newslint: error: {path}: {problem}", file=sys.stderr)
    for path in run.unsettled:
        print(f"newslint: warning: {path}: fixes still left after {MAX_PASSES} passes; run again", file=sys.stderr)
    if args.show_fixes or not args.quiet:
        sys.stderr.write(fixed_summary(run, args.show_fixes, would=args.diff))
    if mode.report:
        if stdin:  # standard output carries the fixed text
            with contextlib.redirect_stdout(sys.stderr):
                emit(linter, results, output, SourceLines(linter))
        else:
            emit(linter, results, output, SourceLines(linter))
    if run.problems:
        return EXIT_ERROR
    if args.diff:
        return EXIT_FINDINGS if run.count and not args.exit_zero else EXIT_CLEAN
    if args.fix_only or args.exit_zero:
        return EXIT_CLEAN
    worst = max((f.severity for f in results.findings), default=None)
    return EXIT_FINDINGS if worst is not None and worst >= linter.config.fail_level else EXIT_CLEAN


def _fix_stdin(args: argparse.Namespace, linter: Linter, mode: FixMode) -> tuple[FixRun, Results]:
    """Standard input is fixed to standard output (as editors expect); the
    report goes to standard error."""
    from .diffs import unified_diff
    from .fixer import MAX_PASSES, fix_file
    from .fixrun import FixRun
    name = args.stdin_filename or "-"
    raw = sys.stdin.buffer.read()
    run = FixRun()
    new = raw
    if not (args.stdin_filename and linter.config.is_excluded(name)):
        outcome = fix_file(linter, name, raw, mode.unsafe, MAX_PASSES)
        if outcome.problem:
            run.problems.append((name, outcome.problem))
        if outcome.applied and outcome.new is not None:
            run.fixed[name] = outcome.applied
            new = outcome.new
    if args.diff:
        if new != raw:
            _print_diff(unified_diff(name, raw, new))
    else:
        sys.stdout.buffer.write(new)
        sys.stdout.buffer.flush()
    return run, linter.lint_bytes(name, new) if mode.report else Results()


def _print_diff(text: str) -> None:
    sys.stdout.write(text)
    sys.stdout.flush()


def _broken_plugins(linter: Linter) -> list[str]:
    """Plugins a tolerant run left out: failed imports and failed registrations."""
    failed = [info.error for info in linter.plugins.values() if info.error]
    # Only a tolerant linter records broken registrations (others raise).
    return failed + (list(linter.registry.broken.values()) if linter.rules_built else [])


def _missing(path: str) -> bool:
    # os.path.lexists() is False for a file inside a folder we may not read;
    # that file exists and is reported as NL001 (permission denied) instead.
    try:
        os.lstat(path)
    except (FileNotFoundError, NotADirectoryError):
        return True
    except OSError:
        return False
    return False


def _extend(config: Config, attr: str, items: Sequence[str]) -> Config:
    key = attr.replace("_", "-")
    sources = dict(config.sources)
    sources[key] = f"{sources[key]} + command line" if key in sources else "command line"
    changes: dict[str, Any] = {attr: tuple(getattr(config, attr)) + tuple(items)}
    return replace(config, sources=sources, **changes)


def _replace(config: Config, **changes: Any) -> Config:
    sources = dict(config.sources)
    for key in changes:
        sources[key.replace("_", "-")] = "command line"
    return replace(config, sources=sources, **changes)
