"""NL401 on whole pages: readability-dev's pages with and without a byline.

    python -m benchmarks.page_bylines           # fit and validation counts
    python -m benchmarks.page_bylines --show    # also each fit page's verdict

Each English page of ../shared/corpus/readability-dev (or $NEWSLINT_CORPUS) is
turned into lines of visible text as a naive scraper would (tools/line_data.py)
and linted with NL401 alone.  A page whose metadata byline (Readability's own
output: silver) stands on a line of the page should leave NL401 quiet; the rows
say how many do, by the line model's split of pages (benchmarks/data/
line_model_split.tsv): tune on fit pages only.  Pages with no byline are
counted too, though some credit a source another way, so "fires" there is not
always right.
"""
from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

from line_data import part_of, readability_samples  # noqa: E402

from benchmarks.common import corpus_dir  # noqa: E402
from newslint.rules.attribution.missing_attribution import missing_attribution  # noqa: E402
from newslint.testing import findings  # noqa: E402


def main(argv: list[str]) -> int:
    show = "--show" in argv
    corpus = corpus_dir()
    rows: dict[tuple[str, str], list[bool]] = defaultdict(list)
    for doc in readability_samples(corpus):
        part = part_of(doc.corpus, doc.group)
        meta = json.loads((corpus / "readability-dev" / doc.group / "expected-metadata.json").read_text(encoding="utf-8"))
        byline = (meta.get("byline") or "").strip()
        on_page = bool(byline) and "byline" in doc.roles
        kind = "byline on the page" if on_page else "byline in the metadata only" if byline else "no byline"
        fired = bool(findings([missing_attribution], "\n".join(doc.lines) + "\n"))
        rows[part, kind].append(fired)
        if show and part == "fit":
            print(f"  fit {doc.group}: {'fires' if fired else 'quiet'} ({kind}: {byline[:40]!r})")
    print(f"{'readability-dev whole pages, NL401':<48} {'fit':<14} validation")
    for kind in ("byline on the page", "byline in the metadata only", "no byline"):
        cells = []
        for part in ("fit", "validation"):
            fired = rows.get((part, kind), [])
            cells.append(f"quiet {sum(not f for f in fired)}/{len(fired)}")
        print(f"{kind:<48} {cells[0]:<14} {cells[1]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
