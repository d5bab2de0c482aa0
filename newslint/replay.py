"""The command line's fast path: a plain run whose inputs are all as an
earlier run found them prints what that run printed, without importing the
rest of newslint (issue 12: start-up for one small file).

A plain run (files named on the command line, the findings cache on, no
fixes, no baseline to write, no output file, no progress bar drawn) is a
function of what it reads: its arguments, working folder and environment,
the config file its search found (and the folders it searched), the files
rule options name, the baseline, the code of newslint and of every loaded
plugin, the installed distributions, the linted files and the findings cache.
Such a run records, in the user cache folder (:mod:`newslint.usercache`),
what it wrote to standard output and standard error, its exit code, and a
check per input (:mod:`newslint.replayinputs`); the next run with the same
arguments and environment, from the same folder, performs the checks and, if
every one holds, writes the same text and exits with the same code.  A check
that fails runs newslint as usual, which records the run afresh.

The checks are the ones the findings cache already trusts, no weaker: the
content (a hash) of every file read by name, the size and modification time
of every file of newslint's package and of installed plugin packages (the
code fingerprint of :mod:`newslint.cache`), the modification times of the
``sys.path`` entries and of the ``entry_points.txt`` files the entry-point
scan came from (:mod:`newslint.entrypoints`: installing, removing or
upgrading a plugin changes them), and the identity of the findings-cache
folder the answer came from (deleting the cache deletes the answer too).

This module imports only the standard library's cheapest modules: it runs
before anything else.  ``NEWSLINT_USER_CACHE=off`` switches it off with the
other user caches.
"""
from __future__ import annotations

import hashlib
import json
import os
import sys
from typing import Any

FORMAT = 1
# Larger runs are not replayed: their start-up is not what they cost.
MAX_FILES = 64
MAX_BYTES = 1 << 20  # linted bytes, and again text written
# Environment variables that may change what a run prints (colour, where
# the caches are, which plugins load, how Python decodes and encodes).
_ENV_PREFIXES = ("NEWSLINT", "PYTHON", "LC_")
_ENV_NAMES = ("NO_COLOR", "FORCE_COLOR", "TERM", "COLUMNS", "LINES", "HOME", "XDG_CACHE_HOME", "LOCALAPPDATA", "LANG", "LANGUAGE")


def memo_file(argv: list[str]) -> str | None:
    """Where a run with these arguments, here, is recorded (None: switched off)."""
    chosen = os.environ.get("NEWSLINT_USER_CACHE", "")
    if chosen.lower() in ("off", "0", "no", "false"):
        return None
    if chosen:
        base = chosen
    elif sys.platform == "win32" or sys.platform == "darwin":
        return None  # their folder rules live in usercache.py; not worth a copy here
    else:
        home = os.environ.get("HOME")
        base = os.environ.get("XDG_CACHE_HOME") or (os.path.join(home, ".cache") if home else "")
        if not base:
            return None
        base = os.path.join(base, "newslint")
    streams = []
    for stream in (sys.stdin, sys.stdout, sys.stderr):
        try:
            streams.append([stream.isatty(), stream.encoding, stream.errors])
        except (AttributeError, ValueError):
            return None
    env = sorted((k, v) for k, v in os.environ.items() if k.startswith(_ENV_PREFIXES) or k in _ENV_NAMES)
    try:
        where = os.getcwd()
    except OSError:
        return None
    parts = [FORMAT, argv, where, env, streams, sys.version, sys.executable, sys.path, list(sys.flags)]
    key = hashlib.blake2b(json.dumps(parts).encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()
    return os.path.join(base, "replay", f"{key}.json")


def file_digest(path: str) -> str | None:
    """A hash of a regular file's bytes; None when there is no such file."""
    try:
        with open(path, "rb") as fh:
            if not os.path.isfile(path):
                return None
            return hashlib.blake2b(fh.read(), digest_size=16).hexdigest()
    except OSError:
        return None


def mtime(path: str) -> int:
    try:
        return os.stat(path).st_mtime_ns
    except OSError:
        return -1


def identity(path: str) -> list[int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return [st.st_ino, st.st_dev]


def tree_stats(folder: str) -> list[str]:
    """Size and modification time of every file under ``folder`` but bytecode,
    sorted: the code fingerprint's part for a package (newslint/cache.py)."""
    out = []
    for dirpath, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        for name in sorted(files):
            if name.endswith((".pyc", ".pyo")):
                continue
            try:
                st = os.stat(os.path.join(dirpath, name))
            except OSError:
                continue
            out.append(f"{dirpath}/{name}:{st.st_size}:{st.st_mtime_ns}")
    return out


def local_file_stat(path: str) -> str:
    """A local plugin file's part of the code fingerprint: its content, since
    editors keep modification times loosely."""
    try:
        with open(path, "rb") as fh:
            return f"{path}:{hashlib.blake2b(fh.read(), digest_size=16).hexdigest()}"
    except OSError:
        return f"{path}:?"


def fingerprint(sources: list[list[str]]) -> str:
    """A hash of the code fingerprint of ``sources`` (["tree", folder] or ["file", path])."""
    h = hashlib.blake2b(digest_size=16)
    for kind, path in sources:
        for line in tree_stats(path) if kind == "tree" else [local_file_stat(path)]:
            h.update(line.encode("utf-8", "surrogatepass") + b"\n")
    return h.hexdigest()


def holds(check: list[Any]) -> bool:
    kind, path, want = check
    if kind == "hash":
        return file_digest(path) == want
    if kind == "mtime":
        return mtime(path) == want
    if kind == "id":
        return identity(path) == want
    if kind == "code":
        return fingerprint(path) == want
    return False


def _trusted(path: str) -> bool:
    """Only a file of this user's that nobody else may write (as the pattern cache)."""
    try:
        st = os.stat(path)
    except OSError:
        return False
    owner = getattr(os, "getuid", None)
    return (owner is None or st.st_uid == owner()) and not st.st_mode & 0o022


def answer(memo: str) -> int | None:
    """Print what the recorded run printed and give its exit code, or None
    when there is no record or an input changed."""
    if not _trusted(memo):
        return None
    try:
        with open(memo, encoding="utf-8") as fh:
            kept = json.load(fh)
        if kept.get("format") != FORMAT or not all(holds(c) for c in kept["checks"]):
            return None
        writes, code = kept["writes"], int(kept["exit"])
    except (OSError, ValueError, TypeError, KeyError):
        return None
    streams = (sys.stdout, sys.stderr)
    try:
        for which, text in writes:
            if text is None:
                streams[which].flush()
            else:
                streams[which].write(text)
        sys.stdout.flush()
    except BrokenPipeError:
        sys.stderr.close()  # as the command line does: `newslint ... | head`
        return 1
    return code


class Capture:
    """Standard output or error, with every write and flush recorded in order
    (up to MAX_BYTES of text: a longer report is not kept, nor held in memory)."""

    def __init__(self, stream: Any, which: int, log: list[list[Any]]) -> None:
        self._stream, self._which, self._log = stream, which, log

    def write(self, text: str) -> int:
        log = self._log
        if not (log and log[0] == _TOO_LONG):
            log.append([self._which, text if isinstance(text, str) else "\0binary"])
            if isinstance(text, str) and len(log) % 256 == 0 and sum(len(t or "") for _, t in log) > MAX_BYTES:
                log[:] = [_TOO_LONG]
        return self._stream.write(text)

    def flush(self) -> None:
        if not (self._log and self._log[0] == _TOO_LONG):
            self._log.append([self._which, None])
        self._stream.flush()

    def writelines(self, lines: Any) -> None:
        for line in lines:
            self.write(line)

    @property
    def buffer(self) -> Any:
        self._log.append([self._which, "\0binary"])  # bytes written past us: not replayable
        return self._stream.buffer

    def fileno(self) -> int:
        if self._which == 0:  # a reporter that may write to the descriptor itself
            self._log.append([0, "\0descriptor"])
        return int(self._stream.fileno())

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


_TOO_LONG = [1, "\0too long"]
# RECORDING: whether main() records this run; CHECKS: the command line's
# checks of a plain run's inputs (newslint/replayinputs.py), set before it lints.
RECORDING = False
CHECKS: list[list[Any]] = []


def main(argv: list[str] | None = None) -> int:
    """The ``newslint`` command: answer from the record, else run it (and record it)."""
    args = list(sys.argv[1:] if argv is None else argv)
    memo = memo_file(args)
    if memo is not None:
        code = answer(memo)
        if code is not None:
            return code
    from .cli import main as run_main

    if memo is None:
        return run_main(args)
    global RECORDING
    RECORDING = True
    log: list[list[Any]] = []
    real = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = Capture(real[0], 0, log), Capture(real[1], 1, log)
    try:
        code = run_main(args)
    finally:
        sys.stdout, sys.stderr = real
    if CHECKS and code in (0, 1):
        from .replayinputs import record

        record(memo, CHECKS, log, code)
    return code
