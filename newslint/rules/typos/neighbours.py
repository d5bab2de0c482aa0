"""A rare word's neighbours as evidence: a Latin binomial (``Giraffa
jumae``) is no slip; a short word between English words may be one.

A scientific name is a capitalised genus and a lower-case species with a
Latin ending, both unknown to the dictionaries and the web list; each half
sits next to the other, which a slip seldom does.  (A lower-case unknown
neighbour alone is no such evidence: writers who slip once often slip in
the next word too, ``youngstar soprts``.)
"""
from __future__ import annotations

import regex

from .lexicon import zipf
from .spelling import spelled_right

_WORD_BEFORE = regex.compile(r"(?<![\p{L}\p{M}'’.-])(\p{Lu}\p{Ll}+)[^\S\r\n]+$")
_WORD_AFTER = regex.compile(r"[^\S\r\n]+(\p{Ll}+)(?![\p{L}\p{M}'’-])")
# A half as frequent as this is an English word, whatever the dictionaries say.
_KNOWN_ZIPF = 3.0
_MIN_LENGTH = 3
# The endings of the species half (``jumae``, ``coli``, ``aureus``,
# ``vulgaris``, ``alba``, ``canadensis``).
_LATIN_ENDING = regex.compile(r"(?:ae|i|us|um|is|a|orum|arum|oides)$")


def _unknown(word: str) -> bool:
    low = word.lower()
    return (
        len(word) >= _MIN_LENGTH and zipf(low) < _KNOWN_ZIPF
        and spelled_right(word) is False and spelled_right(low) is False
    )


# A species half that is a common word with two letters crossed
# (``Starmer sadi``: said) is that word misspelt after a name: Latin
# epithets are seldom a slip away from an everyday English word.
_CROSSED_ZIPF = 5.5


def _crossed_common(word: str) -> bool:
    return any(zipf(word[:i] + word[i + 1] + word[i] + word[i + 2:]) >= _CROSSED_ZIPF for i in range(len(word) - 1))


def _binomial(genus: str, species: str) -> bool:
    return (
        bool(_LATIN_ENDING.search(species)) and _unknown(genus) and _unknown(species)
        and not _crossed_common(species.lower())
    )


def in_binomial(text: str, start: int, end: int) -> bool:
    """Is the rare word at ``start:end`` one half of a Latin binomial?"""
    word = text[start:end]
    if word[0].islower():
        m = _WORD_BEFORE.search(text, max(0, start - 40), start)
        return m is not None and _binomial(m.group(1), word)
    m = _WORD_AFTER.match(text, end)
    return m is not None and _binomial(word, m.group(1))


# Second: English words on both sides as evidence that a short rare word is
# an English slip, not a word of another language (Czech ``tou``, ``nad``;
# Spanish ``foro``) or a piece of a longer token (``FranÃ§ois`` leaves
# ``ois``; ``[W]ith`` leaves ``ith``): the word stands alone between spaces,
# after (a comma between allowed: ``a litre, teh highest``) and before a
# common word a dictionary accepts.
_PLAIN_BEFORE = regex.compile(r"(?<![\p{L}\p{M}'’.-])(\p{L}+),?[^\S\r\n]+$")
_PLAIN_AFTER = regex.compile(r"[^\S\r\n]+(\p{L}+)(?![\p{L}\p{M}'’-])")
_ENGLISH_ZIPF = 3.5


def _english(word: str) -> bool:
    return zipf(word.lower()) >= _ENGLISH_ZIPF and spelled_right(word) is True


def between_english_words(text: str, start: int, end: int) -> bool:
    """Does the word at ``start:end`` stand between spaces, after and
    before a common English word (``option tou buy``)?"""
    before = _PLAIN_BEFORE.search(text, max(0, start - 40), start)
    if before is None or not _english(before.group(1)):
        return False
    after = _PLAIN_AFTER.match(text, end)
    return after is not None and _english(after.group(1))


# Third: an adjective written with a plural's -s (``importants rugby
# matches``) stands before its noun; the same form before punctuation or a
# grammar word is the adjective used as a noun (``allow for clinicals:``,
# ``clinicals and labs``).
_GRAMMAR_ZIPF = 6.0


def before_content_word(text: str, end: int) -> bool:
    """Is the word ending at ``end`` followed, after spaces, by a lower-case
    word that is no grammar word (Zipf 6: ``and``, ``the``, ``to``)?"""
    after = _WORD_AFTER.match(text, end)
    return after is not None and zipf(after.group(1)) < _GRAMMAR_ZIPF


# Fourth: a hyphenated rhyme or vowel change (``hurdy-gurdy``, ``namby-pamby``,
# ``dilly-dally``) is a word made by reduplication; its halves are seldom
# words alone, and a slip hardly ever makes its word rhyme with the next.
_HALF_BEFORE = regex.compile(r"(?<![\p{L}\p{M}'’-])(\p{L}+)-$")
_HALF_AFTER = regex.compile(r"-(\p{L}+)(?![\p{L}\p{M}'’-])")
_MIN_HALF = 3
_VOWEL = regex.compile(r"[aeiouy]")


def _rhyme(word: str) -> str:
    m = _VOWEL.search(word, 1)
    return word[m.start():] if m else ""


def _reduplicated(a: str, b: str) -> bool:
    a, b = a.lower(), b.lower()
    if a == b or min(len(a), len(b)) < _MIN_HALF:
        return False
    if len(_rhyme(a)) >= 2 and _rhyme(a) == _rhyme(b):
        return True
    return len(a) == len(b) and _VOWEL.sub("", a) == _VOWEL.sub("", b) and a[0] == b[0]


def in_reduplication(text: str, start: int, end: int) -> bool:
    """Is the word at ``start:end`` one half of a hyphenated reduplication?"""
    word = text[start:end]
    after = _HALF_AFTER.match(text, end)
    if after is not None and _reduplicated(word, after.group(1)):
        return True
    before = _HALF_BEFORE.search(text, max(0, start - 40), start)
    return before is not None and _reduplicated(before.group(1), word)
