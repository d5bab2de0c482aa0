"""A document's text in lower case, computed once for the rules that scan it so."""
from __future__ import annotations

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
