"""NL301 stray-ui-text + NL302 related-links-block on the aeb-dev extractor outputs.

Every non-blank line of each extractor's output is either in the gold article
body (must stay clean) or labelled in benchmarks/data/aeb_labels.tsv (written
by tools/label_aeb.py: ui, teaser, meta, text).  Recall is over ui+teaser
lines; meta and text lines are reported for information only.  A few gold lines
were reviewed as furniture the annotators kept (copyright notices, newsletter
prompts, ...; label_aeb.GOLD_OVERRIDES, a fifth column in the labels file): the
false-alarm rate on gold lines is printed raw and with those lines left out, and
recall never counts them.  Also counts the scraping and markup findings on the
911 clean bbc-dev articles.

A quick look at the misses and false alarms (flagged gold lines, or the
unflagged lines of another label), on every aeb-dev page:

    python -m benchmarks.quality.ui [LABEL]
"""
from __future__ import annotations

import random
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..aeb import EXTRACTORS, LineKey, has_word, is_gold, norm, read_labels
from ..common import bbc_articles, corpus_dir, run_newslint
from ..figures import Row

ARTICLE_EXTRACTORS = ("readability", "trafilatura", "goose3")
FAMILY = "ui (NL301+NL302)"


def flagged_lines(result: dict[str, Any]) -> set[LineKey]:
    out = set()
    for f in result["findings"]:
        path = Path(f["path"])
        extractor = path.parent.name
        for line in range(f["line"], f["end_line"] + 1):
            out.add((path.stem, extractor, line))
    return out


def labelled_lines(aeb: Path, files: list[Path]) -> Iterator[tuple[LineKey, str, str]]:
    """(key, label, normalised text) of every line with a word; gold lines are
    ``gold``, or ``gold-reviewed`` when reviewed as furniture."""
    labels, reviewed = read_labels()
    for path in files:
        ex, page = path.parent.name, path.stem
        gold = (aeb / "gold" / path.name).read_text(encoding="utf-8")
        gold_lines = {norm(x) for x in gold.splitlines() if x.strip()}
        gold_text = norm(gold)
        for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            line = norm(raw)
            if not has_word(line):
                continue
            key = (page, ex, number)
            if is_gold(line, gold_lines, gold_text):
                label = "gold-reviewed" if key in reviewed else "gold"
            else:
                label = labels.get(key, "unlabelled")
            yield key, label, line


def run(corpus: Path, work: Path, rng: random.Random, smoke: bool) -> list[Row]:
    aeb = corpus / "aeb-dev"
    pages = sorted(p.stem for p in (aeb / "gold").glob("*.txt"))
    if smoke:
        pages = sorted(rng.sample(pages, 20))
    files = [
        aeb / "extracted" / ex / f"{page}.txt"
        for ex in EXTRACTORS
        for page in pages
        if (aeb / "extracted" / ex / f"{page}.txt").exists()
    ]
    flagged = flagged_lines(run_newslint(files, "--select", "NL301,NL302"))

    total: Counter[tuple[str, str]] = Counter()
    hit: Counter[tuple[str, str]] = Counter()
    for key, label, _ in labelled_lines(aeb, files):
        group = "article" if key[1] in ARTICLE_EXTRACTORS else "page"
        total[group, label] += 1
        if key in flagged:
            hit[group, label] += 1

    def rate(group: str, names: tuple[str, ...]) -> tuple[float, int, int]:
        n = sum(total[group, x] for x in names)
        h = sum(hit[group, x] for x in names)
        return (h / n if n else 0.0), h, n

    rows = []
    r, h, n = rate("article", ("ui", "teaser"))
    rows.append(Row(FAMILY, "UI lines flagged, article extractors", r, ">= 0.90", r >= 0.90, f"{h}/{n}"))
    r, h, n = rate("page", ("ui", "teaser"))
    rows.append(Row(FAMILY, "UI lines flagged, html-text (whole page)", r, ">= 0.80", r >= 0.80, f"{h}/{n}"))
    gh = sum(hit[g, x] for g in ("article", "page") for x in ("gold", "gold-reviewed"))
    gn = sum(total[g, x] for g in ("article", "page") for x in ("gold", "gold-reviewed"))
    r = gh / gn if gn else 0.0
    rows.append(Row(FAMILY, "gold article lines flagged (raw)", r, "<= 0.005", r <= 0.005, f"{gh}/{gn}"))
    gh = hit["article", "gold"] + hit["page", "gold"]
    gn = total["article", "gold"] + total["page", "gold"]
    r = gh / gn if gn else 0.0
    n_reviewed = total["article", "gold-reviewed"] + total["page", "gold-reviewed"]
    rows.append(Row(FAMILY, "gold article lines flagged (corrected)", r, "<= 0.005", r <= 0.005,
                    f"{gh}/{gn}, without {n_reviewed} gold lines reviewed as furniture"))
    for label in ("meta", "text"):
        for group in ("article", "page"):
            r, h, n = rate(group, (label,))
            rows.append(Row(FAMILY, f"{label} lines flagged ({group}), info", r, "", True, f"{h}/{n}"))

    bbc = bbc_articles(corpus)
    if smoke:
        bbc = rng.sample(bbc, 100)
    res = run_newslint(bbc, "--select", "NL301,NL302,NL303")
    per = len(res["findings"]) / len(bbc)
    rows.append(Row(FAMILY, f"bbc-dev NL301-303 findings / article ({len(bbc)})", per, "<= 0.1", per <= 0.1))
    return rows


def review(want: str) -> None:
    """Print the gold lines flagged (``gold``) or the lines of label ``want`` not flagged."""
    aeb = corpus_dir() / "aeb-dev"
    files = sorted((aeb / "extracted").glob("*/*.txt"))
    flagged = flagged_lines(run_newslint(files, "--select", "NL301,NL302"))
    for key, label, line in labelled_lines(aeb, files):
        if label == want and (key in flagged) == (want == "gold"):
            print(*key, line[:120], sep="\t")


if __name__ == "__main__":
    review(sys.argv[1] if len(sys.argv) > 1 else "gold")
