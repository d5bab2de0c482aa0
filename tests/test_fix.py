"""--fix and friends on the command line (in process), the seeds' golden fix,
the JSON/SARIF fix objects, --output-dir and newslint.fix_text.

The no-data-loss guarantees have their own file (test_fix_safety.py) and the
properties theirs (test_fix_properties.py)."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

import newslint
from newslint import fix_text
from newslint.cli import main

from .conftest import GOLDEN, ROOT

FIXED = GOLDEN / "fix"
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
CONFIG = str(ROOT / ".newslint.toml")


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(["--color", "never", *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def seeds(tmp_path, monkeypatch) -> Path:
    """A copy of seeds/ in a temporary working folder (run with cwd there)."""
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)
    return tmp_path / "seeds"


def _golden(path: Path, text: str, update: bool) -> None:
    if update or not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text.encode("utf-8"))
        if not update:
            pytest.fail(f"wrote new expectation {path.relative_to(ROOT)}; review and rerun")
    assert text == path.read_bytes().decode("utf-8")


# -- the seeds ---------------------------------------------------------------------------

# Article text a fix must never remove (DESIGN.md section 4).
KEPT = {
    "000_3ce34696dd0060a3.txt": [
        "Xi Jinping Orders China's State-Owned Enterprises to Secure Critical Tech",
        "In remarks delivered to a meeting of central SOE leaders",
        "Why Double Down on State Control?",
        "However, this approach isn't without its critics.",
    ],
    "001_2ccb0959de7edc47.txt": [
        "China Urges State Giants to Lead Tech Fightback Against US",
        "Beijing has called on its state-owned enterprises",
        "China has issued a rallying call",
        "With many Chinese firms and industries hit",
        "China now hopes to turn some of its state giants",
        "State firms controlled by the central government",
        "“It is necessary to support central enterprises",
        "Big state firms should boost investment in basic research",
        "However, analysts say China’s private firms",
        "Last week, Chinese leaders pledged",
        "China has unveiled a “new whole-nation system”",
        "  • Reuters with additional editing by Sean O’Meara",
        "\nSean O'Meara\n",
        "Sean O'Meara is an Editor at Asia Financial.",
    ],
}
REMOVED = {
    "000_3ce34696dd0060a3.txt": ["Related Articles", "China experienced its first-ever", "Analyzing the geopolitical"],
    "001_2ccb0959de7edc47.txt": [
        "Type to search", "Also on AF:", "Read more:", "China Focused on Global Tech Dominance",
        "China Has Big Lead in Critical Emerging Technologies", "AF China Bond",
    ],
}


def test_fix_cleans_the_seeds_and_keeps_the_article(capsys, seeds, update_golden):
    code, out, err = run(capsys, "--config", CONFIG, "--fix", "--show-fixes", "seeds/")
    _golden(FIXED / "seeds-fix.expected", out, update_golden)
    _golden(FIXED / "seeds-fix.stderr", err, update_golden)
    assert code == 1  # attribution findings are left: nothing fixes those
    for name, kept in KEPT.items():
        text = (seeds / name).read_text(encoding="utf-8")
        _golden(FIXED / "safe" / name, text, update_golden)
        for piece in kept:
            assert piece in text, piece
        for piece in REMOVED[name]:
            assert piece not in text, piece
    caption = "China's big state firms have been encourafged to boost investment in research."
    assert (seeds / "001_2ccb0959de7edc47.txt").read_text(encoding="utf-8").count(caption) == 1
    # The AI notice is an unsafe fix: kept without --unsafe-fixes.
    assert "This content is AI-generated" in (seeds / "000_3ce34696dd0060a3.txt").read_text(encoding="utf-8")
    assert "NL4" not in err  # attribution is never fixed


def test_unsafe_fixes_also_correct_the_typo(capsys, seeds, update_golden):
    code, out, err = run(capsys, "--config", CONFIG, "--fix", "--unsafe-fixes", "seeds/")
    for name in KEPT:
        text = (seeds / name).read_text(encoding="utf-8")
        _golden(FIXED / "unsafe" / name, text, update_golden)
    text = (seeds / "001_2ccb0959de7edc47.txt").read_text(encoding="utf-8")
    assert "encourafged" not in text
    assert text.count("China's big state firms have been encouraged to boost investment in research.") == 1
    assert "This content is AI-generated" not in (seeds / "000_3ce34696dd0060a3.txt").read_text(encoding="utf-8")
    assert "Fixed 16 findings in 2 files (NL101: 1, NL201: 1, NL301: 4, NL302: 9, NL501: 1)." in err


def test_diff_shows_the_fix_and_writes_nothing(capsys, seeds, update_golden):
    before = {p.name: p.read_bytes() for p in seeds.iterdir()}
    code, out, err = run(capsys, "--config", CONFIG, "--diff", "seeds/")
    assert code == 1  # something to fix
    _golden(FIXED / "seeds.diff", out, update_golden)
    assert err == "Would fix 14 findings in 2 files (NL201: 1, NL301: 4, NL302: 9).\n"
    assert {p.name: p.read_bytes() for p in seeds.iterdir()} == before
    run(capsys, "--config", CONFIG, "--fix", "seeds/")
    code, out, err = run(capsys, "--config", CONFIG, "--diff", "seeds/")
    assert (code, out, err) == (0, "", "No fixes available.\n")


def test_text_output_marks_what_fix_would_fix(capsys, seeds):
    code, out, _ = run(capsys, "--config", CONFIG, "seeds/")
    lines = out.splitlines()
    assert "seeds/001_2ccb0959de7edc47.txt:8:1: NL201 [duplicate-line] [*] repeats line 7" in lines
    assert "seeds/001_2ccb0959de7edc47.txt:7:35: NL101 [typo] possible misspelling" in out  # unsafe: no mark
    assert lines[-1].endswith(" [*] 14 fixable with --fix (3 more with --unsafe-fixes).")
    code, out, _ = run(capsys, "--config", CONFIG, "--unsafe-fixes", "seeds/")
    assert "7:35: NL101 [typo] [*] possible misspelling" in out
    assert out.splitlines()[-1].endswith(" [*] 17 fixable with --fix --unsafe-fixes.")


def test_fix_only_reports_nothing_but_what_it_fixed(capsys, seeds):
    code, out, err = run(capsys, "--config", CONFIG, "--fix-only", "seeds/")
    assert (code, out) == (0, "")
    assert err == "Fixed 14 findings in 2 files (NL201: 1, NL301: 4, NL302: 9).\n"
    code, out, err = run(capsys, "--config", CONFIG, "--fix-only", "--quiet", "seeds/")
    assert (code, out, err) == (0, "", "")


def test_select_limits_the_fixes(capsys, seeds):
    code, out, err = run(capsys, "--config", CONFIG, "--fix", "--select", "duplicate-line", "seeds/")
    assert err == "Fixed 1 finding in 1 file (NL201: 1).\n"
    assert "Type to search" in (seeds / "001_2ccb0959de7edc47.txt").read_text(encoding="utf-8")
    assert code == 0 and out.startswith("All clear")


@pytest.mark.parametrize(
    "bad",
    ["--output-dir clean", "--diff --fix", "--show-fixes", "--fix --write-baseline b.json"],
)
def test_fix_option_mistakes_are_usage_errors(capsys, seeds, bad):
    with pytest.raises(SystemExit) as exc:
        main([*bad.split(), "seeds/"])
    assert exc.value.code == 2
    assert "--" in capsys.readouterr().err


def test_fix_respects_suppressions_and_the_baseline(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    caption = "The minister opened the new ferry terminal on Monday."
    Path("a.txt").write_text(f"{caption}\n{caption} <!-- newslint: ignore[duplicate-line] -->\n", encoding="utf-8")
    Path("b.txt").write_text(f"{caption}\n{caption}\n", encoding="utf-8")
    assert run(capsys, "--select", "NL201", "--write-baseline", "known.json", "b.txt")[0] == 0
    code, out, err = run(capsys, "--select", "NL201", "--baseline", "known.json", "--fix", "a.txt", "b.txt")
    assert err == "No fixes applied.\n"
    assert Path("b.txt").read_text(encoding="utf-8") == f"{caption}\n{caption}\n"
    assert "ignore[duplicate-line]" in Path("a.txt").read_text(encoding="utf-8")


# -- what each rule's fix does -----------------------------------------------------------

TABLE = "Pos Player Plays Stats here"
# (rule, text, after the safe fixes, after the unsafe ones too)
RULE_FIXES = [
    ("NL303", "The firmâ€™s chief said profits rose.\n", "The firm’s chief said profits rose.\n", None),
    ("NL303", "Prices rose &amp; fell&nbsp;today.\n", "Prices rose & fell\u00a0today.\n", None),
    ("NL303", "The slip\u200bway opens soon.\n", "The slipway opens soon.\n", None),
    ("NL303", "First half\x0bsecond half of the report.\n", "First half second half of the report.\n", None),
    ("NL303", "Tags <p>stay</p> as they are.\n", "Tags <p>stay</p> as they are.\n", None),
    ("NL102", "The minister said the the talks would resume.\n", "The minister said the talks would resume.\n", None),
    # A repeat right below is a scraped copy; one further down may be a table header.
    (
        "NL201",
        f"{TABLE}\n{TABLE}\nrow one of the table\n\n{TABLE}\nrow two of the table\n",
        f"{TABLE}\nrow one of the table\n\n{TABLE}\nrow two of the table\n",
        f"{TABLE}\nrow one of the table\n\nrow two of the table\n",
    ),
    ("NL201", "The council met on Monday night.\nThe Council met on Monday night!\n", None, "The council met on Monday night.\n"),
    ("NL101", "The firms were encourafged to invest.\n", None, "The firms were encouraged to invest.\n"),
    ("NL501", "The council met.\nThis article was generated by AI.\nMore text follows.\n", None, "The council met.\nMore text follows.\n"),
    ("NL502", "Certainly! Here is a shorter version of the article.\nThe council met.\n", None, "The council met.\n"),
    ("NL301", "The council approved the terminal on Monday night.Type to search\n", None, "The council approved the terminal on Monday night.\n"),
    ("NL403", "Analysts say the plan will fail.\n", None, None),
]


@pytest.mark.parametrize("rule_id, text, safe, unsafe", RULE_FIXES, ids=[f"{c[0]}-{i}" for i, c in enumerate(RULE_FIXES)])
def test_each_rule_fixes_what_it_should(rule_id, text, safe, unsafe):
    safe = text if safe is None else safe
    assert fix_text(text, select=[rule_id]).text == safe
    assert fix_text(text, select=[rule_id], unsafe=True).text == (safe if unsafe is None else unsafe)


# -- machine-readable fixes --------------------------------------------------------------


def test_json_and_sarif_carry_the_edits(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("a.txt").write_text("Prices rose &amp; fell.\nThe the vote was close.\n", encoding="utf-8")
    code, out, _ = run(capsys, "--select", "NL102,NL303", "--format", "json", "a.txt")
    fixes = {f["rule"]: f["fix"] for f in json.loads(out)["findings"]}
    assert fixes["NL303"] == {
        "applicability": "safe",
        "message": "unescape the entity to '&'",
        "edits": [{"line": 1, "column": 13, "end_line": 1, "end_column": 18, "replacement": "&"}],
    }
    assert fixes["NL102"]["edits"] == [{"line": 2, "column": 4, "end_line": 2, "end_column": 8, "replacement": ""}]
    code, out, _ = run(capsys, "--select", "NL303", "--format", "sarif", "a.txt")
    (result,) = json.loads(out)["runs"][0]["results"]
    (change,) = result["fixes"][0]["artifactChanges"]
    assert change["artifactLocation"]["uri"] == "a.txt"
    assert change["replacements"] == [
        {
            "deletedRegion": {"startLine": 1, "startColumn": 13, "endLine": 1, "endColumn": 18},
            "insertedContent": {"text": "&"},
        }
    ]
    code, out, _ = run(capsys, "--select", "NL303", "--format", "json-lines", "a.txt")
    assert json.loads(out)["fix"]["applicability"] == "safe"


def test_findings_without_a_fix_say_so_in_json(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("a.txt").write_text("Analysts say the plan will fail.\n", encoding="utf-8")
    code, out, _ = run(capsys, "--select", "NL403", "--format", "json", "a.txt")
    assert [f["fix"] for f in json.loads(out)["findings"]] == [None]


# -- cleaned copies and standard input ---------------------------------------------------


def test_output_dir_mirrors_the_tree_and_leaves_the_sources(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    corpus = tmp_path / "corpus"
    (corpus / "2024" / "may").mkdir(parents=True)
    (corpus / "2024" / "may" / "a.txt").write_text("Type to search\n\nThe council met on Monday.\n", encoding="utf-8")
    (corpus / "b.md").write_text("---\nauthor: Jane Doe\n---\nA clean article about the council.\n", encoding="utf-8")
    before = {p: p.read_bytes() for p in corpus.rglob("*") if p.is_file()}
    code, out, err = run(capsys, "--select", "NL301", "--fix", "--output-dir", "clean", "corpus")
    assert {p: p.read_bytes() for p in corpus.rglob("*") if p.is_file()} == before
    assert (tmp_path / "clean" / "2024" / "may" / "a.txt").read_text(encoding="utf-8") == "The council met on Monday.\n"
    assert (tmp_path / "clean" / "b.md").read_bytes() == (corpus / "b.md").read_bytes()  # unchanged: copied
    assert err == "Fixed 1 finding in 1 file (NL301: 1).\n"
    assert code == 0 and out == "All clear: 2 files checked, no findings.\n"


def test_output_dir_names_what_is_left_in_the_copies(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("in").mkdir()
    Path("in/a.txt").write_text("Read more:\nAnalysts say it will fail.\n", encoding="utf-8")
    code, out, _ = run(capsys, "--select", "NL301,NL403", "--fix", "--output-dir", "out", "in")
    assert out.splitlines()[0] == f"{Path('out', 'a.txt')}:1:1: NL403 [vague-attribution] vague attribution 'Analysts say': name who says it"


def test_output_dir_refuses_two_files_for_one_copy(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for folder in ("x", "y"):
        Path(folder).mkdir()
        Path(folder, "a.txt").write_text("Read more:\n", encoding="utf-8")
    assert run(capsys, "--fix", "--output-dir", "out", "x/a.txt", "y/a.txt")[0] == 2
    assert not Path("out").exists()


def test_standard_input_is_fixed_to_standard_output(capsys, monkeypatch):
    import io
    import sys

    class Stdin:
        buffer = io.BytesIO("Share this article\nThe council met on Monday.\r\nThe council met on Monday.\r\n".encode())

    monkeypatch.setattr(sys, "stdin", Stdin)
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(io.BytesIO(), encoding="utf-8"))
    code = main(["--select", "NL201,NL301", "--fix", "-", "--stdin-filename", "a.txt"])
    sys.stdout.flush()
    assert sys.stdout.buffer.getvalue() == b"The council met on Monday.\r\n"
    assert code == 0
    assert "All clear" in capsys.readouterr().err


# -- the Python API and plugins ----------------------------------------------------------


def test_fix_text_returns_the_text_and_the_fixes():
    result = fix_text("Prices rose &amp; fell.\nThe the vote was close.\n", select=["NL102", "NL303"])
    assert result.text == "Prices rose & fell.\nThe vote was close.\n"
    assert [f.rule for f in result.fixed] == ["NL303", "NL102"]
    assert result.remaining == [] and result.problem is None
    typo = "The firms were encourafged to invest.\n"
    assert fix_text(typo, select=["typo"]).text == typo
    assert fix_text(typo, select=["typo"], unsafe=True).text == "The firms were encouraged to invest.\n"


def test_fix_text_rewrites_only_the_text_field_of_a_record():
    line = '{"id": 7,  "text": "Read more:\\nThe vote was close.", "url": "https://x/\\u00e9"}'
    result = fix_text(line + "\n", "feed.jsonl", select=["NL301"])
    assert result.text == '{"id": 7,  "text": "The vote was close.", "url": "https://x/\\u00e9"}\n'


def test_fix_text_checks_its_keywords():
    with pytest.raises(TypeError, match="unsafe"):
        fix_text("x", unsafes=True)


def test_a_plugin_rule_fixes_through_the_same_api(tmp_path):
    plugin = tmp_path / "figures.py"
    plugin.write_text(
        "from newslint import hookimpl, rule\n\n"
        "@rule('FIXT101', 'house-figures')\n"
        "def figures(doc, ctx):\n"
        "    '''Test rule.'''\n"
        "    at = doc.text.find(' per cent')\n"
        "    if at >= 0:\n"
        "        yield ctx.finding(at + 1, at + 9, \"write '%'\", fix=ctx.replacement(at, at + 9, '%'))\n\n"
        "@rule('FIXT102', 'bad-fix')\n"
        "def bad(doc, ctx):\n"
        "    '''Test rule.'''\n"
        "    yield ctx.finding(0, 1, 'bad', fix=ctx.replacement(0, len(doc.text) + 5, ''))\n\n"
        "@hookimpl\n"
        "def newslint_register_rules():\n"
        "    return [figures, bad]\n",
        encoding="utf-8",
    )
    result = fix_text("Rates rose 5 per cent.\n", plugins=[plugin], select=["FIXT101"])
    assert result.text == "Rates rose 5%.\n"
    broken = newslint.lint_text("Rates.\n", plugins=[plugin], select=["FIXT102"])
    assert [f.rule for f in broken] == ["NL003"]
    assert "is not a span of the text" in broken[0].message


def test_fixes_that_never_settle_stop_after_a_bounded_number_of_passes(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("grow.py").write_text(
        "from newslint import hookimpl, rule\n\n"
        "@rule('GROW101', 'grow')\n"
        "def grow(doc, ctx):\n"
        "    '''Test rule: always wants one more word.'''\n"
        "    yield ctx.finding(0, 0, 'more', fix=ctx.replacement(0, 0, 'more '))\n\n"
        "@hookimpl\n"
        "def newslint_register_rules():\n"
        "    return [grow]\n",
        encoding="utf-8",
    )
    Path("a.txt").write_text("text\n", encoding="utf-8")
    code, out, err = run(capsys, "--plugin", "grow.py", "--select", "GROW101", "--fix", "a.txt")
    assert Path("a.txt").read_text(encoding="utf-8") == "more " * 10 + "text\n"
    assert "a.txt: fixes still left after 10 passes; run again" in err


def test_the_example_plugin_fixes_house_spellings(capsys, tmp_path, monkeypatch):
    plugin = ROOT / "plugins" / "house_spelling.py"
    text = "Readers can E-mail the newsroom or use the web site.\n"
    result = fix_text(text, plugins=[plugin], select=["house-spelling"])
    assert result.text == "Readers can Email the newsroom or use the website.\n"
    assert [f.fix.message for f in result.fixed] == ["write 'Email'", "write 'website'"]
    # Off by default: the repository's config loads it, but only selecting it runs it.
    monkeypatch.chdir(tmp_path)
    Path("a.txt").write_text(text, encoding="utf-8")
    assert run(capsys, "--config", CONFIG, "--select", "NL2", "--diff", "a.txt")[1] == ""
    code, out, err = run(capsys, "--config", CONFIG, "--extend-select", "house-spelling", "--select", "HOUSE103", "--fix", "a.txt")
    assert Path("a.txt").read_text(encoding="utf-8") == result.text
    assert err == "Fixed 2 findings in 1 file (HOUSE103: 2).\n"


def test_the_fix_api_docs_match_the_example_plugin():
    """docs/plugins.md's Fixes section: its rule is the example plugin's code,
    and its test passes as written."""
    import re

    docs = (ROOT / "docs" / "plugins.md").read_text(encoding="utf-8")
    section = docs.split("### Fixes", 1)[1].split("\n## ", 1)[0]
    rule_code, test_code = re.findall(r"```python\n(.*?)```", section, re.S)
    source = (ROOT / "plugins" / "house_spelling.py").read_text(encoding="utf-8")
    body = [line for line in rule_code.splitlines() if '"""' not in line]
    assert all(line in source for line in body)
    namespace: dict = {"PLUGIN": ROOT / "plugins" / "house_spelling.py"}
    exec(compile(test_code, "docs/plugins.md", "exec"), namespace)
    namespace["test_house_spelling_fix"]()
