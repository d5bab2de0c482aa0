"""The per-user cache folder: what newslint keeps between runs on one machine.

What lives there is derived data that a run rebuilds when it is missing
or stale: the compiled patterns (:mod:`newslint.patterncache`,
``patterns-*.marshal`` at the top), the typo rule's indexes and dictionary
answers (:mod:`newslint.rules.typos.store`, in ``typo/``), wordfreq's common
words for the attribution rules (:mod:`newslint.rules.attribution.frequencies`,
in ``attribution/``), the entry-point
scan (``entry-points/``) and the kept plain runs (:mod:`newslint.replay`,
``replay/``; replay.py works this folder out itself, on Linux, so as to
import nothing).  The typo and attribution parts are built by a child
process (:mod:`newslint.prebuild`), so the linting process keeps none of
the building's memory.  The findings cache is
another matter: it belongs to a project (``.newslint_cache/``, ``--cache-dir``).

The folder is ``$XDG_CACHE_HOME/newslint`` (``~/.cache/newslint``;
``~/Library/Caches/newslint`` on macOS, ``%LOCALAPPDATA%\\newslint`` on
Windows).  ``NEWSLINT_USER_CACHE`` names another folder, or switches both
off (``off``, ``0``, ``no``, ``false``).  The older per-part variables are
still honoured and win for their part: ``NEWSLINT_PATTERN_CACHE`` (a folder,
or ``off``) and ``NEWSLINT_TYPO_CACHE`` (a folder; empty: off).
"""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ENV = "NEWSLINT_USER_CACHE"
_OFF = ("off", "0", "no", "false")


def base_folder() -> Path | None:
    """The user cache folder (not created here); None when switched off or
    when there is no home folder to put it in (a bare container)."""
    chosen = os.environ.get(ENV, "")
    if chosen.lower() in _OFF:
        return None
    if chosen:
        return Path(chosen)
    try:
        if sys.platform == "win32" and os.environ.get("LOCALAPPDATA"):
            base = Path(os.environ["LOCALAPPDATA"])
        elif sys.platform == "darwin":
            base = Path.home() / "Library" / "Caches"
        else:
            base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    except RuntimeError:
        return None
    return base / "newslint"


def folder(part: str, legacy_env: str, empty_is_off: bool = False) -> Path | None:
    """The folder of one part (``""``: the top folder itself), or None when
    switched off.  ``legacy_env``, when set, names that part's folder
    directly (or switches it off); ``empty_is_off``: whether that variable
    set but empty means off (the typo store's old meaning) or unset."""
    legacy = os.environ.get(legacy_env)
    if legacy is not None and (legacy or empty_is_off):
        return None if legacy.lower() in _OFF or not legacy else Path(legacy)
    base = base_folder()
    if base is None:
        return None
    return base / part if part else base


def file_stamp(path: Path) -> str:
    """A file's name, size and modification time (``name:-`` when it is
    missing): what a kept part depends on when that file is its source."""
    try:
        st = path.stat()
    except OSError:
        return f"{path.name}:-"
    return f"{path.name}:{st.st_size}:{st.st_mtime_ns}"


def write_file(path: Path, data: bytes, prefix: str) -> None:
    """Replace ``path`` with ``data`` in one step, creating its private folder.

    A parallel run reads the old file or the new one, never half; an
    interrupted write leaves the old file and no temporary one.  Raises
    OSError for the caller to shrug off (a cache that cannot be written is
    only slower)."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=prefix)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise
