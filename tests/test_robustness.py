"""Bad input never crashes newslint, loses data, hangs, or runs someone else's code.

Most cases go through the real CLI in a subprocess.  Positions are checked with
a tiny local plugin rule (``needle``) that flags the word ``needle``, so the
expectations do not move when the built-in rules change.
"""
from __future__ import annotations

import codecs
import json
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from benchmarks.memory import short_lines_args, single_line_args, write_short_lines, write_single_line
from tests.conftest import ROOT, newslint_bin

NEEDLE_PLUGIN = '''
import regex
from newslint import hookimpl, rule

_NEEDLE = regex.compile("needle")


@rule("TEST101", "needle")
def needle(doc, ctx):
    """Flags the word needle (test helper)."""
    for m in _NEEDLE.finditer(doc.text):
        yield ctx.finding(m.start(), m.end(), "needle")


@hookimpl
def newslint_register_rules():
    return [needle]
'''

EMPTY_CONFIG = ROOT / "tests" / "golden" / "default.toml"


@pytest.fixture
def needle(tmp_path: Path):
    """Arguments that run only the needle rule and NL001, with no config search."""
    plugin = tmp_path / "needle_plugin.py"
    plugin.write_text(NEEDLE_PLUGIN, encoding="utf-8")
    return ["--config", str(EMPTY_CONFIG), "--plugin", str(plugin), "--select", "needle,NL001"]


def assert_clean_exit(proc) -> None:
    assert proc.returncode in (0, 1), proc.stderr
    assert "Traceback" not in proc.stderr
    assert proc.stderr == ""


def without_root_override(cli_unused, *args: str, cwd: Path):
    """Run the CLI as root but without CAP_DAC_OVERRIDE / CAP_DAC_READ_SEARCH.

    Tests run as root, and root reads any file whatever its mode, so a mode-000
    file proves nothing.  ``os.setuid`` to an unprivileged user is not an option
    here because the interpreter lives under /root; dropping just the two
    capabilities makes the kernel apply the permission bits to root too.
    Returns None when setpriv is missing.
    """
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        return None
    caps = "-dac_override,-dac_read_search"
    cmd = [setpriv, f"--inh-caps={caps}", f"--bounding-set={caps}", *newslint_bin(), *args]
    proc = subprocess.run(cmd, cwd=cwd, capture_output=True, env={**os.environ, "NO_COLOR": "1"}, timeout=300)
    proc.stdout = proc.stdout.decode("utf-8", "replace")
    proc.stderr = proc.stderr.decode("utf-8", "replace")
    return proc


# -- encodings and odd text ---------------------------------------------------------

HOSTILE_FILES: dict[str, bytes] = {
    "a_good.txt": b"Intro line.\nA needle in the text.\n",
    "latin1.txt": "Caf\u00e9 society\n".encode("latin-1"),
    "cp1252.txt": "He said \u201cno\u201d.\n".encode("cp1252"),
    "nul.txt": b"needle\x00needle\n",
    "binary.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
    "empty.txt": b"",
    "whitespace.txt": b"   \n\t\n\r\n  ",
    "surrogate.txt": b"First line.\nBroken \xed\xa0\x80 needle\n",
    "truncated.txt": b"Ends mid-character \xe2\x80",
    "utf16.txt": "First line\r\nthe needle here\r\n".encode("utf-16"),
    "utf16be.txt": codecs.BOM_UTF16_BE + "x needle\n".encode("utf-16-be"),
    "utf8bom.txt": codecs.BOM_UTF8 + b"needle first\n",
    "bomonly.txt": codecs.BOM_UTF16_LE,
    "combining.txt": "e\u0301\u0301 needle\n".encode(),
    "rtl.txt": "\u0645\u0631\u062d\u0628\u0627 \u202bneedle\u202c \u05e9\u05dc\u05d5\u05dd\n".encode(),
    "emoji.txt": "\U0001f469\u200d\U0001f469\u200d\U0001f467 \u6f22\u5b57 needle \U0001f600needle\n".encode(),
    # \r\n, \r and \n each end a line; \n\r is two breaks; \v, \f, U+2028 and
    # U+0085 do not break lines in editors, so they must not here either.
    "mixed.txt": b"one\r\ntwo\rthree\nneedle\n\rneedle\x0bx\x0cy\xe2\x80\xa8z\xc2\x85 needle\r\n",
}

HOSTILE_EXPECTED = """\
{d}/a_good.txt:2:3: TEST101 [needle] needle
{d}/binary.txt:1:1: NL001 [unreadable] binary file (contains NUL bytes); newslint reads UTF-8 text
{d}/combining.txt:1:5: TEST101 [needle] needle
{d}/cp1252.txt:1:9: NL001 [unreadable] not valid UTF-8: byte 0x93 (Latin-1 or Windows-1252? re-save the file as UTF-8)
{d}/emoji.txt:1:10: TEST101 [needle] needle
{d}/emoji.txt:1:18: TEST101 [needle] needle
{d}/latin1.txt:1:4: NL001 [unreadable] not valid UTF-8: byte 0xe9 (Latin-1 or Windows-1252? re-save the file as UTF-8)
{d}/mixed.txt:4:1: TEST101 [needle] needle
{d}/mixed.txt:6:1: TEST101 [needle] needle
{d}/mixed.txt:6:15: TEST101 [needle] needle
{d}/nul.txt:1:1: NL001 [unreadable] binary file (contains NUL bytes); newslint reads UTF-8 text
{d}/rtl.txt:1:8: TEST101 [needle] needle
{d}/surrogate.txt:2:8: NL001 [unreadable] not valid UTF-8: byte 0xed (Latin-1 or Windows-1252? re-save the file as UTF-8)
{d}/truncated.txt:1:20: NL001 [unreadable] not valid UTF-8: byte 0xe2 (Latin-1 or Windows-1252? re-save the file as UTF-8)
{d}/utf16.txt:2:5: TEST101 [needle] needle
{d}/utf16be.txt:1:3: TEST101 [needle] needle
{d}/utf8bom.txt:1:1: TEST101 [needle] needle
"""


def _write_all(folder: Path, files: dict[str, bytes]) -> None:
    folder.mkdir(exist_ok=True)
    for name, data in files.items():
        (folder / name).write_bytes(data)


def test_hostile_files_in_a_folder(cli, tmp_path, needle):
    d = tmp_path / "articles"
    _write_all(d, HOSTILE_FILES)
    proc = cli(*needle, "--quiet", str(d))
    assert_clean_exit(proc)
    assert proc.returncode == 1
    assert proc.stdout == HOSTILE_EXPECTED.format(d=d)


def test_hostile_files_given_one_by_one(cli, tmp_path, needle):
    """Named on the command line, in reverse order: same findings, same order."""
    d = tmp_path / "articles"
    _write_all(d, HOSTILE_FILES)
    proc = cli(*needle, "--quiet", *sorted((str(d / n) for n in HOSTILE_FILES), reverse=True))
    assert_clean_exit(proc)
    assert proc.stdout == HOSTILE_EXPECTED.format(d=d)


def test_hostile_files_json_columns_are_code_points(cli, tmp_path, needle):
    d = tmp_path / "articles"
    _write_all(d, {"emoji.txt": HOSTILE_FILES["emoji.txt"]})
    proc = cli(*needle, "--format", "json", str(d / "emoji.txt"))
    assert_clean_exit(proc)
    spans = [(f["line"], f["column"], f["end_line"], f["end_column"]) for f in json.loads(proc.stdout)["findings"]]
    assert spans == [(1, 10, 1, 16), (1, 18, 1, 24)]


def test_all_builtin_rules_survive_hostile_files(cli, tmp_path):
    d = tmp_path / "articles"
    _write_all(d, HOSTILE_FILES)
    proc = cli("--config", str(EMPTY_CONFIG), "--select", "ALL", "--format", "json", str(d))
    assert proc.returncode == 1 and proc.stderr == "", proc.stderr
    findings = json.loads(proc.stdout)["findings"]
    assert not [f for f in findings if f["rule"] == "NL003"], "a rule crashed or timed out"


def test_jsonl_hostile_records(cli, tmp_path, needle):
    lines = [
        json.dumps({"text": "a needle"}),
        "[" * 50_000,  # deeper than Python's recursion limit
        '{"text": 1' + "0" * 5000 + "}",  # past int()'s digit limit
        '{"text": "two\\nlines \\ud800 needle"}',  # half a surrogate pair
        '{"text": "ok\\r\\nneedle"}',
        '"just a string"',
        "{broken",
    ]
    path = tmp_path / "records.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    proc = cli(*needle, "--quiet", str(path))
    assert_clean_exit(proc)
    assert proc.stdout == (
        f"{path}#1:1:3: TEST101 [needle] needle\n"
        f"{path}#2:2:1: NL001 [unreadable] not valid JSON: nested too deeply\n"
        f"{path}#3:3:1: NL001 [unreadable] not valid JSON: Exceeds the limit (4300 digits) for integer string conversion: value has 5001 digits\n"
        f"{path}#4:2:7: NL001 [unreadable] text field has a lone surrogate \\ud800 (not valid Unicode)\n"
        f"{path}#5:2:1: TEST101 [needle] needle\n"
        f"{path}#6:6:1: NL001 [unreadable] record is not a JSON object\n"
        f"{path}#7:7:2: NL001 [unreadable] not valid JSON: Expecting property name enclosed in double quotes\n"
    )


def test_markdown_front_matter_lines_are_file_lines(cli, tmp_path, needle):
    path = tmp_path / "a.md"
    path.write_bytes(b"---\r\ntitle: x\r\n" + b"\r\n" * 3 + b"---\r\nneedle\r\n")
    proc = cli(*needle, "--quiet", str(path))
    assert_clean_exit(proc)
    assert proc.stdout == f"{path}:7:1: TEST101 [needle] needle\n"


def test_lint_text_with_lone_surrogate_is_nl001():
    from newslint import lint_text

    findings = lint_text("ok\nbad \ud800 here\n", select=["NL001"])
    assert [(f.rule, f.line, f.column) for f in findings] == [("NL001", 2, 5)]


# -- files that are not regular files ------------------------------------------------


def test_special_files(cli, tmp_path, needle):
    d = tmp_path / "articles"
    d.mkdir()
    (d / "good.txt").write_text("one needle\n", encoding="utf-8")
    os.mkfifo(d / "pipe.txt")
    os.symlink("loop2.txt", d / "loop1.txt")
    os.symlink("loop1.txt", d / "loop2.txt")
    os.symlink("missing.txt", d / "dangling.txt")
    os.symlink("..", d / "up")  # a folder loop: not followed
    os.symlink("good.txt", d / "alias.txt")
    # The FIFO would block a reader forever (the subprocess timeout would fire).
    for args in ([str(d)], ["/dev/null", str(d / "pipe.txt"), str(d)]):
        proc = cli(*needle, "--quiet", *args)
        assert_clean_exit(proc)
        extra = (
            "/dev/null:1:1: NL001 [unreadable] cannot read file: not a regular file (FIFO, socket or device)\n"
            if "/dev/null" in args
            else ""
        )
        assert proc.stdout == extra + (
            f"{d}/alias.txt:1:5: TEST101 [needle] needle\n"
            f"{d}/dangling.txt:1:1: NL001 [unreadable] cannot read file: No such file or directory\n"
            f"{d}/good.txt:1:5: TEST101 [needle] needle\n"
            f"{d}/loop1.txt:1:1: NL001 [unreadable] cannot read file: Too many levels of symbolic links\n"
            f"{d}/loop2.txt:1:1: NL001 [unreadable] cannot read file: Too many levels of symbolic links\n"
            f"{d}/pipe.txt:1:1: NL001 [unreadable] cannot read file: not a regular file (FIFO, socket or device)\n"
        )


def test_permission_denied_through_cli(cli, tmp_path, needle):
    """A folder and a file we may not read: NL001 each, the rest still linted."""
    d = tmp_path / "articles"
    (d / "locked").mkdir(parents=True)
    (d / "locked" / "a.txt").write_text("needle\n", encoding="utf-8")
    (d / "secret.txt").write_text("needle\n", encoding="utf-8")
    (d / "ok.txt").write_text("a needle\n", encoding="utf-8")
    (d / "locked").chmod(0)
    (d / "secret.txt").chmod(0)
    try:
        if os.geteuid() == 0:
            proc = without_root_override(cli, *needle, "--quiet", str(d), str(d / "locked" / "a.txt"), cwd=tmp_path)
            if proc is None:
                pytest.skip("running as root and setpriv is not available (see the in-process test)")
        else:
            proc = cli(*needle, "--quiet", str(d), str(d / "locked" / "a.txt"))
    finally:
        (d / "locked").chmod(0o755)
        (d / "secret.txt").chmod(0o644)
    assert_clean_exit(proc)
    assert proc.stdout == (
        f"{d}/locked:1:1: NL001 [unreadable] cannot read folder: Permission denied\n"
        f"{d}/locked/a.txt:1:1: NL001 [unreadable] cannot read file: Permission denied\n"
        f"{d}/ok.txt:1:3: TEST101 [needle] needle\n"
        f"{d}/secret.txt:1:1: NL001 [unreadable] cannot read file: Permission denied\n"
    )


def _needle_linter(tmp_path: Path):
    from newslint import Linter
    from newslint.config import Config

    plugin = tmp_path / "needle_plugin.py"
    plugin.write_text(NEEDLE_PLUGIN, encoding="utf-8")
    return Linter(Config(), plugin_paths=[plugin], select=["needle", "NL001"])


def test_permission_denied_in_process(tmp_path, monkeypatch):
    """Same guarantee without relying on setpriv: the OS calls raise as they would."""
    d = tmp_path / "articles"
    (d / "locked").mkdir(parents=True)
    (d / "ok.txt").write_text("a needle\n", encoding="utf-8")
    (d / "secret.txt").write_text("needle\n", encoding="utf-8")
    real_scandir, real_open = os.scandir, os.open

    def scandir(path="."):
        if os.fspath(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_scandir(path)

    def fake_open(path, flags, *args, **kwargs):
        if os.fspath(path).endswith("secret.txt"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_open(path, flags, *args, **kwargs)

    linter = _needle_linter(tmp_path)
    monkeypatch.setattr(os, "scandir", scandir)
    monkeypatch.setattr(os, "open", fake_open)
    results = linter.lint_paths([str(d)])
    got = [(Path(f.path).relative_to(d).as_posix(), f.rule, f.message) for f in results.findings]
    assert got == [
        ("locked", "NL001", "cannot read folder: Permission denied"),
        ("ok.txt", "TEST101", "needle"),
        ("secret.txt", "NL001", "cannot read file: Permission denied"),
    ]


def test_file_vanishes_or_turns_into_fifo_after_the_walk(tmp_path, monkeypatch):
    import newslint.engine as engine

    d = tmp_path / "articles"
    d.mkdir()
    for name in ("a.txt", "b.txt", "c.txt"):
        (d / name).write_text("a needle\n", encoding="utf-8")
    real_iter = engine.iter_files

    def racing_iter(*args, **kwargs):
        for item in real_iter(*args, **kwargs):
            if str(item).endswith("a.txt"):
                os.remove(item)
            elif str(item).endswith("b.txt"):
                os.remove(item)
                os.mkfifo(item)
            yield item

    monkeypatch.setattr(engine, "iter_files", racing_iter)
    results = _needle_linter(tmp_path).lint_paths([str(d)])
    assert [(Path(f.path).name, f.rule, f.message) for f in results.findings] == [
        ("a.txt", "NL001", "cannot read file: No such file or directory"),
        ("b.txt", "NL001", "cannot read file: not a regular file (FIFO, socket or device)"),
        ("c.txt", "TEST101", "needle"),
    ]


def test_file_rewritten_while_being_linted(tmp_path):
    """A writer keeps replacing the file (sometimes cutting a character in half)
    while it is linted: every run gives findings or NL001, never an exception."""
    path = tmp_path / "live.txt"
    path.write_text("needle\n", encoding="utf-8")
    linter = _needle_linter(tmp_path)
    stop = threading.Event()
    versions = ["needle\n".encode(), "caf\u00e9 needle\n".encode()[:4], b"", ("needle \u00e9\n" * 2000).encode()]

    def writer():
        i = 0
        while not stop.is_set():
            with open(path, "wb") as fh:  # truncates, then writes: readers see both
                fh.write(versions[i % len(versions)])
            i += 1

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        for _ in range(100):
            for f in linter.lint_paths([str(path)]).findings:
                assert f.rule in ("TEST101", "NL001"), f
    finally:
        stop.set()
        thread.join()
    path.write_bytes(versions[0])
    assert [f.rule for f in linter.lint_paths([str(path)]).findings] == ["TEST101"]


# -- size ---------------------------------------------------------------------------

PEAK_RSS = """
import resource, subprocess, sys
proc = subprocess.run(sys.argv[1:], capture_output=True)
sys.stdout.write(str(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) + "\\n")
sys.stdout.write(str(proc.returncode) + "\\n")
sys.stderr.buffer.write(proc.stderr)
sys.stdout.buffer.write(proc.stdout[-2000:])
"""


def _run_measured(*args: str) -> tuple[int, int, str, str]:
    # The first run on a machine also builds the user cache (the typo rule's
    # indexes, the dictionaries, the compiled patterns) in the same process:
    # about 30 MB once, which is not the input's.  A tiny file of the same
    # shape is linted first, as any earlier run would have done; the
    # fresh-cache peak is what `python -m benchmarks.memory` measures.
    warm = Path(args[-1]).with_name("warm.txt")  # the input is the last argument
    warm.write_text("The minister said the plan would work, officials say.\n", encoding="utf-8")
    subprocess.run([*newslint_bin(), *args[:-1], str(warm)], capture_output=True, timeout=600)
    proc = subprocess.run(
        [sys.executable, "-c", PEAK_RSS, *newslint_bin(), *args],
        capture_output=True,
        env={**os.environ, "NO_COLOR": "1"},
        timeout=600,
    )
    out = proc.stdout.decode("utf-8", "replace").split("\n", 2)
    return int(out[0]), int(out[1]), out[2], proc.stderr.decode("utf-8", "replace")


# Issue 12's target is 250 MB for any input.  `python -m benchmarks.memory`
# measures it on the full-size inputs (one 50 MB line, a million short lines:
# 188 and 223 MB in the mem13 session, benchmarks/RESULTS.md); the tests lint the same shapes at a
# fifth of the size, which takes the same code paths (a text of over a million
# characters, a document of over 100,000 lines whose typo caches are let go, a
# spilled finding sort) in a fifth of the CPU.  Their bounds sit
# under what the full-size runs peak at: a structure that grows with the input
# (one Python object a match holds about 180 bytes) goes over them here.
LINE_MB = 10
LINE_PEAK_MB = 150
SHORT_LINES = 200_000
# 113 MB measured (mem13; 195 MB before it: the typo family's caches were kept
# beside the line model's per-line data, which was lists of Python objects).
SHORT_LINES_PEAK_MB = 150


@pytest.mark.slow
@pytest.mark.stress
def test_long_single_line(tmp_path, needle):
    """All rules on one 10 MB line: an answer, no traceback, memory bounded.

    Time is not asserted.  `python -m benchmarks.memory` runs the 50 MB line.
    """
    path = write_single_line(tmp_path / "huge.txt", LINE_MB * 1_000_000)
    rss_kb, code, out, err = _run_measured(*single_line_args(path))
    assert code in (0, 1), err
    assert "Traceback" not in err and "NL003" not in out
    assert rss_kb < LINE_PEAK_MB * 1024, f"peak RSS {rss_kb // 1024} MB on a {LINE_MB} MB line"


@pytest.mark.slow
@pytest.mark.stress
def test_many_short_lines(cli, tmp_path, needle):
    path = write_short_lines(tmp_path / "lines.txt", SHORT_LINES)
    # A real process each time: a stress input must not grow the test runner.
    proc = cli(*needle, "--quiet", str(path), subprocess_=True)
    assert_clean_exit(proc)
    assert proc.stdout == f"{path}:{SHORT_LINES}:6: TEST101 [needle] needle\n"
    # A finding a line: the report goes to a file and is read a line at a
    # time (the json format puts each key on a line of its own).
    report = tmp_path / "report.json"
    rss_kb, code, _, err = _run_measured(*short_lines_args(path, report))
    assert code in (0, 1) and err == "", err
    assert rss_kb < SHORT_LINES_PEAK_MB * 1024, f"peak RSS {rss_kb // 1024} MB on {SHORT_LINES:,} lines"
    with open(report, encoding="utf-8") as fh:
        assert fh.readline() == "{\n"
        assert not [line for line in fh if line.strip() in ('"rule": "NL001",', '"rule": "NL003",')]


# -- user-supplied patterns run under a time limit -------------------------------------

# Exponential backtracking even in the regex module, on a line that is not a
# match: "Aaaa...h" has a word boundary nowhere after the run of a's.  The line
# starts with it, so whole-line label patterns are exposed as well.
CATASTROPHIC = r"re:\b(a|aa)+\b$"
SCREAM = "A" + "a" * 40 + "h! shouted the fans as the goal went in.\n"

SLOW_PLUGIN = '''
from pathlib import Path
from newslint import hookimpl, phrase_rule

LIST = Path(__file__).with_name("house_phrases.txt")
house = phrase_rule("HOUSE901", "house-phrases", LIST, "house phrase '{match}'",
                    doc="What it does: flags house phrases.")


@hookimpl
def newslint_register_rules():
    return [house]
'''


def test_catastrophic_user_pattern_becomes_nl003(cli, tmp_path):
    (tmp_path / "house_phrases.txt").write_text("breaking news\n" + CATASTROPHIC + "\n", encoding="utf-8")
    (tmp_path / "house.py").write_text(SLOW_PLUGIN, encoding="utf-8")
    (tmp_path / ".newslint.toml").write_text(
        'plugins = ["house.py"]\nregex-timeout = 0.2\nselect = ["house-phrases", "NL201"]\n', encoding="utf-8"
    )
    article = "Breaking news from the council.\n" + SCREAM + "Second line repeated here today.\n" * 2
    (tmp_path / "a.txt").write_text(article, encoding="utf-8")
    proc = cli("a.txt", cwd=tmp_path)
    assert proc.returncode == 1 and proc.stderr == "", proc.stderr
    combined = r"(?:\bbreaking\s+news\b)|(?:\b(a|aa)+\b$)"
    assert proc.stdout == (
        f"a.txt:1:1: NL003 [rule-error] rule HOUSE901 (house-phrases) stopped: pattern {combined!r} took longer than 0.2s\n"
        "a.txt:4:1: NL201 [duplicate-line] [*] repeats line 3\n"
        "Found 2 findings in 1 file (NL003: 1, NL201: 1). [*] 1 fixable with --fix.\n"
    )


# Built-in rules with an ``extend`` option that takes ``re:`` entries.
EXTENDABLE = ["stray-ui-text", "chatbot-leakage"]


@pytest.mark.parametrize("name", EXTENDABLE)
def test_catastrophic_extend_entry_on_builtin_phrase_rule(tmp_path, name):
    """The same through a built-in phrase rule's ``extend`` option."""
    from newslint import Linter

    rule = Linter().registry.get(name)
    if rule is None or "extend" not in rule.options:
        pytest.skip(f"{name} is not registered or has no extend option")
    (tmp_path / "cfg.toml").write_text(
        f'regex-timeout = 0.2\nselect = ["{name}"]\n[rules.{name}]\nextend = [\'{CATASTROPHIC}\']\n',
        encoding="utf-8",
    )
    (tmp_path / "a.txt").write_text(SCREAM, encoding="utf-8")
    try:
        proc = subprocess.run(
            [*newslint_bin(), "--config", "cfg.toml", "--quiet", "a.txt"],
            cwd=tmp_path, capture_output=True, text=True, timeout=30,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"{name} with a catastrophic extend entry ran for 30 s despite regex-timeout = 0.2")
    assert proc.returncode == 1 and proc.stderr == "", proc.stderr
    assert proc.stdout.startswith(f"a.txt:1:1: NL003 [rule-error] rule {rule.id} ({name}) stopped: pattern ")
    assert proc.stdout.endswith(" took longer than 0.2s\n")


# -- no code from data ---------------------------------------------------------------

MARKER_PLUGIN = '''
from pathlib import Path
Path({marker!r}).write_text("plugin ran")
'''


def test_config_inside_linted_tree_never_loads_plugins(cli, tmp_path):
    work = tmp_path / "work"
    corpus = work / "downloads" / "corpus"
    corpus.mkdir(parents=True)
    marker = tmp_path / "MARKER"
    (corpus / "evil.py").write_text(MARKER_PLUGIN.format(marker=str(marker)), encoding="utf-8")
    (corpus / ".newslint.toml").write_text('plugins = ["evil.py"]\n', encoding="utf-8")
    (corpus / "a.txt").write_text("A plain article line.\n", encoding="utf-8")
    for args in (["downloads/corpus"], ["downloads/corpus/a.txt"], ["--show-settings", "downloads/corpus"]):
        proc = cli(*args, cwd=work)
        assert proc.returncode == 0, proc.stderr
        assert not marker.exists(), f"plugin code ran for {args}"
    # The same file governs the run when it is the working directory's config,
    # which shows the marker plugin would indeed have run.
    proc = cli("a.txt", cwd=corpus)
    assert proc.returncode == 0, proc.stderr
    assert marker.exists()


def test_plugins_allowed_flag(tmp_path, monkeypatch):
    from newslint.config import load_config

    (tmp_path / "corpus").mkdir()
    cfg = tmp_path / "corpus" / ".newslint.toml"
    cfg.write_text('plugins = ["p.py"]\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert load_config(None, ["corpus"]).plugins_allowed is False
    assert load_config(str(cfg), ["corpus"]).plugins_allowed is True  # named with --config
    monkeypatch.chdir(tmp_path / "corpus")
    assert load_config(None, ["."]).plugins_allowed is True


# -- exit codes ----------------------------------------------------------------------


def test_exit_codes(cli, tmp_path, needle):
    (tmp_path / "clean.txt").write_text("nothing here\n", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\xff\n")
    assert cli(*needle, str(tmp_path / "clean.txt")).returncode == 0
    assert cli(*needle, str(tmp_path / "bad.txt")).returncode == 1
    proc = cli(*needle, str(tmp_path / "nope.txt"))
    assert proc.returncode == 2
    assert proc.stderr == f"newslint: error: {tmp_path / 'nope.txt'}: no such file or folder\n"


# -- article text rendered into markup is escaped --------------------------------------


def test_junit_escapes_article_text_and_file_names(cli, tmp_path):
    """Article text and file names are untrusted: in JUnit XML they come out
    escaped (the report parses, no injected element), and controls XML cannot
    carry are spelled out.  There is no HTML reporter; SARIF and JSON are JSON."""
    import xml.etree.ElementTree as ET

    name = "a<b>&\"c'.txt"
    (tmp_path / name).write_text(
        "Read more: <script>alert('x')</script> &amp; ]]> \x0c\n" "the the council met.\n", encoding="utf-8"
    )
    proc = cli("--config", str(EMPTY_CONFIG), "--select", "ALL", "--format", "junit", name, cwd=tmp_path)
    assert proc.returncode == 1, proc.stderr
    root = ET.fromstring(proc.stdout.encode("utf-8"))
    assert root.find(".//script") is None
    case = root.find(".//testcase")
    assert case.get("name") == name
    failures = case.findall("failure")
    assert failures, proc.stdout
    texts = [f.text for f in failures] + [f.get("message") for f in failures]
    assert any("<script>" in t for t in texts), texts  # the text survives, as text
    assert "\x0c" not in proc.stdout
