"""sentence_scan.StartScan: the sentence-start readings of NL502 tried only where
a sentence may start, finding the same first match as the plain search."""
from __future__ import annotations

import re

import pytest

from newslint.rules.ai_content import draft_asides, note_caveats, part_subjects
from newslint.rules.ai_content.sentence_scan import StartScan

_LEAD = r"(?:^[ \t]*|(?<=[.!?])[ \t]+)"
_COLON_LEAD = r"(?:^[ \t]*|(?<=[.!?:])[ \t]+)"
_PATTERNS = (
    re.compile(rf"{_LEAD}hope\s+this\s+helps\b", re.MULTILINE),
    re.compile(rf"{_COLON_LEAD}any\s+more\s+edits\b|\bi've\s+kept\s+it\s+short\b", re.MULTILINE),
)
_PLAIN = re.compile("|".join(f"(?:{p.pattern})" for p in _PATTERNS), re.MULTILINE)
_SCAN = StartScan(_PATTERNS, (_LEAD, _COLON_LEAD), ".!?:")

_TEXTS = [
    "hope this helps with the launch.",
    "  hope this helps",
    "the fares rise. hope this helps!",
    "the fares rise.hope this helps",  # no space after the stop: no sentence start
    "we said we hope this helps",  # mid-sentence: no lead
    "notes: any more edits, shout",  # a colon opens the second reading only
    "notes: hope this helps",
    "a line\nany more edits please\n",
    "a line\r\n  hope this helps\r\n",
    "in short, i've kept it short for the page",  # a free alternative, anywhere
    "one. two! three? hope this helps. any more edits",
    "",
]


@pytest.mark.parametrize("text", _TEXTS)
def test_the_scan_finds_the_plain_searchs_first_match(text):
    for pos in range(len(text) + 1):
        plain, scanned = _PLAIN.search(text, pos), _SCAN.search(text, pos)
        assert (plain.start() if plain else None) == (scanned.start() if scanned else None), (text, pos)


@pytest.mark.parametrize("text", [
    "Thanks for reading.\n\n  Alternative headlines:\n- One\n",
    "He said so. (Note: the figures below are unverified.)\n",
    'She left. "The intro needs work." Then more.\n',
    "Hope this helps with your interview! Any other tweaks - just ask.\n",
])
def test_the_rules_scans_find_the_lines_of_their_plain_patterns(text):
    low = text.lower()
    plain_scans = (
        re.compile("|".join(f"(?:{p.pattern})" for p in draft_asides._readings()), re.MULTILINE),
        note_caveats._label(),
        part_subjects._subject(),
    )
    for plain, scan in zip(plain_scans, (draft_asides._opener(), note_caveats._label_scan(), part_subjects._subject_scan())):
        for pos in range(len(low) + 1):
            a, b = plain.search(low, pos), scan.search(low, pos)
            assert (a.start() if a else None) == (b.start() if b else None)


def test_a_scan_with_no_sentence_lead_searches_as_the_pattern_does():
    scan = StartScan([re.compile(r"\bhope\s+this\s+helps\b")], (_LEAD,), ".!?")
    assert scan.search("we hope this helps.").start() == 3
    assert scan.search("nothing here") is None
