"""The spelling dictionaries' verdicts on rare words (see ``spelling``):
a dictionary word so rare it is likelier a slip, and a rejected word one
cheap slip from a far more frequent dictionary word."""
from __future__ import annotations

from functools import lru_cache

from .candidates import Candidate, candidates
from .edits import VOWELS
from .forms import known_variant, stems
from .lexicon import zipf
from .slips import SHORT_MIN_SUGGESTION, STRONG_CHEAP_COST, Settings, certainly_word
from .spelling import spelled_right

# The dictionary also holds words so rare (``wonted``, ``tittle``, ``thee``)
# that, one cheap slip from a word at least _ARCHAIC_GAP Zipf points more
# frequent, they are far likelier slips than uses.
_ARCHAIC_MAX_ZIPF = 2.0
_ARCHAIC_GAP = 3.0


def archaic_slip(word: str) -> bool:
    """Is a word the dictionary accepts rare enough, and one cheap slip
    (``STRONG_CHEAP_COST``) from a far more frequent word, to be a slip
    all the same (``wonted`` for wanted, ``thees`` for these)?"""
    z = zipf(word)
    if z >= _ARCHAIC_MAX_ZIPF:
        return False
    base = max(z, 1.0)
    return any(
        c.cost <= STRONG_CHEAP_COST and c.zipf - base >= _ARCHAIC_GAP for c in candidates(word, deep=False)
    )


# A word the dictionary rejects may be reported up to this frequency: the web
# list holds popular misspellings (``seperate``, ``goverment``) between Zipf
# 2 and 3 and, for the most popular, above.
_REJECTED_MAX_ZIPF = 3.0
# ... when one cheap edit (a doubled or swapped letter, a vowel dropped or
# changed) inside the word, or any one edit inside a long word, leaves a word
# the dictionary accepts that is far more frequent (by _REJECTED_GAP plus
# cost_gap per unit of edit).  The first and last letters must stay: rare
# real words one edit from a common one differ there (``rouble``/``double``,
# ``logon``/``logo``, ``baht``/``bath``), except for a silent final e
# dropped or added (``befor``, ``develope``).
_REJECTED_MAX_COST = 0.8
_REJECTED_LONG = 9
_REJECTED_LONG_MAX_COST = 1.0
_REJECTED_GAP = 1.3
_REJECTED_MIN_SUGGESTION = 3.5


@lru_cache(maxsize=65536)
def rejected_slip(word: str, s: Settings = Settings()) -> tuple[Candidate, ...] | None:
    """Candidate corrections for a lower-case ``word`` the spelling dictionary
    rejects, when it is one plain edit from a far more frequent word the
    dictionary accepts: the popular misspellings the web list holds too
    often for ``suspicious`` to believe (``definately``, ``managment``).
    British spellings, regular forms and closed compounds of known words
    stay clean."""
    z = zipf(word)
    short = len(word) <= 3
    if z >= _REJECTED_MAX_ZIPF or spelled_right(word) is not False:
        return None
    if short and not any(ch in VOWELS for ch in word):
        return None  # ltd, mph: abbreviations
    if known_variant(word):
        return None  # British: the dictionary is American
    base = max(z, 1.0)
    own_stems = stems(word)
    good = [
        c
        for c in candidates(word, deep=False)
        if c.cost <= (_REJECTED_LONG_MAX_COST if len(word) >= _REJECTED_LONG else _REJECTED_MAX_COST)
        and c.word[0] == word[0]
        and (c.word[-1] == word[-1] or c.word == word + "e" or (word[-1] == "e" and c.word == word[:-1]))
        and c.zipf >= (SHORT_MIN_SUGGESTION if short else _REJECTED_MIN_SUGGESTION)
        and c.zipf - base >= _REJECTED_GAP + s.cost_gap * c.cost
        and c.word not in own_stems
        and spelled_right(c.word)
    ]
    if not good or certainly_word(word, s):
        return None
    return tuple(good[:5])
