"""Literal strings every match of a pattern holds, read from its parse (issue 12, branch speed10).

A gate of NL502 (shapes.py), or the weak-signal score's strong signals
(leakage_score.py), can only match a line holding one of a few literal
strings: ``let\\s+me\\s+know|tell\\s+me`` needs ``let me know`` or ``tell me``.
When every run of white space in the
line is folded into one space (:func:`fold`), a white-space run of the
pattern (``\\s+``, ``[^\\S\\n]*``, a space) is one space too, so the strings
go on across it; they stop at what is not a literal (``\\w+``, ``.``, a
large class) and may start after what opens a match without one (``\\W*``,
``\\d{2,4}``): what follows is still inside the match.  So one scan of the
folded line for all the strings (gate_table.py) tells which patterns cannot
match in it.  The strings are read from the parsed pattern, so an entry
edited in the data keeps them right, and a pattern they cannot be read from
gets ``None`` (always tried).
"""
from __future__ import annotations

import re
import sys
from typing import Any

import regex

from ... import buildcache

if sys.version_info >= (3, 11):
    import re._constants as _c
    import re._parser as _sre
else:  # pragma: no cover - the parser before Python 3.11 moved it
    import sre_constants as _c
    import sre_parse as _sre

_ZERO_WIDTH = (_c.AT, _c.ASSERT, _c.ASSERT_NOT)
_REPEATS = tuple(op for op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)) if op is not None)
_ATOMIC = getattr(_c, "ATOMIC_GROUP", None)
# A class of at most this many literal characters is read as a branch.
_SMALL_CLASS = 8
# Longest string read (a prefix of a string a match holds is held too), and
# most strings an alternation may have with what follows it (past that its
# strings stop at its end; past that again the length limit is halved).
_LONGEST = 16
_MOST = 64
_SPACE = " "
# One item of a parse: (opcode, argument).
Item = Any


class _TooMany(Exception):
    pass


def fold(text: str) -> str:
    """``text`` with every run of white space as one space (``\\s+`` -> `` ``):
    ``str.split`` and the ``re`` engine's ``\\s`` agree on what white space
    is (tests/test_ai_speed.py checks every code point)."""
    core = " ".join(text.split())
    if text[:1].isspace():
        core = _SPACE + core if core else _SPACE
    if text[-1:].isspace() and core != _SPACE:
        core += _SPACE
    return core


def _space_only(op: Any, av: Any) -> bool:
    """Whether the node matches one white-space character and nothing else."""
    if op is _c.LITERAL:
        return chr(av).isspace()
    if op is not _c.IN:
        return False
    if av == [(_c.CATEGORY, _c.CATEGORY_SPACE)]:
        return True
    # [^\S\n] and the like: not a non-space, not the listed characters.
    return (
        len(av) >= 2
        and av[0] == (_c.NEGATE, None)
        and av[1] == (_c.CATEGORY, _c.CATEGORY_NOT_SPACE)
        and all(o is _c.LITERAL for o, _ in av[2:])
    )


def _small_class(av: Any) -> list[str] | None:
    if len(av) <= _SMALL_CLASS and all(o is _c.LITERAL for o, _ in av):
        return [chr(v) for _, v in av]
    return None


def _join(head: str, tails: set[str]) -> set[str]:
    """``head`` followed by each tail, white space folded as the line's is."""
    out = set()
    for t in tails:
        if head.endswith(_SPACE) and t.startswith(_SPACE):
            t = t[1:]
        out.add(head + t)
    return out


def _spaces(op: Any, av: Any) -> bool:
    """Whether the node matches one or more white-space characters only."""
    if _space_only(op, av):
        return True
    return op in _REPEATS and av[0] >= 1 and len(av[2]) == 1 and _space_only(*av[2][0])


def _starts(items: list[Item], limit: int) -> set[str]:
    """Strings one of which begins every match of the sequence in the folded
    text ("" among them: a match may begin with nothing known)."""
    # A run of literals and white space is read in a loop, not a call each.
    head = ""
    i = 0
    while i < len(items) and len(head) < limit:
        op, av = items[i]
        if _spaces(op, av):
            if not head.endswith(_SPACE):
                head += _SPACE
        elif op is _c.LITERAL:
            head += chr(av)
        elif op not in _ZERO_WIDTH:
            break
        i += 1
    if i == len(items) or len(head) >= limit:
        return {head}
    op, av = items[i]
    rest = items[i + 1 :]
    left = limit - len(head)
    if op is _c.IN:
        chars = _small_class(av)
        tails = {""} if chars is None else _alternatives([[(_c.LITERAL, ord(ch))] for ch in chars], rest, left)
    elif op is _c.SUBPATTERN:
        tails = {""} if av[1] & re.IGNORECASE else _starts(list(av[3]) + rest, left)
    elif _ATOMIC is not None and op is _ATOMIC:
        tails = _starts(list(av) + rest, left)
    elif op is _c.BRANCH:
        tails = _alternatives([list(b) for b in av[1]], rest, left)
    elif op in _REPEATS:
        low, high, sub = av
        sub = list(sub)
        if len(sub) == 1 and _space_only(*sub[0]):
            # Optional white space (a run of it is one space, matched above).
            after = _starts(rest, left)
            tails = after | _join(_SPACE, after)
        else:
            # Once exactly (or not at all) goes on into what follows; more
            # times stops after the first.
            tails = _starts(sub + rest, left) if high == 1 else _starts(sub, left)
            if low == 0:
                tails = tails | _starts(rest, left)
    else:
        tails = {""}
    return _join(head, tails) if head else tails


def _alternatives(branches: list[list[Item]], rest: list[Item], limit: int) -> set[str]:
    """:func:`_starts` of one of ``branches`` then ``rest``; when that makes
    too many strings, of the branches alone (each begins the match too), cut
    shorter until they are few enough (a prefix of a held string is held)."""
    if len(branches) > _MOST:
        # A long word list: its strings cut to a few letters would say
        # little; nothing is read from it (a string after it may be).
        return {""}
    out: set[str] = set()
    for branch in branches:
        out |= _starts(branch + rest, limit)
        if len(out) > _MOST:
            break
    else:
        return out
    out = set().union(*(_starts(branch, limit) for branch in branches))
    while len(out) > _MOST:
        longest = max(map(len, out))
        if longest <= 1:
            raise _TooMany
        out = {h[: longest - 1] for h in out}
    return out


def _readable(item: Item) -> bool:
    """Whether strings go on through the item (a literal, white space, a
    small class): a start after it is read from the same strings' tails."""
    op, av = item
    return op is _c.LITERAL or op in _ZERO_WIDTH or _spaces(op, av) or (op is _c.IN and _small_class(av) is not None)


def _contained(items: list[Item], limit: int) -> set[str] | None:
    """Strings one of which every match of the sequence holds: those that
    begin it, or begin what follows a first part read as nothing, whichever
    set's shortest string is longest."""
    # What opens with nothing consumed says nothing about what a match holds.
    while items and items[0][0] in _ZERO_WIDTH:
        items = items[1:]
    if len(items) == 1 and items[0][0] is _c.BRANCH:
        out: set[str] = set()
        for branch in items[0][1][1]:
            got = _contained(list(branch), limit)
            if got is None:
                return None
            out |= got
        return out
    if len(items) == 1 and items[0][0] is _c.SUBPATTERN and not items[0][1][1] & re.IGNORECASE:
        return _contained(list(items[0][1][3]), limit)
    best: set[str] | None = None
    k = 0
    while k < len(items):
        got = _starts(items[k:], limit)
        if "" not in got and (best is None or min(map(len, got)) > min(map(len, best))):
            best = got
        # The next start worth trying is past the next item no string goes
        # through (strings from the items before it stop there anyway).
        k += 1
        while k < len(items) and _readable(items[k - 1]):
            k += 1
    return best


# Kept between runs: reading NL502's gates cost about 0.04 s of each start.
@buildcache.kept(buildcache.string_set_or_none)
def contained_strings(source: str, flags: int = 0) -> frozenset[str] | None:
    """Strings one of which every match of the pattern holds once its text's
    white space is folded (:func:`fold`); None when the pattern is
    case-insensitive or none are read off."""
    if flags & re.IGNORECASE:
        return None
    items = list(_sre.parse(source, flags))
    limit = _LONGEST
    while limit >= 1:
        try:
            got = _contained(items, limit)
        except _TooMany:
            limit //= 2
            continue
        return frozenset(got) if got else None
    return None


def pattern_strings(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """:func:`contained_strings` of a compiled pattern."""
    return contained_strings(pattern.pattern, pattern.flags)


# Syntax of the ``regex`` engine that the stdlib parser reads otherwise or not
# at all: a pattern holding any is not read (None), nor one with full case
# folding ("ss" matching "ß") or the engine's version 1 (set operations).
_REGEX_ONLY = re.compile(r"\\[pPLXmM]|\[\[:|\(\?[|V&(]|\(\?<[A-Za-z]|--|&&|~~|\{e|\(\*")


def case_free_strings(pattern: Any) -> frozenset[str] | None:
    """For a ``regex`` pattern matched in a text (case-insensitively or not):
    lower-case strings one of which every match holds once it is lower-cased
    and its white space folded (branch speed15: NL502's shapes read their own
    strings beside their gates'); None when none are read.  Each literal of
    the pattern matches characters that lower-case to its own lower case,
    but for the exceptions a text holding them is linted without the gates
    for (shapes.CASE_FOLD_EXCEPTIONS, and texts whose lower case changes
    length)."""
    source = pattern.pattern
    if pattern.flags & (regex.FULLCASE | regex.VERSION1) or _REGEX_ONLY.search(source):
        return None
    try:
        got = contained_strings(source, 0)
    except re.error:
        return None
    return frozenset(h.lower() for h in got) if got else None


def automaton(heads: set[str]) -> Any:
    """An Aho-Corasick automaton of ``heads``, or None when pyahocorasick is
    not installed or built for bytes (or there are no heads: an empty
    automaton cannot search)."""
    try:
        import ahocorasick
    except ImportError:  # pragma: no cover - a dependency; the callers' fallbacks answer without it
        return None
    if not heads or not getattr(ahocorasick, "unicode", False):
        # A build for bytes (compiled without AHOCORASICK_UNICODE) cannot take
        # str keys; the callers' fallbacks answer then.
        return None
    found = ahocorasick.Automaton()
    for head in sorted(heads):
        found.add_word(head, head)
    found.make_automaton()
    return found
