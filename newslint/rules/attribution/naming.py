"""Whether a word in a subject names someone (NL403): capitalisation read with
the evidence of the whole text, group names, plural heads."""
from __future__ import annotations

from functools import lru_cache

import regex

from .lists import entries
from .placement import common


@lru_cache(maxsize=None)
def word_set(name: str) -> frozenset[str]:
    """The entries of a data file, as a set."""
    return frozenset(entries(name))


def is_group(word: str) -> bool:
    groups = word_set("attribution_group_words.txt")
    return word in groups or word.rstrip(".") in groups or word.rstrip("'’s") in groups


_OPENING_MARKS = frozenset(" \t\"“‘'(")
_ABBREVIATIONS = frozenset("Mr Mrs Ms Dr Prof Sen Rep Gov Gen Lt Col Capt St Jr Sr".split())


def opens_sentence(text: str, start: int) -> bool:
    """Whether the word at ``start`` opens a sentence ("Mr." and "J." end none).
    Read character by character: it runs for every capitalised word."""
    j = start - 1
    while j >= 0 and text[j] in _OPENING_MARKS:
        j -= 1
    if j < 0 or text[j] in "\n\r!?:;":
        return True
    if text[j] != ".":
        return False
    k = j
    while k > 0 and text[k - 1].isalpha():
        k -= 1
    word = text[k:j]
    return not (word in _ABBREVIATIONS or len(word) == 1 and word.isupper())


_WORD = regex.compile(r"\p{L}[\p{L}'’\-]*")


@lru_cache(maxsize=4)
def _evidence(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The words a text writes in lower case, and those it capitalises inside a
    sentence: one pass, then every look-up is constant time."""
    lower: set[str] = set()
    capitalised: set[str] = set()
    for m in _WORD.finditer(text):
        word = m.group(0)
        if word[0].islower():
            lower.add(word)
        elif word not in capitalised and not opens_sentence(text, m.start()):
            capitalised.add(word)
    return frozenset(lower), frozenset(capitalised)


def is_name(word: str, start: int, text: str, head: bool = False) -> bool:
    """A capitalised word that names someone; a common word that opens the
    sentence ("Election scholars caution", "Aides said") and a group's name
    do not."""
    if not word[:1].isupper() or is_group(word):
        return False
    if not opens_sentence(text, start):
        return True
    # Opening the sentence: a common word if the story also writes it in
    # lower case, a name if it writes it capitalised elsewhere or it is an
    # agency.
    lower, capitalised = _evidence(text)
    if word.lower() in lower:
        return False
    if word in capitalised or word in word_set("attribution_agencies.txt"):
        return True
    # No evidence either way: a plural head ("Aides said") is a common noun;
    # a modifier is one if it is an adjective or a common word ("Sceptical
    # economists", "Campaign officials"), else a name ("Rabobank analysts").
    return not (head or _ADJECTIVE_END.search(word) or common(word, _COMMON_ZIPF))


# How common (wordfreq's Zipf scale) a capitalised word opening a sentence must
# be to be taken for a common word when the story gives no other evidence.
_COMMON_ZIPF = 4.0
_ADJECTIVE_END = regex.compile(r"(?:al|ous|ive|ful|less|ic|ary|ory|ent|ant)$", regex.IGNORECASE)


def plural(word: str) -> bool:
    w = word.lower().rstrip("'’")
    return w in word_set("attribution_collective_nouns.txt") or (
        len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is", "'s", "’s"))
    )
