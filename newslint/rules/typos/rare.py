"""Slips of long words rarer than the frequency search suggests.

The frequency search (``slips``) suggests only words at Zipf 2.5 or more:
among short words a rarer neighbour is as often another word as the one
meant.  Long words have few neighbours, and a long word the web list has
never seen and both dictionaries reject is seldom a word at all, so one
slip from a rarer word a dictionary accepts it is that word misspelt
(``obsequeous``: obsequious, Zipf 2.1; ``notablilty``: notability, 2.0).
"""
from __future__ import annotations

from functools import lru_cache

from ...heap import forgettable
from .candidates import COST_WEIGHT, Candidate
from .edits import edit_cost, edits1
from .forms import stems
from .lexicon import long_words, zipf
from .slips import Settings, certainly_word, explained
from .spelling import proper_noun, spelled_right

# Shorter words sit one slip from rare words by chance (names, brands, slang).
_MIN_LENGTH = 8
# Rarer words are as often the web list's own misspellings and fragments.
_MIN_ZIPF = 1.5
# One edit, and a letter dropped with another added elsewhere (two edits
# that keep the length: ``notablilty``), which a long word still makes
# likelier than a word of its own.
_MAX_COST = 1.0
_SAME_LENGTH_MAX_COST = 1.6
# A stem the web list holds this often is a word (``recusal``), its plural
# no slip; the list holds misspelt stems more rarely (``addres``, 1.6).
_KNOWN_STEM_ZIPF = 2.0
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _letter_elsewhere(word: str) -> set[str]:
    """``word`` with an inner letter dropped and another added elsewhere
    inside it (first and last letters kept)."""
    n = len(word)
    out: set[str] = set()
    for i in range(1, n - 1):
        rest = word[:i] + word[i + 1 :]
        for j in range(1, n - 1):
            a, b = rest[:j], rest[j:]
            out.update(a + ch + b for ch in _LETTERS)
    out.discard(word)
    return out


@forgettable
@lru_cache(maxsize=65536)
def rare_neighbours(word: str) -> tuple[Candidate, ...]:
    """The rarer dictionary words one slip from a long ``word`` the web list
    lacks and the dictionaries reject, first and last letters kept, best
    first; () for any other word."""
    if len(word) < _MIN_LENGTH or not (word.isalpha() and word.isascii()) or zipf(word) > 0.0:
        return ()
    if spelled_right(word) is not False:
        return ()
    band = long_words(_MIN_ZIPF, _MIN_LENGTH - 1)
    near = {w for w in edits1(word) if w in band}
    elsewhere = {w for w in _letter_elsewhere(word) if w in band} - near
    found = []
    for w in near | elsewhere:
        if w[0] != word[0] or w[-1] != word[-1] or not w.isalpha() or not spelled_right(w) or proper_noun(w):
            continue
        cost = edit_cost(word, w)
        if cost <= (_SAME_LENGTH_MAX_COST if w in elsewhere else _MAX_COST):
            z = zipf(w)
            found.append(Candidate(w, z, cost, z - COST_WEIGHT * cost))
    found.sort(key=lambda c: (-c.score, c.word))
    return tuple(found)


def rare_slip(word: str, s: Settings = Settings()) -> tuple[Candidate, ...] | None:
    """Corrections, best first, for a long lower-case ``word`` the web list
    lacks and the dictionaries reject, from ``rare_neighbours``; None
    otherwise.  Not for a regular form of a word the web list or a
    dictionary knows (``recusals``: recusal, Zipf 2.1, is in neither
    dictionary), nor a compound or prefixed word (``corebook``,
    ``intracontinental``)."""
    found = rare_neighbours(word)
    if not found:
        return None
    if any(len(stem) >= 4 and (zipf(stem) >= _KNOWN_STEM_ZIPF or spelled_right(stem)) for stem in stems(word)):
        return None
    if explained(word, s) or certainly_word(word, s):
        return None
    return found[:5]


def with_rare(word: str, found: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    """``found`` (the corrections of a slip) with the rarer neighbours
    ranked among them by score (``cartographr``: cartographer, Zipf 2.4,
    before cartography, 2.7, which changes the last letter)."""
    have = {c.word for c in found}
    extra = [c for c in rare_neighbours(word) if c.word not in have]
    if not extra:
        return found
    return tuple(sorted((*found, *extra), key=lambda c: (-c.score, c.word))[:5])
