"""`newslint server` driven by a real LSP client (pygls's) over stdio."""
from __future__ import annotations

import asyncio
import subprocess
import sys
import time

import pytest

pytest.importorskip("pygls", reason="the language server needs the lsp extra: pip install 'newslint[lsp]'")

from lsprotocol import types  # noqa: E402

from . import lsp_client  # noqa: E402
from .conftest import ROOT, run_cli  # noqa: E402

SEED = ROOT / "seeds" / "001_2ccb0959de7edc47.txt"
TYPO_RANGE = ((6, 34), (6, 45))  # 7:35-7:46 in newslint's 1-based columns


def _at(diags, line: int, character: int, code: str):
    return [d for d in diags if d.code == code and (d.range.start.line, d.range.start.character) == (line, character)]


def _apply(text: str, edit: types.TextEdit) -> str:
    lines = text.split("\n")
    start, end = edit.range.start, edit.range.end
    before = "\n".join(lines[: start.line] + [lines[start.line][: start.character]])
    after = lines[end.line][end.character :] + "\n" + "\n".join(lines[end.line + 1 :])
    return before + edit.new_text + after.rstrip("\n") + ("\n" if text.endswith("\n") else "")


def test_seed_typo_diagnostics_code_actions_hover_and_change():
    async def scenario() -> None:
        session = await lsp_client.start(ROOT)
        try:
            uri = session.open(SEED)
            diags = await session.diagnostics(uri)
            # the same findings as the command line, at the same places
            cli = run_cli("--format", "json", str(SEED.relative_to(ROOT))).stdout
            assert len(diags) == cli.count('"rule":')
            typo = _at(diags, 6, 34, "NL101")
            assert len(typo) == 1
            d = typo[0]
            assert (d.range.end.line, d.range.end.character) == TYPO_RANGE[1]
            assert d.severity == types.DiagnosticSeverity.Warning and d.source == "newslint"
            assert d.data["name"] == "typo" and "encourafged" in d.message and "[typo]" in d.message
            assert _at(diags, 7, 34, "NL101") and _at(diags, 7, 0, "NL201")

            actions = await session.code_actions(uri, *TYPO_RANGE, typo)
            titles = [a.title for a in actions]
            assert titles[0] == "Replace with 'encouraged'" and actions[0].is_preferred
            assert "Mark as intended: add [sic]" in titles and "Ignore typo on this line" in titles
            (edit,) = actions[0].edit.changes[uri]
            assert edit.new_text == "encouraged" and (edit.range.start.line, edit.range.start.character) == TYPO_RANGE[0]

            # the typo's only strong suggestion is also an (unsafe) fix
            assert "Apply newslint's fix (unsafe)" in titles
            # a stray interface line's safe fix removes the line with its break
            ui = _at(diags, 0, 0, "NL301")
            actions = await session.code_actions(uri, (0, 0), (0, 14), ui)
            fix = next(a for a in actions if a.title == "Apply newslint's fix")
            (removal,) = fix.edit.changes[uri]
            assert removal.new_text == "" and (removal.range.start.line, removal.range.start.character) == (0, 0)
            assert removal.range.end.line >= 1

            hover = await session.hover(uri, 6, 38)
            assert hover is not None and "**NL101 typo**" in hover.contents.value
            assert "newslint rule typo" in hover.contents.value

            # apply the suggestion on line 7: its typo goes, line 8's stays, and
            # the two lines are no longer duplicates
            text = SEED.read_text(encoding="utf-8")
            fixed = _apply(text, edit)
            session.change(uri, fixed)
            diags = await session.diagnostics(uri)
            assert not _at(diags, 6, 34, "NL101") and _at(diags, 7, 34, "NL101")
            assert not _at(diags, 7, 0, "NL201")

            # the ignore directive the server offers really silences the finding
            line8 = [d for d in diags if d.code == "NL101"]
            actions = await session.code_actions(uri, (7, 34), (7, 45), line8)
            ignore = next(a for a in actions if a.title == "Ignore typo on this line")
            (directive,) = ignore.edit.changes[uri]
            assert directive.new_text == " # newslint: ignore[typo]"
            session.change(uri, _apply(fixed, directive))
            diags = await session.diagnostics(uri)
            assert not [d for d in diags if d.code in ("NL101", "NL002")]
            assert len(diags) == cli.count('"rule":') - 3
        finally:
            await lsp_client.stop(session)

    asyncio.run(scenario())


def test_bad_input_never_takes_the_server_down(tmp_path):
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / ".newslint.toml").write_text("selcet = ['NL1']\n", encoding="utf-8")
    good = tmp_path / "good"
    good.mkdir()

    async def scenario() -> None:
        session = await lsp_client.start(tmp_path)
        try:
            # a config error is shown on the document, as the CLI would print it
            uri = session.open(broken / "a.txt", "The the board met.\n")
            diags = await session.diagnostics(uri)
            assert diags[0].severity == types.DiagnosticSeverity.Error
            assert "unknown key" in diags[0].message and "select" in diags[0].message

            hostile = "\x00\x1b[31m\ud800 \udfff" + "x" * 200_000 + "\r\n\r\u2028 teh teh\n"
            uri = session.open(good / "b.txt", hostile)
            await session.diagnostics(uri)
            assert await session.hover(uri, 99, 99) is None
            assert await session.code_actions(uri, (50, 0), (60, 3), []) == []

            # columns go out in UTF-16 units; U+2028 is no line break (LSP breaks at \r\n, \r, \n only)
            uri = session.open(good / "e.txt", "\U0001F600\U0001F600 Then the the board\u2028met the the end.\n")
            diags = await session.diagnostics(uri)
            assert [(d.code, d.range.start.line, d.range.start.character) for d in diags] == [("NL102", 0, 14), ("NL102", 0, 32)]

            # not a newslint language and not an included file name: left alone
            uri = session.open(good / "c.py", "teh teh\n", language="python")
            assert await session.diagnostics(uri) == []

            md = good / "d.md"
            uri = session.open(md, "---\ntitle: x\n---\nThe board was encourafged.\n", language="markdown")
            diags = await session.diagnostics(uri, lambda ds: any(d.code == "NL101" for d in ds))
            (typo,) = [d for d in diags if d.code == "NL101"]
            assert typo.range.start.line == 3
            actions = await session.code_actions(uri, (3, 0), (3, 30), [typo])
            ignore = next(a for a in actions if a.title.startswith("Ignore"))
            assert ignore.edit.changes[uri][0].new_text == " <!-- newslint: ignore[typo] -->"

            # typing fast: changes inside the debounce window make one lint, of the last text
            before = len(session.published[uri])
            for n in range(5):
                session.change(uri, f"---\ntitle: x\n---\nThe board was encourafged {n} times.\n")
            diags = await session.diagnostics(uri)
            await asyncio.sleep(1.0)
            assert len(session.published[uri]) == before + 1
            assert [d.code for d in diags if d.code == "NL101"] == ["NL101"]
        finally:
            await lsp_client.stop(session)

    asyncio.run(scenario())


SLOW_PLUGIN = '''
import time
from newslint import hookimpl
from newslint.rule import rule


@rule("SLOW101", "slow-rule")
def slow_rule(doc, ctx):
    """Never finishes on a document that says 'hang'."""
    if "hang" in doc.text:
        time.sleep(600)
    return ()


@hookimpl
def newslint_register_rules():
    return [slow_rule]
'''


def test_a_slow_rule_is_stopped_and_reported_as_nl003(tmp_path):
    (tmp_path / "slow_plugin.py").write_text(SLOW_PLUGIN, encoding="utf-8")
    (tmp_path / ".newslint.toml").write_text('plugins = ["slow_plugin.py"]\n', encoding="utf-8")

    async def scenario() -> None:
        # The rule sleeps for ten minutes, so any limit stops it; 4 s leaves the
        # first document's own work (tables loaded on first use) room on a busy machine.
        session = await lsp_client.start(tmp_path, "--time-limit", "4")
        try:
            uri = session.open(tmp_path / "a.txt", "Please do not hang.\n")
            began = time.monotonic()
            diags = await session.diagnostics(uri)
            assert time.monotonic() - began < 15
            (stopped,) = [d for d in diags if d.code == "NL003"]
            assert stopped.severity == types.DiagnosticSeverity.Error
            assert "rule SLOW101 (slow-rule) stopped" in stopped.message and "4s" in stopped.message
            # a fresh worker lints the next version normally
            session.change(uri, "The the board met.\n")
            diags = await session.diagnostics(uri)
            assert [d.code for d in diags if d.code == "NL102"] == ["NL102"]
            assert not [d for d in diags if d.code == "NL003"]
        finally:
            await lsp_client.stop(session)

    asyncio.run(scenario())


def test_server_help_and_missing_extra_message():
    proc = run_cli("server", "--help")
    assert proc.returncode == 0 and "--time-limit" in proc.stdout
    # without the lsp extra: one line saying what to install, exit 2
    blocked = "import sys; sys.modules.update(pygls=None, lsprotocol=None); from newslint.server import main; sys.exit(main([]))"
    proc = subprocess.run([sys.executable, "-c", blocked], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2 and "pip install 'newslint[lsp]'" in proc.stderr and "Traceback" not in proc.stderr


def test_editors_doc_covers_the_three_editors():
    text = (ROOT / "docs" / "editors.md").read_text(encoding="utf-8")
    for needle in ("VS Code", "vim.lsp.start", "lspconfig", "eglot", "newslint server"):
        assert needle in text

