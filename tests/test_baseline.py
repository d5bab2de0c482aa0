"""The baseline through the real CLI: --write-baseline, --baseline, `baseline =`."""
from __future__ import annotations

import json
from pathlib import Path

from .conftest import GOLDEN, run_cli

DEFAULT = str(GOLDEN / "default.toml")
CAPTION = "Commuters wait for the morning ferry at the old pier on Tuesday."
OTHER = "The harbour board voted seven to two on Monday to replace it."


def write(path: Path, *lines: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(["Harbour Board Approves New Ferry Terminal", "", *lines, ""]), encoding="utf-8")


def cli(tmp_path: Path, *args: str):
    return run_cli("--config", DEFAULT, "--select", "duplicate-line", *args, cwd=tmp_path)


def test_write_baseline_records_findings_by_content_and_exits_zero(tmp_path):
    write(tmp_path / "news" / "a.md", CAPTION, CAPTION, "   " + CAPTION + "  ", OTHER)
    write(tmp_path / "news" / "b.txt", OTHER, OTHER)
    write(tmp_path / "news" / "clean.txt", OTHER)
    proc = cli(tmp_path, "--write-baseline", "lint/baseline.json", "news")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == "Wrote 3 findings in 2 files to baseline lint/baseline.json.\n"
    data = json.loads((tmp_path / "lint" / "baseline.json").read_text(encoding="utf-8"))
    # Paths relative to the baseline's folder; the line text with blanks collapsed;
    # the two copies of the caption share one key with a count.
    assert data == {
        "version": 1,
        "findings": [
            {"path": "../news/a.md", "rule": "NL201", "name": "duplicate-line", "line": CAPTION, "count": 2},
            {"path": "../news/b.txt", "rule": "NL201", "name": "duplicate-line", "line": OTHER, "count": 1},
        ],
    }


def test_baseline_reports_only_new_findings(tmp_path):
    article = tmp_path / "a.md"
    write(article, CAPTION, CAPTION, OTHER)
    assert cli(tmp_path, "--write-baseline", "base.json", "a.md").returncode == 0
    proc = cli(tmp_path, "--baseline", "base.json", "a.md")
    assert (proc.returncode, proc.stdout) == (0, "All clear: 1 file checked, no findings.\n")
    # Lines added above move the known finding: it is keyed by content, so still known.
    write(article, "By Jane Roe", "", "A new first paragraph.", "", CAPTION, CAPTION, OTHER, OTHER)
    proc = cli(tmp_path, "--baseline", "base.json", "a.md")
    assert proc.returncode == 1
    assert proc.stdout.splitlines() == [
        "a.md:10:1: NL201 [duplicate-line] [*] repeats line 9",
        "Found 1 finding in 1 file (NL201: 1). [*] 1 fixable with --fix.",
    ]
    # Without the baseline both are reported.
    assert cli(tmp_path, "a.md").stdout.splitlines()[:2] == [
        "a.md:8:1: NL201 [duplicate-line] [*] repeats line 7",
        "a.md:10:1: NL201 [duplicate-line] [*] repeats line 9",
    ]


def test_duplicates_are_counted(tmp_path):
    article = tmp_path / "a.txt"
    # Blank lines between the copies: three copies on consecutive lines
    # would be one finding (NL201 counts a run).
    write(article, CAPTION, "", CAPTION, "", CAPTION)
    assert cli(tmp_path, "--write-baseline", "base.json", "a.txt").returncode == 0
    write(article, CAPTION, "", CAPTION, "", CAPTION, "", CAPTION)
    proc = cli(tmp_path, "--baseline", "base.json", "a.txt")
    # Three copies of the same finding now, two known: exactly one is new.
    assert proc.stdout.splitlines() == [
        "a.txt:9:1: NL201 [duplicate-line] [*] repeats line 3",
        "Found 1 finding in 1 file (NL201: 1). [*] 1 fixable with --fix.",
    ]


def test_baseline_from_config_resolves_next_to_the_config(tmp_path):
    (tmp_path / "cfg").mkdir()
    (tmp_path / "cfg" / "newslint.toml").write_text('select = ["duplicate-line"]\nbaseline = "known.json"\n')
    write(tmp_path / "a.md", CAPTION, CAPTION)
    proc = run_cli("--config", "cfg/newslint.toml", "--write-baseline", "cfg/known.json", "a.md", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    proc = run_cli("--config", "cfg/newslint.toml", "a.md", cwd=tmp_path)
    assert (proc.returncode, proc.stdout) == (0, "All clear: 1 file checked, no findings.\n")
    settings = run_cli("--config", "cfg/newslint.toml", "--show-settings", cwd=tmp_path).stdout
    assert f'baseline = "{tmp_path / "cfg" / "known.json"}"  # cfg/newslint.toml:2' in settings.splitlines()


def test_baseline_for_standard_input(tmp_path):
    text = f"Headline\n\n{CAPTION}\n{CAPTION}\n".encode()
    args = ("-", "--stdin-filename", "drafts/a.md")
    proc = run_cli("--config", DEFAULT, "--select", "duplicate-line", "--write-baseline", "base.json", *args,
                   cwd=tmp_path, input=text)
    assert proc.returncode == 0
    data = json.loads((tmp_path / "base.json").read_text(encoding="utf-8"))
    assert data["findings"][0]["path"] == "drafts/a.md" and data["findings"][0]["line"] == CAPTION
    proc = run_cli("--config", DEFAULT, "--select", "duplicate-line", "--baseline", "base.json", *args,
                   cwd=tmp_path, input=text)
    assert (proc.returncode, proc.stdout) == (0, "All clear: 1 file checked, no findings.\n")


def test_missing_or_broken_baseline_is_a_usage_error(tmp_path):
    write(tmp_path / "a.md", OTHER)
    proc = cli(tmp_path, "--baseline", "nope.json", "a.md")
    assert proc.returncode == 2
    assert proc.stderr == (
        "newslint: error: nope.json: baseline file not found; create it with --write-baseline nope.json PATHS\n"
    )
    (tmp_path / "bad.json").write_text('{"version": 1, "findings": [{"rule": "NL201"}]}')
    proc = cli(tmp_path, "--baseline", "bad.json", "a.md")
    assert proc.returncode == 2
    assert proc.stderr == "newslint: error: bad.json: findings[0]: expected path, rule, line and count\n"
    (tmp_path / "worse.json").write_text("not json")
    proc = cli(tmp_path, "--baseline", "worse.json", "a.md")
    assert proc.returncode == 2 and "worse.json: not a newslint baseline (invalid JSON" in proc.stderr
