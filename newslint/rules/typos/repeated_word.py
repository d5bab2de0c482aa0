"""NL102 repeated-word: the same word twice in a row."""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from itertools import accumulate, compress, islice
from operator import eq

import regex

from ...analysis.lowered import lowered
from ...document import Document
from ...findings import Finding
from ...heap import forgettable
from ...phrases import data_path, read_list
from ...rule import Context, rule
from .tokens import ascii_words, chunks


@forgettable
@lru_cache(maxsize=1)
def _legit_repeats() -> frozenset[str]:
    return frozenset(w.casefold() for w in read_list(data_path("typo_repeats.txt")))


@rule("NL102", "repeated-word")
def repeated_word(doc: Document, ctx: Context) -> Iterator[Finding]:
    """The same word twice in a row (``the the``).

    What it does:
        Reports the second of two identical words (ignoring case) separated
        only by spaces or a single line break.  A run of four or more
        copies (``very very very very``) is one finding over all the
        repeats, with their number.

    Why it matters:
        A doubled word is the commonest slip left behind by editing (a
        sentence rewritten around the join) and the eye skips it, especially
        across a line break.

    Example:
        Flagged::

            The minister said the the talks would resume on Monday.

        Not flagged: ``he had had enough``, ``said that that deal``,
        ``Walla Walla``, ``Duran Duran``, ``bye bye``.

    Options:
        None.

    Limitations:
        Legitimate doubles are a list (newslint/data/typo_repeats.txt) plus
        any pair written with capitals (names such as ``Walla Walla``), so a
        rare legitimate double (``buffalo buffalo``) may be reported, and a
        doubled capitalised word is not.  It finds 288 of 288 doubles put
        into BBC text, at the second copy (benchmarks/quality/repeated.py;
        benchmarks/RESULTS.md has the other figures).
    """
    legit = _legit_repeats()
    text = doc.text
    # A long run ("very very very very") is one finding with its length, not
    # one per copy: a scraped line of a word repeated a million times is one
    # problem.  Shorter runs keep a finding per repeat.
    run: list = []  # start, end, word, copies, start of the last copy, first repeats
    for start1, end1, start2, end2 in _iter_pairs(doc):
        first, second = text[start1:end1], text[start2:end2]
        if first.casefold() != second.casefold():
            continue
        if second[0].isupper() or first.casefold() in legit:
            continue
        if run and start1 == run[4]:
            run[1], run[3], run[4] = end2, run[3] + 1, start2
            if len(run[5]) < RUN:
                run[5].append((end1, start2, end2, second))
            continue
        if run:
            yield from _findings(ctx, run)
        run = [start2, end2, second, 2, start2, [(end1, start2, end2, second)]]
    if run:
        yield from _findings(ctx, run)


# From this many repeats in a row (four copies of the word), one finding.
RUN = 3


def _findings(ctx: Context, run: list) -> Iterator[Finding]:
    start, end, word, copies, _, repeats = run
    if len(repeats) < RUN:
        for gap, s, e, w in repeats:
            # The second copy goes with the space or line break before it.
            fix = ctx.replacement(gap, e, "", f"remove the second '{w}'")
            yield ctx.finding(s, e, f"repeated word '{w}'", fix=fix)
        return
    fix = ctx.replacement(repeats[0][0], end, "", f"remove the {copies - 1:,} repeats of '{word}'")
    yield ctx.finding(start, end, f"repeated word '{word}' ({copies:,} times in a row)", fix=fix)


# Two words separated by spaces or one line break (a blank line ends the
# paragraph, so it does not join them).
_REPEAT = regex.compile(r"\b(\p{L}+)(?:[^\S\r\n]+|[^\S\r\n]*(?:\r\n|\r|\n)[^\S\r\n]*)(\p{L}+)\b", regex.IGNORECASE)
# The same pairs for ASCII text, through the standard library's faster engine:
# only pairs whose second word repeats the first (ignoring case) are matched,
# the second word inside a lookahead so that it can start the next pair.
# regex's \s (White_Space) is [\t\n\v\f\r ] in ASCII, so spelled out here.
# The first word is taken whole (possessive ``++``): a shorter one would be
# followed by a letter, never by a space, so trying one is wasted (half the time).
# It runs on the text in lower case (the same offsets in such text), where
# the words are compared as they are: a third quicker than ignoring case.
_ASCII_REPEAT = re.compile(
    r"\b([a-z]++)(?=(?:[\t\v\f ]+|[\t\v\f ]*(?:\r\n|\r|\n)[\t\v\f ]*)(\1)\b)",
    re.ASCII,
)
_LETTERS = regex.compile(r"(\p{L}+)")


def _iter_pairs(doc: Document) -> Iterator[tuple[int, int, int, int]]:
    """The spans (first word's start and end, second's) of every pair of words
    that repeats a word, ignoring case (others may come too)."""
    text = doc.text
    if ascii_words(text):
        return (m.span(1) + m.span(2) for m in _ASCII_REPEAT.finditer(lowered(doc)))
    return (m.span(1) + m.span(2) for m in _repeats_by_words(text))


def _repeats_by_words(text: str) -> Iterator[regex.Match[str]]:
    """The pairs ``_REPEAT`` finds (overlapping: in "a b b" the pair (b, b)
    starts where (a, b) ends) whose words are the same ignoring case, found
    without a match for every pair of words: the text is split into runs of
    letters and their case-folded forms compared in C; only where two
    neighbours agree is the pattern tried, at the first one.  A 64 KB chunk
    at a time (cut at white space), so a huge text is never split at once."""
    last: tuple[str, int] | None = None  # the previous chunk's last word, folded, and its start
    for lo, hi in chunks(text):
        # Runs and what lies between them alternate: [gap, run, gap, run, ..., gap].
        parts = _LETTERS.split(text[lo:hi])
        words = parts[1::2]
        if not words:
            continue
        folded = list(map(str.casefold, words))
        starts = list(accumulate(map(len, parts), initial=lo))[1:-1:2]
        if last is not None and last[0] == folded[0]:
            m = _REPEAT.match(text, last[1])
            if m is not None:
                yield m
        for i in compress(range(len(words) - 1), map(eq, folded, islice(folded, 1, None))):
            m = _REPEAT.match(text, starts[i])
            if m is not None:
                yield m
        last = folded[-1], starts[-1]
