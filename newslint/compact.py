"""Read-only sequences that build their items on access, for huge documents.

A list of a million ``Line`` tuples costs about 170 bytes a line; these
views keep two machine integers a line and make the tuple when a rule asks
for it.  They compare, index, slice and iterate like the lists they stand
for, so rules cannot tell the difference; documents of ordinary size keep
plain lists (faster to walk many times).
"""
from __future__ import annotations

from array import array
from typing import Any, Callable, Iterator, Sequence, TypeVar, overload

T = TypeVar("T")

# Above this many lines a document's lines, sentences and paragraphs (and the
# scraping rules' per-line data) are kept compact.
COMPACT_LINES = 50_000


def offsets(values: Any = ()) -> array:
    """An array of offsets or counts (64-bit)."""
    return array("q", values)


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
