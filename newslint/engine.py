"""One pipeline for every run: read a file into documents, run the selected
rules, check what they report, apply suppressions, then the baseline.

The command line, the Python API (:func:`newslint.lint_paths`,
:func:`newslint.lint_text`), ``newslint.testing``, editors and Dask workers
all lint through :class:`Linter`, so a setting means the same everywhere.
Running many files (in order, in parallel, cached) is :mod:`newslint.run`.
"""
from __future__ import annotations

import os
import sys
import traceback
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Sequence

from . import baseline as baseline_file
from . import heap, patterncache, ruleset, suppressions
from .compression import decompress, suffix_of
from .config import Config
from .contract import ContractError, check_site, findings_of
from .document import Document
from .errors import ReadError, crash_site, one_line
from .files import iter_files  # noqa: F401  (tests patch engine.iter_files)
from .findings import Finding, Severity
from .plugins import build_plugin_manager, configure_plugins, hook_failure
from .registry import Registry
from .rule import Context, PatternTimeout, Rule
from .ruleset import RULE_ERROR, UNREADABLE
from .sorting import FindingSorter, Item, UnitResult, line_text, texts_of, unit_result
from .units import Unit

if TYPE_CHECKING:
    from .cache import Cache
    from .run import RunOptions

# The readers newslint ships: only with these alone may a JSONL file be split
# into record ranges (a plugin reader might read a file whole).
BUILTIN_READERS = frozenset({"reader-markdown", "reader-jsonl", "reader-text"})


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


@dataclass(frozen=True)
class LinterSpec:
    """The arguments a :class:`Linter` was built from (picklable)."""

    config: Config
    plugin_paths: tuple[Path, ...] = ()
    disabled_plugins: tuple[str, ...] = ()
    select: tuple[str, ...] | None = None
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    baseline: bool | None = None
    show_traceback: bool = False

    def build(self) -> Linter:
        return Linter(
            self.config, self.plugin_paths, self.disabled_plugins, self.select, self.extend_select, self.ignore,
            baseline=self.baseline if self.baseline is not None else False, show_traceback=self.show_traceback,
        )


class Linter:
    """A configured run: plugins loaded, rules selected, options validated.

    ``baseline``: ``None`` uses the config's ``baseline`` key, a path uses
    that file, ``False`` reports every finding (as ``--write-baseline`` needs).
    ``tolerant`` keeps a plugin whose ``newslint_register_rules`` fails out of
    the run instead of raising, for ``--version`` and ``newslint rules``.
    ``lazy`` leaves the rules (importing their modules, selecting, checking
    their options) until something asks for them: the command line uses it
    when the findings cache may answer every file (:meth:`build_rules`).
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
        lazy: bool = False,
    ) -> None:
        if not lazy:  # before the plugins import (they compile patterns); a lazy one may build no rule
            patterncache.load()
        self.config = config or Config()
        self.show_traceback = show_traceback
        # How to build this linter again in another process (a Dask worker).
        self.spec = LinterSpec(
            self.config, tuple(plugin_paths), tuple(disabled_plugins), None if select is None else tuple(select),
            tuple(extend_select), tuple(ignore), baseline if isinstance(baseline, bool) else None, show_traceback,
        )
        # One-line notes for standard error (plugins skipped, and why).
        self.notes: list[str] = []
        local = list(plugin_paths)
        skipped_local: list[str] = []
        if self.config.plugins_allowed:
            local = list(self.config.plugins) + local
        elif self.config.plugins:
            skipped_local = [f"local:{p.stem}" for p in self.config.plugins]
            self.notes.append(_untrusted_note(self.config))
        # Fingerprinted whole by the findings cache: data files change findings too.
        self.local_plugin_paths = tuple(local)
        self.pm, self.plugins = build_plugin_manager(local, disabled_plugins, tolerant=tolerant)
        self.tolerant = tolerant
        self._rule_inputs = (tolerant, skipped_local, select, tuple(extend_select), tuple(ignore))
        self.rules_built = False
        if not lazy:
            self.build_rules()
        self.baseline = self._baseline(baseline)
        configure_plugins(self.pm, self.config)

    def build_rules(self) -> None:
        """Collect the rules, select them and check their options (once);
        raises the configuration's errors as the constructor does."""
        if self.rules_built:
            return
        patterncache.load()  # a no-op when __init__ did it
        chosen = ruleset.build(self.pm, self.config, *self._rule_inputs)
        self._registry, self._rules, self._options, self._severities = chosen
        self.rules_built = True

    @property
    def registry(self) -> Registry:
        self.build_rules()
        return self._registry

    @property
    def rules(self) -> list[Rule]:
        self.build_rules()
        return self._rules

    @property
    def options(self) -> dict[str, dict[str, Any]]:
        self.build_rules()
        return self._options

    @property
    def severities(self) -> dict[str, Severity]:
        self.build_rules()
        return self._severities

    def _baseline(self, given: str | os.PathLike[str] | bool | None) -> tuple[Counter[baseline_file.Key], Path] | None:
        if given is False:
            return None
        file = self.config.baseline if given is None or given is True else Path(given)
        if file is None:
            return None
        return baseline_file.load(file), Path(file).resolve().parent

    # -- linting --------------------------------------------------------------

    def iter_document(self, doc: Document, rules: Iterable[Rule] | None = None) -> Iterator[Finding]:
        """Findings of one document after inline suppressions (not the baseline),
        unsorted, as the rules report them."""
        active = list(self.rules if rules is None else rules)
        patterncache.documents_begin()
        # Rules read the text with suppression directives blanked out (same offsets),
        # so a directive neither changes a line's content nor looks like markup.
        original, doc = doc, suppressions.mask(doc)
        keep = suppressions.Suppressor(original, self.registry, {r.id for r in active}, self.severities)
        huge, family = heap.is_huge(doc.text, lambda: len(doc.lines)), None
        # Read once a document, not once a rule (each is a property call).
        options, severities, timeout = self.options, self.severities, self.config.regex_timeout
        for rule in active:  # the language server reads `rule` off this frame
            # A family's shared results (line model, lower case: tens of MB on 50 MB) go at the next.
            new_family = family != (family := (getattr(rule.check, "__module__", None) or "").rpartition(".")[0])
            if new_family:
                doc.memo.clear()
            if huge:  # what the last rule freed goes back (at a new family, its caches too: heap.py)
                heap.give_back(caches=new_family)
            ctx = Context(doc, rule, options.get(rule.id, rule.options), severities.get(rule.id), timeout)
            try:
                for f in findings_of(rule, rule.check(doc, ctx)):
                    if keep.keep(f):
                        yield f
                continue
            except PatternTimeout as exc:
                crash = _crash_finding(doc, rule, f"{_rule_label(rule)} stopped: {exc}")
            except ContractError as exc:
                site = check_site(rule)
                where = f"{_plugin_part(rule)}{' at ' + site if site else ''}"
                crash = _crash_finding(doc, rule, f"{_rule_label(rule)}{where} broke the rule contract: {exc}")
            except Exception as exc:  # a broken rule must not lose other rules' findings
                site = crash_site(exc, rule.check)
                where = f"{_plugin_part(rule)}{' at ' + site if site else ''}"
                crash = _crash_finding(doc, rule, f"{_rule_label(rule)}{where} crashed: {one_line(exc)}")
                if self.show_traceback:
                    _print_traceback(doc, rule, exc)
            if keep.keep(crash):
                yield crash
        yield from keep.extra()

    def lint_document(self, doc: Document, rules: Iterable[Rule] | None = None) -> list[Finding]:
        """Findings of one document after inline suppressions (not the baseline)."""
        return list(self.iter_document(doc, rules))

    def read(self, path: str, raw: bytes) -> list[Document | ReadError]:
        """The documents in one file's bytes (gzip and zstd are opened transparently)."""
        name = path
        packed = suffix_of(path)
        if packed:
            try:
                raw = decompress(path, raw)
            except ReadError as exc:
                return [exc]
            # Readers choose by suffix: they see "a.jsonl", findings keep "a.jsonl.gz".
            name = path[: -len(packed)]
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

    def read_unit(self, unit: Unit, raw: bytes) -> list[Document | ReadError]:
        """The documents of a unit: a whole file, or a range of JSONL records."""
        if unit.whole:
            return self.read(unit.path, raw)
        from .readers.jsonl import read_records

        try:
            return read_records(unit.path, raw, self.config, unit.first_line)
        except ReadError as exc:
            return [exc]

    @property
    def splits_jsonl(self) -> bool:
        """Whether large JSONL files may be linted as ranges of records: only
        when newslint's own readers are the only ones."""
        impls = self.pm.hook.newslint_read_documents.get_hookimpls()
        return all(impl.plugin_name in BUILTIN_READERS for impl in impls)

    def rules_for(self, path: str) -> list[Rule]:
        if not self.config.per_file_ignores:
            return self.rules
        ignored = self.registry.resolve(self.config.ignored_for(path), "per-file-ignores")
        return [r for r in self.rules if r.id not in ignored]

    def lint_unit(
        self, unit: Unit, line_texts: bool = False, spill: bool = False, raw: bytes | None = None, cache: Cache | None = None
    ) -> UnitResult:
        """Lint one unit: its findings sorted, before the baseline.

        ``line_texts`` pairs each finding with its line's text (for the
        baseline and --show-source); ``spill`` lets a unit with very many
        findings hand them over in a temporary file rather than in memory;
        ``cache`` stores the findings under the hash of the bytes read."""
        if raw is None:
            try:
                raw = unit.read()
            except OSError as exc:
                if not any(r.id == UNREADABLE for r in self.rules):
                    return UnitResult(0, 0, [])
                return UnitResult(0, 1, [(_unreadable(unit.path, f"cannot read file: {exc.strerror or exc}"), None)])
        key = cache.key(unit, raw) if cache is not None else None
        rules = self.rules_for(unit.path)
        wanted = {r.id for r in rules}
        sorter = FindingSorter()
        records: set[int | None] = set()
        unreadable_records = 0
        crashed = False
        found = self.read_unit(unit, raw)
        del raw  # a 50 MB article need not be held twice
        # Each document is let go once linted: a range holds thousands.
        found.reverse()
        while found:
            doc = found.pop()
            if isinstance(doc, ReadError):
                unreadable_records += doc.record is not None
                f = _unreadable(unit.path, doc.message, doc.line, doc.column, doc.record)
                if f.rule in wanted:
                    sorter.add(f, None)
                continue
            records.add(doc.record)
            for f in self.iter_document(doc, rules):
                crashed |= f.rule == RULE_ERROR
                # NL001 and NL003 come from the engine itself: honour selection for them too.
                if f.rule in wanted:
                    sorter.add(f, line_text(doc, f) if line_texts else None)
            del doc
        result = unit_result(len(records) + unreadable_records, sorter, spill)
        # A crash or a pattern past its time limit may not happen next time
        # (a busy machine, a fixed plugin): never served from the cache.
        if cache is not None and key is not None and not crashed:
            cache.put(key, result.documents, (f for f, _ in result.peek()))
        return result

    def line_texts(self, unit: Unit, raw: bytes, findings: Iterable[Finding]) -> Iterator[Item]:
        """Findings read from the cache, paired with their lines' text."""
        docs = {d.record: d for d in self.read_unit(unit, raw) if isinstance(d, Document)}
        for f in findings:
            doc = docs.get(f.record)
            yield f, (line_text(doc, f) if doc is not None else None)

    def lint_file_result(self, path: str) -> FileResult:
        result = self.lint_unit(Unit(path, 0))
        return FileResult(self._after_baseline(list(result)), result.documents)

    def lint_file(self, path: str) -> list[Finding]:
        return self.lint_file_result(path).findings

    def _after_baseline(self, items: Iterable[Item]) -> list[Finding]:
        if self.baseline is None:
            return [f for f, _ in items]
        known, base = self.baseline
        return baseline_file.new_findings([f for f, _ in items], known, texts_of(items), base)

    def lint_bytes(self, path: str, raw: bytes) -> Results:
        """Lint one file's content given as bytes (standard input, editors)."""
        result = self.lint_unit(Unit(path, len(raw)), line_texts=self.baseline is not None, raw=raw)
        findings = self._after_baseline(list(result))
        return Results(findings, files=1, paths=[path], documents=result.documents)

    def lint_paths(self, paths: Sequence[str], options: RunOptions | None = None, **kwargs: Any) -> Results:
        """Lint files and folders; ``options`` (or its fields as keywords:
        ``jobs``, ``force_exclude``, ``cache_dir``) as :class:`RunOptions`.
        The findings are the same, in the same order, whatever the jobs."""
        from .run import Run, RunOptions

        return Run(self, paths, options or RunOptions(**kwargs)).results()

    def lint_text(self, text: str, path: str = "<text>") -> list[Finding]:
        # surrogatepass: a str holding half a surrogate pair (from JSON, say)
        # then fails to decode and is reported as NL001 instead of raising.
        return self.lint_bytes(path, text.encode("utf-8", "surrogatepass")).findings


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
    line = doc.first_line
    return Finding(doc.path, line, 1, line, 1, RULE_ERROR, "rule-error", Severity.ERROR, message, (), doc.record)
