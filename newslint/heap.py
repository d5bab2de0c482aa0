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
"""
from __future__ import annotations

import sys
from functools import lru_cache
from typing import Callable

# Documents at least this long (characters) are trimmed between rules: below
# it, what a rule frees is a few megabytes.
HUGE_TEXT = 8_000_000


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


def give_back() -> None:
    """Return the allocator's free pages to the system, where it can."""
    trim = _trim()
    if trim is not None:
        trim(0)
