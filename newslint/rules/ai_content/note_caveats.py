"""NL502: a note's label and a caveat about the text's facts in one sentence (issue 10, branch leak21).

A reply hands over its draft with asides that need no "I" or "you": "Note:
the population figure is from the 2021 census and may be out of date",
"Just a heads-up that the company's turnover figures couldn't be verified".
Each half alone is everywhere: notes open notices ("Note: the car park will
be closed on Saturday"), and news says what could not be confirmed.  Two
weak signals that agree make the shape: a note's label at the sentence's
start (``ai_note_labels_patterns.txt``) and a caveat on a fact's state, not
an instruction (``ai_fact_caveats_patterns.txt``).  The news wording
"independently verified" (a third party's claim) never counts.  At most 40
words.  None of the corpora's sentences hold both (branch leak21's section of
benchmarks/RESULTS.md).  A warning.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import Iterator

from ...document import Document
from ...pattern_files import read_patterns
from ...phrases import data_path

_MAX_WORDS = 40
_NEWS = re.compile(r"\bindependently\b")
_END = re.compile(r"[.!?](?=[\"'’”)\]]*(?:\s|$))")


@lru_cache(maxsize=None)
def _label() -> re.Pattern[str]:
    alts = "|".join(f"(?:{p.source})" for p in read_patterns(data_path("ai_note_labels_patterns.txt")))
    return re.compile(rf"(?:^|(?<=[.!?;])[ \t]+)[(\[*_ \t]*(?:{alts})", re.MULTILINE)


@lru_cache(maxsize=None)
def _caveat() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p.source})" for p in read_patterns(data_path("ai_fact_caveats_patterns.txt"))))


def note_caveat_spans(low: str, lo: int, hi: int) -> Iterator[tuple[int, int]]:
    """(start, end) of the sentences of low[lo:hi] (a lower-cased line) that
    open with a note's label and hold a caveat on the text's facts."""
    for m in _label().finditer(low, lo, hi):
        start = m.start() + len(m.group()) - len(m.group().lstrip())
        found = _END.search(low, m.end(), hi)
        end = found.end() if found else hi
        sentence = low[start:end]
        if len(sentence.split()) <= _MAX_WORDS and _caveat().search(sentence) and not _NEWS.search(sentence):
            yield start, end


def note_caveat_lines(doc: Document) -> dict[int, tuple[int, list[tuple[int, int]]]]:
    """Line start -> (line end, spans), as remarks.remark_lines."""
    text = doc.text
    low = text.lower().replace("\u2019", "'")
    if len(low) != len(text):
        return {}
    out: dict[int, tuple[int, list[tuple[int, int]]]] = {}
    lines = doc.lines
    starts = [ln.start for ln in lines]
    seen = -1
    for m in _label().finditer(low):
        i = bisect.bisect_right(starts, m.start() + len(m.group()) - len(m.group().lstrip())) - 1
        if i <= seen:
            continue
        seen = i
        lo, hi = starts[i], starts[i] + len(lines[i].text)
        found = list(note_caveat_spans(low, lo, hi))
        if found:
            out[lo] = (hi, found)
    return out
