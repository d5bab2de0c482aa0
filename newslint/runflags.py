"""The command line's run flags -- jobs, cache, progress, Dask -- and the
streamed report of text, json and json-lines runs (docs/scale.md)."""
from __future__ import annotations

import argparse
import os
import sys

from .cache import CACHE_DIR_ENV
from .cache import DEFAULT_DIR as DEFAULT_CACHE_DIR
from .config import Config
from .engine import Linter
from .report import OutputOptions
from .run import Run, RunOptions
from .streaming import emit_stream

EXIT_CLEAN, EXIT_FINDINGS = 0, 1


def add_run_flags(p: argparse.ArgumentParser) -> None:
    run = p.add_argument_group("running (docs/scale.md)")
    run.add_argument("--jobs", "-j", type=int, default=0, metavar="N", help="lint in N processes, the records of a large JSONL file too (default 0: one per CPU, for runs with enough input; 1: no extra processes)")
    run.add_argument("--no-cache", action="store_true", help="neither read nor write the findings cache")
    run.add_argument("--cache-dir", metavar="DIR", help=f"keep the findings cache in DIR (default: {DEFAULT_CACHE_DIR} in the config's folder, else the working folder; env {CACHE_DIR_ENV})")
    run.add_argument("--no-progress", action="store_true", help="no progress bar (shown on a terminal for runs over a second, unless --quiet)")
    run.add_argument("--dask-scheduler", metavar="ADDRESS", help="lint on the Dask cluster at ADDRESS (tcp://host:8786); needs newslint[dask]")


def run_options(args: argparse.Namespace, config: Config) -> RunOptions:
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


def lint_streaming(linter: Linter, args: argparse.Namespace, run: Run, output: OutputOptions) -> int:
    """Text, json and json-lines: each finding is written as it is found (in order)."""
    tally = emit_stream(linter, run, output)
    if args.exit_zero:
        return EXIT_CLEAN
    worst = tally.worst
    return EXIT_FINDINGS if worst is not None and worst >= linter.config.fail_level else EXIT_CLEAN
