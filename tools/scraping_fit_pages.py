"""NL301+NL302 on the fit pages of readability-dev (whole pages labelled by their
expected article, tools/line_data.py): furniture lines caught and article lines
flagged, with the default options.  Fit pages only: tune on these, never on the
validation pages.

    NEWSLINT_CORPUS=/work/shared/corpus python tools/scraping_fit_pages.py [--misses] [--no-line-model] [--clusters]

``--misses`` prints each article line flagged (the fit pages' false alarms);
``--no-line-model`` runs with NL302's whole-page pass off (on by default since branch page11), ``--clusters`` with NL301's
``widget-clusters`` and NL302's ``split-lead-ins`` on.
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


def main() -> int:
    counts: Counter[str] = Counter()
    options = _options()
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
            if "--misses" in sys.argv and group == "article" and number in lines:
                print(f"  article FLAGGED {doc.group}:{number}: {doc.lines[number - 1][:100]}")
    print(f"readability-dev fit: furniture caught {counts['furniture flagged']}/{counts['furniture']}, "
          f"article lines flagged {counts['article flagged']}/{counts['article']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
