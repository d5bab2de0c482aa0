"""Per-file control and introspection through the real CLI: per-file-ignores,
exclude, --force-exclude, --stdin-filename and --show-settings."""
from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import run_cli

CAPTION = "Commuters wait for the morning ferry at the old pier on Tuesday."
DUPLICATE = f"Harbour Board Approves New Ferry Terminal\n\n{CAPTION}\n{CAPTION}\n"
CONFIG = """\
select = ["duplicate-line"]
exclude = ["drafts/", "*.draft.md"]

[per-file-ignores]
"wire/*.txt" = ["NL201"]
"""


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / ".newslint.toml").write_text(CONFIG, encoding="utf-8")
    for rel in ("news/a.md", "wire/b.txt", "drafts/c.md", "news/d.draft.md", "wire/keep.md"):
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(DUPLICATE, encoding="utf-8")
    return tmp_path


def found(proc) -> list[str]:
    return [line.split(":")[0] for line in proc.stdout.splitlines() if " NL" in line]


def test_per_file_ignores_and_exclude_when_walking_folders(project):
    proc = run_cli(".", cwd=project)
    assert proc.returncode == 1
    assert proc.stdout.splitlines() == [
        "news/a.md:4:1: NL201 [duplicate-line] [*] repeats line 3",
        "wire/keep.md:4:1: NL201 [duplicate-line] [*] repeats line 3",
        "Found 2 findings in 3 files (NL201: 2). [*] 2 fixable with --fix.",
    ]


def test_files_named_explicitly_are_linted_unless_force_exclude(project):
    named = ["drafts/c.md", "news/d.draft.md", "news/a.md", "wire/b.txt"]
    # As ruff does: a file you name is linted even if excluded ...
    assert found(run_cli(*named, cwd=project)) == ["drafts/c.md", "news/a.md", "news/d.draft.md"]
    # ... unless --force-exclude (what the pre-commit hook passes).
    proc = run_cli("--force-exclude", *named, cwd=project)
    assert found(proc) == ["news/a.md"]
    assert proc.stdout.splitlines()[-1] == "Found 1 finding in 2 files (NL201: 1). [*] 1 fixable with --fix."
    proc = run_cli("--force-exclude", "drafts/c.md", cwd=project)
    assert (proc.returncode, proc.stdout) == (0, "All clear: 0 files checked, no findings.\n")


def test_stdin_filename_names_the_findings_and_finds_the_config(project, tmp_path_factory):
    # Run from elsewhere: the config is found from the stdin file's own folder.
    elsewhere = tmp_path_factory.mktemp("elsewhere")
    name = str(project / "news" / "x.md")
    proc = run_cli("-", "--stdin-filename", name, cwd=elsewhere, input=DUPLICATE.encode())
    assert proc.returncode == 1
    assert proc.stdout.splitlines() == [
        f"{name}:4:1: NL201 [duplicate-line] [*] repeats line 3",
        "Found 1 finding in 1 file (NL201: 1). [*] 1 fixable with --fix.",
    ]
    proc = run_cli("-", cwd=project, input=DUPLICATE.encode())
    assert proc.stdout.splitlines()[0] == "-:4:1: NL201 [duplicate-line] [*] repeats line 3"


@pytest.mark.parametrize("name", ["wire/new.txt", "drafts/new.md", "news/new.draft.md"])
def test_per_file_ignores_and_exclude_apply_to_the_stdin_filename(project, name):
    proc = run_cli("-", "--stdin-filename", name, cwd=project, input=DUPLICATE.encode())
    assert proc.returncode == 0
    assert proc.stdout.startswith("All clear:")


def test_stdin_filename_picks_the_reader(project):
    record = '{"text": "%s\\n%s"}\n' % (CAPTION, CAPTION)
    proc = run_cli("-", "--stdin-filename", "news/feed.jsonl", cwd=project, input=record.encode())
    assert proc.stdout.splitlines()[0] == "news/feed.jsonl#1:2:1: NL201 [duplicate-line] [*] repeats line 1"


def test_show_settings_prints_resolved_values_and_their_source(project):
    proc = run_cli("--show-settings", "--ignore", "unused-suppression", "--fail-level", "error", cwd=project)
    assert proc.returncode == 0
    config = str(project / ".newslint.toml")
    lines = proc.stdout.splitlines()
    assert lines[0] == f"# config file: {config}"
    # The source is the config file, with the key's line where config.py knows it.
    from_file = [line.split("  # ")[0] for line in lines if line.split("  # ")[-1].split(":")[0] == config]
    assert from_file == [
        'select = ["duplicate-line"]',
        'exclude = ["drafts/", "*.draft.md"]',
        'per-file-ignores = { "wire/*.txt" = ["NL201"] }',
    ]
    assert 'ignore = ["unused-suppression"]  # command line' in lines
    assert 'fail-level = "error"  # command line' in lines
    assert 'include = ["*.txt", "*.md", "*.jsonl", "*.txt.gz", "*.md.gz", "*.jsonl.gz", "*.txt.zst", "*.md.zst", "*.jsonl.zst"]  # default' in lines
    assert "# baseline = (not set)  # default" in lines
    # unreadable and rule-error stay on whatever is selected, unless ignored
    assert "# enabled rules: NL001 (unreadable), NL003 (rule-error), NL201 (duplicate-line)" in lines
    assert "rules.duplicate-line = { min-words = 4, min-chars = 20 }" in lines


def test_show_settings_reports_rule_options_from_the_config(project):
    (project / ".newslint.toml").write_text(
        CONFIG.replace("[per-file-ignores]", '[rules.duplicate-line]\nmin-words = 6\nseverity = "info"\n\n[per-file-ignores]'),
        encoding="utf-8",
    )
    lines = run_cli("--show-settings", cwd=project).stdout.splitlines()
    config = project / ".newslint.toml"
    assert (
        f'rules.duplicate-line = {{ min-words = 6, min-chars = 20, severity = "info" }}'
        f"  # {config}: min-words, severity"
    ) in lines


def test_show_settings_without_a_config(tmp_path):
    lines = run_cli("--show-settings", cwd=tmp_path).stdout.splitlines()
    assert lines[0] == "# config file: (none found; defaults)"
    assert "# select = (every rule that is on by default)  # default" in lines
