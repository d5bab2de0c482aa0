"""Every rule on the 911 clean, edited bbc-dev articles.

These articles are published, edited text without bylines: anything but
missing-attribution (and info-level findings) is most likely a false positive.
Prints findings per article for each rule so the noisy ones stand out.
"""
from __future__ import annotations

import random
from collections import Counter
from pathlib import Path

from ..common import bbc_articles, run_newslint
from ..figures import Row

EXPECTED = {"NL401"}


def run(corpus: Path, work: Path, rng: random.Random, smoke: bool) -> list[Row]:
    articles = bbc_articles(corpus)
    if smoke:
        articles = rng.sample(articles, 100)
    result = run_newslint(articles)
    n = len(articles)
    by_rule = Counter(f["rule"] + " " + f["name"] for f in result["findings"])
    unexpected = [
        f for f in result["findings"] if f["rule"] not in EXPECTED and f["severity"] != "info"
    ]
    rows = [
        Row("clean bbc-dev", f"{key} / article", count / n, "", True)
        for key, count in sorted(by_rule.items())
    ]
    per = len(unexpected) / n
    rows.append(
        Row(
            "clean bbc-dev",
            f"other non-info findings / article ({n})",
            per,
            "<= 0.1",
            per <= 0.1,
        )
    )
    return rows
