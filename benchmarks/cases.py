"""The labelled cases of the quality benchmarks, read from ``benchmarks/data/``.

``.jsonl`` files hold one case a line (``batch``, ``kind``, ``text`` and what a
family needs besides); ``.tsv`` files hold tab-separated columns, with ``#``
comment lines.  File order is kept: the harness samples articles in it, so
reordering a file changes the figures.
"""
from __future__ import annotations

import json
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"

Case = dict[str, str]


def read_tsv(name: str) -> list[list[str]]:
    rows = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows


def read_jsonl(name: str) -> list[Case]:
    with open(DATA / name, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def by_batch(name: str) -> dict[str, dict[str, list[Case]]]:
    """batch -> kind -> cases, batches in the order they first appear."""
    out: dict[str, dict[str, list[Case]]] = {}
    for case in read_jsonl(name):
        out.setdefault(case["batch"], {}).setdefault(case["kind"], []).append(case)
    return out


def texts(cases: dict[str, list[Case]], kind: str) -> list[str]:
    return [c["text"] for c in cases.get(kind, [])]


def first_runs(family: str) -> dict[str, dict[str, str]]:
    """batch -> row -> the figure recorded at that batch's first run."""
    out: dict[str, dict[str, str]] = {}
    for fam, batch, row, figure in read_tsv("first_runs.tsv"):
        if fam == family:
            out.setdefault(batch, {})[row] = figure
    return out
