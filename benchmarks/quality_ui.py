"""NL301 stray-ui-text + NL302 related-links-block on the aeb-dev extractor outputs.

Every non-blank line of each extractor's output is either in the gold article
body (must stay clean) or labelled in benchmarks/data/aeb_labels.tsv (written
by benchmarks/label_aeb.py: ui, teaser, meta, text).  Recall is over ui+teaser
lines; meta and text lines are reported for information only.  A few gold lines
were reviewed as furniture the annotators kept (copyright notices, newsletter
prompts, ...; label_aeb.GOLD_OVERRIDES, a fifth column in the labels file): the
false-alarm rate on gold lines is printed raw and with those lines left out, and
recall never counts them.  Also counts the scraping and markup findings on the
911 clean bbc-dev articles.
"""
from __future__ import annotations

import random
import sys
from collections import Counter
from pathlib import Path

from harness import Row, run_newslint

sys.path.insert(0, str(Path(__file__).resolve().parent))
from label_aeb import EXTRACTORS, OUT as LABELS, has_word, is_gold, norm  # noqa: E402

ARTICLE_EXTRACTORS = ("readability", "trafilatura", "goose3")
FAMILY = "ui (NL301+NL302)"


def load_labels() -> dict[tuple[str, str, int], str]:
    """Labels of the non-gold lines."""
    return {key: label for key, (label, reason) in _rows().items() if not reason}


def load_gold_overrides() -> dict[tuple[str, str, int], tuple[str, str]]:
    """Gold lines reviewed as furniture: (label, reason code)."""
    return {key: value for key, value in _rows().items() if value[1]}


def _rows() -> dict[tuple[str, str, int], tuple[str, str]]:
    rows = {}
    for raw in LABELS.read_text(encoding="utf-8").splitlines():
        if raw.startswith("#") or not raw.strip():
            continue
        page, extractor, line, label, *reason = raw.split("\t")
        rows[page, extractor, int(line)] = (label, reason[0] if reason else "")
    return rows


def flagged_lines(result: dict, root: Path) -> set[tuple[str, str, int]]:
    out = set()
    for f in result["findings"]:
        path = Path(f["path"])
        extractor = path.parent.name
        for line in range(f["line"], f["end_line"] + 1):
            out.add((path.stem, extractor, line))
    return out


def run(corpus: Path, work: Path, rng: random.Random, smoke: bool) -> list[Row]:
    aeb = corpus / "aeb-dev"
    labels = load_labels()
    reviewed = load_gold_overrides()
    pages = sorted(p.stem for p in (aeb / "gold").glob("*.txt"))
    if smoke:
        pages = sorted(rng.sample(pages, 20))
    files = [
        aeb / "extracted" / ex / f"{page}.txt"
        for ex in EXTRACTORS
        for page in pages
        if (aeb / "extracted" / ex / f"{page}.txt").exists()
    ]
    result = run_newslint(files, "--select", "NL301,NL302")
    flagged = flagged_lines(result, aeb)

    total: Counter[tuple[str, str]] = Counter()
    hit: Counter[tuple[str, str]] = Counter()
    gold_hits: list[tuple[str, str, int]] = []
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
            group = "article" if ex in ARTICLE_EXTRACTORS else "page"
            total[group, label] += 1
            if key in flagged:
                hit[group, label] += 1
                if label.startswith("gold"):
                    gold_hits.append(key)

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

    bbc = sorted((corpus / "bbc-dev").glob("*/*.txt"))
    if smoke:
        bbc = rng.sample(bbc, 100)
    res = run_newslint(bbc, "--select", "NL301,NL302,NL303")
    per = len(res["findings"]) / len(bbc)
    rows.append(Row(FAMILY, f"bbc-dev NL301-303 findings / article ({len(bbc)})", per, "<= 0.1", per <= 0.1))
    return rows


if __name__ == "__main__":
    # Quick look at the misses and false alarms: python benchmarks/quality_ui.py [label]
    from harness import corpus_dir

    corpus = corpus_dir()
    aeb = corpus / "aeb-dev"
    want = sys.argv[1] if len(sys.argv) > 1 else "gold"
    labels = load_labels()
    reviewed = load_gold_overrides()
    files = sorted((aeb / "extracted").glob("*/*.txt"))
    flagged = flagged_lines(run_newslint(files, "--select", "NL301,NL302"), aeb)
    for path in files:
        ex, page = path.parent.name, path.stem
        gold = (aeb / "gold" / path.name).read_text(encoding="utf-8")
        gl, gt = {norm(x) for x in gold.splitlines() if x.strip()}, norm(gold)
        for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            line = norm(raw)
            if not has_word(line):
                continue
            key = (page, ex, number)
            label = ("gold" if key not in reviewed else "gold-reviewed") if is_gold(line, gl, gt) else labels.get(
                key, "?")
            show = (label == want and key in flagged) if want == "gold" else (
                label == want and key not in flagged)
            if show:
                print(page, ex, number, line[:120], sep="\t")
