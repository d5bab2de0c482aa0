"""NL502: a part of the draft as the subject of a sentence (issue 10, branch leak21).

A reply that talks about the text it produced often makes a part of that text
the subject of a present-tense or modal clause, with no "I" and no "you":
"The final line is a bit of a cliché", "Wording in the second paragraph has
been softened", "The headline plays on the club's nickname", "Word count is
380".  News and columns talk about OTHER texts that way, and then they say
whose: "The word count of the bill", "The headline on my letter", "the
revised draft of the treaty", or in the past tense ("The headline was not
mine").  So the shape is grammatical, not a wording:

* at a sentence's start (after an optional ``Note:``), an optional
  determiner (not a possessive of the writer's or a third person's, not
  ``a``), optional ordinals or adjectives, and a structural part of a news
  text (``ai_subject_parts.txt``: headline, standfirst, paragraph, draft,
  wording, word count, pull quote ...);
* then directly a present, perfect or modal verb (``is``, ``has been``,
  ``plays``, ``could``, ``now``), or a post-modifier that points inside this
  text (``in this version``, ``in the second paragraph``, ``above``,
  ``attributed to ...``, ``from ...``) and then one;
* no ``of`` or ``on`` after the part (another text's part), no reporting
  verb, at most 30 words.

Measured on the corpora's sentences outside quotation marks (branch leak21's
section of benchmarks/RESULTS.md): none of bbc-dev, polnear-dev, aeb-dev,
cweb-dev or readability-dev match.  A warning.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import Iterator

from ...document import Document
from .vocab import words

_MAX_WORDS = 30
# What the part's clause may do: present, perfect or modal (a reply speaks of
# the draft as it stands; a past tense is history, "The headline was wrong").
_VERBS = (
    r"is|are|isn't|aren't|has|have|hasn't|now|still|just|only|reads|plays|leans|assumes|uses|comes|runs|sits|stays|"
    r"could|can|may|might|should|would|will|needs|need|feels|sounds|works|focuses|stops|starts|opens|ends|keeps|gives|"
    r"mentions|includes|draws|relies|reflects|follows|goes|mirrors|picks|puts|tries|aims|refers|repeats|quotes|"
    r"leads|closes|covers|skips|avoids|makes|means|matches|fits|echoes|takes|says"
)
_DETERMINERS = r"the|this|these|that|those|each|every|all|both|either|any"
_MODIFIERS = (
    r"first|second|third|fourth|fifth|sixth|last|final|opening|closing|new|revised|current|shorter|longer|updated|"
    r"main|suggested|proposed|alternative|two|three|four|other|remaining|original|working|draft"
)
# A post-modifier pointing inside this text, before the verb.
_INSIDE = (
    r"(?:in|throughout)\s+(?:this|the)\s+(?:[\w'-]+\s+){0,2}?(?:version|draft|piece|story|article|paragraph|section|"
    r"sentence|copy|text|intro|opening|ending)s?|above|below|here|as\s+written|"
    r"attributed\s+to\s+[\w'.-]+(?:\s+[\w'.-]+){0,3}?|"
    r"from\s+(?:the|your)\s+[\w'-]+(?:\s+[\w'-]+){0,2}?"
)
_REPORTING = re.compile(
    r"\b(?:said|says|told|tells|according|reported|reports|claimed|claims|wrote|writes|argued|argues|insisted|"
    r"admitted|announced|confirmed|denied|added|noted|explained)\b"
)


@lru_cache(maxsize=None)
def _subject() -> re.Pattern[str]:
    part = words("ai_subject_parts.txt", lower=True)
    return re.compile(
        rf"(?:^[ \t]*|(?<=[.!?;:])[ \t]+|(?<=[.!?][\"'’”)\]])[ \t]+)(?:(?:note|nb|ps|also)\s*[:,-]?\s+)?"
        rf"(?:(?:{_DETERMINERS})\s+)?(?:(?:{_MODIFIERS})\s+(?:and\s+(?:{_MODIFIERS})\s+)?){{0,3}}"
        rf"(?P<part>{part})\s+(?:(?:{_INSIDE})\s+)?(?:{_VERBS})\b",
        re.MULTILINE,
    )


def part_subject_spans(low: str, lo: int, hi: int) -> Iterator[tuple[int, int]]:
    """(start, end) of the sentences of low[lo:hi] (a lower-cased line)
    whose subject is a part of the draft."""
    for m in _subject().finditer(low, lo, hi):
        start = m.start() + len(low[m.start() : m.end()]) - len(low[m.start() : m.end()].lstrip())
        end = _sentence_end(low, m.end(), hi)
        sentence = low[start:end]
        if len(sentence.split()) > _MAX_WORDS or _REPORTING.search(sentence):
            continue
        yield start, end


_END = re.compile(r"[.!?](?=[\"'’”)\]]*(?:\s|$))")


def _sentence_end(low: str, pos: int, hi: int) -> int:
    m = _END.search(low, pos, hi)
    return m.end() if m else hi


def part_subject_lines(doc: Document) -> dict[int, tuple[int, list[tuple[int, int]]]]:
    """Line start -> (line end, spans), as remarks.remark_lines, for the lines
    holding a sentence whose subject is a part of the draft (one scan of the
    article; a text whose lower case moves offsets is left alone)."""
    text = doc.text
    low = text.lower().replace("\u2019", "'")
    if len(low) != len(text):
        return {}
    out: dict[int, tuple[int, list[tuple[int, int]]]] = {}
    lines = doc.lines
    starts = [ln.start for ln in lines]
    seen = -1
    for m in _subject().finditer(low):
        i = bisect.bisect_right(starts, m.start()) - 1
        if i <= seen:
            continue
        seen = i
        lo, hi = starts[i], starts[i] + len(lines[i].text)
        found = list(part_subject_spans(low, lo, hi))
        if found:
            out[lo] = (hi, found)
    return out
