"""newslint: lint news article text for data quality and provenance.

The public API for users and plugin authors; import nothing else from newslint.
"""
from __future__ import annotations

__version__ = "0.1.0"

from .api import lint_paths, lint_text
from .document import Block, Document, Line
from .engine import Linter, Results
from .errors import ConfigError, PluginError, ReadError
from .findings import Finding, Severity
from .fixes import Edit, Fix
from .fixrun import FixResult, fix_text
from .hookspecs import hookimpl
from .phrases import compile_phrases, phrase_rule, read_list
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
    "compile_phrases",
    "fix_text",
    "hookimpl",
    "lint_paths",
    "lint_text",
    "phrase_rule",
    "read_list",
    "rule",
]
