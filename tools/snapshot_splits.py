"""Which documents of the snapshot's corpora are in some benchmark's validation part.

tools/findings_snapshot.py shows the findings a change moved; on a validation
document that is a look at text the rules must not be tuned on (twice a diff
showed validation pages before this existed, benchmarks/RESULTS.md).  A
document counts as validation if ANY split that reads it calls it so:

- bbc-dev: the typo and AI benchmarks' ``sha1("cat/file.txt") % 5 == 0``, and
  the line model's split (benchmarks/data/line_model_split.tsv);
- polnear-dev: ``sha1(stem) % 5 == 0`` (benchmarks/polnear.py) and the line model's;
- aeb-dev (gold and extracted) and readability-dev pages: the line model's split, by site;
- gmeg-dev and cweb-dev: ``sha1("gmeg:N")`` / ``sha1("CWEB-G:N")`` of the line
  (benchmarks/typo_realworld.py).

The seeds and misspellings-dev have no validation part.
"""
from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPLIT_FILE = ROOT / "benchmarks" / "data" / "line_model_split.tsv"


def _sha1_fifth(key: str) -> bool:
    return int(hashlib.sha1(key.encode("utf-8")).hexdigest(), 16) % 5 == 0


@lru_cache(maxsize=None)
def _line_model_validation() -> frozenset[tuple[str, str]]:
    """(corpus, document) pairs in the line model's validation part."""
    out = set()
    for line in SPLIT_FILE.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) == 4 and cols[3] == "validation":
            out.add((cols[0], cols[2]))
    return frozenset(out)


def is_validation(snapshot: str, path: str, line: int) -> bool:
    """Whether the finding at ``path``:``line`` of snapshot ``snapshot`` is on a
    document some benchmark holds out."""
    p = Path(path)
    held = _line_model_validation()
    if snapshot == "bbc-dev":
        rel = f"{p.parent.name}/{p.name}"
        return _sha1_fifth(rel) or ("bbc-dev", f"{p.parent.name}/{p.stem}") in held
    if snapshot == "polnear-dev":
        return _sha1_fifth(p.stem) or ("polnear-dev", p.stem) in held
    if snapshot.startswith("aeb-dev"):
        return ("aeb-dev", p.stem) in held
    if snapshot == "readability-dev":
        return ("readability-dev", p.stem) in held
    if snapshot == "gmeg-dev":
        return _sha1_fifth(f"gmeg:{line}")
    if snapshot == "cweb-dev":
        name = p.name.split(".")[0]
        return _sha1_fifth(f"{name}:{line}")
    return False
