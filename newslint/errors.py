"""Exceptions that end in a one-line message instead of a traceback."""
from __future__ import annotations


class NewslintError(Exception):
    """Base class: a problem the user can fix, reported in one line, exit 2."""


class ConfigError(NewslintError):
    """A configuration file or command-line setting is wrong."""


class PluginError(NewslintError):
    """A plugin failed to load or broke the plugin contract."""


class ReadError(Exception):
    """A file cannot be turned into documents.

    Raised by readers for a whole file, or returned among the documents for one
    bad record of a multi-record file; reported as NL001 (unreadable) at
    ``line``/``column`` and the run goes on.
    """

    def __init__(
        self, message: str, line: int = 1, column: int = 1, record: int | None = None
    ) -> None:
        super().__init__(message)
        self.message = message
        self.line = line
        self.column = column
        self.record = record
