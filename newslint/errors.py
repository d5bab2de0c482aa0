"""Exceptions that end in a one-line message instead of a traceback, and the
helpers that write those lines: where in a plugin's code something failed, and
"did you mean" hints."""
from __future__ import annotations

import difflib
import inspect
import os
import sysconfig
from pathlib import Path
from typing import Any, Iterable, Sequence


class NewslintError(Exception):
    """Base class: a problem the user can fix, reported in one line, exit 2."""


class ConfigError(NewslintError):
    """A configuration file or command-line setting is wrong."""


class PluginError(NewslintError):
    """A plugin failed to load or broke the plugin contract."""


class ReadError(Exception):
    """A file cannot be turned into documents.

    Raised by readers for a whole file, or returned among the documents for one
    bad record of a multi-record file; reported as NL001 (unreadable) at
    ``line``/``column`` and the run goes on.
    """

    def __init__(
        self, message: str, line: int = 1, column: int = 1, record: int | None = None
    ) -> None:
        super().__init__(message)
        self.message = message
        self.line = line
        self.column = column
        self.record = record


# -- hints -----------------------------------------------------------------------


def close_match(word: str, choices: Iterable[str], cutoff: float = 0.6) -> str | None:
    """The choice closest to a misspelt ``word``, if any is close enough."""
    found = difflib.get_close_matches(word, list(choices), n=1, cutoff=cutoff)
    return found[0] if found else None


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """`` (did you mean 'x'?)`` for the closest choice, or an empty string."""
    close = close_match(word, choices)
    return f" (did you mean '{close}'?)" if close else ""


# -- where an exception happened ----------------------------------------------------


def one_line(exc: BaseException) -> str:
    """``TypeError: message`` with the message's white space collapsed."""
    text = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def show_path(path: str | Path) -> str:
    """A path relative to the working folder when inside it, for short messages."""
    path = str(path)
    if not os.path.isabs(path):
        return path
    try:
        rel = os.path.relpath(path)
    except ValueError:
        return path
    return path if rel.startswith("..") else rel


def code_file(fn: Any) -> str:
    """The file a function was defined in ('' for builtins and callables without code)."""
    fn = inspect.unwrap(fn)
    code = getattr(fn, "__code__", None)
    if code is None:
        # A callable object: its class's __call__ method's code.
        method = vars(type(fn)).get("__call__") if callable(fn) else None
        code = getattr(method, "__code__", None)
    return code.co_filename if code else ""


def _library_dirs() -> tuple[str, ...]:
    paths = sysconfig.get_paths()
    return tuple({os.path.normpath(paths[k]) + os.sep for k in ("stdlib", "platstdlib", "purelib", "platlib")})


def exception_site(exc: BaseException, roots: Sequence[str], prefer_project: bool = False) -> str:
    """``path:line`` of the deepest traceback frame inside ``roots`` (files or
    folders), or with ``prefer_project`` outside the library folders."""
    if isinstance(exc, SyntaxError) and exc.filename and exc.lineno:
        return f"{show_path(exc.filename)}:{exc.lineno}"
    libraries = _library_dirs() if prefer_project else ()
    roots = [os.path.normpath(r) for r in roots if r]
    found = ""
    tb = exc.__traceback__
    while tb is not None:
        name = tb.tb_frame.f_code.co_filename
        if prefer_project:
            hit = not name.startswith("<") and not os.path.normpath(name).startswith(libraries)
        else:
            norm = os.path.normpath(name)
            hit = any(norm == r or norm.startswith(r + os.sep) for r in roots)
        if hit:
            found = f"{show_path(name)}:{tb.tb_lineno}"
        tb = tb.tb_next
    return found


def crash_site(exc: BaseException, fn: Any) -> str:
    """``path:line`` where code called through ``fn`` raised, as its author
    would look for it: the deepest frame in ``fn``'s own folder (its package;
    for a top-level module, its file), else the deepest frame in project code
    (not the standard library or an installed dependency)."""
    own = code_file(fn)
    module = getattr(inspect.unwrap(fn), "__module__", "") or ""
    roots = [os.path.dirname(own) if "." in module else own] if own else []
    return exception_site(exc, roots) or exception_site(exc, [own], prefer_project=True)


def reporter_failure(format_name: str, reporter: Any, exc: BaseException) -> PluginError:
    """A one-line error for an output format whose reporter raised."""
    site = crash_site(exc, reporter)
    where = f" at {site}" if site else ""
    return PluginError(f"output format {format_name}{where} failed: {one_line(exc)}")
