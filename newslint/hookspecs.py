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
def newslint_register_rules() -> Iterable[Rule] | None:
    """Return the rules this plugin provides (a list; ``None`` for none).

    Called once per run, after every plugin is loaded and before the
    configuration's rule selection and ``[rules.NAME]`` options are checked
    (so config can name plugin rules).  Rule ids and names must be unique
    across all plugins; a duplicate is a load error naming both plugins.
    """


@hookspec
def newslint_register_reporters() -> Mapping[str, Reporter] | None:
    """Return output formats as ``{format name: reporter}``.

    Called when the report is written, after linting.  A reporter is a
    callable ``reporter(report) -> str``; ``report`` has ``findings`` (sorted
    :class:`~newslint.Finding` objects), ``summary`` (the JSON summary
    mapping), ``rules`` (id -> Rule), ``source_line(finding)`` (the line's
    text or None), ``version`` and the output switches.  The format is chosen
    with ``--format NAME``; a reporter never decides the exit code.
    """


@hookspec
def newslint_configure(config: Config) -> None:
    """Called once with the resolved configuration before any file is read.

    Called after rules are registered and options validated.  Use it to read
    settings from ``config.rule_options(name)`` or ``config.root`` or to
    prepare data that depends on configuration.  ``config`` is frozen; an
    exception here is a load error (exit 2) naming the plugin.  Rules still get
    their options through ``ctx.options``, which keeps them pure.
    """


@hookspec(firstresult=True)
def newslint_read_documents(path: str, raw: bytes, config: Config) -> Iterable[Document] | None:
    """Turn one file's bytes into Documents, or return None to pass.

    The first plugin that returns a value wins; the plain-text reader runs last
    (``trylast``).  One file may hold many documents, as a JSONL file holds one
    per record.  Raise :class:`newslint.ReadError` with a message (and a line
    number) for a file that cannot be read; the run reports it as NL001 and goes
    on with the other files.  Called once per file, for every file the run
    lints (``include`` globs, default ``*.txt`` and ``*.md``, or files named on
    the command line).  Any other exception also becomes NL001 for that file,
    naming the plugin.
    """


__all__: list[Any] = [
    "hookimpl",
    "hookspec",
    "newslint_register_rules",
    "newslint_register_reporters",
    "newslint_configure",
    "newslint_read_documents",
]
