"""Where newslint's time goes: warm CPU seconds per rule on one corpus.

    python -m benchmarks.rules                    # bbc-dev, every default rule
    python -m benchmarks.rules --corpus polnear-dev --repeat 3
    python -m benchmarks.rules --select NL101,NL403

Each rule runs alone (``select=[RULE]``) through the Python API, in this
process, once to warm up (indexes, compiled patterns, dictionaries) and then
``--repeat`` times; the figure is the least CPU time of those runs.  A rule run
alone also pays for the analysis its family shares, so the per-rule figures add
up to more than the all-rules run, which is printed last beside the engine's own
cost (reading, splitting and reporting with only NL001 selected).  CPU time, not
wall time, so a busy machine disturbs the figures less; compare two versions of
the code in one sitting all the same.

The speed comparison with codespell and typos is ``benchmarks.speed``; this
script is the profile that says which rule to work on.
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

from newslint.api import api_linter
from newslint.run import RunOptions

from .common import corpus_dir

ENGINE_ONLY = "NL001"  # reported by the engine; selecting it alone runs no rule


def corpus_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def cpu_of(select: list[str] | None, paths: list[str], repeat: int) -> tuple[float, int]:
    """Least CPU seconds of ``repeat`` warm runs, and the number of findings."""
    linter = api_linter(None, paths, select, (), (), (), (), False)
    options = RunOptions(jobs=1)
    found = len(linter.lint_paths(paths, options).findings)  # warm-up
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        linter.lint_paths(paths, options)
        best = min(best, time.process_time() - start)
    return best, found


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", default="bbc-dev", help="a folder of ../shared/corpus/ (default bbc-dev)")
    parser.add_argument("--repeat", type=int, default=1, help="timed runs per rule; the least is kept (default 1)")
    parser.add_argument("--select", help="comma-separated rule ids (default: every default rule)")
    args = parser.parse_args(argv)

    folder = corpus_dir() / args.corpus
    paths = [str(folder)]
    megabytes = corpus_size(folder) / 1e6
    if args.select:
        rules = [r.strip() for r in args.select.split(",") if r.strip()]
    else:
        linter = api_linter(None, paths, None, (), (), (), (), False)
        rules = [r.id for r in linter.rules if r.id != ENGINE_ONLY]

    print(f"{args.corpus}: {megabytes:.2f} MB, warm CPU seconds, least of {args.repeat}")
    engine, _ = cpu_of([ENGINE_ONLY], paths, args.repeat)
    rows = [(rule, *cpu_of([rule], paths, args.repeat)) for rule in rules]
    total, total_found = cpu_of(None if not args.select else rules, paths, args.repeat)
    print(f"{'rule':<10} {'CPU s':>7} {'share':>6} {'MB/s':>7} {'findings':>9}")
    for rule, seconds, found in sorted(rows, key=lambda row: -row[1]):
        rule_only = max(seconds - engine, 0.0)
        print(f"{rule:<10} {seconds:7.2f} {rule_only / max(total - engine, 1e-9):6.0%} "
              f"{megabytes / max(seconds, 1e-9):7.2f} {found:9d}")
    print(f"{'engine':<10} {engine:7.2f} {'':>6} {megabytes / max(engine, 1e-9):7.2f}   (NL001 alone: read, split, report)")
    print(f"{'all':<10} {total:7.2f} {'':>6} {megabytes / max(total, 1e-9):7.2f} {total_found:9d}")
    print("share: the rule's CPU beyond the engine's, over the all-rules run's beyond the engine's")


if __name__ == "__main__":
    main()
