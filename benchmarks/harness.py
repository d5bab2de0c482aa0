"""Shared plumbing for the benchmark scripts: where the corpora are, running the
real `newslint --format json`, and printing result rows.

The corpora are third-party text and are never copied into this repository:
they are read from ../shared/corpus/ (next to the checkout) or from the folder
named by the NEWSLINT_CORPUS environment variable.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def corpus_dir() -> Path:
    env = os.environ.get("NEWSLINT_CORPUS")
    path = Path(env) if env else ROOT.parent / "shared" / "corpus"
    if not path.is_dir():
        sys.exit(
            f"corpus folder {path} not found: put the dev corpora at ../shared/corpus/ "
            "or set NEWSLINT_CORPUS=/path/to/corpus"
        )
    return path


def newslint_cmd() -> list[str]:
    script = Path(sys.executable).with_name("newslint")
    return [str(script)] if script.exists() else [sys.executable, "-m", "newslint"]


EMPTY_CONFIG = ROOT / "tests" / "golden" / "default.toml"


def run_newslint(paths: list[str | Path], *args: str, cwd: Path | None = None) -> dict:
    """Run the real CLI with --format json (default config, no local plugins)."""
    cmd = [*newslint_cmd(), "--format", "json", "--config", str(EMPTY_CONFIG), *args, *map(str, paths)]
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=cwd)
    if proc.returncode not in (0, 1):
        sys.exit(f"newslint failed ({proc.returncode}): {proc.stderr.strip()}")
    return json.loads(proc.stdout)


@dataclass
class Row:
    family: str
    metric: str
    value: float
    target: str
    ok: bool
    detail: str = ""


def print_rows(rows: list[Row]) -> None:
    header = f"{'family':<22} {'metric':<48} {'value':>9}  {'target':<10} ok"
    print(header)
    print("-" * len(header))
    for r in rows:
        value = f"{r.value:.3f}" if isinstance(r.value, float) else str(r.value)
        print(f"{r.family:<22} {r.metric:<48} {value:>9}  {r.target:<10} {'yes' if r.ok else 'NO'}")
        if r.detail:
            print(f"{'':<22}   {r.detail}")
