"""NL502's compositions of what a reply says about its own making (frames.py),
the quote slot, the SEO labels, and the chatty entries narrowed for invitations
and hearsay (branch leak8).  Sentences written for these tests, not batch lines."""
from __future__ import annotations

import pytest

from newslint.rules.ai_content.ai_disclosure import ai_disclosure
from newslint.rules.ai_content.chatbot_leakage import chatbot_leakage
from newslint.testing import findings

HEAD = "Library hours cut\n\nThe council confirmed the new hours on Tuesday.\n\n"
TAIL = "\n\nThe changes start next month.\n"


def _on_line(rule, sentence):
    return [f for f in findings(rule, HEAD + sentence + TAIL) if f.line == 5]


@pytest.mark.parametrize(
    "sentence",
    [
        "In this response, I have kept to the facts in the police statement.",
        "The reply above leaves out the second hearing.",
        "This answer is based solely on the figures you sent over.",
        "The summary below is written in plain English for a young audience.",
        "In character as a grumpy food critic, here is the review:",
        "Taking on the persona of a war correspondent, I'd start with the sirens.",
        "Right, in character as a breakfast radio presenter for this one.",
        "I've arranged the results into a numbered list so the top scorers stand out.",
        "Formatted as a checklist for easy reading:",
        "Tell me whether this strikes the right balance.",
        "Does this hit the brief for your Sunday supplement?",
        "I have no personal views on the merger, but both sides' arguments follow.",
        "I can't give you financial advice, but the rates are listed below.",
        "For legal reasons I won't name the company, but its statement is summarised.",
        "I've withheld the street name for privacy reasons.",
        "Your brief didn't mention the venue, so I've left a gap.",
        "Cheers, thank you for the transcript — I'll shape it into a news story.",
        "A short standfirst will help the story rank for local searches.",
        "SEO tip: use the club's full name in the headline.",
        "Target keywords: bus lanes, Leeds, council vote",
    ],
)
def test_a_reply_talking_about_its_making_is_leakage(sentence):
    assert _on_line(chatbot_leakage, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "In response to the letters, the council has extended the hours.",
        "The council's response above all else must be to listen.",
        "Playing the role of Father Christmas is my favourite job of the year.",
        "In character as ever, the mayor arrived on his tricycle.",
        "I've put the kettle on and the biscuits in a tin.",
        "Let me know if you want to join the litter pick on Sunday.",
        "I can't confirm the rumour, but I've heard the bakery is closing.",
        "I don't have opinions on most things, but I do on the ring road.",
        "I have no personal view on the sale, as my brother works for the buyer.",
        "I'm not comfortable with the new cameras on the high street.",
        "For safety reasons I won't let my daughter walk home that way.",
        "Thanks for sharing your memories of the old cinema, everyone.",
        "Dear Sir, your letter did not mention the bypass.",
    ],
)
def test_prose_that_shares_those_words_is_left_alone(sentence):
    assert findings(chatbot_leakage, HEAD + sentence + TAIL) == []


def test_an_unfilled_quote_slot_is_an_error_even_in_quotation_marks():
    got = _on_line(chatbot_leakage, 'The head teacher said: "[Head teacher quote here]."')
    assert [str(f.severity) for f in got] == ["error"]
    got = _on_line(chatbot_leakage, '"[Quote from the club chairman]," a spokesman said.')
    assert [str(f.severity) for f in got] == ["error"]


def test_a_placeholder_written_about_in_quotation_marks_is_not():
    assert findings(chatbot_leakage, HEAD + 'Essays arrived with "[Insert reference here]" still in them.' + TAIL) == []


def test_a_label_whose_agent_has_a_purpose_is_a_disclosure():
    assert _on_line(ai_disclosure, "Photo: AI-generated, for illustration purposes only.")
