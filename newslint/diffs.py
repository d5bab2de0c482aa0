"""Unified diffs of what ``--fix`` would change, in the form ``patch -p0`` applies."""
from __future__ import annotations

import difflib
import gzip

from .readers.decode import encoding_of

_NO_NEWLINE = "\\ No newline at end of file\n"


def unified_diff(path: str, old: bytes, new: bytes) -> str:
    """The diff from ``old`` to ``new`` (one file's bytes), headed with ``path``.

    Lines are split on ``\\n`` only, as ``patch`` splits them, so CRLF and CR
    endings travel inside the lines and come out of ``patch`` unchanged; a
    last line without a newline is marked as diff marks it.  UTF-8 files are
    shown byte for byte (a BOM stays on line 1); other encodings and gzip
    are shown decoded, for reading, since ``patch`` cannot apply to them.
    """
    out = []
    for line in difflib.unified_diff(_lines(_text(path, old)), _lines(_text(path, new)), path, path):
        out.append(line if line.endswith("\n") else line + "\n" + _NO_NEWLINE)
    return "".join(out)


def _text(path: str, raw: bytes) -> str:
    if path.lower().endswith(".gz"):
        raw = gzip.decompress(raw)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        bom, codec = encoding_of(raw)
        return raw[len(bom) :].decode(codec, "replace")


def _lines(text: str) -> list[str]:
    parts = text.split("\n")
    lines = [p + "\n" for p in parts[:-1]]
    if parts[-1]:
        lines.append(parts[-1])
    return lines
