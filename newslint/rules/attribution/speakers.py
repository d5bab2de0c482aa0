"""What ties a quotation to a speaker (NL402): speech verbs from the data
files, a dash signature, a sentence about a named person."""
from __future__ import annotations

from functools import lru_cache

import regex

from ...phrases import word_start_phrases
from .cue_words import CueSearch
from .lists import entries


@lru_cache(maxsize=None)
def speech_cues() -> tuple[regex.Pattern, regex.Pattern]:
    """(cues valid in the quotation's paragraph and its neighbours, cues valid
    in its own paragraph only)."""
    strong = entries("attribution_speech_verbs.txt")
    return word_start_phrases(strong), word_start_phrases(strong + entries("attribution_speech_verbs_weak.txt"))


@lru_cache(maxsize=None)
def speech_cue_searches() -> tuple[CueSearch, CueSearch]:
    """:func:`speech_cues` as searches tried only where a cue's first word stands."""
    strong, any_cue = speech_cues()
    words = entries("attribution_speech_verbs.txt")
    return CueSearch(strong, words), CueSearch(any_cue, words + entries("attribution_speech_verbs_weak.txt"))


# "— Jane Doe, chief executive" under a pull quote, or after it on its line.
DASH_SPEAKER = regex.compile(
    r"(?:^|(?<=[”\"]\s{0,3}))[^\S\r\n]*[\p{Pd}]{1,2}\s*(?:@\w+|\p{Lu}[\p{L}'’.\-]+)", regex.MULTILINE
)
_WORDS = regex.compile(r"\w+")
# A dash and a name: "— David McKinley on Sunday, October 13th, ...", "- @jdoe".
_DASH_NAME = regex.compile(r"[^\S\r\n]*[\p{Pd}]{1,2}\s*(?:@\w+|\p{Lu}[\p{L}'’.\-]+[^\S\r\n]+\p{Lu})")


def dash_speaker(text: str) -> bool:
    """A dash signature in ``text``.  One opening a line is a signature when it
    names someone or its line is short: "- Two crooks who robbed a bank were
    snapped ..." is an item of a list, not who said the quotation."""
    for m in DASH_SPEAKER.finditer(text):
        if text[max(0, m.start() - 4) : m.start()].rstrip()[-1:] in ("”", '"'):
            return True  # after the quotation, on its line
        stop = text.find("\n", m.start())
        line = text[m.start() : stop if stop >= 0 else len(text)]
        if _DASH_NAME.match(line) or len(_WORDS.findall(line)) <= SIGNATURE_WORDS:
            return True
    return False
# A short sentence about a named person right before the quotation, in its
# paragraph: "Ms Doe shrugged. "..."", "He struck a defiant tone. "..."".
PERSON_LEAD = regex.compile(
    r"(?:^|[.!?][”\"]?\s+)(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Lady|Lord)\.?\s+\p{Lu}[\p{L}'’\-]+|He|She"
    r"|\p{Lu}\p{Ll}+\s+\p{Lu}[\p{L}'’\-]+|(?:The|A|An|Its|Their)\s+[\p{L}\-]+['’]s)\b"
    r"[^.!?\r\n]{0,80}[.!?:]\s*$"
)


# A paragraph that ends with a colon introduces what follows: "Cruz
# continued:", "The foundation describes itself in the following way:".
INTRODUCES = regex.compile(r":[\s”\"]*$")

# A pull quote signed on the next line of its paragraph: "...here."
# / "S.C. Rep. Jim Clyburn." / "Amy Pope, deputy homeland security advisor."
SIGNATURE = regex.compile(
    r"\A[^\S\r\n]*(?:[\p{Pd}]+[^\S\r\n]*)?(?=[^\r\n]*\p{Lu}[\p{L}.'’\-]*[^\S\r\n]+\p{Lu})[\p{Lu}][^\r\n]{2,100}\Z"
)
SIGNATURE_WORDS = 12

# Who a sentence is about, before a quotation inside it: "Moore thanked him
# for "...", "Former secretary Madeleine Albright ... over her remark that "..."".
# Its start: a name, "Mr Doe", or "He"/"She"; the quotation does not open it.
SENTENCE_SUBJECT = regex.compile(
    r"(?:^|[.!?][”\"]?\s+)(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Lady|Lord|Sen|Rep|Gov)\.?\s+\p{Lu}|He\b|She\b"
    r"|\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}'’\-]+)?,?\s+\p{Ll}|(?:[\p{L}.\-]+\s+){0,6}\p{Lu}\p{Ll}+\s+\p{Lu}[\p{L}'’\-]+\b)"
    r"[^.!?\r\n]*\p{Ll}[^\S\r\n]+[^.!?\r\n\"“”]*$"
)
