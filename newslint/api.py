"""The Python API: lint files or a string the way the command line does.

``lint_paths`` finds and applies configuration exactly as ``newslint PATHS``
does (the same search, the same trust rule for plugins, the baseline), so a
pipeline and a terminal agree on what is wrong."""
from __future__ import annotations

import functools
import inspect
import os
from pathlib import Path
from typing import Any, Callable, Sequence, TypeVar, cast

from .config import Config, load_config
from .engine import Linter, Results
from .errors import did_you_mean
from .findings import Finding
from .run import RunOptions

F = TypeVar("F", bound=Callable[..., Any])


def keywords_checked(fn: F) -> F:
    """A misspelt keyword argument names the accepted ones, with a close match."""
    accepted = [p.name for p in inspect.signature(fn).parameters.values() if p.kind is not p.VAR_POSITIONAL]

    @functools.wraps(fn)
    def call(*args: Any, **kwargs: Any) -> Any:
        unknown = [k for k in kwargs if k not in accepted]
        if unknown:
            raise TypeError(
                f"{fn.__name__}() got an unexpected keyword argument '{unknown[0]}'"
                f"{did_you_mean(unknown[0], accepted)}; it accepts: {', '.join(accepted)}"
            )
        return fn(*args, **kwargs)

    return cast(F, call)


def api_linter(
    config: Config | str | os.PathLike[str] | None,
    discover_from: Sequence[str],
    select: Sequence[str] | None,
    extend_select: Sequence[str],
    ignore: Sequence[str],
    plugins: Sequence[str | os.PathLike[str]],
    disabled_plugins: Sequence[str],
    baseline: str | os.PathLike[str] | bool | None,
) -> Linter:
    if not isinstance(config, Config):
        # The same search, trust rule and precedence as the command line.
        config = load_config(os.fspath(config) if config is not None else None, list(discover_from))
    return Linter(
        config,
        plugin_paths=[Path(p).resolve() for p in plugins],
        disabled_plugins=disabled_plugins,
        select=select,
        extend_select=extend_select,
        ignore=ignore,
        baseline=baseline,
    )


@keywords_checked
def lint_paths(
    paths: Sequence[str | os.PathLike[str]],
    config: Config | str | os.PathLike[str] | None = None,
    *,
    select: Sequence[str] | None = None,
    extend_select: Sequence[str] = (),
    ignore: Sequence[str] = (),
    plugins: Sequence[str | os.PathLike[str]] = (),
    disabled_plugins: Sequence[str] = (),
    baseline: str | os.PathLike[str] | bool | None = None,
    force_exclude: bool = False,
    jobs: int = 1,
    cache_dir: str | os.PathLike[str] | None = None,
) -> Results:
    """Lint files and folders exactly as the command line does; returns Results.

    ``config`` is a :class:`Config`, the path of a config file, or ``None`` to
    find ``.newslint.toml`` / ``pyproject.toml`` walking up from the first path
    (as the CLI does, with the same rule for which config may load plugins).
    ``select``/``extend_select``/``ignore`` work as the flags of the same name;
    ``baseline`` as ``--baseline`` (``None``: the config's, ``False``: none).
    ``jobs`` as ``--jobs`` (0: one process per CPU).  ``cache_dir`` names a
    findings cache folder (docs/scale.md); the API uses none unless asked,
    where the command line keeps ``.newslint_cache/`` by default.
    """
    names = [os.fspath(p) for p in paths]
    linter = api_linter(config, names, select, extend_select, ignore, plugins, disabled_plugins, baseline)
    options = RunOptions(jobs=jobs, force_exclude=force_exclude, cache_dir=os.fspath(cache_dir) if cache_dir else None)
    return linter.lint_paths(names, options)


@keywords_checked
def lint_text(
    text: str,
    path: str = "<text>",
    config: Config | str | os.PathLike[str] | None = None,
    *,
    select: Sequence[str] | None = None,
    extend_select: Sequence[str] = (),
    ignore: Sequence[str] = (),
    plugins: Sequence[str | os.PathLike[str]] = (),
    disabled_plugins: Sequence[str] = (),
) -> list[Finding]:
    """Lint one article given as a string; returns sorted findings.

    ``path`` picks the reader (``.md``, ``.jsonl``) and names the findings.
    ``config`` is a :class:`Config` or the path of a config file; with
    ``None`` the defaults apply (a string has no folder to search from).
    """
    linter = api_linter(config or Config(), [], select, extend_select, ignore, plugins, disabled_plugins, False)
    return linter.lint_text(text, path)
