"""Literal tests that spare most lines NL301's label patterns (issue 12, branch speed18).

Every line of every document is tried against the whole-line labels (over a
hundred entries, case-insensitive) and, where it is banner length, against
the banner phrases at each of its sentence starts: a third of NL301's time on
bbc-dev went on those two, and nearly every line fails both.  A label can only
match a line that holds its literal strings (:mod:`.literal_needs`):

* a whole-line label opens the line right after its lead (the lead is
  possessive, so where it ends is fixed): the line's case-folded text there,
  its white space folded (``literal_needs.fold``), must start with one of the
  entries' opening strings (``in case you missed it``), or, for the few
  entries that may open with anything (``re:\\d+\\s+comments?``), hold one of
  their inner strings anywhere;
* a banner phrase lies somewhere in the line: the case-folded line must hold
  one of the phrases' strings.

The patterns themselves are tried only where a test passes, so the findings
are theirs.  One Aho-Corasick pass (``pyahocorasick``) of the case-folded line
answers both "anywhere" tests; without it, ``in`` tests answer.  A list with
an entry no strings can be read from has no gate: its pattern is always tried.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Callable, Iterable, NamedTuple, Optional

import regex

from .labels import _LEAD, LabelLists
from .literal_needs import CASE_FOLD_EXCEPTIONS, fold, needs, opening

_WHOLE_INSIDE, _BANNER = 1, 2
# The whole-line labels' lead, possessive as there: where it ends, a label opens.
_LEAD_END = regex.compile(f"{_LEAD}+", regex.IGNORECASE | regex.VERSION1)
# White space other than single spaces between words (``re``'s ``\s`` is
# ``str.isspace``'s): a line without any is its own fold, but for its ends,
# which no string of a gate holds.
_ODD_SPACE = re.compile(r"[^\S ]|  ")


class LabelGates(NamedTuple):
    openings: Optional[tuple[str, ...]]  # None: whole-line labels always tried
    longest: int  # the longest opening string
    inside: int  # the bits of the "anywhere" tests that have strings
    holds: Callable[[str], int]  # the bits of the "anywhere" tests a case-folded line passes
    banner: bool  # whether the banner phrases have a gate


# No gate: every pattern tried.
_UNGATED = LabelGates(None, 0, 0, lambda low: 0, False)


@lru_cache(maxsize=16)
def label_gates(lists: LabelLists) -> LabelGates:
    """The gates for one set of lists (cached per process, like the patterns)."""
    starts: set[str] = set()
    anywhere: dict[str, int] = {}
    whole_gated = True
    for entry in lists.headers + lists.lines:
        opens = opening(entry)
        if opens is not None:
            starts |= opens
            continue
        inner = needs(entry)
        if inner is None:
            whole_gated = False
            break
        for s in inner:
            anywhere[s] = anywhere.get(s, 0) | _WHOLE_INSIDE
    phrase_needs = [needs(entry) for entry in lists.phrases]
    banner_gated = all(n is not None for n in phrase_needs)
    if banner_gated:
        for inner in phrase_needs:
            for s in inner or ():
                anywhere[s] = anywhere.get(s, 0) | _BANNER
    if not whole_gated:
        anywhere = {s: bits & ~_WHOLE_INSIDE for s, bits in anywhere.items() if bits & ~_WHOLE_INSIDE}
    inside = 0
    for bits in anywhere.values():
        inside |= bits
    openings = tuple(sorted(starts)) if whole_gated else None
    return LabelGates(openings, max(map(len, starts), default=0), inside, _holder(anywhere), banner_gated)


def _holder(strings: dict[str, int]) -> Callable[[str], int]:
    """A function giving the OR of the bits of the strings a text holds."""
    found = _automaton(strings)
    if found is not None:
        def holds(low: str) -> int:
            bits = 0
            for _, value in found.iter(low):
                bits |= value
            return bits
        return holds
    pairs = tuple(strings.items())
    return lambda low: _or(bits for s, bits in pairs if s in low)


def _or(bits: Iterable[int]) -> int:
    out = 0
    for b in bits:
        out |= b
    return out


def _automaton(strings: dict[str, int]) -> Any:
    if not strings:
        return None
    try:
        import ahocorasick
    except ImportError:  # pragma: no cover - a dependency; the `in` tests answer without it
        return None
    if not getattr(ahocorasick, "unicode", False):
        return None  # pragma: no cover - a build for bytes takes no str keys
    found = ahocorasick.Automaton()
    for s, bits in sorted(strings.items()):
        found.add_word(s, bits)
    found.make_automaton()
    return found


class LineTests:
    """The gates' answers for one line, each worked out when first asked."""

    __slots__ = ("text", "gates", "_bits")

    def __init__(self, text: str, gates: LabelGates) -> None:
        self.text = text
        # A line whose case folding hides a literal's match is not gated.
        self.gates = _UNGATED if not text.isascii() and CASE_FOLD_EXCEPTIONS in text else gates
        self._bits = -1

    def _anywhere(self) -> int:
        if self._bits < 0:
            low = self.text.casefold()
            if _ODD_SPACE.search(low):
                low = fold(low)  # most lines part their words with one space: no fold needed
            self._bits = self.gates.holds(low) if self.gates.inside else 0
        return self._bits

    def may_be_whole(self) -> bool:
        """Whether a whole-line label may match the line."""
        gates = self.gates
        if gates.openings is None:
            return True
        text = self.text
        at = _LEAD_END.match(text).end()
        # Case folding never shortens a text, and white space is folded: a
        # slice long enough once folded holds every opening's length (or
        # the whole rest of the line).
        reach = 2 * gates.longest
        while True:
            head = fold(text[at : at + reach].casefold())
            if len(head) > gates.longest or at + reach >= len(text):
                break
            reach *= 4
        if head.startswith(gates.openings):
            return True
        return bool(gates.inside & _WHOLE_INSIDE) and bool(self._anywhere() & _WHOLE_INSIDE)

    def may_open_banner(self) -> bool:
        """Whether a banner phrase may match anywhere in the line."""
        return not self.gates.banner or bool(self._anywhere() & _BANNER)
