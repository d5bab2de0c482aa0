"""What a disclosure notice is made of (NL501): an AI agent, a self-reference, a generation word."""
from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

import regex

from ...pattern_files import read_entries
from ...phrases import word_start_phrases
from .vocab import words


class Terms(NamedTuple):
    """The compiled vocabulary of a notice."""

    # An AI agent: "ChatGPT", "a large language model" (ai_terms).
    agent: regex.Pattern[str]
    # Matched right after an agent: "AI researchers" names the industry, not a tool.
    not_agent: regex.Pattern[str]
    # The text pointing at itself: "this article", "we used", a label line.
    self_reference: regex.Pattern[str]
    # "generated", "written", "with the help of" (ai_generation).
    generation: regex.Pattern[str]
    # A noun for a piece of text: "article", "summary" (ai_text_nouns).
    text_noun: regex.Pattern[str]


@lru_cache(maxsize=None)
def terms() -> Terms:
    def load(name: str) -> regex.Pattern[str]:
        return word_start_phrases(tuple(read_entries(name)))

    return Terms(
        agent=load("ai_terms"),
        # Matched with .match() after the agent, so not at a word start.
        not_agent=regex.compile(rf"\s+(?:{words('ai_term_exclusions.txt')})\b", regex.IGNORECASE),
        self_reference=load("ai_self_reference"),
        generation=load("ai_generation"),
        text_noun=regex.compile(rf"\b(?:{words('ai_text_nouns.txt')})s?\b", regex.IGNORECASE),
    )


def has_agent(text: str, start: int = 0, end: int | None = None) -> bool:
    """An AI term in text[start:end] that names a tool, not the AI industry."""
    t = terms()
    end = len(text) if end is None else end
    return any(not t.not_agent.match(text, m.end()) for m in t.agent.finditer(text, start, end))
