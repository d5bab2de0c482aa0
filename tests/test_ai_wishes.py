"""NL502 on "let me know if you'd like ...": an assistant's offer is about the
text (a part of it, an edit, the writer's own act), a person's invitation is
about anything else (a lift, tickets, a seat).  The chatty patterns of
newslint/data/ai_chatty_patterns.txt ask the wish to name the text."""
from __future__ import annotations

import pytest

from newslint.rules.ai_content.chatbot_leakage import chatbot_leakage
from newslint.testing import findings

_HEAD = "Ferry fares to rise in spring\n\nOperators said on Monday that fares would rise by 4% from April.\n\n"


def _nl502(line: str) -> list[tuple[int, int, str]]:
    return [(f.line, f.column, f.severity.name) for f in findings([chatbot_leakage], _HEAD + line + "\n") if f.rule == "NL502"]


@pytest.mark.parametrize("line", [
    "Let me know if you'd like a seat on the minibus to the match.",
    "Let me know whether you want tickets for the pantomime.",
    "Let me know if you need a hand with the bunting on Saturday.",
    "Tell me which day you'd prefer for the street party.",
    "Let me know if you'd rather come to the later service.",
])
def test_an_invitation_about_the_world_is_no_offer(line):
    assert _nl502(line) == []


@pytest.mark.parametrize("line, severity", [
    ("Let me know if you'd like a punchier headline.", "WARNING"),
    # The writer's own act on the text, and an edit verb: two signals, an error.
    ("Let me know whether you want me to cut the second quote.", "ERROR"),
    ("Let me know if you'd prefer a more formal tone.", "WARNING"),
    ("Tell me which version you'd prefer.", "WARNING"),
    ("Let me know if you'd like.", "WARNING"),
])
def test_a_wish_about_the_text_is_still_an_offer(line, severity):
    assert _nl502(line) == [(5, 1, severity)]


@pytest.mark.parametrize("line", [
    "Of course, here's the thing about our bus service: hardly anyone uses it after six.",
    "Sure, here's a tip for anyone parking at the station: arrive before eight.",
    "Absolutely, here is my answer to the council's survey: keep the library open.",
])
def test_a_person_handing_over_no_text_is_no_reply(line):
    assert _nl502(line) == []


@pytest.mark.parametrize("line", [
    "Sure, here's a tighter version of the opening.",
    "Of course, here is the revised standfirst.",
    "Certainly — here's what changed in the second draft.",
])
def test_a_reply_handing_over_the_text_is_still_reported(line):
    found = _nl502(line)
    assert [(ln, col) for ln, col, _ in found] == [(5, 1)]


@pytest.mark.parametrize("line, found", [
    ("I've flagged the broken streetlight outside number 9 to the council twice.", False),
    ("I've marked the dates I could not confirm.", True),
    ("I've flagged the two quotes that need a source.", True),
])
def test_what_was_flagged_must_be_a_part_of_the_text(line, found):
    assert bool(_nl502(line)) is found
