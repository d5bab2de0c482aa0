"""NL501's notice found by its slots (slots.py): the act tied to the agent
by the grammar, the text pointing at itself, a label naming itself.  Every
sentence here was written for this test."""
from __future__ import annotations

import pytest

from newslint.rules.ai_content.ai_disclosure import is_disclosure


@pytest.mark.parametrize(
    "sentence",
    [
        # Any participle tied to the agent, the text pointing at itself.
        "The present bulletin was assembled with the support of an artificial intelligence.",
        "The following timeline was pieced together with a large language model.",
        "The figures in this chart were interpolated by an AI model.",
        "The tips answered here were grouped into topics by an algorithm.",
        "The crossword you are about to play was devised with the help of AI.",
        # The agent said to be used for it.
        "AI was used to sharpen the archive photographs in this feature.",
        # A copula, the agent and a thing made.
        "The skyline pictures in this report are AI visualisations of the plans.",
        # A label naming itself.
        "Map labels translated by AI.",
        "Chart annotations and alt text drafted with an AI writing tool.",
        "With the assistance of generative AI.",
    ],
)
def test_a_notice_by_its_slots(sentence):
    assert is_disclosure(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # Handling a finished text is not making it.
        "This post was hidden by an algorithm within minutes.",
        "The comments below were screened by AI before publication.",
        # Another's tool, named by a possessive.
        "This video was boosted by the network's recommendation algorithm.",
        # Not the text: "the following <anything>", "the present <anything>".
        "At the following hearing, jurors were shown a letter written with AI.",
        "The present scheme, run by an algorithm, ends in May.",
        # A share label that goes on into a sentence of news.
        "With the help of AI, engineers found the leak in hours.",
        # A headline: the label's agent is followed by more news.
        "Posters designed with AI anger the town's artists",
        # Reporting and belief.
        "The images in this appeal were generated with AI, the charity admitted.",
        "Detectives think the letters quoted here were composed with a chatbot.",
        # A link broken by "how".
        "This explainer sets out how photos were faked with AI tools.",
    ],
)
def test_not_a_notice_by_its_slots(sentence):
    assert not is_disclosure(sentence)
