"""Known words near a misspelling, by spelling and by sound, best first.

Distance-1 neighbours come from the whole word list, distance-2 neighbours
from the deletion index of the frequent words (``deletes``), and sound-alikes
(for words whose spelling strays too far) from an index of sound keys.  Each
is scored by frequency minus weighted edit cost; results are cached per word,
so a run over many articles searches for each distinct word once.  The two
indexes are built once and kept in the user's cache folder (``store``).
"""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from itertools import groupby, repeat
from typing import NamedTuple

from ...heap import forgettable
from .deletes import MIN_ZIPF, deletions, near_any, sharing
from .edits import edit_cost, edits1, ending_variants
from .lexicon import common_words, zipf
from .store import code_stamp, stored


class Candidate(NamedTuple):
    word: str
    zipf: float
    cost: float
    score: float


# Suggested at edit distance 2 only when at least this frequent (see ``deletes``).
_DIST2_MIN_ZIPF = MIN_ZIPF


@forgettable
@lru_cache(maxsize=65536)
def near_frequent_word(word: str) -> bool:
    """Is a frequent word (Zipf >= 3) at most one edit from ``word``, or
    some two edits away?  A cheap test (the word and its deletions looked up
    in the deletion index) that settles most names before a search."""
    return near_any(word)


# Marks the one letter two strings may differ in.
_ANY = "\0"
# The letters of the frequent words (``deletes.indexed_words``).
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _wildcards(strings: set[str]) -> set[str]:
    return {s[:i] + _ANY + s[i + 1 :] for s in strings for i in range(len(s))}


def _two_edits(word: str, keep: Callable[[str], bool] | None = None, first: bool = False) -> set[str]:
    """The frequent words one edit from ``word`` (``edits1``), then perhaps a
    letter deleted, then perhaps one inserted: the reach of the distance-2
    search, which files each frequent word under itself and its deletions
    and looks up every edit of ``word`` and each edit's deletions.

    The deletion index gives every frequent word sharing a subsequence with
    ``word`` at most two letters shorter than either; all are in reach but
    words of the same length two letters apart both ways, which are in reach
    only when the first edit was a substitution or a swap (the others need
    two deletions and two insertions: two letters moved).

    ``keep`` (a test of a word) and ``first`` (keep the first letter) leave
    out the other words: each word's answer is its own, so the rest is as
    the whole search gives it."""
    n = len(word)
    found: set[str] = set()
    apart = []
    for cand, shared in sharing(word, word[:1] if first else None).items():
        if keep is not None and not keep(cand):
            continue
        if n - shared < 2 or len(cand) - shared < 2:
            found.add(cand)
        else:
            apart.append(cand)
    if not apart:
        return found
    # Two letters swapped, then another deleted.
    swapped: set[str] = set()
    for p in range(n - 1):
        swap = word[:p] + word[p + 1] + word[p] + word[p + 2 :]
        swapped.update(swap[:i] + swap[i + 1 :] for i in range(n) if i not in (p, p + 1))
    # One letter changed, then one deleted: a deletion of each word leaves
    # strings that differ in at most one letter.  Short words have many such
    # neighbours, and spelling out every change of ``word``'s deletions once
    # is then cheaper than marking each letter of each neighbour's.
    once = deletions(word)
    if len(apart) > len(_LETTERS):
        changed = set(once)
        for rest in once:
            for i in range(len(rest)):
                changed.update(map(str.join, _LETTERS, repeat((rest[:i], rest[i + 1 :]), len(_LETTERS))))
        found.update(c for c in apart if not (swapped.isdisjoint(theirs := deletions(c)) and changed.isdisjoint(theirs)))
    else:
        marked = _wildcards(once)
        for cand in apart:
            theirs = deletions(cand)
            if not swapped.isdisjoint(theirs) or not marked.isdisjoint(_wildcards(theirs)):
                found.add(cand)
    return found


# How many Zipf points (factors of ten in frequency) one unit of edit cost is
# worth when ranking: a plain edit must be paid for by a neighbour ~300 times
# more frequent than a neighbour reachable by a cheap edit.
COST_WEIGHT = 2.5
# People seldom get the first letter wrong.
_FIRST_LETTER_PENALTY = 0.8
# ... and seldom the last: ``localy`` is ``locally`` more often than ``local``.
_LAST_LETTER_PENALTY = 0.5
# ... and seldom type letters after the end of the word they meant: ``localy``
# is not ``local`` with a stray y.
_TRUNCATION_PENALTY = 0.8


@forgettable
@lru_cache(maxsize=65536)
def candidates(word: str, max_cost: float = 2.0, deep: bool = True) -> tuple[Candidate, ...]:
    """Known words within edit distance 2 of ``word`` (lower case), best first.

    Distance-1 neighbours come from the whole list; distance-2 neighbours only
    from words with Zipf >= 3, since a rare word two edits away is more often
    a different word than the intended one.  ``deep=False`` skips distance 2
    (the costly part) when only cheap, single edits can matter.
    """
    found = set(common_neighbours(word))
    if deep and len(word) >= 4:
        found |= _two_edits(word)
    found.discard(word)
    scored = _scored(word, max_cost)
    out = []
    for cand in found:
        c = scored.get(cand, _UNSCORED)
        if c is _UNSCORED:
            c = scored[cand] = _score(word, cand, max_cost)
        if c is not None:
            out.append(c)
    out.sort(key=lambda c: (-c.score, c.word))
    return tuple(out)


# The dearest candidate ``candidates`` keeps (its default ``max_cost``).
_MAX_COST = 2.0


def candidates_within(word: str, deep: bool, dearest: Callable[[float], float],
                      keep: Callable[[str], bool] | None = None, first: bool = False) -> tuple[Candidate, ...]:
    """``candidates(word, deep=deep)`` less the candidates a caller would
    drop unread: those dearer than ``dearest(their Zipf)``, those ``keep``
    rejects and (``first``) those with another first letter; the rest in
    the same order, with the same values.  A bound lets the edit cost stop
    early (``edit_cost``'s limit) and most distance-2 words go unscored, the
    costly part of a search for a word that has no credible slip."""
    near = common_neighbours(word)
    if keep is not None or first:
        near = frozenset(c for c in near if (keep is None or keep(c)) and (not first or c[:1] == word[:1]))
    found = set(near)
    if deep and len(word) >= 4:
        found |= _two_edits(word, keep, first)
    found.discard(word)
    scored = _scored(word, _MAX_COST)
    out = []
    for cand in found:
        most = min(_MAX_COST, dearest(zipf(cand)))
        if most < 0.0:
            continue
        c = scored.get(cand, _UNSCORED)
        if c is _UNSCORED:
            c = _score(word, cand, most)
            if most >= _MAX_COST:
                scored[cand] = c  # as ``candidates`` scores it
            # (with a smaller bound, None means only "dearer than that")
        if c is not None and c.cost <= most:
            out.append(c)
    out.sort(key=lambda c: (-c.score, c.word))
    return tuple(out)


@forgettable
@lru_cache(maxsize=65536)
def common_neighbours(word: str) -> frozenset[str]:
    """The common words one edit from ``word`` (cached: asked for every rare token)."""
    # Words rarer than COMMON_ZIPF are never suggested (Settings.min_suggestion
    # is 2.5; long words have their own search, ``rare``), so the search
    # looks only among the common words.
    # ... and the other spelling of an -ally/-ly ending (``basicly``), one cheap slip.
    return frozenset((edits1(word) | set(ending_variants(word))) & common_words().keys())


@forgettable
@lru_cache(maxsize=4096)
def _scored(word: str, max_cost: float) -> dict[str, Candidate | None]:
    """The neighbours of ``word`` scored so far (None: dearer than
    ``max_cost``), filled in by ``candidates``: most words are searched
    both deep and shallow, and the near neighbours are scored once."""
    return {}


_UNSCORED = Candidate("", 0.0, 0.0, 0.0)


def _score(word: str, cand: str, max_cost: float) -> Candidate | None:
    cost = edit_cost(word, cand, max_cost)
    if cost > max_cost:
        return None
    z = zipf(cand)
    score = z - COST_WEIGHT * cost
    if cand[:1] != word[:1]:
        score -= _FIRST_LETTER_PENALTY
    if cand[-1:] != word[-1:]:
        score -= _LAST_LETTER_PENALTY
    if word.startswith(cand):
        score -= _TRUNCATION_PENALTY
    return Candidate(cand, z, cost, score)


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


_SOUND_LONG = 9


@forgettable
@lru_cache(maxsize=1)
def _sound_index() -> dict[str, tuple[str, ...]]:
    return stored("sound", f"{_DIST2_MIN_ZIPF}|{code_stamp(__file__)}", dict, _build_sound_index)


def _build_sound_index() -> dict[str, tuple[str, ...]]:
    # The same frequent words as the deletion index, five letters or more,
    # and the rarer common words of _SOUND_LONG letters or more: a long
    # word has few sound-alikes, so a rarer one is still the likely word
    # (``subsitiutions`` for substitutions, Zipf 2.98).
    threshold = 10 ** _DIST2_MIN_ZIPF / 1e9
    index: dict[str, list[str]] = {}
    for word, freq in common_words().items():
        if freq < threshold and len(word) < _SOUND_LONG:
            continue
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
        out.append(Candidate(cand, z, cost, z - COST_WEIGHT * cost))
    out.sort(key=lambda c: (-c.score, c.word))
    return tuple(out)
