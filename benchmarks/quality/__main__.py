"""Precision and recall of newslint's rules on the real dev corpora.

    python -m benchmarks.quality                 # every family; writes benchmarks/results.json
    python -m benchmarks.quality typo ui         # some families
    python -m benchmarks.quality --smoke         # a small, quick subset (CI)
    python -m benchmarks.quality --readme-table  # the README table, from benchmarks/results.json

The corpora are read from ../shared/corpus/ or $NEWSLINT_CORPUS.  A full run
(every family, no --smoke) rewrites benchmarks/results.json; other runs write
JSON only where --json says.  The history of each family's figures is in
benchmarks/RESULTS.md.
"""
from __future__ import annotations

import argparse
import importlib
import json
import random
import sys
import tempfile
import time
from pathlib import Path

from ..common import corpus_dir
from ..figures import RESULTS, Row, print_rows, readme_table, write_json
from . import FAMILIES

SEED = 20261121


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(
        prog="python -m benchmarks.quality", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    p.add_argument("families", nargs="*", metavar="FAMILY",
                   help=f"families to run (default: all): {', '.join(FAMILIES)}")
    p.add_argument("--smoke", action="store_true", help="small subset, for CI")
    p.add_argument("--json", type=Path, metavar="FILE",
                   help=f"write the figures here (default: {RESULTS.name} on a full run only)")
    p.add_argument("--readme-table", action="store_true",
                   help="print the README's markdown table from the JSON figures and exit (runs nothing)")
    args = p.parse_args(argv)
    if args.readme_table:
        print(readme_table(json.loads((args.json or RESULTS).read_text(encoding="utf-8"))))
        return 0
    unknown = sorted(set(args.families) - set(FAMILIES))
    if unknown:
        p.error(f"no such family: {', '.join(unknown)} (choose from {', '.join(FAMILIES)})")
    families = args.families or FAMILIES
    corpus = corpus_dir()
    by_family: dict[str, list[Row]] = {}
    started = time.time()
    with tempfile.TemporaryDirectory(prefix="newslint-quality-") as tmp:
        for family in families:
            module = importlib.import_module(f"{__package__}.{family}")
            work = Path(tmp) / family
            work.mkdir()
            by_family[family] = module.run(corpus, work, random.Random(SEED), args.smoke)
    rows = [row for family_rows in by_family.values() for row in family_rows]
    print_rows(rows)
    print(f"\n{len(rows)} figures in {time.time() - started:.1f}s; corpus: {corpus}")
    out = args.json or (RESULTS if not args.smoke and families == FAMILIES else None)
    if out is not None:
        write_json(by_family, args.smoke, out)
        print(f"figures written to {out}")
    return 0 if all(r.ok for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
