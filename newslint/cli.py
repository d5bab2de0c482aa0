"""Command line: argument parsing and exit codes; no linting logic lives here."""
from __future__ import annotations

import argparse
import os
import sys
import traceback
from dataclasses import replace
from pathlib import Path
from typing import Sequence

from . import baseline
from .config import Config, load_config
from .engine import Linter, Results
from .errors import NewslintError
from .findings import Severity
from .cache import CACHE_DIR_ENV, DEFAULT_DIR as DEFAULT_CACHE_DIR
from .report import OutputOptions, SourceLines, emit, reporter_for
from .ruledocs import rule_doc, rules_table, settings_text, version_text
from .run import Run, RunOptions
from .streaming import can_stream, emit_stream

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

    def __call__(self, parser, namespace, values, option_string=None):
        items = list(getattr(namespace, self.dest) or [])
        items.extend(_csv(values))
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
    _add_run_flags(p)
    p.add_argument("--show-traceback", action="store_true", help="show a Python traceback for internal errors")
    p.add_argument("--version", action="store_true", help="print the version and loaded plugins, then exit")
    return p


def main(argv: Sequence[str] | None = None) -> int:
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
    linter = Linter(
        config,
        plugin_paths=[Path(p).resolve() for p in args.plugin],
        disabled_plugins=args.disable_plugin,
        # --write-baseline records every finding; --baseline overrides the config's.
        baseline=False if write_baseline or informational else (args.baseline or None),
        show_traceback=args.show_traceback,
        # A broken plugin must not hide which plugins are installed.
        tolerant=informational,
    )
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

    missing = [p for p in args.paths if p != "-" and _missing(p)]
    if missing:
        raise NewslintError(f"{missing[0]}: no such file or folder")

    reporter_for(linter)
    preloaded: dict[str, bytes] = {}
    output = OutputOptions(
        show_source=args.show_source,
        color=args.color,
        statistics=args.statistics,
        quiet=args.quiet,
        output_file=args.output_file,
    )
    if stdin:
        name = args.stdin_filename or "-"
        preloaded[name] = sys.stdin.buffer.read()
        # An editor lints whatever buffer is open; an excluded file stays quiet.
        if args.stdin_filename and config.is_excluded(name):
            results = Results()
        else:
            results = linter.lint_bytes(name, preloaded[name])
    else:
        run = Run(linter, args.paths, _run_options(args, config))
        for note in run.notes:
            print(f"newslint: note: {note}", file=sys.stderr)
        if not write_baseline and can_stream(linter):
            return _lint_streaming(linter, args, run, output)
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


# -- running: jobs, cache, progress, Dask (docs/scale.md) -------------------------


def _add_run_flags(p: argparse.ArgumentParser) -> None:
    run = p.add_argument_group("running (docs/scale.md)")
    run.add_argument("--jobs", "-j", type=int, default=0, metavar="N", help="lint in N processes, the records of a large JSONL file too (default 0: one per CPU, for runs with enough input; 1: no extra processes)")
    run.add_argument("--no-cache", action="store_true", help="neither read nor write the findings cache")
    run.add_argument("--cache-dir", metavar="DIR", help=f"keep the findings cache in DIR (default: {DEFAULT_CACHE_DIR} in the config's folder, else the working folder; env {CACHE_DIR_ENV})")
    run.add_argument("--no-progress", action="store_true", help="no progress bar (shown on a terminal for runs over a second, unless --quiet)")
    run.add_argument("--dask-scheduler", metavar="ADDRESS", help="lint on the Dask cluster at ADDRESS (tcp://host:8786); needs newslint[dask]")


def _run_options(args: argparse.Namespace, config: Config) -> RunOptions:
    cache_dir = None
    if not args.no_cache:
        cache_dir = args.cache_dir or os.environ.get(CACHE_DIR_ENV) or str(config.root / DEFAULT_CACHE_DIR)
    progress = not (args.quiet or args.no_progress) and sys.stderr.isatty()
    return RunOptions(
        jobs=args.jobs,
        force_exclude=args.force_exclude,
        cache_dir=cache_dir,
        progress=progress,
        line_texts=args.show_source,
        dask_scheduler=args.dask_scheduler,
    )


def _lint_streaming(linter: Linter, args: argparse.Namespace, run: Run, output: OutputOptions) -> int:
    """Text and json-lines: each finding is written as it is found (in order)."""
    tally = emit_stream(linter, run, output)
    if args.exit_zero:
        return EXIT_CLEAN
    worst = tally.worst
    return EXIT_FINDINGS if worst is not None and worst >= linter.config.fail_level else EXIT_CLEAN


def _broken_plugins(linter: Linter) -> list[str]:
    """Plugins a tolerant run left out: failed imports and failed registrations."""
    failed = [info.error for info in linter.plugins.values() if info.error]
    return failed + list(linter.registry.broken.values())


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
    return replace(config, sources=sources, **{attr: tuple(getattr(config, attr)) + tuple(items)})


def _replace(config: Config, **changes: object) -> Config:
    sources = dict(config.sources)
    for key in changes:
        sources[key.replace("_", "-")] = "command line"
    return replace(config, sources=sources, **changes)
