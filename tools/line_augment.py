"""Training-time augmentation for the line model: clean articles with scraped lines put in.

Extractors leave interface lines and teasers *inside* the article text ("Sign up for
...", "Related: ...", "Advertisement"), and articles hold lists of their own (fixtures,
dates, features) between paragraphs.  The labelled pages have few of either, so the
model would learn that whatever sits among paragraphs is body.  Each augmented copy of
a clean bbc-dev/polnear-dev article gets, at paragraph breaks, a few furniture lines
or one list taken from other fit documents, with their labels.  Only documents of the
part being fitted are used (never validation ones), and only in memory.
"""
from __future__ import annotations

import random
from typing import Sequence

from line_data import Sample

# How many augmented copies per clean article, and what goes in.
COPIES = 1
MAX_FURNITURE = 3
LIST_SHARE = 0.3  # of copies that get a list instead of furniture


def _pools(docs: Sequence[Sample]) -> tuple[list[tuple[str, str]], list[list[str]]]:
    """Furniture lines (text, role) from scraped documents, and runs of list lines."""
    furniture: list[tuple[str, str]] = []
    lists: list[list[str]] = []
    for doc in docs:
        if doc.corpus in ("bbc-dev", "polnear-dev"):
            continue
        run: list[str] = []
        for text, role in zip(doc.lines, doc.roles):
            if not text.strip():
                continue
            if role in ("ui", "teaser"):
                furniture.append((text, role))
            if role == "list":
                run.append(text)
                continue
            if len(run) >= 3:
                lists.append(run[:12])
            run = []
        if len(run) >= 3:
            lists.append(run[:12])
    return furniture, lists


def augment(docs: Sequence[Sample], seed: int = 10) -> list[Sample]:
    """Augmented copies of the clean articles among ``docs``."""
    furniture, lists = _pools(docs)
    rng = random.Random(seed)
    out: list[Sample] = []
    if not furniture:
        return out
    for doc in docs:
        if doc.corpus not in ("bbc-dev", "polnear-dev"):
            continue
        breaks = [k for k, text in enumerate(doc.lines) if not text.strip() and k > 1]
        if not breaks:
            continue
        for copy in range(COPIES):
            lines, roles = list(doc.lines), list(doc.roles)
            if lists and rng.random() < LIST_SHARE:
                inserts = [[(text, "list") for text in rng.choice(lists)]]
            else:
                inserts = [[rng.choice(furniture)] for _ in range(rng.randint(1, MAX_FURNITURE))]
            # From the last break backwards, so earlier positions stay valid.
            for at, block in sorted(zip(rng.sample(breaks, min(len(breaks), len(inserts))), inserts), reverse=True):
                lines[at + 1 : at + 1] = [text for text, _ in block] + [""]
                roles[at + 1 : at + 1] = [role for _, role in block] + [None]
            out.append(Sample(doc.corpus, doc.group, f"{doc.name}+{copy}", lines, roles, [None] * len(lines)))
    return out
