"""One scan of an article for sentences that open with a shape, line by line.

NL502's grammatical readings (part_subjects.py, note_caveats.py) find where a
sentence opens with their shape in one pass over the lower-cased article,
then read each such line's sentences alone.  The scan and the sentence's end
are the same for both, so they live here.
"""
from __future__ import annotations

import bisect
import re
from typing import Callable, Iterator, Sequence

from ...document import Document
from .dispatch import split_top

# A sentence ends at its stop, past any closing quotation mark or bracket.
SENTENCE_END = re.compile(r"[.!?](?=[\"'’”)\]]*(?:\s|$))")

Spans = Callable[[str, int, int], Iterator[tuple[int, int]]]


def sentence_end(low: str, pos: int, hi: int) -> int:
    """Where the sentence running through ``pos`` ends, at most ``hi``."""
    m = SENTENCE_END.search(low, pos, hi)
    return m.end() if m else hi


def opener_lines(doc: Document, opener: re.Pattern[str] | StartScan, spans: Spans) -> dict[int, tuple[int, list[tuple[int, int]]]]:
    """Line start -> (line end, spans), as remarks.remark_lines: the lines
    where ``opener`` matches, read by ``spans(low, line start, line end)``.
    ``opener`` may match more than the readings (it only finds the lines to
    read), never less.  A text whose lower case moves offsets (a rare
    character) is left alone."""
    low, starts = _lowered_lines(doc)
    if low is None:
        return {}
    out: dict[int, tuple[int, list[tuple[int, int]]]] = {}
    lines = doc.lines
    pos = 0
    # Each line once, from its first match; the search starts again at the next
    # line, so a match running on past a line break hides no line below it.
    while (m := opener.search(low, pos)) is not None:
        # The match may start on the blank before a sentence: its first word names the line.
        i = bisect.bisect_right(starts, m.start() + len(m.group()) - len(m.group().lstrip())) - 1
        lo, hi = starts[i], starts[i] + len(lines[i].text)
        found = list(spans(low, lo, hi))
        if found:
            out[lo] = (hi, found)
        if i + 1 >= len(starts):
            break
        pos = max(starts[i + 1], m.start() + 1)
    return out


def _lowered_lines(doc: Document) -> tuple[str | None, list[int]]:
    """The article in lower case with typographic apostrophes straightened
    (None when that moves offsets), and its lines' starts: made once for
    every reading that scans it."""
    key = "ai_content.sentence_scan"
    if key not in doc.memo:
        text = doc.text
        low = text.lower().replace("\u2019", "'")
        doc.memo[key] = (low if len(low) == len(text) else None), [ln.start for ln in doc.lines]
    return doc.memo[key]


class StartScan:
    """A search over alternatives that mostly open with a sentence-start lead
    (``(?:^[ \t]*|(?<=[.!?])[ \t]+)``), tried only where such a lead can stand.

    ``re`` cannot skip ahead to a pattern that opens on an anchor or a
    lookbehind: it tries it at every character.  A lead can only stand at a
    line's start or right after one of its stop characters (``stops``) with a
    space or tab next, so those places are found by a scan that skips to
    them, and the alternatives that open with one of ``leads`` are matched
    there whole, lead and all: a match found is one the plain search would
    find.  The other alternatives are searched as they are.
    """

    def __init__(self, patterns: Sequence[re.Pattern[str]], leads: Sequence[str], stops: str) -> None:
        anchored: list[str] = []
        free: list[str] = []
        for pattern in patterns:
            for alternative in split_top(pattern.pattern):
                (anchored if alternative.startswith(tuple(leads)) else free).append(f"(?:{alternative})")
        # No alternative with a lead: nothing is matched at the places.
        self._anchored = re.compile("|".join(anchored) or r"(?!)", re.MULTILINE)
        self._free = re.compile("|".join(free), re.MULTILINE) if free else None
        self._places = re.compile(rf"\n|[{re.escape(stops)}](?=[ \t])")

    def search(self, low: str, pos: int = 0) -> re.Match[str] | None:
        """The first match at or after ``pos``, as ``re.Pattern.search`` would
        find it (the same start; the plain search's leftmost match)."""
        free = self._free.search(low, pos) if self._free else None
        limit = free.start() if free else len(low)
        places = self._places.finditer(low, pos, limit)
        at = pos
        while at <= limit:
            m = self._anchored.match(low, at)
            if m:
                return m
            place = next(places, None)
            if place is None:
                break
            at = place.end()
        return free
