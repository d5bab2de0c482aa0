"""Word classes the scraping rules share (data in newslint/data), in a module
of their own: islands.py is imported by lines.py, which most modules import."""
from __future__ import annotations

import regex

from ...phrases import DATA_DIR, read_list

# Running prose has many function words, interface labels few.
FUNCTION_WORDS = frozenset(read_list(DATA_DIR / "lineclass_function.txt"))
# A fact set out as a sentence has a finite auxiliary verb; a headline drops it.
AUXILIARIES = frozenset(read_list(DATA_DIR / "list_auxiliaries.txt"))

# Content words: four letters or more and not a function word.
_CONTENT = regex.compile(r"\p{L}{4,}")


def content_words(text: str) -> set[str]:
    """The case-folded content words of ``text`` (what two lines on one subject share)."""
    return {w for w in map(str.casefold, _CONTENT.findall(text)) if w not in FUNCTION_WORDS}
