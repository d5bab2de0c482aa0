"""Plain-text reader: the whole file is one article.  Runs last."""
from __future__ import annotations

from ..document import Document
from ..hookspecs import hookimpl
from .decode import decode


@hookimpl(trylast=True)
def newslint_read_documents(path, raw, config):
    return [Document(path=path, text=decode(raw))]
