"""The learned scorer's class searches left out where they cannot match (issue 12, branch speed14).

The scorer (learned.py) asks of each sentence it reads whether each of some
twenty class patterns finds something in its lower case: a search per class,
most finding nothing (an inability phrase, a writer's role, a media noun).
Every match of such a pattern holds one of a few literal strings once the
text's white space is folded (heads.py), so one pass of an Aho-Corasick
automaton over the folded sentence lists the strings it holds, and a class
none of whose strings is there is answered "no" without its search: the same
answer.  Without pyahocorasick every class is searched, as before
(tests/test_ai_speed.py compares the features both ways).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, NamedTuple

from .heads import automaton, fold, pattern_strings

# Only the classes whose strings are all at least this long are gated: a
# gate of "i" or "he" would pass nearly every sentence and only add to the
# automaton's finds.
SHORTEST_STRING = 3


class ClassGate(NamedTuple):
    # Every string of every gated class, as keys of an Aho-Corasick automaton.
    automaton: Any
    # Per gated class, its strings.
    strings: dict[str, frozenset[str]]


@lru_cache(maxsize=None)
def class_gate(named: tuple[tuple[str, re.Pattern[str]], ...]) -> ClassGate | None:
    """The gate of the named class patterns (those with strings to read, all
    of them long enough), or None without pyahocorasick."""
    strings: dict[str, frozenset[str]] = {}
    for name, pattern in named:
        got = pattern_strings(pattern)
        if got and min(map(len, got)) >= SHORTEST_STRING:
            strings[name] = got
    found = automaton(set().union(*strings.values())) if strings else None
    return None if found is None else ClassGate(found, strings)


# The scorer's classes gated (a reply class as "r:" + its name).
_CLASSES = ("making", "meta", "second", "offer", "about", "offer_work", "meta_ref", "unable", "fabricated", "media", "role")
_REPLY_CLASSES = ("part", "part_ref", "requester", "handover", "hedge", "fit", "edit", "world", "own_world")


@lru_cache(maxsize=None)
def feature_gate() -> ClassGate | None:
    """The gate of the scorer's class searches, or None without pyahocorasick."""
    from .learned import classes, reply_classes  # learned.py asks for this gate

    c, r = classes(), reply_classes()
    named = [(k, getattr(c, k)) for k in _CLASSES] + [("r:" + k, getattr(r, k)) for k in _REPLY_CLASSES]
    return class_gate(tuple(named))


class Searcher:
    """Whether a class pattern finds something in a sentence's lower case,
    its search left out when the sentence holds none of the class's strings
    (``gate`` None: every class searched)."""

    def __init__(self, low: str, gate: ClassGate | None) -> None:
        self.low = low
        self.strings = gate.strings if gate is not None else {}
        self.present = {s for _, s in gate.automaton.iter(fold(low))} if gate is not None else set()

    def __call__(self, name: str, pattern: re.Pattern[str]) -> bool:
        strings = self.strings.get(name)
        if strings is not None and strings.isdisjoint(self.present):
            return False
        return pattern.search(self.low) is not None
