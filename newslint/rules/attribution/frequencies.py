"""wordfreq's common words, kept in the user cache folder between runs.

:func:`.placement.common` asks whether a word is common (NL401's labels and
initials, NL403's capitalised sentence openers).  Reading the answer from
wordfreq costs a process about 0.13 CPU s: 0.09 to import wordfreq and
0.05 to read its bands down to ``placement._LISTED_ZIPF``; most runs ask a
few dozen words.  The table read from the bands is a function of wordfreq's
list file and code and of the module that reads it, so it is kept as
marshal data (``attribution/common-*.marshal`` in the folder
:mod:`newslint.usercache` names; ``NEWSLINT_USER_CACHE=off`` switches it off)
under a key of their sizes and modification times, found without importing
wordfreq; a later run reads it back in a few milliseconds.  A missing,
damaged or foreign file is read from wordfreq again (and written whole or
not at all: :func:`newslint.usercache.write_file`); a folder that cannot be
written only costs the time.
"""
from __future__ import annotations

import hashlib
import importlib.util
import marshal
import os
import sys
from pathlib import Path
from typing import Callable

from ... import usercache

# Bumped when what the table holds changes.
_FORMAT = 1
# Each change of a key makes a new file; the newest few are kept (several
# installations may share the folder), the older ones removed.
_KEEP = 4


def _key(reader: str) -> str | None:
    """What the table depends on: wordfreq's English list and code, the
    reading module (``reader``, a file), Python's and marshal's versions."""
    spec = importlib.util.find_spec("wordfreq")
    if spec is None or spec.origin is None:
        return None
    package = Path(spec.origin).parent
    parts = [str(_FORMAT), str(sys.version_info[:2]), str(marshal.version), usercache.file_stamp(Path(reader))]
    parts += [usercache.file_stamp(package / name) for name in ("__init__.py", "data/large_en.msgpack.gz")]
    return hashlib.sha1("\n".join(parts).encode("utf-8", "surrogatepass")).hexdigest()[:16]


def kept_table(reader: str, build: Callable[[], dict[str, float]], prebuilt: bool = False) -> dict[str, float]:
    """The table ``build`` reads from wordfreq, kept between runs; ``prebuilt``:
    a missing one is first asked of the child builder (:mod:`newslint.prebuild`),
    which builds it as this process would, without keeping wordfreq's memory
    here."""
    base = usercache.base_folder()
    key = _key(reader) if base is not None else None
    if base is None or key is None:
        return build()
    folder = base / "attribution"
    path = folder / f"common-{key}.marshal"
    loaded = _read(path)
    if loaded is None and prebuilt:
        from ... import prebuild

        if prebuild.ensure():
            loaded = _read(path)
    if loaded is not None:
        return loaded
    table = build()
    try:
        usercache.write_file(path, marshal.dumps(table), ".common-")
        _prune(folder)
    except (OSError, ValueError):
        pass  # a read-only folder: read from wordfreq on every start, as before
    return table


def _read(path: Path) -> dict[str, float] | None:
    try:
        loaded = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None
    return loaded if isinstance(loaded, dict) else None


def _prune(folder: Path) -> None:
    files = sorted(folder.glob("common-*.marshal"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in files[_KEEP:]:
        try:
            os.unlink(old)
        except OSError:
            pass
