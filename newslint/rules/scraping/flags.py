"""NL302's flagged lines: a message code a line (a byte: a scraped page may flag a
million lines), kept in line order."""
from __future__ import annotations

from typing import Container, Iterable, Iterator

import regex


class Flags:
    """Flagged line indices and their message codes, in line order."""

    def __init__(self, lines: int, sticky: int) -> None:
        self.codes = bytearray(lines)
        self.sticky = sticky

    def mark(self, indices: Iterable[int], code: int) -> None:
        codes = self.codes
        for i in indices:
            # A line under a header stays so when a run takes it in too.
            if codes[i] != self.sticky:
                codes[i] = code

    def unmark(self, indices: Iterable[int]) -> None:
        for i in indices:
            self.codes[i] = 0

    def edges(self, codes: Container[int]) -> Iterator[int]:
        """The lines flagged with one of ``codes`` beside a line that is not
        flagged (a blank line, or one a pass left): a line inside a run of
        flagged lines has only flagged neighbours."""
        flags = self.codes
        last = len(flags) - 1
        for i, code in self.items():
            if code in codes and (i == 0 or i == last or not flags[i - 1] or not flags[i + 1]):
                yield i

    def __contains__(self, i: object) -> bool:
        return isinstance(i, int) and self.codes[i] != 0

    def items(self) -> Iterator[tuple[int, int]]:
        for m in FLAGGED.finditer(self.codes):
            yield m.start(), self.codes[m.start()]


FLAGGED = regex.compile(b"[^\x00]")
