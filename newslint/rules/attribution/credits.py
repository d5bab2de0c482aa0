"""Credits that name who wrote or supplied an article, and the search for any credit.

Wording ("Reporting by", "Source:", "©"), news agencies in credit position
("LONDON (Reuters) -", "— AFP") and datelines; :func:`has_credit` also tries
the person-shaped credits of :mod:`.bylines`.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Callable

import regex

from ...analysis.words import has_word, has_words
from ...document import Document
from ...phrases import factored_alternation, word_start_phrases
from . import bylines, cues, placement
from .bylines import SHORT_LINE_WORDS
from .lists import entries


def credit_wording(doc: Document) -> tuple[int, int] | None:
    """Credit wording anywhere: "with additional reporting by", "contributed to this report"."""
    m = next(cues.matches(doc, word_start_phrases(entries("attribution_credits.txt"))), None)
    return m.span() if m else None


# A dateline with any agency: "GENEVA, 4 March (IPS) —", "BEIJING (Xinhua) --":
# a place in capitals, an optional date, a short capitalised name in brackets.
_ANY_DATELINE = regex.compile(
    r"^[^\S\r\n]*\p{Lu}[\p{Lu}.'’\-]+(?:[^\S\r\n]+\p{Lu}[\p{Lu}.'’\-]+){0,2}(?:,[^\S\r\n]*[^()\r\n]{1,25}?)?"
    r"[^\S\r\n]*\(\p{Lu}[\p{L}.&\-]*(?:[^\S\r\n]+\p{Lu}[\p{L}.&\-]*){0,3}\)[^\S\r\n]*(?:\p{Pd}{1,2}|:)",
    regex.MULTILINE,
)


def any_dateline(doc: Document) -> tuple[int, int] | None:
    """A dateline naming any agency, listed or not: "HAMBURG, 2 May (DPA-AFX) —"."""
    m = next(cues.at_line_starts(doc, _ANY_DATELINE), None)
    return m.span() if m else None


# Wording that is a credit only at a line start, in a line of at most this many
# words: in running text "written by" or "copyright" say something else.
_CREDIT_LINE_WORDS = 20


def _credit_lines_source(lines: str) -> str:
    return rf"^[^\S\r\n]*(?:[\p{{Pd}}*•>|]+[^\S\r\n]*)?\K(?:{lines})"


@lru_cache(maxsize=None)
def _credit_lines() -> regex.Pattern:
    # Only a line start counts, so the alternation is tried only there; it is
    # tried at every line start, so its shared beginnings are factored out
    # (matched forwards: the same matches as the flat alternation).
    lines = factored_alternation(entries("attribution_credit_lines.txt"))
    return regex.compile(_credit_lines_source(lines), regex.IGNORECASE | regex.MULTILINE)


def credit_line(doc: Document) -> tuple[int, int] | None:
    """"Written by", "Source:", "(c) 2024" ... opening a short line."""
    text = doc.text
    for m in cues.at_line_starts(doc, _credit_lines()):
        line = doc.line_at(m.start())
        if not has_word(text[line.start : m.start()]) and not has_words(line.text, _CREDIT_LINE_WORDS + 1):
            return m.span()
    return None


# An agency in credit position: "(Reuters) -", "— AFP", "Source: Reuters",
# "Reuters/AP", "© AFP", "Reuters with additional editing by ...".
_AGENCY_BEFORE = regex.compile(
    r"(?:^|[\p{Pd}/|•*,;:©]|\bvia|\bby|\bcopyright|\(c\)|\d{4})[^\S\r\n]*$", regex.IGNORECASE
)
_AGENCY_AFTER = regex.compile(
    r"^[^\S\r\n]*(?:\.?[^\S\r\n]*$|[/,;|\p{Pd}]|\b(?:with|and|staff|contributed|photo|photos|writer|reporters?|news\s+agency)\b)",
    regex.IGNORECASE,
)
# "LONDON (Reuters) -" after the agency, and "OTTAWA — The Canadian Press —"
# before it: a place in capitals, a dash, the agency.
_DATELINE_AFTER = regex.compile(r"[^)\n]{0,20}\)[^\S\r\n]*(?:[\p{Pd}:]|$)")
_DASH_DATELINE = regex.compile(r"[^\S\r\n]*\p{Lu}[\p{Lu}.,'’\s\-]{1,40}?\p{Pd}{1,2}[^\S\r\n]*")


@lru_cache(maxsize=None)
def _agencies() -> regex.Pattern:
    # Case-sensitive: "AP" and "PA" are credits, "ap" and "pa" are not.
    # Longest first: "PA" would otherwise end the match before "PA Media".
    return word_start_phrases(tuple(sorted(entries("attribution_agencies.txt"), key=len, reverse=True)), regex.MULTILINE)


def agency_credit(doc: Document) -> tuple[int, int] | None:
    """A listed agency (case-sensitive) in a dateline or in credit position in a short line."""
    text = doc.text
    agencies = _agencies()
    for m in cues.matches(doc, agencies):
        line = doc.line_at(m.start())
        before = text[line.start : m.start()]
        after = text[m.end() : line.end]
        if before.rstrip().endswith("(") and _DATELINE_AFTER.match(after) or (
            _DASH_DATELINE.fullmatch(before) and after.lstrip()[:1] in "—–-"
        ):
            return m.span()  # dateline "LONDON (Reuters) -"
        if (
            not has_words(line.text, SHORT_LINE_WORDS + 1)
            and _AGENCY_BEFORE.search(before)
            and _AGENCY_AFTER.match(after)
        ):
            return m.span()
    return None


_SIGNALS: tuple[Callable[[Document], tuple[int, int] | None], ...] = (
    credit_wording,
    bylines.byline,
    bylines.author_bio,
    bylines.reports_from,
    any_dateline,
    bylines.name_over_role,
    bylines.contact_line,
    bylines.contributed,
    bylines.signed_name,
    credit_line,
    agency_credit,
    placement.name_under_headline,
    placement.sign_off,
    placement.closing_bio,
    placement.closing_contact,
)


def has_credit(doc: Document) -> bool:
    """Whether the text holds a byline, author bio or wire/source credit.
    The signals are tried in turn until one finds a credit: the rule asks
    whether there is one, not which comes first, and each later signal would
    scan the text again for nothing."""
    return any(signal(doc) is not None for signal in _SIGNALS)
