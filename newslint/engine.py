"""Run the selected rules over documents, apply suppressions, collect findings."""
from __future__ import annotations

import multiprocessing
import os
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Sequence

from . import suppressions
from .config import Config, config_error, key_location
from .document import Document
from .errors import ReadError
from .files import FileProblem, iter_files, read_file
from .findings import Finding, Severity
from .plugins import build_plugin_manager, configure_plugins, crash_site, hook_failure
from .registry import Registry
from .rule import Context, PatternTimeout, Rule

UNREADABLE = "NL001"
RULE_ERROR = "NL003"
_RESERVED_OPTIONS = {"severity": str}


@dataclass
class Results:
    """What a run found: sorted findings and how many files were read."""

    findings: list[Finding] = field(default_factory=list)
    files: int = 0
    # The files read, in order: reporters such as junit list clean files too.
    paths: list[str] = field(default_factory=list)

    def summary(self) -> dict[str, Any]:
        by_rule = Counter(f.rule for f in self.findings)
        return {
            "files": self.files,
            "findings": len(self.findings),
            "by_rule": dict(sorted(by_rule.items())),
        }


class Linter:
    """A configured run: plugins loaded, rules selected, options validated."""

    def __init__(
        self,
        config: Config | None = None,
        plugin_paths: Sequence[Path] = (),
        disabled_plugins: Sequence[str] = (),
        select: Sequence[str] | None = None,
        extend_select: Sequence[str] = (),
        ignore: Sequence[str] = (),
    ) -> None:
        self.config = config or Config()
        local = list(plugin_paths)
        if self.config.plugins_allowed:
            local = list(self.config.plugins) + local
        self.pm, self.plugins = build_plugin_manager(local, disabled_plugins)
        self.registry = Registry.from_plugins(self.pm)
        where = {k: f"{v}: {k}" for k, v in self.config.sources.items()}
        sel = select if select is not None else self.config.select
        ignored = tuple(self.config.ignore) + tuple(ignore)
        self.rules: list[Rule] = self.registry.selected(
            sel, tuple(self.config.extend_select) + tuple(extend_select), ignored, where
        )
        # Like a syntax error in ruff, an unreadable file or a crashed rule is
        # reported whatever --select says: it means part of the input went
        # unchecked.  Only an explicit ignore silences them.
        ignored_ids = self.registry.resolve(ignored, "ignore")
        chosen = {r.id for r in self.rules}
        for rid in (UNREADABLE, RULE_ERROR):
            if rid in self.registry.by_id and rid not in ignored_ids and rid not in chosen:
                self.rules.append(self.registry.by_id[rid])
        self.rules.sort(key=lambda r: r.id)
        self.options, self.severities = self._rule_settings()
        for pattern, codes in self.config.per_file_ignores.items():
            self.registry.resolve(codes, f"{key_location(self.config.path, pattern)}: per-file-ignores.{pattern}")
        configure_plugins(self.pm, self.config)

    def _rule_settings(self) -> tuple[dict[str, dict[str, Any]], dict[str, Severity]]:
        options: dict[str, dict[str, Any]] = {r.id: dict(r.options) for r in self.registry}
        severities: dict[str, Severity] = {}
        path = self.config.path
        for key, table in self.config.rules.items():
            rule = self.registry.get(key)
            if rule is None and self.registry.skipped_plugins:
                continue  # options of a rule whose plugin is left out of this run
            if rule is None:
                names = [r.name for r in self.registry]
                raise config_error(path, f"rules.{key}", "unknown rule", names)
            for opt, value in table.items():
                if opt == "severity":
                    try:
                        severities[rule.id] = Severity.parse(value)
                    except ValueError as exc:
                        raise config_error(path, f"rules.{key}.severity", str(exc)) from None
                    continue
                if opt not in rule.options:
                    choices = [*rule.options, *_RESERVED_OPTIONS]
                    raise config_error(path, f"rules.{key}.{opt}", f"unknown option of rule {rule.name}", choices)
                default = rule.options[opt]
                if not _same_type(default, value):
                    raise config_error(
                        path,
                        f"rules.{key}.{opt}",
                        f"expected {type(default).__name__}, got {type(value).__name__}",
                    )
                if isinstance(value, str) and opt.endswith("file") and value:
                    # Relative paths in a config file mean "next to the config file".
                    value = str((self.config.root / value).resolve())
                options[rule.id][opt] = value
        return options, severities

    # -- linting --------------------------------------------------------------

    def lint_document(self, doc: Document, rules: Iterable[Rule] | None = None) -> list[Finding]:
        found: list[Finding] = []
        active = list(self.rules if rules is None else rules)
        # Rules read the text with suppression directives blanked out (same offsets),
        # so a directive neither changes a line's content nor looks like markup.
        original, doc = doc, suppressions.mask(doc)
        for rule in active:
            ctx = Context(
                doc,
                rule,
                self.options.get(rule.id, rule.options),
                self.severities.get(rule.id),
                self.config.regex_timeout,
            )
            try:
                found.extend(f for f in (rule.check(doc, ctx) or ()) if f is not None)
            except PatternTimeout as exc:
                found.append(_crash_finding(doc, rule, f"rule {rule.id} ({rule.name}) stopped: {exc}"))
            except Exception as exc:  # a broken rule must not lose other rules' findings
                where = f" in plugin {rule.plugin}" if rule.plugin else ""
                site = crash_site(exc, rule.check)
                where += f" at {site}" if site else ""
                detail = " ".join(str(exc).split())
                found.append(
                    _crash_finding(
                        doc, rule, f"rule {rule.id} ({rule.name}){where} crashed: {type(exc).__name__}: {detail}"
                    )
                )
        return suppressions.apply(original, found, self.registry, {r.id for r in active}, self.severities)

    def read(self, path: str, raw: bytes) -> list[Document | ReadError]:
        try:
            docs = self.pm.hook.newslint_read_documents(path=path, raw=raw, config=self.config)
        except ReadError as exc:
            return [exc]
        except Exception as exc:  # a broken reader plugin costs one file, not the run
            return [ReadError(hook_failure(self.pm, "newslint_read_documents", exc))]
        return list(docs or ())

    def lint_file(self, path: str) -> list[Finding]:
        try:
            raw = read_file(path)
        except OSError as exc:
            if not any(r.id == UNREADABLE for r in self.rules):
                return []
            return [_unreadable(path, f"cannot read file: {exc.strerror or exc}")]
        return self._lint_raw(path, raw)

    def _lint_raw(self, path: str, raw: bytes) -> list[Finding]:
        rules = self.rules
        if self.config.per_file_ignores:
            ignored = self.registry.resolve(self.config.ignored_for(path), "per-file-ignores")
            rules = [r for r in rules if r.id not in ignored]
        out: list[Finding] = []
        for doc in self.read(path, raw):
            if isinstance(doc, ReadError):
                out.append(_unreadable(path, doc.message, doc.line, doc.column, doc.record))
            else:
                out.extend(self.lint_document(doc, rules))
        # NL001 and NL003 come from the engine itself: honour selection for them too.
        wanted = {r.id for r in rules}
        return [f for f in out if f.rule in wanted]

    def lint_bytes(self, path: str, raw: bytes) -> Results:
        """Lint one file's content given as bytes (standard input, editors)."""
        results = Results(self._lint_raw(path, raw), files=1, paths=[path])
        results.findings.sort(key=lambda f: f.sort_key)
        return results

    def lint_paths(self, paths: Sequence[str], force_exclude: bool = False, jobs: int = 1) -> Results:
        """Lint files and folders.  ``jobs`` > 1 lints files in that many
        processes (0: one per CPU); the findings are the same, in the same order."""
        results = Results()
        for item in iter_files(paths, self.config, force_exclude):
            if isinstance(item, FileProblem):
                if any(r.id == UNREADABLE for r in self.rules):
                    results.findings.append(_unreadable(item.path, item.message))
                continue
            results.files += 1
            results.paths.append(item)
        for found in self._map_files(results.paths, jobs):
            results.findings.extend(found)
        results.findings.sort(key=lambda f: f.sort_key)
        return results

    def _map_files(self, files: list[str], jobs: int) -> Iterable[list[Finding]]:
        workers = min(jobs if jobs > 0 else (os.cpu_count() or 1), len(files) // _FILES_PER_WORKER)
        # Forked workers inherit this Linter with its plugins already loaded
        # (local plugin modules included); where fork is not available the run
        # stays in one process rather than re-importing plugins per worker.
        if workers < 2 or "fork" not in multiprocessing.get_all_start_methods():
            return map(self.lint_file, files)
        global _WORKER_LINTER
        _WORKER_LINTER = self
        # Linting the first file here builds what rules load lazily (the
        # lexicon, compiled patterns) once, for every worker to inherit.
        first = self.lint_file(files[0])
        rest = files[1:]
        pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"))
        with pool:
            return [first, *pool.map(_lint_in_worker, rest, chunksize=max(1, len(rest) // (workers * 8)))]

    def lint_text(self, text: str, path: str = "<text>") -> list[Finding]:
        # surrogatepass: a str holding half a surrogate pair (from JSON, say)
        # then fails to decode and is reported as NL001 instead of raising.
        return self.lint_bytes(path, text.encode("utf-8", "surrogatepass")).findings


# Below this many files per worker, starting processes costs more than it saves.
_FILES_PER_WORKER = 8
_WORKER_LINTER: Linter | None = None


def _lint_in_worker(path: str) -> list[Finding]:
    assert _WORKER_LINTER is not None
    return _WORKER_LINTER.lint_file(path)


def _same_type(default: Any, value: Any) -> bool:
    if isinstance(default, bool) or isinstance(value, bool):
        return isinstance(default, bool) and isinstance(value, bool)
    if isinstance(default, float):
        return isinstance(value, (int, float))
    if isinstance(default, (list, tuple)):
        return isinstance(value, list)
    return isinstance(value, type(default))


def _unreadable(path: str, message: str, line: int = 1, column: int = 1, record: int | None = None) -> Finding:
    return Finding(path, line, column, line, column, UNREADABLE, "unreadable", Severity.ERROR, message, (), record)


def _crash_finding(doc: Document, rule: Rule, message: str) -> Finding:
    return Finding(
        doc.path, doc.first_line, 1, doc.first_line, 1, RULE_ERROR, "rule-error", Severity.ERROR, message, (), doc.record
    )


def lint_text(text: str, path: str = "<text>", config: Config | None = None, **selection: Any) -> list[Finding]:
    """Lint one article given as a string; returns sorted findings.

    ``selection`` takes ``select``, ``extend_select`` and ``ignore`` as in the
    config file, e.g. ``lint_text(s, select=["typo"])``.
    """
    return Linter(config, **selection).lint_text(text, path)


def lint_paths(paths: Sequence[str], config: Config | None = None, **selection: Any) -> Results:
    """Lint files and folders as the command line does; returns Results."""
    return Linter(config, **selection).lint_paths(list(paths))
