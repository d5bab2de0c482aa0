"""The user cache built in a child process (newslint/prebuild.py): the same
findings with a fresh cache as with a warm one, the marker written last, a
stale marker built again, and findings still when the folder cannot be
written or the child fails."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from newslint import prebuild
from newslint.rules.typos import store

from .conftest import ROOT

# A slip (NL101), a real-word error (NL103), a vague source and a name-led
# quote (the attribution rules' common words): every prebuilt part is read.
_TEXT = (
    "The goverment said on Monday that an new plan would work.\n\n"
    "Officials say the minister will form a new comittee, the BBC understands.\n"
)


def _lint(folder: Path | str, article: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("NEWSLINT_PATTERN_CACHE", "NEWSLINT_TYPO_CACHE")}
    env["NEWSLINT_USER_CACHE"] = str(folder)
    cmd = [sys.executable, "-m", "newslint", "--no-cache", "--select", "ALL", "--format", "json-lines",
           "--config", str(ROOT / "tests" / "golden" / "default.toml"), str(article)]
    return subprocess.run(cmd, env=env, capture_output=True, text=True, cwd=article.parent, check=False)


def _markers(folder: Path) -> list[Path]:
    return sorted((folder / "typo").glob("prebuilt-*.json"))


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, subprocess.CompletedProcess[str]]:
    """A first run on an empty user cache folder: the child builds it."""
    work = tmp_path_factory.mktemp("prebuild")
    article = work / "article.txt"
    article.write_text(_TEXT, encoding="utf-8")
    folder = work / "usercache"
    return article, folder, _lint(folder, article)


def test_a_fresh_cache_gives_the_findings_of_a_warm_one(built) -> None:
    article, folder, fresh = built
    assert fresh.returncode == 1 and fresh.stderr == ""
    codes = {json.loads(line)["rule"] for line in fresh.stdout.splitlines()}
    assert {"NL101", "NL103"} <= codes
    warm = _lint(folder, article)
    assert (warm.returncode, warm.stdout, warm.stderr) == (fresh.returncode, fresh.stdout, fresh.stderr)


def test_the_child_writes_every_part_and_the_marker(built) -> None:
    _, folder, _ = built
    [marker] = _markers(folder)
    record = json.loads(marker.read_text())
    assert {"wordfreq", "dictionaries", "verdicts", "python", "code"} <= set(record)
    for name in prebuild.NAMES:
        assert list((folder / "typo").glob(f"{name}-*.marshal")), name
    assert list((folder / "typo").glob("verdicts-*.marshal"))
    assert list((folder / "attribution").glob("common-*.marshal"))
    assert not list((folder / "typo").glob("*.tmp")) and not list((folder / "typo").glob(".prebuilt-*"))


def test_a_stale_marker_is_built_again(built, tmp_path: Path) -> None:
    article, folder, fresh = built
    copy = tmp_path / "usercache"
    shutil.copytree(folder, copy)
    [marker] = _markers(copy)
    # The marker of another wordfreq: this installation's is missing.
    marker.rename(marker.with_name("prebuilt-0000000000000000.json"))
    for index in (copy / "typo").glob("lexicon-*.marshal"):
        index.unlink()
    again = _lint(copy, article)
    assert (again.returncode, again.stdout, again.stderr) == (fresh.returncode, fresh.stdout, fresh.stderr)
    assert [m.name for m in _markers(copy)] == sorted([marker.name, "prebuilt-0000000000000000.json"])
    assert list((copy / "typo").glob("lexicon-*.marshal"))


def test_a_folder_that_cannot_be_written_still_gives_the_findings(built, tmp_path: Path) -> None:
    article, _, fresh = built
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    # Root may write a read-only folder; nobody makes a folder inside a file.
    done = _lint(blocker / "usercache", article)
    assert (done.returncode, done.stdout, done.stderr) == (fresh.returncode, fresh.stdout, fresh.stderr)


def test_a_child_that_fails_leaves_the_build_to_the_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(store.CACHE_ENV, str(tmp_path / "typo"))
    monkeypatch.setattr(prebuild, "_tried", False)
    monkeypatch.setattr(prebuild, "TIMEOUT", 0.01)  # killed long before it is done
    assert prebuild.ensure() is False
    assert not _markers(tmp_path) and prebuild.ensure() is False  # once a process
    monkeypatch.setenv(store.CACHE_ENV, "")  # off: no child at all
    monkeypatch.setattr(prebuild, "_tried", False)
    assert prebuild.ensure() is False and prebuild._tried
