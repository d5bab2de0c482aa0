"""Whether a word in a subject names someone (NL403): capitalisation read with
the evidence of the whole text, group names, plural heads, and the "to" that
ties a head to what it is affiliated with."""
from __future__ import annotations

from functools import lru_cache
from typing import Iterator

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


# Up to this length a text is searched for the one word asked about; a longer
# one is read once (:func:`_evidence`), since one search per word asked would
# then cost more.  Most texts answer a few words, and most none at all.
_ASKED_MAX_CHARS = 100_000


_LETTER = regex.compile(r"\p{L}")
# What may join a letter to a word: "O'Neill", "well-known".
_JOINERS = "'’-"


def _as_word(word: str, text: str) -> Iterator[int]:
    r"""Where ``word`` stands in ``text`` as :func:`_evidence` reads a word:
    at a letter no letter (and apostrophes or hyphens) runs into, and
    followed by nothing that would lengthen it; the starts ``finditer`` of
    ``(?<!\p{L}['’\-]*)WORD(?![\p{L}'’\-])`` gives, found by ``str.find``
    (compiling that pattern for each word asked cost more than the search)."""
    size = len(text)
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        j = at
        while j > 0 and text[j - 1] in _JOINERS:
            j -= 1
        # Joiners are no letters: only the one before the run of them can run into the word.
        alone = not (j > 0 and _LETTER.match(text, j - 1))
        if alone and end < size and (text[end] in _JOINERS or _LETTER.match(text, end)):
            alone = False
        if alone:
            yield at
            at = text.find(word, end)
        else:
            at = text.find(word, at + 1)


def _written_lower(word: str, text: str) -> bool:
    """``word.lower() in _evidence(text)[0]``."""
    if len(text) > _ASKED_MAX_CHARS:
        return word.lower() in _evidence(text)[0]
    return _written_lower_asked(word, text)


def _capitalised_inside(word: str, text: str) -> bool:
    """``word in _evidence(text)[1]``."""
    if len(text) > _ASKED_MAX_CHARS:
        return word in _evidence(text)[1]
    return _capitalised_inside_asked(word, text)


# The answers for a text searched word by word are kept per (word, text): a
# long paragraph asks about the same word once per subject in it, and each
# answer may read every place the word stands (a line of 1,800 "Officials
# said ..." sentences cost 3.6 s before, 0.09 s after).  A str keeps its
# hash, so the key costs little; the bound keeps at most 256 texts of at
# most _ASKED_MAX_CHARS alive.
@lru_cache(maxsize=256)
def _written_lower_asked(word: str, text: str) -> bool:
    low = word.lower()
    return low[:1].islower() and _WORD.fullmatch(low) is not None and next(_as_word(low, text), None) is not None


@lru_cache(maxsize=256)
def _capitalised_inside_asked(word: str, text: str) -> bool:
    if word[:1].islower() or _WORD.fullmatch(word) is None:
        return False
    return any(not opens_sentence(text, at) for at in _as_word(word, text))


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
    if _written_lower(word, text):
        return False
    if _capitalised_inside(word, text) or word in word_set("attribution_agencies.txt"):
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


# "to" opens a post-modifier after a plural or an agent noun and before a
# noun phrase ("aides to the governor", "an adviser to Trump"); elsewhere it is
# an infinitive or a direction ("a chance to raise", "back to the past").
_TO_OBJECT = frozenset("the a an his her their its our my".split())
_AGENT_END = ("er", "or", "ist", "ant", "ent")


def to_post(tokens: list[tuple[int, str]], i: int) -> bool:
    """Whether the token ``i`` of a subject's (offset, word) tokens is a "to"
    opening its post-modifier."""
    if tokens[i][1].lower() != "to" or i == 0 or i + 1 == len(tokens):
        return False
    before, after = tokens[i - 1][1], tokens[i + 1][1]
    head = plural(before) or before.lower().endswith(_AGENT_END)
    return head and (after.lower() in _TO_OBJECT or after[:1].isupper())


# The prepositions after a participle that open its post-modifier.
_PARTICIPLE_PREPOSITIONS = frozenset("to on with in at near for about under from inside".split())


def participle_post(tokens: list[tuple[int, str]], i: int) -> bool:
    """Whether the token ``i`` of a subject's tokens is a present participle
    opening its post-modifier: a lower-case ``-ing`` word after a noun in
    lower case (or opening the phrase) and before a preposition ("an intelligence source speaking to Fox
    News said", "residents living near the site say")."""
    if i == 0 or i + 1 == len(tokens):
        return False
    word, before, after = tokens[i][1], tokens[i - 1][1], tokens[i + 1][1]
    if not (
        len(word) > 5 and word.endswith("ing") and word.islower() and before.isalpha() and (before.islower() or i == 1)
        and after.lower() in _PARTICIPLE_PREPOSITIONS
    ):
        return False
    # "to" before a verb is the participle's own infinitive ("activists
    # trying to block ..."), a clause, not a post-modifier of the source.
    if after.lower() == "to":
        obj = tokens[i + 2][1] if i + 2 < len(tokens) else ""
        return obj.lower() in _TO_OBJECT or obj[:1].isupper() or plural(obj)
    return True
