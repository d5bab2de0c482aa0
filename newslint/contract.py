"""What the engine checks of a rule's output before it trusts it.

A plugin's check function may return anything; a wrong value must become an
NL003 finding naming the rule and where its code is, not a traceback that
stops the run, nor a silently garbled report."""
from __future__ import annotations

import inspect
from collections.abc import Iterable
from types import GeneratorType
from typing import Any, Iterator

from .errors import show_path
from .findings import Finding
from .fixes import Fix
from .rule import Rule


class ContractError(Exception):
    """A rule returned or yielded something that is not a valid finding."""


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 80 else f"{text[:77]}..."


def check_site(rule: Rule) -> str:
    """``path:line`` of a rule's check function, for messages about its output."""
    fn = inspect.unwrap(rule.check)
    code = getattr(fn, "__code__", None)
    return f"{show_path(code.co_filename)}:{code.co_firstlineno}" if code else ""


def findings_of(rule: Rule, result: Any) -> Iterator[Finding]:
    """The findings in a check function's result, checked one by one.

    A check may return None (nothing found) or any iterable of findings, and
    may yield None for "nothing here"; everything else raises ContractError.
    """
    if result is None:
        return
    # A generator (what almost every rule returns) is iterable: the ABC check,
    # by way of typing's alias, cost more than the rest of this function.
    if type(result) is not GeneratorType and (isinstance(result, (str, bytes, Finding)) or not isinstance(result, Iterable)):
        raise ContractError(
            f"returned {_shown(result)} ({type(result).__name__}), not an iterable of findings "
            "(yield ctx.finding(start, end, message) for each problem)"
        )
    for item in result:
        if item is None:
            continue
        if not isinstance(item, Finding):
            raise ContractError(
                f"yielded {_shown(item)} ({type(item).__name__}), not a Finding "
                "(make findings with ctx.finding(start, end, message))"
            )
        problem = finding_problem(item)
        if problem:
            raise ContractError(f"yielded a bad Finding: {problem}")
        yield item


def finding_problem(f: Finding) -> str | None:
    """Why a Finding cannot be reported as it is, or None."""
    if not isinstance(f.message, str) or not f.message.strip():
        return f"message {_shown(f.message)} is not a non-empty string"
    if "\n" in f.message or "\r" in f.message:
        return f"message {_shown(f.message)} spans several lines (a message is one line)"
    numbers = (f.line, f.column, f.end_line, f.end_column)
    if not all(isinstance(n, int) and not isinstance(n, bool) and n >= 1 for n in numbers):
        return f"line and column must be whole numbers from 1, got {numbers}"
    if (f.end_line, f.end_column) < (f.line, f.column):
        return f"ends at {f.end_line}:{f.end_column}, before it starts at {f.line}:{f.column}"
    if not isinstance(f.suggestions, tuple) or not all(isinstance(s, str) for s in f.suggestions):
        return f"suggestions {_shown(f.suggestions)} is not a sequence of strings"
    if f.fix is not None:
        if not isinstance(f.fix, Fix):
            return f"fix {_shown(f.fix)} is not a newslint.Fix (make it with ctx.replacement or ctx.line_removal)"
        if not f.fix.edits or any(getattr(e, "line", 0) < 1 for e in f.fix.edits):
            return "its fix was not checked against the text (pass it as ctx.finding(..., fix=...))"
    return None
