"""NL201's line keys: the quick path for ASCII text gives the pattern's key,
and a key judged only when it repeats gives the findings of judging every one."""
from __future__ import annotations

import random

import pytest

from newslint import lint_text
from newslint.rules.duplicates import duplicate_line

_PIECES = ("The", "the", "cat", "sat", "on", "mat", "-", "*", "•", " ", "  ", "\t", "\x0b", "\x0c", "\x1c", ".",
           "!", ")", "”", "é", "\u00a0", "\u2009", "Straße", "STRASSE", "#", ">", "\n")


def _pattern_key(text: str) -> str:
    lead = duplicate_line._LEAD.match(text)
    start = lead.end() if lead else 0
    trail = duplicate_line._TRAIL.search(text, start)
    end = trail.start() if trail else len(text)
    return duplicate_line._SPACE.sub(" ", text[start:end]).casefold()


@pytest.mark.parametrize("seed", range(3))
def test_key_of_any_line_is_the_patterns(seed):
    rng = random.Random(seed)
    for _ in range(3000):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 12)))
        assert duplicate_line._key(text) == _pattern_key(text), repr(text)


def test_short_copies_are_not_reported_and_do_not_break_a_run():
    line = "China's big state firms have been encouraged to invest."
    text = f"Short one\n{line}\nShort one\n{line}\n{line}\n"
    found = [(f.line, f.message) for f in lint_text(text, select=["NL201"])]
    assert found == [(4, "repeats line 2"), (5, "repeats line 2")]


def test_a_line_without_words_is_not_a_copy_at_the_default_min_words():
    text = "$$$$$$$$$$$$$$$$$$$$$$$$\nsomething else here\n$$$$$$$$$$$$$$$$$$$$$$$$\n"
    assert [f.line for f in lint_text(text, select=["NL201"])] == []
