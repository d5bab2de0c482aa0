"""JSON Lines reader: one article per record, text in a configurable field."""
from __future__ import annotations

import json
from typing import TYPE_CHECKING

import regex

from ..document import Document
from ..errors import ReadError
from ..hookspecs import hookimpl
from .decode import decode

if TYPE_CHECKING:
    from ..config import Config

SUFFIXES = (".jsonl", ".ndjson")
TEXT_FIELDS = ("text", "content", "body", "article", "maintext")
# JSON may escape half a surrogate pair ("\ud800"); such a string is not text
# and cannot even be printed, so the record is reported like invalid UTF-8.
_SURROGATE = regex.compile(r"[\ud800-\udfff]")


def json_type(value: object) -> str:
    """A JSON value's type as JSON calls it, for messages."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "an object"
    return "a string"


def text_key(record: dict, field: str | None) -> str | None:
    """The field that holds the article: the configured one, else the first
    of TEXT_FIELDS holding a string, else the first present (to report it)."""
    key = field or next((k for k in TEXT_FIELDS if isinstance(record.get(k), str)), None)
    return key or next((k for k in TEXT_FIELDS if k in record), None)


@hookimpl
def newslint_read_documents(path: str, raw: bytes, config: Config) -> list[Document | ReadError] | None:
    if not path.lower().endswith(SUFFIXES):
        return None
    return read_records(path, raw, config)


def read_records(path: str, raw: bytes, config: Config, first_line: int = 1) -> list[Document | ReadError]:
    """The records of ``raw``, whose first line is line ``first_line`` of the
    file (the engine lints a large file as ranges of records)."""
    # \r inside JSON strings is escaped, so records are split on \n only.
    text = decode(raw)
    field = getattr(config, "jsonl_text_field", None)
    docs: list[Document | ReadError] = []
    for number, raw_line in enumerate(text.split("\n"), start=first_line):
        if not raw_line.strip():
            continue
        # A bad record is reported where it is and the good ones are still linted.
        try:
            record = json.loads(raw_line)
        except json.JSONDecodeError as exc:
            docs.append(ReadError(f"not valid JSON: {exc.msg}", number, exc.colno, number))
            continue
        except (ValueError, RecursionError) as exc:
            # json.loads also raises these: an integer past Python's digit
            # limit, or arrays nested thousands deep.
            reason = "nested too deeply" if isinstance(exc, RecursionError) else str(exc).split(";")[0]
            docs.append(ReadError(f"not valid JSON: {reason}", number, 1, number))
            continue
        if not isinstance(record, dict):
            docs.append(ReadError("record is not a JSON object", number, 1, number))
            continue
        key = text_key(record, field)
        body = record.get(key) if key else None
        if key is None or key not in record:
            wanted = field or " / ".join(TEXT_FIELDS)
            docs.append(ReadError(f"record {number} has no text field ({wanted})", number, 1, number))
            continue
        if not isinstance(body, str):
            docs.append(ReadError(f"record {number}: field '{key}' is {json_type(body)}, not a string", number, 1, number))
            continue
        bad = _SURROGATE.search(body)
        if bad:
            doc = Document(path=path, text=body, record=number)
            at_line, column = doc.position(bad.start())
            docs.append(
                ReadError(f"text field has a lone surrogate \\u{ord(bad.group()):04x} (not valid Unicode)", at_line, column, number)
            )
            continue
        meta = {k: v for k, v in record.items() if k != key}
        # Fields the config names as the byline are the author, whatever they are called.
        for name in getattr(config, "jsonl_author_fields", ()) or ():
            value = record.get(name)
            if isinstance(value, str) and value.strip() and "author" not in meta:
                meta["author"] = value
        docs.append(Document(path=path, text=body, metadata=meta, record=number))
    return docs
