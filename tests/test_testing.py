"""newslint.testing: the rule-test helper plugin authors (and newslint's own tests) use."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from newslint import Finding, hookimpl, rule
from newslint.testing import assert_findings, assert_no_findings, findings, render, rules_of

from .conftest import ROOT


@rule("TEST101", "shout", options={"min-length": 4})
def shout(doc, ctx):
    """Words in capitals."""
    import regex

    for m in regex.finditer(r"\b[A-Z]{%d,}\b" % ctx.options["min-length"], doc.text):
        yield ctx.finding(m.start(), m.end(), f"'{m.group()}' in capitals", suggestions=[m.group().title()])


@rule("TEST102", "broken")
def broken(doc, ctx):
    """Always fails."""
    raise RuntimeError("boom")


class plugin_module:  # anything with the hook works as a "module"
    @staticmethod
    @hookimpl
    def newslint_register_rules():
        return [shout]


TEXT = "Markets were CALM.\nThen PANIC set in.\n"


def test_rule_target_exact_findings() -> None:
    found = assert_findings(
        shout,
        TEXT,
        [
            "1:14 TEST101 'CALM' in capitals (did you mean 'Calm'?)",
            "2:6-2:11 shout",  # by name, with the end (exclusive) and no message
        ],
    )
    assert all(isinstance(f, Finding) for f in found)
    assert found[1].suggestions == ("Panic",)


def test_order_does_not_matter_and_render_round_trips() -> None:
    rendered = render(findings(shout, TEXT))
    assert rendered == [
        "1:14 TEST101 'CALM' in capitals (did you mean 'Calm'?)",
        "2:6 TEST101 'PANIC' in capitals (did you mean 'Panic'?)",
    ]
    assert_findings(shout, TEXT, list(reversed(rendered)))


def test_mismatch_lists_missing_unexpected_and_all() -> None:
    with pytest.raises(AssertionError) as info:
        assert_findings(shout, TEXT, ["1:14 TEST101", "2:1 TEST101"])
    assert str(info.value) == (
        "findings differ\n"
        "  missing:    2:1 TEST101\n"
        "        | Then PANIC set in.\n"
        "  unexpected: 2:6 TEST101 'PANIC' in capitals (did you mean 'Panic'?)\n"
        "        | Then PANIC set in.\n"
        "all findings (with ends):\n"
        "  1:14-1:18 TEST101 'CALM' in capitals (did you mean 'Calm'?)\n"
        "  2:6-2:11 TEST101 'PANIC' in capitals (did you mean 'Panic'?)"
    )
    # a wrong message is a mismatch too, and so is a finding too many
    with pytest.raises(AssertionError, match="missing:    1:14 TEST101 'CALM' is loud"):
        assert_findings(shout, TEXT, ["1:14 TEST101 'CALM' is loud", "2:6 TEST101"])
    with pytest.raises(AssertionError, match="unexpected: 2:6 TEST101"):
        assert_findings(shout, TEXT, ["1:14 TEST101"])
    with pytest.raises(AssertionError, match="the rules found nothing"):
        assert_findings(shout, "calm\n", ["1:1 TEST101"])


def test_options_are_checked_like_the_config_file() -> None:
    assert_findings(shout, TEXT, ["2:6 TEST101"], options={"min-length": 5})
    assert_findings(shout, TEXT, ["2:6 TEST101"], options={"shout": {"min-length": 5}})
    found = assert_findings(shout, TEXT, ["1:14 TEST101", "2:6 TEST101"], options={"severity": "error"})
    assert {str(f.severity) for f in found} == {"error"}
    with pytest.raises(ValueError, match="rule shout has no option 'min-lenght' \\(did you mean 'min-length'\\?\\)"):
        findings(shout, TEXT, options={"min-lenght": 5})
    with pytest.raises(TypeError, match="option 'min-length' of rule shout: expected an integer, got a string"):
        findings(shout, TEXT, options={"min-length": "5"})


def test_plugin_module_and_plugin_file_targets() -> None:
    assert_findings(plugin_module, TEXT, ["1:14 TEST101", "2:6 TEST101"])
    assert [r.plugin for r in rules_of(plugin_module)] == ["plugin_module"]
    # a local plugin file, by path; metadata stands in for front matter
    credit = ROOT / "plugins" / "credit_line.py"
    article = "One.\nTwo.\nThree.\n"
    assert_findings(credit, article, ["3:1 missing-credit-line"])
    assert_no_findings(credit, article, metadata={"byline": "Ana Lima"})
    # several targets at once
    assert_findings([shout, credit], TEXT + "Three.\n", ["1:14 TEST101", "2:6 TEST101", "3:1 HOUSE201"])


def test_a_crash_reaches_the_test_with_its_traceback() -> None:
    with pytest.raises(RuntimeError, match="boom"):
        findings(broken, TEXT)


def test_rule_name_target_runs_the_real_engine() -> None:
    text = "The minister spoke on Monday at noon.\nThe minister spoke on Monday at noon.\n"
    assert_findings("duplicate-line", text, ["2:1-2:38 NL201 repeats line 1"])
    assert_findings("NL201", text, ["2:1 duplicate-line"], options={"min-words": 4})
    assert_no_findings("duplicate-line", text, options={"min-words": 20})
    # inline suppressions apply, as on the command line
    assert_no_findings("duplicate-line", text.replace("noon.\n", "noon. # newslint: ignore[NL201]\n", 2))
    # the reader is chosen by path: front matter is not part of the text
    md = "---\nauthor: Ana Lima\n---\n" + text
    assert_findings("duplicate-line", md, ["5:1 NL201 repeats line 4"], path="story.md")
    # local plugins by path for name targets
    assert_findings("cliche", "A perfect storm.\n", ["1:1 HOUSE101"], plugins=[ROOT / "plugins"])


def test_rule_name_target_turns_a_crash_into_a_failure(tmp_path: Path) -> None:
    (tmp_path / "crash.py").write_text(
        "from newslint import hookimpl, rule\n"
        "@rule('ACME901', 'crash')\n"
        "def crash(doc, ctx):\n"
        "    raise KeyError('x')\n"
        "@hookimpl\n"
        "def newslint_register_rules():\n"
        "    return [crash]\n",
        encoding="utf-8",
    )
    with pytest.raises(AssertionError, match=r"rule ACME901 \(crash\) in plugin local:crash at .*crash.py:4 crashed: KeyError"):
        findings("crash", "Text.\n", plugins=[tmp_path / "crash.py"])


def test_the_example_plugin_package_rule(monkeypatch) -> None:
    # The package's own test, as a plugin author would write it.
    monkeypatch.syspath_prepend(str(ROOT / "tests" / "plugin_package"))
    import newslint_example_plugin as plugin

    try:
        assert_findings(
            plugin,
            'Shares rose sharply!!\n"Why now?!" she asked.\n',
            ["1:20 PKG101 '!!': one mark is enough (did you mean '!'?)", "2:9 PKG101"],
        )
        assert_no_findings(plugin, '"Why now?!" she asked.\n', options={"allow": ["?!"]})
    finally:
        sys.modules.pop("newslint_example_plugin", None)


def test_bad_expectations_are_explained() -> None:
    with pytest.raises(ValueError, match="is not 'LINE:COL RULE \\[message\\]'"):
        assert_findings(shout, TEXT, ["TEST101 at 1:14"])
    with pytest.raises(TypeError, match="expected must be a list"):
        assert_findings(shout, TEXT, "1:14 TEST101")  # type: ignore[arg-type]
