"""Capitalisation as evidence: acronyms, brands and names are not slips.

A capitalised word is a name unless it starts a sentence; mid-sentence, only
a slip for a word that names and dates are built from
(newslint/data/typo_title_words.txt) is reported.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

import regex

from ...heap import forgettable
from ...phrases import data_path, read_list
from .candidates import Candidate, candidates_within
from .lexicon import zipf
from .slips import Settings, may_suggest, suspicious
from .spelling import proper_noun, spelled_right

_NON_LATIN = regex.compile(r"[^\p{Latin}\p{M}'’]")
_INNER_CAPITAL = regex.compile(r".\p{Lu}")


@forgettable
@lru_cache(maxsize=65536)
def normalise(word: str) -> str | None:
    """The lower-case form to look up, or None for a token that is not a
    candidate (acronyms, CamelCase brands, numbers, non-Latin script)."""
    if word.isascii() and word.isalpha():
        # Most words asked (names): ASCII letters are Latin, so only a capital
        # after the first letter (two capitals, or one inside) rules one out,
        # as in the plain way (tests/test_typo_search.py compares them).
        return None if any(ch.isupper() for ch in word[1:]) else word.lower()
    return plain_normalise(word)


def plain_normalise(word: str) -> str | None:
    """:func:`normalise` for any word, the way it reads every character."""
    if any(ch.isdigit() or ch == "_" for ch in word):
        return None
    if _NON_LATIN.search(word) or not word.replace("’", "'").isascii():
        # An English keyboard slip does not make an accented letter: scène,
        # heißen and Éomer are foreign words and names.
        return None
    letters = [ch for ch in word if ch.isalpha()]
    if sum(ch.isupper() for ch in letters) > 1 or _INNER_CAPITAL.search(word):
        # HTML, BBC, iPod, McDonald, O'Meara: acronyms and names
        return None
    return word.replace("’", "'").lower()


# What may stand between the end of a sentence and the first word of the next.
_OPENERS = frozenset(" \t\"'“‘([«*_>-–—•·")
_SENTENCE_END = frozenset(".!?:;…\r\n")


# A full stop after a short capitalised word (``Mrs.``, ``Dr.``, ``Sen.``)
# ends an abbreviation far more often than a sentence: the next word is a name.
_ABBREVIATION = regex.compile(r"(?:^|[\s(\"'“‘])\p{Lu}\p{Ll}{0,2}\.$")


def sentence_initial(text: str, start: int) -> bool:
    """Does the word at ``start`` begin a sentence (or the text)?"""
    i = start - 1
    while i >= 0 and text[i] in _OPENERS:
        i -= 1
    if i < 0:
        return True
    if text[i] == "." and _ABBREVIATION.search(text, max(0, i - 4), i + 1):
        return False
    return text[i] in _SENTENCE_END


_TITLE_BEFORE = regex.compile(r"(?:^|[\s(\"'“‘])\p{Lu}\p{Ll}{0,2}\.?[^\S\r\n]+$")


def after_title(text: str, start: int) -> bool:
    """Does the word at ``start`` follow a short capitalised abbreviation
    (``Mrs.``, ``Dr``, ``Sen.``): a title, so the word is a name?"""
    return bool(_TITLE_BEFORE.search(text, max(0, start - 8), start))


_PREVIOUS_WORD = regex.compile(r"(\p{Lu}[\p{L}'’]*)[^\S\r\n]+$")


def previous_capitalised(text: str, start: int) -> str | None:
    """The capitalised word just before ``start`` (spaces between), if any:
    ``Nicole`` in ``Nicole Mainor``."""
    m = _PREVIOUS_WORD.search(text, max(0, start - 40), start)
    return m.group(1) if m else None


_PREVIOUS_OR_LISTED = regex.compile(r"\p{Lu}[\p{L}'’.]*,?[^\S\r\n]+$")


def after_capitalised(text: str, start: int) -> bool:
    """Does a capitalised word (a comma between allowed) stand just before
    ``start``: ``Mark Brailey``, ``Hunter, Schneiter``, ``Dr. Kudja``?"""
    return bool(_PREVIOUS_OR_LISTED.search(text, max(0, start - 40), start))


def name_key(word: str) -> str:
    """A capitalised word without its possessive: ``Teran's`` and ``Teran``
    are one name."""
    # A word holds no line break, so this is ``regex.sub(r"['’]s?$", "", word)``
    # without a pattern run for each of the article's rare tokens.
    if word.endswith(("'", "’")):
        return word[:-1]
    if word.endswith(("'s", "’s")):
        return word[:-2]
    return word


_NEXT_WORD = regex.compile(r"[^\S\r\n]+(\p{L})")


def next_is_capitalised(text: str, end: int) -> bool:
    """``Parul Jain, deputy ...``: a capitalised word followed by another is a name."""
    m = _NEXT_WORD.match(text, end)
    return bool(m and m.group(1).isupper())


_NEXT_CAPITALISED = regex.compile(r"[^\S\r\n]+(\p{Lu}\p{Ll}+)\b")
# The next word is a common word written with a capital (``Health``,
# ``Agency``): a title in title case, not a surname.
_COMMON_NEXT_ZIPF = 3.0


def next_is_name(text: str, end: int) -> bool:
    """Is the word at ``end`` followed by a capitalised word that is not a
    common word (``Parul Jain``, ``Nanik Ramchandani``)?  Title-case names
    of institutions go on with common words (``Natonal Health Service``)."""
    if not next_is_capitalised(text, end):
        return False
    m = _NEXT_CAPITALISED.match(text, end)
    if m is None:
        return True
    low = m.group(1).lower()
    return zipf(low) < _COMMON_NEXT_ZIPF or proper_noun(low)


def introduced(text: str, start: int, end: int) -> bool:
    """Is the word at ``start`` a name being introduced: after a title
    (``Mr Nwachuku``) or a first name (``Roman Abramovich``), or before a
    surname (``Mikee Johnson``)?"""
    if not text[start].isupper() or sentence_initial(text, start):
        return False
    previous = previous_capitalised(text, start)
    return (
        after_title(text, start)
        or (previous is not None and not sentence_initial(text, start - len(previous) - 1))
        or next_is_name(text, end)
    )


@forgettable
@lru_cache(maxsize=1)
def title_words() -> frozenset[str]:
    return frozenset(read_list(data_path("typo_title_words.txt"))) | honorifics()


@forgettable
@lru_cache(maxsize=1)
def honorifics() -> frozenset[str]:
    """Titles written before a name (newslint/data/typo_honorifics.txt)."""
    return frozenset(read_list(data_path("typo_honorifics.txt")))


def _deletes2(word: str) -> set[str]:
    once = {word[:i] + word[i + 1 :] for i in range(len(word))}
    return {word} | once | {w[:i] + w[i + 1 :] for w in once for i in range(len(w))}


@forgettable
@lru_cache(maxsize=2)
def _title_index(before_name: bool = False) -> frozenset[str]:
    """Every title word (``before_name``: every honorific) with up to two
    letters deleted: two strings within two edits share a key."""
    return frozenset(k for w in (honorifics() if before_name else title_words()) for k in _deletes2(w))


_TITLE_SLIP_MAX_ZIPF = 2.0


@forgettable
@lru_cache(maxsize=8192)
def title_word_slip(word: str, settings: Settings, before_name: bool = False) -> str | None:
    """A capitalised mid-sentence word is a name, unless it is a slip for a
    word that names and dates are built from (``Unversity of Leeds``,
    ``in Febuary``): then the correction, capitalised.  ``before_name``:
    the word stands before a name, where only a slip for a title
    (``Capain Scott``) counts, and only when the dictionaries do not know
    the word as written (``Rabbie Burns`` is a name)."""
    low = normalise(word)
    if low is None or len(low) < 4 or zipf(low) >= _TITLE_SLIP_MAX_ZIPF:
        return None  # Banc, Chambre, Joly: names and foreign words the web list knows
    index = _title_index(before_name)
    if not any(key in index for key in _deletes2(low)):
        return None  # most names: no title word within two edits, no search needed
    if before_name and spelled_right(word) is not False:
        return None
    allowed = honorifics() if before_name else title_words()
    # Only a title word first among the candidates counts: with none within
    # reach (most names), no search.
    found = suspicious(low, settings) if may_suggest(low, settings, lambda _: True, keep=allowed.__contains__) else None
    best = found[0].word if found and found[0].word in allowed else _far_title_word(low, allowed)
    if best is None:
        return None
    return best[:1].upper() + best[1:]


# The title words are few and long, so a long word two slips from one
# (``Wensday``: two letters dropped) is still that word misspelt, though too
# dear a slip for the general search to believe.  First and last letters
# stay, and the slip is at most this much per letter.
_FAR_TITLE_MIN_LENGTH = 7
_FAR_TITLE_COST_PER_LETTER = 0.26


def _far_title_word(low: str, allowed: frozenset[str]) -> str | None:
    if len(low) < _FAR_TITLE_MIN_LENGTH:
        return None
    # Only title words with both end letters kept, as cheap as the rule
    # allows: the search looks at no other word.
    most = _FAR_TITLE_COST_PER_LETTER * len(low) + 1e-9
    near = [
        c for c in candidates_within(low, True, lambda _: most, allowed.__contains__, True)
        if c.word in allowed and c.word[0] == low[0] and c.word[-1] == low[-1]
        and c.cost / len(low) <= _FAR_TITLE_COST_PER_LETTER
    ]
    return near[0].word if near else None


# A capitalised word that starts a sentence is as often a surname or a place
# the lexicon lacks (``Hewings``, ``Senez``, ``Zouch``) as a slip.  A slip
# there keeps its first letter (the capital is typed deliberately) and is
# one plain edit from its word (``Reisurance``, ``Nonethless``), or a little
# more in a long word (``Servays``, ``Speaical``: at most 0.2 per letter);
# the last letter changes only by a cheap slip.  Names sit further from
# words (``Satifex``/satire), or start with another letter (``Zouch``/touch).
_INITIAL_MAX_COST = 1.0
_INITIAL_MAX_COST_PER_LETTER = 0.2
_INITIAL_LAST_LETTER_COST = 0.6
# The web list holds surnames and places in lower case: a short one it
# holds this often (``Dange``) is believed a slip only when cheap, as the
# popular misspellings it holds are (``Cheif``, ``Acording``); a long one
# seldom sits one edit from a word by chance (``Afganistan``).
_INITIAL_KNOWN_ZIPF = 1.5
_INITIAL_KNOWN_MAX_LENGTH = 7
_INITIAL_KNOWN_MAX_COST = 0.8


def initial_slip(word: str, found: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    """The candidates still credible for a lower-case ``word`` that was
    written capitalised at the start of a sentence."""
    known = len(word) <= _INITIAL_KNOWN_MAX_LENGTH and zipf(word) >= _INITIAL_KNOWN_ZIPF
    return tuple(
        c
        for c in found
        if c.word[0] == word[0]
        and (not known or c.cost <= _INITIAL_KNOWN_MAX_COST)
        and (c.cost <= _INITIAL_MAX_COST or c.cost / len(word) <= _INITIAL_MAX_COST_PER_LETTER)
        and (c.word[-1] == word[-1] or c.cost <= _INITIAL_LAST_LETTER_COST)
    )


def article_names(text: str, rare: Sequence[tuple[str, int, int]]) -> tuple[set[str], set[str]]:
    """The article's evidence for names among its rare capitalised words: a
    word used mid-sentence (after ``Mrs.``/``Dr.`` too), one written as a
    possessive (``Teran's``), or one used more than once: a slip is seldom
    made twice the same way.  Second, the names of the strongest evidence
    (a possessive, or used more than once), which even a slip-like spelling
    does not outweigh."""
    seen: Counter[str] = Counter()
    names = set()
    sure = set()
    for word, start, _ in rare:
        if not word[0].isupper():
            continue
        key = name_key(word)
        seen[key] += 1
        if key != word or seen[key] > 1:
            sure.add(key)
        if key != word or seen[key] > 1 or not sentence_initial(text, start):
            names.add(key)
    return names, sure
