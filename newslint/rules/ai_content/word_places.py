"""One scan of an article's lower case for where the AI rules' words may start (issue 12, branch speed15).

NL502 scans the lower case for its anchor words (candidates.QuickAnchor,
``\\W(?=WORDS\\b)``) and NL501 for its agents and softer actors
(terms.notice_scan, ``(?<!\\w)(?:TERMS)``): two passes of the C engine over
every article, each stopping at every non-word character.  One pass of
``\\W(?=WORDS\\b|TERMS)`` lists every place either may start (on bbc-dev
0.145 -> 0.10 CPU s for the two); each rule then matches its own pattern at
those places in order, each past its last match's end, as its ``finditer``
would find it there (a place the scan does not list cannot start a match of
either, and a listed place where a rule's pattern does not match gives
nothing).  Only for an article of one slice of analysis.lowered.Windows
(under a megabyte) whose lower case keeps its offsets; others scan as before.
NL502's remark cues (remarks.py, branch leak20) share the scan too: their own
pass cost about as much again as this one's extra alternatives.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

from ...analysis.lowered import keeps_offsets, windows
from ...analysis.word_heads import word_starts
from ...document import Document
from .candidates import _anchor_trie, quick_anchor
from .remarks import cue_at, cue_trie
from .terms import terms

_GUARD = "(?<!\\w)"
_KEY = "ai_content.word_places"


@lru_cache(maxsize=None)
def _scan() -> re.Pattern[str] | None:
    """The joint scan, or None when the notice scan is not led by the guard."""
    notice = terms().notice_scan
    if not notice.pattern.startswith(_GUARD):
        return None
    return re.compile(rf"\W(?=(?:{_anchor_trie()})\b|(?:{cue_trie()})(?![\w'’-])|{notice.pattern[len(_GUARD):]})", notice.flags)


def _places(doc: Document) -> tuple[str, list[int]] | None:
    """(the lower case, the places either rule's words may start), or None."""
    if _KEY in doc.memo:
        return doc.memo[_KEY]
    got = None
    scan = _scan()
    if scan is not None and keeps_offsets(doc.text):
        low = windows(doc)
        if len(low.bounds) <= 2:
            text, base = low.window(0, len(doc.text))
            if base == 0:
                # The scan's own matches, found by one Aho-Corasick pass where it can (branch speed20).
                found = word_starts(scan).matches(text)
                got = text, [0] + [m.start() + 1 for m in (scan.finditer(text) if found is None else found)]
    doc.memo[_KEY] = got
    return got


def anchor_starts(doc: Document) -> list[int]:
    """``windows(doc).starts(quick_anchor())`` (for a text that keeps its
    offsets when lower-cased)."""
    got = _places(doc)
    if got is None:
        return list(windows(doc).starts(quick_anchor()))
    low, places = got
    return [m.start() for m in quick_anchor().finditer(low, 0, places)]


def notice_starts(doc: Document) -> Iterator[int]:
    """``windows(doc).starts(terms().notice_scan)`` (ditto)."""
    got = _places(doc)
    notice = terms().notice_scan
    if got is None:
        yield from windows(doc).starts(notice)
        return
    low, places = got
    match, last_end = notice.match, 0
    for p in places:
        if p < last_end:
            continue
        m = match(low, p)
        if m is not None:
            yield m.start()
            last_end = m.end()


def remark_cues(doc: Document) -> list[tuple[int, str]] | None:
    """(place, cue) of NL502's remark cues (remarks.py), or None when the
    article is not scanned so."""
    got = _places(doc)
    if got is None:
        return None
    low, places = got
    match = cue_at().match
    out = []
    for p in places:
        m = match(low, p)
        if m is not None:
            out.append((p, m.group(1)))
    return out
