"""NL502's shapes of a reply's remarks on the draft it wrote (choices.py,
branch leak18): a choice about a part of the text with its reason, a check it
has no means to make, a bracketed gap for the requester to fill, another form
of the text offered as a question, where the extras sit in its output, the fit
to the requester's outlet, a part worked up from what the requester gave.  And
what stays clean: a columnist's choices about her own life and column, a
letter writer's checks, Wikipedia's tags, questions about schemes, service
journalism.  Sentences written for these tests, not batch lines."""
from __future__ import annotations

import pytest

from newslint import Severity
from newslint.rules.ai_content.chatbot_leakage import chatbot_leakage
from newslint.testing import findings

HEAD = "Bridge repairs delayed\n\nThe county said on Wednesday that work would start in June.\n\n"
TAIL = "\n\nThe bridge carries 12,000 vehicles a day.\n"


@pytest.mark.parametrize(
    "sentence, quoted",
    [
        ("I went with a plainer intro since the first one buried the delay.", "I went with a plainer intro"),
        ("I opted for a less dramatic headline, given the inquiry is ongoing.", "I opted for a less dramatic headline"),
        ("I've cut the second quote because it repeats the first.", "I've cut the second quote"),
        ("I've softened the wording so that it doesn't read as blame.", "I've softened the wording"),
        ("I do not have the ability to verify the contractor's figures.", "I do not have the ability to verify"),
        ("I lack the means to confirm when the work began.", "I lack the means to confirm"),
        ("[Engineer's comment to come]", "[Engineer's comment to come]"),
        ("(Caption TBC)", "(Caption TBC)"),
        ("Would a timeline format suit your readers better?", "Would a timeline format suit your readers better?"),
        ("Alternative headlines are listed at the end.", "Alternative headlines are listed at the end"),
        ("This should sit comfortably within your word limit.", "This should sit comfortably within your word limit"),
        ("The figures are approximated, since you only sent me a rough total.", "figures are approximated, since you only sent"),
        # Round two (after AV's first run): a possessive before the part, no
        # way for the writer to check, an edit verb reported throughout.
        ("I've gone with the coach's quote as the opener because it is the most vivid.", "I've gone with the coach's quote"),
        ("There's no way for me to verify the closure dates, so check with the county.", "There's no way for me to verify"),
        ("I've restructured the second half so that the delay comes first.", "I've restructured the second half"),
    ],
)
def test_a_remark_on_the_drafts_choices_is_a_warning(sentence, quoted):
    got = [(f.rule, f.line, f.severity, f.message) for f in findings(chatbot_leakage, HEAD + sentence + TAIL)]
    assert got == [("NL502", 5, Severity.WARNING, f"chatbot text left in the copy: '{quoted}'")]


def test_two_remarks_in_one_sentence_are_errors():
    sentence = "This should slot into your Sunday edition; rework anything that doesn't suit your house style."
    got = [(f.rule, f.line, f.severity) for f in findings(chatbot_leakage, HEAD + sentence + TAIL)]
    assert got == [("NL502", 5, Severity.ERROR), ("NL502", 5, Severity.ERROR)]


@pytest.mark.parametrize(
    "sentence",
    [
        # Choices about a life, a keepsake, the writer's own column.
        "I went with my instinct and took the job because the team was kind.",
        "I kept the old headline from our first issue because it still makes me smile.",
        "I chose the quote from Orwell because it sums up the mood of the meeting.",
        "I kept my intro short because the news speaks for itself.",
        "I've rewritten the ending of my novel three times because my agent hated it.",
        "There's no way for me to know whether the letter ever arrived.",
        "I cut the hedge back because the neighbours complained.",
        # A letter writer's checks and a person's plain inability.
        "I have no means of checking whether my complaint was ever read.",
        "I can't agree with last week's letter about the bridge.",
        # Wikipedia's tags and a picture credit.
        "[citation needed]",
        "[clarification needed]",
        "(Picture: County Council)",
        # A question about a scheme, not a form of the text.
        "Would a longer closure work better for drivers?",
        # Lists in news that are no reply's extras; service journalism.
        "Alternative routes are listed below the map.",
        "This should fit neatly into your weekly budget.",
    ],
)
def test_first_person_prose_and_news_stay_clean(sentence):
    assert findings(chatbot_leakage, HEAD + sentence + TAIL) == []
