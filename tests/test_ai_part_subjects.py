"""NL502's grammatical remarks of branch leak21: a part of the draft as a
sentence's subject (part_subjects.py) and a note's label with a caveat on the
text's facts (note_caveats.py), with the sentences that must stay clean.
Sentences written for these tests, not batch lines."""
from __future__ import annotations

import pytest

from newslint import Severity
from newslint.rules.ai_content.chatbot_leakage import chatbot_leakage
from newslint.testing import findings

HEAD = "Library hours cut\n\nThe council said on Tuesday that two branches would close on Mondays.\n\n"
TAIL = "\n\nThe changes start in May.\n"

FLAGGED = [
    # A part of the draft as the subject of a present, perfect or modal clause.
    "The opening paragraph leans heavily on the council's statement.",
    "The closing sentence could be dropped if space is tight.",
    "Wording in the third paragraph has been kept neutral.",
    "The pull quote repeats a line from the body.",
    "Word count is 410, so there is room for a box.",
    "The first and second paragraphs are interchangeable.",
    "The subheadings are only there to break up the text.",
    # A note's label and a caveat on a fact of the text.
    "Note: the opening hours are from 2022 and may be out of date.",
    "NB the librarian's surname is unconfirmed.",
    "One thing to flag: the visitor figures have not been verified.",
    "Heads-up that the closing date couldn't be confirmed.",
]

CLEAN = [
    # Another text's part: "of" or "on" after it, or the writer's own.
    "The headline of the council's leaflet is misleading.",
    "The headline on my letter last week was not mine.",
    "The opening paragraph of the report is blunt.",
    "My word count for this column is 800.",
    # A past tense is history.
    "The headline was changed after complaints from readers.",
    # A reporting verb makes it news about a text.
    "The headline is misleading, the council said.",
    # Words of a text's structure in their other senses.
    "The headline act plays at nine.",
    "The draft law is expected to pass next month.",
    "The ending leads you to believe the hero survives.",
    "Headlines are chosen by the site's editors.",
    # A note with no caveat, a caveat with no note.
    "Note: the car park will be closed on Saturday.",
    "Please note that the library is closed on bank holidays.",
    "The figures could not be confirmed.",
    # The news wording.
    "Note: the claims could not be independently verified.",
    "Reminder: the venue is to be confirmed.",
]


@pytest.mark.parametrize("sentence", FLAGGED)
def test_grammatical_remark_is_a_warning(sentence):
    found = findings([chatbot_leakage], HEAD + sentence + TAIL)
    assert [(f.rule, f.severity, f.line) for f in found] == [("NL502", Severity.WARNING, 5)]
    assert found[0].message == f"chatbot text left in the copy: '{sentence}'"


@pytest.mark.parametrize("sentence", CLEAN)
def test_other_texts_and_notices_stay_clean(sentence):
    assert findings([chatbot_leakage], HEAD + sentence + TAIL) == []


def test_two_sentences_on_a_line_only_the_remark_is_reported():
    text = HEAD + "Branches reopen on Tuesdays. The final paragraph is optional.\n" + TAIL
    found = findings([chatbot_leakage], text)
    assert [(f.rule, f.message) for f in found] == [("NL502", "chatbot text left in the copy: 'The final paragraph is optional.'")]
    assert found[0].column == len("Branches reopen on Tuesdays. ") + 1
