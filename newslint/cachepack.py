"""The findings cache's pack: one file per settings folder that answers a
re-run without opening, reading or hashing the files it knows.

A re-run of an unchanged corpus used to read every file, hash it and open
one entry file per file; most of a warm run went there.  The pack holds, for
each whole file a run linted or served, one JSON line::

    [path, [size, mtime_ns, ctime_ns, inode, device] or null, key, documents, count, rows or null]

sorted by path (the order a run meets its files in, so the old pack is read
alongside the run and the new one written as it goes: memory holds a window,
never the whole pack).

* The content hash stays the truth.  A file whose ``os.stat`` matches its
  line (size, modification and change times in nanoseconds, inode, device:
  as ruff keys by modification time, but ``touch -d`` or ``cp -p`` cannot
  fake a change time) is served from the line without being read.  Any other
  file is read and hashed as before, and served from the line only when the
  hash is the line's ``key``; else from its entry file; else linted.
* A stat is recorded only for a file last changed more than ``RACY_SECONDS``
  before it was looked at (git's "racily clean" rule): a write in the same
  clock tick as the stat could otherwise leave size and times unchanged.
* ``rows`` are the findings as entry files hold them, for units of at most
  ``INLINE_MAX`` findings; a larger unit's line leaves them in its entry file.
* The new pack is written to a temporary file and renamed into place, so
  parallel runs and an interrupted run leave a whole pack (the last writer's)
  or the old one.  Lines of files this run did not meet are carried over.  A
  damaged pack is read up to the damage: the files past it are looked up by
  hash, as without a pack.
"""
from __future__ import annotations

import json
import os
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Iterator

NAME = "pack.json"
FORMAT = 1
# Findings kept in the pack itself; a unit with more keeps them in its entry file.
INLINE_MAX = 500
# A file changed this recently when looked at gets no stat fast path (yet).
RACY_SECONDS = 3

Signature = list[int]


def signature(st: os.stat_result, now_ns: int) -> Signature | None:
    """What identifies a file's content without reading it, or None when it
    changed too recently to trust its times."""
    latest = max(st.st_mtime_ns, st.st_ctime_ns)
    if latest > now_ns - RACY_SECONDS * 1_000_000_000:
        return None
    return [st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, st.st_dev]


def now_ns() -> int:
    return time.time_ns()


class Line:
    """One parsed line of the pack."""

    __slots__ = ("path", "sig", "key", "documents", "count", "rows", "text")

    def __init__(self, text: str) -> None:
        row = json.loads(text)
        path, sig, key, documents, count, rows = row
        if not isinstance(path, str) or not isinstance(key, str) or not isinstance(count, int):
            raise ValueError("bad pack line")
        if rows is not None and len(rows) != count:
            raise ValueError("bad pack line")
        self.path, self.sig, self.key = path, sig, key
        self.documents, self.count, self.rows = int(documents), count, rows
        self.text = text


def line_text(path: str, sig: Signature | None, key: str, documents: int, count: int, rows: list[Any] | None) -> str:
    # ASCII: a path or text may hold lone surrogates (undecodable file names).
    return json.dumps([path, sig, key, documents, count, rows], separators=(",", ":"))


@dataclass
class Note:
    """What the pack knows of one file of a run, until its findings are reported."""

    path: str
    carried: list[str]  # lines of the old pack before this path, to carry over
    old: Line | None
    sig: Signature | None
    key: str = ""  # the content hash, once read ("": unread, or read in ranges)
    keep: str | None = None  # the old line, still true: written as it was


def write_line(out: Writer | None, note: Note, documents: int, count: int, rows: list[Any] | None, crashed: bool) -> None:
    """Write a file's line of the new pack, after the old lines it carries."""
    if out is None:
        return
    out.write(note.carried)
    if note.keep is not None:
        out.write([note.keep])
        return
    if not note.key or crashed:
        out.changed |= note.old is not None
        return  # unread, or a rule crashed: not kept (as lint_unit keeps no entry)
    text = line_text(note.path, note.sig, note.key, documents, count, rows)
    out.changed |= note.old is None or note.old.text != text
    out.write([text])


class Reader:
    """The old pack, read in path order: :meth:`take` hands back the lines of
    the paths before the one asked for (to carry over) and its own line."""

    def __init__(self, folder: Path) -> None:
        self._fh: IO[str] | None
        try:
            self._fh = open(folder / NAME, encoding="utf-8")
            head = json.loads(self._fh.readline())
            if head != {"format": FORMAT}:
                self._close()
        except (OSError, ValueError):
            self._fh = None
        self._next: Line | None = None
        self._last = ""
        self._advance()

    def _close(self) -> None:
        if self._fh is not None:
            self._fh.close()
        self._fh = None

    def _advance(self) -> None:
        self._next = None
        if self._fh is None:
            return
        try:
            text = self._fh.readline()
            if not text.endswith("\n"):
                raise ValueError("cut short")
            line = Line(text.rstrip("\n"))
            if line.path <= self._last and self._last:
                raise ValueError("out of order")
        except (OSError, ValueError, TypeError, UnicodeDecodeError):
            self._close()  # the end, or damage: the rest is looked up by hash
            return
        self._last = line.path
        self._next = line

    def take(self, path: str) -> tuple[list[str], Line | None]:
        carried: list[str] = []
        while self._next is not None and self._next.path < path:
            carried.append(self._next.text)
            self._advance()
        if self._next is not None and self._next.path == path:
            line = self._next
            self._advance()
            return carried, line
        return carried, None

    def rest(self) -> list[str]:
        out: list[str] = []
        while self._next is not None:
            out.append(self._next.text)
            self._advance()
        self._close()
        return out


class Writer:
    """The new pack, written beside the old one and renamed into place at the end."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._fh: IO[str] | None = None
        self._tmp: str | None = None
        self.changed = False
        try:
            fd, self._tmp = tempfile.mkstemp(dir=folder, prefix=".tmp-pack-", suffix=".json")
            self._fh = os.fdopen(fd, "w", encoding="utf-8", newline="\n")
            self._fh.write(json.dumps({"format": FORMAT}) + "\n")
        except OSError:
            self.abort()

    def write(self, lines: Iterator[str] | list[str]) -> None:
        if self._fh is None:
            return
        try:
            for text in lines:
                self._fh.write(text + "\n")
        except OSError:
            self.abort()

    def commit(self) -> None:
        """Put the new pack in place (only when it says something new)."""
        if self._fh is None or self._tmp is None:
            return
        if not self.changed:
            self.abort()
            return
        try:
            self._fh.close()
            self._fh = None
            os.replace(self._tmp, self.folder / NAME)
            self._tmp = None
        except OSError:
            self.abort()

    def abort(self) -> None:
        if self._fh is not None:
            try:
                self._fh.close()
            except OSError:
                pass
            self._fh = None
        if self._tmp is not None:
            try:
                os.unlink(self._tmp)
            except OSError:
                pass
            self._tmp = None
