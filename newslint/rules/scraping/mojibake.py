"""Mojibake: UTF-8 text decoded as cp1252 or Latin-1, and the repair ftfy finds (NL303)."""
from __future__ import annotations

import difflib
import re
from functools import lru_cache
from typing import Any, Iterator

import regex

# A UTF-8 lead byte read as Latin-1/cp1252 (Â..ô) followed by a continuation
# byte read the same way: the fingerprint of mojibake.  Only lines with one go
# through ftfy, which keeps the rule fast and leaves `café` alone.
# Character classes only, searched by the standard library's engine, which
# skips through text without one about twice as fast as ``regex``: every
# article is searched for it.
HINT = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122\ufffd]"
    # C1 controls never occur in clean text: Latin-1 mojibake leaves them.
    "|[\u0080-\u009f]"
)
# Every HINT match starts with one of these: a scan for one class settles
# most articles at twice the speed of the pair (and ASCII text has none).
_HINT_START = re.compile("[\u0080-\u009f\u00c2-\u00f4]")


def has_hint(text: str) -> bool:
    """Does HINT match anywhere in ``text``?"""
    return not text.isascii() and _HINT_START.search(text) is not None and HINT.search(text) is not None


@lru_cache(maxsize=1)
def _ftfy() -> tuple[Any, Any]:
    """ftfy and its configuration, imported on the first suspicious line
    (the import costs a twentieth of a second of every run's start-up)."""
    import ftfy

    # Only encoding repair: ftfy's other fixes (curly quotes, full-width forms,
    # ligatures, NFC) would "repair" legitimate text.
    config = ftfy.TextFixerConfig(
        unescape_html=False,
        remove_terminal_escapes=False,
        fix_encoding=True,
        restore_byte_a0=True,
        replace_lossy_sequences=True,
        decode_inconsistent_utf8=True,
        fix_c1_controls=True,
        fix_latin_ligatures=False,
        fix_character_width=False,
        uncurl_quotes=False,
        fix_line_breaks=False,
        fix_surrogates=True,
        remove_control_chars=False,
        normalization=None,
        explain=False,
    )
    return ftfy, config


# SequenceMatcher is quadratic: beyond this many changed characters the whole
# changed middle of the line is one stretch.
_MAX_DIFF = 4000

Edit = tuple[str, int, int, int, int]  # difflib's opcode: tag, line start/end, repair start/end


def mojibake(text: str, start: int, end: int) -> Iterator[tuple[int, int, str]]:
    """(start, end, repair) for each stretch of the line ``text[start:end]`` ftfy re-decodes."""
    line = text[start:end]
    ftfy, config = _ftfy()
    fixed = ftfy.fix_text(line, config)
    if fixed == line:
        return
    for i1, i2, j1, j2 in _merged(_edits(line, fixed)):
        if i2 > i1:
            yield start + i1, start + i2, fixed[j1:j2]


def _edits(line: str, fixed: str) -> list[Edit]:
    # Run SequenceMatcher only on what lies between the common prefix and
    # suffix, and only when that is short (a 23,000-character line of mojibake
    # and repeated letters took 40 s; found by tools/fuzz.py).
    head = 0
    limit = min(len(line), len(fixed))
    while head < limit and line[head] == fixed[head]:
        head += 1
    tail = 0
    while tail < limit - head and line[-1 - tail] == fixed[-1 - tail]:
        tail += 1
    a, b = line[head : len(line) - tail], fixed[head : len(fixed) - tail]
    if len(a) + len(b) > _MAX_DIFF:
        return [("replace", head, head + len(a), head, head + len(b))]
    return [
        (tag, i1 + head, i2 + head, j1 + head, j2 + head)
        for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    ]


def _merged(ops: list[Edit]) -> list[list[int]]:
    """Edits separated by a single unchanged character merged: one word, one finding."""
    merged: list[list[int]] = []
    for tag, i1, i2, j1, j2 in ops:
        if tag == "equal":
            continue
        if merged and i1 - merged[-1][1] <= 1 and j1 - merged[-1][3] <= 1:
            merged[-1][1], merged[-1][3] = i2, j2
        else:
            merged.append([i1, i2, j1, j2])
    return merged


_CONTROL = regex.compile(r"[\x00-\x1f\x7f-\x9f]")


def visible(text: str) -> str:
    """Control characters (Latin-1 mojibake leaves C1 ones) spelled out."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)
