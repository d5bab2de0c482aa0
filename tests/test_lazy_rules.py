"""A run whose files are all cache hits builds no rules (issue 12, start-up).

The settings key of the findings cache is worked out from the rules; an
earlier run records it under a hash of the inputs it came from
(``cache.inputs_key``), so a later run with the same inputs opens the cache
without importing a rule module, and builds the rules only when a file misses.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import newslint.engine as engine
from tests.conftest import run_cli
from tests.test_cachepack import EMPTY, STORY  # the cache tests' story: three families' findings


def lint(*args: str, cwd: Path):
    return run_cli("--config", EMPTY, "--exit-zero", *args, cwd=cwd)


@pytest.fixture
def builds(monkeypatch):
    """How many times a run built its rules."""
    calls = []
    real = engine.Linter.build_rules

    def counting(self):
        if not self.rules_built:
            calls.append(1)
        real(self)

    monkeypatch.setattr(engine.Linter, "build_rules", counting)
    return calls


@pytest.fixture
def story(tmp_path: Path) -> Path:
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    return tmp_path


def test_a_warm_run_builds_no_rules_and_reports_the_same(story, builds):
    fresh = lint("--no-cache", "a.txt", cwd=story)
    assert "repeated-word" in fresh.stdout
    first = lint("--cache-dir", "c", "a.txt", cwd=story)
    assert len(builds) == 2 and first.stdout == fresh.stdout
    warm = lint("--cache-dir", "c", "a.txt", cwd=story)
    assert len(builds) == 2, "the warm run built its rules"
    assert (warm.returncode, warm.stdout, warm.stderr) == (first.returncode, first.stdout, first.stderr)


def test_a_file_that_misses_builds_the_rules_and_is_linted(story, builds):
    lint("--cache-dir", "c", "a.txt", cwd=story)
    (story / "a.txt").write_text(STORY.replace("Monday", "Tuesday") + "It was encourafged.\n", encoding="utf-8")
    fresh = lint("--no-cache", "a.txt", cwd=story)
    warm = lint("--cache-dir", "c", "a.txt", cwd=story)
    assert "encourafged" in warm.stdout and warm.stdout == fresh.stdout
    assert len(builds) == 3  # the first run, --no-cache, and the miss


def test_another_selection_is_not_answered_by_the_first(story, builds):
    lint("--cache-dir", "c", "a.txt", cwd=story)
    fresh = lint("--no-cache", "--select", "NL3", "a.txt", cwd=story)
    warm = lint("--cache-dir", "c", "--select", "NL3", "a.txt", cwd=story)
    assert warm.stdout == fresh.stdout and "repeated-word" not in warm.stdout
    bad = lint("--cache-dir", "c", "--select", "NL9", "a.txt", cwd=story)
    assert bad.returncode == 2 and "NL9" in bad.stderr


def test_the_warm_command_line_imports_no_rule_module(story):
    script = (
        "import sys\n"
        "from newslint.cli import main\n"
        f"main(['--config', {EMPTY!r}, '--exit-zero', '--cache-dir', 'c', 'a.txt'])\n"
        "print(sorted(m for m in sys.modules if m.startswith('newslint.rules.') and m.count('.') > 2))\n"
        "from newslint import patterncache\n"
        "print(patterncache._state.loaded is not None, 'multiprocessing' in sys.modules)\n"
    )
    runs = [subprocess.run([sys.executable, "-c", script], cwd=story, capture_output=True, text=True) for _ in range(2)]
    assert "newslint.rules.typos.typo" in runs[0].stdout
    assert runs[0].stdout.splitlines()[-1] == "True False"  # the rules were built: kept patterns loaded
    # Nor are the kept patterns read (they are for building rules) or a process pool's module imported.
    assert runs[1].stdout.splitlines()[-2:] == ["[]", "False False"], runs[1].stdout
