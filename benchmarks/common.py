"""What every benchmark shares: where the corpora are, the bbc-dev listing, and
running the real ``newslint --format json``.

The corpora are third-party text and are never copied into this repository:
they are read from ../shared/corpus/ (beside the checkout) or from the folder
named by the NEWSLINT_CORPUS environment variable.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CORPUS_ENV = "NEWSLINT_CORPUS"


def corpus_location() -> Path:
    """Where the corpora are expected, whether or not they are there."""
    env = os.environ.get(CORPUS_ENV)
    return Path(env) if env else ROOT.parent / "shared" / "corpus"


def corpus_dir() -> Path:
    """The corpus folder, or exit saying where it was looked for and how to point elsewhere."""
    path = corpus_location()
    if not path.is_dir():
        holding = "the folder that holds bbc-dev, aeb-dev and misspellings-dev"
        if os.environ.get(CORPUS_ENV):
            sys.exit(f"corpus folder {path} (from {CORPUS_ENV}) not found: set {CORPUS_ENV} to {holding}")
        sys.exit(
            f"corpus folder {path} (../shared/corpus beside the checkout) not found: put the dev corpora "
            f"there, or set {CORPUS_ENV}=/path/to/corpus, {holding}"
        )
    return path


def bbc_articles(corpus: Path) -> list[Path]:
    """The bbc-dev articles (``business/001.txt`` ...), in a fixed order."""
    return sorted((corpus / "bbc-dev").glob("*/*.txt"))


def newslint_cmd() -> list[str]:
    """The installed ``newslint`` script beside this Python, else ``python -m newslint``."""
    script = Path(sys.executable).with_name("newslint")
    return [str(script)] if script.exists() else [sys.executable, "-m", "newslint"]


# Default settings only: no repository config, no local plugins.
EMPTY_CONFIG = ROOT / "tests" / "golden" / "default.toml"


def run_newslint(paths: list[str] | list[Path], *args: str, cwd: Path | None = None) -> dict[str, Any]:
    """Run the real CLI with --format json and return its report."""
    cmd = [*newslint_cmd(), "--format", "json", "--config", str(EMPTY_CONFIG), *args, *map(str, paths)]
    proc = subprocess.run(cmd, check=False, capture_output=True, text=True, cwd=cwd)
    if proc.returncode not in (0, 1):
        sys.exit(f"newslint failed ({proc.returncode}): {proc.stderr.strip()}")
    report: dict[str, Any] = json.loads(proc.stdout)
    return report
