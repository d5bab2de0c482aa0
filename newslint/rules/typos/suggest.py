"""Ranking suggestions with the article's own words, keeping offensive
words out of them, and telling a term the article repeats from a slip."""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

import regex

from ...fixes import Fix
from ...heap import forgettable
from ...phrases import data_path, read_list
from ...rule import Context
from .candidates import Candidate, sound_key
from .lexicon import zipf
from .tokens import ascii_words

_WORDS = regex.compile(r"\p{L}+")


# _WORDS in lower-cased text whose letters are all ASCII (\p{L} is [A-Za-z]
# there; the other characters ``ascii_words`` allows are no letters and have
# no case), found by the standard library's engine.
_ASCII_LOWER_WORDS = re.compile(r"[a-z]+")
# Up to this many characters the words are listed at once (a few megabytes).
_LISTED = 1 << 20


def vocabulary(text: str) -> Counter[str]:
    """How often the article uses each word (lower case)."""
    if len(text) <= _LISTED and ascii_words(text):
        # Counted in C: about a third of the time of a match object a word.
        return Counter(_ASCII_LOWER_WORDS.findall(text.lower()))
    # finditer, not findall: a list of every word of a 50 MB file held half a
    # gigabyte at once.
    return Counter(m.group().lower() for m in _WORDS.finditer(text))


# A correction the article itself uses elsewhere is the likelier one
# (``analsyts`` in a story that quotes analysts), worth this many Zipf points.
_IN_DOCUMENT_BONUS = 1.0


@forgettable
@lru_cache(maxsize=1)
def offensive_words() -> frozenset[str]:
    return frozenset(read_list(data_path("typo_offensive.txt")))


def _plain(word: str) -> str:
    """A suggestion without its possessive (``chairman's``), as the lists hold it."""
    return word[:-2] if word.endswith("'s") else word


def rank(found: tuple[Candidate, ...], vocabulary: Counter[str], typed: str = "") -> tuple[str, ...]:
    """The three best suggestions, the article's own words ranked up, and
    those that sound like ``typed`` (the word as written, lower case).  An
    offensive word (newslint/data/typo_offensive.txt) is offered only when
    the article itself uses it; an empty result means no decent correction
    is left, and the word is not reported."""
    offensive = offensive_words()
    usable = [c for c in found if _plain(c.word) not in offensive or _plain(c.word) in vocabulary]
    sounding = _sounding(usable, vocabulary, typed)
    ranked = sorted(usable, key=lambda c: (-_preference(c, vocabulary, sounding), c.word))
    return tuple(c.word for c in ranked[:3])


# A correction one edit away that sounds as the typed word does is the
# likelier of two alike in spelling and frequency: writers spell by ear
# (``develope`` is develop with a silent e, not developed with its d
# dropped; ``reache`` is reach), worth this many Zipf points.  Not a dearer
# one (``suppor`` is not super, two edits away) but the -ies of a -y word
# (``familys``: families), nor one more than
# _SOUND_MAX_GAP Zipf points rarer than the best correction without it (nor
# supper, 60 times rarer than support).
SOUND_BONUS = 0.6
_SOUND_MAX_GAP = 1.0


def _base(c: Candidate, vocabulary: Counter[str]) -> float:
    return c.score + (_IN_DOCUMENT_BONUS if c.word in vocabulary else 0.0)


def _sounding(found: list[Candidate] | tuple[Candidate, ...], vocabulary: Counter[str], typed: str) -> frozenset[str]:
    """The candidates that earn SOUND_BONUS for the lower-case ``typed`` word."""
    if not typed or not found:
        return frozenset()
    key = sound_key(typed)
    floor = max(found, key=lambda c: _base(c, vocabulary)).zipf - _SOUND_MAX_GAP
    return frozenset(
        c.word for c in found
        if c.zipf >= floor and (one_edit(typed, w := c.word.replace("’", "'")) or _ies_plural(typed, w))
        and sound_key(w) == key
    )


def _ies_plural(typed: str, word: str) -> bool:
    """Is ``word`` the regular -ies form of a -y word that ``typed`` wrote
    with a plain -s (``familys``: families; ``carrys``: carries)?"""
    return (
        typed.endswith("ys") and len(typed) > 3 and typed[-3] not in "aeiou"
        and word == typed[:-2] + "ies"
    )


def _preference(c: Candidate, vocabulary: Counter[str], sounding: frozenset[str]) -> float:
    return _base(c, vocabulary) + (SOUND_BONUS if c.word in sounding else 0.0)


def one_edit(a: str, b: str) -> bool:
    """Are ``a`` and ``b`` one deletion, insertion, substitution or swap of
    neighbours apart?"""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        swapped = a[i + 1 : i + 2] == b[i : i + 1] and a[i : i + 1] == b[i + 1 : i + 2] and a[i + 2 :] == b[i + 2 :]
        return a[i + 1 :] == b[i + 1 :] or swapped
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return short[i:] == long_[i + 1 :]


# The best suggestion is the only strong one when it is this many Zipf points
# (a factor of ten) ahead of the next and at most one plain edit away.
_SOLE_LEAD = 1.0
_SOLE_MAX_COST = 1.0


def correction(ctx: Context, start: int, end: int, word: str, found: tuple[Candidate, ...], vocabulary: Counter[str]) -> Fix | None:
    """The fix for the typo ``word`` at ``start:end``: unsafe, since it
    changes a word the writer chose, so only --unsafe-fixes applies it; and
    only when one candidate stands out."""
    best = sole_correction(found, vocabulary, word.lower())
    if best is None:
        return None
    if word[0].isupper():
        best = best[:1].upper() + best[1:]
    return ctx.replacement(start, end, best, f"replace with '{best}'", unsafe=True)


def sole_correction(found: tuple[Candidate, ...], vocabulary: Counter[str], typed: str = "") -> str | None:
    """The one correction strong enough to apply unasked (``encourafged`` ->
    ``encouraged``), or None when two are close or the best is far.  The
    sound of ``typed`` only breaks ties of the ranking: a correction that
    needs it to lead is not applied unasked."""
    scored = sorted(((_base(c, vocabulary), c) for c in found), key=lambda sc: (-sc[0], sc[1].word))
    if not scored or scored[0][1].cost > _SOLE_MAX_COST:
        return None
    if len(scored) > 1 and scored[0][0] - scored[1][0] < _SOLE_LEAD:
        return None
    best = scored[0][1].word
    sounding = _sounding(found, vocabulary, typed)
    if sounding and max(found, key=lambda c: _preference(c, vocabulary, sounding)).word != best:
        return None
    return best


# A slip is seldom made the same way three times in one article: a word used
# that often is the article's own term (a currency, a product) that the
# lexicon lacks.  Unless the evidence of a slip is overwhelming: a long word
# the list has never seen, one plain edit from a common word
# (``propietary``): a writer who misspells a word once misspells it
# throughout.
DELIBERATE_REPEATS = 3
_REPEATED_SLIP_MIN_LENGTH = 8
_REPEATED_SLIP_MAX_COST = 1.0
_REPEATED_SLIP_MIN_ZIPF = 3.5


def repeated_slip(low: str, found: tuple[Candidate, ...]) -> bool:
    best = found[0]
    return (
        len(low) >= _REPEATED_SLIP_MIN_LENGTH
        and zipf(low) == 0.0
        and best.cost <= _REPEATED_SLIP_MAX_COST
        and best.zipf >= _REPEATED_SLIP_MIN_ZIPF
    )
