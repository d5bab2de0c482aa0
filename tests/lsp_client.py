"""A real LSP client (pygls's) driving `newslint server` over stdio, for the tests."""
from __future__ import annotations

import asyncio
import os
from pathlib import Path
from typing import Callable

from lsprotocol import types
from pygls.lsp.client import LanguageClient

from .conftest import newslint_bin

Diagnostics = list[types.Diagnostic]


class Session:
    """One server process: open, change and query documents; collect diagnostics."""

    def __init__(self, client: LanguageClient) -> None:
        self.client = client
        self.published: dict[str, list[Diagnostics]] = {}
        self._changed = asyncio.Condition()
        self._versions: dict[str, int] = {}

        @client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        async def on_diagnostics(params: types.PublishDiagnosticsParams) -> None:
            async with self._changed:
                self.published.setdefault(params.uri, []).append(list(params.diagnostics))
                self._changed.notify_all()

    async def diagnostics(self, uri: str, until: Callable[[Diagnostics], bool] = lambda d: True, timeout: float = 30) -> Diagnostics:
        """The first diagnostics published for ``uri`` after the last call that satisfy ``until``."""
        seen = len(self.published.get(uri, []))

        def ready() -> bool:
            batches = self.published.get(uri, [])
            return any(until(b) for b in batches[seen:])

        async with self._changed:
            await asyncio.wait_for(self._changed.wait_for(ready), timeout)
        return next(b for b in self.published[uri][seen:] if until(b))

    def open(self, path: Path, text: str | None = None, language: str = "plaintext") -> str:
        uri = path.resolve().as_uri()
        self._versions[uri] = 1
        body = path.read_text(encoding="utf-8") if text is None else text
        item = types.TextDocumentItem(uri=uri, language_id=language, version=1, text=body)
        self.client.text_document_did_open(types.DidOpenTextDocumentParams(text_document=item))
        return uri

    def change(self, uri: str, text: str) -> None:
        self._versions[uri] += 1
        doc = types.VersionedTextDocumentIdentifier(uri=uri, version=self._versions[uri])
        change = types.TextDocumentContentChangeWholeDocument(text=text)
        self.client.text_document_did_change(types.DidChangeTextDocumentParams(text_document=doc, content_changes=[change]))

    async def code_actions(self, uri: str, start: tuple[int, int], end: tuple[int, int], diagnostics: Diagnostics) -> list:
        params = types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=types.Range(start=types.Position(*start), end=types.Position(*end)),
            context=types.CodeActionContext(diagnostics=diagnostics),
        )
        return await self.client.text_document_code_action_async(params) or []

    async def hover(self, uri: str, line: int, character: int) -> types.Hover | None:
        params = types.HoverParams(text_document=types.TextDocumentIdentifier(uri=uri), position=types.Position(line, character))
        return await self.client.text_document_hover_async(params)


async def start(cwd: Path, *args: str) -> Session:
    client = LanguageClient("newslint-tests", "1")
    session = Session(client)
    command = newslint_bin()
    await client.start_io(*command, "server", *args, cwd=str(cwd), env={**os.environ, "NO_COLOR": "1"})
    await client.initialize_async(
        types.InitializeParams(
            capabilities=types.ClientCapabilities(),
            process_id=os.getpid(),
            root_uri=cwd.resolve().as_uri(),
        )
    )
    client.initialized(types.InitializedParams())
    return session


async def stop(session: Session) -> None:
    client = session.client
    await asyncio.wait_for(client.shutdown_async(None), 10)
    client.exit(None)
    await asyncio.wait_for(client.stop(), 10)
