"""Build the plugin manager: entry points, local plugin files, blocking.

Every rule, reader and reporter, built-in or not, arrives through here.
"""
from __future__ import annotations

import difflib
import importlib
import importlib.util
import inspect
import os
import sys
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from types import ModuleType
from typing import Iterable, Sequence

import pluggy

from . import hookspecs
from .errors import PluginError
from .hookspecs import PROJECT

# Set to 1 to load newslint's own rules, readers and reporters and nothing else:
# the quickest way to tell whether a third-party plugin causes a problem.
BUILTINS_ONLY_ENV = "NEWSLINT_BUILTINS_ONLY"
_HOOK_NAMES = [name for name in dir(hookspecs) if name.startswith("newslint_")]


@dataclass(frozen=True)
class PluginInfo:
    """A loaded plugin: its registered name, the distribution it came from, and where."""

    name: str
    package: str
    version: str
    location: str

    @property
    def label(self) -> str:
        return f"{self.package} {self.version}" if self.version else self.package


def _builtin_dist_name() -> str:
    return PROJECT


def build_plugin_manager(
    local_paths: Sequence[Path] = (),
    disabled: Sequence[str] = (),
    builtins_only: bool | None = None,
) -> tuple[pluggy.PluginManager, dict[str, PluginInfo]]:
    """Create the plugin manager with entry-point plugins and local plugin files.

    Raises PluginError naming the plugin (and file) on any load problem.
    """
    if builtins_only is None:
        builtins_only = os.environ.get(BUILTINS_ONLY_ENV, "") not in ("", "0", "false", "no")
    pm = pluggy.PluginManager(PROJECT)
    pm.add_hookspecs(hookspecs)
    infos: dict[str, PluginInfo] = {}
    for name in disabled:
        pm.set_blocked(name)

    seen_builtin = False
    for dist in metadata.distributions():
        dist_name = dist.metadata.get("Name") or ""
        for ep in dist.entry_points:
            if ep.group != PROJECT:
                continue
            is_builtin = _normalise(dist_name) == PROJECT
            seen_builtin |= is_builtin
            if builtins_only and not is_builtin:
                continue
            plugin_name = ep.name if is_builtin else f"{dist_name}:{ep.name}"
            if pm.is_blocked(plugin_name) or pm.is_blocked(dist_name) or pm.has_plugin(plugin_name):
                continue
            try:
                module = ep.load()
            except Exception as exc:  # any import-time failure of third-party code
                raise PluginError(
                    f"plugin {plugin_name} ({ep.value}) failed to import: {type(exc).__name__}: {exc}"
                ) from exc
            _register(pm, module, plugin_name)
            infos[plugin_name] = PluginInfo(plugin_name, dist_name, dist.version, ep.value)
    if not seen_builtin:
        # Running from a source tree that was never installed: register the
        # built-ins directly so the tool still works.
        for ep_name, module_name in _builtin_modules():
            if not pm.is_blocked(ep_name):
                _register(pm, importlib.import_module(module_name), ep_name)
                infos[ep_name] = PluginInfo(ep_name, PROJECT, _own_version(), module_name)

    if not builtins_only:
        for file in _plugin_files(local_paths):
            plugin_name = f"local:{file.stem}"
            if pm.is_blocked(plugin_name) or pm.is_blocked(file.stem):
                continue
            module = _import_file(file, plugin_name)
            _register(pm, module, plugin_name)
            infos[plugin_name] = PluginInfo(plugin_name, "local", "", str(file))
    _check_hooks(pm, infos)
    return pm, infos


def _normalise(name: str) -> str:
    return name.lower().replace("_", "-")


def _own_version() -> str:
    from . import __version__

    return __version__


def _builtin_modules() -> list[tuple[str, str]]:
    # Mirrors [project.entry-points.newslint] in pyproject.toml.
    return [
        ("reader-markdown", "newslint.readers.markdown"),
        ("reader-jsonl", "newslint.readers.jsonl"),
        ("reader-text", "newslint.readers.text"),
        ("reporters", "newslint.reporters.builtin"),
        ("meta", "newslint.rules.meta"),
        ("typos", "newslint.rules.typos"),
        ("duplicates", "newslint.rules.duplicates"),
        ("scraping", "newslint.rules.scraping"),
        ("markup", "newslint.rules.markup"),
        ("attribution", "newslint.rules.attribution"),
        ("ai_content", "newslint.rules.ai_content"),
    ]


def _plugin_files(paths: Iterable[Path]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        path = Path(path)
        if path.is_dir():
            files.extend(sorted(p for p in path.glob("*.py") if not p.name.startswith("_")))
        elif path.is_file():
            files.append(path)
        else:
            raise PluginError(f"plugin path {path} does not exist")
    return files


def _import_file(file: Path, plugin_name: str) -> ModuleType:
    module_name = f"newslint_local_plugins.{file.stem}"
    spec = importlib.util.spec_from_file_location(module_name, file)
    if spec is None or spec.loader is None:
        raise PluginError(f"plugin {plugin_name} ({file}): not a Python module")
    module = importlib.util.module_from_spec(spec)
    # A plugin may import helpers that sit beside it; the folder is on sys.path
    # only while the module runs, so linting leaves no lasting trace.
    folder = str(file.parent)
    sys.path.insert(0, folder)
    sys.modules[module_name] = module
    try:
        spec.loader.exec_module(module)
    except Exception as exc:
        sys.modules.pop(module_name, None)
        line = ""
        tb = exc.__traceback__
        while tb is not None:
            if tb.tb_frame.f_code.co_filename == str(file):
                line = f":{tb.tb_lineno}"
            tb = tb.tb_next
        raise PluginError(
            f"plugin {plugin_name} ({file}{line}) failed to import: {type(exc).__name__}: {exc}"
        ) from exc
    finally:
        try:
            sys.path.remove(folder)
        except ValueError:
            pass
    return module


def _register(pm: pluggy.PluginManager, module: object, plugin_name: str) -> None:
    # Functions named like a hook but without @hookimpl are silently ignored by
    # pluggy; say so, because the plugin then does nothing at all.
    for attr, value in vars(module).items() if isinstance(module, ModuleType) else ():
        if attr.startswith("newslint_") and inspect.isfunction(value):
            if not hasattr(value, f"{PROJECT}_impl"):
                raise PluginError(
                    f"plugin {plugin_name}: {attr}() is not decorated with @newslint.hookimpl"
                )
    try:
        pm.register(module, name=plugin_name)
    except pluggy.PluginValidationError as exc:
        raise PluginError(f"plugin {plugin_name}: {exc}") from None


def _check_hooks(pm: pluggy.PluginManager, infos: dict[str, PluginInfo]) -> None:
    for hook_name in dir(pm.hook):
        if not hook_name.startswith("newslint_"):
            continue
        caller = getattr(pm.hook, hook_name)
        if caller.spec is not None:
            continue
        for impl in caller.get_hookimpls():
            close = difflib.get_close_matches(hook_name, _HOOK_NAMES, n=1)
            meant = f"; did you mean {close[0]}?" if close else ""
            where = infos.get(impl.plugin_name)
            loc = f" ({where.location})" if where else ""
            raise PluginError(
                f"plugin {impl.plugin_name}{loc}: unknown hook {hook_name}{meant}"
            )
