"""newslint: lint news article text for data quality and provenance.

The public API for users and plugin authors; import nothing else from newslint.
"""
from __future__ import annotations

__version__ = "0.1.0"

from .document import Block, Document, Line
from .api import lint_paths, lint_text
from .engine import Linter, Results
from .errors import ConfigError, PluginError, ReadError
from .findings import Finding, Severity
from .hookspecs import hookimpl
from .phrases import phrase_rule
from .rule import Context, Rule, rule

__all__ = [
    "Block",
    "ConfigError",
    "Context",
    "Document",
    "Finding",
    "Line",
    "Linter",
    "PluginError",
    "ReadError",
    "Results",
    "Rule",
    "Severity",
    "__version__",
    "hookimpl",
    "lint_paths",
    "lint_text",
    "phrase_rule",
    "rule",
]
