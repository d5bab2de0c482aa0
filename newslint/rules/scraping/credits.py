"""Whether the last line of an article is a credit (NL302 never calls one a footer fragment).

Wire and web copy end with credits in many wordings: `Reporting by ...`,
`Edited by ...`, `Compiled from wire services`, `X contributed reporting`,
`Supported by the ... Trust`.  They are told by their shape, not
by a list of sentences: a credit word (the line model's class,
newslint/data/lineclass_credit.txt, and its agency class), a past participle
followed by `by`/`from`/`with`/`in` (`Produced with ...`, `Supported by ...`), one
word and `by` a name or `the`/`our` team (`Interview by ...`, `Reporting by the
news team`), a co-author introduced by `With`, a bracketed source, or the line
model calling the line a byline.
"""
from __future__ import annotations

import regex

from ...analysis.line_features import CLASSES, word_classes

_CREDIT_BITS = (1 << CLASSES.index("credit")) | (1 << CLASSES.index("agency"))
_TOKEN = regex.compile(r"\p{L}[\p{L}'’\-]*")
_SHAPE = regex.compile(
    r"^\s*(?:[—–\-•*]\s*)?(?:by\b|additional\b|source\b|copyright\b|©|\(c\)|all rights\b)"
    # a past participle and the agent or source: `Compiled from`, `Supported by`
    r"|^\s*(?:[—–\-•*]\s*)?\p{L}+ed\s+(?:by|from|with|in|for)\b"
    # a job and who did it: `Interview by Ola Mensah`, `Reporting by the news team`
    r"|^\s*(?:[—–\-•*]\s*)?\p{L}+\s+by\s+(?:(?-i:\p{Lu})|(?:the|our)\s+\p{L})"
    # a co-author or correspondent: `With Sadia Karim in Dhaka`
    r"|^\s*(?:[—–\-•*]\s*)?with\s+\p{Lu}\p{L}+\s+\p{Lu}"
    r"|\b(?:staff|associated press)\s*$"
    r"|^\s*\[[^\[\]]{1,40}\]\s*$",  # a bracketed source: `[ Wired ]`
    regex.IGNORECASE,
)
_MONTH = (r"(?:january|february|march|april|may|june|july|august|september|october|november|december"
          r"|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b\.?")
# A dateline: a day and a month (and a year, a time), after at most two words
# (`Updated`, `Published`, a weekday): `Thursday 5 November 2026, 6:00 pm`.
_DATED = regex.compile(
    rf"^\s*(?:\p{{L}}+,?\s+){{0,2}}(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?)"
    r"(?:,?\s+\d{4})?(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+\p{Lu}{2,4})?)?\s*$",
    regex.IGNORECASE,
)
# The line model's P(byline) above which a last line is a credit whatever its words.
BYLINE = 0.4


def credit_shaped(text: str, p_byline: float) -> bool:
    """Whether ``text`` has a credit's shape or the line model reads it as a
    byline (a credit word alone, `Images`, `Staff`, is not enough)."""
    return bool(_SHAPE.search(text)) or p_byline >= BYLINE


def dated(text: str) -> bool:
    """Whether ``text`` is a dateline: a day and a month, with little else."""
    return bool(_DATED.match(text))


def credit_like(text: str, p_byline: float) -> bool:
    """Whether ``text`` (an article's last line) reads as a credit or sign-off."""
    if credit_shaped(text, p_byline):
        return True
    classes = word_classes()
    return any(classes.get(w.replace("’", "'").casefold(), 0) & _CREDIT_BITS for w in _TOKEN.findall(text))
