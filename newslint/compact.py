"""Compact forms for huge documents: sequences that build their items on
access, and word counts of a huge text read in pieces.

A list of a million ``Line`` tuples costs about 170 bytes a line; these
views keep two machine integers a line and make the tuple when a rule asks
for it.  They compare, index, slice and iterate like the lists they stand
for, so rules cannot tell the difference; documents of ordinary size keep
plain lists (faster to walk many times).
"""
from __future__ import annotations

import re
from array import array
from typing import Any, Callable, Iterator, Protocol, Sequence, TypeVar, overload

T = TypeVar("T")

# Above this many lines a document's lines, sentences and paragraphs (and the
# scraping rules' per-line data) are kept compact.
COMPACT_LINES = 50_000


def offsets(values: Any = ()) -> array:
    """An array of offsets or counts (64-bit)."""
    return array("q", values)


def indices(bound: int, values: Any = ()) -> array:
    """An array of integers in ``[-1, bound)`` (line numbers, word counts, offsets
    into one text): 32-bit when ``bound`` allows, half the size of :func:`offsets`."""
    return array("i" if bound < 1 << 31 else "q", values)


class View(Sequence[T]):
    """Items ``make(k)`` for ``k`` in ``range(start, stop)``."""

    __slots__ = ("make", "start", "stop")

    def __init__(self, make: Callable[[int], T], length: int, start: int = 0) -> None:
        self.make = make
        self.start = start
        self.stop = start + length

    def __len__(self) -> int:
        return self.stop - self.start

    @overload
    def __getitem__(self, index: int) -> T: ...

    @overload
    def __getitem__(self, index: slice) -> View[T]: ...

    def __getitem__(self, index: int | slice) -> T | View[T]:
        n = self.stop - self.start
        if type(index) is int and 0 <= index < n:  # the common case first: it is hot
            return self.make(self.start + index)
        if isinstance(index, slice):
            first, last, step = index.indices(n)
            if step != 1:
                return [self[k] for k in range(first, last, step)]  # type: ignore[return-value]
            return View(self.make, max(0, last - first), self.start + first)
        if index < 0:
            index += n
        if not 0 <= index < n:
            raise IndexError("index out of range")
        return self.make(self.start + index)

    def __iter__(self) -> Iterator[T]:
        make = self.make
        for k in range(self.start, self.stop):
            yield make(k)

    def __reversed__(self) -> Iterator[T]:
        make = self.make
        for k in range(self.stop - 1, self.start - 1, -1):
            yield make(k)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence) or len(other) != len(self):
            return NotImplemented if not isinstance(other, Sequence) else False
        return all(a == b for a, b in zip(self, other))

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"<{len(self)} items built on access>"


def compact_or_list(items: Sequence[T] | Iterator[T], make: Callable[[int], T], length: int) -> Sequence[T]:
    """``list(items)`` for a small sequence, else a :class:`View` over ``make``."""
    if length <= COMPACT_LINES:
        return list(items)
    return View(make, length)


# Text longer than this is read in pieces by the helpers below: ``text.split()``
# or ``pattern.findall(text)`` on one 50 MB line builds millions of strings at
# once (about 60 bytes a word: 500 MB).
LONG_TEXT = 1 << 20


def pieces(text: str, size: int = LONG_TEXT) -> Iterator[str]:
    """``text`` in slices of about ``size`` characters, each cut just after a
    space, so that no run of non-space characters (a word) is cut in two."""
    start, n = 0, len(text)
    while start < n:
        cut = text.find(" ", start + size) if start + size < n else -1
        end = n if cut < 0 else cut + 1
        yield text[start:end]
        start = end


def word_count(text: str) -> int:
    """``len(text.split())`` without the list of words of a huge text."""
    if len(text) <= LONG_TEXT:
        return len(text.split())
    return sum(len(piece.split()) for piece in pieces(text))


def has_text(text: str) -> bool:
    """``bool(text.strip())`` without the stripped copy of a huge text."""
    return bool(text) and not text.isspace()


def normalised(text: str) -> str:
    """``" ".join(text.split())`` without the list of words of a huge text
    (and, when its spacing is normal already, as the text itself or its strip)."""
    if len(text) <= LONG_TEXT:
        return " ".join(text.split())
    core = text.strip()
    if "  " not in core and not _OTHER_SPACE.search(core):
        return core
    return " ".join(filter(None, (" ".join(piece.split()) for piece in pieces(core))))


# Whitespace but the plain space (re's \s is str.isspace(), the test split uses).
_OTHER_SPACE = re.compile(r"[^\S ]")


class _FindAll(Protocol):
    def findall(self, text: str) -> list[Any]: ...


def count_matches(pattern: _FindAll, text: str) -> int:
    """``len(pattern.findall(text))`` for a pattern whose matches never hold a
    space and need no context past one, without the list of a huge text's matches."""
    if len(text) <= LONG_TEXT:
        return len(pattern.findall(text))
    return sum(len(pattern.findall(piece)) for piece in pieces(text))
