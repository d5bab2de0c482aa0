"""Every shipped word, phrase and pattern list: sorted, unique, and every entry compiles;
every pattern finds the examples written under it."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
import regex

from newslint.pattern_files import read_entries, read_patterns
from newslint.phrases import DATA_DIR, phrase_source, read_list

PATTERN_FILES = sorted(DATA_DIR.glob("*_patterns.txt"))
FILES = sorted(set(DATA_DIR.glob("*.txt")) - set(PATTERN_FILES))
# Lists that say what must NOT be flagged, next to the list they carve out of.
EXCLUSIONS = {"ai_term_exclusions.txt": "ai_terms.txt"}
# Pattern files that a rule also runs with the stdlib engine on lower-cased
# text (NL502's fast lists and its score, NL501's agent scan): stdlib syntax,
# lower-case literals.
STDLIB_LOWER = {"ai_leakage_patterns.txt", "ai_chatty_patterns.txt", "ai_terms_patterns.txt", "ai_advice_patterns.txt",
                "ai_requester_patterns.txt", "ai_edit_verbs_patterns.txt"}


def test_there_are_data_files():
    assert len(FILES) >= 20
    assert len(PATTERN_FILES) >= 5


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_sorted_unique_and_compiles(path: Path):
    entries = read_list(path)
    assert entries, f"{path.name} is empty"
    folded = [e.casefold() for e in entries]
    assert folded == sorted(folded) or entries == sorted(entries), f"{path.name} is not sorted"
    assert len(set(folded)) == len(folded), f"{path.name} has duplicates"
    for entry in entries:
        regex.compile(phrase_source(entry))


def test_product_names_start_with_a_capital():
    """vocab.names() checks the first letter's case once for every name."""
    names = read_list(DATA_DIR / "ai_product_names.txt")
    assert len(names) >= 40
    assert [n for n in names if not ("A" <= n[0] <= "Z")] == []


@pytest.mark.parametrize("allowed,flagged", sorted(EXCLUSIONS.items()))
def test_no_entry_both_allowed_and_flagged(allowed, flagged):
    both = {e.casefold() for e in read_list(DATA_DIR / allowed)} & {e.casefold() for e in read_list(DATA_DIR / flagged)}
    assert not both


@pytest.mark.parametrize("path", PATTERN_FILES, ids=[p.name for p in PATTERN_FILES])
def test_pattern_file_sorted_unique_and_compiles(path: Path):
    sources = [p.source for p in read_patterns(path)]
    assert sources, f"{path.name} is empty"
    folded = [s.casefold() for s in sources]
    # Sorted as the "re:" entries of one list would be (see read_entries).
    assert folded == sorted(folded), f"{path.name} is not sorted"
    assert len(set(folded)) == len(folded), f"{path.name} has duplicates"
    for source in sources:
        regex.compile(source)
    plain = DATA_DIR / path.name.replace("_patterns.txt", ".txt")
    if plain.exists():
        assert not {f"re:{s}" for s in sources} & set(read_list(plain)), f"{plain.name} repeats a pattern"


EXAMPLES = [
    (path.name, p.line, p.source, example)
    for path in PATTERN_FILES
    for p in read_patterns(path)
    for example in p.examples
]


@pytest.mark.parametrize("name,line,source,example", EXAMPLES, ids=[f"{e[0]}:{e[1]}:{e[3][:30]}" for e in EXAMPLES])
def test_pattern_finds_its_example(name: str, line: int, source: str, example: str):
    where = f"{name}:{line}"
    assert regex.compile(source, regex.IGNORECASE | regex.MULTILINE).search(example), f"{where} misses {example!r}"
    if name in STDLIB_LOWER:
        found = re.compile(source, re.MULTILINE).search(example.lower())
        assert found, f"{where} misses {example!r} (stdlib engine, lower case)"


def test_read_entries_merges_a_list_and_its_patterns_in_sorted_order():
    entries = read_entries("ai_leakage")
    plain = read_list(DATA_DIR / "ai_leakage.txt")
    patterns = [f"re:{p.source}" for p in read_patterns(DATA_DIR / "ai_leakage_patterns.txt")]
    assert sorted(entries) == sorted(plain + patterns)
    assert entries == sorted(entries, key=str.casefold)


@pytest.mark.parametrize(
    "text,error",
    [
        ("> an example first\n\\bpattern\\b\n> pattern\n", "example before any pattern"),
        ("\\bone\\b\n> one\n\\btwo\\b\n\n# a comment\n\\bthree\\b\n> three\n", "3: pattern without an example"),
        ("\\bone\\b\n", "1: pattern without an example"),
    ],
)
def test_pattern_file_format_errors(tmp_path: Path, text: str, error: str):
    path = tmp_path / "x_patterns.txt"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ValueError, match=error):
        read_patterns(path)


def test_pattern_file_format(tmp_path: Path):
    path = tmp_path / "x_patterns.txt"
    path.write_text("# header\n\n\\bone\\b\n> One here\n>  two spaces\n\\> quoted\n> > quoted\n", encoding="utf-8")
    got = [(p.source, p.examples, p.line) for p in read_patterns(path)]
    assert got == [("\\bone\\b", ("One here", " two spaces"), 3), ("\\> quoted", ("> quoted",), 6)]
