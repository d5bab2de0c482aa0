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
import sysconfig
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any, Iterable, Mapping, Sequence

import pluggy

from . import hookspecs
from .errors import PluginError
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
) -> tuple[pluggy.PluginManager, dict[str, PluginInfo]]:
    """Create the plugin manager with entry-point plugins and local plugin files.

    Raises PluginError naming the plugin (and file) on any load problem.
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
    for dist in metadata.distributions():
        # Parsing METADATA is the slow part of discovery: only for the few
        # distributions that declare newslint entry points.
        eps = [ep for ep in dist.entry_points if ep.group == PROJECT]
        if not eps:
            continue
        dist_name = dist.metadata.get("Name") or ""
        for ep in eps:
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
                where = _exception_site(exc, _module_roots(ep.value.split(":")[0]))
                raise PluginError(
                    f"plugin {plugin_name} ({ep.value}{', ' + where if where else ''}) "
                    f"failed to import: {_one_line(exc)}"
                ) from exc
            info = PluginInfo(plugin_name, dist_name, dist.version, ep.value)
            _register(pm, module, info)
            infos[plugin_name] = info
    if not seen_builtin:
        # Running from a source tree that was never installed: register the
        # built-ins directly so the tool still works.
        for ep_name, module_name in _builtin_modules():
            known.add(_normalise(ep_name))
            if _normalise(ep_name) in blocked:
                continue
            info = PluginInfo(ep_name, PROJECT, _own_version(), module_name)
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
                f"two local plugins are both named {plugin_name}: {_show_path(local_files[plugin_name])} "
                f"and {_show_path(file)}; rename one"
            )
        local_files[plugin_name] = file
        if blocked.keys() & {_normalise(plugin_name), _normalise(file.stem)}:
            pm.set_blocked(plugin_name)
            continue
        info = PluginInfo(plugin_name, "local", "", str(file))
        module = _import_file(file, plugin_name)
        _register(pm, module, info)
        infos[plugin_name] = info

    unknown = sorted(set(blocked) - known)
    if unknown:
        close = difflib.get_close_matches(unknown[0], sorted(known), n=1)
        hint = f" (did you mean '{close[0]}'?)" if close else ""
        raise PluginError(
            f"--disable-plugin {blocked[unknown[0]]}: no plugin of that name{hint}; "
            "`newslint --version` lists plugin packages and `newslint rules` the plugin of each rule"
        )
    _check_hooks(pm, infos)
    return pm, infos


def _normalise(name: str) -> str:
    return name.strip().lower().replace("_", "-")


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
        ("attribution", "newslint.rules.attribution"),
        ("ai_content", "newslint.rules.ai_content"),
    ]


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


def _import_file(file: Path, plugin_name: str) -> ModuleType:
    module_name = f"{LOCAL_MODULE_PREFIX}.{file.stem}"
    spec = importlib.util.spec_from_file_location(module_name, file)
    if spec is None or spec.loader is None:
        raise PluginError(f"plugin {plugin_name} ({_show_path(file)}): not a Python module")
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
        where = _exception_site(exc, [str(file)]) or _show_path(file)
        raise PluginError(f"plugin {plugin_name} ({where}) failed to import: {_one_line(exc)}") from exc
    finally:
        try:
            sys.path.remove(folder)
        except ValueError:
            pass
    return module


def _register(pm: pluggy.PluginManager, module: Any, info: PluginInfo) -> None:
    label = f"plugin {info.name} ({_show_path(info.location)})"
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
        raise PluginError(f"{label}: {_one_line(exc)}") from None
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
            loc = f" ({_show_path(where.location)})" if where else ""
            raise PluginError(f"plugin {impl.plugin_name}{loc}: unknown hook {hook_name}{_meant(hook_name)}")


# -- calling hooks with failures contained -------------------------------------


def configure_plugins(pm: pluggy.PluginManager, config: Config) -> None:
    """Call ``newslint_configure`` on every plugin, naming the one that fails."""
    for impl in reversed(pm.hook.newslint_configure.get_hookimpls()):
        try:
            impl.function(config=config)
        except Exception as exc:
            where = _exception_site(exc, [_code_file(impl.function)])
            raise PluginError(
                f"plugin {impl.plugin_name} ({where or _code_file(impl.function)}): "
                f"newslint_configure failed: {_one_line(exc)}"
            ) from exc


def hook_failure(pm: pluggy.PluginManager, hook: str, exc: BaseException) -> str:
    """One line naming the plugin whose implementation of ``hook`` raised ``exc``."""
    impls = {_code_file(i.function): i.plugin_name for i in getattr(pm.hook, hook).get_hookimpls()}
    plugin = ""
    tb = exc.__traceback__
    while tb is not None:
        plugin = impls.get(tb.tb_frame.f_code.co_filename, plugin)
        tb = tb.tb_next
    site = _exception_site(exc, [f for f, p in impls.items() if p == plugin]) if plugin else ""
    who = f"plugin {plugin}" if plugin else "a plugin"
    return f"{hook} in {who}{' (' + site + ')' if site else ''} failed: {_one_line(exc)}"


def call_hook(pm: pluggy.PluginManager, hook: str, **kwargs: Any) -> list[Any]:
    """``pm.hook.<hook>(**kwargs)``, with an exception turned into a one-line
    PluginError naming the plugin that raised it."""
    try:
        return getattr(pm.hook, hook)(**kwargs)
    except Exception as exc:
        raise PluginError(hook_failure(pm, hook, exc)) from exc


def reporter_failure(format_name: str, reporter: Any, exc: BaseException) -> PluginError:
    """A one-line error for an output format whose reporter raised."""
    site = crash_site(exc, reporter)
    where = f" at {site}" if site else ""
    return PluginError(f"output format {format_name}{where} failed: {_one_line(exc)}")


def crash_site(exc: BaseException, check: Any) -> str:
    """``path:line`` where a rule's check raised: the deepest frame in project
    code (not the standard library or an installed dependency), else the
    deepest frame in the check function's own file."""
    own = _code_file(check)
    site = _exception_site(exc, [own], prefer_project=True)
    return site or _exception_site(exc, [own])


# -- helpers -------------------------------------------------------------------


def _code_file(fn: Any) -> str:
    fn = inspect.unwrap(fn)
    code = getattr(fn, "__code__", None)
    return code.co_filename if code else ""


def _library_dirs() -> tuple[str, ...]:
    paths = sysconfig.get_paths()
    return tuple({os.path.normpath(paths[k]) + os.sep for k in ("stdlib", "platstdlib", "purelib", "platlib")})


def _exception_site(exc: BaseException, roots: Sequence[str], prefer_project: bool = False) -> str:
    """``path:line`` of the deepest traceback frame inside ``roots`` (files or
    folders), or with ``prefer_project`` outside the library folders."""
    if isinstance(exc, SyntaxError) and exc.filename and exc.lineno:
        return f"{_show_path(exc.filename)}:{exc.lineno}"
    libraries = _library_dirs() if prefer_project else ()
    roots = [os.path.normpath(r) for r in roots if r]
    found = ""
    tb = exc.__traceback__
    while tb is not None:
        name = tb.tb_frame.f_code.co_filename
        if prefer_project:
            hit = not name.startswith("<") and not os.path.normpath(name).startswith(libraries)
        else:
            norm = os.path.normpath(name)
            hit = any(norm == r or norm.startswith(r + os.sep) for r in roots)
        if hit:
            found = f"{_show_path(name)}:{tb.tb_lineno}"
        tb = tb.tb_next
    return found


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


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def _show_path(path: str | Path) -> str:
    """A path relative to the working folder when inside it, for short messages."""
    path = str(path)
    if not os.path.isabs(path):
        return path
    try:
        rel = os.path.relpath(path)
    except ValueError:
        return path
    return path if rel.startswith("..") else rel


def version_text(infos: Mapping[str, PluginInfo]) -> str:
    """`newslint --version`: newslint's version, then plugin packages, then local plugins."""
    lines = [f"newslint {_own_version()}"]
    packages = sorted({(i.package, i.version) for i in infos.values() if i.kind == "package"})
    local = sorted((i.name, _show_path(i.location)) for i in infos.values() if i.kind == "local")
    if packages or local:
        lines.append("plugins:")
        lines += [f"  {name} {version}".rstrip() for name, version in packages]
        lines += [f"  {name} ({location})" for name, location in local]
    lines.append(f"Python {sys.version.split()[0]}")
    return "\n".join(lines) + "\n"
