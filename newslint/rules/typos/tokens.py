"""The words of an article the typo rule looks at, and the spans it skips."""
from __future__ import annotations

import regex

from .lexicon import zipf

# Spans that are not prose: URLs, e-mail addresses, social handles and
# hashtags, bare domain names.  They are matched first in the same pass so
# that the words inside them are never checked.
# The lookbehinds let the e-mail and domain branches start only where a run
# of such characters starts: without them every dot in a long run ("....",
# "ab.ab.ab...") rescanned the rest of the run (32,000 characters: 3 minutes).
_NOT_PROSE = (
    r"(?:https?://|ftp://|www\.)[^\s<>\"]+"
    r"|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|(?<![\w@])[@#]\w+"
    r"|(?<![\w.-])[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|edu|gov|int|io|ai|co|uk|us|de|fr|info|biz|tv|me|ly)\b(?:/[^\s<>\"]*)?"
)
# A word: letters (and marks), with inner apostrophes (straight or curly) as in
# don't and O’Meara; digits and underscores are included so that tokens such as
# 3rd, mp3 or snake_case come out whole and can be skipped.
_TOKENS = regex.compile(
    rf"(?P<skip>{_NOT_PROSE})|(?P<word>[\p{{L}}\p{{M}}\d_]+(?:['’][\p{{L}}\p{{M}}\d_]+)*)",
    regex.IGNORECASE,
)
# Every span _NOT_PROSE matches contains one of these; an article with none
# (most) is tokenised by the plain word pattern, several times faster.
_MAYBE_NOT_PROSE = regex.compile(
    r"://|www\.|[@#]|\.(?:com|org|net|edu|gov|int|io|ai|co|uk|us|de|fr|info|biz|tv|me|ly)\b", regex.IGNORECASE
)
_WORD_TOKENS = regex.compile(r"[\p{L}\p{M}\d_]+(?:['’][\p{L}\p{M}\d_]+)*")
# Candidate search grows with the cube of a token's length (deletes of
# deletes): a 2,000-letter token (a base64 blob, a run of letters) took ten
# minutes.  English words and their slips are far shorter than this.
_MAX_LENGTH = 40


def rare_words(text: str, min_length: int, frequent: frozenset[str]) -> list[tuple[str, int, int]]:
    """(word, start, end) of every prose token of a checkable length that is
    not one of the ``frequent`` words, in text order."""
    # Most tokens are frequent words, settled by one set lookup.
    if _MAYBE_NOT_PROSE.search(text):
        return [
            (word, m.start(), m.end())
            for m in _TOKENS.finditer(text)
            if (word := m.group("word")) is not None
            and min_length <= len(word) <= _MAX_LENGTH
            and word.lower() not in frequent
        ]
    return [
        (word, m.start(), m.end())
        for m in _WORD_TOKENS.finditer(text)
        if min_length <= len(word := m.group()) <= _MAX_LENGTH and word.lower() not in frequent
    ]


_HYPHEN_BEFORE = regex.compile(r"(\p{L}+)-$")
_HYPHEN_AFTER = regex.compile(r"-(\p{L}+)")


def joined_is_word(text: str, start: int, end: int, low: str) -> bool:
    """Is this part of a hyphenated compound a word once joined to its
    neighbour, or part of a hyphenated name (``Chong-gyu``)?"""
    before = _HYPHEN_BEFORE.search(text, max(0, start - 20), start)
    if before and (before.group(1)[0].isupper() or zipf(before.group(1).lower() + low) > 0):
        return True
    after = _HYPHEN_AFTER.match(text, end)
    return bool(after and zipf(low + after.group(1).lower()) > 0)


_ELISION_OR_IDENTIFIER = regex.compile(r"['’](?!\p{L})|\.[\p{L}\d]")


def not_a_word_here(text: str, start: int, end: int) -> bool:
    """Is the token written as something other than a plain word: an
    elision with its apostrophe (``playin'``, ``nothin'``) or the name
    part of an identifier or file name (``lcwa.00010240``, ``setup.cfg``)?"""
    return bool(_ELISION_OR_IDENTIFIER.match(text, end))
