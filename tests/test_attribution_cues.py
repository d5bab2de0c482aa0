"""The family's cue index finds exactly the matches a full scan finds."""
from __future__ import annotations

import pytest
import regex

from newslint.document import Document
from newslint.rules.attribution import cues, subjects
from newslint.rules.attribution.credits import _credit_lines
from newslint.rules.attribution.sourcing import vague_patterns

TEXTS = [
    "Reporting by A. Writer\n" * 40 + "said analysts",
    "Analysts say the plan, according to some economists, would fail.\nSome people close to the talks said so.",
    "It is understood that officials, who asked not to be named, said nothing. Said analysts: no.",
    "sources familiar with the matter SAID it. One analyst said-so; unsaid words.",
    # A superscript number before a word hides its start from the C engine: the plain scan is used.
    "Footnote²analysts say ½ critics argue.",
    # Letters that case-fold to ASCII ones: "ſ" matches "s" case-insensitively.
    "ſome analyſts ſay so, and thinK tanks think it.",
    "By Jane Doe\r\nReporting by John Roe\nWritten by\nsomeone\n© 2024",
    "",
]


def _patterns() -> list[regex.Pattern]:
    p = vague_patterns()
    return [p.nouns, p.inverted, p.passive, subjects._patterns()[4], subjects._patterns()[0]]


# 0: every place tried one by one; 10**9: every text scanned whole (the path
# taken where the places lie densely, as in a file of many short lines).
BOTH_PATHS = pytest.mark.parametrize("dense", [0, 10**9], ids=["one-by-one", "whole-scan"])


@BOTH_PATHS
def test_word_gated_matches_equal_finditer(dense: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cues, "_DENSE", dense)
    for text in TEXTS:
        doc = Document(path="<t>", text=text, metadata={})
        for pattern in _patterns():
            assert [m.span() for m in cues.matches(doc, pattern)] == [m.span() for m in pattern.finditer(text)]


@BOTH_PATHS
def test_line_start_matches_equal_finditer(dense: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cues, "_DENSE", dense)
    pattern = _credit_lines()
    for text in TEXTS:
        doc = Document(path="<t>", text=text, metadata={})
        assert [m.span() for m in cues.at_line_starts(doc, pattern)] == [m.span() for m in pattern.finditer(text)]


def test_the_other_number_characters_are_what_the_c_engine_adds_to_word() -> None:
    # cues relies on it: the C re's \w is regex's \w plus \p{No} (less marks).
    import re

    extra = [chr(c) for c in range(0x110000) if re.match(r"\w", chr(c)) and not regex.match(r"\w", chr(c))]
    assert extra and all(regex.match(r"\p{No}", ch) for ch in extra)
