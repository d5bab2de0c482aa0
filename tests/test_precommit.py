"""The real pre-commit running this repository's .pre-commit-hooks.yaml.

pre-commit installs a hook repository from a git commit, so the test copies the
working tree (tracked files as they are on disk, plus new files not ignored)
into a temporary git repository and commits it there: it then tests what is in
the tree, also from a fresh clone in CI.  pre-commit builds its own virtual
environment and pip-installs newslint into it, so the package registry must be
reachable (for the install only).
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT

pytestmark = pytest.mark.slow

SEED = "001_2ccb0959de7edc47.txt"
CLEAN = """\
# Council Passes Budget

By Jane Roe

The city council passed its budget on Tuesday after a four-hour debate, the
council's clerk said.
"""
CAPTION = "Commuters wait for the morning ferry at the old pier on Tuesday."


def git(*args: str, cwd: Path) -> str:
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "newslint tests",
        "GIT_AUTHOR_EMAIL": "tests@example.invalid",
        "GIT_COMMITTER_NAME": "newslint tests",
        "GIT_COMMITTER_EMAIL": "tests@example.invalid",
    }
    proc = subprocess.run(
        ["git", "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main", *args],
        cwd=cwd, env=env, capture_output=True, text=True, check=True,
    )
    return proc.stdout


def snapshot_repo(dest: Path) -> str:
    """Copy the working tree into a fresh git repository at ``dest``; return its commit."""
    listed = git("ls-files", "-z", "--cached", "--others", "--exclude-standard", cwd=ROOT)
    for rel in sorted(set(filter(None, listed.split("\0")))):
        src = ROOT / rel
        if not src.is_file():  # deleted in the working tree
            continue
        target = dest / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(src, target, follow_symlinks=False)
    git("init", "-q", cwd=dest)
    git("add", "-A", cwd=dest)
    git("commit", "-q", "-m", "snapshot for the pre-commit test", cwd=dest)
    return git("rev-parse", "HEAD", cwd=dest).strip()


@pytest.fixture(scope="module")
def articles_repo(tmp_path_factory) -> tuple[Path, dict]:
    base = tmp_path_factory.mktemp("precommit")
    hook_repo = base / "newslint-repo"
    hook_repo.mkdir()
    rev = snapshot_repo(hook_repo)

    repo = base / "articles"
    (repo / "news").mkdir(parents=True)
    (repo / "drafts").mkdir()
    shutil.copy(ROOT / "seeds" / SEED, repo / "news" / SEED)
    (repo / "news" / "budget.md").write_text(CLEAN, encoding="utf-8")
    (repo / "drafts" / "ferry.txt").write_text(f"Ferry\n\n{CAPTION}\n{CAPTION}\n", encoding="utf-8")
    (repo / "notes.py").write_text(f"# {CAPTION}\n# {CAPTION}\n", encoding="utf-8")
    # Rules still being tuned by other work are left out, so the test checks the
    # hook's plumbing: files passed, config found, exclude honoured, exit status.
    (repo / ".newslint.toml").write_text(
        'select = ["duplicate-line", "unused-suppression"]\nexclude = ["drafts/"]\n', encoding="utf-8"
    )
    (repo / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {hook_repo.as_posix()}\n    rev: {rev}\n    hooks:\n      - id: newslint\n",
        encoding="utf-8",
    )
    git("init", "-q", cwd=repo)
    git("add", "-A", cwd=repo)
    env = {**os.environ, "PRE_COMMIT_HOME": str(base / "cache"), "NO_COLOR": "1"}
    env.pop("VIRTUAL_ENV", None)
    return repo, env


def pre_commit(repo: Path, env: dict, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", "run", "--color", "never", *args],
        cwd=repo, env=env, capture_output=True, text=True, timeout=900,
    )


def test_manifest_is_valid():
    proc = subprocess.run(
        [sys.executable, "-m", "pre_commit", "validate-manifest", str(ROOT / ".pre-commit-hooks.yaml")],
        capture_output=True, text=True,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_hook_fails_on_staged_articles_with_findings(articles_repo):
    repo, env = articles_repo
    proc = pre_commit(repo, env)
    out = proc.stdout + proc.stderr
    assert proc.returncode == 1, out
    assert "newslint" in out and "Failed" in out
    assert f"news/{SEED}:8:1: NL201 [duplicate-line] [*] repeats line 7" in out
    # exclude is honoured although pre-commit names the file (--force-exclude),
    # and only text and Markdown files are passed to the hook.
    assert "drafts/ferry.txt" not in out
    assert "notes.py" not in out
    assert "news/budget.md" not in out


def test_hook_passes_on_a_clean_article(articles_repo):
    repo, env = articles_repo
    proc = pre_commit(repo, env, "--files", "news/budget.md", "drafts/ferry.txt")
    out = proc.stdout + proc.stderr
    assert proc.returncode == 0, out
    assert "Passed" in out
