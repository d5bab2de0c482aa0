"""Alternations the stdlib engine can skip through: no ``\\b`` leading an alternative.

The engine tries the alternatives of an alternation one by one at every
position, but skips one at the cost of a single comparison when it starts with
a literal character (or a character class).  A list entry's pattern starts
with ``\\b`` (``phrases.phrase_source``), which defeats that; inside a
word-start guard (``(?<!\\w)`` or an outer ``\\b``) the ``\\b`` says nothing
the guard has not said, so it can go.  Same matches, about three times faster
on news text.
"""
from __future__ import annotations

import sys
from typing import Any, Iterable

if sys.version_info >= (3, 11):
    import re._constants as _c
    import re._parser as _sre
else:  # pragma: no cover - the parser before Python 3.11 moved it
    import sre_constants as _c
    import sre_parse as _sre

from ... import buildcache
from ...phrases import phrase_source

_B = r"\b"
_REPEATS = (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None))


def _word_char(code: int) -> bool:
    ch = chr(code)
    return ch.isalnum() or ch == "_"


def _starts_with_word_char(items: list[Any]) -> bool:
    """Whether every match of the parsed sequence starts with a word character."""
    for k, (op, av) in enumerate(items):
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue  # zero-width: the next node consumes the first character
        if op is _c.LITERAL:
            return _word_char(av)
        if op is _c.IN:
            return bool(av) and all(o is _c.LITERAL and _word_char(v) for o, v in av)
        if op is _c.SUBPATTERN:
            return _starts_with_word_char(list(av[3]) + items[k + 1 :])
        if op is _c.BRANCH:
            return all(_starts_with_word_char(list(b) + items[k + 1 :]) for b in av[1])
        if op in _REPEATS:
            low, _high, sub = av
            first = _starts_with_word_char(list(sub))
            return first if low >= 1 else first and _starts_with_word_char(items[k + 1 :])
        return False
    return False  # may match the empty string


def after_guard(source: str, *, same_position: bool = False) -> str:
    """``source`` less a leading ``\\b``, for use right after a word-start
    guard: ``(?<!\\w)`` when every match starts with a word character (the
    boundary then always holds), or another ``\\b`` at the same position
    (``same_position``: it always holds).  Otherwise ``source`` unchanged."""
    if not source.startswith(_B):
        return source
    rest = source[len(_B) :]
    if same_position or _opens_with_word_char(rest):
        return rest
    return source


# Kept between runs: parsing NL502's entries cost about 0.04 s of each start.
@buildcache.kept(buildcache.booleans)
def _opens_with_word_char(source: str) -> bool:
    return _starts_with_word_char(list(_sre.parse(source)))


def guarded_alternation(entries: Iterable[str], *, same_position: bool = False) -> str:
    """``phrases.alternation`` for use right after a word-start guard, each
    alternative's redundant leading ``\\b`` removed (see :func:`after_guard`)."""
    alts = "|".join(f"(?:{source})" for source in guarded_sources(entries, same_position=same_position))
    return alts or "(?!)"


def guarded_sources(entries: Iterable[str], *, same_position: bool = False) -> list[str]:
    """The alternatives of :func:`guarded_alternation`, one source each."""
    return [_entry_after_guard(e, same_position) for e in entries]


def _entry_after_guard(entry: str, same_position: bool) -> str:
    source = phrase_source(entry)
    if not entry.startswith("re:") and source.startswith(_B) and (same_position or _word_char(ord(entry[0]))):
        # A plain phrase: its \b is there only when it starts with a word
        # character (no need to parse it to know).
        return source[len(_B) :]
    return after_guard(source, same_position=same_position)
