"""Phrase tries kept between runs, beside the compiled patterns.

:func:`newslint.phrase_trie.factored` turns a phrase list into a trie-shaped
alternation in Python: about a tenth of a second of every start for the
rules' lists (the attribution family's subjects and verbs, the speech
verbs), paid before ``regex`` even sees the pattern (whose compiled form
:mod:`newslint.patterncache` keeps).  The result is a pure function of the
list, so this module keeps (list, result) pairs in the user cache folder and
hands the result back when the same list comes again.

The file is named by a hash of ``phrase_trie.py``'s own source and of the
``regex`` and Python versions, so an edited trie builder never reads old
results; it is read only when it belongs to the user and nobody else may
write it (the pattern cache's rule), written atomically at exit when the run
built tries it did not hold, and ignored when damaged.  The pattern cache's
switches apply: ``NEWSLINT_PATTERN_CACHE=off`` or ``NEWSLINT_USER_CACHE=off``.
"""
from __future__ import annotations

import atexit
import hashlib
import marshal
import sys
from pathlib import Path
from typing import Any, Sequence

import regex

from . import patterncache, usercache

# The entries kept at most (the rules build a few dozen lists).
MAX_ENTRIES = 300

Key = tuple[tuple[str, ...], tuple["str | None", ...], bool]


class _Memo:
    def __init__(self) -> None:
        self.entries: dict[Key, str] | None = None
        self.new = False
        self.file: Path | None = None


_memo = _Memo()


def _file(code: str) -> Path | None:
    folder = usercache.folder("", patterncache.ENV)
    if folder is None:
        return None
    try:
        source = Path(code).read_bytes()
    except OSError:
        return None
    version = getattr(regex, "__version__", "unknown")
    stamp = hashlib.blake2b(source + f"\0{version}\0{sys.version}".encode(), digest_size=8).hexdigest()
    return folder / f"tries-{stamp}.marshal"


def _load(code: str) -> dict[Key, str]:
    entries: dict[Key, str] = {}
    _memo.entries = entries
    path = _file(code)
    if path is None:
        return entries
    _memo.file = path
    atexit.register(save)
    if not patterncache._trusted(path):
        return entries
    try:
        stored = marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return entries
    if not isinstance(stored, list):
        return entries
    for item in stored:
        if not _valid(item):
            entries.clear()
            return entries
        sources, plain, caseless, result = item
        entries[(sources, plain, caseless)] = result
    return entries


def _valid(item: Any) -> bool:
    if not (isinstance(item, tuple) and len(item) == 4):
        return False
    sources, plain, caseless, result = item
    return (
        isinstance(sources, tuple)
        and isinstance(plain, tuple)
        and len(sources) == len(plain)
        and all(isinstance(s, str) for s in sources)
        and all(p is None or isinstance(p, str) for p in plain)
        and isinstance(caseless, bool)
        and isinstance(result, str)
    )


def get(code: str, sources: Sequence[str], plain: Sequence[str | None], caseless: bool) -> tuple[Key, str | None]:
    """(the key, the kept result or None); ``code`` is the trie builder's file."""
    entries = _memo.entries if _memo.entries is not None else _load(code)
    key: Key = (tuple(sources), tuple(plain), bool(caseless))
    return key, entries.get(key)


def put(key: Key, result: str) -> None:
    if _memo.entries is not None and len(_memo.entries) < MAX_ENTRIES:
        _memo.entries[key] = result
        _memo.new = True


def save() -> None:
    """Write the file again if this run built tries it did not hold."""
    path, entries = _memo.file, _memo.entries
    if path is None or entries is None or not _memo.new:
        return
    payload = [(*key, result) for key, result in entries.items()]
    try:
        usercache.write_file(path, marshal.dumps(payload), ".tries-")
    except (OSError, ValueError):
        return
    _memo.new = False
