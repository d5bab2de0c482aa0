"""newslint: lint news article text for data quality and provenance.

The public API for users and plugin authors; import nothing else from newslint.
"""
from __future__ import annotations

__version__ = "0.1.0"

import sys
import types
from typing import TYPE_CHECKING, Any

# The public names, by the module that defines them.  They are imported on
# first use (PEP 562): the command line's fast path (replay.py) imports this
# package without the engine, the config parser and ``regex`` behind them.
_WHERE = {
    "lint_paths": "api", "lint_text": "api",
    "Block": "document", "Document": "document", "Line": "document",
    "Linter": "engine", "Results": "engine",
    "ConfigError": "errors", "PluginError": "errors", "ReadError": "errors",
    "Finding": "findings", "Severity": "findings",
    "Edit": "fixes", "Fix": "fixes",
    "FixResult": "fixrun", "fix_text": "fixrun",
    "hookimpl": "hookspecs",
    "compile_phrases": "phrases", "phrase_rule": "phrases", "read_list": "phrases",
    "Context": "rule", "Rule": "rule", "rule": "rule",
}

if TYPE_CHECKING:
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


def __getattr__(name: str) -> Any:
    where = _WHERE.get(name)
    if where is None:
        raise AttributeError(f"module 'newslint' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(f".{where}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_WHERE})


class _Package(types.ModuleType):
    """Importing the submodule ``newslint.rule`` binds the package's ``rule``
    to that module (the import system does it); the public ``rule`` is the
    decorator the module defines, as when this file imported it eagerly."""

    def __setattr__(self, name: str, value: Any) -> None:
        if name == "rule" and isinstance(value, types.ModuleType):
            value = value.rule
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package


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
