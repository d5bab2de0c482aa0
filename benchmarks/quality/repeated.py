"""repeated-word: a word doubled at a random place in real BBC text.

One case per sampled article: a random lower-case word of a random body line
is written twice ("the the").  The finding must start at the second copy.
Doubles that are legitimate English ("had had", "that that") are not made.
"""
from __future__ import annotations

import random
from pathlib import Path

import regex

from ..common import bbc_articles, run_newslint
from ..figures import Row

_WORD = regex.compile(r"\b[a-z]{2,}\b")


def run(corpus: Path, work: Path, rng: random.Random, smoke: bool) -> list[Row]:
    articles = bbc_articles(corpus)
    sample = rng.sample(articles, 40 if smoke else 300)
    expected: dict[str, tuple[int, int]] = {}
    for i, src in enumerate(sample):
        lines = src.read_text(encoding="utf-8").split("\n")
        body = [n for n in range(2, len(lines)) if len(_WORD.findall(lines[n])) > 5]
        if not body:
            continue
        n = rng.choice(body)
        words = list(_WORD.finditer(lines[n]))
        w = rng.choice(words)
        # Skip doubles that are legitimate English ("had had", "that that").
        if w.group(0) in ("had", "that", "is", "do", "very", "so", "no", "bye"):
            continue
        lines[n] = lines[n][: w.end()] + " " + w.group(0) + lines[n][w.end() :]
        name = f"double-{i:03d}.txt"
        (work / name).write_text("\n".join(lines), encoding="utf-8")
        expected[name] = (n + 1, w.end() + 2)
    result = run_newslint([work], "--select", "repeated-word")
    got = {(Path(f["path"]).name, f["line"], f["column"]) for f in result["findings"]}
    hits = sum((name, line, col) in got for name, (line, col) in expected.items())
    recall = hits / len(expected)
    return [
        Row("repeated-word", f"recall at the second copy ({len(expected)} doubles)", recall, ">= 0.95", recall >= 0.95),
    ]
