"""The spelling dictionaries' verdicts on rare words (see ``spelling``):
a dictionary word so rare it is likelier a slip, and a rejected word one
cheap slip from a far more frequent dictionary word."""
from __future__ import annotations

from functools import lru_cache

from ...heap import forgettable
from .candidates import COST_WEIGHT, Candidate, candidates, sound_key
from .edits import NEAR_KEYS, VOWELS, edit_cost, sound_alike
from .forms import known_variant, stems
from .lexicon import frequent_words, zipf
from .slips import SHORT_MIN_SUGGESTION, STRONG_CHEAP_COST, Settings, certainly_word, first_letter_credible
from .spelling import proper_noun, spelled_right

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
# A slip that still sounds like its word (a vowel in an unstressed
# syllable: ``grammer``, ``seperate``) is the commonest kind of popular
# misspelling, so a smaller gap is enough.
_SOUND_GAP_BONUS = 0.3
# Short words sound alike by chance (``tion``/ton).
_SOUND_MIN_LENGTH = 6


# A popular misspelling is one people make on purpose: a vowel, a doubled
# letter, letters crossed, a sound spelt otherwise.  A neighbouring key hit
# for a consonant is a slip of the hand, spread thin over many strings: one
# the web list holds this often is a word of its own (``mardy``/marry).
_MOTOR_MAX_ZIPF = 2.0


def _key_slip(typed: str, intended: str) -> bool:
    """Is ``typed`` ``intended`` with one consonant's key hit for its neighbour's?"""
    if len(typed) != len(intended):
        return False
    diff = [(a, b) for a, b in zip(typed, intended, strict=True) if a != b]
    if len(diff) != 1:
        return False
    a, b = diff[0]
    return a not in VOWELS and b not in VOWELS and b in NEAR_KEYS.get(a, ()) and not sound_alike(a, b)


def _sound_bonus(word: str, intended: str) -> float:
    return _SOUND_GAP_BONUS if len(word) >= _SOUND_MIN_LENGTH and sound_key(word) == sound_key(intended) else 0.0


@forgettable
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
        and c.zipf - base >= _REJECTED_GAP + s.cost_gap * c.cost - _sound_bonus(word, c.word)
        and c.word not in own_stems
        and not (z >= _MOTOR_MAX_ZIPF and _key_slip(word, c.word))
        and spelled_right(c.word)
    ]
    if not good or certainly_word(word, s):
        return None
    return tuple(good[:5])


# A long word the web list has never seen, both dictionaries reject, and one
# doubled letter or one swapped pair from a word a dictionary accepts is that
# word misspelt (``babysitts``), even when the word is too rare for the
# frequency list's neighbours (``babysits``, Zipf 1.8).  The first letter
# stays: names and foreign words differ there.
_UNLISTED_MIN_LENGTH = 7
# ... and the word must be in the web list at all: the dictionaries accept
# affixed forms nobody writes.
_UNLISTED_MIN_ZIPF = 1.0


@forgettable
@lru_cache(maxsize=65536)
def unlisted_slip(word: str, s: Settings = Settings()) -> tuple[Candidate, ...] | None:
    """Corrections for a lower-case ``word`` unknown to the web list that one
    cheap slip (an undoubled letter, a pair swapped back) turns into a
    dictionary word; None otherwise."""
    if len(word) < _UNLISTED_MIN_LENGTH or zipf(word) > 0.0 or spelled_right(word) is not False:
        return None
    near = {word[:i] + word[i + 1 :] for i in range(1, len(word) - 1) if word[i] == word[i + 1]}
    near |= {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(1, len(word) - 1) if word[i] != word[i + 1]}
    good = sorted(
        (Candidate(w, zipf(w), edit_cost(word, w), zipf(w) - edit_cost(word, w)) for w in near
         if zipf(w) >= _UNLISTED_MIN_ZIPF and spelled_right(w) and not proper_noun(w)),
        key=lambda c: (-c.score, c.word),
    )
    if not good or certainly_word(word, s):
        return None
    return tuple(good[:5])


def with_unlisted(word: str, found: tuple[Candidate, ...], s: Settings = Settings()) -> tuple[Candidate, ...]:
    """``found`` (the corrections of a slip) with ``unlisted_slip``'s ranked
    among them by score, as ``candidates`` ranks: a letter undoubled or a pair swapped back beats two
    edits to a commoner word (``expells``: expels, Zipf 2.4, before
    experts)."""
    have = {c.word for c in found}
    extra = [c._replace(score=c.zipf - COST_WEIGHT * c.cost) for c in unlisted_slip(word, s) or () if c.word not in have]
    if not extra:
        return found
    return tuple(sorted((*found, *extra), key=lambda c: (-c.score, c.word))[:5])


# A short word both dictionaries reject, one cheap slip from one of the
# commonest words of English (``tou``/to, ``thay``/that): at Zipf 2 to 3
# the web list holds it as a name or a foreign word elsewhere, but in an
# English sentence the slip for ``to`` or ``that`` is far likelier.  Only
# the very commonest words: a short word is one edit from dozens of others.
COMMONEST_MAX_LENGTH = 4
_COMMONEST_ZIPF = 6.5
_COMMONEST_MAX_COST = 1.0
_FIRST_LETTER_PENALTY = 0.5


def commonest_slip(word: str, s: Settings = Settings()) -> tuple[Candidate, ...] | None:
    """Corrections for a short lower-case ``word`` both dictionaries reject
    that is one cheap slip from a word at Zipf 6.5 or more; None otherwise."""
    if len(word) > COMMONEST_MAX_LENGTH or spelled_right(word) is not False:
        return None
    if zipf(word) >= s.max_zipf and word not in frequent_swaps(s.max_zipf):
        return None
    found = [
        c for c in candidates(word)
        if c.zipf >= _COMMONEST_ZIPF and c.cost <= _COMMONEST_MAX_COST and first_letter_credible(word, c.word)
    ]
    # The first letter is seldom the slip: ``to`` ranks before ``you`` for
    # ``tou`` (the neighbouring key is credible, but less likely).
    found = [c if c.word[0] == word[0] else c._replace(score=c.score - _FIRST_LETTER_PENALTY) for c in found]
    return tuple(sorted(found, key=lambda c: -c.score)) or None


# A popular slip of the very commonest words (``teh``: Zipf 3.0) is held by
# the web list as often as real words are, but no dictionary knows it, and
# the word it crosses is far more frequent still (the: 7.7): one typed this
# many Zipf points (ten thousand times) less often than its word is a slip
# at any frequency.  Rarer crossed strings (``aws``/was 3.6 points, ``lal``/all
# 3.4) are names and brands often enough.
_SWAP_GAP = 4.0


@forgettable
@lru_cache(maxsize=4)
def frequent_swaps(max_zipf: float) -> frozenset[str]:
    """The strings at Zipf ``max_zipf`` or more, three or four letters, that
    are one of the commonest words (Zipf 6.5) with two neighbouring letters
    crossed, that no dictionary knows in any case, and that are _SWAP_GAP
    Zipf points rarer than that word (``teh``)."""
    out = set()
    for word in frequent_words(_COMMONEST_ZIPF):
        z = zipf(word)
        for i in range(len(word) - 1):
            cross = word[:i] + word[i + 1] + word[i] + word[i + 2:]
            if (
                3 <= len(cross) <= COMMONEST_MAX_LENGTH and max_zipf <= zipf(cross) <= z - _SWAP_GAP
                and spelled_right(cross) is False and spelled_right(cross.title()) is False
            ):
                out.add(cross)
    return frozenset(out)


# A crossing at a sentence start is believed for a common word (Zipf 5.5:
# ``Mnay``, ``Jsut``), but only _SWAP_GAP Zipf points more frequent than the
# crossing itself: names the web list holds are crossings of common words
# too (``Lal``/all, ``Tema``/team, ``Lod``/old, ``Veen``/even, ``Siad``/said).
_INITIAL_SWAP_ZIPF = 5.5


def initial_swap_slip(word: str, s: Settings = Settings()) -> tuple[Candidate, ...] | None:
    """Corrections for a short capitalised ``word`` at a sentence start that
    is a common word with two neighbouring letters crossed (``Teh``,
    ``Adn``, ``Mnay``): short names start sentences too, but seldom spell a
    common word crossed.  Both dictionaries must reject it in either case."""
    low = word.lower()
    if len(low) > COMMONEST_MAX_LENGTH or spelled_right(word) is not False or spelled_right(low) is not False:
        return None
    z = zipf(low)
    if z >= s.max_zipf and low not in frequent_swaps(s.max_zipf):
        return None
    kept = [
        c for c in candidates(low)
        if _swapped(low, c.word) and c.zipf >= _INITIAL_SWAP_ZIPF and c.zipf - z >= _SWAP_GAP
    ]
    return tuple(sorted(kept, key=lambda c: -c.score)) or None


def _swapped(a: str, b: str) -> bool:
    """Are ``a`` and ``b`` the same letters with two neighbours crossed?"""
    if len(a) != len(b) or a == b:
        return False
    i = next(k for k in range(len(a)) if a[k] != b[k])
    return i + 1 < len(a) and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2:] == b[i + 2:]
