"""What a plain run read, as the checks :mod:`newslint.replay` performs
before it answers the same run again; and the record itself.

Imported after a run (its modules are loaded by then), never on the fast path.
"""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import entrypoints, progress, replay, usercache
from .cache import code_sources
from .config import CONFIG_NAMES

if TYPE_CHECKING:
    import argparse

    from .engine import Linter
    from .run import Run


def record(memo: str, checks: list[list[Any]], writes: list[list[Any]], code: int) -> None:
    """Keep what the run wrote and the checks of what it read (taken before
    it linted), when it may be replayed."""
    if progress.drawn or sum(len(t) for _, t in writes if t) > replay.MAX_BYTES:
        return  # a drawn bar depends on time; a long report is not start-up
    if any(t is not None and t.startswith("\0") for _, t in writes):
        return  # something wrote bytes past the captured streams
    if not all(replay.holds(c) for c in checks if c[0] == "hash"):
        return  # a file changed while the run read it
    payload = {"format": replay.FORMAT, "checks": checks, "writes": writes, "exit": code}
    try:
        usercache.write_file(Path(memo), json.dumps(payload).encode("utf-8", "surrogatepass"), ".replay-")
        _prune(Path(memo).parent)
    except (OSError, ValueError):
        pass  # the next run simply runs


# Kept runs beyond this many (one per command line, folder and environment)
# are removed, the least recently written first.
KEEP = 256


def _prune(folder: Path) -> None:
    kept = list(folder.glob("*.json"))
    if len(kept) <= KEEP:
        return
    kept.sort(key=lambda p: p.stat().st_mtime_ns, reverse=True)
    for old in kept[KEEP:]:
        old.unlink(missing_ok=True)


def inputs(args: argparse.Namespace, linter: Linter, run: Run) -> list[list[Any]] | None:
    """One check per input of a plain run about to lint, or None when it
    cannot be replayed."""
    if run.cache is None or linter.show_traceback or args.output_file:
        return None
    checks: list[list[Any]] = []
    size = 0
    for path in args.paths:
        # Files only: a folder's walk (what it holds, the exclude globs) is not recorded.
        if len(args.paths) > replay.MAX_FILES or not os.path.isfile(path) or os.path.islink(path):
            return None
        size += os.path.getsize(path)
        digest = replay.file_digest(path)
        if digest is None or size > replay.MAX_BYTES:
            return None
        checks.append(["hash", path, digest])
    config = linter.config
    checks += _config_checks(args)
    for options in config.rules.values():
        for name, value in sorted(options.items()):
            # Word lists rules read (the "...file" options of newslint/cache.py).
            if name.endswith("file") and isinstance(value, str) and value:
                path = str(config.root / value)
                checks.append(["hash", path, replay.file_digest(path)])
    base = config.baseline if args.baseline is None else Path(args.baseline)
    if base is not None:
        checks.append(["hash", str(base), replay.file_digest(str(base))])
    checks += [["mtime", path, mtime] for path, mtime in entrypoints.watched()]
    sources = code_sources(linter)
    checks.append(["code", sources, replay.fingerprint(sources)])
    cache_folder = str(run.cache.folder)
    checks.append(["id", cache_folder, replay.identity(cache_folder)])
    return checks


def _config_checks(args: argparse.Namespace) -> list[list[Any]]:
    """The config file given, or every file the search looked at (config.find_config)."""
    if args.config:
        return [["hash", args.config, replay.file_digest(args.config)]]
    start = Path(args.paths[0]) if args.paths else Path.cwd()
    start = start.resolve() if start.exists() else Path.cwd().resolve()
    if start.is_file():
        start = start.parent
    checks: list[list[Any]] = []
    for folder in (start, *start.parents):
        for name in CONFIG_NAMES:
            path = str(folder / name)
            digest = replay.file_digest(path)
            checks.append(["hash", path, digest])
            # Where the search stopped (a pyproject.toml without the table did not stop it).
            if digest is not None and (name != "pyproject.toml" or _has_table(path)):
                return checks
    return checks


def _has_table(path: str) -> bool:
    from .config import _has_tool_table

    return _has_tool_table(Path(path))
