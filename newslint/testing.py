"""Helpers for testing rules, in newslint's own tests and in plugin packages.

A test states the findings it expects, one string each, as
``"LINE:COL RULE message"``::

    from newslint.testing import assert_findings
    from my_plugin import house_style          # a module with @hookimpl hooks

    def test_capital_as_source():
        assert_findings(
            house_style,
            "Beijing says the plan is on track.\\nOfficials in Moscow said no.\\n",
            ["1:1 HOUSE102 'Beijing says': name the ministry, agency or official who spoke"],
        )

The target is a :class:`~newslint.Rule`, a plugin module (anything with a
``newslint_register_rules`` hook), a path to a local plugin file, or a rule id or
name looked up among the installed plugins (``"typo"``, ``"NL101"``); or a list
of these.  ``RULE`` in an expected string is the rule's id or its name.  Leave
the message out (``"1:1 HOUSE102"``) to check only position and rule; add the
end (``"1:1-1:13 HOUSE102 ..."``, end exclusive) to check the span too.  A
finding with suggestions renders as the command line shows it:
``message (did you mean 'x'?)``.  Findings inside a record of a multi-record
file start with ``#N``: ``"#2 1:5 NL101 ..."``.

On a mismatch the AssertionError lists the missing and the unexpected findings,
each with its line of text, and then every finding the rule produced.

Rule and module targets run the check functions directly on one
:class:`~newslint.Document`, so an exception in a rule reaches the test with its
traceback.  Name targets run through the same engine as the command line
(readers chosen by ``path``, inline suppressions); a rule crash there fails the
test with the NL003 message.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from types import ModuleType
from typing import Any, Iterable, Mapping, Sequence, Union

import regex

from . import options as rule_options
from .contract import findings_of
from .document import Document
from .errors import did_you_mean
from .findings import Finding, Severity, with_suggestions
from .plugins import import_file
from .rule import Context, Rule

Target = Union[Rule, ModuleType, str, Path, Sequence[Any]]

__all__ = ["assert_findings", "assert_no_findings", "findings", "render", "rules_of"]

_EXPECTED = regex.compile(
    r"(?:\#(?P<record>\d+)\s+)?(?P<line>\d+):(?P<col>\d+)(?:-(?P<eline>\d+):(?P<ecol>\d+))?"
    r"\s+(?P<rule>\S+)(?:\s+(?P<message>.*\S))?\s*"
)


@dataclass(frozen=True)
class _Expected:
    text: str
    record: int | None
    line: int
    column: int
    end: tuple[int, int] | None
    rule: str
    message: str | None

    def matches(self, f: Finding) -> bool:
        return (
            (f.record or None) == self.record
            and (f.line, f.column) == (self.line, self.column)
            and (self.end is None or (f.end_line, f.end_column) == self.end)
            and self.rule in (f.rule, f.name)
            and (self.message is None or self.message == _message(f))
        )


def _message(f: Finding) -> str:
    return with_suggestions(f)


def render(found: Iterable[Finding], ends: bool = False) -> list[str]:
    """Findings as the strings ``assert_findings`` compares: ``"LINE:COL RULE message"``."""
    out = []
    for f in found:
        record = f"#{f.record} " if f.record is not None else ""
        end = f"-{f.end_line}:{f.end_column}" if ends else ""
        out.append(f"{record}{f.line}:{f.column}{end} {f.rule} {_message(f)}")
    return out


def _parse(entry: str) -> _Expected:
    m = _EXPECTED.fullmatch(entry)
    if m is None:
        raise ValueError(
            f"expected finding {entry!r} is not 'LINE:COL RULE [message]' "
            "(e.g. '2:5 NL101 ...', '#3 1:1 typo', '2:5-2:9 NL101 ...')"
        )
    end = (int(m["eline"]), int(m["ecol"])) if m["eline"] else None
    record = int(m["record"]) if m["record"] else None
    return _Expected(entry, record, int(m["line"]), int(m["col"]), end, m["rule"], m["message"])


# -- running rules ---------------------------------------------------------------


def rules_of(target: Target) -> list[Rule]:
    """The rules a Rule, plugin module or plugin file provides (not rule names)."""
    if isinstance(target, Rule):
        return [target]
    if isinstance(target, (str, Path)) and str(target).endswith(".py"):
        target = _load_file(str(Path(target).resolve()))
    hook = getattr(target, "newslint_register_rules", None)
    if hook is not None:
        rules = list(hook() or ())
        bad = [r for r in rules if not isinstance(r, Rule)]
        if bad:
            raise TypeError(f"newslint_register_rules returned {bad[0]!r}, not a newslint.Rule")
        name = getattr(target, "__name__", repr(target))
        return [r if r.plugin else _with_plugin(r, name) for r in rules]
    if isinstance(target, (list, tuple)):
        return [rule for item in target for rule in rules_of(item)]
    raise TypeError(f"cannot get rules from {target!r}: pass a Rule, a plugin module or a .py file")


def _with_plugin(rule: Rule, plugin: str) -> Rule:
    from dataclasses import replace

    return replace(rule, plugin=plugin)


@lru_cache(maxsize=None)
def _load_file(path: str) -> ModuleType:
    return import_file(Path(path), f"local:{Path(path).stem}")


def _is_name(target: Any) -> bool:
    return isinstance(target, str) and not target.endswith(".py")


def findings(
    target: Target,
    text: str,
    *,
    options: Mapping[str, Any] | None = None,
    path: str = "<text>",
    metadata: Mapping[str, Any] | None = None,
    plugins: Sequence[str | Path] = (),
) -> list[Finding]:
    """Run the target's rules over ``text`` and return the sorted findings.

    ``options`` are rule options as in ``[rules.NAME]``: a flat mapping when the
    target has one rule, else ``{rule name: {option: value}}``; they are checked
    as the config file's are (unknown option, wrong type).  ``plugins`` names
    local plugin files or folders to load for name targets.
    """
    names = [t for t in (target if isinstance(target, (list, tuple)) else [target]) if _is_name(t)]
    objects = [t for t in (target if isinstance(target, (list, tuple)) else [target]) if not _is_name(t)]
    out: list[Finding] = []
    if objects:
        rules = rules_of(list(objects))
        doc = Document(path=path, text=text, metadata=dict(metadata or {}))
        per_rule = _split_options(rules, options)
        for rule in rules:
            opts, severity = _validated(rule, per_rule.get(rule.id, {}))
            ctx = Context(doc, rule, opts, severity)
            out.extend(findings_of(rule, rule.check(doc, ctx)))
    if names:
        if metadata:
            raise ValueError("metadata= works with Rule and module targets; for names, use a .md or .jsonl path")
        out.extend(_by_name(tuple(str(n) for n in names), text, path, options, tuple(str(p) for p in plugins)))
    return sorted(out, key=lambda f: f.sort_key)


def _split_options(rules: list[Rule], options: Mapping[str, Any] | None) -> dict[str, dict[str, Any]]:
    if not options:
        return {}
    keys = {r.id: r for r in rules} | {r.name: r for r in rules}
    if all(k in keys and isinstance(v, Mapping) for k, v in options.items()):
        return {keys[k].id: dict(v) for k, v in options.items()}
    if len(rules) != 1:
        raise ValueError("several rules: give options per rule, as {rule name: {option: value}}")
    return {rules[0].id: dict(options)}


def _validated(rule: Rule, given: Mapping[str, Any]) -> tuple[dict[str, Any], Severity | None]:
    """Options checked exactly as a config file's are (unknown name, type of
    the value and of a list's elements); a ValueError or TypeError here."""
    try:
        return rule_options.validate(rule, given)
    except rule_options.OptionError as exc:
        if exc.choices:  # an option the rule does not have
            has = ", ".join(rule.options) or "none"
            message = f"rule {rule.name} has no option '{exc.key}'{did_you_mean(exc.key, exc.choices)}; it has: {has}"
        else:
            message = f"option '{exc.key}' of rule {rule.name}: {exc.message}"
        raise type(exc)(exc.key, message) from None


def _linter(names: tuple[str, ...], options: Mapping[str, Any] | None, plugins: tuple[str, ...]):
    from .config import Config
    from .engine import Linter

    key = (names, repr(sorted((options or {}).items())), plugins)
    cached = _LINTERS.get(key)
    if cached is None:
        rules_options: dict[str, Any] = {}
        if options:
            if all(isinstance(v, Mapping) for v in options.values()):
                rules_options = {k: dict(v) for k, v in options.items()}
            elif len(names) == 1:
                rules_options = {names[0]: dict(options)}
            else:
                raise ValueError("several rules: give options per rule, as {rule name: {option: value}}")
        # NL003 is selected too: a crash must fail the test, not vanish with the selection.
        cached = Linter(
            Config(rules=rules_options),
            plugin_paths=[Path(p).resolve() for p in plugins],
            select=[*names, "NL003"],
        )
        _LINTERS[key] = cached
    return cached


_LINTERS: dict[Any, Any] = {}


def _by_name(names: tuple[str, ...], text: str, path: str, options: Any, plugins: tuple[str, ...]) -> list[Finding]:
    linter = _linter(names, options, plugins)
    found = linter.lint_text(text, path)
    asked_for_crashes = {"NL003", "RULE-ERROR"} & {n.upper() for n in names}
    crashes = [f for f in found if f.rule == "NL003"]
    if crashes and not asked_for_crashes:
        raise AssertionError(crashes[0].message)
    return found


# -- assertions ------------------------------------------------------------------


def assert_findings(
    target: Target,
    text: str,
    expected: Sequence[str],
    *,
    options: Mapping[str, Any] | None = None,
    path: str = "<text>",
    metadata: Mapping[str, Any] | None = None,
    plugins: Sequence[str | Path] = (),
) -> list[Finding]:
    """Assert that ``text`` produces exactly the ``expected`` findings (in any order).

    Returns the findings, for further checks (suggestions, severities).
    """
    if isinstance(expected, str):
        raise TypeError("expected must be a list of strings, e.g. ['2:5 NL101 ...']")
    wanted = [_parse(e) for e in expected]
    found = findings(target, text, options=options, path=path, metadata=metadata, plugins=plugins)
    unmatched = list(found)
    missing: list[_Expected] = []
    for exp in wanted:
        hit = next((f for f in unmatched if exp.matches(f)), None)
        if hit is None:
            missing.append(exp)
        else:
            unmatched.remove(hit)
    if missing or unmatched:
        raise AssertionError(_report(text, missing, unmatched, found))
    return found


def assert_no_findings(target: Target, text: str, **kwargs: Any) -> None:
    """Assert that ``text`` produces no finding at all."""
    assert_findings(target, text, [], **kwargs)


def _report(text: str, missing: list[_Expected], unexpected: list[Finding], found: list[Finding]) -> str:
    lines = text.splitlines()

    def source(line: int) -> str:
        return f"\n        | {lines[line - 1]}" if 0 < line <= len(lines) else ""

    out = ["findings differ"]
    for exp in missing:
        out.append(f"  missing:    {exp.text}{source(exp.line)}")
    for f in unexpected:
        out.append(f"  unexpected: {render([f])[0]}{source(f.line)}")
    out.append("all findings (with ends):" if found else "the rules found nothing")
    out += [f"  {r}" for r in render(found, ends=True)]
    return "\n".join(out)
