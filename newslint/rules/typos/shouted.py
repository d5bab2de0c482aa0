"""Slips in text written in capitals: ``COUNCIL APPROVES BUGDET``.

An all-capital word is an acronym or a name far more often than a slip
(``NHS``, ``FTSE``, ``BAFTA``), so ``names.normalise`` leaves every one
out.  In a headline or a phrase typed in capitals, though, the writer's
ordinary words are capitals too, and a slip there is as likely as in lower
case.  Such a run is known by its other words: several capitalised-whole
words that are common English words in lower case.  Inside one, a long
enough capital word is judged as the lower-case word it spells, on the
stricter terms of a capitalised word at a sentence start (first letter kept,
one cheap edit or a little more for a long word), and not when the
dictionaries know it as a name, nor when the article writes it in another
case elsewhere (its own name or term, shouted in the headline).
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from ...findings import Finding
from ...rule import Context
from .candidates import Candidate
from .lexicon import zipf
from .names import initial_slip
from .slips import Settings
from .spelling import spelled_right
from .suggest import DELIBERATE_REPEATS, rank, sole_correction
from .verdict import slip_candidates

# Shorter capital words are mostly acronyms even in a headline (MPS, UEFA).
MIN_LENGTH = 5
# Words of the run other than the token that must be common English words
# (Zipf 4 in lower case: ``THE``, ``COUNCIL``, ``APPROVES``).
_MIN_COMMON_OTHERS = 2
_COMMON_ZIPF = 4.0
_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*")
# What may stand between two words of one run: spaces and light punctuation,
# not a line break.
_GAP = re.compile(r"[^\S\r\n]*[,:;'\"‘’“”–—-]?[^\S\r\n]*")


def _capital(word: str) -> bool:
    return word.isupper() and (len(word) > 1 or word in "AI")


def in_shouted_run(text: str, start: int, end: int) -> bool:
    """Does the capital word at ``start:end`` stand in a run of capital words
    (on one line) of which at least two others are common English words?"""
    line_start = max(text.rfind("\n", 0, start), text.rfind("\r", 0, start)) + 1
    line_end = min(i for i in (text.find("\n", end), text.find("\r", end), len(text)) if i >= 0)
    words = [(m.group(), m.start(), m.end()) for m in _WORD.finditer(text, line_start, line_end)]
    at = next((i for i, w in enumerate(words) if w[1] == start), None)
    if at is None:
        return False
    common = 0
    for step in (-1, 1):
        i = at
        while 0 <= i + step < len(words):
            a, b = sorted((words[i], words[i + step]), key=lambda w: w[1])
            nxt = words[i + step][0]
            if not _capital(nxt) or not _GAP.fullmatch(text, a[2], b[1]):
                break
            common += zipf(nxt.lower()) >= _COMMON_ZIPF
            i += step
    return common >= _MIN_COMMON_OTHERS


def used_otherwise(text: str, word: str) -> bool:
    """Does the article write ``word`` in another case somewhere (``Bugdet``,
    ``bugdet``)?  Then it is the article's name or term, not a slip."""
    pattern = re.compile(rf"(?<![A-Za-z]){re.escape(word)}(?![A-Za-z])", re.IGNORECASE)
    return any(m.group() != word for m in pattern.finditer(text))


def shouted_slip(word: str, settings: Settings) -> tuple[Candidate, ...] | None:
    """Lower-case corrections for the capital ``word`` (already known to
    stand in a shouted run) when it is a slip; None otherwise."""
    if len(word) < MIN_LENGTH or not word.isascii() or not word.isalpha():
        return None
    low = word.lower()
    if zipf(low) >= settings.max_zipf:
        return None
    title = low[:1].upper() + low[1:]
    if spelled_right(word) is not False or spelled_right(title) is not False or spelled_right(low) is not False:
        return None  # an acronym, a name or a word the dictionaries know
    found = slip_candidates(low, settings)
    kept = initial_slip(low, found) if found else ()
    return kept or None


def shouted_findings(ctx: Context, span: tuple[int, int, str], settings: Settings,
                     counts: Counter[str]) -> Iterator[Finding]:
    """The finding for a slip written in capitals (in a shouted run), its
    suggestions in capitals.  ``counts``: the article's words."""
    start, end, word = span
    if counts[word.lower()] >= DELIBERATE_REPEATS or used_otherwise(ctx.doc.text, word):
        return
    found = shouted_slip(word, settings)
    suggestions = tuple(s.upper() for s in rank(found, counts, word.lower())) if found else ()
    if found and suggestions:
        fix = sole_correction(found, counts, word.lower())
        yield ctx.finding(start, end, f"possible misspelling '{word}'", suggestions,
                          fix=ctx.replacement(start, end, fix.upper(), unsafe=True) if fix else None)
