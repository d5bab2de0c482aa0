"""How many words a line holds, as NL301's ``WORD`` counts them, for every line of every document (branch speed18).

An ASCII line's words (``[A-Za-z0-9][A-Za-z0-9'\\-]*``) are the runs of
letters, digits, apostrophes and hyphens that hold a letter or digit: with
each letter or digit made ``a``, apostrophes and hyphens dropped and every
other character a space, they are the runs of ``a`` (``str.translate``, then
``str.count`` of the runs' starts), in less than half the time of listing
the matches.  Other lines, and huge ones (the copy would double them), are
counted by the pattern as before.
"""
from __future__ import annotations

import re

import regex

from ...compact import LONG_TEXT, count_matches

_LETTER = "a"
_TABLE = str.maketrans(
    {c: _LETTER if chr(c).isalnum() else None if chr(c) in "'-" else " " for c in range(128)}
)


def count_words(text: str, ascii_word: re.Pattern[str], word: regex.Pattern) -> int:
    """``len(pattern.findall(text))`` for lines.ASCII_WORD (ASCII text) or lines.WORD."""
    if not text.isascii():
        return count_matches(word, text)
    if len(text) > LONG_TEXT:
        return count_matches(ascii_word, text)
    runs = text.translate(_TABLE)
    return runs.count(" " + _LETTER) + (runs[:1] == _LETTER)
