"""NL501 (branch disc17): a maker named by its possessive, "cloned" as an
automatic word, a label's degree, purpose, head and tool kind, and an agent
outside the act's clause.  Wordings written for these tests."""
from __future__ import annotations

import pytest

from newslint.rules.ai_content.ai_disclosure import ai_disclosure, is_disclosure
from newslint.rules.ai_content.clause_break import agent_in_clause, opens_clause
from newslint.testing import findings

HEAD = "Bus lane plan approved\n\nCouncillors approved the bus lane on Tuesday.\n\n"
TAIL = "\n\nWork is due to start in June.\n"


@pytest.mark.parametrize(
    "sentence",
    [
        # A maker's possessive before a tool noun is the agent.
        "Our data team used Anthropic's assistant to sort the survey answers for this report.",
        "The charts in this article were drawn with Stability AI's image generator.",
        # "cloned" makes the voice a machine's.
        "This episode is narrated by a cloned voice of our presenter, with her consent.",
        # A degree before the participle of a label.
        "Summary largely machine-generated.",
        "Captions partly auto-generated; checked by our video desk.",
        # A label's purpose before its agent, and the agent's task and kind after it.
        "Condensed for print by an AI writing assistant.",
        # A label headed by one of the text's people.
        "Narrator voice created by AI.",
        # An agent before the later clause is still the maker.
        "This article was written with help from AI after the reporter fell ill.",
    ],
)
def test_notice(sentence):
    assert is_disclosure(sentence)
    found = findings([ai_disclosure], HEAD + sentence + TAIL)
    assert [(f.rule, f.line, f.column) for f in found] == [("NL501", 5, 1)]


@pytest.mark.parametrize(
    ("sentence", "scorer_warns"),
    [
        # The agent is in a clause of time or cause, not the maker.  The
        # learned scorer reads words, not clauses: it still calls these
        # "probably" a notice (a warning to review), no longer a notice.
        ("This story was written after ChatGPT was released.", True),
        ("This report was updated because OpenAI's software failed during the count.", True),
        ("This review was written before the AI model went on sale.", True),
        # A label's shape with a human maker.
        ("Edited for length by our staff.", False),
        ("Spokesperson appointed by the council.", False),
        # A maker alone is news, not an agent.
        ("OpenAI said this week that it would open an office in Dublin.", False),
        # The news is about cloned voices, not this text's.
        ("This documentary explores how scammers use cloned voices to trick pensioners.", False),
    ],
)
def test_not_a_notice(sentence, scorer_warns):
    assert not is_disclosure(sentence)
    found = findings([ai_disclosure], HEAD + sentence + TAIL)
    assert [f.message.split(":")[0] for f in found] == (
        ["probably a notice that the text was generated or assisted by AI"] if scorer_warns else []
    )


def test_clause_helpers():
    s = "This story was written after ChatGPT was released."
    act_end = s.index("written") + len("written")
    assert opens_clause(s, act_end, s.index("ChatGPT"))
    assert not agent_in_clause(s, act_end)
    s = "This story was written by ChatGPT after a test."
    assert agent_in_clause(s, s.index("written") + len("written"))
