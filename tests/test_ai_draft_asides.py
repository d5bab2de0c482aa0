"""NL502's hand-over asides (draft_asides.py, branch leak22): two word classes in one shape."""
from __future__ import annotations

import pytest

from newslint import Severity
from newslint.rules.ai_content.chatbot_leakage import chatbot_leakage
from newslint.testing import findings

HEAD = "Library hours cut\n\nThe council said on Tuesday that opening hours would be cut.\n\n"


@pytest.mark.parametrize(
    "line",
    [
        "Suggested caption: Volunteers sort books at the library on Saturday.",
        "Standfirst option: A town fights to keep its library open",
        "Good luck with Friday's deadline!",
        "Hope this works for tomorrow's edition!",
        "Quote from a librarian goes here.",
        "(Add a comment from the council here once you have one.)",
        "Pick whichever of the two headlines you prefer.",
        "The paragraph on the 1990s could be cut if space is tight.",
        "Any other tweaks, just say the word.",
    ],
)
def test_a_hand_over_aside_is_a_warning_on_its_line(line):
    found = findings([chatbot_leakage], HEAD + line + "\n")
    assert [(f.rule, f.line, f.severity) for f in found] == [("NL502", 5, Severity.WARNING)]
    assert found[0].message.startswith("chatbot text left in the copy: ")


@pytest.mark.parametrize(
    "line",
    [
        "[Name withheld at the writer's request]",
        "Caption: Volunteers sort books at the library on Saturday.",
        "Good luck to everyone sitting exams this week!",
        "Coffee from the new kiosk goes down well on a cold morning.",
        "Pick whichever of the two walks suits your legs.",
        "Proposed changes: the library would close on Mondays.",
    ],
)
def test_human_lines_in_those_shapes_are_clean(line):
    assert findings([chatbot_leakage], HEAD + line + "\n") == []
