"""Put fixed documents back into their file's bytes, and change nothing else.

A plain or Markdown file's document is the tail of its decoded text (after
any front matter), so the fixed text replaces that tail.  A JSONL record's
document is one string field of one line: only that field's JSON value is
re-encoded, every other byte of the line and every other line stays as it
was.  The bytes go back in the file's own encoding with its BOM, and gzip is
compressed again.  Whatever cannot be put back exactly raises Unwritable,
and the file is left alone.
"""
from __future__ import annotations

import gzip
import json
from json.decoder import scanstring  # type: ignore[attr-defined]  # public in the module, not in its stubs
from typing import TYPE_CHECKING, Mapping

from .readers import jsonl
from .readers.decode import encoding_of

if TYPE_CHECKING:
    from .config import Config

# record (None for a single-document file) -> (text as read, fixed text)
Fixed = Mapping["int | None", "tuple[str, str]"]


class Unwritable(Exception):
    """The fixed text cannot be written back without changing other bytes."""


def rebuild(path: str, raw: bytes, fixed: Fixed, config: Config) -> bytes:
    """``raw`` (the file as read) with each fixed document's text replaced."""
    gz = path.lower().endswith(".gz")
    name = path[:-3] if gz else path
    content = _gunzip(raw) if gz else raw
    bom, codec = encoding_of(content)
    try:
        text = content[len(bom) :].decode(codec)
    except UnicodeDecodeError:
        raise Unwritable(f"not valid {codec.upper()}; not rewritten") from None
    if bom + text.encode(codec) != content:
        raise Unwritable(f"{codec.upper()} would not encode back to the same bytes; not rewritten")
    if name.lower().endswith(jsonl.SUFFIXES):
        new_text = _records(text, fixed, getattr(config, "jsonl_text_field", None))
    else:
        new_text = _tail(text, fixed)
    new = bom + new_text.encode(codec)
    return _gzip(new, raw) if gz else new


def _tail(text: str, fixed: Fixed) -> str:
    if set(fixed) != {None}:
        raise Unwritable("the reader made several documents of the file; fixes not written")
    old, new = fixed[None]
    if not text.endswith(old):
        raise Unwritable("the reader changed the text it read; fixes not written")
    return text[: len(text) - len(old)] + new


def _records(text: str, fixed: Fixed, field: str | None) -> str:
    # The reader splits records on \n only (JSON escapes \r in strings).
    lines = text.split("\n")
    for number, (old, new) in sorted(fixed.items(), key=lambda kv: kv[0] or 0):
        if number is None or not 0 < number <= len(lines):
            raise Unwritable(f"record {number} is not a line of the file; fixes not written")
        lines[number - 1] = _rewrite_record(lines[number - 1], number, old, new, field)
    return "\n".join(lines)


def _rewrite_record(line: str, number: int, old: str, new: str, field: str | None) -> str:
    record = json.loads(line)
    key = jsonl.text_key(record, field)
    span = _value_span(line, key) if key is not None else None
    if span is None or record.get(key) != old:
        raise Unwritable(f"record {number}: its text field was not found as read; fixes not written")
    start, end = span
    out = line[:start] + json.dumps(new, ensure_ascii=_escapes_unicode(line)) + line[end:]
    if json.loads(out) != {**record, key: new}:
        raise Unwritable(f"record {number}: rewriting the text field would change other fields; not written")
    return out


def _escapes_unicode(line: str) -> bool:
    """Whether the record was written with non-ASCII characters as ``\\uXXXX``
    (json.dumps' default): a line of ASCII only.  A line with raw UTF-8 in it
    keeps raw UTF-8."""
    return line.isascii()


_SPACE = " \t\n\r"
_DECODER = json.JSONDecoder()


def _value_span(line: str, key: str) -> tuple[int, int] | None:
    """Where the JSON value of the top-level ``key`` lies in ``line`` (the last
    one, as json.loads keeps the last of repeated keys)."""
    found = None
    i = _skip(line, 0)
    if line[i : i + 1] != "{":
        return None
    i = _skip(line, i + 1)
    if line[i : i + 1] == "}":
        return None
    while True:
        if line[i : i + 1] != '"':
            return None
        name, i = scanstring(line, i + 1)
        i = _skip(line, i)
        if line[i : i + 1] != ":":
            return None
        i = _skip(line, i + 1)
        _, end = _DECODER.raw_decode(line, i)
        if name == key:
            found = (i, end)
        i = _skip(line, end)
        if line[i : i + 1] == ",":
            i = _skip(line, i + 1)
            continue
        return found if line[i : i + 1] == "}" else None


def _skip(line: str, i: int) -> int:
    while i < len(line) and line[i] in _SPACE:
        i += 1
    return i


def _gunzip(raw: bytes) -> bytes:
    try:
        return gzip.decompress(raw)
    except (OSError, EOFError) as exc:
        raise Unwritable(f"not a readable gzip file: {exc}") from None


def _gzip(data: bytes, original: bytes) -> bytes:
    # Keep the original member's timestamp, so only the content differs.
    mtime = int.from_bytes(original[4:8], "little") if len(original) >= 8 else 0
    return gzip.compress(data, mtime=mtime)
