"""Work units: a whole file, or a range of records of a large JSON Lines file.

The engine hands units to worker processes (or a Dask cluster) and puts
their findings back in order.  Splitting a file into record ranges must not
change a single finding, so a file is split only when reading it whole could
not have failed as a whole: valid UTF-8 without a UTF-16/32 byte-order mark
and without NUL bytes (the decoder calls such a file binary), and for gzip a
clean run of complete members (or zstd frames).  Anything else is linted whole, exactly as
before.
"""
from __future__ import annotations

import codecs
import os
from dataclasses import dataclass
from typing import BinaryIO, Iterator

from .compression import NotPlain, inflated_blocks, suffix_of
from .files import read_file

JSONL_SUFFIXES = (".jsonl", ".ndjson")
# A JSONL file above this size is split; a range holds about CHUNK_BYTES of
# records (about half a second of linting: fine-grained enough to keep every
# worker busy, large enough that sending it costs nothing).  The first batch
# is linted in the parent before the workers fork (run.py), so a coarse first
# range would run alone: with 1 MB ranges a 2.2 MB file gained 1.05x from two
# jobs, against 1.7x for the same articles as files.
SPLIT_BYTES = 512 * 1024
CHUNK_BYTES = 256 * 1024
# A compressed JSONL file above this size is inflated once to find its ranges.
PACKED_SCAN_BYTES = 128 * 1024
_BLOCK = 1024**2
_UTF8_BOM = codecs.BOM_UTF8
_WIDE_BOMS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


@dataclass(frozen=True)
class Unit:
    """What one worker call lints.

    ``end < 0`` means the whole file at ``path``.  Otherwise the unit is the
    bytes ``[start, end)`` of the (decompressed) file, which begin on file
    line ``first_line``; ``data`` holds them when they cannot be re-read by
    offset (a range of a compressed file).  ``part`` counts the ranges of a file
    from 0, so the first one also counts the file.
    """

    path: str
    size: int
    start: int = 0
    end: int = -1
    first_line: int = 1
    data: bytes | None = None
    part: int = 0

    @property
    def whole(self) -> bool:
        return self.end < 0

    def read(self) -> bytes:
        """The unit's bytes (OSError for a file that cannot be read)."""
        if self.whole:
            return read_file(self.path)
        if self.data is not None:
            return self.data
        with open(self.path, "rb") as fh:
            fh.seek(self.start)
            return fh.read(self.end - self.start)


def is_jsonl(path: str) -> bool:
    suffix = suffix_of(path)
    name = path.lower()[: -len(suffix)] if suffix else path.lower()
    return name.endswith(JSONL_SUFFIXES)


def plan(path: str, split: bool = True) -> Iterator[Unit]:
    """The units of one file, in order: the file itself, or its record ranges."""
    try:
        size = os.stat(path).st_size
    except OSError:
        size = 0
    packed = suffix_of(path) is not None
    # A compressed file's size says little about its text: past a few
    # hundred KB it is inflated once (quickly) to see.
    if not split or not is_jsonl(path) or size <= (PACKED_SCAN_BYTES if packed else SPLIT_BYTES):
        yield Unit(path, size)
        return
    try:
        with open(path, "rb") as fh:
            scan = _Scan()
            for block in (inflated_blocks(path, fh) if packed else _blocks(fh)):
                scan.feed(block)
            ranges = scan.ranges() if scan.size > SPLIT_BYTES else None
    except (OSError, NotPlain):
        ranges = None
    if not ranges or len(ranges) < 2:
        yield Unit(path, size)
        return
    if not packed:
        for part, (start, end, line) in enumerate(ranges):
            yield Unit(path, end - start, start, end, line, part=part)
        return
    yield from _packed_units(path, ranges, size)


def _packed_units(path: str, ranges: list[tuple[int, int, int]], size: int) -> Iterator[Unit]:
    """The ranges of a compressed file, inflated a second time and sent as data."""
    total = ranges[-1][1] or 1
    buffer = bytearray()
    offset = 0  # file offset of buffer[0]
    part = 0
    with open(path, "rb") as fh:
        for block in inflated_blocks(path, fh):
            buffer += block
            while part < len(ranges) and ranges[part][1] <= offset + len(buffer):
                start, end, line = ranges[part]
                data = bytes(buffer[start - offset : end - offset])
                del buffer[: end - offset]
                offset = end
                # Progress counts compressed bytes, in proportion.
                yield Unit(path, max(1, size * (end - start) // total), start, end, line, data, part)
                part += 1


class _Scan:
    """Checks a file's bytes block by block and picks the range boundaries."""

    def __init__(self) -> None:
        self.decoder = codecs.getincrementaldecoder("utf-8")()
        self.size = 0
        self.lines = 1  # line number at self.size
        self.cuts: list[tuple[int, int]] = [(0, 1)]  # (offset, line) where a range starts
        self.head = b""  # the file's first bytes, for the byte-order mark
        self.after_cut = b""  # bytes after a cut at a block's end, not yet checked

    def feed(self, block: bytes) -> None:
        """Take the next block; NotPlain when the file must be read whole."""
        if len(self.head) < 4:
            self.head += block[: 4 - len(self.head)]
            if self.head.startswith(_WIDE_BOMS):
                raise NotPlain
        # The decoder calls a file with NUL bytes binary; a range holding one
        # would be refused on its own, so such files are not split.
        if b"\x00" in block:
            raise NotPlain
        try:
            self.decoder.decode(block)
        except UnicodeDecodeError:
            raise NotPlain from None
        if self.after_cut:
            self._check_cut(block)
        pos = 0  # bytes of block already counted in self.lines
        while True:
            target = self.cuts[-1][0] + CHUNK_BYTES - self.size
            nl = block.find(b"\n", max(pos, target))
            if nl < 0:
                break
            self.lines += block.count(b"\n", pos, nl + 1)
            pos = nl + 1
            self.cuts.append((self.size + pos, self.lines))
            self.after_cut = b"-"
            self._check_cut(block[pos:])
        self.lines += block.count(b"\n", pos)
        self.size += len(block)

    def _check_cut(self, following: bytes) -> None:
        # A range starting with a UTF-8 byte-order mark would lose it (the
        # decoder strips one at the start of what it reads): no cut there.
        seen = (self.after_cut + following)[1:4]
        if seen == _UTF8_BOM:
            self.cuts.pop()
        self.after_cut = b"" if len(seen) >= 3 or not _UTF8_BOM.startswith(seen) else b"-" + seen

    def ranges(self) -> list[tuple[int, int, int]]:
        """(start, end, first_line) of each range."""
        try:
            self.decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            raise NotPlain from None
        if len(self.cuts) > 1 and self.cuts[-1][0] >= self.size:
            self.cuts.pop()
        bounds = [c[0] for c in self.cuts[1:]] + [self.size]
        return [(start, end, line) for (start, line), end in zip(self.cuts, bounds)]


def _blocks(fh: BinaryIO) -> Iterator[bytes]:
    while True:
        block = fh.read(_BLOCK)
        if not block:
            return
        yield block
