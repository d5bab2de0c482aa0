"""One pipeline for every run: read a file into documents, run the selected
rules, check what they report, apply suppressions, then the baseline.

The command line, the Python API (:mod:`newslint.api`),
``newslint.testing`` and editors all lint through :class:`Linter`, so a
setting means the same everywhere."""
from __future__ import annotations

import gzip
import multiprocessing
import os
import sys
import traceback
import zlib
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

from . import baseline as baseline_file
from . import options as rule_options
from . import suppressions
from .config import Config, config_error, key_location
from .contract import ContractError, check_site, findings_of
from .document import Document
from .errors import ReadError, crash_site, one_line
from .files import FileProblem, iter_files, read_file
from .findings import Finding, Severity
from .plugins import build_plugin_manager, configure_plugins, hook_failure
from .registry import Registry
from .rule import Context, PatternTimeout, Rule

UNREADABLE = "NL001"
RULE_ERROR = "NL003"
# A gzip member is read whole; past this, it is reported rather than let a
# small "zip bomb" fill memory.
MAX_DECOMPRESSED = 2 * 1024**3


@dataclass
class Results:
    """What a run found: sorted findings, and how many files and documents were read."""

    findings: list[Finding] = field(default_factory=list)
    files: int = 0
    # The files read, in order: reporters such as junit list clean files too.
    paths: list[str] = field(default_factory=list)
    # Documents linted: one per plain file, one per record of a JSONL file.
    documents: int = 0

    def summary(self) -> dict[str, Any]:
        by_rule = Counter(f.rule for f in self.findings)
        return {
            "files": self.files,
            "documents": self.documents,
            "findings": len(self.findings),
            "by_rule": dict(sorted(by_rule.items())),
        }


@dataclass
class FileResult:
    """One file's findings (sorted) and the number of documents it held."""

    findings: list[Finding]
    documents: int = 0


class Linter:
    """A configured run: plugins loaded, rules selected, options validated.

    ``baseline``: ``None`` uses the config's ``baseline`` key, a path uses
    that file, ``False`` reports every finding (as ``--write-baseline`` needs).
    ``tolerant`` keeps a plugin whose ``newslint_register_rules`` fails out of
    the run instead of raising, for ``--version`` and ``newslint rules``.
    """

    def __init__(
        self,
        config: Config | None = None,
        plugin_paths: Sequence[Path] = (),
        disabled_plugins: Sequence[str] = (),
        select: Sequence[str] | None = None,
        extend_select: Sequence[str] = (),
        ignore: Sequence[str] = (),
        *,
        baseline: str | os.PathLike[str] | bool | None = None,
        show_traceback: bool = False,
        tolerant: bool = False,
    ) -> None:
        self.config = config or Config()
        self.show_traceback = show_traceback
        # One-line notes for standard error (plugins skipped, and why).
        self.notes: list[str] = []
        local = list(plugin_paths)
        skipped_local: list[str] = []
        if self.config.plugins_allowed:
            local = list(self.config.plugins) + local
        elif self.config.plugins:
            skipped_local = [f"local:{p.stem}" for p in self.config.plugins]
            self.notes.append(_untrusted_note(self.config))
        self.pm, self.plugins = build_plugin_manager(local, disabled_plugins, tolerant=tolerant)
        self.registry = Registry.from_plugins(self.pm, tolerant=tolerant)
        self.registry.skipped_plugins += skipped_local
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
        self.baseline = self._baseline(baseline)
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
                raise config_error(path, f"rules.{key}", "unknown rule", [r.name for r in self.registry])
            try:
                options[rule.id], severity = rule_options.validate(rule, table, self.config.root)
            except rule_options.OptionError as exc:
                raise config_error(path, f"rules.{key}.{exc.key}", exc.message, list(exc.choices)) from None
            if severity is not None:
                severities[rule.id] = severity
        return options, severities

    def _baseline(self, given: str | os.PathLike[str] | bool | None) -> tuple[Counter[baseline_file.Key], Path] | None:
        if given is False:
            return None
        file = self.config.baseline if given is None or given is True else Path(given)
        if file is None:
            return None
        return baseline_file.load(file), Path(file).resolve().parent

    # -- linting --------------------------------------------------------------

    def lint_document(self, doc: Document, rules: Iterable[Rule] | None = None) -> list[Finding]:
        """Findings of one document after inline suppressions (not the baseline)."""
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
                found.extend(findings_of(rule, rule.check(doc, ctx)))
            except PatternTimeout as exc:
                found.append(_crash_finding(doc, rule, f"{_rule_label(rule)} stopped: {exc}"))
            except ContractError as exc:
                site = check_site(rule)
                where = f"{_plugin_part(rule)}{' at ' + site if site else ''}"
                found.append(_crash_finding(doc, rule, f"{_rule_label(rule)}{where} broke the rule contract: {exc}"))
            except Exception as exc:  # a broken rule must not lose other rules' findings
                site = crash_site(exc, rule.check)
                where = f"{_plugin_part(rule)}{' at ' + site if site else ''}"
                found.append(_crash_finding(doc, rule, f"{_rule_label(rule)}{where} crashed: {one_line(exc)}"))
                if self.show_traceback:
                    _print_traceback(doc, rule, exc)
        return suppressions.apply(original, found, self.registry, {r.id for r in active}, self.severities)

    def read(self, path: str, raw: bytes) -> list[Document | ReadError]:
        """The documents in one file's bytes (gzip is opened transparently)."""
        name = path
        if path.lower().endswith(".gz"):
            try:
                raw = _gunzip(raw)
            except ReadError as exc:
                return [exc]
            # Readers choose by suffix: they see "a.jsonl", findings keep "a.jsonl.gz".
            name = path[:-3]
        try:
            docs = self.pm.hook.newslint_read_documents(path=name, raw=raw, config=self.config)
        except ReadError as exc:
            return [exc]
        except Exception as exc:  # a broken reader plugin costs one file, not the run
            return [ReadError(hook_failure(self.pm, "newslint_read_documents", exc))]
        out = list(docs or ())
        if name != path:
            out = [replace(d, path=path) if isinstance(d, Document) and d.path == name else d for d in out]
        return out

    def lint_file(self, path: str) -> list[Finding]:
        return self.lint_file_result(path).findings

    def lint_file_result(self, path: str) -> FileResult:
        try:
            raw = read_file(path)
        except OSError as exc:
            if not any(r.id == UNREADABLE for r in self.rules):
                return FileResult([])
            return FileResult([_unreadable(path, f"cannot read file: {exc.strerror or exc}")])
        return self._lint_raw(path, raw)

    def _lint_raw(self, path: str, raw: bytes) -> FileResult:
        rules = self.rules
        if self.config.per_file_ignores:
            ignored = self.registry.resolve(self.config.ignored_for(path), "per-file-ignores")
            rules = [r for r in rules if r.id not in ignored]
        out: list[Finding] = []
        docs: dict[int | None, Document] = {}
        unreadable_records = 0
        for doc in self.read(path, raw):
            if isinstance(doc, ReadError):
                out.append(_unreadable(path, doc.message, doc.line, doc.column, doc.record))
                unreadable_records += doc.record is not None
            else:
                docs[doc.record] = doc
                out.extend(self.lint_document(doc, rules))
        # NL001 and NL003 come from the engine itself: honour selection for them too.
        wanted = {r.id for r in rules}
        out = sorted((f for f in out if f.rule in wanted), key=lambda f: f.sort_key)
        if self.baseline is not None:
            known, base = self.baseline
            out = baseline_file.new_findings(out, known, _line_text(docs), base)
        return FileResult(out, len(docs) + unreadable_records)

    def lint_bytes(self, path: str, raw: bytes) -> Results:
        """Lint one file's content given as bytes (standard input, editors)."""
        found = self._lint_raw(path, raw)
        return Results(found.findings, files=1, paths=[path], documents=found.documents)

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
            results.findings.extend(found.findings)
            results.documents += found.documents
        results.findings.sort(key=lambda f: f.sort_key)
        return results

    def _map_files(self, files: list[str], jobs: int) -> Iterable[FileResult]:
        workers = min(jobs if jobs > 0 else (os.cpu_count() or 1), len(files) // _FILES_PER_WORKER)
        # Forked workers inherit this Linter with its plugins already loaded
        # (local plugin modules included); where fork is not available the run
        # stays in one process rather than re-importing plugins per worker.
        if workers < 2 or "fork" not in multiprocessing.get_all_start_methods():
            return map(self.lint_file_result, files)
        global _WORKER_LINTER
        _WORKER_LINTER = self
        # Linting the first file here builds what rules load lazily (the
        # lexicon, compiled patterns) once, for every worker to inherit.
        first = self.lint_file_result(files[0])
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


def _lint_in_worker(path: str) -> FileResult:
    assert _WORKER_LINTER is not None
    return _WORKER_LINTER.lint_file_result(path)


def _gunzip(raw: bytes) -> bytes:
    try:
        stream = zlib.decompressobj(wbits=31)
        out = stream.decompress(raw, MAX_DECOMPRESSED)
        if stream.unconsumed_tail:
            raise ReadError(f"gzip content is larger than {MAX_DECOMPRESSED // 1024**3} GB; not read")
        if not stream.eof:
            raise ReadError("not a readable gzip file: it ends before its data does (truncated?)")
        # Concatenated gzip members (as `cat a.gz b.gz` makes) are one file.
        rest = stream.unused_data
        return out + gzip.decompress(rest) if rest else out
    except (zlib.error, OSError, EOFError) as exc:
        raise ReadError(f"not a readable gzip file: {exc}") from None


def _line_text(docs: dict[int | None, Document]) -> Callable[[Finding], str | None]:
    """The text of the line a finding starts on, from the documents as read."""

    def text(f: Finding) -> str | None:
        doc = docs.get(f.record)
        if doc is None:
            return None
        index = f.line - doc.first_line
        return doc.lines[index].text if 0 <= index < len(doc.lines) else None

    return text


def _untrusted_note(config: Config) -> str:
    names = ", ".join(p.name for p in config.plugins)
    return (
        f"{config.path}: its plugins ({names}) were not loaded: that config is outside the working folder, "
        "and a config found beside the files being linted never runs code (docs/security.md); "
        f"run from {config.root} or pass --config {config.path} to load them; settings of their rules were skipped"
    )


def _rule_label(rule: Rule) -> str:
    return f"rule {rule.id} ({rule.name})"


def _plugin_part(rule: Rule) -> str:
    return f" in plugin {rule.plugin}" if rule.plugin else ""


def _print_traceback(doc: Document, rule: Rule, exc: BaseException) -> None:
    where = doc.path + (f" record {doc.record}" if doc.record is not None else "")
    text = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    sys.stderr.write(f"newslint: traceback of {_rule_label(rule)} on {where}:\n{text}")


def _unreadable(path: str, message: str, line: int = 1, column: int = 1, record: int | None = None) -> Finding:
    return Finding(path, line, column, line, column, UNREADABLE, "unreadable", Severity.ERROR, message, (), record)


def _crash_finding(doc: Document, rule: Rule, message: str) -> Finding:
    return Finding(
        doc.path, doc.first_line, 1, doc.first_line, 1, RULE_ERROR, "rule-error", Severity.ERROR, message, (), doc.record
    )
