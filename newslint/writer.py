"""Write a file so that it is always either the old one or the new one.

The new bytes go to a temporary file in the same folder (same file system,
so the rename is atomic), are flushed to disk, get the old file's
permissions, and only then replace the old file with ``os.replace``.  A
crash, a full disk or Ctrl-C before the rename leaves the old file as it
was; the temporary file is removed on any error Python sees.  Just before
the rename the file is read again: if it changed since newslint read it
(an editor saved it meanwhile), it is not overwritten.  Ctrl-C and
termination signals are held back while a file is written, so they stop the
run between two files, never in the middle of one.
"""
from __future__ import annotations

import contextlib
import os
import signal
import stat
import tempfile
from typing import Iterator

from .files import read_file

# Hidden, so a run killed mid-write leaves nothing the next run lints.
TEMP_SUFFIX = ".newslint-tmp"


class WriteError(Exception):
    """The file was not written; the message says why (it is left as it was)."""


def write_atomic(path: str, data: bytes, expected: bytes | None = None, mode: int | None = None) -> None:
    """Replace ``path`` with ``data`` (see :func:`_write`), with Ctrl-C and
    termination signals delivered only once the file is complete."""
    with _signals_held():
        _write(path, data, expected, mode)


# Delivered after the write: Ctrl-C, kill's default, a closed terminal.
_HELD = tuple(getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name))


@contextlib.contextmanager
def _signals_held() -> Iterator[None]:
    if not hasattr(signal, "pthread_sigmask"):  # Windows: the cleanup below still runs
        yield
        return
    old = signal.pthread_sigmask(signal.SIG_BLOCK, _HELD)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


def _write(path: str, data: bytes, expected: bytes | None, mode: int | None) -> None:
    """Replace ``path`` with ``data``; with ``expected`` (the bytes read
    before fixing), refuse when the file no longer holds them.  A new file
    gets ``mode`` (default: what the umask allows), an existing one keeps
    its own permissions."""
    # Through a symlink: replace the file it points to, keep the link.
    target = os.path.realpath(path)
    folder = os.path.dirname(target) or "."
    try:
        old = os.stat(target)
    except FileNotFoundError:
        if expected is not None:
            raise WriteError("deleted since it was read; not written again") from None
        old = None
    except OSError as exc:
        raise WriteError(f"cannot write: {exc.strerror or exc}") from None
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(prefix="." + os.path.basename(target) + ".", suffix=TEMP_SUFFIX, dir=folder)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if old is not None:
            os.chmod(tmp, stat.S_IMODE(old.st_mode))
            _keep_owner(tmp, old)
        else:
            os.chmod(tmp, mode if mode is not None else 0o666 & ~_umask())
        if expected is not None and read_file(target) != expected:
            raise WriteError("changed on disk since it was read; not overwritten (run again)")
        os.replace(tmp, target)
        tmp = None
    except OSError as exc:
        raise WriteError(f"cannot write: {exc.strerror or exc}; the file is unchanged") from None
    finally:
        if tmp is not None:
            _remove(tmp)
    _sync_folder(folder)


def _keep_owner(tmp: str, old: os.stat_result) -> None:
    # Only root may give a file away; for anyone else the owner is already theirs.
    if hasattr(os, "chown") and (old.st_uid, old.st_gid) != _owner(tmp):
        try:
            os.chown(tmp, old.st_uid, old.st_gid)
        except OSError:
            pass


def _owner(path: str) -> tuple[int, int]:
    st = os.stat(path)
    return st.st_uid, st.st_gid


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _remove(path: str) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


def _sync_folder(folder: str) -> None:
    """Make the rename itself durable (where folders can be opened)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
