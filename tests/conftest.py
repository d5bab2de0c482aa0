"""Shared fixtures: run the real CLI, and the --update-golden switch."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden"


def pytest_addoption(parser):
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="rewrite tests/golden/**/*.expected from the current output (review the diff!)",
    )


@pytest.fixture
def update_golden(request) -> bool:
    return request.config.getoption("--update-golden")


def newslint_bin() -> list[str]:
    """The installed console script next to this interpreter, else python -m newslint."""
    script = Path(sys.executable).with_name("newslint")
    return [str(script)] if script.exists() else [sys.executable, "-m", "newslint"]


def run_cli(*args: str, cwd: Path | str | None = None, input: bytes | None = None, env: dict | None = None):
    """Run the real `newslint` command in a subprocess; returns CompletedProcess (text)."""
    full_env = {**os.environ, "NO_COLOR": "1", **(env or {})}
    proc = subprocess.run(
        [*newslint_bin(), *args],
        cwd=cwd or ROOT,
        input=input,
        capture_output=True,
        env=full_env,
        timeout=300,
    )
    proc.stdout = proc.stdout.decode("utf-8", "replace")
    proc.stderr = proc.stderr.decode("utf-8", "replace")
    return proc


@pytest.fixture
def cli():
    return run_cli
