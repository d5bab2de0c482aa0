"""Precision and recall of newslint's rules on the real dev corpora.

    python benchmarks/quality.py            # every family
    python benchmarks/quality.py typo ui    # some families
    python benchmarks/quality.py --smoke    # a small, quick subset (CI)

Each family lives in benchmarks/quality_<family>.py with a function
``run(corpus: Path, work: Path, rng: random.Random, smoke: bool) -> list[Row]``
that builds labelled cases, runs the real `newslint --format json` over them
and scores the findings.  Deterministic: every family gets a fixed seed.
"""
from __future__ import annotations

import argparse
import importlib
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness import Row, corpus_dir, print_rows  # noqa: E402

FAMILIES = ["typo", "repeated", "duplicates", "ui", "markup", "ai", "attribution", "clean", "fix"]


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("families", nargs="*", metavar="FAMILY",
                   help=f"families to run (default: all): {', '.join(FAMILIES)}")
    p.add_argument("--smoke", action="store_true", help="small subset, for CI")
    args = p.parse_args(argv)
    corpus = corpus_dir()
    rows: list[Row] = []
    started = time.time()
    with tempfile.TemporaryDirectory(prefix="newslint-quality-") as tmp:
        for family in args.families or FAMILIES:
            try:
                module = importlib.import_module(f"quality_{family}")
            except ModuleNotFoundError as exc:
                if exc.name != f"quality_{family}":
                    raise
                print(f"(no benchmark for {family} yet)", file=sys.stderr)
                continue
            work = Path(tmp) / family
            work.mkdir()
            rows.extend(module.run(corpus, work, random.Random(20261121), args.smoke))
    print_rows(rows)
    print(f"\n{len(rows)} figures in {time.time() - started:.1f}s; corpus: {corpus}")
    return 0 if all(r.ok for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
