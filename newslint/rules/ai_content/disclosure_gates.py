"""NL501: which of is_disclosure's patterns may match a sentence, from their literal strings (issue 12, branch speed17).

On bbc-dev is_disclosure runs on some 750 sentences that name an agent
("software", "computer"), and most of its time went to patterns that match
none of them: ``made_this`` alone (a search from every agent) was a quarter.
Every match of such a pattern holds one of a few literal strings, read off
its parse (heads.case_free_strings: the making verbs for ``made_this``), so
one pass of an Aho-Corasick automaton over the sentence's folded lower case
(heads.fold) tells which patterns cannot match, and those are not searched.
A pattern no strings are read from is always searched; so is every pattern
in a sentence whose lower case changes its length or that holds a character
a case-insensitive pattern matches with a letter its lower case is not
(shapes.CASE_FOLD_EXCEPTIONS), and every pattern without pyahocorasick.
tests/test_ai_disclosure_gates.py checks the gate against the searches.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any, NamedTuple

import regex

from .heads import automaton, case_free_strings, fold
from .shapes import CASE_FOLD_EXCEPTIONS
from .terms import terms


class _Gate(NamedTuple):
    # The gated patterns, by their place in the tuple.
    patterns: tuple[regex.Pattern[str], ...]
    # Whether each pattern has strings (one without is always searched).
    gated: tuple[bool, ...]
    # The strings of all, each with the places of the patterns that hold it.
    found: Any


@lru_cache(maxsize=None)
def _gate() -> _Gate:
    t = terms()
    patterns = (t.made_this, t.generation, *t.composed)
    owners: dict[str, set[int]] = {}
    gated = []
    for k, pattern in enumerate(patterns):
        got = case_free_strings(pattern)
        gated.append(got is not None)
        for s in got or ():
            owners.setdefault(s, set()).add(k)
    found = automaton(set(owners))
    if found is not None:
        for s, ks in owners.items():
            found.add_word(s, frozenset(ks))
        found.make_automaton()
    return _Gate(patterns, tuple(gated), found)


def possible(sentence: str) -> frozenset[regex.Pattern[str]] | None:
    """The gated patterns that may match the sentence (every one with no
    strings among them), or None when the gate cannot tell (all may)."""
    gate = _gate()
    low = sentence.lower()
    if gate.found is None or len(low) != len(sentence) or any(c in sentence for c in CASE_FOLD_EXCEPTIONS):
        return None
    places = {k for k, has in enumerate(gate.gated) if not has}
    for _, ks in gate.found.iter(fold(low)):
        places |= ks
    return frozenset(gate.patterns[k] for k in places)


def may_match(pattern: regex.Pattern[str], possible: frozenset[regex.Pattern[str]] | None) -> bool:
    """Whether ``pattern`` (gated here or not) is worth searching, given
    :func:`possible`'s answer for the sentence."""
    return possible is None or pattern in possible or pattern not in _gate().patterns
