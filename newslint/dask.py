"""Lint a corpus on a Dask cluster (``pip install 'newslint[dask]'``; docs/scale.md).

Two ways in:

* :func:`lint_bag` returns a ``dask.bag.Bag`` of :class:`~newslint.Finding`
  for a pipeline to filter, count or write out.  Given paths, the files are
  listed and large JSONL files cut into record ranges here (as a local run
  does), and the bag holds the findings in the order a local run reports
  them.  Given a bag of paths, each worker lints the files of its partitions.
* :func:`lint_paths_on_cluster` lints exactly as ``newslint --dask-scheduler
  ADDRESS PATHS`` does and returns :class:`~newslint.Results`, finding for
  finding what a local run returns (baseline included, applied here).

Workers must see the files at the same paths (a shared file system, or the
same checkout everywhere) and have newslint and the same plugins installed;
local plugin files are loaded on each worker from their absolute paths.
"""
from __future__ import annotations

import os
import pickle
from typing import TYPE_CHECKING, Any, Iterable, Sequence

try:
    import dask.bag as db
    from distributed import Client
except ImportError as exc:  # pragma: no cover - the message is the point
    raise ImportError(
        "newslint.dask needs Dask: pip install 'newslint[dask]' (dask[bag] and distributed)"
    ) from exc

from .api import api_linter
from .config import Config
from .engine import Linter, LinterSpec, Results
from .findings import Finding
from .run import Batch, Run, RunOptions, lint_batch
from .sorting import UnitResult
from .units import Unit, plan

if TYPE_CHECKING:
    from distributed import Future

__all__ = ["lint_bag", "lint_paths_on_cluster"]


def lint_bag(
    paths_or_bag: Sequence[str | os.PathLike[str]] | db.Bag,
    config: Config | str | os.PathLike[str] | None = None,
    *,
    select: Sequence[str] | None = None,
    extend_select: Sequence[str] = (),
    ignore: Sequence[str] = (),
    plugins: Sequence[str | os.PathLike[str]] = (),
    disabled_plugins: Sequence[str] = (),
    force_exclude: bool = False,
) -> db.Bag:
    """A Dask bag of the findings of ``paths_or_bag`` (files and folders,
    or a bag of file paths), configured as :func:`newslint.lint_paths` is.

    The bag is lazy: compute it with the scheduler of your choice, e.g.
    ``lint_bag(["corpus/"]).compute()`` under a ``distributed.Client``.  No
    baseline is applied (a baseline counts findings across the whole run).
    """
    if isinstance(paths_or_bag, db.Bag):
        linter = api_linter(config or Config(), [], select, extend_select, ignore, plugins, disabled_plugins, False)
        return paths_or_bag.map_partitions(_lint_paths_partition, linter.spec)
    names = [os.fspath(p) for p in paths_or_bag]
    linter = api_linter(config, names, select, extend_select, ignore, plugins, disabled_plugins, False)
    run = Run(linter, names, RunOptions(force_exclude=force_exclude))
    work = list(run.work(run.targets()))
    if not work:
        return db.from_sequence([], npartitions=1)
    return db.from_sequence(work, partition_size=1).map_partitions(_lint_work_partition, linter.spec)


def lint_paths_on_cluster(
    paths: Sequence[str | os.PathLike[str]],
    scheduler: str | Client,
    config: Config | str | os.PathLike[str] | None = None,
    *,
    select: Sequence[str] | None = None,
    extend_select: Sequence[str] = (),
    ignore: Sequence[str] = (),
    plugins: Sequence[str | os.PathLike[str]] = (),
    disabled_plugins: Sequence[str] = (),
    baseline: str | os.PathLike[str] | bool | None = None,
    force_exclude: bool = False,
) -> Results:
    """Lint on the cluster at ``scheduler`` (an address or a Client); the
    same Results as :func:`newslint.lint_paths`, in the same order."""
    names = [os.fspath(p) for p in paths]
    linter = api_linter(config, names, select, extend_select, ignore, plugins, disabled_plugins, baseline)
    return Run(linter, names, RunOptions(force_exclude=force_exclude, dask_scheduler=scheduler)).results()  # type: ignore[arg-type]


class ClusterExecutor:
    """Batches of a :class:`~newslint.run.Run` sent to a Dask cluster."""

    def __init__(self, scheduler: str | Client, linter: Linter, line_texts: bool) -> None:
        self.own = isinstance(scheduler, str)
        self.client: Client = Client(scheduler) if isinstance(scheduler, str) else scheduler
        self.spec = _spec_bytes(linter.spec)
        self.line_texts = line_texts
        self.workers = max(1, sum(self.client.nthreads().values()))

    def submit(self, batch: Batch) -> Future:
        # Results travel back whole: a worker's temporary files are not ours.
        return self.client.submit(_lint_remote, self.spec, batch, self.line_texts, pure=False)

    def close(self) -> None:
        if self.own:
            self.client.close()


# -- on the workers -------------------------------------------------------------------

_LINTERS: dict[bytes, Linter] = {}


def _spec_bytes(spec: LinterSpec) -> bytes:
    # The same baseline rule as lint_bag: the driver applies the baseline.
    return pickle.dumps(LinterSpec(**{**spec.__dict__, "baseline": False}))


def _worker_linter(spec: bytes | LinterSpec) -> Linter:
    """One Linter per worker process and settings, built on first use."""
    key = spec if isinstance(spec, bytes) else _spec_bytes(spec)
    if key not in _LINTERS:
        _LINTERS[key] = pickle.loads(key).build()
    return _LINTERS[key]


def _lint_remote(spec: bytes, batch: Batch, line_texts: bool) -> list[tuple[Unit, UnitResult]]:
    out = lint_batch(_worker_linter(spec), batch, line_texts, None, spill=False)
    return [(unit, UnitResult(r.documents, r.count, list(r))) for unit, r in out]


def _lint_work_partition(work: Iterable[tuple[str, Any]], spec: LinterSpec) -> list[Finding]:
    linter = _worker_linter(spec)
    found: list[Finding] = []
    for kind, value in work:
        if kind == "ready":
            found.extend(f for f, _ in value[1])
        else:
            for _, result in lint_batch(linter, value, False, None, spill=False):
                found.extend(f for f, _ in result)
    return found


def _lint_paths_partition(paths: Iterable[str], spec: LinterSpec) -> list[Finding]:
    linter = _worker_linter(spec)
    found: list[Finding] = []
    for path in paths:
        for unit in plan(os.fspath(path), linter.splits_jsonl):
            found.extend(f for f, _ in linter.lint_unit(unit))
    return found
