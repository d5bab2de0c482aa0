"""tools/snapshot_splits.py: the findings snapshot hides changes on held-out documents."""
from __future__ import annotations

import hashlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

from snapshot_splits import is_validation  # noqa: E402


def _fifth(key: str) -> bool:
    return int(hashlib.sha1(key.encode()).hexdigest(), 16) % 5 == 0


def test_pages_follow_the_line_model_split():
    assert is_validation("readability-dev", "readability-dev/mozilla-1.txt", 3)
    assert not is_validation("readability-dev", "readability-dev/ars-1.txt", 3)
    assert is_validation("aeb-dev-extracted", "/c/aeb-dev/extracted/x/ad826691a8a2f9c4.txt", 1)
    assert not is_validation("aeb-dev-gold", "/c/aeb-dev/gold/042bb7b5fedab6ea.txt", 1)


def test_lines_of_the_typo_sets_follow_their_items():
    held = next(n for n in range(1, 100) if _fifth(f"gmeg:{n}"))
    kept = next(n for n in range(1, 100) if not _fifth(f"gmeg:{n}"))
    assert is_validation("gmeg-dev", "/c/gmeg-dev/source", held)
    assert not is_validation("gmeg-dev", "/c/gmeg-dev/source", kept)
    held = next(n for n in range(1, 100) if _fifth(f"CWEB-S:{n}"))
    assert is_validation("cweb-dev", "/c/cweb-dev/raw/CWEB-S.dev.source", held)


def test_articles_held_out_by_any_benchmark():
    # polnear: benchmarks/polnear.py's split of the stem, or the line model's.
    stem = next(f"a{n}" for n in range(100) if _fifth(f"a{n}"))
    assert is_validation("polnear-dev", f"/c/polnear-dev/text/{stem}.txt", 1)
    # bbc-dev: the typo and AI benchmarks key on "category/file.txt".
    name = next(f"b{n}" for n in range(100) if _fifth(f"sport/b{n}.txt"))
    assert is_validation("bbc-dev", f"/c/bbc-dev/sport/{name}.txt", 1)
    assert not is_validation("seeds", "seeds/001.txt", 1)
