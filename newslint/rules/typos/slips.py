"""Is a rare word a slip for a far more frequent one, judged by frequency?

``suspicious`` weighs the neighbours the candidate search finds against the
word's own frequency, and against the readings that make it a word after all
(a regular form, a British spelling, a compound of two frequent words).
Thresholds are in Zipf units (see ``lexicon.zipf``).
"""
from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import NamedTuple

from ...heap import forgettable
from .candidates import Candidate, candidates, candidates_within, sound_alikes, sound_key
from .edits import NEAR_KEYS, VOWELS
from .forms import known_variant, other_doubling, stem_readings, stems, variants
from .lexicon import zipf
from .spelling import spelled_right


class Settings(NamedTuple):
    """Thresholds of the decision, in Zipf units (see ``zipf``)."""

    max_zipf: float = 3.0      # words at least this frequent are never reported
    min_gap: float = 1.0       # the suggestion must be this much more frequent
    min_suggestion: float = 2.5  # and at least this frequent itself
    cost_gap: float = 0.5      # extra gap per unit of edit cost
    rarity_gap: float = 0.3    # extra gap per Zipf point of the word itself
    cost_slope: float = 0.5    # allowed edit cost shrinks by this per Zipf point
    max_cost: float = 2.0      # allowed edit cost for a word the list lacks
    known_base: float = 2.5    # a stem this frequent explains an inflected form


def _is_known(word: str, s: Settings, depth: int) -> bool:
    """A stem we trust: frequent, or fairly frequent and not itself a slip."""
    z = zipf(word)
    if z >= s.max_zipf:
        return True
    if z >= s.known_base and depth < 2 and suspicious(word, s, depth + 1) is None:
        return True
    return any(zipf(v) >= s.max_zipf for v in variants(word))


# "Strong" evidence, which outweighs a reading as a regular form (``begining``
# as begin + ing, ``undersand`` as under + sand): a neighbour at least
# _STRONG_GAP Zipf points more frequent at a cost up to _STRONG_COST, or
# _STRONG_SLOPE more points per unit of dearer edit, up to _STRONG_MAX_COST.
_STRONG_COST = 0.8
_STRONG_GAP = 2.3
_STRONG_SLOPE = 1.5
_STRONG_MAX_COST = 1.5
# One doubled letter, one swapped pair, or one vowel for another: the slip
# that turns a common word into a popular misspelling (``recieve``).
STRONG_CHEAP_COST = 0.6
# Endings so regular that a very common stem vouches for the form.
_COMMON_ENDINGS = frozenset({"s", "es", "ed", "d", "ing", "er", "ers", "est", "ies", "ied"})
_COMMON_STEM_ZIPF = 4.0


# Plural and third-person endings, which the dictionaries' affix rules give
# every word that takes them: a form the dictionaries reject although they
# accept its stem is not that stem's inflection (``importants``).  Other
# endings make new words the dictionaries lack (``fastballer``, ``monikered``).
_INFLECTIONS = frozenset({"s", "es", "ies"})


# An agent noun in -er the dictionaries reject beside the -or noun they
# accept is that noun misspelt (``radiaters``, ``visiter``), not the verb's
# own agent noun.
_AGENT_ENDINGS = {"er": "or", "ers": "ors"}


def _denied_form(word: str, stem: str, suffix: str) -> bool:
    if suffix in _AGENT_ENDINGS:
        return spelled_right(word) is False and spelled_right(word[: -len(suffix)] + _AGENT_ENDINGS[suffix]) is True
    return suffix in _INFLECTIONS and spelled_right(word) is False and spelled_right(stem) is True


def denied_plural(word: str, stem: str) -> bool:
    """Is ``word`` a plural or third-person form the dictionaries deny to a
    common stem they know (``importants``: an adjective takes no -s)?  Then
    the stem is the correction, not the word's own stem.  Not for an
    adjective in -al, which English readily makes a noun of (``finals``,
    ``clinicals``, ``the presidentials``), nor a doubled s (``injuriess``:
    a slip the search finds anyway)."""
    return (
        not stem.endswith(("s", "al"))
        and any(word == stem + ending for ending in _INFLECTIONS - {"ies"})
        and zipf(stem) >= _COMMON_STEM_ZIPF
        and _denied_form(word, stem, "s")
    )


def possessive_reading(word: str, c: Candidate) -> bool:
    """Is ``c`` the word read as a possessive with its apostrophe dropped
    (``companys``: company's)?  Its callers drop it where no noun follows
    (``smaller companys would struggle``): a plural misspelt there."""
    return word.endswith("s") and c.word == word[:-1] + "'s"


def denied_plural_reading(word: str, c: Candidate) -> bool:
    """Is ``c`` a suggestion for ``word`` only because ``denied_plural`` lets
    the word's own stem be one?"""
    return c.cost > _UNDOUBLE_COST and c.word in stems(word) and denied_plural(word, c.word)


def certainly_word(word: str, s: Settings = Settings()) -> bool:
    """Explanations no distant neighbour can outweigh: the other spelling of a
    British/American pair (``diallers``), the plain plural or possessive of a
    known noun (``spates``, ``strangleholds``), a regular inflection of a
    very common word (``firmed``).  A neighbour one cheap slip away that is
    far more frequent still wins (``chosing`` for choosing, ``thees``)."""
    if known_variant(word):
        return True
    z = max(zipf(word), 1.0)
    if any(c.cost <= STRONG_CHEAP_COST and c.zipf - z >= _STRONG_GAP for c in candidates(word, deep=False)):
        return False
    for ending in ("'s", "s"):
        stem = word[: -len(ending)]
        if word.endswith(ending) and len(stem) >= 4 and not (stem[-1] == "y" and stem[-2] not in VOWELS):
            if not stem.endswith("s") and (_is_known(stem, s, 1) or known_variant(stem)):
                if not _denied_form(word, stem, ending):
                    return True
    # A regular inflection of a very common word (``firmed``, ``halving``):
    # the stem vouches for it, unless the other doubling is the usual spelling.
    for stem, suffix, rule in stem_readings(word):
        if suffix in _COMMON_ENDINGS and len(stem) >= 3 and zipf(stem) >= _COMMON_STEM_ZIPF:
            if _denied_form(word, stem, suffix) or (rule == "=" and spelled_right(word) is False):
                # The dictionaries know which consonants double (stress
                # decides): a doubling they reject is no inflection (carrer).
                continue
            other = other_doubling(stem, suffix, rule)
            if other is None or zipf(other) < max(z, 1.0) + s.min_gap:
                return True
    return False


PREFIXES: tuple[str, ...] = (
    "anti", "auto", "bio", "counter", "cyber", "de", "dis", "eco", "euro", "giga", "hyper",
    "inter", "macro", "mega", "micro", "mini", "mis", "multi", "nano", "neo", "neuro", "non",
    "out", "over", "post", "pre", "pseudo", "re", "semi", "sub", "super", "tele", "tera", "trans",
    "ultra", "un", "under", "up",
)


def explained(word: str, s: Settings = Settings(), depth: int = 0) -> bool:
    """Is a rare ``word`` a regular derivative of a known word?

    Inflections (``strangleholds``), prefixed forms (``unshredded``), British
    and American variants (``diallers``) and closed compounds of two frequent
    words (``groundrules``) are words the list is too small to hold, not slips.
    """
    if depth > 2:
        return False
    z = zipf(word)
    for stem, suffix, rule in stem_readings(word):
        if len(stem) < 4 or not _is_known(stem, s, depth + 1) or _denied_form(word, stem, suffix):
            continue
        other = other_doubling(stem, suffix, rule)
        if other is not None and zipf(other) >= max(z, 1.0) + s.min_gap:
            continue
        return True
    for prefix in PREFIXES:
        rest = word[len(prefix) :]
        if word.startswith(prefix) and len(rest) >= 5:
            if _is_known(rest, s, depth + 1) or any(
                len(stem) >= 4 and _is_known(stem, s, depth + 1) for stem in stems(rest)
            ):
                return True
    if known_variant(word):
        return True
    for i in range(3, len(word) - 3):
        if zipf(word[:i]) >= s.max_zipf and zipf(word[i:]) >= s.max_zipf:
            return True
    return False


# A stem the word reads as is no suggestion (``strangleholds`` is not a slip
# for stranglehold), unless only a doubled letter separates them (``Bandss``,
# ``expressess``).
_UNDOUBLE_COST = 0.5
# Three-letter words have dozens of neighbours: only a slip for one of the
# commonest words (hte, anf, noe) is worth reporting.
SHORT_MIN_SUGGESTION = 5.5
# The edits may change at most this share of the word's letters.
_MAX_COST_PER_LETTER = 0.34
# A word the web list holds at least this often is a real, if rare, word
# unless it is one such cheap slip from a common one.
_WELL_KNOWN_ZIPF = 2.0
_WELL_KNOWN_MAX_COST = 0.6
_REJECTED_ZIPF = 1.0
_REJECTED_MIN_LENGTH = 7
# Sound-alike suggestions, for unknown words at least this long, may cost
# more, but still no more than this per letter.
_SOUND_MIN_LENGTH = 6
_SOUND_MAX_COST_PER_LETTER = 0.4


def first_letter_credible(typed: str, intended: str) -> bool:
    """People seldom get the first letter wrong, except by swapping it with
    the second (``hte``), hitting the key beside it (``vut``) or writing
    one vowel for another (``astablishing``): a rare word that differs
    from a common one in its first letter otherwise is a word of its own
    (``yuppy``/puppy, ``moblog``/blog, ``bivy``/ivy)."""
    return (
        typed[:1] == intended[:1]
        or typed[:2] == intended[1::-1]
        or (len(typed) == len(intended) and intended[:1] in NEAR_KEYS.get(typed[:1], ()))
        or (typed[:1] in VOWELS and intended[:1] in VOWELS)
    )


# A dear slip (several letters wrong) that does not even sound like its
# correction is as likely a new or technical coinage (``novologue``,
# ``blogzine``, ``pyrams``): it must be for a word a thousand times more
# frequent.
_DEAR_COST = 1.4
_DEAR_GAP = 3.0
# So is a slip at the first or last letter of a word the web list holds
# that changes its sound (``mutex``/muted, Spanish ``toman``/woman, Latin
# ``amet``/met): slips keep a word's edges and sound far more often than
# rare words do (``logon``/logo), so without either the word must be 500
# times rarer than its correction, unless the slip is a cheap one
# (``nagle``/angle: two letters swapped) or a last letter dropped
# (``mixin``/mixing), which is as common.  A word the web list lacks is
# less often a word, and keeps the plain test.
_EDGE_GAP = 2.7


def _edge_slip(word: str, z: float, c: Candidate) -> bool:
    """Is ``c`` for the web-listed ``word`` an edit at its edge that
    ``_EDGE_GAP`` holds to a larger gap?"""
    return (
        z > 0.0 and c.cost > STRONG_CHEAP_COST and c.word[:-1] != word
        and (c.word[0] != word[0] or c.word[-1] != word[-1])
    )


def _same_sound(word: str, intended: str) -> bool:
    """Does ``word`` sound like ``intended``?  The sound key drops vowels, but
    a vowel other than a silent e added after a final consonant is a
    syllable more (``rimu``/rim, ``tapu``/tap: Maori and Japanese words)."""
    if len(word) == len(intended) + 1 and word.startswith(intended) and word[-1] in "aiou" and intended[-1] not in VOWELS:
        return False
    return sound_key(word) == sound_key(intended)


def _cap(word: str, z: float, s: Settings) -> float:
    """The dearest slip believed of ``word``.  The rarer the word, the dearer
    the slip we believe (max_cost - cost_slope * z); above Zipf 2 that leaves
    room for one edit only, and the distance-2 search can be skipped.
    A long word both dictionaries reject is held that often by the web list
    as a popular misspelling (``avalible``, ``definetly``), not as a rare
    word: a dearer slip is believed, as for a word the list barely knows.
    Short ones are as often slang, names and foreign words (``reais``)."""
    return s.max_cost - s.cost_slope * (min(z, _REJECTED_ZIPF) if _rejected(word) else z)


def _rejected(word: str) -> bool:
    return len(word) >= _REJECTED_MIN_LENGTH and spelled_right(word) is False


def _good(word: str, s: Settings, z: float, cap: float, own_stems: frozenset[str] | set[str], c: Candidate) -> bool:
    """May ``c`` be suggested for ``word``: frequent enough, far enough above
    the word for its cost, and a slip cheap enough for the word's length?"""
    if c.zipf < (SHORT_MIN_SUGGESTION if len(word) <= 3 else s.min_suggestion) or (
        c.word in own_stems and c.cost > _UNDOUBLE_COST and not denied_plural(word, c.word)
    ):
        return False
    base = max(z, 1.0)
    if c.zipf - base < s.min_gap + s.cost_gap * c.cost + s.rarity_gap * (base - 1.0):
        return False
    return not (c.cost / len(word) > _MAX_COST_PER_LETTER or c.cost > cap)


# Bounds derived from ``_good`` are widened by this much, so that rounding
# never drops a candidate ``_good`` would take; ``_good`` itself decides.
_MARGIN = 1e-9


def _dearest(word: str, s: Settings, z: float, cap: float) -> Callable[[float], float]:
    """The dearest edit cost ``_good`` can take from a candidate of a given
    Zipf frequency (negative: none), for ``candidates_within``."""
    least = SHORT_MIN_SUGGESTION if len(word) <= 3 else s.min_suggestion
    base = max(z, 1.0)
    fixed = min(cap, _MAX_COST_PER_LETTER * len(word)) + _MARGIN
    need = s.min_gap + s.rarity_gap * (base - 1.0)

    def dearest(zipf_of: float) -> float:
        if zipf_of < least:
            return -1.0
        if s.cost_gap > 0:
            return min(fixed, (zipf_of - base - need) / s.cost_gap + _MARGIN)
        return fixed

    return dearest


def may_suggest(word: str, s: Settings, accept: Callable[[Candidate], bool], dearest: float = 2.0,
                keep: Callable[[str], bool] | None = None, first: bool = False) -> bool:
    """Could ``suspicious(word, s)`` hold a candidate that ``accept`` takes?
    ``dearest``, ``keep`` (a test of its word) and ``first`` (its first
    letter kept) are what ``accept`` needs, so the search looks at nothing
    else.  False only when no such candidate can be there (every one the
    search returns passes ``_good``, or is a sound-alike): a caller that
    reads only those candidates skips the whole search (most names)."""
    z = zipf(word)
    if z >= s.max_zipf or (len(word) <= 3 and not any(ch in VOWELS for ch in word)):
        return False
    cap = _cap(word, z, s)
    own_stems = stems(word)
    bound = _dearest(word, s, z, cap)
    found = candidates_within(word, cap >= 1.0 or z == 0.0, lambda zc: min(dearest, bound(zc)), keep, first)
    if any(_good(word, s, z, cap, own_stems, c) and accept(c) for c in found):
        return True
    if z == 0.0 and len(word) >= _SOUND_MIN_LENGTH:
        return any(
            c.cost / len(word) <= _SOUND_MAX_COST_PER_LETTER and accept(c)
            and (keep is None or keep(c.word)) and (not first or c.word[:1] == word[:1])
            for c in sound_alikes(word)
        )
    return False


@forgettable
@lru_cache(maxsize=65536)
def suspicious(word: str, s: Settings = Settings(), depth: int = 0) -> tuple[Candidate, ...] | None:
    """Candidate corrections, best first, when the lower-case ``word`` looks
    like a slip for a far more frequent word; None when it looks like a word."""
    z = zipf(word)
    if z >= s.max_zipf or depth > 2:
        return None
    base = max(z, 1.0)
    own_stems = stems(word)
    good: list[Candidate] = []
    credible: list[Candidate] = []
    strong = False
    short = len(word) <= 3
    if short and not any(ch in VOWELS for ch in word):
        return None  # ntl, bbc: abbreviations written in lower case
    rejected = _rejected(word)
    cap = _cap(word, z, s)
    for c in candidates_within(word, cap >= 1.0 or z == 0.0, _dearest(word, s, z, cap)):
        if not _good(word, s, z, cap, own_stems, c):
            continue
        gap = c.zipf - base
        good.append(c)
        # Every candidate may be suggested, but only a credible slip makes
        # the word one: not a first letter changed, nor a dear slip that does
        # not sound like its word.
        if gap < _DEAR_GAP and not _same_sound(word, c.word) and (
            c.cost >= _DEAR_COST or (gap < _EDGE_GAP and _edge_slip(word, z, c))
        ):
            continue
        if not first_letter_credible(word, c.word):
            continue
        credible.append(c)
        strong = strong or (
            c.cost <= _STRONG_MAX_COST and gap >= _STRONG_GAP + _STRONG_SLOPE * max(0.0, c.cost - _STRONG_COST)
        )
    if z >= _WELL_KNOWN_ZIPF and not any(c.cost <= (cap if rejected else _WELL_KNOWN_MAX_COST) for c in credible):
        # A word the web list holds this often is a real (if rare) word
        # unless it is one cheap slip from a common one (``recieve``).
        credible = []
    if not credible and z == 0.0 and len(word) >= _SOUND_MIN_LENGTH:
        # Far from every word by spelling, close by sound: a phonetic slip.
        good = credible = [c for c in sound_alikes(word) if c.cost / len(word) <= _SOUND_MAX_COST_PER_LETTER][:3]
    if not credible:
        return None
    if certainly_word(word, s) or (not strong and explained(word, s, depth)):
        return None
    # A suggestion that is itself a common misspelling (``ecstacy`` for
    # ``exstacy``) must give way to the word it misspells.
    kept = [c for c in good if c.zipf >= s.max_zipf or suspicious(c.word, s, depth + 1) is None]
    return tuple(kept[:5]) or None
