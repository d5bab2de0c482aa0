"""The real command line in a subprocess: exit codes, commands, JSON contract."""
from __future__ import annotations

import json

from .conftest import ROOT

CLEAN = "Shares rose on Friday, the exchange said.\n"


def test_seeds_exit_1_with_summary(cli):
    proc = cli("seeds/")
    assert proc.returncode == 1, proc.stderr
    last = proc.stdout.splitlines()[-1]
    assert last.startswith("Found ") and "in 2 files" in last


def test_clean_file_exits_0(cli, tmp_path):
    article = tmp_path / "clean.txt"
    article.write_text(CLEAN, encoding="utf-8")
    proc = cli("--select", "duplicate-line", str(article), cwd=tmp_path)
    assert proc.returncode == 0
    assert proc.stdout == "All clear: 1 file checked, no findings.\n"
    assert proc.stderr == ""


def test_missing_path_is_usage_error(cli, tmp_path):
    proc = cli("no-such-folder/", cwd=tmp_path)
    assert proc.returncode == 2
    assert proc.stderr == "newslint: error: no-such-folder/: no such file or folder\n"
    assert "Traceback" not in proc.stderr


def test_unknown_rule_in_select_names_it_with_hint(cli, tmp_path):
    (tmp_path / "a.txt").write_text(CLEAN)
    proc = cli("--select", "duplicate-lines", "a.txt", cwd=tmp_path)
    assert proc.returncode == 2
    assert "unknown rule 'duplicate-lines' (did you mean 'duplicate-line'?)" in proc.stderr


def test_text_format_line_and_sort_order(cli, tmp_path):
    (tmp_path / "b.txt").write_text("Line one is a caption of the day.\nLine one is a caption of the day.\n")
    (tmp_path / "a.txt").write_text("x\nA repeated caption line is here.\n\nA repeated caption line is here.\n")
    proc = cli("--select", "NL201", ".", cwd=tmp_path)
    assert proc.stdout.splitlines() == [
        "a.txt:4:1: NL201 [duplicate-line] [*] repeats line 2",
        "b.txt:2:1: NL201 [duplicate-line] [*] repeats line 1",
        "Found 2 findings in 2 files (NL201: 2). [*] 2 fixable with --fix.",
    ]
    assert proc.returncode == 1


def test_json_contract(cli, tmp_path):
    (tmp_path / "a.txt").write_text("Caption: the minister at the launch.\nCaption: the minister at the launch.\n")
    proc = cli("--format", "json", "--select", "duplicate-line", "a.txt", cwd=tmp_path)
    doc = json.loads(proc.stdout)
    assert doc == {
        "version": 1,
        "findings": [
            {
                "path": "a.txt",
                "line": 2,
                "column": 1,
                "end_line": 2,
                "end_column": 37,
                "rule": "NL201",
                "name": "duplicate-line",
                "severity": "warning",
                "message": "repeats line 1",
                "suggestions": [],
                # Removing the copy takes the line break before it (line 1's).
                "fix": {
                    "applicability": "safe",
                    "message": "remove the repeated copy",
                    "edits": [{"line": 1, "column": 37, "end_line": 2, "end_column": 37, "replacement": ""}],
                },
            }
        ],
        "summary": {"files": 1, "documents": 1, "findings": 1, "by_rule": {"NL201": 1}},
    }


def test_jsonl_records_carry_record_number(cli, tmp_path):
    rec1 = {"text": "Fine text here.", "author": "A"}
    rec2 = {"text": "Same caption line is here now.\nSame caption line is here now.", "author": "B"}
    (tmp_path / "c.jsonl").write_text(json.dumps(rec1) + "\n" + json.dumps(rec2) + "\nnot json\n")
    proc = cli("--format", "json", "--select", "NL201,NL001", "c.jsonl", cwd=tmp_path)
    found = [(f["rule"], f.get("record"), f["line"], f["column"]) for f in json.loads(proc.stdout)["findings"]]
    assert found == [("NL201", 2, 2, 1), ("NL001", 3, 3, 1)]


def test_rules_command_lists_every_builtin(cli):
    proc = cli("rules")
    assert proc.returncode == 0
    ids = {line.split()[0] for line in proc.stdout.splitlines()[1:]}
    wanted = {line.split()[0] for line in (ROOT / "tests/data/builtin_rule_ids.txt").read_text().splitlines() if line and not line.startswith("#")}
    assert wanted <= ids


def test_rule_command_prints_docs_and_hints(cli):
    proc = cli("rule", "duplicate-line")
    assert proc.returncode == 0
    assert proc.stdout.startswith("NL201 duplicate-line\n")
    assert "Why it matters:" in proc.stdout
    bad = cli("rule", "duplicat-line")
    assert bad.returncode == 2
    assert "did you mean 'duplicate-line'?" in bad.stderr


def test_version(cli):
    proc = cli("--version")
    assert proc.returncode == 0
    assert proc.stdout.startswith("newslint 0.1.0")


def test_python_dash_m(tmp_path):
    import subprocess
    import sys

    (tmp_path / "a.txt").write_text(CLEAN)
    proc = subprocess.run([sys.executable, "-m", "newslint", "--select", "NL201", "a.txt"], cwd=tmp_path, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("All clear")


def test_help_teaches(cli):
    proc = cli("--help")
    assert proc.returncode == 0
    for needle in ("exit codes:", "newslint rules", "--select", "--fail-level", ".newslint.toml"):
        assert needle in proc.stdout


def test_fail_level_info_findings_do_not_fail(cli, tmp_path):
    (tmp_path / "a.txt").write_text("Caption of the photo at the launch.\nCaption of the photo at the launch.\n")
    (tmp_path / ".newslint.toml").write_text('[rules.duplicate-line]\nseverity = "info"\n')
    proc = cli("--select", "NL201", "a.txt", cwd=tmp_path)
    assert proc.returncode == 0
    assert "NL201" in proc.stdout
    proc = cli("--select", "NL201", "--fail-level", "info", "a.txt", cwd=tmp_path)
    assert proc.returncode == 1


def test_parallel_run_gives_the_same_report(cli, tmp_path):
    for i in range(40):
        body = f"Story {i} opens here with a caption line.\n" * (1 + i % 2)
        (tmp_path / f"s{i:02d}.txt").write_text(body)
    one = cli("--select", "NL201", "--format", "json", "-j", "1", ".", cwd=tmp_path)
    two = cli("--select", "NL201", "--format", "json", "-j", "2", ".", cwd=tmp_path)
    assert one.returncode == two.returncode == 1
    assert one.stdout == two.stdout
    assert json.loads(two.stdout)["summary"] == {"files": 40, "documents": 40, "findings": 20, "by_rule": {"NL201": 20}}


def test_rule_command_shows_the_options_in_force(cli, tmp_path):
    (tmp_path / ".newslint.toml").write_text('[rules.duplicate-line]\nmin-words = 6\n')
    proc = cli("rule", "duplicate-line", cwd=tmp_path)
    assert proc.returncode == 0
    assert "options: min-words = 6, min-chars = 20 (default)\n" in proc.stdout
