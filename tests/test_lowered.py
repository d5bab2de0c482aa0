"""The lower case read a slice at a time (analysis/lowered.py) holds what the
whole text's lower case holds, and its scan finds the whole scan's matches."""
from __future__ import annotations

import random
import re
import sys

import pytest

from newslint.analysis import lowered
from newslint.analysis.lowered import LENGTH_CHANGING, Windows, keeps_offsets, lower


def test_only_the_listed_character_changes_length():
    changing = "".join(chr(c) for c in range(sys.maxunicode + 1) if len(chr(c).lower()) != 1)
    assert changing == LENGTH_CHANGING
    assert keeps_offsets("Ærø £ Σ") and not keeps_offsets("İstanbul")


@pytest.fixture
def small_slices(monkeypatch):
    # Slices of a few characters, so that short texts cross many of them.
    monkeypatch.setattr(lowered, "_SLICE", 7)
    monkeypatch.setattr(lowered, "_CONTEXT", 3)
    monkeypatch.setattr(lowered, "_REACH", 40)


ALPHABET = ["a", "B", "Σ", "ς", "'", ".", " ", "\n", "\n\n", "AI", "Large Language\nModel", "£", "ΟΔΟΣ", "x"]


def _texts(seed: int, count: int) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(ALPHABET) for _ in range(rnd.randint(0, 60))) for _ in range(count)]


PATTERNS = [
    re.compile(r"(?<!\w)(?:ai|large\s+language\s+model)\b"),
    re.compile(r"^\s*\w", re.MULTILINE),
    re.compile(r"(?<=\.\s)σ|ς\b"),
    re.compile(r"b+"),
]


def test_windows_hold_the_whole_lower_case(small_slices):
    for text in _texts(1, 400):
        whole = lower(text)
        w = Windows(text)
        starts = [0, *(m.end() for m in re.finditer("\n", text))]
        ends = [*(m.start() for m in re.finditer("\n", text)), len(text)]
        for lo, hi in zip(starts, ends):
            low, base = w.window(lo, hi)
            assert low[lo - base : hi - base] == whole[lo:hi], (text, lo, hi)
            # What a lookbehind at the line start reads.
            assert low[max(0, lo - 3 - base) : lo - base] == whole[max(0, lo - 3, base) : lo]
            for p in PATTERNS:
                assert [(m.start() + base, m.end() + base) for m in p.finditer(low, lo - base, hi - base)] == [
                    m.span() for m in p.finditer(whole, lo, hi)
                ]


def test_scan_finds_the_whole_scans_matches(small_slices):
    for text in _texts(2, 400):
        whole = lower(text)
        for p in PATTERNS:
            assert list(Windows(text).starts(p)) == [m.start() for m in p.finditer(whole)], (text, p)


def test_one_slice_text_is_lowered_once():
    text = "One Line.\nTwo Lines.\n"
    w = Windows(text)
    assert w.window(0, 9) == ("one line.\ntwo lines.\n", 0)
    assert w.window(10, 20)[0] is w.window(0, 9)[0]
    assert list(w.starts(re.compile("line"))) == [4, 14]
