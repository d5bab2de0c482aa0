"""newslint's entry points kept between runs (newslint/entrypoints.py): the
same answer as importlib.metadata, scanned again when sys.path changes."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from importlib import metadata
from pathlib import Path

from newslint import entrypoints

_PROBE = r"""
import sys
from newslint import entrypoints
found = entrypoints.scan()
print("scanned" if "importlib.metadata" in sys.modules else "kept", len(found.entry_points))
"""


def _probe(folder: Path, extra_path: str = "") -> str:
    env = {**os.environ, "NEWSLINT_USER_CACHE": str(folder)}
    if extra_path:
        env["PYTHONPATH"] = extra_path
    done = subprocess.run([sys.executable, "-c", _PROBE], env=env, capture_output=True, text=True, check=True)
    return done.stdout.strip()


def test_the_scan_matches_importlib_metadata() -> None:
    expected = [
        (d.metadata["Name"], d.version, ep.name, ep.value)
        for d in metadata.distributions()
        for ep in d.entry_points
        if ep.group == "newslint"
    ]
    found = entrypoints.scan()
    assert [(e.dist, e.version, e.name, e.value) for e in found.entry_points] == expected
    assert found.versions["regex"] == metadata.version("regex")
    assert entrypoints.EntryPoint("x", "1", "typos", "newslint.rules.typos").load().__name__ == "newslint.rules.typos"


def test_kept_until_sys_path_changes(tmp_path: Path) -> None:
    first = _probe(tmp_path)
    assert first.startswith("scanned")
    assert _probe(tmp_path) == first.replace("scanned", "kept")
    # A distribution installed into a folder on sys.path changes that folder's time.
    site = tmp_path / "site"
    site.mkdir()
    assert _probe(tmp_path, str(site)).startswith("scanned")
    assert _probe(tmp_path, str(site)).startswith("kept")
    dist = site / "house_rules-1.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: house-rules\nVersion: 1.0\n", encoding="utf-8")
    (dist / "entry_points.txt").write_text("[newslint]\nhouse = house_rules\n", encoding="utf-8")
    again = _probe(tmp_path, str(site))
    assert again.startswith("scanned") and int(again.split()[1]) == int(first.split()[1]) + 1


def test_a_file_others_may_write_or_a_damaged_one_is_not_read(tmp_path: Path) -> None:
    _probe(tmp_path)
    (file,) = (tmp_path / "entry-points").glob("*.json")
    file.chmod(0o666)
    assert _probe(tmp_path).startswith("scanned")
    file.chmod(0o600)
    kept = json.loads(file.read_text(encoding="utf-8"))
    kept["entry_points"] = "garbage"
    file.write_text(json.dumps(kept), encoding="utf-8")
    assert _probe(tmp_path).startswith("scanned")
    assert _probe(tmp_path).startswith("kept")
