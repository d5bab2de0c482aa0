"""aeb-dev line labels: what the stray-UI benchmark reads and tools/label_aeb.py writes.

Every non-blank line of each extractor's output is either in the gold article
body (recomputed from gold, never stored) or labelled in
``benchmarks/data/aeb_labels.tsv`` (page id, extractor, line number, label; a
fifth column, the reason, marks a gold line reviewed as page furniture).
"""
from __future__ import annotations

import re
from pathlib import Path

EXTRACTORS = ("readability", "trafilatura", "goose3", "html-text")
LABELS = Path(__file__).resolve().parent / "data" / "aeb_labels.tsv"

LineKey = tuple[str, str, int]  # (page id, extractor, 1-based line)

_SPACE = re.compile(r"\s+")


def norm(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def has_word(text: str) -> bool:
    """Lines of bare bullets or rules (`-`, `|`) carry nothing to label."""
    return any(c.isalnum() for c in text)


def is_gold(line: str, gold_lines: set[str], gold_text: str) -> bool:
    return line in gold_lines or (len(line) >= 25 and line in gold_text)


def read_labels() -> tuple[dict[LineKey, str], dict[LineKey, tuple[str, str]]]:
    """(labels of the non-gold lines, gold lines reviewed as furniture: (label, reason))."""
    labels: dict[LineKey, str] = {}
    reviewed: dict[LineKey, tuple[str, str]] = {}
    for raw in LABELS.read_text(encoding="utf-8").splitlines():
        if raw.startswith("#") or not raw.strip():
            continue
        page, extractor, line, label, *reason = raw.split("\t")
        if reason:
            reviewed[page, extractor, int(line)] = (label, reason[0])
        else:
            labels[page, extractor, int(line)] = label
    return labels, reviewed
