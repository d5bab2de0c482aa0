"""Output formats and output options through the real CLI: text, json, json-lines,
sarif, github, junit; --show-source, --output-file, --statistics, --quiet,
--exit-zero, --fail-level, colour and NO_COLOR."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from newslint.reporters.github import escape_data, escape_property

from .conftest import GOLDEN, ROOT, newslint_bin, run_cli

DEFAULT = str(GOLDEN / "default.toml")
CAPTION = "Commuters wait for the morning ferry at the old pier on Tuesday."


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "ferry.md").write_text(
        f"Harbour Board Approves New Ferry Terminal\n\n{CAPTION}\n{CAPTION}\n\nThe board met on Monday.\n",
        encoding="utf-8",
    )
    (tmp_path / "news" / "clean.txt").write_text("Budget Passes\n\nThe council passed its budget.\n", encoding="utf-8")
    return tmp_path


def lint(cwd: Path, *args: str, env: dict | None = None):
    return run_cli("--config", DEFAULT, "--select", "duplicate-line", *args, cwd=cwd, env=env)


# -- SARIF -------------------------------------------------------------------

LEVELS = {"none", "note", "warning", "error"}


def check_sarif(doc: dict) -> None:
    """The parts of the SARIF 2.1.0 schema GitHub code scanning relies on."""
    assert doc["version"] == "2.1.0"
    assert doc["$schema"].endswith("sarif-2.1.0.json")
    assert isinstance(doc["runs"], list) and doc["runs"]
    for run in doc["runs"]:
        driver = run["tool"]["driver"]
        assert driver["name"] == "newslint"
        assert isinstance(driver["version"], str) and driver["version"]
        assert driver["informationUri"].startswith("https://")
        assert run["columnKind"] == "unicodeCodePoints"
        rules = driver["rules"]
        ids = [r["id"] for r in rules]
        assert len(ids) == len(set(ids))
        for r in rules:
            assert r["name"] and r["shortDescription"]["text"] and r["fullDescription"]["text"]
            assert r["help"]["text"]
            assert r["defaultConfiguration"]["level"] in LEVELS
        fingerprints = set()
        for res in run["results"]:
            assert set(res) >= {"ruleId", "ruleIndex", "level", "message", "locations", "partialFingerprints"}
            assert rules[res["ruleIndex"]]["id"] == res["ruleId"]
            assert res["level"] in LEVELS
            assert isinstance(res["message"]["text"], str) and res["message"]["text"]
            (loc,) = res["locations"]
            uri = loc["physicalLocation"]["artifactLocation"]["uri"]
            assert "\\" not in uri and not uri.startswith("/") and ":" not in uri
            region = loc["physicalLocation"]["region"]
            for key in ("startLine", "startColumn", "endLine", "endColumn"):
                assert isinstance(region.get(key, 1), int) and region.get(key, 1) >= 1
            assert (region.get("endLine", region["startLine"]), region.get("endColumn", 1)) >= (
                region["startLine"], region.get("startColumn", 1) if "endLine" in region else 1)
            fp = tuple(sorted(res["partialFingerprints"].items()))
            assert fp not in fingerprints
            fingerprints.add(fp)


def test_sarif_of_the_seeds_is_valid():
    proc = run_cli("--format", "sarif", "seeds/", cwd=ROOT)
    assert proc.returncode == 1, proc.stderr
    doc = json.loads(proc.stdout)
    check_sarif(doc)
    results = doc["runs"][0]["results"]
    assert results
    for res in results:
        uri = res["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        assert uri.startswith("seeds/") and (ROOT / uri).is_file()
    # Same findings as the text format, in the same order.
    text = run_cli("--quiet", "seeds/", cwd=ROOT).stdout.splitlines()
    assert len(results) == len(text)


def test_sarif_positions_and_rules(articles):
    proc = lint(articles, "--format", "sarif", "news")
    doc = json.loads(proc.stdout)
    check_sarif(doc)
    (res,) = doc["runs"][0]["results"]
    assert res["ruleId"] == "NL201" and res["level"] == "warning"
    assert res["message"]["text"] == "repeats line 3"
    assert res["locations"][0]["physicalLocation"] == {
        "artifactLocation": {"uri": "news/ferry.md"},
        "region": {"startLine": 4, "startColumn": 1, "endLine": 4, "endColumn": len(CAPTION) + 1},
    }
    rule = doc["runs"][0]["tool"]["driver"]["rules"][res["ruleIndex"]]
    assert rule["name"] == "duplicate-line"
    assert rule["fullDescription"]["text"].startswith("Compares every non-blank line")
    # The fingerprint follows the line's content, not its number.
    fp = res["partialFingerprints"]
    ferry = articles / "news" / "ferry.md"
    ferry.write_text("Update: times corrected.\n\n" + ferry.read_text(encoding="utf-8"), encoding="utf-8")
    (moved,) = json.loads(lint(articles, "--format", "sarif", "news").stdout)["runs"][0]["results"]
    assert moved["locations"][0]["physicalLocation"]["region"]["startLine"] == 6
    assert moved["partialFingerprints"] == fp


def test_sarif_for_jsonl_records_points_at_the_record_line(tmp_path):
    (tmp_path / "c.jsonl").write_text(
        '{"text": "ok"}\n' + json.dumps({"text": f"{CAPTION}\n{CAPTION}"}) + "\n", encoding="utf-8"
    )
    doc = json.loads(lint(tmp_path, "--format", "sarif", "c.jsonl").stdout)
    check_sarif(doc)
    (res,) = doc["runs"][0]["results"]
    assert res["locations"][0]["physicalLocation"]["region"] == {"startLine": 2}
    assert res["message"]["text"] == "record 2, line 2, column 1: repeats line 1"


# -- GitHub annotations ----------------------------------------------------------

def test_github_annotations(articles):
    proc = lint(articles, "--format", "github", "news")
    assert proc.returncode == 1
    assert proc.stdout == (
        "::warning file=news/ferry.md,line=4,endLine=4,col=1,endColumn=65,"
        "title=newslint NL201 (duplicate-line)::repeats line 3\n"
    )


def test_github_escaping(tmp_path):
    assert escape_data("50% off\r\nnow") == "50%25 off%0D%0Anow"
    assert escape_property("a,b:c%d\ne") == "a%2Cb%3Ac%25d%0Ae"
    name = "odd,name:100%.txt"
    (tmp_path / name).write_text(f"Headline\n\n{CAPTION}\n{CAPTION}\n", encoding="utf-8")
    proc = lint(tmp_path, "--format", "github", name)
    assert proc.stdout.startswith("::warning file=odd%2Cname%3A100%25.txt,line=4,")


# -- JUnit ---------------------------------------------------------------------

def test_junit_one_testcase_per_file(articles):
    (articles / "news" / 'a&b <"q">.txt').write_text(f"H\n\n{CAPTION}\n{CAPTION}\n{CAPTION}\n", encoding="utf-8")
    proc = lint(articles, "--format", "junit", "news")
    assert proc.returncode == 1
    root = ET.fromstring(proc.stdout)
    assert root.tag == "testsuites"
    (suite,) = root
    assert (suite.get("tests"), suite.get("failures"), suite.get("errors")) == ("3", "2", "0")
    cases = {c.get("name"): c for c in suite.iter("testcase")}
    assert sorted(cases) == ['news/a&b <"q">.txt', "news/clean.txt", "news/ferry.md"]
    assert list(cases["news/clean.txt"]) == []
    failures = cases['news/a&b <"q">.txt'].findall("failure")
    assert [f.get("type") for f in failures] == ["NL201", "NL201"]
    assert failures[1].get("message") == "NL201 [duplicate-line] repeats line 3"
    assert failures[1].text == 'news/a&b <"q">.txt:5:1: NL201 [duplicate-line] repeats line 3'


# -- text options ----------------------------------------------------------------

def test_show_source_puts_a_caret_under_the_span(tmp_path):
    (tmp_path / "t.txt").write_text(f"Headline\n\n\t{CAPTION}\n\t{CAPTION}\n", encoding="utf-8")
    proc = lint(tmp_path, "--show-source", "t.txt")
    assert proc.stdout.splitlines()[:3] == [
        "t.txt:4:2: NL201 [duplicate-line] [*] repeats line 3",
        "        " + CAPTION,
        "        " + "^" * len(CAPTION),
    ]


def test_statistics_quiet_and_output_file(articles):
    proc = lint(articles, "--statistics", "news")
    assert proc.stdout.splitlines() == [
        "news/ferry.md:4:1: NL201 [duplicate-line] [*] repeats line 3",
        "     1  NL201  duplicate-line           in 1 document (50.0%)",
        "worst documents:",
        "     1  news/ferry.md",
        "Found 1 finding in 2 files (NL201: 1). [*] 1 fixable with --fix.",
    ]
    proc = lint(articles, "--quiet", "news")
    assert (proc.returncode, proc.stdout) == (1, "news/ferry.md:4:1: NL201 [duplicate-line] [*] repeats line 3\n")
    proc = lint(articles, "--quiet", "news/clean.txt")
    assert (proc.returncode, proc.stdout) == (0, "")
    proc = lint(articles, "--format", "json", "--output-file", "out/report.json", "news")
    assert proc.returncode == 1 and proc.stdout == ""
    report = json.loads((articles / "out" / "report.json").read_text(encoding="utf-8"))
    assert report["summary"] == {"files": 2, "documents": 2, "findings": 1, "by_rule": {"NL201": 1}}
    lines = lint(articles, "--format", "json-lines", "news").stdout.splitlines()
    assert [json.loads(line)["line"] for line in lines] == [4]


def test_output_file_that_cannot_be_written_is_a_usage_error(articles):
    proc = lint(articles, "--output-file", "news/ferry.md/x.txt", "news")
    assert proc.returncode == 2
    assert proc.stderr.startswith("newslint: error: news/ferry.md/x.txt: cannot write the report:")


def test_unknown_format_fails_before_linting(articles):
    proc = lint(articles, "--format", "sarf", "news")
    assert proc.returncode == 2
    assert proc.stderr.startswith("newslint: error: format: unknown output format 'sarf' (did you mean 'sarif'?)")
    assert proc.stdout == ""


def test_exit_zero_and_fail_level(articles, tmp_path):
    assert lint(articles, "news").returncode == 1
    assert lint(articles, "--exit-zero", "news").returncode == 0
    info = tmp_path / "info.toml"
    info.write_text('[rules.duplicate-line]\nseverity = "info"\n')
    def run(*a: str):
        return run_cli("--config", str(info), "--select", "duplicate-line", *a, "news", cwd=articles)

    assert run().returncode == 0  # info is below the default fail level (warning)
    assert run("--fail-level", "info").returncode == 1
    assert run("--fail-level", "error").returncode == 0
    error = tmp_path / "error.toml"
    error.write_text('fail-level = "error"\n[rules.duplicate-line]\nseverity = "error"\n')
    proc = run_cli("--config", str(error), "--select", "duplicate-line", "news", cwd=articles)
    assert proc.returncode == 1
    assert json.loads(
        run_cli("--config", str(error), "--select", "duplicate-line", "--format", "json", "news", cwd=articles).stdout
    )["findings"][0]["severity"] == "error"


# -- colour ------------------------------------------------------------------------

ESC = "\x1b["


def test_colour_only_when_asked_or_on_a_terminal(articles):
    assert ESC in lint(articles, "--color", "always", "news").stdout
    # An explicit --color always wins over NO_COLOR (no-color.org: flags override it).
    assert ESC in lint(articles, "--color", "always", "news", env={"NO_COLOR": "1"}).stdout
    assert ESC not in lint(articles, "--color", "auto", "news", env={"NO_COLOR": ""}).stdout  # a pipe
    assert ESC not in lint(articles, "--color", "never", "news").stdout


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
@pytest.mark.parametrize("no_color, coloured", [(None, True), ("1", False)])
def test_colour_on_a_terminal_honours_no_color(articles, no_color, coloured):
    import pty

    env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
    if no_color is not None:
        env["NO_COLOR"] = no_color
    master, slave = pty.openpty()
    try:
        proc = subprocess.Popen(
            [*newslint_bin(), "--config", DEFAULT, "--select", "duplicate-line", "news"],
            cwd=articles, stdout=slave, stderr=subprocess.PIPE, env=env,
        )
        os.close(slave)
        chunks = []
        while True:
            try:
                data = os.read(master, 4096)
            except OSError:  # the terminal closes when the child exits
                break
            if not data:
                break
            chunks.append(data)
        assert proc.wait(timeout=120) == 1
    finally:
        os.close(master)
    out = b"".join(chunks).decode("utf-8", "replace")
    assert "NL201" in out
    assert (ESC in out) is coloured


def test_show_source_inside_jsonl_records_and_after_front_matter(tmp_path):
    (tmp_path / "r.jsonl").write_text(json.dumps({"text": f"{CAPTION}\n{CAPTION}"}) + "\n", encoding="utf-8")
    (tmp_path / "f.md").write_text(f"---\nauthor: Jane Roe\n---\nHeadline\n\n{CAPTION}\n{CAPTION}\n", encoding="utf-8")
    proc = lint(tmp_path, "--show-source", "r.jsonl", "f.md")
    assert proc.stdout.splitlines()[:6] == [
        "f.md:7:1: NL201 [duplicate-line] [*] repeats line 6",
        "    " + CAPTION,
        "    " + "^" * len(CAPTION),
        "r.jsonl#1:2:1: NL201 [duplicate-line] [*] repeats line 1",
        "    " + CAPTION,
        "    " + "^" * len(CAPTION),
    ]


def test_json_finding_text_is_the_walked_text_of_its_dict():
    """The json reporter writes a finding in one expression (fast, for a million
    findings); it must be the text the generic indenting walk gives its dict,
    for findings with and without suggestions, records and fixes of several edits,
    and for fields of a plugin's own types (which take the walk)."""
    from dataclasses import replace

    from newslint import lint_text
    from newslint.fixes import Edit, Fix
    from newslint.reporters.json_format import _indented, finding_dict, finding_text

    class Line(int):
        pass

    found = lint_text("Teh council met. The the plan &amp; “quote” \\é\n" + "".join(f"l{i % 7}\n" for i in range(12)))
    assert any(f.fix for f in found) and any(f.suggestions for f in found)
    cases = list(found)
    for f in found:
        cases.append(replace(f, record=3, suggestions=("a", 'b"\t')))
        cases.append(replace(f, fix=Fix((Edit(0, 1, "x\n", 1, 1, 1, 2), Edit(2, 3, "", 1, 3, 1, 4)), "unsafe", "m ✓")))
        cases.append(replace(f, line=Line(f.line)))
    for f in cases:
        walked: list[str] = []
        _indented(finding_dict(f), "    ", walked)
        assert finding_text(f) == "".join(walked)
