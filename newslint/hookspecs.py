"""The plugin contract: the hooks newslint calls, documented in docs/plugins.md.

Built-in rules, readers and reporters implement these same hooks.  Every hook
name starts with ``newslint_``; a plugin implements any subset of them with
functions decorated by :data:`newslint.hookimpl`.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterable, Mapping

import pluggy

if TYPE_CHECKING:
    from .config import Config
    from .document import Document
    from .reporters import Reporter
    from .rule import Rule

PROJECT = "newslint"

hookspec = pluggy.HookspecMarker(PROJECT)
hookimpl = pluggy.HookimplMarker(PROJECT)


@hookspec
def newslint_register_rules() -> Iterable[Rule]:
    """Return the rules this plugin provides.

    Called once when the plugin manager is built.  Rule ids must be unique
    across all plugins; a duplicate is a load error naming both plugins.
    """


@hookspec
def newslint_register_reporters() -> Mapping[str, Reporter]:
    """Return output formats as ``{format name: reporter}``.

    A reporter is a callable ``reporter(findings, summary, options) -> str``
    that renders the sorted findings; it never decides the exit code.
    """


@hookspec
def newslint_configure(config: Config) -> None:
    """Called once with the resolved configuration before any file is read.

    Use it to read settings from ``config.rule_options(name)`` or to prepare
    data that depends on configuration.  Must not change ``config``.
    """


@hookspec(firstresult=True)
def newslint_read_documents(path: str, raw: bytes, config: Config) -> Iterable[Document] | None:
    """Turn one file's bytes into Documents, or return None to pass.

    The first plugin that returns a value wins; the plain-text reader runs last
    (``trylast``).  One file may hold many documents, as a JSONL file holds one
    per record.  Raise :class:`newslint.ReadError` with a message (and a line
    number) for a file that cannot be read; the run reports it as NL001 and goes
    on with the other files.
    """


__all__: list[Any] = [
    "hookimpl",
    "hookspec",
    "newslint_register_rules",
    "newslint_register_reporters",
    "newslint_configure",
    "newslint_read_documents",
]
