"""Every hook of the plugin contract, exercised through the real CLI with a local plugin.

Each hook in newslint/hookspecs.py has a ``test_<hook name>`` here and a heading in
docs/plugins.md; ``test_every_hook_is_documented_and_tested`` fails when either is
missing, so a new hook cannot ship undocumented.
"""
from __future__ import annotations

import inspect
import json
import re
import sys
import textwrap
from pathlib import Path

from newslint import hookspecs

from .conftest import ROOT

HOOKS = sorted(name for name in dir(hookspecs) if name.startswith("newslint_"))


def write(folder: Path, name: str, source: str) -> Path:
    path = folder / name
    path.write_text(textwrap.dedent(source), encoding="utf-8")
    return path


def test_every_hook_is_documented_and_tested() -> None:
    assert HOOKS == [
        "newslint_configure",
        "newslint_read_documents",
        "newslint_register_reporters",
        "newslint_register_rules",
    ]
    docs = (ROOT / "docs" / "plugins.md").read_text(encoding="utf-8")
    headings = set(re.findall(r"^#{2,4} `(newslint_\w+)", docs, re.M))
    tests = {name[len("test_"):] for name, fn in inspect.getmembers(sys.modules[__name__], inspect.isfunction)}
    for hook in HOOKS:
        assert hook in headings, f"docs/plugins.md has no heading for {hook}"
        assert hook in tests, f"tests/test_hooks.py has no test_{hook}"
        # the documented signature is the real one
        signature = f"{hook}{inspect.signature(getattr(hookspecs, hook))}".replace("'", "")
        assert signature.split(" ->")[0] in docs, f"docs/plugins.md does not show {signature}"
    assert headings <= set(HOOKS), f"docs/plugins.md documents hooks that do not exist: {headings - set(HOOKS)}"


def test_newslint_register_rules(tmp_path: Path, cli) -> None:
    write(
        tmp_path,
        "exclaim.py",
        '''
        from newslint import hookimpl, rule

        @rule("ACME101", "exclamation", severity="info")
        def exclamation(doc, ctx):
            """An exclamation mark in news copy."""
            for i, ch in enumerate(doc.text):
                if ch == "!":
                    yield ctx.finding(i, i + 1, "exclamation mark", suggestions=["."])

        @hookimpl
        def newslint_register_rules():
            return [exclamation]
        ''',
    )
    (tmp_path / "a.txt").write_text("Prices rose.\nWhat a day!\n", encoding="utf-8")
    result = cli("--plugin", "exclaim.py", "--select", "ACME101", "a.txt", cwd=tmp_path)
    assert result.stdout == (
        "a.txt:2:11: ACME101 [exclamation] exclamation mark (did you mean '.'?)\n"
        "Found 1 finding in 1 file (ACME101: 1).\n"
    )
    # info is below the default fail level
    assert result.returncode == 0, result.stderr


def test_newslint_register_reporters(tmp_path: Path, cli) -> None:
    write(
        tmp_path,
        "tsv.py",
        '''
        from newslint import hookimpl

        def tsv(report):
            rows = [f"{f.path}\\t{f.line}\\t{f.column}\\t{f.rule}" for f in report.findings]
            return "".join(row + "\\n" for row in rows)

        @hookimpl
        def newslint_register_reporters():
            return {"tsv": tsv}
        ''',
    )
    (tmp_path / "a.txt").write_text("The cat sat on the mat today.\nThe cat sat on the mat today.\n", encoding="utf-8")
    result = cli("--plugin", "tsv.py", "--select", "duplicate-line", "--format", "tsv", "a.txt", cwd=tmp_path)
    assert result.stdout == "a.txt\t2\t1\tNL201\n"
    # reporters never decide the exit code
    assert result.returncode == 1

    # a failing hook or reporter is one line naming it, exit 2
    write(
        tmp_path,
        "broken_formats.py",
        """
        from newslint import hookimpl

        def broken(report):
            return report.no_such_field

        @hookimpl
        def newslint_register_reporters():
            return {"broken": broken}
        """,
    )
    result = cli("--plugin", "broken_formats.py", "--format", "broken", "a.txt", cwd=tmp_path)
    assert (result.stderr, result.returncode) == (
        "newslint: error: output format broken at broken_formats.py:5 failed: "
        "AttributeError: 'Report' object has no attribute 'no_such_field'\n",
        2,
    )
    write(
        tmp_path,
        "no_formats.py",
        """
        from newslint import hookimpl

        @hookimpl
        def newslint_register_reporters():
            raise ValueError("missing template")
        """,
    )
    result = cli("--plugin", "no_formats.py", "a.txt", cwd=tmp_path)
    assert (result.stderr, result.returncode) == (
        "newslint: error: newslint_register_reporters in plugin local:no_formats (no_formats.py:6) failed: "
        "ValueError: missing template\n",
        2,
    )


def test_newslint_configure(tmp_path: Path, cli) -> None:
    write(
        tmp_path,
        "seen.py",
        '''
        from newslint import hookimpl, rule

        SETTINGS = {}

        @hookimpl
        def newslint_configure(config):
            SETTINGS["fail_level"] = str(config.fail_level)
            SETTINGS["words"] = config.rule_options("banned-word").get("words", [])

        @rule("ACME102", "banned-word", options={"words": []})
        def banned_word(doc, ctx):
            """Reports the configured words; configure saw the settings first."""
            yield ctx.finding(0, 1, f"configured: {SETTINGS['fail_level']} {SETTINGS['words']}")

        @hookimpl
        def newslint_register_rules():
            return [banned_word]
        ''',
    )
    (tmp_path / ".newslint.toml").write_text(
        'plugins = ["seen.py"]\nfail-level = "error"\n[rules.banned-word]\nwords = ["slammed"]\n', encoding="utf-8"
    )
    (tmp_path / "a.txt").write_text("Text.\n", encoding="utf-8")
    result = cli("--select", "ACME102", "a.txt", cwd=tmp_path)
    assert result.stdout.splitlines()[0] == "a.txt:1:1: ACME102 [banned-word] configured: error ['slammed']"
    assert result.returncode == 0  # a warning is below fail-level error


def test_newslint_read_documents(tmp_path: Path, cli) -> None:
    # A reader for a made-up format: articles separated by lines of '%%', each
    # its own document (record), tried before the built-in readers.
    write(
        tmp_path,
        "pct.py",
        '''
        from newslint import Document, hookimpl

        @hookimpl(tryfirst=True)
        def newslint_read_documents(path, raw, config):
            if not path.endswith(".pct"):
                return None
            docs, line = [], 1
            for number, chunk in enumerate(raw.decode("utf-8").split("%%\\n"), start=1):
                docs.append(Document(path=path, text=chunk, record=number, first_line=line))
                line += chunk.count("\\n") + 1
            return docs
        ''',
    )
    (tmp_path / "a.pct").write_text(
        "Officials met on Monday in the capital.\nOfficials met on Monday in the capital.\n%%\n"
        "Officials met on Monday in the capital.\n",
        encoding="utf-8",
    )
    result = cli(
        "--plugin", "pct.py", "--select", "duplicate-line", "--format", "json", "a.pct", cwd=tmp_path
    )
    found = json.loads(result.stdout)["findings"]
    # the repeat inside record 1 is found; record 2 is a separate article
    assert [(f["record"], f["line"], f["column"], f["rule"]) for f in found] == [(1, 2, 1, "NL201")]
    assert result.returncode == 1

    # A reader that raises costs that one file (NL001 naming the plugin), not the run.
    write(
        tmp_path,
        "broken_reader.py",
        '''
        from newslint import hookimpl

        @hookimpl(tryfirst=True)
        def newslint_read_documents(path, raw, config):
            raise ValueError("unsupported layout")
        ''',
    )
    result = cli("--plugin", "broken_reader.py", "a.pct", cwd=tmp_path)
    assert result.stdout.splitlines()[0] == (
        "a.pct:1:1: NL001 [unreadable] newslint_read_documents in plugin local:broken_reader "
        "(broken_reader.py:6) failed: ValueError: unsupported layout"
    )
    assert result.returncode == 1
