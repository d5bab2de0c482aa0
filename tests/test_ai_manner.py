"""NL502's shapes of how a reply says it handled the request (replies.py's
manner shapes, branch leak17): the text presented in the manner asked for, a
placeholder to fill given as an instruction, the text grounded in what the
requester supplied, another framing offered; a prompt pointing at its pasted
material; a refusal by what the assistant is not permitted to do; the request
paraphrased back.  And what stays clean: a writer's history of their own
edits, a reply's wording quoted in single quotes that open before the match.
Sentences written for these tests, not batch lines."""
from __future__ import annotations

import pytest

from newslint import Severity
from newslint.rules.ai_content.chatbot_leakage import chatbot_leakage
from newslint.testing import findings

HEAD = "Library hours cut\n\nThe council confirmed the new hours on Tuesday.\n\n"
TAIL = "\n\nThe changes start next month.\n"


@pytest.mark.parametrize(
    "sentence, quoted",
    [
        ("Here is the obituary in a warmer tone, as a family might write it.", "Here is the obituary in a warmer tone"),
        ("Below is your match report in the style of a tabloid back page.", "Below is your match report in the style"),
        ("Include a quote from the head teacher here before it runs.", "Include a quote from the head teacher here"),
        ("Add a figure for the total cost here.", "Add a figure for the total cost here"),
        ("The figures above are based entirely on the notes you pasted.", "figures above are based entirely on the notes you pasted"),
        ("Everything here is based on your press release, so check the dates.", "Everything here is based on your press release"),
        ("Alternatively, I could rewrite the headline as a question.", "Alternatively, I could rewrite the headline"),
        ("Or I could restructure the piece around the timeline.", "Or I could restructure the piece"),
        ("I'm not permitted to write articles that name the boy.", "I'm not permitted to write articles that"),
        ("I understand you're looking for something shorter; here it is.", "I understand you're looking for something shorter; here it is."),
    ],
)
def test_a_reply_saying_how_it_handled_the_request_is_a_warning(sentence, quoted):
    got = [(f.rule, f.line, f.severity, f.message) for f in findings(chatbot_leakage, HEAD + sentence + TAIL)]
    assert got == [("NL502", 5, Severity.WARNING, f"chatbot text left in the copy: '{quoted}'")]


def test_a_prompt_pointing_at_its_pasted_material_is_a_warning():
    sentence = "Draft a news story about the fete from the notes below."
    got = [(f.rule, f.line, f.severity) for f in findings(chatbot_leakage, HEAD + sentence + TAIL)]
    assert got == [("NL502", 5, Severity.WARNING)]


@pytest.mark.parametrize(
    "sentence",
    [
        # Presented, but in no manner a requester asks for.
        "Here's the story in a nutshell: the library stays open.",
        "Here is the column in a new home on page 12.",
        # A recipe's step, a petition's button, a web form's label.
        "Add the onions here and stir for five minutes.",
        "Add your name here to back the campaign.",
        "Add a comment here",
        # Based on a source that is nobody's request.
        "The figures are based on the 2021 census.",
        "The story is based on interviews with 40 residents.",
        # Alternatives that frame no text.
        "Alternatively, I could write to my MP about the bus.",
        "Or I could recast my vote for the other candidate.",
        "As a magistrate, I'm not allowed to comment on cases.",
        "Write a letter to the council using the form below.",
        "I understand you're looking for a new vicar.",
        # A history of the writer's own effort, not a report of one edit.
        "I've rewritten this speech four times and it still runs long.",
        "I have rewritten the article in my head over and over since the match.",
        # A reply's wording quoted, its "!" splitting the sentence.
        "She wrote the words 'Sure! Here is the article' on the board.",
        "The pupil's essay began 'Certainly! Here's a rewritten version of your homework' and went on.",
    ],
)
def test_prose_that_shares_those_words_is_left_alone(sentence):
    assert findings(chatbot_leakage, HEAD + sentence + TAIL) == []
