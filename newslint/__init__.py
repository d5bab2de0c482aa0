"""newslint: lint news article text for data quality and provenance.

The public API for users and plugin authors; import nothing else from newslint.
"""
from __future__ import annotations

__version__ = "0.1.0"

from .document import Block, Document, Line
from .engine import Linter, Results, lint_paths, lint_text
from .errors import ConfigError, PluginError, ReadError
from .findings import Finding, Severity
from .fixes import Edit, Fix
from .fixrun import FixResult, fix_text
from .hookspecs import hookimpl
from .phrases import phrase_rule
from .rule import Context, Rule, rule

__all__ = [
    "Block",
    "ConfigError",
    "Context",
    "Document",
    "Edit",
    "Finding",
    "Fix",
    "FixResult",
    "Line",
    "Linter",
    "PluginError",
    "ReadError",
    "Results",
    "Rule",
    "Severity",
    "__version__",
    "fix_text",
    "hookimpl",
    "lint_paths",
    "lint_text",
    "phrase_rule",
    "rule",
]
