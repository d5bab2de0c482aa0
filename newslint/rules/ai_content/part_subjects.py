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

import re
from functools import lru_cache
from typing import Iterator

from ...document import Document
from ...pattern_files import read_patterns
from ...phrases import data_path
from .sentence_scan import StartScan, opener_lines, sentence_end
from .vocab import words

_MAX_WORDS = 30
# A post-modifier pointing inside this text, before the verb, and the reporting
# verbs that make the sentence a report (data files).
_INSIDE_FILE = "ai_subject_inside_patterns.txt"
_REPORTING_FILE = "ai_subject_reporting.txt"


@lru_cache(maxsize=None)
def _inside() -> str:
    return "|".join(p.source for p in read_patterns(data_path(_INSIDE_FILE)))


@lru_cache(maxsize=None)
def _reporting() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{words(_REPORTING_FILE, lower=True)})\b")


@lru_cache(maxsize=None)
def _subject() -> re.Pattern[str]:
    part = words("ai_subject_parts.txt", lower=True)
    verbs = words("ai_subject_verbs.txt", lower=True)
    modifiers = words("ai_subject_modifiers.txt", lower=True)
    determiners = words("ai_subject_determiners.txt", lower=True)
    return re.compile(
        rf"(?:^[ \t]*|(?<=[.!?;:])[ \t]+|(?<=[.!?][\"'’”)\]])[ \t]+)(?:(?:note|nb|ps|also)\s*[:,-]?\s+)?"
        rf"(?:(?:{determiners})\s+)?(?:(?:{modifiers})\s+(?:and\s+(?:{modifiers})\s+)?){{0,3}}"
        rf"(?P<part>{part})\s+(?:(?:{_inside()})\s+)?(?:{verbs})\b",
        re.MULTILINE,
    )


def part_subject_spans(low: str, lo: int, hi: int) -> Iterator[tuple[int, int]]:
    """(start, end) of the sentences of low[lo:hi] (a lower-cased line)
    whose subject is a part of the draft."""
    for m in _subject().finditer(low, lo, hi):
        start = m.start() + len(low[m.start() : m.end()]) - len(low[m.start() : m.end()].lstrip())
        end = sentence_end(low, m.end(), hi)
        sentence = low[start:end]
        if len(sentence.split()) > _MAX_WORDS or _reporting().search(sentence):
            continue
        yield start, end


def part_subject_lines(doc: Document) -> dict[int, tuple[int, list[tuple[int, int]]]]:
    """Line start -> (line end, spans), as remarks.remark_lines, for the lines
    holding a sentence whose subject is a part of the draft (one scan of the
    article)."""
    return opener_lines(doc, _subject_scan(), part_subject_spans)


@lru_cache(maxsize=None)
def _subject_scan() -> StartScan:
    # The subject opens a sentence: tried only where one may start (sentence_scan.py).
    return StartScan([_subject()], ("(?:^",), ".!?;:\"')]\u2019\u201d")
