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
right; a gate whose matches need not start with a literal (``[!.]...``) has
no heads and is still searched.
"""
from __future__ import annotations

import re
import sys
from functools import lru_cache
from typing import Any, NamedTuple

if sys.version_info >= (3, 11):
    import re._constants as _c
    import re._parser as _sre
else:  # pragma: no cover - the parser before Python 3.11 moved it
    import sre_constants as _c
    import sre_parse as _sre

from .candidates import literal_trie
from .shapes import shape_gates

_ZERO_WIDTH = (_c.AT, _c.ASSERT, _c.ASSERT_NOT)


def _heads(items: list[Any]) -> set[str] | None:
    """Literal strings one of which starts every match of the parsed
    sequence (each non-empty), or None when no such set is read off."""
    k = 0
    while k < len(items) and items[k][0] in _ZERO_WIDTH:
        k += 1  # zero-width: the match starts at the next node
    run = ""
    while k < len(items) and items[k][0] is _c.LITERAL:
        run += chr(items[k][1])
        k += 1
    got = _node_heads(items[k]) if k < len(items) else None
    if got is None:
        return {run} if run else None
    # The parser factors a common head out of an alternation ("i'm|i am" is
    # "i" then a branch): the run goes on into the branch's heads.
    return {run + h for h in got}


def _node_heads(node: tuple[Any, Any]) -> set[str] | None:
    op, av = node
    if op is _c.SUBPATTERN:
        return _heads(list(av[3]))
    if op is _c.BRANCH:
        heads: set[str] = set()
        for branch in av[1]:
            got = _heads(list(branch))
            if got is None:
                return None
            heads |= got
        return heads
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and av[0] >= 1:
        return _heads(list(av[2]))
    return None


def gate_heads(gate: re.Pattern[str]) -> frozenset[str] | None:
    """The literal heads of a gate's matches (see :func:`_heads`); None when
    the gate is case-insensitive or its matches need not start with one."""
    if gate.flags & re.IGNORECASE:
        return None
    got = _heads(list(_sre.parse(gate.pattern, gate.flags)))
    return frozenset(got) if got else None


class GateTable(NamedTuple):
    # Every head of every gate, as one scan: at each position the longest
    # head that starts there (a trie, greedy), inside a lookahead so heads
    # that overlap are all seen.
    scan: re.Pattern[str]
    # Per head, the heads it starts with (itself too): all present when it is.
    prefixes: dict[str, frozenset[str]]
    # Per shape, the head sets of its gates that have heads.
    keyed: tuple[tuple[frozenset[str], ...], ...]
    # Per head, the shapes one of whose head sets (the one with the longest
    # shortest head: the rarest, likely) holds it: a line's shapes to try are
    # the union over its heads, not a pass over every shape.
    shapes_of: dict[str, tuple[int, ...]]


@lru_cache(maxsize=None)
def gate_table() -> GateTable:
    keyed: list[tuple[frozenset[str], ...]] = []
    every: set[str] = set()
    for gates in shape_gates():
        heads = [h for h in map(gate_heads, gates) if h is not None]
        keyed.append(tuple(heads))
        every.update(x for h in heads for x in h)
    prefixes = {h: frozenset(h[:n] for n in range(1, len(h) + 1) if h[:n] in every) for h in every}
    scan = re.compile(f"(?=({literal_trie(sorted(every))}))")
    shapes_of: dict[str, list[int]] = {}
    for k, sets in enumerate(keyed):
        for h in max(sets, key=lambda heads: min(map(len, heads))):
            shapes_of.setdefault(h, []).append(k)
    return GateTable(scan, prefixes, tuple(keyed), {h: tuple(ks) for h, ks in shapes_of.items()})


def heads_in(low: str, start: int, end: int) -> set[str]:
    """The gates' heads that occur in low[start:end]."""
    table = gate_table()
    found: set[str] = set()
    for longest in set(table.scan.findall(low, start, end)):
        found |= table.prefixes[longest]
    return found


def open_shapes(low: str, start: int, end: int) -> list[int]:
    """The shapes (indexes into shapes.shapes()) whose gates each find
    something in low[start:end], in order: the same as searching every
    gate, with set tests first."""
    table = gate_table()
    present = heads_in(low, start, end)
    tried = sorted({k for h in present for k in table.shapes_of.get(h, ())})
    gates = shape_gates()
    return [
        k
        for k in tried
        if all(not h.isdisjoint(present) for h in table.keyed[k]) and all(g.search(low, start, end) is not None for g in gates[k])
    ]
