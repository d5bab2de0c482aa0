"""The rules a linter runs: collected from the plugins, selected, their options checked.

Split from :class:`~newslint.engine.Linter` so the linter can leave it until
a rule is needed: a run whose files are all findings-cache hits never
imports a rule module (``cli.py``, ``cache.known_settings``).
"""
from __future__ import annotations

from typing import Any, NamedTuple, Sequence

import pluggy

from . import options as rule_options
from .config import Config, config_error, key_location
from .findings import Severity
from .registry import Registry
from .rule import Rule

# The engine's own findings: a file it could not read, a rule that crashed.
UNREADABLE = "NL001"
RULE_ERROR = "NL003"


class RuleSet(NamedTuple):
    registry: Registry
    rules: list[Rule]  # selected, sorted by id
    options: dict[str, dict[str, Any]]  # by rule id, checked
    severities: dict[str, Severity]  # by rule id, where the config sets one


def build(
    pm: pluggy.PluginManager,
    config: Config,
    tolerant: bool,
    skipped_local: Sequence[str],
    select: Sequence[str] | None,
    extend_select: tuple[str, ...],
    ignore: tuple[str, ...],
) -> RuleSet:
    """Raises the configuration's errors (unknown rules, bad options) as
    ConfigError, a failing plugin as PluginError unless ``tolerant``."""
    registry = Registry.from_plugins(pm, tolerant=tolerant)
    registry.skipped_plugins += skipped_local
    where = {k: f"{v}: {k}" for k, v in config.sources.items()}
    sel = select if select is not None else config.select
    ignored = tuple(config.ignore) + ignore
    rules = registry.selected(sel, tuple(config.extend_select) + extend_select, ignored, where)
    # Like a syntax error in ruff, an unreadable file or a crashed rule is
    # reported whatever --select says: it means part of the input went
    # unchecked.  Only an explicit ignore silences them.
    ignored_ids = registry.resolve(ignored, "ignore")
    chosen = {r.id for r in rules}
    for rid in (UNREADABLE, RULE_ERROR):
        if rid in registry.by_id and rid not in ignored_ids and rid not in chosen:
            rules.append(registry.by_id[rid])
    rules.sort(key=lambda r: r.id)
    options, severities = _rule_settings(registry, config)
    for pattern, codes in config.per_file_ignores.items():
        registry.resolve(codes, f"{key_location(config.path, pattern)}: per-file-ignores.{pattern}")
    return RuleSet(registry, rules, options, severities)


def _rule_settings(registry: Registry, config: Config) -> tuple[dict[str, dict[str, Any]], dict[str, Severity]]:
    options: dict[str, dict[str, Any]] = {r.id: dict(r.options) for r in registry}
    severities: dict[str, Severity] = {}
    path = config.path
    for key, table in config.rules.items():
        rule = registry.get(key)
        if rule is None and registry.skipped_plugins:
            continue  # options of a rule whose plugin is left out of this run
        if rule is None:
            raise config_error(path, f"rules.{key}", "unknown rule", [r.name for r in registry])
        try:
            options[rule.id], severity = rule_options.validate(rule, table, config.root)
        except rule_options.OptionError as exc:
            raise config_error(path, f"rules.{key}.{exc.key}", exc.message, list(exc.choices)) from None
        if severity is not None:
            severities[rule.id] = severity
    return options, severities
