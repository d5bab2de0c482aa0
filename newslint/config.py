"""Find, read and validate configuration: ``.newslint.toml`` or ``[tool.newslint]``.

Precedence: command-line flags > ``--config FILE`` > the first ``.newslint.toml``
or ``pyproject.toml`` with a ``[tool.newslint]`` table found walking up from the
paths given > defaults.
"""
from __future__ import annotations

import difflib
import fnmatch
import functools
import os
import re
import sys
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Mapping

import regex

from .errors import ConfigError
from .findings import Severity

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python < 3.11 only
    import tomli as tomllib

CONFIG_NAMES = (".newslint.toml", "pyproject.toml")
# Compressed copies are read transparently (newslint/compression.py; zstd
# with newslint[zstd]).
DEFAULT_INCLUDE = ("*.txt", "*.md", "*.jsonl", "*.txt.gz", "*.md.gz", "*.jsonl.gz", "*.txt.zst", "*.md.zst", "*.jsonl.zst")


@dataclass(frozen=True)
class Config:
    """The resolved settings of one run."""

    path: Path | None = None
    select: tuple[str, ...] | None = None
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    include: tuple[str, ...] = DEFAULT_INCLUDE
    exclude: tuple[str, ...] = ()
    extend_exclude: tuple[str, ...] = ()
    per_file_ignores: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    plugins: tuple[Path, ...] = ()
    # Plugins named by a config found inside the tree being linted are not loaded.
    plugins_allowed: bool = True
    rules: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    fail_level: Severity = Severity.WARNING
    format: str = "text"
    baseline: Path | None = None
    jsonl_text_field: str | None = None
    # Record fields that hold the byline, when not named author/byline/...
    jsonl_author_fields: tuple[str, ...] = ()
    regex_timeout: float = 2.0
    # Where each key's value came from, for --show-settings.
    sources: Mapping[str, str] = field(default_factory=dict)

    @property
    def root(self) -> Path:
        return self.path.parent if self.path else Path.cwd()

    def rule_options(self, rule_name: str) -> Mapping[str, Any]:
        return self.rules.get(rule_name, {})

    def relative(self, path: str) -> str:
        """``path`` relative to the config's folder, with / separators, for globs."""
        full = os.path.abspath(path)
        # Inside the folder (nearly always): the tail, as relpath would give it
        # (both sides are absolute and normalised); a walk asks for every file.
        # The folder as a string, without building a Path for every file
        # (Path.cwd() and its parsing were half of this function's time).
        folder = os.getcwd() if self.path is None else _folder_of(self.path)
        root = _prefix(folder)
        if full.startswith(root):
            rel = full[len(root) :] or "."
        else:
            try:
                rel = _relpath_outside(full, root, folder)
            except ValueError:  # another drive on Windows
                rel = path
        return rel.replace(os.sep, "/")

    def is_excluded(self, path: str) -> bool:
        return _matches(self.relative(path), self.exclude + self.extend_exclude)

    def is_included(self, path: str) -> bool:
        return _matches(self.relative(path), self.include)

    def is_linted(self, path: str) -> bool:
        """``is_included(path) and not is_excluded(path)``, working out the relative path once."""
        rel = self.relative(path)
        return _matches(rel, self.include) and not _matches(rel, self.exclude + self.extend_exclude)

    def ignored_for(self, path: str) -> tuple[str, ...]:
        rel = self.relative(path)
        out: list[str] = []
        for pattern, codes in self.per_file_ignores.items():
            if _matches(rel, (pattern,)):
                out.extend(codes)
        return tuple(out)


@functools.lru_cache(maxsize=8)
def _folder_of(path: Path) -> str:
    """``str(path.parent)``: what ``Config.root`` is, as a string."""
    return str(path.parent)


@functools.lru_cache(maxsize=8)
def _prefix(root: str) -> str:
    """The absolute form of ``root`` ending in a separator: what paths inside it start with."""
    full = os.path.abspath(root)
    return full if full.endswith(os.sep) else full + os.sep


def _relpath_outside(full: str, prefix: str, root: str) -> str:
    """``os.path.relpath(full, root)`` for an absolute, normalised ``full``
    outside ``root`` (``prefix``: root's absolute form ending in a separator).
    A walk asks for every file of a folder, and relpath works out the
    folder's part again each time: it is kept per folder.  That part and the
    file's name make the answer unless ``full`` is ``root`` or above it,
    which relpath answers itself."""
    head, tail = os.path.split(full)
    if not tail or prefix.startswith(full.rstrip(os.sep) + os.sep):
        return os.path.relpath(full, root)
    folder = _relpath(head, root)
    return tail if folder == "." else folder + os.sep + tail


@functools.lru_cache(maxsize=256)
def _relpath(path: str, root: str) -> str:
    return os.path.relpath(path, root)


def _matches(rel: str, patterns: tuple[str, ...]) -> bool:
    """Glob match against the whole relative path or any trailing part of it,
    or any one part of it, so ``drafts/`` style folder names and ``*.md``
    both work as in ruff.  The trailing parts are tried by one pattern, and
    each folder's name once (a walk asks for every file of a folder; the
    file's own name is the last trailing part)."""
    if not patterns:
        return False
    if _tails(patterns).match(rel):
        return True
    parts = rel.split("/")
    return any(_part_matches(part, patterns) for part in parts[:-1])


@functools.lru_cache(maxsize=32)
def _tails(patterns: tuple[str, ...]) -> re.Pattern[str]:
    """Matches a path when some pattern (``fnmatch.fnmatchcase``) matches the
    whole of it or the part after one of its "/": any prefix ending in "/",
    then a pattern to the end (``fnmatch.translate`` ends each with ``\\Z``)."""
    globs = "|".join(fnmatch.translate(pattern.rstrip("/")) for pattern in patterns)
    return re.compile(f"(?s:.*/)?(?:{globs})")


@functools.lru_cache(maxsize=4096)
def _part_matches(part: str, patterns: tuple[str, ...]) -> bool:
    return any(fnmatch.fnmatchcase(part, pattern.rstrip("/")) for pattern in patterns)


# key -> (Config field, expected type, description for errors)
_KEYS: dict[str, tuple[str, type | tuple[type, ...], str]] = {
    "select": ("select", list, "a list of rule ids, prefixes or names"),
    "extend-select": ("extend_select", list, "a list of rule ids, prefixes or names"),
    "ignore": ("ignore", list, "a list of rule ids, prefixes or names"),
    "include": ("include", list, "a list of glob patterns"),
    "exclude": ("exclude", list, "a list of glob patterns"),
    "extend-exclude": ("extend_exclude", list, "a list of glob patterns"),
    "per-file-ignores": ("per_file_ignores", dict, "a table of glob = [rules]"),
    "plugins": ("plugins", list, "a list of plugin files or folders"),
    "rules": ("rules", dict, "a table of [rules.NAME] tables"),
    "fail-level": ("fail_level", str, "one of error, warning, info"),
    "format": ("format", str, "an output format name"),
    "baseline": ("baseline", str, "a path to a baseline file"),
    "jsonl-text-field": ("jsonl_text_field", str, "a JSON field name"),
    "jsonl-author-fields": ("jsonl_author_fields", list, "a list of JSON field names"),
    "regex-timeout": ("regex_timeout", (int, float), "a number of seconds"),
}


_GLOB_KEYS = ("include", "exclude", "extend_exclude")


def _glob_problem(glob: str) -> str | None:
    """Why a glob can never match what the user meant, or None.

    fnmatch accepts anything, treating an unclosed ``[`` as a literal
    character, so a typo would silently match nothing.
    """
    if not glob.strip():
        return "empty pattern"
    depth = 0
    for ch in glob:
        if ch == "[":
            depth += 1
        elif ch == "]" and depth:
            depth = 0
    if depth:
        return "unclosed '['"
    return None


def find_config(paths: list[str]) -> Path | None:
    """The first config file walking up from the first path given (or the cwd)."""
    start = Path(paths[0]) if paths else Path.cwd()
    start = start.resolve() if start.exists() else Path.cwd().resolve()
    if start.is_file():
        start = start.parent
    for folder in (start, *start.parents):
        for name in CONFIG_NAMES:
            candidate = folder / name
            if candidate.is_file() and (name != "pyproject.toml" or _has_tool_table(candidate)):
                return candidate
    return None


def _has_tool_table(pyproject: Path) -> bool:
    try:
        return "newslint" in _load_toml(pyproject).get("tool", {})
    except ConfigError:
        return False


def _load_toml(path: Path) -> dict[str, Any]:
    try:
        with open(path, "rb") as fh:
            return tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        # tomllib says "... (at line 3, column 9)": move it to the front, where
        # editors and CI annotations look for it.
        msg = str(exc)
        m = regex.search(r"\s*\(at line (\d+), column (\d+)\)$", msg)
        if m:
            msg = f"{path}:{m.group(1)}:{m.group(2)}: invalid TOML: {msg[: m.start()]}"
        else:
            msg = f"{path}: invalid TOML: {msg}"
        raise ConfigError(msg) from None
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: not UTF-8 (byte 0x{exc.object[exc.start]:02x} at offset {exc.start})") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read config: {exc.strerror or exc}") from None


def _key_line(path: Path, key: str) -> int | None:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    m = regex.search(rf"^[^\S\n]*[\"']?{regex.escape(key)}[\"']?[^\S\n]*=|^[^\S\n]*\[[^\]\n]*\b{regex.escape(key)}\]", text, regex.M)
    return text.count("\n", 0, m.start()) + 1 if m else None


def key_location(path: Path | None, key: str) -> str:
    """``file:line`` of the table key ``key`` (taken literally) in a config file, for errors."""
    if path is None:
        return "command line"
    line = _key_line(path, key)
    return f"{path}:{line}" if line else str(path)


def config_error(path: Path | None, key: str, message: str, choices: list[str] | None = None) -> ConfigError:
    where = str(path) if path else "command line"
    line = _key_line(path, key.split(".")[-1]) if path else None
    if line:
        where += f":{line}"
    hint = ""
    if choices:
        close = difflib.get_close_matches(key.split(".")[-1], choices, n=1)
        if close:
            hint = f" (did you mean '{close[0]}'?)"
    return ConfigError(f"{where}: {key}: {message}{hint}")


def load_config(config_file: str | None, paths: list[str]) -> Config:
    """Read the governing config file (given or discovered) into a Config."""
    if config_file:
        path = Path(config_file)
        if not path.is_file():
            raise ConfigError(f"{config_file}: config file not found")
        explicit = True
    else:
        found = find_config(paths)
        explicit = False
        if found is None:
            return Config()
        path = found
    data = _load_toml(path)
    if path.name == "pyproject.toml":
        table = data.get("tool", {}).get("newslint", {})
        prefix = "tool.newslint."
    else:
        table = data
        prefix = ""
    config = _from_table(path, table, prefix)
    if not explicit and config.plugins:
        # A config discovered inside the tree being linted (a downloaded corpus,
        # say) must not run code: only one governing the working directory may.
        cwd = Path.cwd().resolve()
        folder = path.parent.resolve()
        if folder != cwd and folder not in cwd.parents:
            config = replace(config, plugins_allowed=False)
    return config


def _has_type(value: Any, expected: type | tuple[type, ...]) -> bool:
    # A function, not an inline isinstance, so the value keeps its type for the checks after it.
    return isinstance(value, expected) and not isinstance(value, bool)


def _from_table(path: Path, table: Mapping[str, Any], prefix: str) -> Config:
    values: dict[str, Any] = {}
    sources: dict[str, str] = {}
    for key, value in table.items():
        if key not in _KEYS:
            raise config_error(path, prefix + key, "unknown key", list(_KEYS))
        attr, expected, description = _KEYS[key]
        if not _has_type(value, expected):
            raise config_error(path, prefix + key, f"expected {description}, got {type(value).__name__}")
        if expected is list and not all(isinstance(v, str) for v in value):
            raise config_error(path, prefix + key, f"expected {description} (strings)")
        if attr in _GLOB_KEYS:
            for glob in value:
                problem = _glob_problem(glob)
                if problem:
                    raise config_error(path, prefix + key, f"bad glob pattern {glob!r}: {problem}")
        if attr == "regex_timeout" and not value > 0:
            raise config_error(path, prefix + key, f"expected {description} greater than 0, got {value}")
        values[attr] = value
        # "file:line" so that errors found later (unknown rule in select, say)
        # point at the line, and --show-settings shows where a value came from.
        line = _key_line(path, key)
        sources[key] = f"{path}:{line}" if line else str(path)
    base = path.parent
    out: dict[str, Any] = {}
    for attr, value in values.items():
        if attr in ("select", "extend_select", "ignore", "include", "exclude", "extend_exclude", "jsonl_author_fields"):
            out[attr] = tuple(value)
        elif attr == "plugins":
            out[attr] = tuple((base / p).resolve() for p in value)
        elif attr == "baseline":
            out[attr] = (base / value).resolve()
        elif attr == "per_file_ignores":
            pfi = {}
            for glob, codes in value.items():
                if isinstance(codes, str):
                    codes = [codes]
                if not isinstance(codes, list) or not all(isinstance(c, str) for c in codes):
                    raise config_error(path, f"{prefix}per-file-ignores.{glob}", "expected a list of rules")
                pfi[glob] = tuple(codes)
            out[attr] = pfi
        elif attr == "rules":
            rules = {}
            for name, options in value.items():
                if not isinstance(options, dict):
                    raise config_error(path, f"{prefix}rules.{name}", "expected a table of rule options")
                rules[name] = dict(options)
            out[attr] = rules
        elif attr == "fail_level":
            try:
                out[attr] = Severity.parse(value)
            except ValueError as exc:
                raise config_error(path, prefix + "fail-level", str(exc)) from None
        elif attr == "regex_timeout":
            out[attr] = float(value)
        else:
            out[attr] = value
    return Config(path=path, sources=sources, **out)
