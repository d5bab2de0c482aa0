"""JSON Lines reader: one article per record, text in a configurable field."""
from __future__ import annotations

import json

from ..document import Document
from ..errors import ReadError
from ..hookspecs import hookimpl
from .decode import decode

SUFFIXES = (".jsonl", ".ndjson")
TEXT_FIELDS = ("text", "content", "body", "article", "maintext")


@hookimpl
def newslint_read_documents(path, raw, config):
    if not path.lower().endswith(SUFFIXES):
        return None
    # \r inside JSON strings is escaped, so records are split on \n only.
    text = decode(raw)
    field = getattr(config, "jsonl_text_field", None)
    docs = []
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        # A bad record is reported where it is and the good ones are still linted.
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            docs.append(ReadError(f"not valid JSON: {exc.msg}", number, exc.colno, number))
            continue
        if not isinstance(record, dict):
            docs.append(ReadError("record is not a JSON object", number, 1, number))
            continue
        key = field or next((k for k in TEXT_FIELDS if isinstance(record.get(k), str)), None)
        body = record.get(key) if key else None
        if not isinstance(body, str):
            wanted = field or " / ".join(TEXT_FIELDS)
            docs.append(ReadError(f"record has no text field ({wanted})", number, 1, number))
            continue
        meta = {k: v for k, v in record.items() if k != key}
        docs.append(Document(path=path, text=body, metadata=meta, record=number))
    return docs
