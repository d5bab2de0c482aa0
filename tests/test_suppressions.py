"""Inline suppressions through the real CLI: ignore, ignore-next-line,
disable/enable, file-ignore, [sic], and NL002 for directives that do nothing."""
from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import GOLDEN, run_cli

DEFAULT = str(GOLDEN / "default.toml")
CAPTION = "Commuters wait for the morning ferry at the old pier on Tuesday."


def lint(tmp_path: Path, name: str, text: str, select: str = "duplicate-line,unused-suppression", *extra: str):
    (tmp_path / name).write_text(text, encoding="utf-8")
    return run_cli("--config", DEFAULT, "--select", select, *extra, name, cwd=tmp_path)


def article(*lines: str) -> str:
    return "\n".join(["Harbour Board Approves New Ferry Terminal", "", *lines, ""])


def test_without_directives_the_repeat_is_reported(tmp_path):
    proc = lint(tmp_path, "a.md", article(CAPTION, CAPTION))
    assert proc.returncode == 1
    assert proc.stdout.splitlines()[0] == "a.md:4:1: NL201 [duplicate-line] [*] repeats line 3"


@pytest.mark.parametrize("directive", [
    "<!-- newslint: ignore[duplicate-line] -->",
    "<!-- newslint: ignore[NL201] -->",
    "<!-- newslint: ignore[NL2] -->",
    "<!--newslint:ignore[ duplicate-line , typo ]-->",
    "# newslint: ignore[ALL]",
    "// newslint: ignore[Duplicate-Line]",
])
def test_ignore_on_the_line_by_name_id_prefix_or_all(tmp_path, directive):
    # The directive text is blanked out for the rules, so the line still reads
    # as a repeat of the caption and the directive is used, not reported.
    proc = lint(tmp_path, "a.md", article(CAPTION, f"{CAPTION} {directive}"))
    assert proc.stdout == "All clear: 1 file checked, no findings.\n"
    assert proc.returncode == 0


def test_ignore_next_line_in_plain_text(tmp_path):
    text = article(CAPTION, "# newslint: ignore-next-line[duplicate-line]", CAPTION, CAPTION)
    proc = lint(tmp_path, "a.txt", text)
    assert proc.stdout.splitlines() == [
        "a.txt:6:1: NL201 [duplicate-line] [*] repeats line 3",
        "Found 1 finding in 1 file (NL201: 1). [*] 1 fixable with --fix.",
    ]


def test_disable_enable_block(tmp_path):
    text = article(
        CAPTION,
        "<!-- newslint: disable[duplicate-line] -->",
        CAPTION,
        "",
        CAPTION,
        "<!-- newslint: enable[duplicate-line] -->",
        CAPTION,
    )
    proc = lint(tmp_path, "a.md", text)
    assert proc.stdout.splitlines() == [
        "a.md:9:1: NL201 [duplicate-line] [*] repeats line 3",
        "Found 1 finding in 1 file (NL201: 1). [*] 1 fixable with --fix.",
    ]


def test_disable_without_enable_runs_to_the_end(tmp_path):
    text = article(CAPTION, "{% newslint: disable[NL201] %}", CAPTION, CAPTION)
    assert lint(tmp_path, "a.md", text).returncode == 0


def test_file_ignore_anywhere_in_the_file(tmp_path):
    text = article(CAPTION, CAPTION, "", "[//]: # (newslint: file-ignore[duplicate-line])")
    proc = lint(tmp_path, "a.md", text)
    assert proc.stdout == "All clear: 1 file checked, no findings.\n"


def test_prose_that_mentions_newslint_is_not_a_directive(tmp_path):
    text = article(CAPTION, f"{CAPTION} The newslint: ignore[duplicate-line] syntax is documented.")
    proc = lint(tmp_path, "a.md", text)
    # Not a directive: the line differs from the caption, so nothing is silenced and
    # nothing is reported as unused.
    assert proc.stdout == "All clear: 1 file checked, no findings.\n"
    text = article(CAPTION, CAPTION, "Editors write newslint: ignore[duplicate-line] to silence it.")
    proc = lint(tmp_path, "b.md", text)
    assert proc.stdout.splitlines()[0] == "b.md:4:1: NL201 [duplicate-line] [*] repeats line 3"
    assert "NL002" not in proc.stdout


def test_directive_without_rules_is_reported(tmp_path):
    proc = lint(tmp_path, "a.md", article("The board met on Monday. <!-- newslint: ignore -->"))
    assert proc.returncode == 1
    assert proc.stdout.splitlines()[0] == (
        "a.md:3:31: NL002 [unused-suppression] 'newslint: ignore' names no rule, "
        "so it silences nothing; list the rules: ignore[RULE,...]"
    )
    proc = lint(tmp_path, "b.md", article("<!-- newslint: disable[] -->", "The board met."))
    assert "b.md:3:6: NL002 [unused-suppression] 'newslint: disable' names no rule" in proc.stdout


def test_unused_directive_is_reported_only_for_selected_rules(tmp_path):
    text = article("The board met on Monday. <!-- newslint: ignore[duplicate-line] -->")
    proc = lint(tmp_path, "a.md", text)
    assert proc.stdout.splitlines() == [
        "a.md:3:31: NL002 [unused-suppression] unused suppression: ignore[duplicate-line] silenced no finding",
        "Found 1 finding in 1 file (NL002: 1).",
    ]
    # typo is not selected here, so a directive for it may matter elsewhere: quiet.
    text = article("The board met on Monday. <!-- newslint: ignore[typo] -->")
    assert lint(tmp_path, "b.md", text).returncode == 0
    # ... and NL002 itself can be switched off.
    text = article("The board met on Monday. <!-- newslint: ignore[duplicate-line] -->")
    assert lint(tmp_path, "c.md", text, "duplicate-line").returncode == 0


def test_unused_block_and_unmatched_enable(tmp_path):
    text = article(
        "<!-- newslint: disable[duplicate-line] -->",
        "The board met on Monday.",
        "<!-- newslint: enable[duplicate-line] -->",
        "<!-- newslint: enable[NL201] -->",
    )
    proc = lint(tmp_path, "a.md", text)
    assert proc.stdout.splitlines() == [
        "a.md:3:6: NL002 [unused-suppression] unused suppression: disable[duplicate-line] silenced no finding",
        "a.md:6:6: NL002 [unused-suppression] enable[NL201] closes no earlier disable",
        "Found 2 findings in 1 file (NL002: 2).",
    ]


def test_unknown_rule_in_directive(tmp_path):
    text = article(CAPTION, f"{CAPTION} <!-- newslint: ignore[duplicate-lines] -->")
    proc = lint(tmp_path, "a.md", text)
    assert (
        "a.md:4:71: NL002 [unused-suppression] 'newslint: ignore' names unknown rule 'duplicate-lines' "
        "(did you mean 'duplicate-line'?)"
    ) in proc.stdout.splitlines()
    assert "a.md:4:1: NL201 [duplicate-line] [*] repeats line 3" in proc.stdout.splitlines()


def test_unused_suppression_can_itself_be_silenced(tmp_path):
    text = article(
        "<!-- newslint: file-ignore[unused-suppression] -->",
        "The board met on Monday. <!-- newslint: ignore[duplicate-line] -->",
    )
    assert lint(tmp_path, "a.md", text).returncode == 0


def test_directive_inside_a_jsonl_record(tmp_path):
    record = '{"text": "%s\\n%s <!-- newslint: ignore[duplicate-line] -->\\n%s"}\n' % (CAPTION, CAPTION, CAPTION)
    proc = lint(tmp_path, "a.jsonl", record)
    assert proc.stdout.splitlines() == [
        "a.jsonl#1:3:1: NL201 [duplicate-line] [*] repeats line 1",
        "Found 1 finding in 1 file (NL201: 1). [*] 1 fixable with --fix.",
    ]


def test_sic_silences_the_typo_rule_for_that_word_only(tmp_path):
    text = article(
        'The ministry said it had "encourafged" [sic] state firms to invest.',
        "The ministry encourafged private firms as well.",
    )
    proc = lint(tmp_path, "a.md", text, "typo")
    typo_lines = [line for line in proc.stdout.splitlines() if " NL101 [typo]" in line]
    assert [line.split(" [typo]")[0] for line in typo_lines] == ["a.md:4:14: NL101"]


def test_directive_does_not_create_findings_of_other_rules(tmp_path):
    # A line holding only a directive, twice: without masking it would be a
    # duplicate line itself (and <!-- would read as markup to a markup rule).
    text = article(
        "<!-- newslint: ignore-next-line[typo] -->",
        "The ministry encourafged private firms to invest.",
        "<!-- newslint: ignore-next-line[typo] -->",
        "The ministry encourafged state firms to invest too.",
    )
    proc = lint(tmp_path, "a.md", text, "duplicate-line,typo,unused-suppression")
    assert proc.stdout == "All clear: 1 file checked, no findings.\n"


def test_directives_are_not_markup_residue(tmp_path):
    text = article(
        "The board met on Monday. <!-- editor: check the date -->",
        "The board met again on Tuesday. <!-- newslint: ignore[typo] -->",
        "<!-- newslint: disable[duplicate-line] -->",
        "<!-- newslint: enable[duplicate-line] -->",
    )
    proc = lint(tmp_path, "a.md", text, "markup-residue")
    flagged = [line.split(": NL303")[0] for line in proc.stdout.splitlines() if ": NL303 " in line]
    # An ordinary HTML comment is residue; the directives are not.
    assert flagged == ["a.md:3:26"]
