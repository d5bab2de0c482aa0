"""Literal tests that spare most lines NL301's label patterns (issue 12, branch speed18).

Every line of every document is tried against the whole-line labels (over a
hundred entries, case-insensitive) and, where it is banner length, against
the banner phrases at each of its sentence starts: a third of NL301's time on
bbc-dev went on those two, and nearly every line fails both.  A label can only
match a line that holds its literal strings (:mod:`.literal_needs`):

* a whole-line label opens the line right after its lead (the lead is
  possessive, so where it ends is fixed): the line's case-folded text there,
  its white space folded (``literal_needs.fold``), must start with one of the
  entries' opening strings (``in case you missed it``), or with a digit for
  the entries that do (``re:\\d+\\s+comments?``), or, for the few that may
  open with anything (``re:(?:\\S+\\s+){0,3}newsletters?``), hold one of
  their inner strings anywhere;
* a banner phrase lies somewhere in the line: the case-folded line must hold
  one of the phrases' strings.

The patterns themselves are tried only where a test passes, so the findings
are theirs.  One Aho-Corasick pass (``pyahocorasick``) of the folded line
answers the banner test (without it, ``in`` tests answer); the few inner
strings of the whole-line labels are ``in`` tests.  A list with an entry no
strings can be read from has no gate: its pattern is always tried.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Callable, NamedTuple, Optional

import regex

from .labels import _LEAD, LabelLists
from .literal_needs import CASE_FOLD_EXCEPTIONS, fold, needs, opening, opens_with_a_digit

_SPACE = " "
# The whole-line labels' lead, possessive as there: where it ends, a label opens.
_LEAD_END = regex.compile(f"{_LEAD}+", regex.IGNORECASE | regex.VERSION1)
# White space other than single spaces between words (``re``'s ``\s`` is
# ``str.isspace``'s): a line without any is its own fold, but for its ends,
# which no string of a gate holds.
_ODD_SPACE = re.compile(r"[^\S ]|  ")
# The patterns' digits (``regex`` knows digits of newer Unicode than ``str.isdigit``).
_DIGIT = regex.compile(r"\d")


class LabelGates(NamedTuple):
    openings: Optional[tuple[str, ...]]  # None: whole-line labels always tried
    longest: int  # the longest opening string
    inner: tuple[str, ...]  # strings one of which a whole-line label that may open with anything holds
    inner_spaced: bool  # whether one of them holds a space (then the line is folded for them)
    digit: bool  # whether a whole-line label may open with a digit (``re:\\d+\\s+comments?``)
    banner: Optional[Callable[[str], bool]]  # whether a folded line holds a banner phrase's string; None: no gate


# No gate: every pattern tried.
_UNGATED = LabelGates(None, 0, (), False, False, None)


@lru_cache(maxsize=16)
def label_gates(lists: LabelLists) -> LabelGates:
    """The gates for one set of lists (cached per process, like the patterns)."""
    starts: set[str] = set()
    inner: set[str] = set()
    whole_gated, digit = True, False
    for entry in lists.headers + lists.lines:
        opens = opening(entry)
        if opens is not None:
            starts |= opens
            continue
        if opens_with_a_digit(entry):
            digit = True
            continue
        found = needs(entry)
        if found is None:
            whole_gated = False
            break
        inner |= found
    banner: Optional[Callable[[str], bool]] = None
    phrase_strings: set[str] = set()
    for entry in lists.phrases:
        found = needs(entry)
        if found is None:
            break
        phrase_strings |= found
    else:
        banner = _holder(frozenset(phrase_strings))
    if not whole_gated:
        return LabelGates(None, 0, (), False, False, banner)
    spaced = any(_SPACE in s for s in inner)
    return LabelGates(tuple(sorted(starts)), max(map(len, starts), default=0), tuple(sorted(inner)), spaced, digit, banner)


def _holder(strings: frozenset[str]) -> Callable[[str], bool]:
    """Whether a text holds one of the strings: one Aho-Corasick pass."""
    found = _automaton(strings)
    if found is not None:
        return lambda low: next(found.iter(low), None) is not None
    ordered = tuple(sorted(strings))
    return lambda low: any(s in low for s in ordered)


def _automaton(strings: frozenset[str]) -> Any:
    if not strings:
        return None
    try:
        import ahocorasick
    except ImportError:  # pragma: no cover - a dependency; the `in` tests answer without it
        return None
    if not getattr(ahocorasick, "unicode", False):
        return None  # pragma: no cover - a build for bytes takes no str keys
    found = ahocorasick.Automaton()
    for s in sorted(strings):
        found.add_word(s, s)
    found.make_automaton()
    return found


class LineTests:
    """The gates' answers for one line, each worked out when first asked."""

    __slots__ = ("text", "gates", "_low", "_folded")

    def __init__(self, text: str, gates: LabelGates) -> None:
        self.text = text
        # A line whose case folding hides a literal's match is not gated.
        self.gates = _UNGATED if not text.isascii() and CASE_FOLD_EXCEPTIONS in text else gates
        self._low: Optional[str] = None
        self._folded: Optional[str] = None

    def _lowered(self, folded: bool) -> str:
        """The line case-folded, and with ``folded`` its white space folded too."""
        if self._low is None:
            self._low = self.text.casefold()
        if not folded:
            return self._low
        if self._folded is None:
            # Most lines part their words with one space: their own fold but for the ends.
            self._folded = fold(self._low) if _ODD_SPACE.search(self._low) else self._low
        return self._folded

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
        if head.startswith(gates.openings) or gates.digit and _DIGIT.match(text, at):
            return True
        if not gates.inner:
            return False
        # The inner strings rarely hold a space (``http``, ``newsletter``): the line need not be folded.
        low = self._lowered(gates.inner_spaced)
        for s in gates.inner:
            if s in low:
                return True
        return False

    def may_open_banner(self) -> bool:
        """Whether a banner phrase may match anywhere in the line."""
        return self.gates.banner is None or self.gates.banner(self._lowered(True))


# labels._GLUE_POINT for ASCII text, through the standard library's engine
# (its characters outside ASCII cannot occur there; ``\p{Lu}`` is ``[A-Z]``):
# it is asked of nearly every line, and a ``regex`` search costs five times as much.
_ASCII_GLUE_POINT = re.compile(r"[.!?][\")]?[A-Z]")


def may_be_glued(text: str, glue_point: regex.Pattern) -> bool:
    """Whether ``glue_point`` (the labels' glue point) finds a place in ``text``."""
    return bool((_ASCII_GLUE_POINT if text.isascii() else glue_point).search(text))

