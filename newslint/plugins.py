"""Build the plugin manager: entry points, local plugin files, blocking.

Every rule, reader and reporter, built-in or not, arrives through here.  Any
problem with a plugin becomes a one-line :class:`PluginError` naming the plugin
and its file, which the command line turns into exit status 2.
"""
from __future__ import annotations

import difflib
import importlib
import importlib.util
import inspect
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any, Iterable, Mapping, Sequence

import pluggy

from . import __version__, entrypoints, hookspecs
from .errors import PluginError, code_file, exception_site, one_line, show_path
from .hookspecs import PROJECT

if TYPE_CHECKING:
    from .config import Config

# Set to 1 to load newslint's own rules, readers and reporters and nothing else:
# the quickest way to tell whether a third-party plugin causes a problem.
BUILTINS_ONLY_ENV = "NEWSLINT_BUILTINS_ONLY"
HOOK_NAMES = sorted(name for name in dir(hookspecs) if name.startswith("newslint_"))
_IMPL_ATTR = f"{PROJECT}_impl"
LOCAL_MODULE_PREFIX = "newslint_local_plugins"


@dataclass(frozen=True)
class PluginInfo:
    """A loaded plugin: its registered name, the distribution it came from, and where.

    ``package`` is ``newslint`` for built-ins, the distribution name for an
    installed plugin package, and ``local`` for a plugin file; ``location`` is
    the entry point (``module:attr``) or the file's path.
    """

    name: str
    package: str
    version: str
    location: str
    # Why the plugin could not be loaded (tolerant runs only: --version, `rules`).
    error: str = ""

    @property
    def kind(self) -> str:
        if self.package == "local":
            return "local"
        return "builtin" if _normalise(self.package) == PROJECT else "package"

    @property
    def label(self) -> str:
        """How `newslint rules` names the source of a rule."""
        if self.kind == "local":
            return self.name
        return f"{self.package} {self.version}" if self.version else self.package


def _builtin_dist_name() -> str:
    return PROJECT


def builtins_only_from_env() -> bool:
    return os.environ.get(BUILTINS_ONLY_ENV, "").strip().lower() not in ("", "0", "false", "no", "off")


def build_plugin_manager(
    local_paths: Sequence[Path] = (),
    disabled: Sequence[str] = (),
    builtins_only: bool | None = None,
    tolerant: bool = False,
) -> tuple[pluggy.PluginManager, dict[str, PluginInfo]]:
    """Create the plugin manager with entry-point plugins and local plugin files.

    Raises PluginError naming the plugin (and file) on any load problem; with
    ``tolerant``, a plugin that fails to import is left out and its
    PluginInfo carries the error instead (``newslint --version`` lists it).
    """
    if builtins_only is None:
        builtins_only = builtins_only_from_env()
    pm = pluggy.PluginManager(PROJECT)
    pm.add_hookspecs(hookspecs)
    infos: dict[str, PluginInfo] = {}
    blocked = {_normalise(name): name for name in disabled}
    # Every name a plugin answers to, loaded or not, so a misspelt
    # --disable-plugin is an error instead of silently disabling nothing.
    known: set[str] = set()

    seen_builtin = False
    # In importlib.metadata's order, kept between runs (newslint/entrypoints.py).
    for ep in entrypoints.scan().entry_points:
        dist_name = ep.dist
        is_builtin = _normalise(dist_name) == PROJECT
        seen_builtin |= is_builtin
        plugin_name = ep.name if is_builtin else f"{dist_name}:{ep.name}"
        known.update(_normalise(n) for n in (plugin_name, dist_name))
        if builtins_only and not is_builtin:
            pm.set_blocked(plugin_name)
            continue
        if blocked.keys() & {_normalise(plugin_name), _normalise(dist_name)}:
            pm.set_blocked(plugin_name)
            continue
        if pm.has_plugin(plugin_name):
            continue  # the same distribution found twice on sys.path
        try:
            module = ep.load()
        except Exception as exc:  # any import-time failure of third-party code
            where = exception_site(exc, _module_roots(ep.value.split(":")[0]))
            error = PluginError(
                f"plugin {plugin_name} ({ep.value}{', ' + where if where else ''}) "
                f"failed to import: {one_line(exc)}; run with --disable-plugin {plugin_name} to lint without it"
            )
            if not tolerant:
                raise error from exc
            infos[plugin_name] = PluginInfo(plugin_name, dist_name, ep.version, ep.value, str(error))
            continue
        info = PluginInfo(plugin_name, dist_name, ep.version, ep.value)
        _register(pm, module, info)
        infos[plugin_name] = info
    if not seen_builtin:
        # Running from a source tree that was never installed: register the
        # built-ins directly so the tool still works.
        for ep_name, module_name in _builtin_modules():
            known.add(_normalise(ep_name))
            if _normalise(ep_name) in blocked:
                continue
            info = PluginInfo(ep_name, PROJECT, __version__, module_name)
            _register(pm, importlib.import_module(module_name), info)
            infos[ep_name] = info

    local_files: dict[str, Path] = {}
    for file in _plugin_files(local_paths):
        plugin_name = f"local:{file.stem}"
        known.update(_normalise(n) for n in (plugin_name, file.stem))
        if builtins_only:
            pm.set_blocked(plugin_name)
            continue
        if plugin_name in local_files:
            if local_files[plugin_name] == file:
                continue  # named by both the config and --plugin
            raise PluginError(
                f"two local plugins are both named {plugin_name}: {show_path(local_files[plugin_name])} "
                f"and {show_path(file)}; rename one"
            )
        local_files[plugin_name] = file
        if blocked.keys() & {_normalise(plugin_name), _normalise(file.stem)}:
            pm.set_blocked(plugin_name)
            continue
        info = PluginInfo(plugin_name, "local", "", str(file))
        module = import_file(file, plugin_name)
        _register(pm, module, info)
        infos[plugin_name] = info

    unknown = sorted(set(blocked) - known)
    if unknown:
        hint = _plugin_hint(unknown[0], sorted(known))
        raise PluginError(
            f"--disable-plugin {blocked[unknown[0]]}: no plugin of that name{hint}; "
            "`newslint --version` lists plugin packages and `newslint rules` the plugin of each rule"
        )
    _check_hooks(pm, infos)
    return pm, infos


def _plugin_hint(name: str, known: list[str]) -> str:
    """A close match for a misspelt plugin name; a short name ("acme") also
    matches the plugin names it begins ("acme-style", "acme-style:rules")."""
    close = difflib.get_close_matches(name, known, n=1)
    if not close:
        close = [k for k in known if k.startswith(name) or name in k.split(":")[-1].split("-")][:1]
    return f" (did you mean '{close[0]}'?)" if close else ""


def _normalise(name: str) -> str:
    return name.strip().lower().replace("_", "-")


def _builtin_modules() -> list[tuple[str, str]]:
    """newslint's own entry points when it runs from a source tree that was
    never installed: read from pyproject.toml, the one list of built-ins."""
    from .config import tomllib

    pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
    try:
        with open(pyproject, "rb") as fh:
            table = tomllib.load(fh)["project"]["entry-points"][PROJECT]
    except (OSError, KeyError, ValueError) as exc:
        raise PluginError(f"newslint is not installed and {pyproject} cannot list its built-ins: {exc}") from None
    return list(table.items())


def _plugin_files(paths: Iterable[Path]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        path = Path(path)
        if path.is_dir():
            files.extend(sorted(p.resolve() for p in path.glob("*.py") if not p.name.startswith("_")))
        elif path.is_file():
            files.append(path.resolve())
        else:
            raise PluginError(f"plugin path {path} does not exist")
    return files


def import_file(file: Path, plugin_name: str) -> ModuleType:
    module_name = f"{LOCAL_MODULE_PREFIX}.{file.stem}"
    spec = importlib.util.spec_from_file_location(module_name, file)
    if spec is None or spec.loader is None:
        raise PluginError(f"plugin {plugin_name} ({show_path(file)}): not a Python module")
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
        where = exception_site(exc, [str(file)]) or show_path(file)
        raise PluginError(f"plugin {plugin_name} ({where}) failed to import: {one_line(exc)}") from exc
    finally:
        try:
            sys.path.remove(folder)
        except ValueError:
            pass
    return module


def _register(pm: pluggy.PluginManager, module: Any, info: PluginInfo) -> None:
    label = f"plugin {info.name} ({show_path(info.location)})"
    if isinstance(module, ModuleType):
        for attr, value in vars(module).items():
            if not inspect.isfunction(value) or getattr(value, "__module__", None) != module.__name__:
                continue  # imported from elsewhere: not this plugin's hook
            decorated = hasattr(value, _IMPL_ATTR)
            if attr in HOOK_NAMES:
                if not decorated:
                    # pluggy silently ignores it, and the plugin then does nothing at all.
                    raise PluginError(f"{label}: {attr}() is not decorated with @newslint.hookimpl")
                _check_arguments(label, attr, value)
            elif attr.startswith("newslint_") or decorated:
                raise PluginError(f"{label}: {attr}() is not a newslint hook{_meant(attr)}")
    try:
        pm.register(module, name=info.name)
    except pluggy.PluginValidationError as exc:
        raise PluginError(f"{label}: {one_line(exc)}") from None
    except ValueError as exc:  # a name or object registered twice
        raise PluginError(f"{label}: {exc}") from None


def _check_arguments(label: str, hook: str, fn: Any) -> None:
    """pluggy passes hook arguments by name: an argument the hook does not
    provide would fail later with a confusing message, so say it now."""
    provided = list(inspect.signature(getattr(hookspecs, hook)).parameters)
    try:
        wanted = list(inspect.signature(fn).parameters)
    except (TypeError, ValueError):
        return
    extra = [name for name in wanted if name not in provided]
    if extra:
        offers = ", ".join(provided) if provided else "no arguments"
        raise PluginError(
            f"{label}: {hook}() asks for {', '.join(extra)}, which the hook does not provide "
            f"(it passes {offers})"
        )


def _meant(name: str) -> str:
    candidates = difflib.get_close_matches(name, HOOK_NAMES, n=1, cutoff=0.6)
    if not candidates and not name.startswith("newslint_"):
        candidates = difflib.get_close_matches(f"newslint_{name}", HOOK_NAMES, n=1, cutoff=0.6)
    return f"; did you mean {candidates[0]}?" if candidates else f"; the hooks are {', '.join(HOOK_NAMES)}"


def _check_hooks(pm: pluggy.PluginManager, infos: Mapping[str, PluginInfo]) -> None:
    """A hook implementation no spec knows (for plugins that are not modules)."""
    for hook_name in sorted(dir(pm.hook)):
        caller = getattr(pm.hook, hook_name)
        if not isinstance(caller, pluggy.HookCaller) or caller.spec is not None:
            continue
        for impl in caller.get_hookimpls():
            where = infos.get(impl.plugin_name)
            loc = f" ({show_path(where.location)})" if where else ""
            raise PluginError(f"plugin {impl.plugin_name}{loc}: unknown hook {hook_name}{_meant(hook_name)}")


# -- calling hooks with failures contained -------------------------------------


def configure_plugins(pm: pluggy.PluginManager, config: Config) -> None:
    """Call ``newslint_configure`` on every plugin, naming the one that fails."""
    for impl in reversed(pm.hook.newslint_configure.get_hookimpls()):
        try:
            impl.function(config=config)
        except Exception as exc:
            where = exception_site(exc, [code_file(impl.function)])
            raise PluginError(
                f"plugin {impl.plugin_name} ({where or code_file(impl.function)}): "
                f"newslint_configure failed: {one_line(exc)}"
            ) from exc


def hook_failure(pm: pluggy.PluginManager, hook: str, exc: BaseException) -> str:
    """One line naming the plugin whose implementation of ``hook`` raised ``exc``."""
    impls = {code_file(i.function): i.plugin_name for i in getattr(pm.hook, hook).get_hookimpls()}
    plugin = ""
    tb = exc.__traceback__
    while tb is not None:
        plugin = impls.get(tb.tb_frame.f_code.co_filename, plugin)
        tb = tb.tb_next
    site = exception_site(exc, [f for f, p in impls.items() if p == plugin]) if plugin else ""
    who = f"plugin {plugin}" if plugin else "a plugin"
    return f"{hook} in {who}{' (' + site + ')' if site else ''} failed: {one_line(exc)}"


def call_hook(pm: pluggy.PluginManager, hook: str, **kwargs: Any) -> list[Any]:
    """``pm.hook.<hook>(**kwargs)``, with an exception turned into a one-line
    PluginError naming the plugin that raised it."""
    try:
        return getattr(pm.hook, hook)(**kwargs)
    except Exception as exc:
        raise PluginError(hook_failure(pm, hook, exc)) from exc


def _module_roots(module: str) -> list[str]:
    """Files or folders holding an entry point's top-level package."""
    try:
        spec = importlib.util.find_spec(module.split(".")[0])
    except Exception:
        return []
    if spec is None:
        return []
    if spec.submodule_search_locations:
        return list(spec.submodule_search_locations)
    return [spec.origin] if spec.origin else []
