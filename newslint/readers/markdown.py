"""Markdown reader: front matter becomes metadata, the body is the article."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

import regex

from ..document import Document
from ..hookspecs import hookimpl
from .decode import decode

if TYPE_CHECKING:
    from ..config import Config

SUFFIXES = (".md", ".markdown", ".mdown")
_FRONT_MATTER = regex.compile(r"\A(?:---|\+\+\+)[^\S\r\n]*(?:\r\n|\r|\n)(.*?)(?:\r\n|\r|\n)(?:---|\+\+\+)[^\S\r\n]*(?:\r\n|\r|\n|\Z)", regex.S)
# Matched against one stripped line at a time: a multi-line pattern with ^\s*
# rescanned every following blank line (quadratic on long front matter).
_FIELD = regex.compile(r"(?<![\w-])([\w-]+)\s*[:=]\s*(.*)", regex.S)
_BREAK = regex.compile(r"\r\n|\r|\n")


@hookimpl
def newslint_read_documents(path: str, raw: bytes, config: Config) -> list[Document] | None:
    if not path.lower().endswith(SUFFIXES):
        return None
    text = decode(raw)
    m = _FRONT_MATTER.match(text)
    if not m:
        return [Document(path=path, text=text)]
    # Only flat "key: value" pairs matter to the rules (author, byline, source);
    # a full YAML parser would be a heavy dependency for that.
    meta: dict[str, Any] = {}
    key = None
    for line in _BREAK.split(m.group(1)):
        item = line.strip()
        # A YAML block list ("authors:" then "  - Jane Doe") becomes a list.
        if key is not None and item.startswith("- ") and (meta[key] == "" or isinstance(meta[key], list)):
            meta[key] = [*meta[key], item[2:].strip().strip("'\"")]
            continue
        field = _FIELD.fullmatch(item)
        if field:
            key = field.group(1).lower()
            meta[key] = field.group(2).strip().strip("'\"")
    head = text[: m.end()]
    first_line = 1 + head.count("\n") + head.count("\r") - head.count("\r\n")
    return [Document(path=path, text=text[m.end():], metadata=meta, first_line=first_line)]
