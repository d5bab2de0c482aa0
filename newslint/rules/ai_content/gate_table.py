"""NL502's shape gates answered from one scan of the line (issue 12, branch leak9).

Each shape has gates (shapes.py, compose.py): stdlib searches of the
lower-cased line that find something wherever the shape matches.  Run one
after another they cost about fifty searches of every candidate line, most
of NL502's time on news.  But most gates are alternations of literals
(``sorry|unfortunately|apologies``), and every match of such a gate starts
with one of its alternatives' literal heads.  So the heads of all gates go
into one table; one scan of the line finds which heads occur in it, and a
gate none of whose heads occurs cannot find anything: its shape is skipped
with a set test instead of a search.  The heads are read from each gate's
parsed pattern, so a gate edited in the data or the code keeps its table
right; a gate none can be read from is still searched.

Since branch speed10 the heads are strings every match *holds* in the line
with its white space folded (heads.py): they go on across ``\\s+`` (``in``
became ``in character as``, ``me`` ``me to``) and may start past what opens
a match without a literal, so a line holding the gate's first word passes
the set test only when it holds the words after it too: on bbc-dev's
candidate lines the gate searches left after the set test fell from about
0.17 to 0.05 CPU s a pass, the same shapes opened.

Since branch speed13 the heads in a line are found by an Aho-Corasick
automaton (``pyahocorasick``) when it is installed: one pass of the folded
line in C lists every occurrence of every head, the set the trie's searches
gave (one search per find, restarted one past it, each trying the trie at
every position): on bbc-dev's candidate lines 0.127 -> 0.034 CPU s a pass.
Without the package the trie's searches answer, the same set
(tests/test_ai_speed.py compares them).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, NamedTuple

from .candidates import literal_trie
from .heads import automaton as _automaton
from .heads import case_free_strings, fold, pattern_strings
from .leakage_score import score_patterns
from .learned import part_gate
from .list_gate import list_strings
from .shapes import shape_gates
from .shapes import shapes as shape_patterns

# The shortest string a shape's own set (heads.case_free_strings) may hold.
OWN_SHORTEST = 4


def gate_heads(gate: re.Pattern[str]) -> frozenset[str] | None:
    """Literal strings one of which every match of the gate holds in the
    white-space-folded line (heads.py); None when none are read off."""
    return pattern_strings(gate)


class GateTable(NamedTuple):
    # Every head: of every gate, of the strong signals, the lists' and the rest below.
    every: frozenset[str]
    # Per shape, the head sets of its gates that have heads.
    keyed: tuple[tuple[frozenset[str], ...], ...]
    # Per head, the shapes one of whose head sets (the one with the longest
    # shortest head: the rarest, likely) holds it: a line's shapes to try are
    # the union over its heads, not a pass over every shape.
    shapes_of: dict[str, tuple[int, ...]]
    # The weak-signal score's strong signals (leakage_score.py: advice or a
    # requester phrase, one of which a line without "!" or a dash needs to
    # score): the strings one of which every match holds, or None.
    strong: frozenset[str] | None
    # The learned scorer's line gate for a part of the text (learned.py:
    # "the intro", "alt text"): the strings one of which every match holds, or
    # None.  Without one (two lines in three on bbc-dev) it is not searched.
    part: frozenset[str] | None
    # The words a reply's opener starts with (leakage_score.py): without one,
    # and without a strong signal, a line scores nothing.
    opener: frozenset[str] | None
    # Every head as a key of an Aho-Corasick automaton (its value the head):
    # what ``scan`` finds, in one C pass; None without pyahocorasick.
    automaton: Any = None

    @property
    def scan(self) -> re.Pattern[str]:
        """Every head as one pattern: the longest head that starts at a
        position (a trie, greedy).  Searched again one position past each
        find, so heads that overlap are all seen (a lookahead scan did the
        same, about a sixth slower: the engine can then skip to a head's
        first character).  Built only without the automaton (or when asked)."""
        return _trie(self.every)[0]

    @property
    def prefixes(self) -> dict[str, frozenset[str]]:
        """Per head, the heads it starts with (itself too): all present when it is."""
        return _trie(self.every)[1]


@lru_cache(maxsize=2)
def _trie(every: frozenset[str]) -> tuple[re.Pattern[str], dict[str, frozenset[str]]]:
    prefixes = {h: frozenset(h[:n] for n in range(1, len(h) + 1) if h[:n] in every) for h in every}
    return re.compile(literal_trie(sorted(every))), prefixes


@lru_cache(maxsize=None)
def gate_table() -> GateTable:
    keyed: list[tuple[frozenset[str], ...]] = []
    every: set[str] = set()
    for gates, shape in zip(shape_gates(), shape_patterns()):
        heads = [h for h in map(gate_heads, gates) if h is not None]
        # The shape's own strings, a gate with no search (heads.case_free_strings).
        # Only long strings: short ones ("ai", "con", cut short where a list
        # is long) are in nearly every line and only add to the scan's finds.
        own = case_free_strings(shape)
        if own is not None and min(map(len, own)) >= OWN_SHORTEST:
            heads.append(own)
        keyed.append(tuple(heads))
        every.update(x for h in heads for x in h)
    # Read in the same scan: the score's pattern searches the same lower case.
    strong = pattern_strings(score_patterns().strong)
    every.update(strong or ())
    opener = case_free_strings(score_patterns().opener_words)
    every.update(opener or ())
    part = pattern_strings(part_gate())
    every.update(part or ())
    # And the shipped lists' strings (list_gate.py): which entries a line may hold.
    every.update(list_strings())
    shapes_of: dict[str, list[int]] = {}
    for k, sets in enumerate(keyed):
        for h in max(sets, key=lambda heads: min(map(len, heads))):
            shapes_of.setdefault(h, []).append(k)
    shapes = {h: tuple(ks) for h, ks in shapes_of.items()}
    return GateTable(frozenset(every), tuple(keyed), shapes, strong, part, opener, _automaton(every))


def heads_in(low: str, start: int, end: int) -> set[str]:
    """The heads (the gates' and the strong signals') that occur in
    low[start:end] once its white space is folded."""
    table = gate_table()
    line = fold(low[start:end])
    if table.automaton is not None:
        # Every occurrence of every head, overlapping ones too: the set below.
        return {head for _, head in table.automaton.iter(line)}
    return trie_heads_in(line)


def trie_heads_in(line: str) -> set[str]:
    """:func:`heads_in` of a folded line by the trie's searches (without
    pyahocorasick): the longest head at each place found, and its prefixes."""
    table = gate_table()
    found: set[str] = set()
    prefixes = table.prefixes
    search = table.scan.search
    m = search(line)
    while m is not None:
        found |= prefixes[m.group()]
        m = search(line, m.start() + 1)
    return found


def open_shapes(low: str, start: int, end: int, present: set[str] | None = None) -> list[int]:
    """The shapes (indexes into shapes.shapes()) whose gates each find
    something in low[start:end], in order: the same as searching every
    gate, with set tests first (``present``: the line's :func:`heads_in`,
    when the caller has it)."""
    table = gate_table()
    if present is None:
        present = heads_in(low, start, end)
    tried = sorted({k for h in present for k in table.shapes_of.get(h, ())})
    gates = shape_gates()
    return [
        k
        for k in tried
        if all(not h.isdisjoint(present) for h in table.keyed[k]) and all(g.search(low, start, end) is not None for g in gates[k])
    ]


def may_name_part(present: set[str]) -> bool:
    """Whether the learned scorer's part-of-the-text gate may match in a line
    whose :func:`heads_in` is ``present`` (False: it cannot, no search needed)."""
    part = gate_table().part
    return part is None or not part.isdisjoint(present)


def may_be_strong(present: set[str]) -> bool:
    """Whether the score's strong-signal pattern may match in a line whose
    :func:`heads_in` is ``present`` (False: it cannot, no search needed)."""
    strong = gate_table().strong
    return strong is None or not strong.isdisjoint(present)


def may_open(present: set[str]) -> bool:
    """Whether a reply's opener may start in a line whose :func:`heads_in` is
    ``present`` (False: none of its words is there)."""
    opener = gate_table().opener
    return opener is None or not opener.isdisjoint(present)
