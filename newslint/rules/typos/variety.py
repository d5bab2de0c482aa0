"""British or American: which spelling an article uses, to rank a slip's
corrections by.

``colur`` is one edit from both ``color`` and ``colour``; the web list
holds the American spelling more often, so frequency alone suggests it even
in an article that writes ``neighbours`` and ``organisation``.  The article's
own words tell its variety: each word it uses that is one spelling of a
British/American pair both of which are common (``forms.variants``) counts
for that side.  ``-ize`` is no evidence of American spelling (Oxford British
spelling uses it too), and ``-ise`` is weak evidence of British, counted all
the same (American writing seldom uses it).
"""
from __future__ import annotations

from collections import Counter
from functools import lru_cache

from ...heap import forgettable
from .forms import variants
from .lexicon import zipf
from .spelling import _accepts, british_speller, speller

# Both spellings must be common words for a use to count (``colour`` and
# ``color``): a rare word may be a variant by chance of the string rules.
_COMMON = 3.0
# American spellings made back into British ones, to find the pairs an
# American use belongs to (``forms._VARIANTS`` read the other way), without
# -ize.
_BACK = (("or", "our"), ("ization", "isation"), ("yze", "yse"), ("ter", "tre"), ("og", "ogue"),
         ("led", "lled"), ("ling", "lling"), ("ler", "ller"), ("cens", "cenc"))


def british_of(word: str) -> set[str]:
    """The common British spellings whose American spelling ``word`` is."""
    out = set()
    for a, b in _BACK:
        start = word.find(a, 1)
        while start != -1:
            cand = word[:start] + b + word[start + len(a):]
            if word in variants(cand) and zipf(cand) >= _COMMON:
                out.add(cand)
            start = word.find(a, start + 1)
    return out


@forgettable
@lru_cache(maxsize=65536)
def side(word: str) -> int:
    """+1 for the British spelling of a common pair (``colour``: en_US
    rejects it), -1 for the American one (``color``: en_GB rejects it), 0
    for any other word (``four`` is no British ``for``)."""
    if len(word) < 4 or zipf(word) < _COMMON:
        return 0
    if any(zipf(v) >= _COMMON for v in variants(word)) and _accepts(speller(), word) is False:
        return 1
    if british_of(word) and _accepts(british_speller(), word) is False:
        return -1
    return 0


def lean(vocabulary: Counter[str]) -> int:
    """+1 for an article in British spelling, -1 for American, 0 for no
    evidence either way (or as much of both)."""
    total = sum(side(word) * n for word, n in vocabulary.items())
    return (total > 0) - (total < 0)


def pair_side(word: str, others: list[str]) -> int:
    """+1 when ``word`` is the British spelling of another of ``others``, -1
    when it is the American one, 0 when it is neither."""
    if any(v in others for v in variants(word)):
        return 1
    if any(b in others for b in british_of(word)):
        return -1
    return 0
