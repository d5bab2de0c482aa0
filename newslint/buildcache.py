"""Results of the rules' build-time string work kept between runs.

Before ``regex`` or ``re`` compiles a pattern (whose compiled form
:mod:`newslint.patterncache` keeps), the rules work out its source in
Python: phrase lists factored into tries (``phrase_trie.py``), NL502's
alternations regrouped by first character and freed of redundant ``\\b``
(``ai_content/dispatch.py``, ``word_start.py``), the literal strings every
match of a gate holds (``ai_content/heads.py``).  Each is a pure function of
its arguments and of its own code, and together they cost about a tenth of a
second of every start, paid again by every process.  A function decorated
with :func:`kept` has its results kept in the user cache folder and handed
back when the same arguments come again.

Each function has its own file, named by a hash of the source files it
depends on (its own module and any named) and of the ``regex`` and Python
versions, so edited code never reads old results.  A file is read only when
it belongs to the user and nobody else may write it (the pattern cache's
rule), written atomically at exit when the run computed results it did not
hold, and ignored when damaged or when a kept result fails the function's
check.  The pattern cache's switches apply: ``NEWSLINT_PATTERN_CACHE=off``
or ``NEWSLINT_USER_CACHE=off``.
"""
from __future__ import annotations

import atexit
import functools
import hashlib
import marshal
import sys
from pathlib import Path
from typing import Any, Callable, Sequence, TypeVar

import regex

from . import patterncache, usercache

F = TypeVar("F", bound=Callable[..., Any])

# The entries one function keeps at most: a bound on a file that grows with
# every distinct input.  NL502's gates call heads.contained_strings with about
# 500 patterns since branches leak17 and leak18; at the old bound of 300 the
# other 200 were worked out again at every start (0.3 s of each process).
MAX_ENTRIES = 2000


def strings(value: Any) -> bool:
    """A check for results that are a string."""
    return isinstance(value, str)


def booleans(value: Any) -> bool:
    """A check for results that are True or False."""
    return isinstance(value, bool)


def string_set_or_none(value: Any) -> bool:
    """A check for results that are None or a frozenset of strings."""
    return value is None or (isinstance(value, frozenset) and all(isinstance(s, str) for s in value))


def _key(args: tuple[Any, ...]) -> tuple[Any, ...]:
    # Lists become tuples so that the arguments can key a dict; marshal keeps both.
    return tuple(tuple(a) if isinstance(a, list) else a for a in args)


# Files kept per function: several installations may share the folder.
KEEP = 4


class _Memo:
    """One decorated function's kept results; ``entries`` is None until first use."""

    def __init__(self, name: str, code: Sequence[str], check: Callable[[Any], bool]) -> None:
        self.name = name
        self.code = code
        self.check = check
        self.entries: dict[tuple[Any, ...], Any] | None = None
        self.new = False
        self.file: Path | None = None

    def path(self) -> Path | None:
        folder = usercache.folder("", patterncache.ENV)
        if folder is None:
            return None
        try:
            source = b"\0".join(Path(f).read_bytes() for f in self.code)
        except OSError:
            return None
        version = getattr(regex, "__version__", "unknown")
        stamp = hashlib.blake2b(source + f"\0{version}\0{sys.version}".encode(), digest_size=8).hexdigest()
        return folder / f"built-{self.name}-{stamp}.marshal"

    def load(self) -> dict[tuple[Any, ...], Any]:
        entries: dict[tuple[Any, ...], Any] = {}
        self.entries = entries
        path = self.path()
        if path is None:
            return entries
        self.file = path
        atexit.register(self.save)
        if not patterncache._trusted(path):
            return entries
        try:
            stored = marshal.loads(path.read_bytes())
        except (OSError, ValueError, EOFError, TypeError):
            return entries
        if not isinstance(stored, list):
            return entries
        for item in stored:
            if not (isinstance(item, tuple) and len(item) == 2 and isinstance(item[0], tuple) and self.check(item[1])):
                entries.clear()
                return entries
            entries[item[0]] = item[1]
        return entries

    def save(self) -> None:
        """Write the file again if this run computed results it did not hold."""
        if self.file is None or self.entries is None or not self.new:
            return
        try:
            usercache.write_file(self.file, marshal.dumps(list(self.entries.items())), ".built-")
        except (OSError, ValueError):
            return
        self.new = False
        self.prune()

    def prune(self) -> None:
        """Remove all but the newest ``KEEP`` files of this function: each edit
        of its code (or a new ``regex`` or Python) names a new one."""
        if self.file is None:
            return
        try:
            siblings = sorted(
                self.file.parent.glob(f"built-{self.name}-*.marshal"), key=lambda p: p.stat().st_mtime_ns, reverse=True
            )
            for old in siblings[KEEP:]:
                if old != self.file:
                    old.unlink(missing_ok=True)
        except OSError:
            pass  # another run pruned first, or the folder is read-only: only disk is at stake


def kept(check: Callable[[Any], bool], *also: str) -> Callable[[F], F]:
    """Keep the decorated function's results between runs.

    Its arguments must be strings, numbers, booleans, None, or lists and
    tuples of them; ``check`` accepts a valid result (a kept one failing it
    discards the file); ``also`` names further source files whose code the
    result depends on (the decorated function's own module always counts)."""

    def decorate(fn: F) -> F:
        module = sys.modules[fn.__module__]
        code = [str(module.__file__), *also]
        memo = _Memo(f"{fn.__module__}.{fn.__qualname__}", code, check)

        @functools.wraps(fn)
        def wrapper(*args: Any) -> Any:
            entries = memo.entries if memo.entries is not None else memo.load()
            key = _key(args)
            if key in entries:
                return entries[key]
            result = fn(*args)
            if len(entries) < MAX_ENTRIES:
                entries[key] = result
                memo.new = True
            return result

        wrapper.memo = memo  # type: ignore[attr-defined]
        return wrapper  # type: ignore[return-value]

    return decorate
