"""One word written as two (``infor mation``, ``tomor row``).

A space typed inside a word leaves a first half that is no word and a
second that may be one (``row``) or not (``mation``); searched alone, the
halves find the wrong neighbours (``tomor`` -> tumor, ``mation`` ->
motion).  Read together they are a common word a dictionary knows, which
the two words side by side are not.  Prefixes written apart (``pre war``,
``non stop``) are hyphen or spacing choices, not slips, and are left alone.
"""
from __future__ import annotations

import regex

from .lexicon import zipf
from .slips import PREFIXES
from .spelling import spelled_right

# The second half: one space, then lower-case letters that end a word.
_NEXT = regex.compile(r" (\p{Ll}+)(?![\p{L}\p{M}\d'’-])")
# The word the halves make must be common: a rare join is as likely a
# chance meeting of two fragments.
_JOINED_ZIPF = 3.5
_MIN_HALF = 2


def split_word(text: str, end: int, low: str) -> tuple[int, str] | None:
    """When the lower-case rare word ending at ``end`` is the first half of
    a word with a space typed inside it: where the second half ends, and
    the word."""
    if low in PREFIXES or not low.isalpha():
        return None
    m = _NEXT.match(text, end)
    if m is None or len(m.group(1)) < _MIN_HALF:
        return None
    joined = low + m.group(1)
    if zipf(joined) < max(_JOINED_ZIPF, zipf(low)) or spelled_right(low) is not False:
        return None
    if spelled_right(joined) is not True:
        return None
    return m.end(), joined
