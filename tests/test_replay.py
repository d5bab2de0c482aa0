"""The command line's fast path (newslint/replay.py, issue 12): a plain run
whose inputs are all as an earlier run found them prints what that run
printed, and any changed input runs newslint again.

Every run here is a real process entering through ``newslint.replay.main``
(what the console script and ``python -m newslint`` run); a run counts as
replayed when it imported no newslint module but the fast path's own.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.test_cachepack import EMPTY, STORY  # the cache tests' story: three families' findings
from tests.test_plugins import fake_distribution

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = (
    "import json, sys\n"
    "from newslint.replay import main\n"
    "code = main(sys.argv[2:])\n"
    "sys.stdout.flush()\n"
    "with open(sys.argv[1], 'w') as fh:\n"
    "    json.dump(sorted(m for m in sys.modules if m.startswith('newslint')), fh)\n"
    "sys.exit(code)\n"
)
PLUGIN = '''\
from newslint import hookimpl, rule


@rule("ACME401", "acme-ferry")
def ferry(doc, ctx):
    """The word ferry."""
    at = doc.text.find("Ferry")
    if at >= 0:
        yield ctx.finding(at, at + 5, "MESSAGE")


@hookimpl
def newslint_register_rules():
    return [ferry]
'''


@dataclass
class Ran:
    code: int
    stdout: bytes
    stderr: bytes
    replayed: bool

    @property
    def output(self) -> tuple[int, bytes, bytes]:
        return self.code, self.stdout, self.stderr


def newslint(*args: str, cwd: Path, env: dict[str, str] | None = None) -> Ran:
    modules = cwd.parent / f"{cwd.name}-modules.json"
    proc = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(modules), *args],
        cwd=cwd,
        capture_output=True,
        env={**os.environ, "NO_COLOR": "1", **(env or {})},
        timeout=300,
    )
    loaded = json.loads(modules.read_text(encoding="utf-8"))
    assert b"Traceback" not in proc.stderr, proc.stderr.decode()
    return Ran(proc.returncode, proc.stdout, proc.stderr, loaded == ["newslint", "newslint.replay"])


@pytest.fixture
def story(tmp_path: Path) -> Path:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(STORY, encoding="utf-8")
    return folder


@pytest.mark.parametrize("flags", [(), ("--statistics", "--show-source"), ("--format", "json", "--exit-zero")])
def test_a_repeated_run_is_replayed_byte_for_byte(story: Path, flags: tuple[str, ...]) -> None:
    cold = newslint("--config", EMPTY, "--no-cache", *flags, "a.txt", cwd=story)
    first = newslint("--config", EMPTY, "--cache-dir", "c", *flags, "a.txt", cwd=story)
    again = newslint("--config", EMPTY, "--cache-dir", "c", *flags, "a.txt", cwd=story)
    assert not cold.replayed and not first.replayed and again.replayed
    assert b"repeated-word" in cold.stdout or b"NL102" in cold.stdout
    assert again.output == first.output == cold.output
    assert cold.code == (0 if "--exit-zero" in flags else 1)


def test_without_the_cache_nothing_is_replayed(story: Path) -> None:
    runs = [newslint("--config", EMPTY, "--no-cache", "a.txt", cwd=story) for _ in range(2)]
    assert not any(r.replayed for r in runs) and runs[0].output == runs[1].output
    # Another selection is another run.
    newslint("--config", EMPTY, "--cache-dir", "c", "a.txt", cwd=story)
    other = newslint("--config", EMPTY, "--cache-dir", "c", "--select", "NL3", "a.txt", cwd=story)
    assert not other.replayed and b"repeated-word" not in other.stdout


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_each_changed_input_runs_again_and_reports_as_a_cold_run(story: Path) -> None:
    """The linted file, the config found, a nearer config, an option file,
    the baseline, a local plugin and its folder, and the cache itself."""
    text = STORY + "It was encourafged.\n"
    _write(story / "sub" / "a.txt", text)
    _write(story / "words.txt", "harbour\n")
    _write(story / "plugins" / "ferry.py", PLUGIN.replace("MESSAGE", "a ferry"))
    _write(story / ".newslint.toml", 'plugins = ["plugins"]\n[rules.typo]\nallow-file = "words.txt"\n')
    args = ("--cache-dir", "c", "--baseline", "known.json", "sub/a.txt")
    newslint("--write-baseline", "known.json", "--select", "NL2", "sub/a.txt", cwd=story)
    changes = {
        "the linted file": lambda: _write(story / "sub" / "a.txt", text + "The the ferry left.\n"),
        "the config": lambda: _write(story / ".newslint.toml", 'plugins = ["plugins"]\nignore = ["NL403"]\n[rules.typo]\nallow-file = "words.txt"\n'),
        "an option file": lambda: _write(story / "words.txt", "encourafged\n"),
        "the baseline": lambda: newslint("--write-baseline", "known.json", "--select", "NL102", "sub/a.txt", cwd=story),
        "a local plugin": lambda: _write(story / "plugins" / "ferry.py", PLUGIN.replace("MESSAGE", "the ferry")),
        "a new plugin file": lambda: _write(story / "plugins" / "ferry2.py", PLUGIN.replace("ACME401", "ACME402").replace("acme-ferry", "acme-ferry-two")),
        "a plugin's data file": lambda: _write(story / "plugins" / "data" / "extra.txt", "x\n"),
        "a nearer config": lambda: _write(story / "sub" / ".newslint.toml", "ignore = [\"NL1\"]\n"),
        "the cache deleted": lambda: shutil.rmtree(story / "c"),
    }
    newslint(*args, cwd=story)
    assert newslint(*args, cwd=story).replayed
    before = None
    for what, change in changes.items():
        change()
        after = newslint(*args, cwd=story)
        assert not after.replayed, f"{what}: replayed"
        cold = newslint(*[a for a in args if a not in ("--cache-dir", "c")], "--no-cache", cwd=story)
        assert after.output == cold.output, what
        again = newslint(*args, cwd=story)
        assert again.replayed and again.output == after.output, what
        if what not in ("a plugin's data file", "the cache deleted"):
            assert after.output != before, f"{what}: the change changed nothing to see"
        before = after.output


def test_a_plugin_upgrade_runs_again(story: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    fake_distribution(site, "acme-ferry", "1.0", "ferry", "acme_ferry", PLUGIN.replace("MESSAGE", "a ferry"))
    env = {"PYTHONPATH": str(site)}
    args = ("--config", EMPTY, "--cache-dir", "c", "--select", "acme-ferry", "a.txt")
    first = newslint(*args, cwd=story, env=env)
    assert b"ACME401 [acme-ferry] a ferry" in first.stdout, first.stderr
    assert newslint(*args, cwd=story, env=env).replayed
    settings = set((story / "c" / "v2").iterdir())
    # pip's upgrade: the old .dist-info goes, the new one comes; the code is the same.
    shutil.rmtree(site / "acme_ferry-1.0.dist-info")
    fake_distribution(site, "acme-ferry", "1.1", "ferry", "acme_ferry", PLUGIN.replace("MESSAGE", "a ferry"))
    upgraded = newslint(*args, cwd=story, env=env)
    assert not upgraded.replayed and upgraded.output == first.output
    assert set((story / "c" / "v2").iterdir()) > settings, "the new version did not get its own cache settings"
    assert newslint(*args, cwd=story, env=env).replayed


def test_a_new_newslint_version_runs_again(story: Path, tmp_path: Path) -> None:
    copy = tmp_path / "checkout"
    shutil.copytree(ROOT / "newslint", copy / "newslint", ignore=shutil.ignore_patterns("__pycache__"))
    env = {"PYTHONPATH": str(copy)}
    args = ("--config", EMPTY, "--cache-dir", "c", "--select", "NL2", "a.txt")
    first = newslint(*args, cwd=story, env=env)
    assert newslint(*args, cwd=story, env=env).replayed
    init = copy / "newslint" / "__init__.py"
    init.write_text(init.read_text(encoding="utf-8").replace('__version__ = "', '__version__ = "9'), encoding="utf-8")
    later = newslint(*args, cwd=story, env=env)
    assert not later.replayed and later.output == first.output


def test_only_the_newest_kept_runs_stay(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from newslint import replayinputs

    monkeypatch.setattr(replayinputs, "KEEP", 3)
    for i in range(5):
        path = tmp_path / f"{i}.json"
        path.write_text("{}", encoding="utf-8")
        os.utime(path, ns=(i * 10**9, i * 10**9))
    replayinputs._prune(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["2.json", "3.json", "4.json"]
