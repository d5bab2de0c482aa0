"""newslint's entry points and the versions a run reports, without a metadata
scan at every start.

``importlib.metadata`` costs a start about a tenth of a second: importing it
(with ``email``, ``zipfile``, ``csv``), listing every distribution on
``sys.path``, and parsing the METADATA of each one that declares newslint
entry points.  What it answers changes only when something is installed,
removed or upgraded, and each of those adds or removes a ``*.dist-info``
folder, which changes the modification time of the folder holding it.  So
the answer is kept in the user cache folder (:mod:`newslint.usercache`),
one file per ``sys.path``, checked against every entry's modification time (and the
``entry_points.txt`` files it came from with theirs), and the scan runs again
when any of them differ.  The file names the modules a run imports, so it is
read only when it belongs to the user and nobody else may write it, as the
pattern cache is; ``NEWSLINT_USER_CACHE=off`` scans every time.
"""
from __future__ import annotations

import functools
import hashlib
import importlib
import json
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import usercache

FORMAT = 1
GROUP = "newslint"
# Distributions whose versions the findings cache keys on (newslint/cache.py).
DEPENDENCIES = ("regex", "wordfreq", "chunspell", "ftfy", "pluggy")
# importlib.metadata's own grammar of an entry point's value.
_VALUE = re.compile(r"(?P<module>[\w.]+)\s*(:\s*(?P<attr>[\w.]+)\s*)?((?P<extras>\[.*\])\s*)?$")


@dataclass(frozen=True)
class EntryPoint:
    """One newslint entry point of one distribution, in ``importlib.metadata``'s order."""

    dist: str  # the distribution's name as its METADATA gives it
    version: str
    name: str
    value: str

    def load(self) -> Any:
        """What ``importlib.metadata.EntryPoint.load`` returns."""
        match = _VALUE.match(self.value)
        if match is None:
            raise ValueError(f"malformed entry point value {self.value!r}")
        module = importlib.import_module(match.group("module"))
        attrs = filter(None, (match.group("attr") or "").split("."))
        return functools.reduce(getattr, attrs, module)


@dataclass(frozen=True)
class Scan:
    entry_points: tuple[EntryPoint, ...]
    versions: dict[str, str]  # DEPENDENCIES -> version ("" when not installed)


_last: list[Any] = []  # [stamp, Scan, sources] of this process's last scan


def scan() -> Scan:
    """The entry points and versions, from the kept file when ``sys.path`` is as it was."""
    stamp = _path_stamp()
    if _last and _last[0] == stamp:
        return _last[1]
    file = _file()
    kept = _read(file, stamp) if file is not None else None
    if kept is None:
        found, sources = _scan()
        if file is not None:
            _write(file, stamp, found, sources)
    else:
        found, sources = kept
    _last[:] = [stamp, found, sources]
    return found


def watched() -> list[tuple[str, int]]:
    """The files and folders whose modification times the last scan is valid
    for, with those times: the ``sys.path`` entries and the
    ``entry_points.txt`` files (newslint/replay.py checks them)."""
    scan()
    stamp, _, sources = _last
    return [(p or ".", m) for p, m in stamp[1]] + [(src, _mtime(src)) for src in sources]


def _scan() -> tuple[Scan, list[str]]:
    from importlib import metadata

    eps: list[EntryPoint] = []
    sources: list[str] = []
    for dist in metadata.distributions():
        # Parsing METADATA is the slow part of discovery: only for the few
        # distributions that declare newslint entry points.
        mine = [ep for ep in dist.entry_points if ep.group == GROUP]
        if not mine:
            continue
        name = dist.metadata["Name"] or ""
        eps.extend(EntryPoint(name, dist.version, ep.name, ep.value) for ep in mine)
        where = getattr(dist, "_path", None)
        if where is not None:
            sources.append(str(Path(where) / "entry_points.txt"))
    versions = {}
    for name in DEPENDENCIES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = ""
    return Scan(tuple(eps), versions), sources


def _mtime(path: str) -> int:
    try:
        return os.stat(path).st_mtime_ns
    except OSError:
        return -1


def _path_stamp() -> list[Any]:
    return [sys.version, [[p, _mtime(p or ".")] for p in sys.path]]


def _file() -> Path | None:
    """One file per ``sys.path`` (``python -m`` puts the working folder first)."""
    folder = usercache.base_folder()
    if folder is None:
        return None
    where = hashlib.blake2b("\0".join([sys.version, *sys.path]).encode("utf-8", "surrogatepass"), digest_size=8)
    return folder / "entry-points" / f"{where.hexdigest()}.json"


def _trusted(path: Path) -> bool:
    from .patterncache import _trusted as trusted

    return trusted(path)


def _read(file: Path, stamp: list[Any]) -> tuple[Scan, list[str]] | None:
    if not _trusted(file):
        return None
    try:
        kept = json.loads(file.read_text(encoding="utf-8"))
        if kept.get("format") != FORMAT or kept.get("stamp") != stamp:
            return None
        if any(_mtime(src) != mtime for src, mtime in kept["sources"]):
            return None
        eps = tuple(EntryPoint(*map(str, ep)) for ep in kept["entry_points"])
        versions = {name: str(kept["versions"][name]) for name in DEPENDENCIES}
        sources = [str(src) for src, _ in kept["sources"]]
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return None
    return Scan(eps, versions), sources


def _write(file: Path, stamp: list[Any], found: Scan, sources: list[str]) -> None:
    payload = {
        "format": FORMAT,
        "stamp": stamp,
        "sources": [[src, _mtime(src)] for src in sources],
        "entry_points": [[ep.dist, ep.version, ep.name, ep.value] for ep in found.entry_points],
        "versions": found.versions,
    }
    try:
        usercache.write_file(file, json.dumps(payload).encode("utf-8"), ".entry-points-")
    except OSError:
        return
