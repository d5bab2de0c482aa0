"""``newslint server``: a Language Server Protocol server on stdio, built on pygls.

Diagnostics for .txt and Markdown buffers on open, on save and (debounced) on
change; quick fixes (apply a suggestion, ``[sic]``, an inline ignore); hover with
the rule's short documentation.  Every handler guards itself: a bad buffer or a
failing worker becomes a log line or an error diagnostic, never a dead server.
"""
from __future__ import annotations

import asyncio
import logging
import os
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote, urlparse

from lsprotocol import types
from pygls.lsp.server import LanguageServer

from .. import __version__
from . import convert
from .runner import LintRunner

log = logging.getLogger(__name__)
DEBOUNCE = 0.3
_SUFFIX = {"markdown": ".md"}


@dataclass
class _Linted:
    """The diagnostics last published for a document, and the text they are for."""

    version: int | None
    lines: list[str]
    diagnostics: list[types.Diagnostic] = field(default_factory=list)


class NewslintServer(LanguageServer):
    def __init__(self, time_limit: float = 10.0, debounce: float = DEBOUNCE) -> None:
        # Full sync: newslint lints the whole buffer anyway, and it keeps our
        # line splitting (\r\n, \r, \n) the same as the text we are sent.
        super().__init__("newslint", __version__, text_document_sync_kind=types.TextDocumentSyncKind.Full)
        self.runner = LintRunner(time_limit)
        self.debounce = debounce
        self.linted: dict[str, _Linted] = {}
        self.rules: dict[str, dict[str, str]] = {}
        self._pending: dict[str, asyncio.Future] = {}
        self._running: set[asyncio.Future] = set()

    @property
    def encoding(self) -> str:
        return str(self.workspace.position_encoding or types.PositionEncodingKind.Utf16)

    def path_of(self, uri: str, language: str | None) -> str:
        """A file path for the buffer: the file's own, or a name for an unsaved one."""
        parsed = urlparse(uri)
        if parsed.scheme == "file":
            return os.path.normpath(unquote(parsed.path))
        return f"untitled{_SUFFIX.get(language or '', '.txt')}"

    def schedule(self, uri: str, delay: float) -> None:
        """Lint ``uri`` after ``delay`` seconds, replacing a lint not yet started."""
        old = self._pending.pop(uri, None)
        if old is not None and not old.done():
            old.cancel()
        self._pending[uri] = asyncio.ensure_future(self._lint_later(uri, delay))

    async def _lint_later(self, uri: str, delay: float) -> None:
        try:
            if delay:
                await asyncio.sleep(delay)
            # Once started, a lint runs to its end even if a newer change cancels
            # this task: its result is dropped then, but the worker stays in step.
            running = asyncio.ensure_future(self.lint(uri))
            self._running.add(running)  # asyncio keeps only weak references to tasks
            running.add_done_callback(self._running.discard)
            await asyncio.shield(running)
        except asyncio.CancelledError:
            pass
        except Exception:  # logged, never raised into the event loop
            log.exception("newslint: linting %s failed", uri)

    async def lint(self, uri: str) -> None:
        doc = self.workspace.text_documents.get(uri)
        if doc is None:
            return  # closed before its turn came
        text, version, language = doc.source, doc.version, doc.language_id
        answer = await self.runner.lint(self.path_of(uri, language), text, language)
        current = self.workspace.text_documents.get(uri)
        if current is None or current.version != version:
            return  # closed or edited meanwhile: a newer lint is on its way
        lines = convert.split_lines(text)
        self.rules.update(answer.get("rules") or {})
        diagnostics = [convert.diagnostic(f, lines, self.encoding) for f in answer.get("findings", ())]
        if answer.get("error"):
            diagnostics.insert(0, convert.error_diagnostic(str(answer["error"])))
        self.linted[uri] = _Linted(version, lines, diagnostics)
        self.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=uri, version=version, diagnostics=diagnostics)
        )

    def forget(self, uri: str) -> None:
        task = self._pending.pop(uri, None)
        if task is not None:
            task.cancel()
        self.linted.pop(uri, None)
        self.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=[]))


def build(time_limit: float = 10.0, debounce: float = DEBOUNCE) -> NewslintServer:
    server = NewslintServer(time_limit, debounce)

    @server.feature(types.INITIALIZED)
    async def initialized(ls: NewslintServer, params: types.InitializedParams) -> None:
        # start the worker now, so the first document opened does not wait for it
        try:
            await ls.runner.start()
        except OSError:
            log.exception("newslint: cannot start the lint worker")

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: NewslintServer, params: types.DidOpenTextDocumentParams) -> None:
        ls.schedule(params.text_document.uri, 0)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: NewslintServer, params: types.DidChangeTextDocumentParams) -> None:
        ls.schedule(params.text_document.uri, ls.debounce)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE)
    def did_save(ls: NewslintServer, params: types.DidSaveTextDocumentParams) -> None:
        # the config next to it may have changed too
        ls.schedule(params.text_document.uri, 0)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: NewslintServer, params: types.DidCloseTextDocumentParams) -> None:
        ls.forget(params.text_document.uri)

    @server.feature(
        types.TEXT_DOCUMENT_CODE_ACTION,
        types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix]),
    )
    def code_action(ls: NewslintServer, params: types.CodeActionParams) -> list[types.CodeAction] | None:
        uri = params.text_document.uri
        linted = ls.linted.get(uri)
        if linted is None:
            return None
        try:
            doc = ls.workspace.text_documents.get(uri)
            path = ls.path_of(uri, doc.language_id if doc else None)
            return convert.code_actions(uri, path, params.range, linted.diagnostics, linted.lines, ls.encoding)
        except Exception:
            log.exception("newslint: code actions for %s failed", uri)
            return None

    @server.feature(types.TEXT_DOCUMENT_HOVER)
    def hover(ls: NewslintServer, params: types.HoverParams) -> types.Hover | None:
        linted = ls.linted.get(params.text_document.uri)
        if linted is None:
            return None
        here = [d for d in linted.diagnostics if convert.contains(d.range, params.position)]
        text = convert.hover_text(here, ls.rules)
        if not text:
            return None
        return types.Hover(contents=types.MarkupContent(kind=types.MarkupKind.Markdown, value=text))

    @server.feature(types.SHUTDOWN)
    async def shutdown(ls: NewslintServer, params: Any) -> None:
        await ls.runner.stop()

    return server
