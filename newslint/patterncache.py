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

A pattern the file gave that no lookup of the run asked for is written
again for at most ``MAX_IDLE`` saves, then left out: the file holds what
today's rules and phrase lists compile, not everything earlier ones did.

The file is keyed by the versions of newslint, ``regex`` and Python (any
change starts a new file) and kept in the user's own cache folder (never in
the project: it holds engine code, so a file someone else could write is not
read): the folder :mod:`newslint.usercache` names (``NEWSLINT_USER_CACHE``
moves or switches off every user cache; ``NEWSLINT_PATTERN_CACHE=off``
switches off this one, any other value is the folder to use).  Anything
unexpected (another ``regex`` internals layout, an unreadable or foreign
file) leaves ``regex`` to compile as usual.

Patterns of the standard ``re`` module (the AI family's lists) are kept the
same way in the same file: ``re`` too hands its C engine plain data (the
source, flags, the compiled code as a list of integers, the groups), which
``_sre.compile`` turns back into the very object ``re.compile`` returns.
``re`` does not expose that code, so it is worked out again at exit (once,
for the patterns the file did not hold) with ``re``'s own parser and code
generator, and checked against the pattern it stands for.  That part is
keyed by the exact Python build and ``_sre``'s format number, and left out
on any other layout of ``re``'s internals.
"""
from __future__ import annotations

import _sre
import atexit
import marshal
import os
import re
import sys
from pathlib import Path
from typing import Any

import regex

from . import __version__, usercache

ENV = "NEWSLINT_PATTERN_CACHE"
# Short patterns cost little to compile, and a rule that builds a pattern from
# a document's own words would otherwise grow the file on every run: one
# compiled after the first document began is kept only from this length.
# Those compiled before it (the rule modules' own, at import) are kept
# whatever their length: about 150 short ones cost 15 ms of every start.
MIN_SOURCE = 60
# Entries kept at most (regex's own cache holds 500).
MAX_ENTRIES = 400
# Saves a kept pattern may go unasked for before it is dropped.
MAX_IDLE = 8
# re's own cache holds 512, and a run compiles some of its own.
RE_MAX_ENTRIES = 450


class _State:
    """This process's file and the (source, flags) pairs it holds; ``loaded``
    is None until :func:`load` ran."""

    loaded: set[tuple[str, int]] | None = None
    # The same for re's patterns: (source, flags as given to re.compile).
    re_loaded: set[tuple[str, int]] = set()
    file: Path | None = None
    # Saves each kept pattern has gone unasked for: as read, and for the next file.
    idle: dict[tuple[str, str, int], int] = {}
    next_idle: dict[tuple[str, str, int], int] = {}
    # The regex and re caches' keys when the first document began (None: not yet).
    before_documents: frozenset[Any] | None = None
    re_before_documents: frozenset[Any] = frozenset()


_state = _State()


class _Asked(dict[Any, Any]):
    """A compile cache (``regex``'s or ``re``'s), noting which keys a run looked up.

    A kept pattern no rule asks for any more (a phrase list edited, a rule
    changed) would otherwise be compiled at every start and written back at
    every save: the file filled up with them to its cap, costing every run
    tens of MB and a tenth of a second.  ``regex`` and ``re`` (3.11) read
    their cache with ``_cache[key]``, ``re`` of 3.12 and later with
    ``_cache.pop(key, None)``, so a lookup that finds a pattern passes here."""

    asked: set[Any]

    def __getitem__(self, key: Any) -> Any:
        value = dict.__getitem__(self, key)
        self.asked.add(key)
        return value

    def pop(self, key: Any, *default: Any) -> Any:
        if key in self:
            self.asked.add(key)
        return dict.pop(self, key, *default)


def _track(module: Any) -> None:
    """Put an :class:`_Asked` in place of ``module._cache`` (same contents)."""
    if not isinstance(module._cache, _Asked):
        tracked = _Asked(module._cache)
        tracked.asked = set()
        module._cache = tracked


def _keep(cache: Any, key: Any, from_file: bool, ident: tuple[str, str, int]) -> bool:
    """Whether a save writes this cached pattern again.  One the file gave and
    no lookup of this run found is kept for ``MAX_IDLE`` saves (another
    project's or another document's patterns come back), then dropped."""
    asked = getattr(cache, "asked", None)
    if not from_file or asked is None or key in asked:
        return True
    idle = _state.idle.get(ident, 0) + 1
    _state.next_idle[ident] = idle
    return idle <= MAX_IDLE


def _read_idle(stored: Any) -> None:
    """The idle counts a file holds: ``[kind, source, flags, saves]`` items."""
    if isinstance(stored, list):
        for item in stored:
            if isinstance(item, list) and len(item) == 4 and all(isinstance(v, t) for v, t in zip(item, (str, str, int, int))):
                _state.idle[(item[0], item[1], item[2])] = item[3]


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
    _track(main)
    atexit.register(save)
    if not _trusted(path):
        return
    try:
        stored = marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return
    if not (isinstance(stored, dict) and stored.get("default_version") == int(regex.DEFAULT_VERSION)):
        return
    _read_idle(stored.get("idle"))
    _load_re(stored.get("re"))
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


def documents_begin() -> None:
    """Note the patterns compiled so far: the rules' own, not any document's
    (see ``MIN_SOURCE``).  The engine calls it at each document; only the
    first call does anything."""
    if _state.before_documents is None:
        main = _internals()
        _state.before_documents = frozenset(main._cache) if main is not None else frozenset()
        _state.re_before_documents = frozenset(getattr(re, "_cache", ()))


def _compiled_now(main: Any) -> list[tuple[int, tuple[Any, ...]]]:
    """The cacheable patterns in ``regex``'s cache: plain strings, no named
    lists, not locale-dependent, compiled under the current default version;
    of those the file gave, only the ones this run asked for."""
    out = []
    loaded = _state.loaded or set()
    for key, compiled in list(main._cache.items()):
        if len(key) != 6:
            continue
        source, kind, flags, args, version, locale = key
        if not _keep(main._cache, key, (source, int(flags)) in loaded, ("regex", source, int(flags))):
            continue
        if kind is not str or args or locale is not None or version != regex.DEFAULT_VERSION:
            continue
        if len(source) < MIN_SOURCE and key not in (_state.before_documents or ()) or flags & (main.DEBUG | main.LOCALE):
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
    re_entries = _re_compiled_now()
    if not any((data[0], flags) not in loaded for flags, data in entries) and not any(
        (e[0], e[1]) not in _state.re_loaded for e in re_entries
    ):
        return
    payload: dict[str, Any] = {"default_version": int(regex.DEFAULT_VERSION), "entries": entries[-MAX_ENTRIES:]}
    if _state.next_idle:
        payload["idle"] = [[*ident, n] for ident, n in _state.next_idle.items() if n <= MAX_IDLE]
    if re_entries:
        payload["re"] = {"build": _re_build(), "entries": re_entries[-RE_MAX_ENTRIES:]}
    try:
        usercache.write_file(path, marshal.dumps(payload), ".patterns-")
    except (OSError, ValueError):
        return
    loaded.update((data[0], flags) for flags, data in entries)
    _state.re_loaded.update((e[0], e[1]) for e in re_entries)


# -- the standard re module ---------------------------------------------------------


def _re_internals() -> Any:
    """``re``'s compiler, if it has the layout this module relies on (3.11-3.13)."""
    compiler = getattr(re, "_compiler", None)
    parser = getattr(re, "_parser", None)
    if compiler is None or parser is None or not isinstance(getattr(re, "_cache", None), dict):
        return None
    if not (hasattr(compiler, "_code") and hasattr(parser, "parse") and hasattr(_sre, "compile")):
        return None
    return compiler


def _re_build() -> list[Any]:
    """What the compiled code's format depends on: the exact Python build and _sre's format."""
    return [sys.hexversion, sys.version, int(getattr(_sre, "MAGIC", 0))]


_RE_SHAPE = (str, int, str, int, list, int, dict, tuple)


def _re_valid(entry: Any) -> bool:
    # (source, flags given, source again, final flags, code, groups, groupindex, indexgroup)
    return (
        isinstance(entry, list)
        and len(entry) == len(_RE_SHAPE)
        and all(isinstance(v, t) for v, t in zip(entry, _RE_SHAPE))
        and entry[0] == entry[2]
    )


def _load_re(stored: Any) -> None:
    if _re_internals() is None or not isinstance(stored, dict) or stored.get("build") != _re_build():
        return
    entries = stored.get("entries")
    if not isinstance(entries, list) or not all(_re_valid(e) for e in entries):
        return
    _track(re)
    for source, given, *data in entries:
        try:
            compiled = _sre.compile(*data)
        except Exception:
            return
        re._cache[(str, source, given)] = compiled  # type: ignore[attr-defined]
        _state.re_loaded.add((source, given))
        _re_kept[(source, given)] = [source, given, *data]


def _re_compiled_now() -> list[list[Any]]:
    """re's cached patterns worth keeping, as the data _sre.compile takes."""
    compiler = _re_internals()
    if compiler is None:
        return []
    out: list[list[Any]] = []
    for key, compiled in list(re._cache.items()):  # type: ignore[attr-defined]
        if not (isinstance(key, tuple) and len(key) == 3):
            continue
        kind, source, given = key
        if kind is not str or not isinstance(given, int) or len(source) < MIN_SOURCE and key not in _state.re_before_documents:
            continue
        if not _keep(re._cache, key, (source, given) in _state.re_loaded, ("re", source, given)):  # type: ignore[attr-defined]
            continue
        if given & (re.DEBUG | re.LOCALE) or not isinstance(compiled, re.Pattern):
            continue
        entry = _re_entry(compiler, source, given, compiled)
        if entry is not None:
            out.append(entry)
    return out


_re_kept: dict[tuple[str, int], list[Any]] = {}


def _re_entry(compiler: Any, source: str, given: int, compiled: re.Pattern[str]) -> list[Any] | None:
    """The data ``re.compile(source, given)`` handed _sre, checked against ``compiled``
    (worked out once a process: the file's own entries are known already)."""
    kept = _re_kept.get((source, given))
    if kept is not None:
        return kept
    try:
        parsed = re._parser.parse(source, given)
        code = compiler._code(parsed, given)
        groupindex = dict(parsed.state.groupdict)
        indexgroup = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        # Opcodes are int subclasses, which marshal does not write.
        data = [source, int(given | parsed.state.flags), [int(c) for c in code], int(parsed.state.groups - 1), groupindex,
                tuple(indexgroup)]
        again = _sre.compile(*data)
    except Exception:
        return None
    # Patterns compare by source, flags and compiled code.
    if again != compiled or again.groups != compiled.groups or dict(again.groupindex) != dict(compiled.groupindex):
        return None
    entry = [source, given, *data]
    if not _re_valid(entry):
        return None
    _re_kept[(source, given)] = entry
    return entry
