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

Some run-together phrases are so popular that the web list holds them
often (``alot`` at Zipf 3.9, ``atleast``, ``eachother``, ``infact``), so
the rarity test above passes them by.  Their shape is narrower: a closed-
class head (an article, preposition or determiner:
newslint/data/typo_run_together_heads.txt) and a common word after it
(Zipf 5: ``lot``, ``least``, ``other``, ``fact``; or one of the very
commonest, ``upto``), the joined word rarer than that word, rejected by
both dictionaries and no name in them (``Avery``, ``Ashe``).  The tail
may not be a particle or ending (``login``, ``upside``), and a rarer
tail is a compound (``aplastic``, ``upsell``).
"""
from __future__ import annotations

from functools import lru_cache

from ...heap import forgettable
from ...phrases import data_path, read_list
from .candidates import Candidate
from .forms import ENDINGS
from .lexicon import common_words, zipf
from .slips import PREFIXES
from .spelling import dictionary_stamp, proper_noun, spelled_right
from .store import code_stamp, stored

_MIN_LENGTH = 5
# The run-together word must be this rare in the web list: the popular
# ones it holds more often are joined on purpose (``alot``, ``infact``
# are left to the frequency verdict).
_MAX_ZIPF = 1.5
_GRAMMAR_ZIPF = 6.0
_OTHER_ZIPF = 4.0
# A one-letter half is only a word when it is ``a`` (``withina``).
_ONE_LETTER = frozenset("a")
# The popular run-together phrases: the word after the head must be this
# common (``lot``, ``fact``, ``spite`` at 4.0 is not), or, if shorter than
# three letters, one of the half-dozen commonest words (``to``, ``the``).
_POPULAR_MIN_LENGTH = 4
_POPULAR_TAIL_ZIPF = 5.0
_TOP_ZIPF = 7.2


@forgettable
@lru_cache(maxsize=1)
def _heads() -> frozenset[str]:
    return frozenset(read_list(data_path("typo_run_together_heads.txt")))


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
    if zipf(word) >= _MAX_ZIPF:
        return popular_join(word)
    if len(word) < _MIN_LENGTH or not word.isalpha() or spelled_right(word) is not False:
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


def _popular_splits(word: str) -> list[tuple[str, str]]:
    """(head, tail) splits of ``word`` with a closed-class head and a common
    tail more frequent than the word; no dictionary asked yet."""
    z, out = zipf(word), []
    for head in _heads():
        tail = word[len(head):]
        if not word.startswith(head) or tail in _compound_parts():
            continue
        zt = zipf(tail)
        if zt > z and (zt >= _TOP_ZIPF or (len(tail) >= 3 and zt >= _POPULAR_TAIL_ZIPF)):
            out.append((head, tail))
    return out


@forgettable
@lru_cache(maxsize=65536)
def popular_join(word: str) -> tuple[Candidate, ...] | None:
    """The phrase a lower-case ``word`` the web list holds often ran
    together (``alot`` -> ``a lot``); None otherwise."""
    if len(word) < _POPULAR_MIN_LENGTH or not word.isalpha():
        return None
    splits = _popular_splits(word)
    if not splits or spelled_right(word) is not False or proper_noun(word):
        return None
    splits = [(h, t) for h, t in splits if spelled_right(t) is True]
    if not splits:
        return None
    head, tail = max(splits, key=lambda s: (zipf(s[1]), s))
    return (Candidate(f"{head} {tail}", zipf(tail), 1.0, zipf(head) + zipf(tail)),)


@forgettable
@lru_cache(maxsize=8)
def frequent_joined(max_zipf: float) -> frozenset[str]:
    """The popular run-together words at ``max_zipf`` or more (``alot``,
    ``atleast``, ``eachother``): the typo rule's frequent-word filter must
    let them through.  Kept in the user's cache folder (see ``store``), as
    ``contractions.frequent_unmarked`` is."""
    words = stored("joined", f"{max_zipf}|{dictionary_stamp()}|{code_stamp(__file__)}", str,
                   lambda: "\n".join(_frequent_joined(max_zipf)))
    return frozenset(w for w in words.split("\n") if w)


def _frequent_joined(max_zipf: float) -> list[str]:
    """Found by shape first (a head, a common tail), so only a few dozen
    words are asked of the dictionaries."""
    known = 10**max_zipf / 1e9
    firsts = frozenset(head[0] for head in _heads())
    out = []
    for word, f in common_words().items():
        if f < known:
            break  # most frequent first
        if word[:1] in firsts and word.islower() and _popular_splits(word) and popular_join(word):
            out.append(word)
    return sorted(out)
