"""Where a word-start pattern can match, found once per document from its words.

The family's large case-insensitive alternations (vague subjects, inverted
verbs, credit wording) cost the regex engine a try at every position of the
text.  A match of such a pattern starts at a word, and only some words can
open one: which, the pattern itself says, by matching the word alone with
``partial=True`` (a prefix of a possible match gives a partial match, any
other word none).  So the words of a document are listed once (the C ``re``
splits them), each distinct word is asked once per pattern (the answers are
kept across documents), and the pattern is run only where such a word
stands.  The matches are those of ``pattern.finditer``, one for one.
"""
from __future__ import annotations

import re
from itertools import accumulate
from typing import Callable, Iterator, NamedTuple, Sequence

import regex

from ...compact import offsets
from ...document import Document
from ...rule import Context

# Runs of word characters, split by the C ``re`` engine (a list of words and
# the text between them, in one call).  Its ``\w`` is ``regex``'s less the
# combining marks (harmless: a word then splits in two, and each part is
# asked) and plus the other-number characters (``²``, ``½``): one of those
# before a word would hide where the word starts, so a text holding one is
# searched the plain way.
_WORDS = re.compile(r"(\w+)")
_HIDES_A_START = regex.compile(r"\p{No}")
# A longer text is searched the plain way: its word list would cost more
# memory than the scan costs time.
_MAX_CHARS = 1_000_000
# Answers kept per pattern before they are dropped (a corpus's vocabulary is
# unbounded).
_MAX_ANSWERS = 200_000


class Words(NamedTuple):
    parts: list[str]  # the text split at its words: [gap, word, gap, word, ..., gap]
    ends: list[int]  # where each part ends
    words: list[str]  # parts[1::2]
    distinct: frozenset[str]
    found: dict[str, list[int]]  # word -> the indexes in parts of its occurrences, once asked

    def places(self, word: str) -> list[int]:
        """The indexes in ``parts`` of the occurrences of ``word``: found by the
        C ``list.index`` (few words are asked for), then kept."""
        found = self.found.get(word)
        if found is None:
            found = self.found[word] = []
            k = -1
            try:
                while True:
                    k = self.words.index(word, k + 1)
                    found.append(2 * k + 1)
            except ValueError:
                pass
        return found


def words(doc: Document) -> Words | None:
    """The document's words and where they start, or None when the text must
    be searched the plain way."""
    key = "attribution.cues.words"
    if key not in doc.memo:
        doc.memo[key] = _index(doc.text)
    return doc.memo[key]


def _index(text: str) -> Words | None:
    if len(text) > _MAX_CHARS or not text.isascii() and _HIDES_A_START.search(text):
        return None
    parts = _WORDS.split(text)
    listed = parts[1::2]
    return Words(parts, list(accumulate(map(len, parts))), listed, frozenset(listed), {})


class _Answers(NamedTuple):
    yes: set[str]
    known: set[str]


# Per question, the words (or word pairs, or first letters) known to open a
# match and all those asked: kept across documents.
_ANSWERS: dict[object, _Answers] = {}


def _answers(key: object) -> _Answers:
    answers = _ANSWERS.setdefault(key, _Answers(set(), set()))
    if len(answers.known) > _MAX_ANSWERS:
        answers.yes.clear()
        answers.known.clear()
    return answers


def _ask(key: object, asked: frozenset[str], opens: Callable[[str], bool]) -> frozenset[str]:
    """Those of ``asked`` for which ``opens`` holds, asking each only once."""
    answers = _answers(key)
    for new in asked - answers.known:
        answers.known.add(new)
        if opens(new):
            answers.yes.add(new)
    return asked & answers.yes


def starts_where(doc: Document, key: object, opens: Callable[[str], bool]) -> list[int] | None:
    """Where the words for which ``opens(word)`` holds start, in order, or None
    when the text must be searched the plain way.  ``key`` names the question."""
    index = words(doc)
    if index is None:
        return None
    ends = index.ends
    return sorted(ends[i - 1] for word in _ask(key, index.distinct, opens) for i in index.places(word))


# The letters of a word asked about before the word.
_HEAD = 3
# A pair is asked about only across a short gap ("said, according"); after a
# longer one the first word's answer stands.
_PAIR_GAP = 12


def starts(doc: Document, pattern: regex.Pattern) -> list[int] | None:
    """Where a match of ``pattern`` may start (every place one does, in order),
    or None when the text must be searched the plain way.  ``pattern`` must
    match only at a word character with none before it (``\\m``, ``(?<!\\w)``
    and a word).

    A word may open a match if the pattern matches it alone partially (a
    match of the text would match its first word so far); the same question
    is then asked of the word with the next one ("said analysts", not "said
    the"), since the words that open a match ("a", "said") are common.  A
    word's first letters are asked first, since most words fail there.  A
    prefix is as good a question (a match of the text matches it so far), as
    long as no negative lookahead of the pattern can succeed without reading
    a character (``(?!$)``, ``(?!\\b)``): at the end of the prefix it would
    fail where the text lets it succeed."""
    index = words(doc)
    return None if index is None else _starts(index, pattern)


def _starts(index: Words, pattern: regex.Pattern) -> list[int]:
    parts, ends = index.parts, index.ends

    def opens(text: str) -> bool:
        return pattern.match(text, partial=True) is not None

    single = _answers((pattern, 1))
    new = index.distinct - single.known
    if new:
        heads = _ask((pattern, 0), frozenset(w[:_HEAD] for w in new), opens)
        single.known.update(new)
        single.yes.update(w for w in new if w[:_HEAD] in heads and opens(w))
    places: dict[str, list[int]] = {}
    for word in index.distinct & single.yes:
        for i in index.places(word):
            gap = parts[i + 1]
            pair = word + gap + parts[i + 2] if i + 2 < len(parts) and len(gap) <= _PAIR_GAP else word
            places.setdefault(pair, []).append(ends[i - 1])
    return sorted(p for pair in _ask((pattern, 2), frozenset(places), opens) for p in places[pair])


# Each ``match`` call costs some microseconds of set-up, so where the places
# to try lie closer than this many characters on average (a file of a million
# short lines, where every line start is one), one C-speed scan of the whole
# text is faster than trying them one by one.
_DENSE = 32


def _chained(text: str, pattern: regex.Pattern, places: Sequence[int], timeout: float | None = None) -> Iterator[regex.Match]:
    """The matches ``finditer`` finds, given every place one may start, in order."""
    if len(places) * _DENSE > len(text):
        yield from pattern.finditer(text, timeout=timeout)
        return
    last_end = 0
    for p in places:
        if p < last_end:
            continue  # inside the last match: finditer goes on after it
        m = pattern.match(text, p, timeout=timeout)
        if m:
            yield m
            last_end = m.end()


def matches(doc: Document, pattern: regex.Pattern) -> Iterator[regex.Match]:
    """``pattern.finditer(doc.text)``, trying the pattern only where a match
    may start (see :func:`starts`)."""
    places = starts(doc, pattern)
    return pattern.finditer(doc.text) if places is None else _chained(doc.text, pattern, places)


def finditer(ctx: Context, pattern: regex.Pattern) -> Iterator[regex.Match]:
    """``ctx.finditer(pattern)`` on the document, trying the pattern only where
    a match may start (see :func:`starts`)."""
    text = ctx.doc.text
    places = starts(ctx.doc, pattern)
    if places is None or len(places) * _DENSE > len(text):
        # One scan of the whole text, as _chained would make: ctx.finditer's
        # batches keep the caller's time between matches off the time limit.
        return ctx.finditer(pattern)
    return ctx.limited_stream(lambda t, timeout: _chained(t, pattern, places, timeout), text, str(pattern.pattern))


def line_starts(doc: Document) -> Sequence[int]:
    """Where ``^`` matches in a multi-line pattern: the text's start and after each "\\n"."""
    key = "attribution.cues.line_starts"
    if key not in doc.memo:
        text = doc.text
        # Machine integers: a list held 36 bytes a line for the document's life.
        found = offsets([0])
        at = text.find("\n")
        while at >= 0:
            found.append(at + 1)
            at = text.find("\n", at + 1)
        doc.memo[key] = found
    return doc.memo[key]


def at_line_starts(doc: Document, pattern: regex.Pattern) -> Iterator[regex.Match]:
    """``pattern.finditer(doc.text)`` for a multi-line pattern that opens with
    ``^``, tried only at line starts instead of at every position."""
    return _chained(doc.text, pattern, line_starts(doc))
