"""Every shipped word and phrase list: sorted, unique, and every entry compiles."""
from __future__ import annotations

from pathlib import Path

import pytest
import regex

from newslint.phrases import DATA_DIR, phrase_source, read_list

FILES = sorted(DATA_DIR.glob("*.txt"))
# Lists that say what must NOT be flagged, next to the list they carve out of.
EXCLUSIONS = {"ai_term_exclusions.txt": "ai_terms.txt"}


def test_there_are_data_files():
    assert len(FILES) >= 20


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_sorted_unique_and_compiles(path: Path):
    entries = read_list(path)
    assert entries, f"{path.name} is empty"
    folded = [e.casefold() for e in entries]
    assert folded == sorted(folded) or entries == sorted(entries), f"{path.name} is not sorted"
    assert len(set(folded)) == len(folded), f"{path.name} has duplicates"
    for entry in entries:
        regex.compile(phrase_source(entry))


@pytest.mark.parametrize("allowed,flagged", sorted(EXCLUSIONS.items()))
def test_no_entry_both_allowed_and_flagged(allowed, flagged):
    both = {e.casefold() for e in read_list(DATA_DIR / allowed)} & {e.casefold() for e in read_list(DATA_DIR / flagged)}
    assert not both
