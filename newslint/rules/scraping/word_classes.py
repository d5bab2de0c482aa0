"""Word classes the scraping rules share (data in newslint/data), in a module
of their own: islands.py is imported by lines.py, which most modules import."""
from __future__ import annotations

from ...phrases import DATA_DIR, read_list

# Running prose has many function words, interface labels few.
FUNCTION_WORDS = frozenset(read_list(DATA_DIR / "lineclass_function.txt"))
# A fact set out as a sentence has a finite auxiliary verb; a headline drops it.
AUXILIARIES = frozenset(read_list(DATA_DIR / "list_auxiliaries.txt"))
