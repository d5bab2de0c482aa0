"""NL301+NL302 on the fit pages of readability-dev (whole pages labelled by their
expected article, tools/line_data.py): furniture lines caught and article lines
flagged, with the default options.  Fit pages only: tune on these, never on the
validation pages.

    NEWSLINT_CORPUS=/work/shared/corpus python tools/scraping_fit_pages.py [--misses] [--no-line-model] [--clusters]

``--misses`` prints each article line flagged (the fit pages' false alarms) with its class from
benchmarks/data/readability_fit_flags.tsv (``new`` when unread);
``--no-line-model`` runs with NL302's whole-page pass off (on by default since branch page11), ``--clusters`` with NL301's
``widget-clusters`` and NL302's ``split-lead-ins`` on.

Two figures for article lines flagged: raw, and corrected -- over the news pages only
(pages classed ``non-news`` set aside whole) with the ``label-noise`` lines (interface text the
expected article kept, read and classed in that file) set aside.
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from line_data import part_of, readability_samples  # noqa: E402

from benchmarks.common import corpus_dir  # noqa: E402
from newslint.rules.scraping.related_links_block import related_links_block  # noqa: E402
from newslint.rules.scraping.stray_ui_text import stray_ui_text  # noqa: E402
from newslint.testing import findings  # noqa: E402


def _options() -> dict[str, dict[str, bool]]:
    clusters = "--clusters" in sys.argv
    return {"related-links-block": {"line-model": "--no-line-model" not in sys.argv, "split-lead-ins": clusters},
            "stray-ui-text": {"widget-clusters": clusters}}


FLAGS = ROOT / "benchmarks" / "data" / "readability_fit_flags.tsv"


def read_classes() -> dict[tuple[str, int], str]:
    """(page, line) -> class of each flagged article line read so far."""
    classes = {}
    for row in FLAGS.read_text(encoding="utf-8").splitlines():
        if row and not row.startswith("#"):
            page, line, kind = row.split("\t")[:3]
            classes[page, int(line)] = kind
    return classes


def main() -> int:
    counts: Counter[str] = Counter()
    options = _options()
    classes = read_classes()
    non_news = {page for (page, _), kind in classes.items() if kind == "non-news"}
    for doc in readability_samples(corpus_dir()):
        if part_of(doc.corpus, doc.group) != "fit":
            continue
        found = findings([stray_ui_text, related_links_block], "\n".join(doc.lines) + "\n", options=options)
        lines = {n for f in found for n in range(f.line, f.end_line + 1)}
        for number, kind in enumerate(doc.kinds, 1):
            group = "article" if (kind or "").startswith("article") else "furniture" if kind in ("ui", "teaser") else None
            if group is None:
                continue
            counts[group] += 1
            counts[group + " flagged"] += number in lines
            kind = classes.get((doc.group, number), "new")
            if group == "article" and doc.group not in non_news and kind != "label-noise":
                counts["news article"] += 1
                counts["news article flagged"] += number in lines
            if "--misses" in sys.argv and group == "article" and number in lines:
                print(f"  article FLAGGED [{kind}] {doc.group}:{number}: {doc.lines[number - 1][:100]}")
    print(f"readability-dev fit: furniture caught {counts['furniture flagged']}/{counts['furniture']}, "
          f"article lines flagged {counts['article flagged']}/{counts['article']} raw, "
          f"{counts['news article flagged']}/{counts['news article']} corrected "
          f"(news pages, label noise set aside)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
