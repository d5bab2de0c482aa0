"""Compressed inputs, read transparently: gzip always, zstd with the
``zstandard`` package (``pip install 'newslint[zstd]'``).

A file is inflated whole for the readers (``a.jsonl.gz`` is read as
``a.jsonl``; findings keep the real name), or block by block when a large
JSONL file is linted as ranges of records (:mod:`newslint.units`).
"""
from __future__ import annotations

import gzip
import io
import zlib
from typing import Any, BinaryIO, Iterator

from .errors import ReadError

SUFFIXES = (".gz", ".zst")
# A gzip member (or zstd content) is read whole; past this, it is reported
# rather than let a small "zip bomb" fill memory.
MAX_DECOMPRESSED = 2 * 1024**3
BLOCK = 1024**2


def suffix_of(path: str) -> str | None:
    """The compression suffix of ``path`` (``.gz``, ``.zst``), if any."""
    name = path.lower()
    return next((s for s in SUFFIXES if name.endswith(s)), None)


def decompress(path: str, raw: bytes) -> bytes:
    """The content of a compressed file; ReadError naming what is wrong."""
    if suffix_of(path) == ".zst":
        return _unzstd(raw)
    return _gunzip(raw)


def _gunzip(raw: bytes) -> bytes:
    try:
        stream = zlib.decompressobj(wbits=31)
        out = stream.decompress(raw, MAX_DECOMPRESSED)
        if stream.unconsumed_tail:
            raise ReadError(f"gzip content is larger than {MAX_DECOMPRESSED // 1024**3} GB; not read")
        if not stream.eof:
            raise ReadError("not a readable gzip file: it ends before its data does (truncated?)")
        # Concatenated gzip members (as `cat a.gz b.gz` makes) are one file.
        rest = stream.unused_data
        return out + gzip.decompress(rest) if rest else out
    except (zlib.error, OSError, EOFError) as exc:
        raise ReadError(f"not a readable gzip file: {exc}") from None


def _zstd() -> Any:
    """The zstandard module, or ReadError saying what to install."""
    try:
        import zstandard
    except ImportError:
        raise ReadError("a zstd file: install newslint[zstd] (the zstandard package) to read it") from None
    return zstandard


def _unzstd(raw: bytes) -> bytes:
    zstandard = _zstd()
    out, total = [], 0
    try:
        for piece in _zstd_pieces(zstandard, io.BytesIO(raw)):
            total += len(piece)
            if total > MAX_DECOMPRESSED:
                raise ReadError(f"zstd content is larger than {MAX_DECOMPRESSED // 1024**3} GB; not read")
            out.append(piece)
    except zstandard.ZstdError as exc:
        raise ReadError(f"not a readable zstd file: {exc}") from None
    except EOFError:
        raise ReadError("not a readable zstd file: it ends before its data does (truncated?)") from None
    return b"".join(out)


# Compressed bytes fed at a time: bounds what one step can inflate to.
_PIECE = 16 * 1024


def _zstd_pieces(zstandard: Any, fh: BinaryIO) -> Iterator[bytes]:
    """Inflated pieces of a run of zstd frames; EOFError for a cut-off frame."""
    unzstd = zstandard.ZstdDecompressor()
    frame = None
    pending = b""
    while True:
        data = pending or fh.read(_PIECE)
        pending = b""
        if not data:
            break
        if frame is None:
            frame = unzstd.decompressobj()
        out = frame.decompress(data)
        if out:
            yield out
        if frame.eof:
            pending, frame = frame.unused_data, None
    if frame is not None:
        raise EOFError


class NotPlain(Exception):
    """Anything unusual about a compressed file: the whole-file reader decides."""


def inflated_blocks(path: str, fh: BinaryIO) -> Iterator[bytes]:
    """The content of an open compressed file, a block at a time.  NotPlain
    for anything :func:`decompress` might treat otherwise (trailing bytes,
    a truncated member, content past its limit), so that such files are
    read whole and reported exactly as before."""
    if suffix_of(path) == ".zst":
        yield from _zstd_blocks(fh)
    else:
        yield from _gzip_blocks(fh)


def _zstd_blocks(fh: BinaryIO) -> Iterator[bytes]:
    try:
        zstandard = _zstd()
    except ReadError:
        raise NotPlain from None
    inflated = 0
    try:
        for piece in _zstd_pieces(zstandard, fh):
            inflated += len(piece)
            if inflated > MAX_DECOMPRESSED:
                raise NotPlain
            yield piece
    except (zstandard.ZstdError, EOFError):
        raise NotPlain from None


def _gzip_blocks(fh: BinaryIO) -> Iterator[bytes]:
    stream = zlib.decompressobj(wbits=31)
    started = False
    first_member, inflated = True, 0
    while True:
        comp = fh.read(BLOCK)
        if not comp:
            break
        while comp:
            try:
                out = stream.decompress(comp, BLOCK)
            except zlib.error:
                raise NotPlain from None
            started = True
            comp = stream.unconsumed_tail
            inflated += len(out)
            if first_member and inflated > MAX_DECOMPRESSED:
                raise NotPlain
            if out:
                yield out
            if stream.eof:
                comp = stream.unused_data + comp
                stream = zlib.decompressobj(wbits=31)
                started, first_member = False, False
    if started:
        # Flush what a member still holds, then insist that it ended.
        rest = stream.flush()
        if rest:
            yield rest
        if not stream.eof:
            raise NotPlain
    if first_member:
        raise NotPlain  # not even one complete member
