"""Credits that name a person: bylines, author bios, signatures, contact lines.

Each function returns the span of the first such credit in a document, or None.
"""
from __future__ import annotations

from functools import lru_cache

import regex

from ...analysis.words import has_words
from ...document import Document
from ...phrases import alternation
from . import cues
from .lists import entries, longest_first

# A word of a name: "Jane", "O'Brien", "J.", "Al-Sayed".
_NAME = r"\p{Lu}[\p{L}'’.\-]*"
# A credit line is short: a byline or "Reuters with additional editing by X" is
# a few words, a paragraph that mentions Reuters is not.
SHORT_LINE_WORDS = 15

# "By Jane Doe", "BY JANE DOE", "By Jane Doe and John Roe, Reuters", "- By J. Doe |",
# "// By Jane Doe • Nov 11, 2020";
# not "By March, ..." or "By Then ...", which open sentences and title-case headlines.
_NOT_NAMES = f"(?i:{alternation(entries('attribution_byline_not_names.txt'))})"
# An outlet's "The" before a capitalised name is no sentence ("By The Atlantic",
# "By THE ASSOCIATED PRESS"); "By the time ..." goes on in lower case.
_BYLINE = regex.compile(
    rf"^[^\S\r\n]*(?:[\p{{Pd}}*•>|/]+[^\S\r\n]*)?(?:[Bb]y|BY)[:\s]+(?:(?:The|THE)[^\S\r\n]+(?=\p{{Lu}}))?"
    rf"(?!{_NOT_NAMES}\b){_NAME}"
    rf"(?:[^\S\r\n]+(?:{_NAME}|de|del|van|von|al|bin|da|di|le|la|du))*",
    regex.MULTILINE,
)
# What may follow the names of a byline: another name, the outlet, a date.
_BYLINE_REST = regex.compile(r"[^\S\r\n]*(?:$|[,|•·(/\p{Pd}]|and\b|&|(?:in|for|at)\s+\p{Lu})")


def _first_in_short_line(pattern: regex.Pattern, doc: Document, max_words: int = SHORT_LINE_WORDS) -> tuple[int, int] | None:
    """The first match of ``pattern`` in a line of at most ``max_words`` words."""
    for m in cues.at_line_starts(doc, pattern):
        if not has_words(doc.line_at(m.start()).text, max_words + 1):
            return m.span()
    return None


def byline(doc: Document) -> tuple[int, int] | None:
    """"By Jane Doe" in a short line, followed by nothing, another name, an outlet or a date."""
    text = doc.text
    for m in cues.at_line_starts(doc, _BYLINE):
        line = doc.line_at(m.start())
        if not has_words(line.text, SHORT_LINE_WORDS + 1) and _BYLINE_REST.match(text, m.end(), line.end):
            return m.span()
    return None


_HONORIFIC = regex.compile(r"(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|Prof|Professor|President|The)\b")


@lru_cache(maxsize=None)
def _bio() -> regex.Pattern:
    return regex.compile(
        rf"^[^\S\r\n]*(?!{_HONORIFIC.pattern}){_NAME}(?:[^\S\r\n]+{_NAME}){{1,3}}(?:[^\S\r\n]*\([^()\r\n]{{1,40}}\))?[^\S\r\n]+"
        r"(?:is|was|has\s+been|works\s+as)\s+(?:a|an|the|our)\s+(?:[\w'’-]+\s+){0,5}?"
        rf"(?:{longest_first('attribution_roles.txt')})s?\b",
        regex.MULTILINE,
    )


def author_bio(doc: Document) -> tuple[int, int] | None:
    """"Jane Doe is a senior reporter for ...": a name, then a job in attribution_roles.txt."""
    m = next(cues.at_line_starts(doc, _bio()), None)
    return m.span() if m else None


# "Jane Doe reports from Nairobi", "Jane Doe covers energy for the paper":
# counted only in a short line, since "Time Warner reported a profit for the
# quarter" has the same shape.
_BIO_VERB = regex.compile(
    rf"^[^\S\r\n]*{_NAME}(?:[^\S\r\n]+{_NAME}){{1,3}}[^\S\r\n]+(?:is\s+|has\s+)?"
    rf"(?:{alternation(entries('attribution_bio_verbs.txt'))})\s+(?:[\w'’-]+\s+){{0,3}}?(?:from|on|for|about)\b",
    regex.MULTILINE,
)


def reports_from(doc: Document) -> tuple[int, int] | None:
    """"Jane Doe reports from Nairobi" in a short line."""
    return _first_in_short_line(_BIO_VERB, doc)


@lru_cache(maxsize=None)
def _role_line() -> regex.Pattern:
    """A job title after a name: "Staff Writer", "Senior business reporter"."""
    return regex.compile(
        rf"(?:[\w'’-]+\s+){{0,3}}?(?:{longest_first('attribution_roles.txt')})s?[.]?", regex.IGNORECASE
    )


# A name alone on its line and a job on the next: "Jane Doe" / "Business
# reporter, BBC News".
_NAME_ALONE = regex.compile(
    rf"^[^\S\r\n]*{_NAME}(?:[^\S\r\n]+{_NAME}){{1,3}}[^\S\r\n]*\r?\n[^\S\r\n]*(?P<rest>[^\r\n]+)$",
    regex.MULTILINE,
)


_ROLE_CUT = regex.compile(r"[,|]")


def name_over_role(doc: Document) -> tuple[int, int] | None:
    """A name alone on its line over a job title ("Business reporter, BBC News")."""
    roles = _role_line()
    for m in cues.at_line_starts(doc, _NAME_ALONE):
        rest = _ROLE_CUT.split(m.group("rest"), maxsplit=1)[0].strip()
        if not has_words(m.group("rest"), 9) and roles.fullmatch(rest):
            return m.span()
    return None


# How to reach the author: "Contact the author: jdoe@example.com", "Follow
# Jane Doe on X: @janedoe", "Email Jane Doe at ...".
_CONTACT = regex.compile(
    r"^[^\r\n]{0,40}?\b(?:contact|e-?mail|follow|reach|write\s+to)\b[^\r\n]{0,80}?"
    r"(?:[\w.+\-]+@[\w\-]+\.[\w.]+|(?<!\w)@\w{2,})",
    regex.MULTILINE | regex.IGNORECASE,
)


def contact_line(doc: Document) -> tuple[int, int] | None:
    """A short line with an e-mail address or a handle to reach the author."""
    return _first_in_short_line(_CONTACT, doc) if "@" in doc.text else None


# "— Bloomberg's Jane Doe contributed.", "Jane Doe contributed reporting."
# Only names before the verb: "The union contributed." is not a credit.
_CONTRIBUTED = regex.compile(
    rf"^[^\S\r\n]*(?:[\p{{Pd}}*•(]+[^\S\r\n]*)?{_NAME}(?:(?:[^\S\r\n]+|,[^\S\r\n]*)(?:{_NAME}|and|&)){{0,12}}"
    r"[^\S\r\n]+(?:contributed|assisted)(?:[^\S\r\n]+(?:reporting|research))?[.)]?[^\S\r\n]*$",
    regex.MULTILINE,
)


def contributed(doc: Document) -> tuple[int, int] | None:
    """A line of names ending "contributed" (or "assisted"), at most 12 words."""
    if "contributed" not in doc.text and "assisted" not in doc.text:
        return None
    return _first_in_short_line(_CONTRIBUTED, doc, 12)


# A name, then a separator, then a job or an outlet: "Jane Doe, Staff Writer",
# "Jane Doe | The Guardian".
_NAME_LINE = regex.compile(
    rf"^[^\S\r\n]*(?:[\p{{Pd}}*•>]+[^\S\r\n]*)?{_NAME}(?:[^\S\r\n]+{_NAME}){{1,3}}[^\S\r\n]*"
    r"(?P<sep>[,|/·•\p{Pd}])(?P<rest>[^\r\n]*)$",
    regex.MULTILINE,
)
_OUTLET = regex.compile(rf"(?:the\s+)?{_NAME}(?:\s+(?:{_NAME}|of|and|&))*", regex.IGNORECASE)
_READ_TIME = regex.compile(r"\d+\s*min(?:ute)?s?(?:\s+read)?\.?", regex.IGNORECASE)
_DATE = regex.compile(
    r"\b(?:\d{1,2}:\d{2}|(?:19|20)\d{2}|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", regex.IGNORECASE
)


def signed_name(doc: Document) -> tuple[int, int] | None:
    """A name and, after a separator, a job, an outlet, a date or a reading time."""
    roles = _role_line()
    for m in cues.at_line_starts(doc, _NAME_LINE):
        rest = m.group("rest").strip()
        if has_words(rest, 7):
            continue
        # "Jane Doe | The Guardian"; with a comma only as a signature led by a
        # dash ("— Jane Doe, The Washington Post"), since "Jane Doe, Chelsea"
        # opens many sentences.
        signed = m.group("sep") == "|" or m.group(0).lstrip()[:1] in "—–-"
        outlet = signed and _OUTLET.fullmatch(rest)
        # "Jane Doe · 6 min read", "Jane Doe | 4 March 2025": a date or reading
        # time after a name is a byline's shape; "Jane Doe, 45," is an age.
        if _READ_TIME.fullmatch(rest) or m.group("sep") in "|·•" and _DATE.search(rest):
            outlet = True
        if outlet or roles.fullmatch(rest):
            return m.span()
    return None
