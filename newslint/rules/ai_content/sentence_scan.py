"""One scan of an article for sentences that open with a shape, line by line.

NL502's grammatical readings (part_subjects.py, note_caveats.py) find where a
sentence opens with their shape in one pass over the lower-cased article,
then read each such line's sentences alone.  The scan and the sentence's end
are the same for both, so they live here.
"""
from __future__ import annotations

import bisect
import re
from typing import Callable, Iterator

from ...document import Document

# A sentence ends at its stop, past any closing quotation mark or bracket.
SENTENCE_END = re.compile(r"[.!?](?=[\"'’”)\]]*(?:\s|$))")

Spans = Callable[[str, int, int], Iterator[tuple[int, int]]]


def sentence_end(low: str, pos: int, hi: int) -> int:
    """Where the sentence running through ``pos`` ends, at most ``hi``."""
    m = SENTENCE_END.search(low, pos, hi)
    return m.end() if m else hi


def opener_lines(doc: Document, opener: re.Pattern[str], spans: Spans) -> dict[int, tuple[int, list[tuple[int, int]]]]:
    """Line start -> (line end, spans), as remarks.remark_lines: the lines
    where ``opener`` matches, read by ``spans(low, line start, line end)``.
    A text whose lower case moves offsets (a rare character) is left alone."""
    text = doc.text
    low = text.lower().replace("\u2019", "'")
    if len(low) != len(text):
        return {}
    out: dict[int, tuple[int, list[tuple[int, int]]]] = {}
    lines = doc.lines
    starts = [ln.start for ln in lines]
    seen = -1
    for m in opener.finditer(low):
        # The match may start on the blank before a sentence: its first word names the line.
        i = bisect.bisect_right(starts, m.start() + len(m.group()) - len(m.group().lstrip())) - 1
        if i <= seen:
            continue
        seen = i
        lo, hi = starts[i], starts[i] + len(lines[i].text)
        found = list(spans(low, lo, hi))
        if found:
            out[lo] = (hi, found)
    return out
