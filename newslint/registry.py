"""The rules known to a run, and selection by id, id prefix or name."""
from __future__ import annotations

import difflib
from typing import Iterable, Mapping, Sequence

import pluggy

from .errors import ConfigError, PluginError
from .rule import Rule


class Registry:
    """All rules registered through ``newslint_register_rules``, by id and name."""

    def __init__(self, rules: Iterable[Rule], where: Mapping[str, str] | None = None) -> None:
        self.by_id: dict[str, Rule] = {}
        self.by_name: dict[str, Rule] = {}
        # Plugins left out of this run (--disable-plugin, NEWSLINT_BUILTINS_ONLY):
        # settings that name their rules are then skipped, not errors.
        self.skipped_plugins: list[str] = []
        where = where or {}

        def plugin(rule: Rule) -> str:
            loc = where.get(rule.plugin)
            return f"plugin {rule.plugin}" + (f" ({loc})" if loc else "")

        for rule in rules:
            for key, table in ((rule.id, self.by_id), (rule.name, self.by_name)):
                other = table.get(key)
                if other is not None:
                    kind = "id" if key == rule.id else "name"
                    raise PluginError(
                        f"rule {kind} {key} is registered twice: by {plugin(other)} and by {plugin(rule)}; "
                        "rule ids and names must be unique (give plugin rules their own prefix, e.g. ACME101)"
                    )
                table[key] = rule

    @classmethod
    def from_plugins(cls, pm: pluggy.PluginManager) -> Registry:
        rules: list[Rule] = []
        where: dict[str, str] = {}
        for impl in reversed(pm.hook.newslint_register_rules.get_hookimpls()):
            where[impl.plugin_name] = _location(impl.plugin)
            label = f"plugin {impl.plugin_name}" + (f" ({where[impl.plugin_name]})" if where[impl.plugin_name] else "")
            try:
                result = impl.function()
            except Exception as exc:
                from .plugins import crash_site

                site = crash_site(exc, impl.function)
                raise PluginError(
                    f"{label}: newslint_register_rules raised {type(exc).__name__}: {' '.join(str(exc).split())}"
                    + (f" at {site}" if site else "")
                ) from exc
            if result is None:
                continue
            if isinstance(result, Rule) or not isinstance(result, Iterable):
                raise PluginError(
                    f"{label}: newslint_register_rules must return a list of rules, not {type(result).__name__}"
                )
            for rule in result:
                if not isinstance(rule, Rule):
                    raise PluginError(
                        f"{label}: newslint_register_rules returned {rule!r}, not a newslint.Rule "
                        "(make rules with @newslint.rule or newslint.phrase_rule)"
                    )
                rules.append(_with_plugin(rule, impl.plugin_name))
        registry = cls(rules, where)
        registry.skipped_plugins = sorted(name for name, plugin in pm.list_name_plugin() if plugin is None)
        return registry

    def __iter__(self):
        return iter(sorted(self.by_id.values(), key=lambda r: r.id))

    def get(self, key: str) -> Rule | None:
        return self.by_id.get(key.upper()) or self.by_name.get(key.lower())

    def resolve(self, selectors: Sequence[str], where: str) -> set[str]:
        """Rule ids matched by selectors: ``ALL``, an id, an id prefix, or a name."""
        ids: set[str] = set()
        for raw in selectors:
            sel = raw.strip()
            if not sel:
                continue
            if sel.upper() == "ALL":
                ids.update(self.by_id)
                continue
            rule = self.get(sel)
            if rule:
                ids.add(rule.id)
                continue
            matched = {rid for rid in self.by_id if rid.startswith(sel.upper())}
            if not matched and self.skipped_plugins:
                continue  # may belong to a plugin left out of this run
            if not matched:
                close = difflib.get_close_matches(sel, [*self.by_id, *self.by_name], n=1)
                hint = f" (did you mean '{close[0]}'?)" if close else ""
                raise ConfigError(f"{where}: unknown rule '{sel}'{hint}; `newslint rules` lists them")
            ids.update(matched)
        return ids

    def selected(
        self,
        select: Sequence[str] | None,
        extend_select: Sequence[str],
        ignore: Sequence[str],
        where: Mapping[str, str],
    ) -> list[Rule]:
        if select is None:
            ids = {r.id for r in self.by_id.values() if r.enabled_by_default}
        else:
            ids = self.resolve(select, where.get("select", "select"))
        ids |= self.resolve(extend_select, where.get("extend-select", "extend-select"))
        ids -= self.resolve(ignore, where.get("ignore", "ignore"))
        return [self.by_id[i] for i in sorted(ids)]


def _location(plugin: object) -> str:
    """The file a plugin module was loaded from, relative to the working folder if inside it."""
    import os

    file = getattr(plugin, "__file__", None)
    if not file:
        return ""
    rel = os.path.relpath(file)
    return file if rel.startswith("..") else rel


def _with_plugin(rule: Rule, plugin: str) -> Rule:
    from dataclasses import replace

    return replace(rule, plugin=rule.plugin or plugin)
