"""Where the speech and belief verbs are whose subjects NL403 reads (subjects.py)."""
from __future__ import annotations

from functools import lru_cache
from typing import Iterator

import regex

from ...document import Document
from . import cues
from .lists import entries

_WORD_START = regex.compile(r"(?<![\w-])\w+")


@lru_cache(maxsize=1)
def _verb_first_words() -> tuple[frozenset[str], tuple[str, ...]]:
    """The first word of each plain verb entry ("point" of "point out"), and
    the literal start of each pattern entry ("agree" of "agree[sd]?..."), to
    try the verb pattern only where one can match."""
    listed = entries("attribution_vague_verbs.txt")
    words = frozenset(e.split()[0].lower() for e in listed if not e.startswith("re:"))
    prefixes = tuple(regex.match(r"re:(\w+)", e).group(1).lower() for e in listed if e.startswith("re:"))
    return words, prefixes


def verbs(doc: Document, verb: regex.Pattern) -> Iterator[regex.Match]:
    """The verb pattern's matches, tried at words that can start one: a hundred
    alternatives at every position of a long text are slow."""
    words, prefixes = _verb_first_words()
    text = doc.text
    places = cues.starts(doc, verb)
    # Each word start once, in order (a match may hold the next one: "cast
    # doubt", "doubt").
    heads = (_WORD_START.match(text, p) for p in places) if places is not None else _WORD_START.finditer(text)
    for w in heads:
        if w is None:
            continue
        low = w.group(0).lower()
        if low in words or low.startswith(prefixes):
            m = verb.match(text, w.start())
            if m:
                yield m
