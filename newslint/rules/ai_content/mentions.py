"""Where NL502's wording is mentioned, quoted or reported, not said (issue 10).

A story about chatbots quotes their boilerplate ("essays ending with the line
'I hope this helps'"); a template's slot for a quote may stand in a
quotation never filled in; a person reported in the first person ("I can't
comment, the police chief said") is speaking to a reporter.  These read a
match's surroundings in its line.
"""
from __future__ import annotations

from typing import Iterator

import regex

from ...analysis.quotes import QUOTE_WINDOW, inside_quotes
from .shapes import STRONG
from .speech import ATTRIBUTION
from .speech import attributed as _attributed

_SINGLE_OPEN = "'\u2018"
# The closing quote of a mention: not an apostrophe inside a word ("don't").
_SINGLE_CLOSE = regex.compile(r"['\u2019](?!\w)")
# A quote opening a mention: at the line start or after a space, a colon, a
# bracket or a dash, before a word.
_OPENING = regex.compile(r"(?:^|(?<=[\s:(\u2014\u2013]))['\u2018](?=\w)")
# How far a mention's closing quote may lie past the match, and how far back
# its opening quote may lie.
_MENTION_REACH = 200


def single_quoted(text: str, start: int, end: int, lo: int, hi: int) -> bool:
    """Whether text[start:end] opens right after an opening single quote (at
    the line start or after a space, a colon or a bracket) that closes later
    in the line."""
    if start <= lo or text[start - 1] not in _SINGLE_OPEN:
        return False
    if start - 1 > lo and not (text[start - 2].isspace() or text[start - 2] in ":(\u2014\u2013"):
        return False
    # The quote may close inside the match: a sentence's span runs on past
    # the mention ("tell users 'here is a revised version' even when ...").
    return _SINGLE_CLOSE.search(text, start, min(hi, end + _MENTION_REACH)) is not None


def inside_single_quotes(text: str, start: int, end: int, lo: int, hi: int) -> bool:
    """Whether text[start:end] lies inside a single-quoted mention that opened
    earlier in the line: "essays that still contained the words 'Certainly!
    Here is your essay'" quotes a reply whose "!" split the sentence, so the
    match no longer starts at the quote."""
    if single_quoted(text, start, end, lo, hi):
        return True
    w_lo = max(lo, start - _MENTION_REACH)
    opened = None
    for m in _OPENING.finditer(text, w_lo, start):
        opened = m.end()
    # No quote closed between the opening one and the match: the match is inside it.
    if opened is None or _SINGLE_CLOSE.search(text, opened, start) is not None:
        return False
    # The match may run to the closing quote itself ("... your essay'.").
    return _SINGLE_CLOSE.search(text, start, min(hi, end + _MENTION_REACH)) is not None


_DOUBLE_OPEN = '"\u201c'
_DOUBLE_CLOSE = '"\u201d'
# How far past a quote slot its reporting verb may come.
_SLOT_REACH = 30


def quote_slot(text: str, start: int, end: int, lo: int, hi: int) -> bool:
    """Whether text[start:end] is a bracketed field that is the whole of a
    quotation given as somebody's words (after a colon, or before a reporting
    verb): a template's slot for a quote never filled (``A spokesperson said:
    "[Spokesperson quote to go here]."``), not a placeholder being written
    about (``essays with "[Insert citation here]" still in them``)."""
    if text[start] != "[" or text[end - 1] != "]":
        return False
    before = text[max(lo, start - 4) : start].rstrip()
    if not before or before[-1] not in _DOUBLE_OPEN:
        return False
    after = end
    while after < hi and text[after] in ".,!?":
        after += 1
    if after >= hi or text[after] not in _DOUBLE_CLOSE:
        return False
    # The quote's lead-in ends in a colon, or a reporting verb comes within
    # a few words after it ('"[...]," a spokesperson said').
    return before[:-1].rstrip().endswith(":") or ATTRIBUTION.search(text, after + 1, min(hi, after + _SLOT_REACH)) is not None


_SENTENCE_END = regex.compile(r"[.!?](?=\s|$)")


def sentence_bounds(text: str, start: int, end: int, lo: int, hi: int) -> tuple[int, int]:
    """The sentence of text[start:end] within the line text[lo:hi]."""
    # Sentences are short; the reach keeps a one-line megabyte file linear.
    s = max(lo, start - 1000)
    for m in _SENTENCE_END.finditer(text, s, start):
        s = m.end()
    stop = _SENTENCE_END.search(text, max(end - 1, lo), min(hi, end + 1000))
    return s, (stop.end() if stop else min(hi, end + 1000))


def outside_speech(
    text: str, spans: list[tuple[int, int, bool, int]], lo: int, hi: int
) -> Iterator[tuple[int, int, int, tuple[int, int]]]:
    """(start, end, evidence, sentence bounds) of the spans that are neither
    inside quotation marks nor first- or second-person speech beside a
    reporting verb."""
    for start, end, not_speech, evidence in spans:
        end = len(text[start:end].rstrip()) + start
        # A window, not the line: a megabyte-long line stays linear.
        q_lo = max(lo, start - QUOTE_WINDOW)
        if inside_quotes(text[q_lo : min(hi, start + QUOTE_WINDOW)], start - q_lo) and not quote_slot(text, start, end, lo, hi):
            continue
        # A wording put in single quotes is mentioned, not said: "essays
        # ending with the line 'I hope this helps'", "a sentence copied from
        # a chatbot: 'As an AI, I cannot vote.'" (BBC style quotes so).
        if inside_single_quotes(text, start, end, lo, hi):
            continue
        s, e = sentence_bounds(text, start, end, lo, hi)
        # Chatty words stay vetoed by any reporting verb (a person may say
        # "I can't confirm what the minister told MPs"); the unmistakable only
        # by one that is not inside a clause the speaker is about.
        if not not_speech and (_attributed(text, s, e) if evidence == STRONG else ATTRIBUTION.search(text, s, e)):
            continue
        yield start, end, evidence, (s, e)
