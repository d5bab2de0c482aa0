"""The sentences of an article that hold an AI agent, for NL501 (ai_disclosure.py).

One scan of the lower case finds where an agent, a softer actor's noun or a
compound agent may start (word_places.py, shared with NL502); a second scan
in the original case finds tools named by their shape.  Only the lines
around the hits are split into sentences: most articles have none.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

import regex

from ...analysis.lowered import keeps_offsets
from ...document import Block, Document
from .hit_sentences import sentences_at
from .notice_parts import TOOL_SCAN, confirmed, confirmed_tool
from .terms import terms
from .vocab import words
from .word_places import notice_starts


@lru_cache(maxsize=None)
def _compound_first_half() -> regex.Pattern[str]:
    return regex.compile(rf"[\w]+-(?=(?:{words('ai_shape_compound_heads.txt')})\b)", regex.IGNORECASE)


def _compound_at(text: str, pos: int) -> bool:
    """A compound agent whose first half the scan took for another word
    ("voice-cloning", a task noun, before "voice-cloning technology"): the
    agent's match starts at the second half (terms.py)."""
    m = _compound_first_half().match(text, pos)
    return m is not None and terms().agent.match(text, m.end()) is not None


def sentences_with_agent(doc: Document) -> Iterator[Block]:
    """Sentences holding an AI term, in order; most articles have none, so the
    sentence split is skipped for them."""
    # Lower-casing rarely changes offsets (U+0130); then the slower scan.
    # The lower case is read a slice at a time: a huge article is not copied.
    # With them, the nouns of a softer actor (notice_parts.py), each kept
    # only beside the rest of its actor phrase.
    t = terms()
    if keeps_offsets(doc.text):
        found = notice_starts(doc)
    else:
        found = (m.start() for m in re.finditer(t.notice_scan.pattern, doc.text, re.IGNORECASE))
    hits = [pos for pos in found if t.agent.match(doc.text, pos) or confirmed(t.parts, doc.text, pos) or _compound_at(doc.text, pos)]
    # A tool named by its shape ("generated with ElevenLabs") needs the
    # original case: a scan of its own, each hit confirmed beside its act.
    tools = [
        m.start()
        for m in TOOL_SCAN.finditer(doc.text)
        if confirmed_tool(t.parts, doc.text, m.start())
    ]
    if tools:
        hits = sorted(set(hits) | set(tools))
    # Only the lines around the hits are split (hit_sentences.py).
    yield from sentences_at(doc, hits)
