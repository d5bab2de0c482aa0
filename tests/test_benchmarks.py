"""The quality harness still runs end to end (its --smoke subset), where the
dev corpora sit beside the checkout as in CI.  It prints figures; this test
checks that every family produced its rows, not that targets are met."""
from __future__ import annotations

import subprocess
import sys

import pytest

from .conftest import ROOT

CORPUS = ROOT.parent / "shared" / "corpus"


@pytest.mark.skipif(not CORPUS.is_dir(), reason="dev corpora not beside the checkout")
def test_quality_smoke_prints_every_family():
    proc = subprocess.run(
        [sys.executable, "benchmarks/quality.py", "--smoke"],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )
    assert proc.returncode in (0, 1), proc.stderr
    assert "Traceback" not in proc.stderr
    families = {line.split()[0] for line in proc.stdout.splitlines()[2:] if line and not line.startswith(" ")}
    assert {"typo", "repeated-word", "duplicate-line", "ui", "markup", "ai", "attribution", "clean"} <= families
