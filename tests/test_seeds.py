"""The seed contract (DESIGN.md section 4): `newslint seeds/` with the repo's config."""
from __future__ import annotations

import json

import pytest

from .conftest import GOLDEN, ROOT

S0 = "seeds/000_3ce34696dd0060a3.txt"
S1 = "seeds/001_2ccb0959de7edc47.txt"

# (path, line, column, rule name): must be reported exactly there.
REQUIRED = [
    (S0, 1, 1, "missing-attribution"),
    (S0, 8, 51, "vague-attribution"),
    (S0, 9, 1, "ai-disclosure"),
    (S0, 10, 1, "stray-ui-text"),
    (S0, 11, 1, "related-links-block"),
    (S0, 12, 1, "related-links-block"),
    (S0, 13, 1, "related-links-block"),
    (S0, 14, 1, "related-links-block"),
    (S1, 1, 1, "stray-ui-text"),
    (S1, 7, 35, "typo"),
    (S1, 8, 1, "duplicate-line"),
    (S1, 8, 35, "typo"),
    (S1, 20, 1, "stray-ui-text"),
    (S1, 27, 10, "vague-attribution"),
    (S1, 37, 1, "stray-ui-text"),
    (S1, 39, 1, "related-links-block"),
    (S1, 41, 1, "related-links-block"),
    (S1, 43, 1, "related-links-block"),
    (S1, 45, 1, "related-links-block"),
    (S1, 54, 1, "related-links-block"),
]


@pytest.fixture(scope="module")
def seed_run():
    from .conftest import run_cli

    text = run_cli("seeds/")
    data = run_cli("--format", "json", "seeds/")
    return text, json.loads(data.stdout)


def test_seeds_golden(seed_run, update_golden):
    proc, _ = seed_run
    expected = GOLDEN / "seeds.expected"
    if update_golden:
        expected.write_text(proc.stdout, encoding="utf-8")
    assert proc.returncode == 1, proc.stderr
    assert proc.stdout == expected.read_text(encoding="utf-8")


def test_required_findings(seed_run):
    _, data = seed_run
    got = {(f["path"], f["line"], f["column"], f["name"]) for f in data["findings"]}
    missing = [r for r in REQUIRED if r not in got]
    assert not missing


def test_typo_suggestion(seed_run):
    _, data = seed_run
    typos = [f for f in data["findings"] if f["name"] == "typo"]
    assert [(f["line"], f["column"], f["suggestions"][0]) for f in typos] == [(7, 35, "encouraged"), (8, 35, "encouraged")]


def _span(path, f):
    lines = (ROOT / path).read_text(encoding="utf-8").split("\n")
    if f["line"] != f["end_line"]:
        return lines[f["line"] - 1][f["column"] - 1 :]
    return lines[f["line"] - 1][f["column"] - 1 : f["end_column"] - 1]


def test_nothing_a_careful_editor_would_call_wrong(seed_run):
    _, data = seed_run
    for f in data["findings"]:
        span = _span(f["path"], f)
        for word in ("Zhigang", "O’Meara", "O'Meara", "recognise", "strangleholds"):
            assert not (f["name"] == "typo" and word in span), f
    names = {(f["path"], f["line"], f["name"]) for f in data["findings"]}
    # 001's quote on line 23 is attributed (lines 17 and 25); 000's on line 5 too.
    assert (S1, 23, "unattributed-quote") not in names
    assert (S0, 5, "unattributed-quote") not in names
    # 001 has a wire credit and an author bio.
    assert not any(p == S1 and n == "missing-attribution" for p, _, n in names)
    # real article lines: headlines, sub-headings, the wire credit, the bio
    for path, line in [(S0, 1), (S0, 4), (S0, 6), (S1, 3), (S1, 34), (S1, 49), (S1, 51)]:
        assert not any(p == path and ln == line and n in ("stray-ui-text", "related-links-block") for p, ln, n in names), (path, line)
