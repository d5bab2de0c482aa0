"""A document's text in lower case, computed once for the rules that scan it so."""
from __future__ import annotations

import bisect
import re
from typing import Iterator, Protocol

from ..document import Document

# str.lower() of a text with any non-ASCII character first allocates 12
# bytes per character (600 MB for a 50 MB article): lower-case it a slice at
# a time.  Slices end after a line break, which the one context-dependent
# mapping (a final capital sigma) never looks across.
_SLICE = 1 << 20


def lower(text: str) -> str:
    """``text.lower()``, in bounded working memory."""
    if len(text) <= _SLICE or text.isascii():
        return text.lower()
    parts, start = [], 0
    while start < len(text):
        cut = text.find("\n", start + _SLICE)
        end = len(text) if cut < 0 else cut + 1
        parts.append(text[start:end].lower())
        start = end
    return "".join(parts)


def lowered(doc: Document) -> str:
    """``doc.text`` in lower case, shared by the rules of one document."""
    key = "analysis.lowered"
    if key not in doc.memo:
        doc.memo[key] = lower(doc.text)
    return doc.memo[key]


# The one character whose lower case is longer than itself ("İ" -> "i̇"):
# a text without it keeps every offset when lower-cased
# (tests/test_lowered.py checks every code point).
LENGTH_CHANGING = "\u0130"
# Characters before a slice's first line that its lower-cased text also
# holds: lookbehinds and word boundaries there see what the whole text's
# lower case has (the rules' lookbehinds read a few characters).
_CONTEXT = 256
# How far past a slice's end a whole-text scan reads, for a match that starts
# in the slice and goes on across its last line break (an agent term split
# over two lines): the longest such match the scan finds whole.
_REACH = 16_384


def keeps_offsets(text: str) -> bool:
    """Whether ``text.lower()`` has every character where ``text`` has it."""
    return text.isascii() or LENGTH_CHANGING not in text


class Finds(Protocol):
    """What :meth:`Windows.starts` scans with: a compiled pattern, or an object
    that finds the same matches another way (candidates.QuickAnchor)."""

    def finditer(self, string: str, pos: int = ...) -> Iterator[re.Match[str]]: ...


class Windows:
    """A text's lower case a slice at a time, at the text's own offsets.

    A 50 MB article lower-cased whole is a second copy of it (100 MB when
    the text is stored two bytes a character); the rules that scan the lower
    case read it here in slices of about a megabyte, each ending after a line
    break (the same cuts as :func:`lower`), so what any position holds is
    what ``lower(text)`` holds there.  A text of one slice is lower-cased
    once and kept, as before.  Only for a text that :func:`keeps_offsets`.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        # Where each slice starts; the last entry is the text's end.
        bounds, start = [0], 0
        while start < len(text):
            cut = text.find("\n", start + _SLICE) if len(text) - start > _SLICE else -1
            start = len(text) if cut < 0 else cut + 1
            bounds.append(start)
        self.bounds = bounds
        self._held: tuple[int, int, int, str] | None = None  # slice start, end, base, lower case

    def window(self, lo: int, hi: int) -> tuple[str, int]:
        """(low, base): ``low[lo - base : hi - base]`` is ``text[lo:hi]`` in
        lower case, with at least _CONTEXT characters of the text before it
        (a line is always inside one slice; a longer span joins slices)."""
        held = self._held
        if held is None or not (held[0] <= lo and hi <= held[1]):
            bounds = self.bounds
            k = max(0, bisect.bisect_right(bounds, lo) - 1)
            first = bounds[k]
            end = bounds[min(bisect.bisect_left(bounds, hi, k + 1), len(bounds) - 1)]
            base = _line_start_before(self.text, first)
            # A one-slice text: text[0:len] is the text itself, not a copy.
            held = self._held = (first, end, base, lower(self.text[base:end]))
        return held[3], held[2]

    def starts(self, pattern: Finds) -> Iterator[int]:
        """Where ``pattern.finditer(lower(text))`` finds its matches, in order
        (for a pattern that never matches the empty string)."""
        if len(self.bounds) <= 2:
            low, base = self.window(0, len(self.text))
            yield from (m.start() + base for m in pattern.finditer(low))
            return
        resume = 0
        text = self.text
        for first, end in zip(self.bounds, self.bounds[1:]):
            base = _line_start_before(text, first)
            # Past the slice's end, for a match that starts in it and runs on.
            low = lower(text[base : min(len(text), end + _REACH)])
            for m in pattern.finditer(low, max(first, resume) - base):
                if m.start() + base >= end:
                    break
                resume = m.end() + base
                yield m.start() + base


def _line_start_before(text: str, first: int) -> int:
    """A line start at least _CONTEXT characters before ``first`` (or 0)."""
    if first <= _CONTEXT:
        return 0
    return text.rfind("\n", 0, first - _CONTEXT) + 1


def windows(doc: Document) -> Windows:
    """``doc.text``'s lower case a slice at a time, shared by the rules of one document."""
    key = "analysis.lowered.windows"
    if key not in doc.memo:
        doc.memo[key] = Windows(doc.text)
    return doc.memo[key]
