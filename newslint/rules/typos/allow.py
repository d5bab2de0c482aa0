"""The typo rule's ``allow-file``: house vocabulary, one word a line."""
from __future__ import annotations

import os
from functools import lru_cache

from ...heap import forgettable
from ...phrases import read_list


def allow_file(path: str) -> frozenset[str]:
    """The words of the allow-file at ``path``, case-folded."""
    # Keyed by the file's stat as well: a long-lived process (the language
    # server) sees the list as the user last saved it.
    try:
        st = os.stat(path)
        stamp = (st.st_mtime_ns, st.st_size, st.st_ino)
    except OSError:
        stamp = None
    return _read_allow_file(path, stamp)


@forgettable
@lru_cache(maxsize=16)
def _read_allow_file(path: str, stamp: object) -> frozenset[str]:
    return frozenset(w.casefold() for w in read_list(path))
