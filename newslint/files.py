"""Find the files to lint and read them safely."""
from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from typing import Iterator, Sequence

from .config import Config

# Never descend into these, hidden or not: version control and tool caches.
SKIP_DIRS = frozenset({"__pycache__", "node_modules", "venv", "site-packages"})


@dataclass(frozen=True)
class FileProblem:
    """A path that could not be walked or read: reported as NL001, run goes on."""

    path: str
    message: str


def iter_files(
    paths: Sequence[str], config: Config, force_exclude: bool = False
) -> Iterator[str | FileProblem]:
    """Yield files to lint, in sorted order, and problems met on the way.

    Files named on the command line are always linted (as pre-commit expects)
    unless ``force_exclude`` is set and they match ``exclude``.  Inside folders,
    hidden entries and tool folders are skipped, symlinked folders are not
    followed (no loops), and only ``include`` patterns are taken.
    """
    seen: set[str] = set()
    for given in paths:
        if os.path.isdir(given):
            if config.is_excluded(given) and given not in (".", "./"):
                continue
            yield from _walk(given, config, seen)
        else:
            if force_exclude and config.is_excluded(given):
                continue
            if given not in seen:
                seen.add(given)
                yield given


def _walk(top: str, config: Config, seen: set[str]) -> Iterator[str | FileProblem]:
    problems: list[FileProblem] = []

    def onerror(exc: OSError) -> None:
        problems.append(FileProblem(exc.filename or top, f"cannot read folder: {exc.strerror or exc}"))

    for folder, dirs, files in os.walk(top, onerror=onerror, followlinks=False):
        dirs[:] = sorted(
            d
            for d in dirs
            if not d.startswith(".")
            and d not in SKIP_DIRS
            and not config.is_excluded(os.path.join(folder, d))
        )
        for name in sorted(files):
            if name.startswith("."):
                continue
            path = os.path.normpath(os.path.join(folder, name))
            if path in seen or not config.is_linted(path):
                continue
            seen.add(path)
            yield path
        yield from problems
        problems.clear()
    yield from problems


def read_file(path: str, max_bytes: int | None = None) -> bytes:
    """Read a regular file; raise OSError with a clear strerror otherwise.

    FIFOs and devices would block or never end, so they are refused up front.
    """
    st = os.stat(path)
    if not stat.S_ISREG(st.st_mode):
        kind = "folder" if stat.S_ISDIR(st.st_mode) else "not a regular file (FIFO, socket or device)"
        raise OSError(0, kind, path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    with os.fdopen(fd, "rb") as fh:
        if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):
            raise OSError(0, "not a regular file", path)
        data = fh.read() if max_bytes is None else fh.read(max_bytes)
    return data
