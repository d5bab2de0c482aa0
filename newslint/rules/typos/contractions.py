"""Contractions and possessives written without their apostrophe (``didnt``,
``wouldve``, ``childrens``).

No letter edit turns ``didnt`` into ``didn't``, and the web list holds the
popular ones so often (``dont`` at Zipf 4.7) that the frequency verdict
never sees them.  The evidence is of another kind: the word with an
apostrophe put back before a contraction's ending (``n't``, ``'ve``,
``'re``, ``'ll``, ``'d``, ``'s``) is a word a dictionary accepts and the
web list holds more often, while both dictionaries reject the word as
written.  That last condition keeps the real words that look like such
slips (``wont``, ``cant``, ``shell``, ``its``, ``lets``) quiet.
"""
from __future__ import annotations

from functools import lru_cache

from ...heap import forgettable
from .lexicon import common_words, frequent_words, zipf
from .spelling import dictionary_stamp, spelled_right
from .store import code_stamp, stored

# The written ending and the contraction it stands for.  ``'m`` is left out:
# the only stem is ``i``, shorter than any checked word.
_ENDINGS = (("nt", "n't"), ("ve", "'ve"), ("re", "'re"), ("ll", "'ll"), ("d", "'d"), ("s", "'s"))
# The stem before the ending must be a word on its own this long: ``hes``
# (he's) and ``ids`` are too short to tell from abbreviations and names.
_MIN_STEM = 2


def _restored(word: str) -> str | None:
    """The apostrophe form of ``word`` (lower case) that the web list holds
    more often than the word itself, or None."""
    for written, ending in _ENDINGS:
        stem = word[: -len(written)]
        if not word.endswith(written) or len(stem) < _MIN_STEM:
            continue
        full = stem + ending
        if zipf(full) > zipf(word):
            return full
    return None


@forgettable
@lru_cache(maxsize=65536)
def unmarked_contraction(word: str) -> str | None:
    """``word`` (lower case) with its missing apostrophe put back, when both
    dictionaries reject it and a dictionary accepts the restored form."""
    full = _restored(word)
    if full is None or spelled_right(word) is not False or not spelled_right(full):
        return None
    return full


@forgettable
@lru_cache(maxsize=8)
def frequent_unmarked(max_zipf: float) -> frozenset[str]:
    """The unmarked contractions the web list holds at ``max_zipf`` or more
    (``dont``, ``didnt``, ``youre``): the typo rule's frequent-word filter
    must let them through.  Kept in the user's cache folder (see ``store``):
    asking the dictionaries costs their loading, a start-up that needs
    them for nothing else."""
    words = stored("unmarked", f"{max_zipf}|{dictionary_stamp()}|{code_stamp(__file__)}", str,
                   lambda: "\n".join(_frequent_unmarked(max_zipf)))
    return frozenset(w for w in words.split("\n") if w)


def _frequent_unmarked(max_zipf: float) -> list[str]:
    """Found from the list's apostrophe words (a few thousand), so only a
    few dozen are asked of the dictionaries."""
    known = 10**max_zipf / 1e9
    words = common_words()
    out = []
    for full, f in words.items():
        if "'" not in full or not full.endswith(_WRITTEN_ENDINGS):
            continue
        word = full.replace("'", "")
        g = words.get(word, 0.0)
        if known <= g < f and unmarked_contraction(word) == full:
            out.append(word)
    return sorted(out)


_WRITTEN_ENDINGS = tuple(ending for _, ending in _ENDINGS)


@forgettable
@lru_cache(maxsize=8)
def checked_above(max_zipf: float) -> frozenset[str]:
    """The words the typo rule never checks: the frequent ones, less the
    contractions written without their apostrophe that the web list holds
    that often (``dont``, ``didnt``) and the popular run-together phrases
    (``alot``, ``atleast``: joined.py) and the popular crossings of the
    commonest words (``teh``: dictionary.py)."""
    from .dictionary import frequent_swaps
    from .joined import frequent_joined

    return frequent_words(max_zipf) - (frequent_unmarked(max_zipf) | frequent_joined(max_zipf) | frequent_swaps(max_zipf))
