"""The decision for one word: frequency evidence, then the dictionary's.

Possessives and contractions are judged by their stem.
"""
from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from ...heap import forgettable
from .candidates import Candidate, common_neighbours, near_frequent_word
from .compounds import compound_slip
from .dictionary import archaic_slip, rejected_slip, unlisted_slip, with_unlisted
from .lexicon import zipf
from .names import initial_slip, normalise, title_words
from .rare import with_rare
from .slips import PREFIXES, Settings, may_suggest, suspicious
from .spelling import proper_noun, spelled_right

_CONTRACTIONS = ("n't", "'re", "'ve", "'ll", "'d", "'m", "'s")


def lookup_forms(word: str) -> list[str]:
    """Forms to check: the word, then without a possessive or contraction."""
    forms = [word]
    if "'" in word:
        for ending in _CONTRACTIONS:
            if word.endswith(ending) and len(word) > len(ending) + 1:
                forms.append(word[: -len(ending)])
                break
        else:
            forms.extend(p for p in word.split("'") if p)
    return forms


# A possessive's stem must be this long to be searched: short ones are
# mostly names and abbreviations (``Abe's``, ``Ltd's``).
_POSSESSIVE_MIN_STEM = 4


def possessive_stem(word: str) -> str | None:
    """The stem of a possessive (``chariman's`` -> chariman), or None."""
    if word.endswith("'s") and len(word) - 2 >= _POSSESSIVE_MIN_STEM and "'" not in word[:-2]:
        return word[:-2]
    return None


def with_possessive(found: tuple[Candidate, ...] | None) -> tuple[Candidate, ...] | None:
    """A stem's corrections as the possessive's (``chairman's``); not a
    plural's (``reports's``) for a stem that is no plural."""
    kept = tuple(c._replace(word=c.word + "'s") for c in found or () if not c.word.endswith("s"))
    return kept or None


@forgettable
@lru_cache(maxsize=65536)
def slip_candidates(word: str, settings: Settings, lower_written: bool = True) -> tuple[Candidate, ...] | None:
    """Corrections for the lower-case ``word``, best first, when it is a
    slip; None when it is a word.  ``lower_written``: the article wrote it in
    lower case."""
    forms = lookup_forms(word)
    for form in forms:
        if zipf(form) >= settings.max_zipf:
            return None
    if spelled_right(word) and not archaic_slip(word):
        return None  # flout, apace, funereal: rare, but real words
    stem = possessive_stem(word)
    if stem is not None:
        # ``chariman's``: the stem is judged as if written alone, and its
        # corrections keep the possessive.
        return with_possessive(slip_candidates(stem, settings, lower_written))
    if len(forms) > 1:
        # Possessives and contractions: the word is fine when its stem is.
        for form in forms[1:]:
            if suspicious(form, settings) is None:
                return None
        return None if forms[0].endswith(_CONTRACTIONS) else suspicious(forms[0], settings)
    found = suspicious(word, settings)
    if found is not None and min(c.cost for c in found) > _PREFIXED_MAX_SLIP and prefixed_word(word):
        return None  # recaulked: re + a dictionary word, and no cheap slip away from another
    if found is not None and lower_written:
        # Not for capitalised words, whose searches are bounded by
        # ``suspicious``'s candidates alone (``may_keep_initial``).
        found = with_unlisted(word, with_rare(word, found), settings)
    if found is None and lower_written:
        # Capitalised words are left out: brands and names the dictionary
        # lacks start sentences too.
        found = rejected_slip(word, settings) or unlisted_slip(word, settings) or compound_slip(word)
    return _common_words(word, found)


# The rest of a prefixed word must be this long to vouch for it: short rests
# (``re`` + ``ccomend``) are too easily words by chance.
_PREFIXED_MIN_REST = 5
# ... and gives way to a cheap slip (``relasing``: re + lasing, or releasing
# with its e dropped).
_PREFIXED_MAX_SLIP = 0.8


def prefixed_word(word: str) -> bool:
    """Is ``word`` a prefix plus a word the dictionaries accept
    (``recaulked``, ``unreturnable``)?  The frequency list is too small to
    hold every such form; the dictionaries know the rest's inflections."""
    return any(
        word.startswith(prefix) and len(word) - len(prefix) >= _PREFIXED_MIN_REST and spelled_right(word[len(prefix):])
        for prefix in PREFIXES
    )


# initial_slip keeps no candidate dearer than this, nor this per letter.
_INITIAL_BOUND = 1.0
_INITIAL_BOUND_PER_LETTER = 0.2


@forgettable
@lru_cache(maxsize=65536)
def may_keep_initial(low: str, settings: Settings) -> bool:
    """Could ``initial_slip(low, slip_candidates(low, settings, False))`` (or
    of ``suspicious(low)``: the same candidates or more) keep anything?  A
    search bounded by what ``initial_slip`` keeps (the first letter, a cost
    of one edit or 0.2 a letter) answers; False spares the whole search,
    which for a capitalised word (a name, mostly) is what its callers read."""
    return may_suggest(
        low, settings, lambda c: bool(initial_slip(low, (c,))),
        max(_INITIAL_BOUND, _INITIAL_BOUND_PER_LETTER * len(low)) + 1e-9, first=True,
    )


def initial_candidates(low: str, settings: Settings) -> tuple[Candidate, ...] | None:
    """``initial_slip`` of ``slip_candidates(low, settings, False)``: the
    corrections of a word written capitalised at a sentence start."""
    stem = possessive_stem(low)
    if stem is not None:
        return with_possessive(initial_candidates(stem, settings))
    if not may_keep_initial(low, settings):
        return None
    found = slip_candidates(low, settings, False)
    return initial_slip(low, found) if found else found


# Short names sit one edit from other names by chance (``Teran``/Tehran,
# ``Hanni``/Hanna, ``Kearbey``/Kearney); long ones seldom do, so a long word
# one slip from a name is that name misspelt (``Kiekegaard``).
_NAME_SLIP_MIN_LENGTH = 8


def _common_words(word: str, found: tuple[Candidate, ...] | None) -> tuple[Candidate, ...] | None:
    """The candidates that are not names, for a word shorter than
    _NAME_SLIP_MIN_LENGTH: one edit from a name (``alicha``/alicia), it is a
    name or a foreign word itself, not a slip.  Months, weekdays and other
    title words stay."""
    if not found or len(word) >= _NAME_SLIP_MIN_LENGTH:
        return found
    if _name(found[0]):
        return None  # closer to a name than to any word: a name (Wanadoo/Wanda)
    kept = tuple(c for c in found if not _name(c))
    return kept or None


def _name(c: Candidate) -> bool:
    """A name the dictionaries know (``alicia``), or a word of the web list
    they do not know in any case (``arya``): a name or brand too."""
    return c.word not in title_words() and (
        proper_noun(c.word) or (spelled_right(c.word) is False and spelled_right(c.word[:1].upper() + c.word[1:]) is False)
    )


# A capitalised word inside a sentence is far more often a name than a slip,
# so only strong evidence makes it one: long enough to be sparse among words
# (_MID_MIN_LENGTH), rejected by both dictionaries as written and in lower
# case (en_GB holds thousands of names), used once in the article (checked
# by the caller), one plain slip from a common word that keeps the first
# and the last letter (``initial_slip``; names and foreign words differ in
# their endings: ``Changi``, ``Societe``), and that word far more frequent
# than the token (``Hosptial``, ``Camapign``).  Names sit further from words,
# or next to rarer ones (``Dange``/dance is too short, ``Aryaa``/Arya a name).
_MID_MIN_LENGTH = 6
_MID_MIN_SUGGESTION = 4.0
_MID_GAP = 2.7
_MID_MAX_COST = 0.8
# Inside a run of capitalised common words (a title in title case: ``High
# Engergy Physics``) every word should be a common word, so a non-word there
# is a slip even one plain edit away.
_TITLE_RUN_MAX_COST = 1.0


def unknown_capital(
    word: str, settings: Settings, min_length: int, worth_search: Callable[[str], bool] | None = None
) -> tuple[str, tuple[Candidate, ...]] | None:
    """``word`` in lower case and its slip candidates, when it is long enough,
    near a frequent word, passes ``worth_search`` (cheap checks before the
    search), and both dictionaries reject it with and without its capital;
    None otherwise (most names stop at the first check, with no search)."""
    low = normalise(word)
    if low is None or len(low) < min_length or not near_frequent_word(low):
        return None
    if worth_search is not None and not worth_search(low):
        return None
    if spelled_right(word) is not False or spelled_right(low) is not False:
        return None
    if not may_keep_initial(low, settings):
        return None  # what the callers keep (initial_slip) cannot be there
    found = slip_candidates(low, settings, False)
    return (low, found) if found else None


@forgettable
@lru_cache(maxsize=65536)
def capitalised_slip(word: str, settings: Settings, in_title_run: bool = False) -> tuple[Candidate, ...] | None:
    """Corrections (lower case) for a capitalised ``word`` written inside a
    sentence, when the evidence that it is a slip rather than a name is
    strong; None otherwise."""
    # A slip of cost _MID_MAX_COST or less is one edit: look for a common
    # word one edit away, first letter kept, before the full search.
    opened = unknown_capital(
        word, settings, _MID_MIN_LENGTH,
        lambda low: any(w[0] == low[0] and zipf(w) >= _MID_MIN_SUGGESTION for w in common_neighbours(low)),
    )
    if opened is None:
        return None
    low, found = opened
    base = max(zipf(low), 1.0)
    kept = tuple(
        c
        for c in initial_slip(low, found)
        if c.cost <= (_TITLE_RUN_MAX_COST if in_title_run else _MID_MAX_COST)
        and c.word[-1] == low[-1]
        and c.zipf >= _MID_MIN_SUGGESTION
        and c.zipf - base >= _MID_GAP
    )
    return kept or None


def after_name(previous: str | None) -> bool:
    """Does a capitalised word follow a name: a word the dictionaries know
    only capitalised (``Nicole``, ``Tristan``) or do not know at all
    (``Tenemos``)?  Then it is a surname or part of a name."""
    if previous is None:
        return False
    low = previous.lower()
    return spelled_right(previous) is False or proper_noun(low)


# A capitalised word one cheap slip from a name the dictionaries know only
# capitalised (``Afganistan``, ``Britian``, ``Starbukcs``) is written as the
# name it misspells: the capital agrees with the correction, which the
# name-shy gates above do not weigh (they look for slips of common words).
# Names sit one slip from other names (``Hanni``/Hanna, ``Kearbey``/Kearney,
# ``Teran``/Tehran), so only a long word for a well-known name far more
# frequent, and not a doubled letter (``Phillipps``, ``Mathews``: spellings
# of their own).
_PROPER_MIN_LENGTH = 7
_PROPER_MIN_SUGGESTION = 3.5
_PROPER_GAP = 1.9
_PROPER_MIN_COST = 0.55
_PROPER_MAX_COST = 1.0


@forgettable
@lru_cache(maxsize=65536)
def proper_slip(word: str, settings: Settings) -> tuple[Candidate, ...] | None:
    """Corrections for a capitalised ``word`` inside a sentence that is a
    slip for a well-known name; None otherwise."""
    low = normalise(word)
    if low is None or len(low) < _PROPER_MIN_LENGTH or zipf(low) >= settings.max_zipf:
        return None
    if spelled_right(word) is not False or spelled_right(low) is not False:
        return None  # a name the dictionaries know (asked first: cached, and cheaper than the neighbours)
    if not any(w[0] == low[0] and zipf(w) >= _PROPER_MIN_SUGGESTION for w in common_neighbours(low)):
        return None  # no well-known word one edit away: no search
    if not may_keep_initial(low, settings):
        return None
    found = suspicious(low, settings)
    if not found:
        return None
    base = max(zipf(low), 1.0)
    kept = tuple(
        c for c in initial_slip(low, found)
        if proper_noun(c.word) and _PROPER_MIN_COST <= c.cost <= _PROPER_MAX_COST
        and c.zipf >= _PROPER_MIN_SUGGESTION and c.zipf - base >= _PROPER_GAP
    )
    return kept[:1] or None
