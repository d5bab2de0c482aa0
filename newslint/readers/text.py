"""Plain-text reader: the whole file is one article.  Runs last."""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..document import Document
from ..hookspecs import hookimpl
from .decode import decode

if TYPE_CHECKING:
    from ..config import Config


@hookimpl(trylast=True)
def newslint_read_documents(path: str, raw: bytes, config: Config) -> list[Document]:
    return [Document(path=path, text=decode(raw))]
