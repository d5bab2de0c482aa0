"""NL501: a tool named by its shape after a human verb of making (issue 10, branch disc14).

notice_parts.py reads a capitalised name as a tool only after an act a
program does by itself ("generated with ElevenLabs", "transcribed using
Otter"); after ``by`` and a verb people do too ("drafted by Perplexity",
"composed by Quillbot") the name is as often a person or an agency.  Here
such a name is read as the maker when the sentence also points at the text
itself (notice_parts.py's text shapes, slots.py's deixis), with no word that
breaks the link between the two:

* a name shaped like a product (an inner capital, a digit, a middle dot:
  "DeepSeek", "GPT-4o", "DALL·E") makes the sentence a notice;
* a plain capitalised word ("Perplexity", "Quillbot") only probably one: a
  person named by a first name alone would read the same ("This poem was
  written by Grace"), so the finding is a warning.

Not a word of ai_not_tool_names.txt or an agency (attribution_agencies.txt:
"translated by Reuters"), a possessive, or the first of two capitalised
words (a person's full name: "drafted by Sam Ojo").  Reporting verbs,
another's belief and a subject outside the newsroom rule it out as for the
other readings (ai_disclosure.py, notice_parts.py check those).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

import regex

from ...analysis.quotes import inside_quotes
from .vocab import words

# The words a text points at itself with (slots.py's gate), and how near
# the name one must be: a notice is a short sentence.
_POINTING = re.compile(
    r"\b(?:this|these|here|you|follows?|below|above|present|following|accompanying|attached|enclosed)\b", re.IGNORECASE
)
_NEAR = 200
_BLOCKERS = regex.compile(r"\b(?:whether|how|why|about|if|whose|who|label\w*|flag\w*|detect\w*|ban\w*)\b", regex.IGNORECASE)
# How far before the name its verb may stand ("drafted in part by").
_REACH = 60


class NamedTool(NamedTuple):
    link: regex.Pattern[str]
    shaped: regex.Pattern[str]


@lru_cache(maxsize=None)
def named_tool() -> NamedTool:
    not_name = rf"(?!(?:{words('ai_not_tool_names.txt')}|{words('attribution_agencies.txt')})\b)"
    # One capitalised word, perhaps joined by a dot, a hyphen or a middle
    # dot ("DALL·E", "GPT-4o"); not a possessive or the first of two names.
    # Taken whole (atomic): "WordPress.com VIP" is not cut back to "WordPress".
    name = r"(?>[A-Z][\w]*(?:[.·-][\w]+)*)(?![\w'’·-]|\.\w)(?!\s+[A-Z])"
    making = rf"(?!(?:{words('ai_named_tool_not_verbs.txt')})\b)(?:{words('ai_making_verbs.txt')})"
    link = (
        rf"\b(?:{making})\s+(?:(?:in\s+part|partly|largely|mostly|first|initially)\s+)?"
        rf"by\s+(?-i:{not_name}(?P<name>{name}))"
    )
    return NamedTool(
        link=regex.compile(link, regex.IGNORECASE),
        shaped=regex.compile(r"[A-Z][a-z]+[A-Z]|\d|·"),
    )


def confirmed_name(text: str, pos: int, end: int | None = None) -> bool:
    """Whether the "by" at ``pos`` (or any in text[pos:end]) follows a verb
    of making and names a tool by its shape."""
    if end is not None:
        return named_tool().link.search(text, pos, end) is not None
    # Around a hit of the whole article, a word the text points at itself
    # with must be near too (most names after "by" are a maker's: "made by
    # Apple"), or the article is split into sentences for nothing.
    lo = max(0, pos - _REACH)
    return (
        named_tool().link.search(text, lo, pos + 40) is not None
        and _POINTING.search(text, max(0, pos - _NEAR), pos + _NEAR) is not None
    )


def named_notice(sentence: str, pointing: list[tuple[int, int]]) -> bool | None:
    """None when no tool is named after a verb of making and ``by`` with
    the text pointing at itself (``pointing``: the spans of its shapes);
    else True when the name is shaped like a product, False when it is a
    plain capitalised word (probably a notice)."""
    best: bool | None = None
    for link in named_tool().link.finditer(sentence):
        if inside_quotes(sentence, link.start()):
            continue
        for lo_t, hi_t in pointing:
            lo, hi = (hi_t, link.start()) if lo_t < link.start() else (link.end(), lo_t)
            if lo > hi or not _BLOCKERS.search(sentence, lo, hi):
                if named_tool().shaped.search(link.group("name")):
                    return True
                best = False
    return best
