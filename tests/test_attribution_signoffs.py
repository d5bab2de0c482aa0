"""NL401 on wire and web copy whose only credit is its last line (issue 10:
"wire stories whose only credit is a bare agency sign-off on the last line:
about half called unattributed").  Batch SO, written for this test before
the change it measures: 30 closing credits in the forms wire and web copy
use, and 10 closing sentences that only look like them (the article then has
no credit, and NL401 must report it).  First run at main 7260270: 27/30
credits read, 10/10 controls reported; misses "PA Media" (the shorter
agency "PA" matched first), "With agencies" and "— With files from The
Canadian Press"; 30/30 after (agencies matched longest first, two credit
lines widened)."""
from __future__ import annotations

import pytest

from newslint.rules.attribution.missing_attribution import missing_attribution
from newslint.testing import findings

ARTICLE = (
    "Rivers burst banks in the north\n\n"
    "Flood warnings were issued for three rivers on Sunday after a night of heavy rain.\n\n"
    "The Environment Agency said water levels were expected to peak on Monday morning, and residents "
    "were urged to move valuables upstairs.\n\n"
    "\"We have seen nothing like this for twenty years,\" said Joan Pike, who runs a cafe beside the river.\n\n"
    "Roads in two villages were closed and a school will stay shut.\n\n"
)

CREDITS = [
    "(Reuters)", "— AP", "-- AFP", "Reuters", "AFP", "PA Media", "(AP)", "© Reuters 2026",
    "— Associated Press", "Source: AFP", "AFP/jh", "(Reporting by Sam Holmes; Editing by Lucy Marks)",
    "Reporting by Sam Holmes in London; additional reporting by Ana Ruiz; editing by Tom Reid",
    "This article was originally published by The Conversation.",
    "Copyright 2026 The Associated Press. All rights reserved.", "With agencies",
    "Additional reporting by agencies", "dpa/rs", "— Bloomberg", "Kyodo", "ANSA", "EFE", "(Xinhua)",
    "— CNN's Jane Doe contributed to this report.", "Jane Doe contributed reporting.", "The Canadian Press",
    "Staff and agencies", "Compiled by the news desk", "AP writer Tom Ruiz contributed from Madrid.",
    "— With files from The Canadian Press",
]
CONTROLS = [
    "Police said they were working with agencies across the region.",
    "Files from the inquiry will be published next month.",
    "The Press Association of the county will meet on Friday.",
    "Media reports said the bridge had been closed since March.",
    "Staff at the cafe said they would reopen within a week.",
    "Reporting restrictions were lifted on Tuesday.",
    "The agency said it would review its advice.",
    "Copies of the report are available from the council.",
    "Source of the flooding is still being investigated.",
    "Edited highlights of the meeting will be broadcast tonight.",
]


@pytest.mark.parametrize("credit", CREDITS)
def test_a_closing_credit_is_a_credit(credit):
    assert findings([missing_attribution], ARTICLE + credit + "\n") == []


@pytest.mark.parametrize("closing", CONTROLS)
def test_a_closing_sentence_is_not_a_credit(closing):
    found = findings([missing_attribution], ARTICLE + closing + "\n")
    assert [(f.rule, f.line, f.column) for f in found] == [("NL401", 1, 1)]
