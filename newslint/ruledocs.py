"""Text for `newslint rules`, `newslint rule NAME` and `--show-settings`."""
from __future__ import annotations

from typing import TYPE_CHECKING

from .errors import ConfigError

if TYPE_CHECKING:
    from .engine import Linter


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
        import difflib

        names = [r.name for r in linter.registry] + [r.id for r in linter.registry]
        close = difflib.get_close_matches(key, names, n=1)
        hint = f" (did you mean '{close[0]}'?)" if close else ""
        raise ConfigError(f"unknown rule '{key}'{hint}; `newslint rules` lists them")
    info = linter.plugins.get(rule.plugin)
    head = f"{rule.id} {rule.name}"
    lines = [
        head,
        "=" * len(head),
        f"plugin: {info.label if info else rule.plugin}; default: {'on' if rule.enabled_by_default else 'off'}; severity: {rule.severity}",
    ]
    if rule.options:
        opts = ", ".join(f"{k} = {v!r}" for k, v in rule.options.items())
        lines.append(f"options: {opts}")
    lines += ["", rule.doc.strip() or rule.summary, ""]
    return "\n".join(lines)


def settings_text(linter: Linter) -> str:
    c = linter.config
    out = [f"config file: {c.path or '(none found; defaults)'}"]
    fields = [
        ("select", c.select), ("extend-select", c.extend_select), ("ignore", c.ignore),
        ("include", c.include), ("exclude", c.exclude), ("extend-exclude", c.extend_exclude),
        ("per-file-ignores", dict(c.per_file_ignores)),
        ("plugins", [str(p) for p in c.plugins] + ([] if c.plugins_allowed else ["(not loaded: config inside the linted tree)"])),
        ("fail-level", str(c.fail_level)), ("format", c.format),
        ("baseline", str(c.baseline) if c.baseline else None),
        ("regex-timeout", c.regex_timeout),
    ]
    for key, value in fields:
        src = c.sources.get(key, "default")
        out.append(f"{key} = {value!r}  # {src}")
    out.append("enabled rules = " + ", ".join(f"{r.id} ({r.name})" for r in linter.rules))
    for rule in linter.registry:
        opts = linter.options.get(rule.id) or {}
        if opts:
            out.append(f"[rules.{rule.name}] " + ", ".join(f"{k} = {v!r}" for k, v in opts.items()))
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
