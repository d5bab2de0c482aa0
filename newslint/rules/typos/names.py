"""Capitalisation as evidence: acronyms, brands and names are not slips.

A capitalised word is a name unless it starts a sentence; mid-sentence, only
a slip for a word that names and dates are built from
(newslint/data/typo_title_words.txt) is reported.
"""
from __future__ import annotations

from functools import lru_cache

import regex

from ...phrases import data_path, read_list
from .lexicon import zipf
from .slips import Settings, suspicious

_NON_LATIN = regex.compile(r"[^\p{Latin}\p{M}'’]")
_INNER_CAPITAL = regex.compile(r".\p{Lu}")


@lru_cache(maxsize=65536)
def normalise(word: str) -> str | None:
    """The lower-case form to look up, or None for a token that is not a
    candidate (acronyms, CamelCase brands, numbers, non-Latin script)."""
    if any(ch.isdigit() or ch == "_" for ch in word):
        return None
    if _NON_LATIN.search(word):
        return None
    letters = [ch for ch in word if ch.isalpha()]
    if sum(ch.isupper() for ch in letters) > 1 or _INNER_CAPITAL.search(word):
        # HTML, BBC, iPod, McDonald, O'Meara: acronyms and names
        return None
    return word.replace("’", "'").lower()


# What may stand between the end of a sentence and the first word of the next.
_OPENERS = frozenset(" \t\"'“‘([«*_>-–—•·")
_SENTENCE_END = frozenset(".!?:;…\r\n")


def sentence_initial(text: str, start: int) -> bool:
    """Does the word at ``start`` begin a sentence (or the text)?"""
    i = start - 1
    while i >= 0 and text[i] in _OPENERS:
        i -= 1
    return i < 0 or text[i] in _SENTENCE_END


_NEXT_WORD = regex.compile(r"[^\S\r\n]+(\p{L})")


def next_is_capitalised(text: str, end: int) -> bool:
    """``Parul Jain, deputy ...``: a capitalised word followed by another is a name."""
    m = _NEXT_WORD.match(text, end)
    return bool(m and m.group(1).isupper())


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    return frozenset(read_list(data_path("typo_title_words.txt")))


def _deletes2(word: str) -> set[str]:
    once = {word[:i] + word[i + 1 :] for i in range(len(word))}
    return {word} | once | {w[:i] + w[i + 1 :] for w in once for i in range(len(w))}


@lru_cache(maxsize=1)
def _title_index() -> frozenset[str]:
    """Every title word with up to two letters deleted: two strings within
    two edits share a key."""
    return frozenset(k for w in _title_words() for k in _deletes2(w))


_TITLE_SLIP_MAX_ZIPF = 2.0


@lru_cache(maxsize=8192)
def title_word_slip(word: str, settings: Settings) -> str | None:
    """A capitalised mid-sentence word is a name, unless it is a slip for a
    word that names and dates are built from (``Unversity of Leeds``,
    ``in Febuary``): then the correction, capitalised."""
    low = normalise(word)
    if low is None or len(low) < 4 or zipf(low) >= _TITLE_SLIP_MAX_ZIPF:
        return None  # Banc, Chambre, Joly: names and foreign words the web list knows
    index = _title_index()
    if not any(key in index for key in _deletes2(low)):
        return None  # most names: no title word within two edits, no search needed
    found = suspicious(low, settings)
    if not found or found[0].word not in _title_words():
        return None
    best = found[0].word
    return best[:1].upper() + best[1:]
