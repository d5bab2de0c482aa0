"""NL501's notice read by its parts in any order (notice_parts.py): an actor,
an act and the text itself, or a framing label in place of the text.
Wordings written for these tests."""
from __future__ import annotations

import pytest

from newslint.rules.ai_content.ai_disclosure import ai_disclosure, is_disclosure
from newslint.testing import findings

HEAD = "Library hours to change\n\nThe library will open an hour later from next month.\n\n"
TAIL = "\n\nThe council will review the change in a year.\n"


@pytest.mark.parametrize(
    "sentence",
    [
        # A softer actor after "by", the text pointing at itself.
        "The tide tables in this supplement are compiled by software overnight.",
        # No human author is an actor.
        "The match reports on this page were not written by humans.",
        # The text "quoted here", the act as a gerund.
        "A chatbot helped in translating the letters quoted here from Polish.",
        # A framing label stands in for the text.
        "How this story was made: an AI tool transcribed the council meeting and a reporter checked it.",
        # The act as a noun; the text first, the actor last.
        "This audio edition: narration by a synthetic voice.",
        # "What follows", read as the text itself.
        "The glossary that follows was compiled by a language model.",
    ],
)
def test_a_notice_is_read_by_its_parts(sentence):
    assert is_disclosure(sentence)
    assert [f.rule for f in findings([ai_disclosure], HEAD + sentence + TAIL)] == ["NL501"]


@pytest.mark.parametrize(
    "sentence",
    [
        # A denied agent is not the maker.
        "The tributes quoted here were written by pupils, not by a machine.",
        # A machine noun heading a noun for people.
        "Our software team redesigned this page over the summer.",
        # Another's belief about the text is news.
        "Detectives suspect the threats quoted here were drafted by a chatbot.",
        # A framing without its label colon is a claim about other texts.
        "Readers should know that AI tools are now used to draft many press releases.",
        # A softer actor that does not make the text.
        "I used to type this column on a typewriter before the software came along.",
        # A reporting verb makes it news about another text.
        "The minister said these figures were compiled by software, not civil servants.",
    ],
)
def test_parts_that_do_not_describe_the_text_are_not_a_notice(sentence):
    assert not is_disclosure(sentence)
    assert findings([ai_disclosure], HEAD + sentence + TAIL) == []
