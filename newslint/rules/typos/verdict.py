"""The decision for one word: frequency evidence, then the dictionary's.

Possessives and contractions are judged by their stem.
"""
from __future__ import annotations

from functools import lru_cache

from .candidates import Candidate
from .dictionary import archaic_slip, rejected_slip, spelled_right
from .lexicon import zipf
from .slips import Settings, suspicious

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
    if len(forms) > 1:
        # Possessives and contractions: the word is fine when its stem is.
        for form in forms[1:]:
            if suspicious(form, settings) is None:
                return None
        return None if forms[0].endswith(_CONTRACTIONS) else suspicious(forms[0], settings)
    found = suspicious(word, settings)
    if found is None and lower_written:
        # Capitalised words are left out: brands and names the dictionary
        # lacks start sentences too.
        found = rejected_slip(word, settings)
    return found
