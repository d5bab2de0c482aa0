"""Rule options: check a ``[rules.NAME]`` table (or a test's options) against
the defaults a rule declares.  One place, used by the engine for config files
and by :mod:`newslint.testing` for tests, so both accept and refuse the same."""
from __future__ import annotations

from pathlib import Path
from typing import Any, Mapping

from .findings import Severity
from .rule import Rule

# Keys every [rules.NAME] table takes besides the rule's own options.
RESERVED = ("severity",)


class OptionError(ValueError):
    """An option that a rule does not have, or a value of the wrong type.

    ``key`` is the option's name; ``choices`` the names it could have meant."""

    def __init__(self, key: str, message: str, choices: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.key = key
        self.message = message
        self.choices = choices


class OptionTypeError(OptionError, TypeError):
    """A value whose type (or the type of one of its elements) is wrong."""


def type_name(value: Any) -> str:
    """How a config value's type is said in messages: TOML's words, not Python's."""
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int):
        return "an integer"
    if isinstance(value, float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, (list, tuple)):
        return "a list"
    if isinstance(value, Mapping):
        return "a table"
    return type(value).__name__


def _same_type(default: Any, value: Any) -> bool:
    if isinstance(default, bool) or isinstance(value, bool):
        return isinstance(default, bool) and isinstance(value, bool)
    if isinstance(default, float):
        return isinstance(value, (int, float))
    if isinstance(default, (list, tuple)):
        return isinstance(value, list)
    return isinstance(value, type(default))


def _element_problem(default: Any, value: list[Any]) -> str | None:
    """A list option's elements must have the type of the default's elements
    (strings where the default is empty: every list option so far is one)."""
    sample = default[0] if default else ""
    for i, item in enumerate(value):
        if not _same_type(sample, item):
            return f"element {i + 1} is {type_name(item)} ({item!r}), expected {type_name(sample)}"
    return None


def check_value(rule: Rule, key: str, value: Any) -> Any:
    """``value`` for option ``key`` of ``rule``, or :class:`OptionError`."""
    if key not in rule.options:
        raise OptionError(
            key,
            f"unknown option of rule {rule.name}",
            (*rule.options, *RESERVED),
        )
    default = rule.options[key]
    if not _same_type(default, value):
        raise OptionTypeError(key, f"expected {type_name(default)}, got {type_name(value)}")
    if isinstance(default, (list, tuple)):
        problem = _element_problem(default, value)
        if problem:
            raise OptionTypeError(key, problem)
    return value


def validate(
    rule: Rule, given: Mapping[str, Any], root: Path | None = None
) -> tuple[dict[str, Any], Severity | None]:
    """The options in force for ``rule`` (defaults, then ``given``) and the
    severity ``given`` sets, if any.  A string option whose name ends in
    ``file`` is a path: relative to ``root`` (the config file's folder)."""
    options = dict(rule.options)
    severity: Severity | None = None
    for key, value in given.items():
        if key == "severity":
            try:
                severity = Severity.parse(value)
            except ValueError as exc:
                raise OptionError(key, str(exc)) from None
            continue
        value = check_value(rule, key, value)
        if root is not None and isinstance(value, str) and key.endswith("file") and value:
            value = str((root / value).resolve())
        options[key] = value
    return options, severity
