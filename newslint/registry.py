"""The rules known to a run, and selection by id, id prefix or name."""
from __future__ import annotations

import difflib
from typing import Iterable, Mapping, Sequence

import pluggy

from .errors import ConfigError, PluginError
from .rule import Rule


class Registry:
    """All rules registered through ``newslint_register_rules``, by id and name."""

    def __init__(self, rules: Iterable[Rule]) -> None:
        self.by_id: dict[str, Rule] = {}
        self.by_name: dict[str, Rule] = {}
        for rule in rules:
            for key, table in ((rule.id, self.by_id), (rule.name, self.by_name)):
                other = table.get(key)
                if other is not None:
                    raise PluginError(
                        f"rule {key} is registered twice: by plugin {other.plugin} and by plugin {rule.plugin}"
                    )
                table[key] = rule

    @classmethod
    def from_plugins(cls, pm: pluggy.PluginManager) -> Registry:
        rules: list[Rule] = []
        for impl in reversed(pm.hook.newslint_register_rules.get_hookimpls()):
            try:
                provided = list(impl.function() or ())
            except Exception as exc:
                raise PluginError(
                    f"plugin {impl.plugin_name}: newslint_register_rules raised {type(exc).__name__}: {exc}"
                ) from exc
            for rule in provided:
                if not isinstance(rule, Rule):
                    raise PluginError(
                        f"plugin {impl.plugin_name}: newslint_register_rules returned {rule!r}, not a newslint.Rule"
                    )
                rules.append(_with_plugin(rule, impl.plugin_name))
        return cls(rules)

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


def _with_plugin(rule: Rule, plugin: str) -> Rule:
    from dataclasses import replace

    return replace(rule, plugin=rule.plugin or plugin)
