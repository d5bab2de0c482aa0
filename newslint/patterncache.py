"""Compiled regular expressions kept between runs, as ``__pycache__`` keeps bytecode.

The rules build large alternations from their phrase lists; the ``regex``
module parses and optimises a pattern in Python, which cost about 0.25 s of
every start (about 200 patterns), paid again by every process.  What it
finally hands its C engine is plain data (``Pattern._pickled_data``: the
source, flags and compiled code), and rebuilding a pattern from that data
takes microseconds.  So at the end of a run this module writes that data for
the patterns the run compiled, and at the next start it puts them back into
``regex``'s own compile cache: the rules' unchanged ``regex.compile(...)``
calls then find them there.  The cached object is what ``regex.compile``
would have built, so findings cannot change.

The file is keyed by the versions of newslint, ``regex`` and Python (any
change starts a new file) and kept in the user's own cache folder (never in
the project: it holds engine code, so a file someone else could write is not
read): the folder :mod:`newslint.usercache` names (``NEWSLINT_USER_CACHE``
moves or switches off every user cache; ``NEWSLINT_PATTERN_CACHE=off``
switches off this one, any other value is the folder to use).  Anything
unexpected (another ``regex`` internals layout, an unreadable or foreign
file) leaves ``regex`` to compile as usual.
"""
from __future__ import annotations

import atexit
import marshal
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

import regex

from . import __version__, usercache

ENV = "NEWSLINT_PATTERN_CACHE"
# Short patterns cost little to compile, and a rule that builds a pattern from
# a document's own words would otherwise grow the file on every run.
MIN_SOURCE = 60
# Entries kept at most (regex's own cache holds 500).
MAX_ENTRIES = 400


class _State:
    """This process's file and the (source, flags) pairs it holds; ``loaded``
    is None until :func:`load` ran."""

    loaded: set[tuple[str, int]] | None = None
    file: Path | None = None


_state = _State()


def _internals() -> Any:
    """``regex``'s compile module, if it has the layout this module relies on."""
    main = getattr(regex, "_main", None)
    needed = ("_cache", "_named_args", "_locale_sensitive", "_regex", "DEBUG", "LOCALE")
    if main is None or not all(hasattr(main, name) for name in needed):
        return None
    return main


def cache_file() -> Path | None:
    """Where this installation's patterns are kept (None: switched off)."""
    folder = usercache.folder("", ENV)
    if folder is None:
        return None
    version = regex.__version__ if hasattr(regex, "__version__") else "unknown"
    py = f"{sys.version_info[0]}{sys.version_info[1]}"
    return folder / f"patterns-{__version__}-regex{version}-py{py}.marshal"


def _trusted(path: Path) -> bool:
    """Only a file of this user's that nobody else may write."""
    try:
        st = path.stat()
    except OSError:
        return False
    owner = getattr(os, "getuid", None)
    return (owner is None or st.st_uid == owner()) and not st.st_mode & 0o022


def _valid(entry: Any) -> bool:
    shape = (str, int, bytes, dict, dict, dict, list, int, tuple, int, int)
    if not (isinstance(entry, tuple) and len(entry) == 2 and isinstance(entry[0], int)):
        return False
    data = entry[1]
    return isinstance(data, tuple) and len(data) == len(shape) and all(isinstance(v, t) for v, t in zip(data, shape))


def load() -> None:
    """Put the kept patterns into ``regex``'s cache (once per process) and
    arrange for new ones to be kept at exit."""
    if _state.loaded is not None:
        return
    loaded = _state.loaded = set()
    main = _internals()
    path = cache_file()
    if main is None or path is None:
        return
    _state.file = path
    atexit.register(save)
    if not _trusted(path):
        return
    try:
        stored = marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return
    if not (isinstance(stored, dict) and stored.get("default_version") == int(regex.DEFAULT_VERSION)):
        return
    entries = stored.get("entries")
    if not isinstance(entries, list):
        return
    version = regex.DEFAULT_VERSION
    for entry in entries:
        if not _valid(entry):
            return
        flags, data = entry
        source = data[0]
        try:
            compiled = main._regex.compile(*data)
        except Exception:
            return
        # The three keys regex.compile looks up before it compiles anything.
        main._locale_sensitive[(str, source)] = False
        main._named_args[(source, str, flags)] = frozenset()
        main._cache[(source, str, flags, frozenset(), version, None)] = compiled
        loaded.add((source, flags))


def _compiled_now(main: Any) -> list[tuple[int, tuple[Any, ...]]]:
    """The cacheable patterns in ``regex``'s cache: plain strings, no named
    lists, not locale-dependent, compiled under the current default version."""
    out = []
    for key, compiled in list(main._cache.items()):
        if len(key) != 6:
            continue
        source, kind, flags, args, version, locale = key
        if kind is not str or args or locale is not None or version != regex.DEFAULT_VERSION:
            continue
        if len(source) < MIN_SOURCE or flags & (main.DEBUG | main.LOCALE):
            continue
        if main._locale_sensitive.get((str, source), True):
            continue
        data = getattr(compiled, "_pickled_data", None)
        if isinstance(data, tuple):
            # Flags come as regex.RegexFlag, which marshal does not write.
            entry = (int(flags), tuple(int(v) if isinstance(v, int) else v for v in data))
            # Another regex version may lay the data out otherwise: then keep nothing.
            if _valid(entry):
                out.append(entry)
    return out


def save() -> None:
    """Write the file again if this run compiled patterns it did not hold."""
    main = _internals()
    path = _state.file
    loaded = _state.loaded
    if main is None or path is None or loaded is None:
        return
    entries = _compiled_now(main)
    if not any((data[0], flags) not in loaded for flags, data in entries):
        return
    payload = {"default_version": int(regex.DEFAULT_VERSION), "entries": entries[-MAX_ENTRIES:]}
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".patterns-")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(marshal.dumps(payload))
            # Atomic: a parallel run reads the old file or the new one, never half.
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
    except (OSError, ValueError):
        return
    loaded.update((data[0], flags) for flags, data in entries)
