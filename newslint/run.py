"""A run over files and folders: work units linted in parallel and in order.

Files are listed first and sorted by path (the order findings reach the
user), then cut into units (:mod:`newslint.units`): whole files, or ranges
of records of a large JSONL file.  Cache hits are answered here; the rest
go to forked worker processes (or a Dask cluster) in small batches, a few
batches ahead of the one being reported, so memory holds a window of the
corpus and of its findings, never all of it.  Findings come out exactly as
one process would produce them: sorted, baseline applied in that order.
"""
from __future__ import annotations

import os
from collections import Counter, deque
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable, Iterator, Sequence

from . import baseline as baseline_file
from . import cachepack, engine
from .cache import Cache, entry_row, row_finding
from .errors import NewslintError
from .files import FileProblem
from .findings import Finding
from .sorting import Item, UnitResult
from .units import Unit, plan

if TYPE_CHECKING:
    from .engine import Linter, Results
    from .progress import Progress

# Small files travel to a worker in batches of about this many bytes (or
# files), so a corpus of tweets does not cost a round trip per file.
BATCH_BYTES = 256 * 1024
BATCH_UNITS = 32
# Below this much input per worker, starting processes costs more than it saves.
BYTES_PER_WORKER = 128 * 1024
# Batches in flight per worker: enough to keep it busy while the oldest is reported.
AHEAD = 4


@dataclass(frozen=True)
class RunOptions:
    """How a run goes (not what it finds): the command line's run flags."""

    jobs: int = 1  # processes; 0: one per CPU
    force_exclude: bool = False
    cache_dir: str | None = None  # None: no cache
    progress: bool = False  # a progress bar on standard error
    line_texts: bool = False  # pair findings with their line's text (--show-source)
    dask_scheduler: str | None = None  # address of a Dask scheduler to send the units to


Batch = list[tuple[Unit, bool]]  # (unit, whether to store it in the cache)


class Run:
    """Iterate to get (finding, line text) pairs in order; ``files``,
    ``documents`` and ``paths`` count what was read, ``notes`` say what the
    run had to leave out (a cache folder it could not write)."""

    def __init__(self, linter: Linter, paths: Sequence[str], options: RunOptions | None = None) -> None:
        self.linter = linter
        self.given = list(paths)
        self.options = options or RunOptions()
        self.files = 0
        self.documents = 0
        self.paths: list[str] = []
        self.notes: list[str] = []
        self.cache: Cache | None = None
        if self.options.cache_dir and not self.options.dask_scheduler:
            self.cache, note = Cache.open(self.options.cache_dir, linter)
            if note:
                self.notes.append(note)
        self.need_lines = self.options.line_texts or linter.baseline is not None
        # The cache's pack (newslint/cachepack.py): what this run knows of each
        # file it meets, by path, until its findings have been reported.
        self._pack: dict[str, cachepack.Note] = {}
        self._pack_in: cachepack.Reader | None = None
        self._pack_out: cachepack.Writer | None = None

    def results(self) -> Results:
        """Run to the end and collect everything (for formats that need it all)."""
        findings = [f for f, _ in self]
        return engine.Results(findings, self.files, self.paths, self.documents)

    def targets(self) -> list[str | Finding]:
        """Every file to lint and every problem met while walking, sorted by path."""
        out: list[tuple[str, str | Finding]] = []
        report: bool | None = None  # asked only on a problem: the rules may not be built yet
        for item in engine.iter_files(self.given, self.linter.config, self.options.force_exclude):
            if isinstance(item, FileProblem):
                if report is None:
                    report = any(r.id == engine.UNREADABLE for r in self.linter.rules)
                if report:
                    out.append((item.path, engine._unreadable(item.path, item.message)))
            else:
                out.append((item, item))
        out.sort(key=lambda pair: pair[0])
        return [target for _, target in out]

    def __iter__(self) -> Iterator[Item]:
        targets = self.targets()
        total = sum(_size(t) for t in targets if isinstance(t, str))
        progress = _progress(self.options, total, sum(isinstance(t, str) for t in targets))
        baseline = self.linter.baseline
        left = Counter(baseline[0]) if baseline else None
        if self.cache is not None and not self.linter.show_traceback:
            # Opened here, not before: only a run that is iterated writes a new pack.
            self._pack_in = cachepack.Reader(self.cache.folder)
            self._pack_out = cachepack.Writer(self.cache.folder)
        finished = False
        try:
            for unit, result in self._results(targets, total):
                self.documents += result.documents
                note = self._pack.pop(unit.path, None) if unit is not None and unit.part == 0 else None
                rows: list[Any] | None = [] if note is not None and note.keep is None and note.key else None
                crashed = False
                for f, text in result:
                    if note is not None:
                        crashed |= f.rule == engine.RULE_ERROR
                        if rows is not None:
                            # Past INLINE_MAX the findings stay in the entry file alone.
                            rows.append(entry_row(f))
                            if len(rows) > cachepack.INLINE_MAX:
                                rows = None
                    if left is not None and baseline is not None:
                        key = baseline_file.key(f, _constant(text), baseline[1])
                        if left[key] > 0:
                            left[key] -= 1
                            continue
                    yield f, text
                if note is not None:
                    cachepack.write_line(self._pack_out, note, result.documents, result.count, None if crashed else rows, crashed)
                if progress is not None and unit is not None:
                    progress.advance(unit.size, result.documents, unit.part == 0)
            finished = True
        finally:
            if progress is not None:
                progress.close()
            if self._pack_out is not None:
                if finished and self._pack_in is not None:
                    rest = self._pack_in.rest()
                    self._pack_out.write(rest)
                    self._pack_out.commit()
                else:
                    self._pack_out.abort()

    def work(self, targets: list[str | Finding], batch_units: int = BATCH_UNITS) -> Iterator[tuple[str, Any]]:
        """The run's work in order: ``("ready", (unit, result))`` for walk
        problems (no unit) and cache hits, ``("batch", batch)`` to lint, of
        at most ``batch_units`` units."""
        batch: Batch = []
        split = self.linter.splits_jsonl
        for target in targets:
            if isinstance(target, Finding):
                if batch:
                    yield "batch", batch
                    batch = []
                yield "ready", (None, UnitResult(0, 1, [(target, None)]))
                continue
            self.files += 1
            self.paths.append(target)
            fast = self._pack_lookup(target)
            if fast is not None:
                if batch:
                    yield "batch", batch
                    batch = []
                yield "ready", fast
                continue
            for unit in plan(target, split):
                hit = self._cached(unit)
                if hit is not None:
                    if batch:
                        yield "batch", batch
                        batch = []
                    yield "ready", (unit, hit)
                    continue
                batch.append((unit, self.cache is not None))
                if len(batch) >= batch_units or sum(u.size for u, _ in batch) >= BATCH_BYTES:
                    yield "batch", batch
                    batch = []
        if batch:
            yield "batch", batch

    def _results(self, targets: list[str | Finding], total: int) -> Iterator[tuple[Unit | None, UnitResult]]:
        """(unit, result) in order; a walk problem comes with no unit."""
        executor = _Executor(self, total)
        pending: deque[tuple[str, Any]] = deque()
        try:
            # One process needs no batches (and the progress bar moves per file).
            for kind, value in self.work(targets, BATCH_UNITS if executor.window else 1):
                pending.append((kind, executor.submit(value) if kind == "batch" else value))
                yield from _drain(pending, executor.window)
            yield from _drain(pending, 0)
        finally:
            for kind, value in pending:
                if kind == "batch" and value.done() and not value.cancelled() and value.exception() is None:
                    for _, result in value.result():
                        result.discard()
            executor.close()

    def _pack_lookup(self, path: str) -> tuple[Unit, UnitResult] | None:
        """The file's findings from the pack when its stat says it is unchanged;
        otherwise note what the pack knows of it for :meth:`_cached`."""
        if self._pack_in is None:
            return None
        carried, old = self._pack_in.take(path)
        try:
            st = os.stat(path)
        except OSError:
            st = None
        sig = cachepack.signature(st, cachepack.now_ns()) if st is not None else None
        note = cachepack.Note(path, carried, old, sig)
        self._pack[path] = note
        if old is None or sig is None or old.sig != sig or old.rows is None or st is None:
            return None
        unit = Unit(path, st.st_size)
        raw = None
        if self.need_lines:
            try:
                raw = unit.read()
            except OSError:
                return None
        note.keep = old.text
        return unit, self._served(unit, raw, old.documents, old.count, (row_finding(r) for r in old.rows))

    def _cached(self, unit: Unit) -> UnitResult | None:
        if self.cache is None or self.linter.show_traceback:
            return None
        try:
            raw = unit.read()
        except OSError:
            return None  # the worker reports it
        key = self.cache.key(unit, raw)
        note = self._pack.get(unit.path) if unit.whole else None
        if note is not None:
            note.key = key
            old = note.old
            if old is not None and old.key == key and old.rows is not None:
                if old.sig == note.sig:
                    note.keep = old.text
                return self._served(unit, raw, old.documents, old.count, (row_finding(r) for r in old.rows))
        elif unit.path in self._pack:
            self._pack[unit.path].key = ""  # a range of a file: no line in the pack
        found = self.cache.get(key)
        if found is None:
            return None
        documents, count, findings = found
        return self._served(unit, raw, documents, count, findings)

    def _served(self, unit: Unit, raw: bytes | None, documents: int, count: int, findings: Iterator[Finding]) -> UnitResult:
        if self.need_lines and raw is not None:
            return UnitResult(documents, count, self.linter.line_texts(unit, raw, findings))
        return UnitResult(documents, count, ((f, None) for f in findings))


def _drain(pending: deque[tuple[Any, Any]], window: int) -> Iterator[tuple[Unit | None, UnitResult]]:
    """Report finished work from the head of the queue; wait while it is longer than ``window``."""
    while pending:
        kind, value = pending[0]
        if kind == "batch" and len(pending) <= window and not value.done():
            return
        pending.popleft()
        if kind == "ready":
            yield value
        else:
            yield from _batch_result(value)


def _batch_result(future: Any) -> list[tuple[Unit, UnitResult]]:
    try:
        return future.result()
    except Exception as exc:
        if type(exc).__name__ != "BrokenProcessPool":
            raise
        raise NewslintError(
            "a worker process died (out of memory, or killed); run with --jobs 1 to lint in one process"
        ) from None


def _constant(text: str | None) -> Callable[[Finding], str | None]:
    return lambda _: text


def cpu_count() -> int:
    """The CPUs this process may run on (a container's share, not the host's)."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def _size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0


def _progress(options: RunOptions, total: int, files: int) -> Progress | None:
    if not options.progress:
        return None
    from .progress import Progress

    return Progress(total, files)


class _Done:
    """A finished future, for batches linted in this process."""

    def __init__(self, value: Any) -> None:
        self.value = value

    def done(self) -> bool:
        return True

    def cancelled(self) -> bool:
        return False

    def exception(self) -> None:
        return None

    def result(self) -> Any:
        return self.value


class _Executor:
    """Where batches are linted: here, in forked workers, or on a Dask cluster.

    Workers start at the first batch that is not a cache hit, after this
    process has linted that batch itself: that builds what rules load
    lazily (lexicons, compiled patterns) once, for every worker to inherit.
    """

    def __init__(self, run: Run, total: int) -> None:
        self.run = run
        jobs = run.options.jobs if run.options.jobs > 0 else cpu_count()
        self.workers = max(1, min(jobs, total // BYTES_PER_WORKER))
        if self.workers > 1 and not hasattr(os, "fork"):
            # Without fork (multiprocessing's "fork" start method exists exactly
            # where os.fork does), workers would import plugins afresh: stay in
            # one process.  multiprocessing itself is imported when the pool
            # starts: a run of cache hits never starts one.
            self.workers = 1
        self.pool: Any = None
        self.dask: Any = None
        if run.options.dask_scheduler:
            from .dask import ClusterExecutor

            self.dask = ClusterExecutor(run.options.dask_scheduler, run.linter, run.need_lines)
            self.workers = self.dask.workers
        self.window = self.workers * AHEAD if (self.workers > 1 or self.dask) else 0
        self.warm = False

    def submit(self, batch: Batch) -> Any:
        if self.dask is not None:
            return self.dask.submit(batch)
        if self.workers < 2 or not self.warm:
            self.warm = True
            return _Done(lint_batch(self.run.linter, batch, self.run.need_lines, self.run.cache, spill=True))
        if self.pool is None:
            global _WORKER
            _WORKER = (self.run.linter, self.run.need_lines, self.run.cache)
            self.run.linter.build_rules()  # once, for every worker to inherit
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            self.pool = ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("fork"))
        return self.pool.submit(_lint_in_worker, batch)

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
        if self.dask is not None:
            self.dask.close()


def lint_batch(linter: Linter, batch: Batch, line_texts: bool, cache: Cache | None, spill: bool) -> list[tuple[Unit, UnitResult]]:
    out = []
    for unit, store in batch:
        out.append((unit, linter.lint_unit(unit, line_texts, spill, cache=cache if store else None)))
    return out


_WORKER: tuple[Linter, bool, Cache | None] | None = None


def _lint_in_worker(batch: Batch) -> list[tuple[Unit, UnitResult]]:
    assert _WORKER is not None
    linter, line_texts, cache = _WORKER
    # Units that carry their bytes (gzip ranges) need not travel back.
    return [(_light(u), r) for u, r in lint_batch(linter, batch, line_texts, cache, spill=True)]


def _light(unit: Unit) -> Unit:
    from dataclasses import replace

    return replace(unit, data=None) if unit.data is not None else unit
