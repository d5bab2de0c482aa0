"""Where quotations are: shared by every rule that must tell quoted words from the writer's own."""
from __future__ import annotations

import regex

# How far back and ahead a quotation is looked for around a phrase.
QUOTE_WINDOW = 3000
_TIGHT = 60
_TIGHT_BEFORE = regex.compile(r'["\u201c][^"\u201c\u201d.!?]*\Z')
_TIGHT_AFTER = regex.compile(r'[^"\u201c\u201d.!?]*?["\u201d]')


def inside_quotes(text: str, pos: int) -> bool:
    """Whether ``pos`` in a line or sentence lies inside a quotation.

    Only double quotes count: a single curly quote is also the apostrophe.
    The quotation must also close after ``pos``: scraped text is full of
    stray and unbalanced quotation marks, and a quotation that never closes
    proves nothing.
    """
    # Paragraphs are short; the window keeps a one-line megabyte file linear.
    before = text[max(0, pos - QUOTE_WINDOW) : pos]
    after = text[pos : pos + QUOTE_WINDOW]
    if before.count("\u201c") > before.count("\u201d") and "\u201d" in after:
        return True
    if before.count('"') % 2 == 1 and '"' in after:
        return True
    # A short quotation around the match ("Dear [Customer Name]") counts even
    # when an unbalanced quote earlier in the paragraph throws the count off.
    m = _TIGHT_BEFORE.search(before[-_TIGHT:])
    return bool(m and _TIGHT_AFTER.match(after[:_TIGHT]))
