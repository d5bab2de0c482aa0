"""What a label entry's every match must hold, read from its parse (NL301's gates, issue 12).

An interface-list entry (``type to search``, ``re:more\\s+(?:from|on)\\s+\\S.{0,40}``)
can only match a line whose case-folded text, its white space folded to single
spaces (:func:`fold`), holds certain ASCII strings:
the strings it opens with (``more``), or, for one that may open with
anything (``re:(?:\\S+\\s+){0,3}newsletters?``), strings further in
(``newsletter``).  :mod:`.label_gates` tests a line for them before the label
patterns are tried.  The strings are read from the entry itself, so an entry
edited in the data, or a user's ``extend`` entry, keeps them right; an entry
they cannot be read from gives ``None`` (its pattern is always tried).

Only ASCII letters, digits and a little punctuation are read as literals:
each matches, case-insensitively and with full case folding (the patterns'
``VERSION1``), only characters whose ``str.casefold`` holds its own lower
case, but for the dotless ``ı`` that ``I`` matches (CASE_FOLD_EXCEPTIONS;
tests/test_label_gates.py checks every code point), so a line's
``casefold()`` without one holds the strings wherever the pattern matches.
"""
from __future__ import annotations

import re
import sys
from typing import Any, Optional

from ...phrases import phrase_source

if sys.version_info >= (3, 11):
    import re._constants as _c
    import re._parser as _sre
else:  # pragma: no cover - the parser before Python 3.11 moved it
    import sre_constants as _c
    import sre_parse as _sre

# Characters read as literals: they match only themselves and their case
# variants, and the case variants' casefold holds the lower case.
_READ = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'-:./&")
# Characters an ASCII literal matches case-insensitively whose casefold does
# not hold the literal's lower case: a line holding one is not gated.
CASE_FOLD_EXCEPTIONS = "\u0131"  # "ı"
_ZERO_WIDTH = (_c.AT, _c.ASSERT, _c.ASSERT_NOT)
_REPEATS = tuple(op for op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)) if op is not None)
# Most strings read off one alternation before giving up on it (a prefix
# of each would be held too, but says less).
_MOST = 64
# The ``regex``-only syntax the standard parser reads otherwise or not at
# all: an entry holding any is not read.
_REGEX_ONLY = re.compile(r"\\[pPLXmMNK]|\[\[:|\(\?[|V&(>r]|\(\?<[A-Za-z]|--|&&|~~|\{e|\(\*|\+\+|\*\+|\?\+|\}\+")

Item = Any
# (strings, exact): every match opens with one of the strings; ``exact``:
# every match *is* one of them (so what follows goes on from each).
Heads = tuple[frozenset[str], bool]


_SPACE = " "


def fold(text: str) -> str:
    """``text`` with each run of white space as one space and none at its ends:
    the form the strings are read for (``str.split`` splits at every character
    the ``regex`` engine's ``\\s`` matches; tests/test_label_gates.py checks)."""
    return _SPACE.join(text.split())


def _is_space(item: Item) -> bool:
    """Whether the item matches one white-space character (``\\s``, a space)."""
    op, av = item
    if op is _c.LITERAL:
        return chr(av) == _SPACE
    return op is _c.IN and len(av) == 1 and av[0] == (_c.CATEGORY, _c.CATEGORY_SPACE)


def _trimmed(strings: frozenset[str]) -> frozenset[str]:
    """The strings without white space at their ends (the folded line has none
    at its own, and a part of a string a match holds is held too)."""
    return frozenset(s.strip(_SPACE) for s in strings)


def _heads(items: list[Item]) -> Heads:
    """Strings one of which every match of the sequence opens with (lower case)."""
    acc: frozenset[str] = frozenset({""})
    for item in items:
        got = _item(item)
        if got is None:
            return acc, False
        strings, exact = got
        # White space read once however many items match it: the line is folded so.
        joined = frozenset(a + (s[1:] if a.endswith(_SPACE) and s.startswith(_SPACE) else s) for a in acc for s in strings)
        if len(joined) > _MOST:
            return acc, False
        acc = joined
        if not exact:
            return acc, False
    return acc, True


def _item(item: Item) -> Optional[Heads]:
    op, av = item
    if _is_space(item):
        return frozenset({_SPACE}), True
    if op is _c.LITERAL:
        ch = chr(av)
        return (frozenset({ch.lower()}), True) if ch in _READ else None
    if op in _ZERO_WIDTH:
        return frozenset({""}), True
    if op is _c.SUBPATTERN:
        _group, add_flags, del_flags, body = av
        if add_flags or del_flags:
            return None
        return _heads(list(body))
    if op is _c.BRANCH:
        out: set[str] = set()
        exact = True
        for branch in av[1]:
            strings, whole = _heads(list(branch))
            out |= strings
            exact = exact and whole
            if len(out) > _MOST:
                return None
        return frozenset(out), exact
    if op is _c.IN:
        chars = set()
        for kind, value in av:
            if kind is not _c.LITERAL or chr(value) not in _READ:
                return None
            chars.add(chr(value).lower())
        return frozenset(chars), True
    if op in _REPEATS:
        low, high, body = av
        if low < 1:
            return None
        if len(body) == 1 and _is_space(body[0]):
            return frozenset({_SPACE}), True  # "\\s+": one space in the folded line
        strings, exact = _heads(list(body))
        return strings, exact and low == high == 1
    return None


def needs(entry: str) -> Optional[frozenset[str]]:
    """Lower-case strings one of which every match of ``entry`` (a list entry,
    ``re:`` or plain) holds in a case-folded line: the ones it opens with, or
    else the longest-shortest set it holds further in; None when none can be
    read (then the entry may match anywhere)."""
    items = _parsed(entry)
    if items is None:
        return None
    best: Optional[frozenset[str]] = None
    for k in range(len(items)):
        strings = _trimmed(_heads(items[k:])[0])
        if "" in strings:
            continue
        if best is None or min(map(len, strings)) > min(map(len, best)):
            best = strings
    return best


def opening(entry: str) -> Optional[frozenset[str]]:
    """Lower-case strings one of which every match of ``entry`` opens with;
    None when a match may open with anything (or the entry is not read)."""
    items = _parsed(entry)
    if items is None:
        return None
    strings = _trimmed(_heads(items)[0])
    return None if "" in strings else strings


def opens_with_a_digit(entry: str) -> bool:
    """Whether every match of ``entry`` opens with a digit (``re:\\d+\\s+comments?``)."""
    items = _parsed(entry)
    while items and items[0][0] in _ZERO_WIDTH:
        items = items[1:]
    if not items:
        return False
    op, av = items[0]
    if op in _REPEATS and av[0] >= 1 and len(av[2]) == 1:
        op, av = av[2][0]
    return op is _c.IN and list(av) == [(_c.CATEGORY, _c.CATEGORY_DIGIT)]


def _parsed(entry: str) -> Optional[list[Item]]:
    source = phrase_source(entry)
    if _REGEX_ONLY.search(source):
        return None
    try:
        return list(_sre.parse(source, 0))
    except (re.error, OverflowError, RecursionError):
        return None
