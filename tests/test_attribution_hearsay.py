"""NL403 on hearsay with no sayer (batch I): "reportedly", "word is that",
"rumours are circulating that"; and a participle opening a source's
post-modifier ("a source speaking to Fox News said").  Wordings written for
these tests."""
from __future__ import annotations

import pytest

from newslint.rules.attribution.vague_attribution import vague_attribution
from newslint.testing import findings

HEAD = "Council split over bypass\n\nBy Ana Cole\n\nCouncillors will vote on the bypass on Monday.\n\n"


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("The leader reportedly warned colleagues she would resign.", "reportedly"),
        ("Word is that the contractor has walked away.", "Word is that"),
        ("Word has it that the vote will be delayed.", "Word has it that"),
        ("Rumours were swirling that the vote would be delayed.", "Rumours were swirling that"),
    ],
)
def test_hearsay_is_vague(sentence, phrase):
    found = findings([vague_attribution], HEAD + sentence + "\n")
    assert [(f.rule, f.line, f.column, f.end_column) for f in found] == [
        ("NL403", 7, sentence.index(phrase) + 1, sentence.index(phrase) + len(phrase) + 1)
    ]
    assert found[0].message == f"vague attribution '{phrase}': name who says it"


@pytest.mark.parametrize(
    "sentence",
    [
        "Rumours about the bypass have circulated for years.",
        "The word is used in the council's minutes.",
        "The minister said the report was wrong.",
    ],
)
def test_not_hearsay(sentence):
    assert findings([vague_attribution], HEAD + sentence + "\n") == []


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        ("Another council source speaking to the Gazette said the vote was close.",
         "Another council source speaking to the Gazette said"),
        ("Residents living near the depot say the noise starts at dawn.", "Residents living near the depot say"),
    ],
)
def test_a_participle_opens_the_post_modifier(sentence, subject):
    found = findings([vague_attribution], HEAD + sentence + "\n")
    assert [(f.rule, f.column, f.end_column) for f in found] == [("NL403", 1, len(subject) + 1)]


@pytest.mark.parametrize(
    "sentence",
    [
        # The participle's own infinitive is a clause, not a post-modifier.
        "Campaigners trying to stop the bypass say the vote was rigged.",
        # A named person speaking.
        "Jane Doe, speaking to reporters, said the vote was close.",
    ],
)
def test_no_participle_post_modifier(sentence):
    assert findings([vague_attribution], HEAD + sentence + "\n") == []
