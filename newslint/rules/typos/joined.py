"""Two words run together (``theweekend``, ``hesaid``, ``toprevent``).

The frequency verdict takes a rare word made of two frequent ones for a
closed compound the list is too small to hold (``groundrules``), and it
usually is one.  Not when one half is among the commonest words of
English, the grammar words (Zipf 6: ``the``, ``he``, ``to``, ``that``,
``will``), which form no compounds but a few the dictionaries already
know (``into``, ``therefore``): a word both dictionaries reject, that the
web list hardly knows, and that splits into such a word and another common
dictionary word is the two words with the space lost.  Particles and
prefixes that do make compounds (``on``, ``back``, ``like``, ``out``:
newslint/data/typo_compound_particles.txt and ``slips.PREFIXES``) are not
grammar words here, and a regular ending is no word (``-able``, ``-less``).
"""
from __future__ import annotations

from functools import lru_cache

from ...heap import forgettable
from ...phrases import data_path, read_list
from .candidates import Candidate
from .forms import ENDINGS
from .lexicon import zipf
from .slips import PREFIXES
from .spelling import spelled_right

_MIN_LENGTH = 5
# The run-together word must be this rare in the web list: the popular
# ones it holds more often are joined on purpose (``alot``, ``infact``
# are left to the frequency verdict).
_MAX_ZIPF = 1.5
_GRAMMAR_ZIPF = 6.0
_OTHER_ZIPF = 4.0
# A one-letter half is only a word when it is ``a`` (``withina``).
_ONE_LETTER = frozenset("a")


@forgettable
@lru_cache(maxsize=1)
def _compound_parts() -> frozenset[str]:
    endings = ENDINGS
    return frozenset(read_list(data_path("typo_compound_particles.txt"))) | frozenset(PREFIXES) | endings


def _half(part: str) -> bool:
    return (len(part) > 1 or part in _ONE_LETTER) and part not in _compound_parts() and spelled_right(part) is True


@forgettable
@lru_cache(maxsize=65536)
def joined_slip(word: str) -> tuple[Candidate, ...] | None:
    """The two words a lower-case ``word`` ran together, when one is a
    grammar word; None otherwise."""
    if len(word) < _MIN_LENGTH or not word.isalpha() or zipf(word) >= _MAX_ZIPF or spelled_right(word) is not False:
        return None
    best = None
    for i in range(1, len(word)):
        head, tail = word[:i], word[i:]
        zh, zt = zipf(head), zipf(tail)
        if max(zh, zt) < _GRAMMAR_ZIPF or min(zh, zt) < _OTHER_ZIPF or not (_half(head) and _half(tail)):
            continue
        c = Candidate(f"{head} {tail}", min(zh, zt), 1.0, zh + zt)
        if best is None or c.score > best.score:
            best = c
    return (best,) if best is not None else None
