"""Precision and recall of newslint's rules on the real dev corpora.

Each family is a module here with a function
``run(corpus: Path, work: Path, rng: random.Random, smoke: bool) -> list[Row]``
that builds labelled cases (from the corpora and ``benchmarks/data/``), runs the
real ``newslint --format json`` over them and scores the findings.
Deterministic: every family gets the same fixed seed.  Entry point:
``python -m benchmarks.quality`` (see ``__main__``).
"""
from __future__ import annotations

FAMILIES = ["typo", "repeated", "duplicates", "ui", "markup", "ai", "attribution", "clean", "fix"]
