"""Golden tests: tests/golden/<rule-name>/<case>.txt|.md|.jsonl -> <case>.expected.

Each case is linted with only its folder's rule selected (``--select <rule-name>``)
and the config ``<case>.toml`` if present, else ``tests/golden/default.toml``.
The expected file is the exact text output.  ``pytest --update-golden``
rewrites the expectations; review them as a diff.
"""
from __future__ import annotations

import io
from contextlib import redirect_stdout
from pathlib import Path

import pytest

from newslint.cli import main

from .conftest import GOLDEN, ROOT

CASE_SUFFIXES = (".txt", ".md", ".jsonl")
CASES = sorted(
    p for p in GOLDEN.glob("*/*") if p.suffix in CASE_SUFFIXES and p.parent.name != "__pycache__"
)


def run_case(case: Path) -> tuple[int, str]:
    config = case.with_suffix(".toml")
    if not config.exists():
        config = GOLDEN / "default.toml"
    args = ["--config", str(config), "--select", case.parent.name, "--color", "never", case.name]
    buf = io.StringIO()
    import os

    old = os.getcwd()
    os.chdir(case.parent)
    try:
        with redirect_stdout(buf):
            code = main(args)
    finally:
        os.chdir(old)
    return code, buf.getvalue()


@pytest.mark.parametrize("case", CASES, ids=[f"{c.parent.name}/{c.name}" for c in CASES])
def test_golden(case: Path, update_golden: bool) -> None:
    code, out = run_case(case)
    expected_file = case.with_suffix(".expected")
    if update_golden or not expected_file.exists():
        expected_file.write_text(out, encoding="utf-8")
        if not update_golden:
            pytest.fail(f"wrote new expectation {expected_file.relative_to(ROOT)}; review and rerun")
    assert out == expected_file.read_text(encoding="utf-8")
    has_findings = not out.startswith("All clear")
    assert code == (1 if has_findings else 0)
