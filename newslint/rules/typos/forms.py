"""Regular forms of English words: inflections, doubled consonants, and
British spellings of American ones.

A rare word that reads as a known stem plus a regular ending
(``strangleholds``), or as the British spelling of a known word
(``diallers``), is a word the list is too small to hold, not a slip.
"""
from __future__ import annotations

from .edits import VOWELS
from .lexicon import zipf
from .spelling import spelled_right

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
    # Latin plurals of words English took whole: influenzae, larvae, formulae.
    ("ae", ("a",)),
)
# Endings of verbs, which no plural noun takes (``fossils`` + ed).
_VERB_ENDINGS = frozenset({"ed", "ing", "ings"})
_PLURAL_STEM_ZIPF = 3.0


def _plural(stem: str) -> bool:
    return stem[-1] == "s" and stem[-2] not in "su" and zipf(stem[:-1]) >= _PLURAL_STEM_ZIPF


# The endings alone, for telling a regular ending from a word.
ENDINGS = frozenset(suffix for suffix, _ in _SUFFIXES)
CONSONANTS = frozenset("bcdfghjklmnpqrstvz")


def stem_readings(word: str) -> list[tuple[str, str, str]]:
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
        if suffix in _VERB_ENDINGS and _plural(stem):
            continue  # a plural takes no verb ending: fossilsed is fossilised misspelt
        for rule in rules:
            if rule == "" and suffix[0] in "aeiy" and stem.endswith("e") and not stem.endswith(("ee", "ye", "oe")):
                continue  # hope + ing is hoping, not hopeing
            if rule == "" and suffix != "ing" and len(stem) > 1 and stem[-1] == "y" and stem[-2] not in VOWELS:
                continue  # easy + ly is easily, not easyly
            if rule == "+e":
                out.append((stem + "e", suffix, rule))
            elif rule == "=":
                if len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] in CONSONANTS:
                    out.append((stem[:-1], suffix, rule))
            else:
                out.append((stem + rule, suffix, rule))
    return out


def stems(word: str) -> set[str]:
    """Every stem ``word`` could be a regular inflection of."""
    return {stem for stem, _, _ in stem_readings(word)}


def other_doubling(stem: str, suffix: str, rule: str) -> str | None:
    """The spelling with the final consonant doubled (or undoubled) instead.

    ``begining`` reads as begin + ing, but the list knows ``beginning`` far
    better: the doubling rule depends on stress, which we cannot see, so the
    frequencies of the two spellings decide.
    """
    if suffix[:1] not in ("e", "i", "a") or len(stem) < 3:
        return None
    if rule == "=":
        return stem + suffix
    if rule == "" and stem[-1] in CONSONANTS and stem[-1] not in "wxy" and stem[-2] in VOWELS and stem[-3] not in VOWELS:
        return stem + stem[-1] + suffix
    return None


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


def variants(word: str) -> set[str]:
    """The American spellings ``word`` would have if it is British."""
    out = set()
    for a, b in _VARIANTS:
        start = word.find(a, 1)
        while start != -1:
            out.add(word[:start] + b + word[start + len(a) :])
            start = word.find(a, start + 1)
    return out


# The other spelling of a British/American pair is rarer in the web list
# than the word itself usually is, so a lower bar is enough.
_VARIANT_MIN_ZIPF = 2.0


def known_variant(word: str) -> bool:
    """Is ``word`` the British spelling of a word the list knows?  Not when
    the spelling dictionaries (en_GB holds the British spellings) reject it:
    ``capsise`` has no British spelling."""
    return any(zipf(v) >= _VARIANT_MIN_ZIPF for v in variants(word)) and spelled_right(word) is not False
