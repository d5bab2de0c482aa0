"""Word frequencies and spelling candidates for the typo rule.

The lexicon is wordfreq's large English list (about 321,000 words, US and UK
spellings, built from web, news, subtitle and book text).  A web list also
contains the common misspellings themselves (``begining`` has a Zipf
frequency of 2.6), so "is it in the list" is not the question we ask: we ask
whether a rare word sits one or two edits from a word that is far more
frequent, and rank those neighbours with an edit model that knows which slips
people make (neighbouring keys, doubled letters, swapped letters, vowels that
sound alike).

Everything is built lazily, once per process, and cached per word, so a run
over many articles pays for each distinct word only once.
"""
from __future__ import annotations

import math
import re
from collections import defaultdict
from functools import lru_cache
from itertools import groupby, takewhile
from pathlib import Path
from typing import NamedTuple

# Words at or above this Zipf frequency (once per million words = 3.0) are the
# ones we suggest at edit distance 2; rarer words are only reachable at
# distance 1, where a far rarer neighbour is still a credible correction.
_DIST2_MIN_ZIPF = 3.0
# Rarer words are never suggested (Settings.min_suggestion is 2.5), so they
# are not worth costing.
_CANDIDATE_MIN_ZIPF = 2.5

_VOWELS = frozenset("aeiouy")
_KEYBOARD_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
# Letters that stand for the same or similar sounds in English spelling.
_SOUND_ALIKE = frozenset(
    frozenset(p)
    for p in ("ck", "cs", "sz", "iy", "gj", "mn", "fv", "td", "bp", "kq", "xs", "cq", "ei", "ae", "ou")
)
_ALPHABET = "abcdefghijklmnopqrstuvwxyz'"


def _keyboard_neighbours() -> dict[str, frozenset[str]]:
    pos = {ch: (r, c) for r, row in enumerate(_KEYBOARD_ROWS) for c, ch in enumerate(row)}
    out: dict[str, frozenset[str]] = {}
    for a, (ra, ca) in pos.items():
        near = set()
        for b, (rb, cb) in pos.items():
            # Rows are staggered by about half a key, so the keys below-left
            # and above-right are neighbours too.
            if a != b and abs(ra - rb) <= 1 and -1 <= (cb - ca) + (rb - ra) * 0.5 <= 1:
                near.add(b)
        out[a] = frozenset(near)
    return out


_NEAR_KEYS = _keyboard_neighbours()


@lru_cache(maxsize=1)
def frequencies() -> dict[str, float]:
    """wordfreq's large English list: word -> frequency (a probability)."""
    import wordfreq

    return wordfreq.get_frequency_dict("en", "large")


def zipf(word: str) -> float:
    """Zipf frequency (log10 of occurrences per billion words); 0 when unknown."""
    f = frequencies().get(word)
    return math.log10(f * 1e9) if f else 0.0


@lru_cache(maxsize=1)
def _dist2_index() -> dict[str, list[str]]:
    """Frequent words keyed by themselves and by each single-letter deletion.

    Looking up every one-edit variant of a word (and its deletions) in this
    index finds every frequent word within Damerau distance 2 with a few
    thousand dictionary probes, instead of the ~300,000 strings that two
    rounds of edits would make.
    """
    threshold = 10 ** _DIST2_MIN_ZIPF / 1e9
    index: defaultdict[str, list[str]] = defaultdict(list)
    # The list is sorted by frequency, most frequent first.
    for word, _ in takewhile(lambda item: item[1] >= threshold, frequencies().items()):
        if len(word) < 3 or not word.isalpha() or not word.isascii():
            continue
        index[word].append(word)
        # A key repeated (``book`` -> ``bok`` twice) only repeats the word in
        # a list that is read into a set.
        for i in range(len(word)):
            index[word[:i] + word[i + 1 :]].append(word)
    return dict(index)


def edits1(word: str) -> set[str]:
    """Every string one deletion, transposition, substitution or insertion away."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    out = {a + b[1:] for a, b in splits if b}
    out.update(a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1)
    out.update(a + c + b[1:] for a, b in splits if b for c in _ALPHABET)
    out.update(a + c + b for a, b in splits for c in _ALPHABET)
    out.discard(word)
    return out


def _sub_cost(a: str, b: str) -> float:
    if a == b:
        return 0.0
    if b in _NEAR_KEYS.get(a, ()):
        return 0.7
    if a in _VOWELS and b in _VOWELS:
        return 0.6
    if frozenset((a, b)) in _SOUND_ALIKE:
        return 0.7
    return 1.0


def _indel_cost(word: str, i: int) -> float:
    """Cost of inserting or deleting ``word[i]``: cheap when it doubles or
    undoubles a letter (``begining``) or is a vowel (``mathematicaly``)."""
    ch = word[i]
    if (i > 0 and word[i - 1] == ch) or (i + 1 < len(word) and word[i + 1] == ch):
        return 0.5
    if ch in _VOWELS:
        return 0.8
    return 1.0


@lru_cache(maxsize=4096)
def _sub_costs(a: str) -> dict[str, float]:
    return {b: _sub_cost(a, b) for b in _ALPHABET}


def _indel_costs(word: str) -> list[float]:
    return [_indel_cost(word, i) for i in range(len(word))]


def edit_cost(typed: str, intended: str) -> float:
    """Weighted optimal-string-alignment distance from ``intended`` to ``typed``."""
    n, m = len(typed), len(intended)
    del_typed = _indel_costs(typed)
    ins_intended = _indel_costs(intended)
    prev2: list[float] = []
    prev = [0.0] * (m + 1)
    for j in range(1, m + 1):
        prev[j] = prev[j - 1] + ins_intended[j - 1]
    for i in range(1, n + 1):
        t = typed[i - 1]
        subs = _sub_costs(t)
        d = del_typed[i - 1]
        cur = [prev[0] + d] + [0.0] * m
        for j in range(1, m + 1):
            u = intended[j - 1]
            best = prev[j] + d
            x = cur[j - 1] + ins_intended[j - 1]
            if x < best:
                best = x
            x = prev[j - 1] + (0.0 if t == u else subs.get(u, 1.0))
            if x < best:
                best = x
            if i > 1 and j > 1 and t == intended[j - 2] and typed[i - 2] == u and t != u:
                x = prev2[j - 2] + 0.6
                if x < best:
                    best = x
            cur[j] = best
        prev2, prev = prev, cur
    return prev[m]


class Candidate(NamedTuple):
    word: str
    zipf: float
    cost: float
    score: float


# How many Zipf points (factors of ten in frequency) one unit of edit cost is
# worth when ranking: a plain edit must be paid for by a neighbour ~300 times
# more frequent than a neighbour reachable by a cheap edit.
_COST_WEIGHT = 2.5
# People seldom get the first letter wrong.
_FIRST_LETTER_PENALTY = 0.8
# ... and seldom the last: ``localy`` is ``locally`` more often than ``local``.
_LAST_LETTER_PENALTY = 0.5
# ... and seldom type letters after the end of the word they meant: ``localy``
# is not ``local`` with a stray y.
_TRUNCATION_PENALTY = 0.8


@lru_cache(maxsize=65536)
def candidates(word: str, max_cost: float = 2.0, deep: bool = True) -> tuple[Candidate, ...]:
    """Known words within edit distance 2 of ``word`` (lower case), best first.

    Distance-1 neighbours come from the whole list; distance-2 neighbours only
    from words with Zipf >= 3, since a rare word two edits away is more often
    a different word than the intended one.  ``deep=False`` skips distance 2
    (the costly part) when only cheap, single edits can matter.
    """
    freq = frequencies()
    near = edits1(word)
    found: set[str] = near & freq.keys()
    if deep and len(word) >= 4:
        index = _dist2_index()
        keys = {x[:i] + x[i + 1 :] for x in near for i in range(len(x))}
        keys |= near
        for key in keys & index.keys():
            found.update(index[key])
    found.discard(word)
    floor = 10 ** _CANDIDATE_MIN_ZIPF / 1e9
    out = []
    for cand in found:
        if freq[cand] < floor:
            continue
        cost = edit_cost(word, cand)
        if cost > max_cost:
            continue
        z = zipf(cand)
        score = z - _COST_WEIGHT * cost
        if cand[:1] != word[:1]:
            score -= _FIRST_LETTER_PENALTY
        if cand[-1:] != word[-1:]:
            score -= _LAST_LETTER_PENALTY
        if word.startswith(cand):
            score -= _TRUNCATION_PENALTY
        out.append(Candidate(cand, z, cost, score))
    out.sort(key=lambda c: (-c.score, c.word))
    return tuple(out)


_SOUND_RULES = (("ph", "f"), ("ck", "k"), ("dg", "j"), ("q", "k"), ("x", "ks"), ("z", "s"))


_SOFT_C = re.compile(r"c(?=[eiy])")
_SILENT = re.compile(r"[aeiouyhw]")


def sound_key(word: str) -> str:
    """A rough spelling-independent key: consonant sounds in order, doubles
    collapsed, vowels dropped after the first letter (``nessasary`` and
    ``necessary`` both give ``nsr``)."""
    w = word.lower().replace("'", "")
    for a, b in _SOUND_RULES:
        w = w.replace(a, b)
    w = _SOFT_C.sub("s", w).replace("c", "k")
    return "".join(ch for ch, _ in groupby(w[:1] + _SILENT.sub("", w[1:])))


@lru_cache(maxsize=1)
def _sound_index() -> dict[str, tuple[str, ...]]:
    threshold = 10 ** _DIST2_MIN_ZIPF / 1e9
    index: dict[str, list[str]] = {}
    for word, freq in frequencies().items():
        if freq < threshold:
            break
        if len(word) >= 5 and word.isalpha() and word.isascii():
            index.setdefault(sound_key(word), []).append(word)
    return {k: tuple(v) for k, v in index.items()}


def sound_alikes(word: str) -> tuple[Candidate, ...]:
    """Frequent words that sound like ``word`` however far its spelling
    strays (``imidatly`` -> immediately), best first."""
    out = []
    for cand in _sound_index().get(sound_key(word), ()):
        if cand[:1] != word[:1] or abs(len(cand) - len(word)) > 2:
            continue
        cost = edit_cost(word, cand)
        z = zipf(cand)
        out.append(Candidate(cand, z, cost, z - _COST_WEIGHT * cost))
    out.sort(key=lambda c: (-c.score, c.word))
    return tuple(out)


# -- is this word a slip? -------------------------------------------------------

# Endings English adds to a word, with what the stem may have lost: ``+e``
# restores a dropped e (``hoping``), ``y`` a y that became i (``dinkier``),
# ``=`` undoes a doubled consonant (``stopped``).
_SUFFIXES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("'s", ("",)), ("s", ("",)), ("es", ("",)), ("ies", ("y",)), ("ied", ("y",)),
    ("ier", ("y",)), ("iers", ("y",)), ("iest", ("y",)), ("ily", ("y",)), ("iness", ("y",)),
    ("ed", ("", "+e", "=")), ("d", ("",)), ("ing", ("", "+e", "=")), ("ings", ("", "+e", "=")),
    ("er", ("", "+e", "=")), ("ers", ("", "+e", "=")), ("est", ("", "+e", "=")),
    ("ly", ("",)), ("bly", ("ble",)), ("ness", ("",)), ("ment", ("",)), ("ments", ("",)),
    ("ee", ("",)), ("ees", ("",)),
    ("less", ("",)), ("ful", ("",)), ("able", ("", "+e", "=")), ("ism", ("", "+e")),
    ("isms", ("", "+e")), ("ist", ("", "+e")), ("ists", ("", "+e")),
)
_PREFIXES: tuple[str, ...] = (
    "anti", "auto", "bio", "counter", "cyber", "de", "dis", "eco", "euro", "giga", "hyper",
    "inter", "macro", "mega", "micro", "mini", "mis", "multi", "nano", "neo", "neuro", "non",
    "out", "over", "post", "pre", "pseudo", "re", "semi", "sub", "super", "tele", "tera", "trans",
    "ultra", "un", "under", "up",
)
# British and American spellings of the same word: a rare word whose other
# spelling is known is a variant, not a slip (``diallers``, ``vapourware``).
_VARIANTS: tuple[tuple[str, str], ...] = (
    # British to American only: the other way round turns slips such as
    # 'encorage' into "variants".
    ("our", "or"), ("ise", "ize"), ("isation", "ization"), ("yse", "yze"), ("tre", "ter"), ("ogue", "og"),
    # dialler / dialer: British doubles l before an ending (one way only:
    # 'controled' is not American for controlled)
    ("lled", "led"), ("lling", "ling"), ("ller", "ler"),
    # focussed, biassing; licenced, defence
    ("ssed", "sed"), ("ssing", "sing"), ("cenc", "cens"),
)
# The other spelling of a British/American pair is rarer in the web list
# than the word itself usually is, so a lower bar is enough.
_VARIANT_MIN_ZIPF = 2.0
_COMMON_ENDINGS = frozenset({"s", "es", "ed", "d", "ing", "er", "ers", "est", "ies", "ied"})
_COMMON_STEM_ZIPF = 4.0
_CONSONANTS = frozenset("bcdfghjklmnpqrstvz")


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


def _stems(word: str) -> list[tuple[str, str, str]]:
    """(stem, suffix, rule) readings of ``word`` as stem + regular ending."""
    out = []
    for suffix, rules in _SUFFIXES:
        if len(word) - len(suffix) < 3 or not word.endswith(suffix):
            continue
        stem = word[: -len(suffix)]
        if suffix in ("es",) and not stem.endswith(("s", "x", "z", "ch", "sh", "o")):
            continue
        if suffix == "d" and not stem.endswith("e"):
            continue
        for rule in rules:
            if rule == "" and suffix[0] in "aeiy" and stem.endswith("e") and not stem.endswith(("ee", "ye", "oe")):
                continue  # hope + ing is hoping, not hopeing
            if rule == "" and suffix != "ing" and len(stem) > 1 and stem[-1] == "y" and stem[-2] not in _VOWELS:
                continue  # easy + ly is easily, not easyly
            if rule == "+e":
                out.append((stem + "e", suffix, rule))
            elif rule == "=":
                if len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] in _CONSONANTS:
                    out.append((stem[:-1], suffix, rule))
            else:
                out.append((stem + rule, suffix, rule))
    return out


def _variants(word: str) -> set[str]:
    out = set()
    for a, b in _VARIANTS:
        start = word.find(a, 1)
        while start != -1:
            out.add(word[:start] + b + word[start + len(a) :])
            start = word.find(a, start + 1)
    return out


def _other_doubling(stem: str, suffix: str, rule: str) -> str | None:
    """The spelling with the final consonant doubled (or undoubled) instead.

    ``begining`` reads as begin + ing, but the list knows ``beginning`` far
    better: the doubling rule depends on stress, which we cannot see, so the
    frequencies of the two spellings decide.
    """
    if suffix[:1] not in ("e", "i", "a") or len(stem) < 3:
        return None
    if rule == "=":
        return stem + suffix
    if rule == "" and stem[-1] in _CONSONANTS and stem[-1] not in "wxy" and stem[-2] in _VOWELS and stem[-3] not in _VOWELS:
        return stem + stem[-1] + suffix
    return None


def _is_known(word: str, s: Settings, depth: int) -> bool:
    """A stem we trust: frequent, or fairly frequent and not itself a slip."""
    z = zipf(word)
    if z >= s.max_zipf:
        return True
    if z >= s.known_base and depth < 2 and suspicious(word, s, depth + 1) is None:
        return True
    return any(zipf(v) >= s.max_zipf for v in _variants(word))


def stems(word: str) -> set[str]:
    """Every stem ``word`` could be a regular inflection of."""
    return {stem for stem, _, _ in _stems(word)}


def certainly_word(word: str, s: Settings = Settings()) -> bool:
    """Explanations no distant neighbour can outweigh: the other spelling of a
    British/American pair (``diallers``), the plain plural or possessive of a
    known noun (``spates``, ``strangleholds``), a regular inflection of a
    very common word (``firmed``).  A neighbour one cheap slip away that is
    far more frequent still wins (``chosing`` for choosing, ``thees``)."""
    if any(zipf(v) >= _VARIANT_MIN_ZIPF for v in _variants(word)):
        return True
    z = max(zipf(word), 1.0)
    if any(c.cost <= _STRONG_CHEAP_COST and c.zipf - z >= _STRONG_GAP for c in candidates(word, deep=False)):
        return False
    for ending in ("'s", "s"):
        stem = word[: -len(ending)]
        if word.endswith(ending) and len(stem) >= 4 and not (stem[-1] == "y" and stem[-2] not in _VOWELS):
            if not stem.endswith("s") and (
                _is_known(stem, s, 1) or any(zipf(v) >= _VARIANT_MIN_ZIPF for v in _variants(stem))
            ):
                return True
    # A regular inflection of a very common word (``firmed``, ``halving``):
    # the stem vouches for it, unless the other doubling is the usual spelling.
    for stem, suffix, rule in _stems(word):
        if suffix in _COMMON_ENDINGS and len(stem) >= 3 and zipf(stem) >= _COMMON_STEM_ZIPF:
            other = _other_doubling(stem, suffix, rule)
            if other is None or zipf(other) < max(z, 1.0) + s.min_gap:
                return True
    return False


def explained(word: str, s: Settings = Settings(), depth: int = 0) -> bool:
    """Is a rare ``word`` a regular derivative of a known word?

    Inflections (``strangleholds``), prefixed forms (``unshredded``), British
    and American variants (``diallers``) and closed compounds of two frequent
    words (``groundrules``) are words the list is too small to hold, not slips.
    """
    if depth > 2:
        return False
    z = zipf(word)
    for stem, suffix, rule in _stems(word):
        if len(stem) < 4 or not _is_known(stem, s, depth + 1):
            continue
        other = _other_doubling(stem, suffix, rule)
        if other is not None and zipf(other) >= max(z, 1.0) + s.min_gap:
            continue
        return True
    for prefix in _PREFIXES:
        rest = word[len(prefix) :]
        if word.startswith(prefix) and len(rest) >= 5:
            if _is_known(rest, s, depth + 1) or any(
                len(stem) >= 4 and _is_known(stem, s, depth + 1) for stem in stems(rest)
            ):
                return True
    for variant in _variants(word):
        if zipf(variant) >= _VARIANT_MIN_ZIPF:
            return True
    for i in range(3, len(word) - 3):
        if zipf(word[:i]) >= s.max_zipf and zipf(word[i:]) >= s.max_zipf:
            return True
    return False


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
_STRONG_CHEAP_COST = 0.6
# A word the web list holds at least this often is a real, if rare, word
# unless it is one such cheap slip from a common one.
_WELL_KNOWN_ZIPF = 2.0
_WELL_KNOWN_MAX_COST = 0.6
# Three-letter words have dozens of neighbours: only a slip for one of the
# commonest words (hte, anf, noe) is worth reporting.
_SHORT_MIN_SUGGESTION = 5.5
# The edits may change at most this share of the word's letters.
_MAX_COST_PER_LETTER = 0.34
# Sound-alike suggestions, for unknown words at least this long, may cost
# more, but still no more than this per letter.
_SOUND_MIN_LENGTH = 6
_SOUND_MAX_COST_PER_LETTER = 0.4


@lru_cache(maxsize=65536)
def suspicious(word: str, s: Settings = Settings(), depth: int = 0) -> tuple[Candidate, ...] | None:
    """Candidate corrections, best first, when the lower-case ``word`` looks
    like a slip for a far more frequent word; None when it looks like a word."""
    z = zipf(word)
    if z >= s.max_zipf or depth > 2:
        return None
    base = max(z, 1.0)
    own_stems = stems(word)
    good = []
    strong = False
    short = len(word) <= 3
    if short and not any(ch in _VOWELS for ch in word):
        return None  # ntl, bbc: abbreviations written in lower case
    # The rarer the word, the dearer the slip we believe (max_cost -
    # cost_slope * z); above Zipf 2 that leaves room for one edit only, and
    # the distance-2 search can be skipped.
    cap = s.max_cost - s.cost_slope * z
    for c in candidates(word, deep=cap >= 1.0 or z == 0.0):
        if c.zipf < (_SHORT_MIN_SUGGESTION if short else s.min_suggestion) or c.word in own_stems:
            continue
        gap = c.zipf - base
        if gap < s.min_gap + s.cost_gap * c.cost + s.rarity_gap * (base - 1.0):
            continue
        if c.cost / len(word) > _MAX_COST_PER_LETTER or c.cost > cap:
            continue
        good.append(c)
        strong = strong or (
            c.cost <= _STRONG_MAX_COST and gap >= _STRONG_GAP + _STRONG_SLOPE * max(0.0, c.cost - _STRONG_COST)
        )
    if z >= _WELL_KNOWN_ZIPF and not any(c.cost <= _WELL_KNOWN_MAX_COST for c in good):
        # A word the web list holds this often is a real (if rare) word
        # unless it is one cheap slip from a common one (``recieve``).
        good = []
    if not good and z == 0.0 and len(word) >= _SOUND_MIN_LENGTH:
        # Far from every word by spelling, close by sound: a phonetic slip.
        good = [c for c in sound_alikes(word) if c.cost / len(word) <= _SOUND_MAX_COST_PER_LETTER][:3]
    if not good:
        return None
    if certainly_word(word, s) or (not strong and explained(word, s, depth)):
        return None
    # A suggestion that is itself a common misspelling (``ecstacy`` for
    # ``exstacy``) must give way to the word it misspells.
    kept = [c for c in good if c.zipf >= s.max_zipf or suspicious(c.word, s, depth + 1) is None]
    return tuple(kept[:5]) or None


# -- a spelling dictionary as a second opinion -----------------------------------

@lru_cache(maxsize=1)
def _speller():
    """Hunspell's en_US dictionary (shipped inside the chunspell wheel, read
    offline); None when chunspell is not installed, and the rule then
    decides by frequency alone."""
    try:
        import hunspell
    except ImportError:
        return None
    # The wheel's own dictionary, not one that HUNSPELL_DATA points at: the
    # same findings on every machine.
    return hunspell.Hunspell("en_US", hunspell_data_dir=str(Path(hunspell.__file__).parent / "dictionaries"))


@lru_cache(maxsize=65536)
def spelled_right(word: str) -> bool | None:
    """Does the spelling dictionary accept ``word``?  None without one.

    Unlike the web list, the dictionary holds no popular misspellings
    (``definately``), but it is American only, and lacks most names and
    new words: its yes is evidence, its no alone is not.
    """
    speller = _speller()
    if speller is None:
        return None
    try:
        return bool(speller.spell(word))
    except UnicodeError:
        return None


# The dictionary also holds words so rare (``wonted``, ``tittle``, ``thee``)
# that, one cheap slip from a word at least _ARCHAIC_GAP Zipf points more
# frequent, they are far likelier slips than uses.
_ARCHAIC_MAX_ZIPF = 2.0
_ARCHAIC_GAP = 3.0


def archaic_slip(word: str) -> bool:
    """Is a word the dictionary accepts rare enough, and one cheap slip
    (``_STRONG_CHEAP_COST``) from a far more frequent word, to be a slip
    all the same (``wonted`` for wanted, ``thees`` for these)?"""
    z = zipf(word)
    if z >= _ARCHAIC_MAX_ZIPF:
        return False
    base = max(z, 1.0)
    return any(
        c.cost <= _STRONG_CHEAP_COST and c.zipf - base >= _ARCHAIC_GAP for c in candidates(word, deep=False)
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
    if short and not any(ch in _VOWELS for ch in word):
        return None  # ltd, mph: abbreviations
    if any(zipf(v) >= _VARIANT_MIN_ZIPF for v in _variants(word)):
        return None  # British: the dictionary is American
    base = max(z, 1.0)
    own_stems = stems(word)
    good = [
        c
        for c in candidates(word, deep=False)
        if c.cost <= (_REJECTED_LONG_MAX_COST if len(word) >= _REJECTED_LONG else _REJECTED_MAX_COST)
        and c.word[0] == word[0]
        and (c.word[-1] == word[-1] or c.word == word + "e" or (word[-1] == "e" and c.word == word[:-1]))
        and c.zipf >= (_SHORT_MIN_SUGGESTION if short else _REJECTED_MIN_SUGGESTION)
        and c.zipf - base >= _REJECTED_GAP + s.cost_gap * c.cost
        and c.word not in own_stems
        and spelled_right(c.word)
    ]
    if not good or certainly_word(word, s):
        return None
    return tuple(good[:5])
