"""What `newslint --fix` keeps and removes on real text (issue 13).

On the aeb-dev pages as readability, trafilatura and goose3 extracted them,
every non-blank line is either in the gold article body or labelled
(benchmarks/data/aeb_labels.tsv: ui, teaser, meta, text).  The real CLI
writes fixed copies with ``--fix --output-dir`` (safe fixes, then also the
unsafe ones); a line is kept when its text is still in the copy, as often as
it was.  Gold lines lost are the cost of a fix; interface and teaser lines
removed are its use.  On the 911 edited bbc-dev articles, the share of lines
the safe fixes change or remove shows what --fix does to clean copy.
"""
from __future__ import annotations

import random
import subprocess
from collections import Counter
from pathlib import Path

from ..aeb import has_word, is_gold, norm, read_labels
from ..common import EMPTY_CONFIG, newslint_cmd
from ..figures import Row
from .ui import ARTICLE_EXTRACTORS

FAMILY = "fix"


def _fix_copies(sources: list[Path], out: Path, *extra: str) -> None:
    """Fixed copies of ``sources`` under ``out`` (one folder per source folder)."""
    folders = sorted({p.parent for p in sources})
    cmd = [*newslint_cmd(), "--config", str(EMPTY_CONFIG), "--fix-only", "--quiet", "--output-dir"]
    for folder in folders:
        names = [str(p) for p in sources if p.parent == folder]
        done = subprocess.run([*cmd, str(out / folder.name), *extra, *names], capture_output=True, text=True)
        if done.returncode != 0:
            raise SystemExit(f"newslint --fix failed ({done.returncode}): {done.stderr.strip()}")


def _lines(path: Path) -> list[str]:
    return [norm(x) for x in path.read_text(encoding="utf-8").splitlines() if has_word(norm(x))]


def _aeb(corpus: Path, work: Path, pages: list[str], unsafe: bool) -> list[Row]:
    aeb = corpus / "aeb-dev"
    labels, reviewed = read_labels()
    files = [aeb / "extracted" / ex / f"{p}.txt" for ex in ARTICLE_EXTRACTORS for p in pages]
    files = [f for f in files if f.exists()]
    out = work / ("unsafe" if unsafe else "safe")
    _fix_copies(files, out, *(["--unsafe-fixes"] if unsafe else []))
    total: Counter[str] = Counter()
    removed: Counter[str] = Counter()
    where: list[str] = []
    for path in files:
        gold = (aeb / "gold" / path.name).read_text(encoding="utf-8")
        gold_count = Counter(norm(x) for x in gold.splitlines() if x.strip())
        gold_text = norm(gold)
        before = _lines(path)
        after = Counter(_lines(out / path.parent.name / path.name))
        # Lines a fix rewrote (a typo corrected) are new text, not lost text.
        rewritten = sum((after - Counter(before)).values())
        seen: Counter[str] = Counter()
        for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            line = norm(raw)
            if not has_word(line):
                continue
            key = (path.stem, path.parent.name, number)
            if is_gold(line, set(gold_count), gold_text):
                label = "gold-reviewed" if key in reviewed else "gold"
                seen[line] += 1
                # A copy beyond those the gold body has is a scraped repeat.
                if seen[line] > max(1, gold_count[line]):
                    label = "repeat"
            else:
                label = labels.get(key, "unlabelled")
            total[label] += 1
            if after[line] > 0:
                after[line] -= 1
            else:
                removed[label] += 1
                if label == "gold" and rewritten:
                    rewritten -= 1
                    removed[label] -= 1
                elif label == "gold":
                    where.append(f"{path.parent.name}/{path.name}:{number}")
    kind = "safe+unsafe" if unsafe else "safe"
    rows = []
    n, lost = total["gold"], removed["gold"]
    rows.append(Row(FAMILY, f"gold article lines removed ({kind})", lost / n, "<= 0.005", lost / n <= 0.005,
                    f"{lost}/{n}: {', '.join(where[:5])}{' ...' if len(where) > 5 else ''}"))
    for label in ("ui", "teaser", "repeat", "meta", "text", "gold-reviewed"):
        if total[label]:
            rows.append(Row(FAMILY, f"{label} lines removed ({kind}), info", removed[label] / total[label], "", True,
                            f"{removed[label]}/{total[label]}"))
    return rows


def _bbc(corpus: Path, work: Path, articles: list[Path]) -> list[Row]:
    _fix_copies(articles, work / "bbc")
    lines = removed = rewritten = 0
    for path in articles:
        before = _lines(path)
        after = _lines(work / "bbc" / path.parent.name / path.name)
        lines += len(before)
        removed += len(before) - len(after)
        rewritten += sum((Counter(after) - Counter(before)).values())
    n = len(articles)
    return [
        Row(FAMILY, f"bbc-dev lines removed ({n} articles)", removed / lines, "<= 0.001", removed / lines <= 0.001,
            f"{removed}/{lines}"),
        Row(FAMILY, "bbc-dev lines repaired (entities, repeats), info", rewritten / lines, "", True, f"{rewritten}/{lines}"),
    ]


def run(corpus: Path, work: Path, rng: random.Random, smoke: bool) -> list[Row]:
    pages = sorted(p.stem for p in (corpus / "aeb-dev" / "gold").glob("*.txt"))
    articles = sorted((corpus / "bbc-dev").glob("*/*.txt"))
    if smoke:
        pages, articles = sorted(rng.sample(pages, 20)), rng.sample(articles, 100)
    return [*_aeb(corpus, work, pages, False), *_aeb(corpus, work, pages, True), *_bbc(corpus, work, articles)]
