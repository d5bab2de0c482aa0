"""Decode article bytes without guessing silently."""
from __future__ import annotations

import codecs

from ..errors import ReadError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


# The codec that writes text back after each BOM: the BOM is kept as read,
# in the byte order the file had.
_ENCODERS = {"utf-32": ("utf-32-le", "utf-32-be"), "utf-16": ("utf-16-le", "utf-16-be")}


def encoding_of(raw: bytes) -> tuple[bytes, str]:
    """The BOM ``raw`` starts with (``b""`` if none) and the codec that
    encodes decoded text back into the bytes after it."""
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            little, big = _ENCODERS.get(encoding, ("utf-8", "utf-8"))
            return bom, little if bom in (codecs.BOM_UTF32_LE, codecs.BOM_UTF16_LE) else big
    return b"", "utf-8"


def decode(raw: bytes) -> str:
    """Decode UTF-8 (or BOM-marked UTF-16/32); raise ReadError naming the first bad byte.

    Guessing a legacy encoding would hand the rules text that is not what the
    file says, so anything else is reported rather than repaired.
    """
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                return raw.decode(encoding)
            except UnicodeDecodeError as exc:
                raise _located(raw, exc, encoding) from None
    if b"\x00" in raw[:8192]:
        raise ReadError("binary file (contains NUL bytes); newslint reads UTF-8 text")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _located(raw, exc, "utf-8") from None


def _located(raw: bytes, exc: UnicodeDecodeError, encoding: str) -> ReadError:
    good = raw[: exc.start]
    if encoding.startswith("utf-8"):
        prefix = good.decode("utf-8", "replace")
    else:
        prefix = good.decode(encoding, "replace")
    line = prefix.count("\n") + 1 + prefix.count("\r") - prefix.count("\r\n")
    last_break = max(prefix.rfind("\n"), prefix.rfind("\r"))
    column = len(prefix) - last_break
    bad = raw[exc.start : exc.start + 1].hex()
    hint = " (Latin-1 or Windows-1252? re-save the file as UTF-8)" if encoding == "utf-8" else ""
    return ReadError(f"not valid {encoding.upper().replace('-SIG', '')}: byte 0x{bad}{hint}", line, column)
