"""Sort one unit's findings in bounded memory.

Findings reach the user sorted, and a single document may hold millions of
them (a scraped page of a million teaser lines).  Past ``limit`` findings the
buffer is sorted and spilled to a private temporary file; the sorted runs are
then merged.  The sort is stable, as ``list.sort`` is: ties keep the order in
which the rules reported them.
"""
from __future__ import annotations

import heapq
import os
import pickle
import tempfile
from dataclasses import dataclass
from typing import IO, TYPE_CHECKING, Callable, Iterable, Iterator, Optional, Tuple

from .findings import Finding

if TYPE_CHECKING:
    from .document import Document

# Findings held before a spill: a Finding with a fix (a line removal) costs
# about 0.9 KB in memory, so 10,000 of them are 9 MB beside the rules' own
# data (50,000 were 45 MB of a million-line page's peak).
SPILL_AT = 10_000
# Sorted runs merged at once.  Each run being merged holds a slice of its
# items and a file open: past this many, the runs so far are merged into one
# first, so a document of tens of millions of findings neither runs out of
# file descriptors nor holds a slice of every run.
MAX_RUNS = 128

Item = Tuple[Finding, Optional[str]]  # a finding and the text of its line (when wanted)


def _key(item: Item) -> tuple:
    return item[0].sort_key


class FindingSorter:
    """Collects (finding, line text) pairs; :meth:`sorted` yields them in order."""

    def __init__(self, limit: int = SPILL_AT) -> None:
        self.limit = limit
        self.buffer: list[Item] = []
        self.runs: list[IO[bytes]] = []
        self.count = 0

    def add(self, finding: Finding, line: str | None = None) -> None:
        self.buffer.append((finding, line))
        self.count += 1
        if len(self.buffer) >= self.limit:
            self._spill()

    def _spill(self) -> None:
        self.buffer.sort(key=_key)
        # Written and read back by this process only, so pickle is safe here.
        run = tempfile.TemporaryFile(prefix="newslint-sort-")
        _dump(self.buffer, run)
        run.seek(0)
        self.runs.append(run)
        self.buffer = []
        if len(self.runs) >= MAX_RUNS:
            merged: IO[bytes] = tempfile.TemporaryFile(prefix="newslint-sort-")
            # Earlier runs first: heapq.merge keeps ties in the order of its inputs.
            _dump(heapq.merge(*(_read(part) for part in self.runs), key=_key), merged)
            merged.seek(0)
            for part in self.runs:
                part.close()
            self.runs = [merged]

    def sorted(self) -> Iterator[Item]:
        self.buffer.sort(key=_key)
        if not self.runs:
            yield from self.buffer
            self.buffer = []
            return
        try:
            yield from heapq.merge(*(_read(run) for run in self.runs), self.buffer, key=_key)
        finally:
            for run in self.runs:
                run.close()
            self.runs, self.buffer = [], []


# Items are pickled in slices: one long-lived Unpickler would keep every
# object it ever read in its memo.  A merge holds one slice of each run (100
# runs of a million findings: 10,000 findings, not 20,000 in 20 runs of 1,000).
_SLICE = 100


def _dump(items: Iterable[Item], fh: IO[bytes]) -> None:
    piece: list[Item] = []
    for item in items:
        piece.append(item)
        if len(piece) >= _SLICE:
            pickle.dump(piece, fh, protocol=pickle.HIGHEST_PROTOCOL)
            piece = []
    if piece:
        pickle.dump(piece, fh, protocol=pickle.HIGHEST_PROTOCOL)


def _read(run: IO[bytes]) -> Iterator[Item]:
    while True:
        try:
            piece = pickle.load(run)
        except EOFError:
            return
        yield from piece


@dataclass
class UnitResult:
    """One unit's sorted findings (each with its line's text when asked for),
    held in memory or, past a limit, in a temporary file of the process that
    linted it."""

    documents: int
    count: int
    items: Iterable[Item] | None = None
    spill: str | None = None

    def __iter__(self) -> Iterator[Item]:
        try:
            yield from self.peek()
        finally:
            self.discard()

    def peek(self) -> Iterator[Item]:
        """The items, leaving a temporary file in place (to read them twice)."""
        if self.spill is None:
            yield from self.items or ()
            return
        with open(self.spill, "rb") as fh:
            yield from _read(fh)

    def discard(self) -> None:
        if self.spill is not None:
            try:
                os.unlink(self.spill)
            except OSError:
                pass
            self.spill = None


def unit_result(documents: int, sorter: FindingSorter, spill: bool) -> UnitResult:
    """The sorted findings, in a temporary file when ``spill`` allows and
    they are many (a worker process hands them over that way)."""
    if not spill or sorter.count <= SPILL_AT:
        return UnitResult(documents, sorter.count, list(sorter.sorted()))
    fd, path = tempfile.mkstemp(prefix="newslint-unit-", suffix=".pickle")
    with os.fdopen(fd, "wb") as fh:
        # Read back by the run that asked for it, never by anyone else.
        _dump(sorter.sorted(), fh)
    return UnitResult(documents, sorter.count, None, path)


def line_text(doc: Document, f: Finding) -> str | None:
    """The text of the line a finding starts on."""
    index = f.line - doc.first_line
    lines = doc.lines
    return lines[index].text if 0 <= index < len(lines) else None


def texts_of(items: Iterable[Item]) -> Callable[[Finding], str | None]:
    """A finding's line text as paired in ``items`` (for the baseline)."""
    texts = {id(f): text for f, text in items}
    return lambda f: texts.get(id(f))
