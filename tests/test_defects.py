"""Regression tests for the defects a new user met (issue 11), one per row,
through the real command line or the public API."""
from __future__ import annotations

import gzip
import json
import textwrap
from pathlib import Path

import pytest

import newslint
from newslint import lint_paths

DUPLICATE = "Headline\n\nA caption scraped twice from the page.\nA caption scraped twice from the page.\n"


def plugin(folder: Path, name: str, body: str) -> Path:
    path = folder / f"{name}.py"
    path.write_text(textwrap.dedent(body), encoding="utf-8")
    return path


RULE_HEAD = """\
    from newslint import Finding, Severity, hookimpl, rule

    @rule("ACME{n}", "acme-check")
    def check(doc, ctx):
"""


def broken_rule(tmp_path: Path, body: str, n: int = 101) -> None:
    plugin(tmp_path, "acme_rules", RULE_HEAD.format(n=n) + textwrap.indent(textwrap.dedent(body), "        ") + """
    @hookimpl
    def newslint_register_rules():
        return [check]
""")
    (tmp_path / "a.txt").write_text(DUPLICATE, encoding="utf-8")


def errors_of(result) -> list[str]:
    return [line for line in result.stdout.splitlines() if " NL003 " in line]


# -- rows 1 and 2: what a rule returns is checked ----------------------------------


@pytest.mark.parametrize(
    "body, said",
    [
        ("yield (0, 1, 'oops')\n", "yielded (0, 1, 'oops') (tuple), not a Finding"),
        ("return 5\n", "returned 5 (int), not an iterable of findings"),
        (
            "yield Finding(doc.path, 2, 5, 1, 1, 'ACME101', 'acme-check', Severity.WARNING, 'x')\n",
            "yielded a bad Finding: ends at 1:1, before it starts at 2:5",
        ),
    ],
    ids=["tuple", "return-int", "end-before-start"],
)
def test_rule_output_that_is_not_a_finding_is_nl003(tmp_path: Path, cli, body: str, said: str) -> None:
    broken_rule(tmp_path, body)
    result = cli("--plugin", "acme_rules.py", "a.txt", cwd=tmp_path)
    (line,) = errors_of(result)
    assert line.startswith("a.txt:1:1: NL003 [rule-error] rule ACME101 (acme-check) in plugin local:acme_rules at acme_rules.py:3 broke the rule contract: ")
    assert said in line
    # The run goes on: the built-in rules still report the duplicated caption.
    assert "a.txt:4:1: NL201 [duplicate-line] [*] repeats line 3" in result.stdout
    assert result.returncode == 1


@pytest.mark.parametrize(
    "call, said",
    [
        ("ctx.finding(0, 4, 'a\\nb')", "ValueError: ctx.finding(..., message='a\\nb'): the message must be one line of text"),
        ("ctx.finding(0, 4, 'x', suggestions='abc')", "TypeError: ctx.finding(..., suggestions='abc'): suggestions must be a list of strings (did you mean ['abc']?)"),
        ("ctx.finding(5, 2, 'x')", "ValueError: ctx.finding(5, 2, ...): end is before start"),
    ],
    ids=["multi-line-message", "string-suggestions", "end-before-start"],
)
def test_bad_ctx_finding_names_the_plugin_line(tmp_path: Path, cli, call: str, said: str) -> None:
    broken_rule(tmp_path, f"yield {call}\n")
    (line,) = errors_of(cli("--plugin", "acme_rules.py", "a.txt", cwd=tmp_path))
    assert line == f"a.txt:1:1: NL003 [rule-error] rule ACME101 (acme-check) in plugin local:acme_rules at acme_rules.py:5 crashed: {said}"


# -- row 3: element types of list options -------------------------------------------


def test_list_option_elements_are_type_checked(tmp_path: Path, cli) -> None:
    (tmp_path / ".newslint.toml").write_text("[rules.typo]\nallow = [1, 2]\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Fine text.\n", encoding="utf-8")
    result = cli("a.txt", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.strip() == (
        f"newslint: error: {tmp_path / '.newslint.toml'}:2: rules.typo.allow: element 1 is an integer (1), expected a string"
    )


# -- row 4: a plugin whose register hook raises ----------------------------------------


def test_register_failure_names_plugin_line_and_switch_and_version_still_works(tmp_path: Path, cli) -> None:
    plugin(tmp_path, "acme", """\
        from newslint import hookimpl

        @hookimpl
        def newslint_register_rules():
            raise RuntimeError("no rules file")
    """)
    (tmp_path / "a.txt").write_text(DUPLICATE, encoding="utf-8")
    result = cli("--plugin", "acme.py", "a.txt", cwd=tmp_path)
    assert (result.returncode, result.stderr.strip()) == (
        2,
        "newslint: error: plugin local:acme (acme.py:5): newslint_register_rules raised RuntimeError: no rules file; "
        "run with --disable-plugin local:acme to lint without it",
    )
    version = cli("--plugin", "acme.py", "--version", cwd=tmp_path)
    assert version.returncode == 0 and version.stdout.startswith("newslint ")
    assert "local:acme (acme.py)" in version.stdout and "newslint: warning: plugin local:acme (acme.py:5)" in version.stderr
    rules = cli("rules", "--plugin", "acme.py", cwd=tmp_path)
    assert rules.returncode == 0 and "NL101" in rules.stdout
    assert cli("--plugin", "acme.py", "--disable-plugin", "local:acme", "a.txt", cwd=tmp_path).returncode == 1


# -- row 5: a misspelt --disable-plugin ---------------------------------------------


def test_disable_plugin_typo_is_an_error_with_a_hint(tmp_path: Path, cli) -> None:
    plugin(tmp_path, "acme_style", "from newslint import hookimpl\n")
    (tmp_path / "a.txt").write_text("Fine text.\n", encoding="utf-8")
    result = cli("--plugin", "acme_style.py", "--disable-plugin", "acme", "a.txt", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.startswith("newslint: error: --disable-plugin acme: no plugin of that name (did you mean 'acme-style'?)")


# -- row 6: a config outside the working folder ----------------------------------------


def test_config_plugins_outside_the_working_folder_are_skipped_with_a_note(tmp_path: Path, cli) -> None:
    repo = tmp_path / "repo"
    (repo / "plugins").mkdir(parents=True)
    plugin(repo / "plugins", "credit", """\
        from newslint import hookimpl, rule

        @rule("ACME201", "missing-credit", options={"last-lines": 3})
        def check(doc, ctx):
            yield ctx.finding(0, 1, "no credit")

        @hookimpl
        def newslint_register_rules():
            return [check]
    """)
    (repo / ".newslint.toml").write_text(
        'plugins = ["plugins"]\nselect = ["NL2", "ACME201"]\n[rules.missing-credit]\nlast-lines = 5\n', encoding="utf-8"
    )
    (repo / "seeds").mkdir()
    (repo / "seeds" / "a.txt").write_text(DUPLICATE, encoding="utf-8")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    outside = cli(str(repo / "seeds"), cwd=elsewhere)
    assert outside.returncode == 1, outside.stderr
    assert "NL201" in outside.stdout and "ACME201" not in outside.stdout
    (note,) = outside.stderr.splitlines()
    assert note.startswith(f"newslint: note: {repo / '.newslint.toml'}: its plugins (plugins) were not loaded")
    assert f"pass --config {repo / '.newslint.toml'} to load them" in note
    inside = cli("seeds", cwd=repo)
    assert "ACME201" in inside.stdout and inside.stderr == ""
    trusted = cli("--config", str(repo / ".newslint.toml"), str(repo / "seeds"), cwd=elsewhere)
    assert "ACME201" in trusted.stdout


# -- row 7: gzip ---------------------------------------------------------------------


def test_gzip_files_are_walked_and_read(tmp_path: Path, cli) -> None:
    records = [{"text": DUPLICATE, "author": "Jane Doe"}, {"text": "Headline\n\nNo problem here at all.\n", "author": "Jane Doe"}]
    lines = "".join(json.dumps(r) + "\n" for r in records)
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "corpus.jsonl.gz").write_bytes(gzip.compress(lines.encode()))
    (tmp_path / "corpus" / "story.txt.gz").write_bytes(gzip.compress(DUPLICATE.encode()))
    (tmp_path / "corpus" / "bad.txt.gz").write_bytes(gzip.compress(DUPLICATE.encode())[:-12])
    result = cli("--select", "NL201", "corpus", cwd=tmp_path)
    assert result.stdout.splitlines() == [
        "corpus/bad.txt.gz:1:1: NL001 [unreadable] not a readable gzip file: it ends before its data does (truncated?)",
        "corpus/corpus.jsonl.gz#1:4:1: NL201 [duplicate-line] [*] repeats line 3",
        "corpus/story.txt.gz:4:1: NL201 [duplicate-line] [*] repeats line 3",
        "Found 3 findings in 3 files (NL001: 1, NL201: 2). [*] 2 fixable with --fix.",
    ]


# -- row 8: the Python API finds and applies config ------------------------------------


def test_lint_paths_applies_the_config_beside_the_files(tmp_path: Path) -> None:
    (tmp_path / ".newslint.toml").write_text('ignore = ["typo"]\n', encoding="utf-8")
    (tmp_path / "a.txt").write_text("The council was encourafged by the vote.\n" + DUPLICATE, encoding="utf-8")
    rules = {f.rule for f in lint_paths([tmp_path / "a.txt"]).findings}
    assert "NL101" not in rules and "NL201" in rules
    other = tmp_path / "other.toml"
    other.write_text('select = ["typo"]\n', encoding="utf-8")
    assert {f.rule for f in lint_paths([tmp_path / "a.txt"], config=other).findings} == {"NL101"}
    assert {f.rule for f in lint_paths([tmp_path / "a.txt"], select=["NL201"]).findings} == {"NL201"}


def test_api_keyword_typo_lists_the_accepted_keywords() -> None:
    with pytest.raises(TypeError) as err:
        lint_paths(["a.txt"], selct=["typo"])  # type: ignore[call-arg]
    assert str(err.value).startswith(
        "lint_paths() got an unexpected keyword argument 'selct' (did you mean 'select'?); it accepts: paths, config, select,"
    )
    with pytest.raises(TypeError, match=r"lint_text\(\) got an unexpected keyword argument 'ignroe' \(did you mean 'ignore'\?\)"):
        newslint.lint_text("x", ignroe=["typo"])  # type: ignore[call-arg]


def test_lint_paths_applies_the_baseline(tmp_path: Path, cli) -> None:
    (tmp_path / "a.txt").write_text(DUPLICATE, encoding="utf-8")
    assert cli("--write-baseline", "known.json", "a.txt", cwd=tmp_path).returncode == 0
    (tmp_path / ".newslint.toml").write_text('baseline = "known.json"\n', encoding="utf-8")
    assert lint_paths([tmp_path / "a.txt"]).findings == []
    assert [f.rule for f in lint_paths([tmp_path / "a.txt"], baseline=False).findings] == ["NL201"]


# -- row 9: a JSONL field of the wrong type ---------------------------------------------


def test_jsonl_text_of_the_wrong_type_is_named(tmp_path: Path, cli) -> None:
    (tmp_path / "c.jsonl").write_text('{"text": 5}\n{"body": ["a"]}\n{"title": "x"}\n', encoding="utf-8")
    assert cli("c.jsonl", cwd=tmp_path).stdout.splitlines()[:3] == [
        "c.jsonl#1:1:1: NL001 [unreadable] record 1: field 'text' is a number, not a string",
        "c.jsonl#2:2:1: NL001 [unreadable] record 2: field 'body' is an array, not a string",
        "c.jsonl#3:3:1: NL001 [unreadable] record 3 has no text field (text / content / body / article / maintext)",
    ]


# -- row 10: --show-traceback shows a crashed rule's traceback -------------------------------


def test_show_traceback_prints_the_rule_traceback(tmp_path: Path, cli) -> None:
    broken_rule(tmp_path, "yield ctx.finding(0, 1, str(1 / 0))\n")
    quiet = cli("--plugin", "acme_rules.py", "a.txt", cwd=tmp_path)
    assert "Traceback" not in quiet.stderr
    loud = cli("--plugin", "acme_rules.py", "--show-traceback", "a.txt", cwd=tmp_path)
    assert loud.stderr.startswith("newslint: traceback of rule ACME101 (acme-check) on a.txt:\nTraceback (most recent call last):")
    assert 'acme_rules.py", line 5, in check' in loud.stderr and loud.stderr.rstrip().endswith("ZeroDivisionError: division by zero")


# -- row 12: --statistics counts records ----------------------------------------------


def test_statistics_on_jsonl_counts_records(tmp_path: Path, cli) -> None:
    records = [{"text": DUPLICATE, "author": "Jane Doe"}] * 3 + [{"text": "Headline\n\nAll fine.\n", "author": "Jane Doe"}]
    (tmp_path / "c.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    assert cli("--statistics", "--select", "NL201", "c.jsonl", cwd=tmp_path).stdout.splitlines() == [
        "c.jsonl#1:4:1: NL201 [duplicate-line] [*] repeats line 3",
        "c.jsonl#2:4:1: NL201 [duplicate-line] [*] repeats line 3",
        "c.jsonl#3:4:1: NL201 [duplicate-line] [*] repeats line 3",
        "     3  NL201  duplicate-line           in 3 documents (75.0%)",
        "worst documents:",
        "     1  c.jsonl record 1",
        "     1  c.jsonl record 2",
        "     1  c.jsonl record 3",
        "Found 3 findings in 1 file (4 documents) (NL201: 3). [*] 3 fixable with --fix.",
    ]


# -- row 11: which JSONL fields credit the article ---------------------------------------


def test_jsonl_credit_fields_path_values_and_configured_author_fields(tmp_path: Path, cli) -> None:
    story = (
        "Council backs new ferry\n\nThe council voted on Tuesday to fund a new ferry for the island, "
        "which has relied on a single ageing boat for twenty years. The first sailings are planned "
        "for next spring, once the harbour works are finished and the crews have been trained.\n"
    )
    records = [
        {"text": story, "source": "/data/crawl/2024/ferry.html"},
        {"text": story, "desk_field": "Ana Lima"},
    ]
    (tmp_path / "c.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    found = cli("--select", "missing-attribution", "c.jsonl", cwd=tmp_path).stdout.splitlines()
    # A file path is no credit, and an unknown field name is not read as a byline.
    assert [line.split(":")[0] for line in found if " NL401 " in line] == ["c.jsonl#1", "c.jsonl#2"]
    (tmp_path / ".newslint.toml").write_text('jsonl-author-fields = ["desk_field"]\n', encoding="utf-8")
    found = cli("--select", "missing-attribution", "c.jsonl", cwd=tmp_path).stdout.splitlines()
    assert [line.split(":")[0] for line in found if " NL401 " in line] == ["c.jsonl#1"]
