"""NL501's agents named by their shape (issue 10, branch disc14): a compound
("generative fill", "voice-cloning technology"), a middle-dot spelling
("DALL·E"), a capitalised name after a human verb of making and "by" when the
text points at itself ("drafted by Perplexity"), a synthetic person on a
line under a media head, a participle label of a picture.  All text invented."""
from __future__ import annotations

import pytest

from newslint import Severity
from newslint.rules.ai_content.ai_disclosure import ai_disclosure
from newslint.testing import findings

HEAD = "Bridge repairs delayed\n\nEngineers said on Tuesday that the work would take a month longer.\n\n"
TAIL = "\n\nThe council meets again next week.\n"


def _nl501(sentence: str) -> list:
    return [f for f in findings([ai_disclosure], HEAD + sentence + TAIL) if f.rule == "NL501"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The sky in this photograph was extended using generative fill.",
        "The narrator's voice in this documentary was rebuilt with face-swapping and voice-cloning technology.",
        "The timeline below was drafted by GPT-4o and checked by the desk.",
        "The glossary below was drafted by DALL·E's sister product, then rewritten.",
        "Audio: host is a synthetic avatar made for this series.",
        "AI-enhanced photograph.",
        "The summary at the top of this page is narrated by a synthetic voice.",
        # A field label's colon before the act; a bracketed participle after the head.
        "Header photo: upscaled with Topaz.",
        "Report (machine-translated): the ministry confirmed the figures on Monday.",
    ],
)
def test_notice_named_by_shape_is_a_notice(sentence):
    found = _nl501(sentence)
    assert found and not found[0].message.startswith("probably"), sentence


def test_plain_name_after_by_is_only_probably_a_notice():
    found = _nl501("The quiz questions that follow were composed by Wordsmith and checked by our puzzles editor.")
    assert [f.message.startswith("probably") for f in found] == [True]
    assert found[0].severity <= Severity.WARNING


@pytest.mark.parametrize(
    "sentence",
    [
        # A person's full name, an agency, a platform.
        "This profile was written by Priya Shah, our education correspondent.",
        "The photographs in this gallery were made by Reuters photographers.",
        "The subtitles below were translated by Reuters.",
        "Powered by WordPress.com VIP",
        # No text pointed at: a maker of products.
        "The chips are made by Samsung and shipped from Korea.",
        # Materials and sciences after a modifier.
        "The pitch in this stadium was relaid with synthetic turf.",
        # News about a tool, with a reporting clause.
        "The start-up said its voice-cloning technology had been used to fake a minister's voice.",
        # A synthetic person who is not the text's.
        "The voice on this phone line is a synthetic clone of the mayor.",
        # A human maker in the brackets, a camera after the colon.
        "Summary (written by our staff): the council met.",
        "Photo: taken with Canon.",
    ],
)
def test_people_products_and_news_are_not_a_notice(sentence):
    assert _nl501(sentence) == [], sentence
