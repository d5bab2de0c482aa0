"""NL502's shipped lists run only with the entries a line may hold (issue 12, branch speed15).

The two lists (``ai_leakage*``, ``ai_chatty*``: 131 entries) were one
pattern scanned in the windows around a candidate line's anchors, and on
news it found nothing in about 0.08 CPU s a pass over bbc-dev.  Every match
of an entry holds one of a few literal strings once the line's white space
is folded (heads.py: ``as an``, ``regenerate``, ``i've``), and those strings
go into the gate table's Aho-Corasick pass that each candidate line already
gets (gate_table.py).  The entries none of whose strings is in the line
cannot match in it; the others are searched one by one in the windows and
merged as the alternation tries them (the leftmost match, of the first entry
in the lists' order there, then on after its end): the same matches, since
an entry that cannot match anywhere in the line changes nothing where
another one matches.  Half of bbc-dev's candidate lines hold no entry's
strings and are not scanned at all; lists 0.10 -> 0.04 CPU s a pass.  (A
pattern compiled per set of entries gave the same matches, but bbc-dev has
145 such sets: 0.18 s of compiling in a first pass.)
"""
from __future__ import annotations

import re
import sys
from functools import lru_cache
from typing import Iterator, NamedTuple

from ... import buildcache
from .candidates import Finder, chatty_entries, leakage_entries, whole_lists
from .heads import contained_strings
from .word_start import guarded_sources

if sys.version_info >= (3, 11):
    import re._parser as _sre
else:  # pragma: no cover - the parser before Python 3.11 moved it
    import sre_parse as _sre

class ListGate(NamedTuple):
    # (source, unmistakable) of every entry, in the lists' order.
    entries: tuple[tuple[str, bool], ...]
    # Per string, the entries one of whose strings it is.
    by_string: dict[str, frozenset[int]]
    # The entries no strings were read from: always in the pattern.
    always: frozenset[int]
    # Whether an entry may match the empty string (then the whole lists run).
    empty: bool


@lru_cache(maxsize=None)
def list_gate() -> ListGate:
    entries = tuple((s, True) for s in guarded_sources(leakage_entries())) + tuple(
        (s, False) for s in guarded_sources(chatty_entries())
    )
    by_string: dict[str, set[int]] = {}
    always = set()
    for i, (source, _) in enumerate(entries):
        strings = contained_strings(source)
        if strings is None:
            always.add(i)
            continue
        for s in strings:
            by_string.setdefault(s, set()).add(i)
    empty = any(map(_may_be_empty, (source for source, _ in entries)))
    return ListGate(entries, {s: frozenset(ix) for s, ix in by_string.items()}, frozenset(always), empty)


# Kept between runs: parsing the 131 entries cost 0.08 s of each start.
@buildcache.kept(buildcache.booleans)
def _may_be_empty(source: str) -> bool:
    return bool(_sre.parse(source).getwidth()[0] == 0)


def list_strings() -> frozenset[str]:
    """Every entry's strings (for the gate table's pass)."""
    return frozenset(list_gate().by_string)


def lists_for(present: set[str] | None) -> Finder | None:
    """What finds the lists' matches in a line whose gate-table strings are
    ``present`` (None: not known, the whole lists), or None when no entry
    can match in it."""
    if present is None:
        return whole_lists
    gate = list_gate()
    chosen = set(gate.always)
    for s in present:
        got = gate.by_string.get(s)
        if got is not None:
            chosen |= got
    if not chosen:
        return None
    if gate.empty:
        return whole_lists
    return _Chosen(sorted(chosen))


@lru_cache(maxsize=None)
def _entry(i: int) -> re.Pattern[str]:
    """One entry as fast_lists() tries it (compiled once, kept by patterncache)."""
    return re.compile(rf"(?<!\w)(?:{list_gate().entries[i][0]})", re.MULTILINE)


class _Chosen:
    """fast_lists().finditer of the chosen entries, each searched alone: at
    the leftmost place any of them matches, the first of them in the lists'
    order matching there wins (as in the alternation), and the scan goes on
    after its match (no entry matches the empty string: list_gate().empty)."""

    def __init__(self, chosen: list[int]) -> None:
        entries = list_gate().entries
        self.patterns = [_entry(i) for i in chosen]
        self.sure = [entries[i][1] for i in chosen]

    def __call__(self, low: str, pos: int, endpos: int) -> Iterator[tuple[int, int, bool]]:
        patterns = self.patterns
        found = [p.search(low, pos, endpos) for p in patterns]
        while True:
            best = -1
            for k, m in enumerate(found):
                if m is not None and (best < 0 or m.start() < found[best].start()):  # type: ignore[union-attr]
                    best = k
            if best < 0:
                return
            m = found[best]
            assert m is not None
            yield m.start(), m.end(), self.sure[best]
            pos = m.end()
            for k, other in enumerate(found):
                if other is not None and other.start() < pos:
                    found[k] = patterns[k].search(low, pos, endpos)
