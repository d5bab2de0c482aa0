"""The benchmarks: the committed figures (benchmarks/results.json) have the shape
the README table is built from, and the quality harness still runs end to end
(its --smoke subset) where the dev corpora are, as in CI.  This checks that
every family reports its rows, not that targets are met."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from benchmarks.common import corpus_location
from benchmarks.figures import RESULTS, readme_table
from benchmarks.quality import FAMILIES
from benchmarks.speed import copies

from .conftest import ROOT

ROW_KEYS = {"label", "metric", "value", "target", "ok", "detail"}


def check_results(results: dict[str, Any], smoke: bool) -> None:
    assert results["smoke"] is smoke
    assert list(results["families"]) == FAMILIES
    for family, rows in results["families"].items():
        assert rows, f"{family} reported nothing"
        for row in rows:
            assert set(row) == ROW_KEYS, row
            assert isinstance(row["value"], (int, float)) and isinstance(row["ok"], bool), row
            assert all(isinstance(row[key], str) for key in ("label", "metric", "target", "detail")), row


def test_committed_results_cover_every_family_and_make_the_readme_table() -> None:
    results = json.loads(RESULTS.read_text(encoding="utf-8"))
    check_results(results, smoke=False)
    table = readme_table(results).splitlines()
    assert table[:2] == ["| family | metric | measured | target |", "|---|---|---|---|"]
    with_target = [row for rows in results["families"].values() for row in rows if row["target"]]
    assert len(table) == 2 + len(with_target)
    assert all(line.count(" | ") == 3 for line in table[2:])


@pytest.mark.skipif(not corpus_location().is_dir(), reason="dev corpora not found (../shared/corpus or $NEWSLINT_CORPUS)")
def test_quality_smoke_reports_every_family(tmp_path: Path) -> None:
    out = tmp_path / "smoke.json"
    proc = subprocess.run(
        [sys.executable, "-m", "benchmarks.quality", "--smoke", "--json", str(out)],
        check=False, cwd=ROOT, capture_output=True, text=True, timeout=300,
    )
    assert proc.returncode in (0, 1), proc.stderr
    assert "Traceback" not in proc.stderr
    results = json.loads(out.read_text(encoding="utf-8"))
    check_results(results, smoke=True)
    printed = {line.split()[0] for line in proc.stdout.splitlines()[2:] if line and not line.startswith(" ")}
    assert {rows[0]["label"].split()[0] for rows in results["families"].values()} <= printed


def test_speed_input_repeats_the_articles_until_the_target_size(tmp_path: Path) -> None:
    articles = []
    for n in range(3):
        path = tmp_path / f"{n}.txt"
        path.write_text("x" * 10, encoding="utf-8")
        articles.append(path)
    assert [src.name for _, src in copies(articles, 0)] == ["0.txt", "1.txt", "2.txt"]
    many = list(copies(articles, 65))
    assert len(many) == 7 and many[-1] == (2, articles[0])


def test_memory_benchmark_prints_a_row_per_stress_input() -> None:
    """`python -m benchmarks.memory` at a tiny size: both inputs linted, each
    with a fresh user cache and a warm one, with its peak and CPU, under the
    target (tests/test_robustness.py runs the shapes at a fifth of full size;
    the script is where the full size runs)."""
    proc = subprocess.run(
        [sys.executable, "-m", "benchmarks.memory", "--line-mb", "0.01", "--lines", "100"],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    rows = [line.split(" | ") for line in proc.stdout.splitlines()[2:]]
    assert [row[:2] for row in rows] == [
        [label, state] for label in ("| one 0.01 MB line", "| 100 short lines") for state in ("fresh", "warm")
    ]
    assert all(row[-1] == "met |" and 0 < float(row[2]) < 250 for row in rows), proc.stdout


@pytest.mark.skipif(not (corpus_location() / "readability-dev").is_dir(), reason="readability-dev not found")
def test_page_bylines_counts_every_english_page_in_its_part() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "benchmarks.page_bylines"], check=True, cwd=ROOT, capture_output=True, text=True, timeout=300,
    )
    rows = {line[:48].strip(): line[48:].split() for line in proc.stdout.splitlines()[1:]}
    assert set(rows) == {"byline on the page", "byline in the metadata only", "no byline"}
    # "quiet q/n" for fit, then validation: 33 English pages (readability-dev's
    # 43 less the ones not in English), each counted once.
    sizes = [int(cell.split("/")[1]) for cells in rows.values() for cell in cells if "/" in cell]
    assert sum(sizes) == 33
    # Held at the figure measured on 2026-12-04 (validation 7/7).
    assert rows["byline on the page"][3] == "7/7"
