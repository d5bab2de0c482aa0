"""The typo rule's indexes, built once and kept in the user's cache folder.

Building the word list's frequency table, the deletion index (``deletes``)
and the sound index costs two or three seconds of CPU; reading them back
costs a few tens of milliseconds.  They are built at first use and written
to ``typo/`` in the user cache folder (:mod:`newslint.usercache`:
``~/.cache/newslint/typo``;
``NEWSLINT_USER_CACHE`` moves or switches off every user cache), or to the
folder ``NEWSLINT_TYPO_CACHE`` names (empty: never stored).

Why a cache at first use rather than a data file shipped in the package:
the indexes are derived from wordfreq's installed list, so a shipped file
would go stale (and change findings) whenever wordfreq is upgraded, and
would add megabytes to every checkout.  The cache is keyed by the list
file's size and modification time, the Python version, the index
parameters and the building module's own size and modification time, so an upgrade rebuilds it; on a clean clone nothing needs
building by hand; on a read-only install or home folder the write fails
quietly and the indexes are built in memory as before.

Files are ``marshal`` data (plain strings, floats, lists and dicts; read
several times faster than JSON or pickle, and loading them runs no code),
written to a temporary file and renamed into place, so parallel runs and
interrupted writes leave whole files or none; a damaged or foreign file is
rebuilt.

A missing index the rule builds with default settings is built, with the
others, in a child process (:mod:`newslint.prebuild`), whose memory goes
back to the system when it exits; this process reads the files back.
"""
from __future__ import annotations

import hashlib
import importlib.util
import marshal
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar, cast

from ... import prebuild, usercache

CACHE_ENV = "NEWSLINT_TYPO_CACHE"
# Bumped when what an index holds changes.
_FORMAT = 1

T = TypeVar("T")


def cache_folder() -> Path | None:
    """Where the indexes are kept; None when storing is turned off."""
    return usercache.folder("typo", CACHE_ENV, empty_is_off=True)


def _source_stamp() -> str:
    """The installed word list's size and modification time: found without
    importing wordfreq, which alone costs tens of milliseconds."""
    spec = importlib.util.find_spec("wordfreq")
    if spec is None or spec.origin is None:
        return "no-wordfreq"
    data = Path(spec.origin).parent / "data" / "large_en.msgpack.gz"
    try:
        st = data.stat()
    except OSError:
        return "no-data"
    return f"{st.st_size}-{st.st_mtime_ns}"


def code_stamp(module_file: str) -> str:
    """The size and modification time of the module that builds an index: a
    development checkout whose building code changed is never served a stale
    index."""
    st = os.stat(module_file)
    return f"{st.st_size}-{st.st_mtime_ns}"


def _path(folder: Path, name: str, params: str) -> Path:
    key = f"{_FORMAT}|{sys.version_info[:2]}|{marshal.version}|{_source_stamp()}|{params}"
    return folder / f"{name}-{hashlib.sha1(key.encode()).hexdigest()[:16]}.marshal"


def stored(name: str, params: str, kind: type, build: Callable[[], T]) -> T:
    """The index ``name`` built with ``params`` (a string naming the
    parameters it depends on), read from the cache when it is there and of
    the ``kind`` expected, else built and stored."""
    folder = cache_folder()
    if folder is None:
        return build()
    path = _path(folder, name, params)
    loaded = _read(path, kind)
    if loaded is _MISSING and name in prebuild.NAMES and prebuild.ensure():
        loaded = _read(path, kind)
    if loaded is not _MISSING:
        return cast(T, loaded)
    value = build()
    write(path, value)
    return value


_MISSING = object()


def _read(path: Path, kind: type) -> Any:
    """The value kept at ``path`` if it is a ``kind``, else ``_MISSING``."""
    try:
        # One read, then loads: marshal.load on a file object reads it in
        # small pieces, several times slower.
        loaded: Any = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return _MISSING
    return loaded if isinstance(loaded, kind) else _MISSING


def write(path: Path, value: Any) -> None:
    """Keep ``value`` as marshal data at ``path`` (whole or not at all); a
    read-only folder is no error."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                marshal.dump(value, fh)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
        _prune(path)
    except OSError:
        pass  # a read-only cache folder: built in memory on every start, as before


# Each wordfreq release, Python version or edit of a building module makes
# new files; the newest few of each index are kept (several installations
# may share the folder), older ones removed.
_KEEP = 4


def _prune(path: Path) -> None:
    name = path.name.split("-", 1)[0]
    siblings = sorted(path.parent.glob(f"{name}-*.marshal"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in siblings[_KEEP:]:
        old.unlink(missing_ok=True)
