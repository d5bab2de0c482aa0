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

import re
from functools import lru_cache
from typing import Iterator

from ...document import Document
from ...pattern_files import read_patterns
from ...phrases import data_path
from .sentence_scan import StartScan, opener_lines, sentence_end

_MAX_WORDS = 40
_NEWS = re.compile(r"\bindependently\b")


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
        end = sentence_end(low, m.end(), hi)
        sentence = low[start:end]
        if len(sentence.split()) <= _MAX_WORDS and _caveat().search(sentence) and not _NEWS.search(sentence):
            yield start, end


def note_caveat_lines(doc: Document) -> dict[int, tuple[int, list[tuple[int, int]]]]:
    """Line start -> (line end, spans), as remarks.remark_lines."""
    return opener_lines(doc, _label_scan(), note_caveat_spans)


@lru_cache(maxsize=None)
def _label_scan() -> StartScan:
    # The label opens a sentence: tried only where one may start (sentence_scan.py).
    return StartScan([_label()], ("(?:^",), ".!?;")
