"""Text for `newslint rules`, `newslint rule NAME`, `--show-settings` and `--version`."""
from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Mapping

from . import __version__
from .errors import ConfigError, did_you_mean, show_path

if TYPE_CHECKING:
    from .engine import Linter
    from .plugins import PluginInfo
    from .rule import Rule


def version_text(infos: Mapping[str, PluginInfo]) -> str:
    """`newslint --version`: newslint's version, then plugin packages, then local plugins."""
    lines = [f"newslint {__version__}"]
    packages = sorted({(i.package, i.version, bool(i.error)) for i in infos.values() if i.kind == "package"})
    local = sorted((i.name, show_path(i.location)) for i in infos.values() if i.kind == "local")
    if packages or local:
        lines.append("plugins:")
        lines += [f"  {name} {version}".rstrip() + (" (failed to load)" if bad else "") for name, version, bad in packages]
        lines += [f"  {name} ({location})" for name, location in local]
    lines.append(f"Python {sys.version.split()[0]}")
    return "\n".join(lines) + "\n"


def rules_table(linter: Linter) -> str:
    selected = {r.id for r in linter.rules}
    rows = [("ID", "NAME", "PLUGIN", "DEFAULT", "SUMMARY")]
    for rule in linter.registry:
        info = linter.plugins.get(rule.plugin)
        plugin = info.label if info else rule.plugin
        state = f"{'on' if rule.enabled_by_default else 'off'}, {rule.severity}"
        if (rule.id in selected) != rule.enabled_by_default:
            state += " (selected)" if rule.id in selected else " (ignored)"
        rows.append((rule.id, rule.name, plugin, state, rule.summary))
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    return "".join(
        "  ".join(col.ljust(w) for col, w in zip(row[:4], widths)) + "  " + row[4] + "\n" for row in rows
    )


def rule_doc(linter: Linter, key: str) -> str:
    rule = linter.registry.get(key)
    if rule is None:
        names = [r.name for r in linter.registry] + [r.id for r in linter.registry]
        raise ConfigError(f"unknown rule '{key}'{did_you_mean(key, names)}; `newslint rules` lists them")
    info = linter.plugins.get(rule.plugin)
    head = f"{rule.id} {rule.name}"
    lines = [
        head,
        "=" * len(head),
        f"plugin: {info.label if info else rule.plugin}; default: {'on' if rule.enabled_by_default else 'off'}; severity: {rule.severity}",
        f"module: {rule_module(rule)}",
    ]
    if rule.options:
        # The values in force for this run (config applied), so a user can
        # check what their [rules.NAME] table did; defaults are marked.
        current = linter.options.get(rule.id, rule.options)
        opts = ", ".join(
            f"{k} = {current.get(k, v)!r}" + ("" if current.get(k, v) != v else " (default)")
            for k, v in rule.options.items()
        )
        lines.append(f"options: {opts}")
    lines += ["", rule.doc.strip() or rule.summary, ""]
    return "\n".join(lines)


def rule_module(rule: Rule) -> str:
    """Where a rule's check function lives, so a reader finds its code in one step."""
    module = getattr(rule.check, "__module__", "") or ""
    return module.replace("newslint_local_plugins.", "local plugin ")


def _toml(value) -> str:
    """A setting's value as it would be written in .newslint.toml."""
    import json

    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{json.dumps(str(k))} = {_toml(v)}" for k, v in value.items()) + " }" if value else "{}"
    return json.dumps(str(value), ensure_ascii=False)


def settings_text(linter: Linter) -> str:
    """The resolved settings in TOML form, each with where its value came from."""
    c = linter.config
    out = [f"# config file: {c.path or '(none found; defaults)'}"]
    fields = [
        ("select", list(c.select) if c.select is not None else None),
        ("extend-select", c.extend_select), ("ignore", c.ignore),
        ("include", c.include), ("exclude", c.exclude), ("extend-exclude", c.extend_exclude),
        ("per-file-ignores", dict(c.per_file_ignores)),
        ("plugins", [str(p) for p in c.plugins]),
        ("fail-level", str(c.fail_level)), ("format", c.format),
        ("baseline", str(c.baseline) if c.baseline else None),
        ("jsonl-text-field", c.jsonl_text_field),
        ("regex-timeout", c.regex_timeout),
    ]
    for key, value in fields:
        src = c.sources.get(key, "default")
        if value is None:
            unset = "every rule that is on by default" if key == "select" else "not set"
            out.append(f"# {key} = ({unset})  # {src}")
            continue
        note = ""
        if key == "plugins" and value and not c.plugins_allowed:
            note = " (not loaded: the config lies inside the linted tree)"
        out.append(f"{key} = {_toml(value)}  # {src}{note}")
    out.append("# enabled rules: " + ", ".join(f"{r.id} ({r.name})" for r in linter.rules))
    for rule in linter.registry:
        opts = dict(linter.options.get(rule.id) or {})
        if rule.id in linter.severities:
            opts["severity"] = str(linter.severities[rule.id])
        if not opts:
            continue
        configured = c.rules.get(rule.name) or c.rules.get(rule.id) or {}
        src = f"  # {c.path}: {', '.join(configured)}" if configured else ""
        body = ", ".join(f"{k} = {_toml(v)}" for k, v in opts.items())
        out.append(f"rules.{rule.name} = {{ {body} }}{src}")
    return "\n".join(out) + "\n"


SECTIONS = ("What it does:", "Why it matters:", "Example:", "Options:", "Limitations:")


def builtin_registry():
    """newslint's own rules only, whatever else is installed."""
    from .plugins import build_plugin_manager
    from .registry import Registry

    pm, _ = build_plugin_manager(builtins_only=True)
    return Registry.from_plugins(pm)


def rules_markdown() -> str:
    """docs/rules.md: generated from the registry so it cannot drift from the code."""
    registry = builtin_registry()
    out = [
        "# Rules",
        "",
        "Generated from the rules' docstrings by `python -m newslint.ruledocs > docs/rules.md`",
        "(a test fails when this file is stale; `pytest --update-golden` rewrites it).",
        "`newslint rule NAME` prints the same text.",
        "",
        "| id | name | default | severity | summary |",
        "|---|---|---|---|---|",
    ]
    for rule in registry:
        default = "on" if rule.enabled_by_default else "off"
        out.append(f"| {rule.id} | [{rule.name}](#{rule.id.lower()}-{rule.name}) | {default} | {rule.severity} | {rule.summary} |")
    for rule in registry:
        out += ["", f"## {rule.id} {rule.name}", ""]
        if rule.options:
            opts = ", ".join(f"`{k} = {v!r}`" for k, v in rule.options.items())
            out += [f"Default: {'on' if rule.enabled_by_default else 'off'}, {rule.severity}. Options: {opts}.", ""]
        else:
            out += [f"Default: {'on' if rule.enabled_by_default else 'off'}, {rule.severity}.", ""]
        out += ["```text", rule.doc.strip(), "```"]
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    import sys

    sys.stdout.write(rules_markdown())
