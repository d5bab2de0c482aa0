"""Give the memory a huge document's rules freed back to the system.

A rule's working data on a 50 MB article (a dictionary of every line's
comparison key, every paragraph's quotations) is freed when the rule is
done, but glibc's allocator keeps the freed pages inside the process: the
process's resident size only grows from rule to rule, and the next rule's
data comes on top of the last one's leftovers.  ``malloc_trim`` hands the
free pages back (measured: 41 of 43 MB freed after a dictionary of the
51 MB article's lines).  It costs milliseconds, so the engine calls it
between the rules of a huge document only; elsewhere (another C library,
another system) it does nothing.

What a rule keeps for the next document goes too, when the rules of a huge
document move on to the next family: a family marks its caches
:func:`forgettable` (the typo rule's word tables and spelling dictionaries,
about 85 MB, which the later families of that document never read).  The
next document that needs them builds them again from the user cache, a
tenth of a second once, against minutes for the huge document itself; an
ordinary run never drops them.
"""
from __future__ import annotations

import sys
from functools import lru_cache
from typing import Any, Callable, TypeVar

# Documents at least this long (characters) are trimmed between rules: below
# it, what a rule frees is a few megabytes.
HUGE_TEXT = 8_000_000
# ... and so are documents of at least this many lines, however short: the
# per-line data of the rules (the line model's features and role
# probabilities, the scraping rules' classified lines, a finding a line) is
# about 300 bytes a line, 30 MB here, 300 MB on a scraped page of a million
# short lines (5 MB of text), where the typo family's caches (about 110 MB)
# are the difference between meeting the 250 MB target and not.
HUGE_LINES = 100_000


def is_huge(text: str, lines: Callable[[], int]) -> bool:
    """Whether a document is trimmed between rules: ``HUGE_TEXT`` characters,
    or ``HUGE_LINES`` lines (``lines()`` is asked only when the text is long
    enough to hold that many)."""
    return len(text) >= HUGE_TEXT or (len(text) >= HUGE_LINES and lines() >= HUGE_LINES)

F = TypeVar("F", bound=Callable[..., Any])
_forgettable: list[Callable[[], None]] = []


def forgettable(cached: F) -> F:
    """Mark an ``lru_cache``-wrapped function whose cache :func:`forget` may
    empty (a decorator, above ``@lru_cache``)."""
    _forgettable.append(cached.cache_clear)  # type: ignore[attr-defined]
    return cached


def forget() -> None:
    """Empty every cache marked :func:`forgettable`."""
    for clear in _forgettable:
        clear()


@lru_cache(maxsize=1)
def _trim() -> Callable[[int], int] | None:
    if not sys.platform.startswith("linux"):
        return None
    # Imported here: ctypes.util brings subprocess and shutil, 0.02 s of every
    # start, for documents few runs meet.
    import ctypes
    import ctypes.util

    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        return libc.malloc_trim
    except (OSError, AttributeError):  # musl and others have no malloc_trim
        return None


def give_back(caches: bool = False) -> None:
    """Return the allocator's free pages to the system, where it can;
    ``caches``: empty the :func:`forgettable` caches first (:func:`forget`)."""
    if caches:
        forget()
    trim = _trim()
    if trim is not None:
        trim(0)
