"""The rules known to a run, and selection by id, id prefix or name."""
from __future__ import annotations

import os
from dataclasses import replace
from typing import Iterable, Iterator, Mapping, Sequence

import pluggy

from .errors import ConfigError, PluginError, crash_site, did_you_mean, one_line, show_path
from .rule import Rule


class Registry:
    """All rules registered through ``newslint_register_rules``, by id and name."""

    def __init__(self, rules: Iterable[Rule], where: Mapping[str, str] | None = None) -> None:
        self.by_id: dict[str, Rule] = {}
        self.by_name: dict[str, Rule] = {}
        # Plugins left out of this run (--disable-plugin, NEWSLINT_BUILTINS_ONLY):
        # settings that name their rules are then skipped, not errors.
        self.skipped_plugins: list[str] = []
        # Plugins whose newslint_register_rules failed, with the message, when
        # the registry was built tolerantly (for --version and `newslint rules`).
        self.broken: dict[str, str] = {}
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
    def from_plugins(
        cls, pm: pluggy.PluginManager, tolerant: bool = False
    ) -> Registry:
        """The rules every registered plugin provides.  A failing or malformed
        ``newslint_register_rules`` is a PluginError naming the plugin, its
        file and line, and the ``--disable-plugin`` switch that leaves it out;
        with ``tolerant`` the plugin is recorded in ``broken`` instead."""
        rules: list[Rule] = []
        where: dict[str, str] = {}
        broken: dict[str, str] = {}
        for impl in reversed(pm.hook.newslint_register_rules.get_hookimpls()):
            where[impl.plugin_name] = _location(impl.plugin)
            try:
                rules.extend(_rules_of(impl, where[impl.plugin_name]))
            except PluginError as exc:
                if not tolerant:
                    raise
                broken[impl.plugin_name] = str(exc)
        registry = cls(rules, where)
        registry.broken = broken
        registry.skipped_plugins = sorted(
            [name for name, plugin in pm.list_name_plugin() if plugin is None] + list(broken)
        )
        return registry

    def __iter__(self) -> Iterator[Rule]:
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
                hint = did_you_mean(sel, [*self.by_id, *self.by_name])
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


def _rules_of(impl: pluggy.HookImpl, location: str) -> list[Rule]:
    name = impl.plugin_name
    label = f"plugin {name}" + (f" ({location})" if location else "")
    hint = f"; run with --disable-plugin {name} to lint without it"
    try:
        result = impl.function()
    except Exception as exc:
        site = crash_site(exc, impl.function)
        raise PluginError(
            f"plugin {name}{' (' + site + ')' if site else ''}: newslint_register_rules raised {one_line(exc)}{hint}"
        ) from exc
    if result is None:
        return []
    if isinstance(result, Rule) or not isinstance(result, Iterable):
        raise PluginError(f"{label}: newslint_register_rules must return a list of rules, not {type(result).__name__}{hint}")
    out = []
    for rule in result:
        if not isinstance(rule, Rule):
            raise PluginError(
                f"{label}: newslint_register_rules returned {rule!r}, not a newslint.Rule "
                f"(make rules with @newslint.rule or newslint.phrase_rule){hint}"
            )
        out.append(replace(rule, plugin=rule.plugin or name))
    return out


def _location(plugin: object) -> str:
    """The file a plugin module was loaded from, relative to the working folder if inside it."""
    file = getattr(plugin, "__file__", None)
    return show_path(os.path.abspath(file)) if file else ""
