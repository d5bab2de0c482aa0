"""NL502: a reply's asides that hand a draft over, by two word classes in one shape (issue 10, branch leak22).

The misses of the fresh batches AY, BC, BE, BF and BG, read as a group, are
asides of a reply that names a part of the draft (``ai_meta_nouns.txt``) or
the requester's occasion, but only beside a second class that a news text
does not put there.  A part of the text alone is everywhere in news (a
"caption", a "quote", the "headline" of a story about a headline), so each
reading pairs it with what makes it a hand-over:

* a label that offers a part as one choice among others: a choice word
  (``ai_label_choices.txt``: suggested, possible, alternative) or an option
  noun after it (``ai_option_nouns.txt``), then a colon: ``Suggested
  caption:``, ``Two possible headlines:``, ``Standfirst option:``;
* a sign-off wishing the requester well with what the text is for
  (``ai_signoff_occasions.txt``): ``Good luck with Thursday's deadline!``,
  ``Hope this works for tomorrow's edition!``, ``That should give you a
  solid starting point for the print edition.``;
* a placeholder left in the copy as an instruction or a slot, opened by a
  bracket or saying where the part "goes": ``(Add a comment from the school
  here once you have one.)``, ``Quote from a resident goes here``;
* a wording the writer chose, quoted, with its reason: ``I wasn't sure of
  the date, so I've written 'earlier this month'``;
* a choice of parts left to the requester: ``Pick whichever of the two
  openings you prefer``;
* a part that may go if the page is short of space: ``The bit about the
  1987 flood could be dropped if space is tight``;
* more edits offered on the requester's word: ``Any other tweaks, just say
  the word``;
* the tense, spelling or voice of the draft, kept throughout or said
  without a subject: ``Wrote it in the present tense throughout``.

All in one scan of the lower-cased article (sentence_scan.opener_lines);
each sentence at most 40 words.  Measured on the corpora (branch leak22's
section of benchmarks/RESULTS.md): no finding on bbc-dev, polnear-dev,
aeb-dev, cweb-dev or readability-dev.  A warning.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

from ...document import Document
from .sentence_scan import StartScan, opener_lines, sentence_end
from .vocab import words

_MAX_WORDS = 40
# A sentence's start, past opening marks.
_START = r"(?:^[ \t]*|(?<=[.!?])[ \t]+)"
_START_OR_COLON = r"(?:^[ \t]*|(?<=[.!?:])[ \t]+)"
_COUNT = r"(?:a\s+few|some|two|three|four|five|\d)"


@lru_cache(maxsize=None)
def _readings() -> tuple[re.Pattern[str], ...]:
    parts = rf"(?:{words('ai_meta_nouns.txt', lower=True)}|{words('ai_labels.txt', lower=True)}|{words('ai_choice_parts.txt', lower=True)})"
    choices = words("ai_label_choices.txt", lower=True)
    options = words("ai_option_nouns.txt", lower=True)
    occasions = words("ai_signoff_occasions.txt", lower=True)
    content = rf"(?:{words('ai_content_nouns.txt', lower=True)}|{words('ai_media_nouns.txt', lower=True)})"
    owner = r"(?:the|your|this|[\w-]+'s)"
    return (
        # A label offering a part as a choice.
        re.compile(
            rf"{_START}(?:\*\*|#{{1,6}}[ \t]*)?(?:{_COUNT}\s+)?"
            rf"(?:(?:{choices})\s+{parts}s?(?:\s+(?:{options})s?)?|{parts}\s+(?:{options})s?)[ \t]*(?:\*\*)?:(?=\s|$)",
            re.MULTILINE,
        ),
        # A sign-off on the requester's occasion.
        re.compile(
            rf"{_START}(?:and\s+)?(?:(?:good|best\s+of)\s+luck\s+with|(?:i\s+)?hope\s+(?:this|that|it)\s+(?:works|helps|fits|does\s+the\s+(?:job|trick))\s+(?:for|with)"
            rf"|(?:that|this|it)\s+should\s+(?:give|get|leave)\s+you\b[^.!?\n]{{0,50}}?\bfor)\s+{owner}\s+(?:[\w-]+\s+){{0,2}}?(?:{occasions})s?\b",
            re.MULTILINE,
        ),
        # A placeholder: a bracketed instruction to add a part here, or a part that goes here.
        re.compile(
            rf"{_START}[(\[][ \t]*(?:insert|add|include|drop\s+in)\s+(?:a|an|the|any|some)\s+(?:[\w'-]+\s+){{0,3}}?{content}s?\b[^.!?\n]{{0,60}}?\bhere\b"
            rf"|{_START}[(\[]?(?:(?:a|an|the)\s+)?(?:[\w'-]+\s+)?{content}s?\s+(?:from|by|of|on|about|with)\b[^.!?\n]{{0,40}}?\b(?:goes|go|should\s+go|will\s+go|to\s+go)\s+here\b",
            re.MULTILINE,
        ),
        # A wording chosen, quoted, with its reason in the sentence.
        re.compile(
            r"\bi(?:'ve|\s+have)?\s+(?:written|used|put|gone\s+with|opted\s+for|plumped\s+for)\s+['‘\"“][^'\"”\n]{2,40}['\"”]",
            re.MULTILINE,
        ),
        # A choice of parts left to the requester.
        re.compile(
            rf"{_START}(?:just\s+|feel\s+free\s+to\s+)?(?:pick|choose|use|go\s+with|take)\s+(?:whichever|either|any)\s+(?:one\s+)?(?:of\s+)?"
            rf"(?:(?:the|these|those)\s+)?(?:{_COUNT}\s+)?(?:[\w-]+\s+)?{parts}s?\b",
            re.MULTILINE,
        ),
        # A part that may go if space is short.
        re.compile(
            r"\b(?:could|can|may|might)\s+(?:easily\s+|safely\s+)?(?:be\s+(?:dropped|cut|trimmed|lost|removed)|come\s+out|go)\b[^.!?\n]{0,30}?"
            r"\bif\s+(?:space\s+is\s+(?:tight|short|limited|at\s+a\s+premium)|you(?:'re|\s+are)\s+short\s+(?:of|on)\s+space|you\s+need\s+(?:the\s+)?space)",
            re.MULTILINE,
        ),
        # More edits on the requester's word.
        re.compile(
            r"(?:^[ \t]*|(?<=[.!?:])[ \t]+)any\s+(?:other|more|further)\s+(?:changes|tweaks|edits)\s*[,\u2014\u2013-]\s*(?:just\s+)?"
            r"(?:say\s+the\s+word|ask|shout|let\s+me\s+know|give\s+me\s+a\s+shout)\b",
            re.MULTILINE,
        ),
        # The draft's tense, spelling or voice, said without a subject or kept throughout.
        re.compile(
            rf"{_START}(?:kept|put|done)\s+(?:it|this|everything|the\s+(?:piece|story|article|copy|draft))\s+(?:all\s+)?in\s+"
            r"(?:(?:the\s+)?(?:present|past|future)\s+tense|(?:british|american|us|uk)\s+(?:english|spelling)|(?:the\s+)?(?:active|passive)\s+voice)"
            r"|\bi(?:'ve|\s+have)\s+(?:written|kept|put)\s+(?:it|this|everything|the\s+(?:piece|story|article|copy|draft))\s+in\s+[^.!?\n]{3,30}?\bthroughout\b",
            re.MULTILINE,
        ),
    )


# The wording reading needs its reason in the same sentence.
_REASON = re.compile(r"\b(?:so|since|because|as)\b")
_WORDING = 3


@lru_cache(maxsize=None)
def _opener() -> StartScan:
    # Most readings open at a sentence's start: tried only there (sentence_scan.py),
    # as one pattern they cost 0.45 of NL502's 1.1 CPU s on bbc-dev.
    return StartScan(_readings(), (_START, _START_OR_COLON), ".!?:")


def _sentence_start(low: str, pos: int, lo: int) -> int:
    """Where the sentence holding ``pos`` starts, at least ``lo``."""
    stops = list(re.finditer(r"[.!?][\"'’”)\]]*\s+", low[lo:pos]))
    return lo + stops[-1].end() if stops else lo + len(low[lo:pos]) - len(low[lo:pos].lstrip())


def draft_aside_spans(low: str, lo: int, hi: int) -> Iterator[tuple[int, int]]:
    """(start, end) of the sentences of low[lo:hi] (a lower-cased line) that
    hold one of the readings."""
    seen: set[tuple[int, int]] = set()
    for k, reading in enumerate(_readings()):
        for m in reading.finditer(low, lo, hi):
            start = _sentence_start(low, m.start() + len(m.group()) - len(m.group().lstrip()), lo)
            end = sentence_end(low, m.end(), hi)
            sentence = low[start:end]
            if len(sentence.split()) > _MAX_WORDS:
                continue
            if k == _WORDING and not _REASON.search(sentence):
                continue
            if (start, end) not in seen:
                seen.add((start, end))
                yield start, end


def draft_aside_lines(doc: Document) -> dict[int, tuple[int, list[tuple[int, int]]]]:
    """Line start -> (line end, spans), as remarks.remark_lines."""
    return opener_lines(doc, _opener(), draft_aside_spans)
