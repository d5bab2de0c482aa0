"""--fix never loses data: one test per guarantee of issue 13.

* files are written atomically, keeping encoding, BOM, line endings,
  permissions and the final newline (a symlink stays a link);
* a file changed on disk since it was read is not overwritten;
* nothing is written without --fix;
* a crash, a full disk or Ctrl-C mid-run leaves every file old or new;
* JSONL (and .jsonl.gz) fixes rewrite only the fixed records' text field.
"""
from __future__ import annotations

import codecs
import gzip
import json
import os
import resource
import signal
import stat
import subprocess
import time
from pathlib import Path

import pytest

from newslint import fix_text
from newslint.cli import main

from .conftest import newslint_bin

SELECT = "NL201,NL301,NL302,NL303"
CAPTION = "The council approved the new ferry terminal on Monday."
LINES = ["Type to search", "", CAPTION, CAPTION, "", "Residents welcomed the decision at the meeting."]
FIXED = [CAPTION, "", "Residents welcomed the decision at the meeting."]

ENCODINGS = {
    "utf-8": (b"", "utf-8"),
    "utf-8 BOM": (codecs.BOM_UTF8, "utf-8"),
    "utf-16-le BOM": (codecs.BOM_UTF16_LE, "utf-16-le"),
    "utf-16-be BOM": (codecs.BOM_UTF16_BE, "utf-16-be"),
    "utf-32-le BOM": (codecs.BOM_UTF32_LE, "utf-32-le"),
}


def encoded(lines: list[str], encoding: str, eol: str, final: bool) -> bytes:
    bom, codec = ENCODINGS[encoding]
    return bom + (eol.join(lines) + (eol if final else "")).encode(codec)


def fix(*args: str) -> int:
    return main(["--select", SELECT, "--fix", *args])


@pytest.mark.parametrize("encoding", ENCODINGS)
@pytest.mark.parametrize("eol", ["\n", "\r\n", "\r"], ids=["LF", "CRLF", "CR"])
@pytest.mark.parametrize("final", [True, False], ids=["final-newline", "no-final-newline"])
def test_fix_keeps_encoding_bom_line_endings_final_newline_and_mode(tmp_path, capsys, encoding, eol, final):
    path = tmp_path / "a.txt"
    path.write_bytes(encoded(LINES, encoding, eol, final))
    path.chmod(0o640)
    assert fix(str(path)) == 0, capsys.readouterr()
    assert path.read_bytes() == encoded(FIXED, encoding, eol, final)
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]  # no temporary file left


def test_fix_through_a_symlink_changes_the_target_and_keeps_the_link(tmp_path, capsys):
    target = tmp_path / "real.txt"
    target.write_text("\n".join(LINES) + "\n", encoding="utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to(target)
    assert fix(str(link)) == 0
    assert link.is_symlink()
    assert target.read_text(encoding="utf-8") == "\n".join(FIXED) + "\n"


def test_markdown_front_matter_is_kept_byte_for_byte(tmp_path, capsys):
    front = "---\r\ntitle: Ferry\r\nauthor:  Jane Doe \r\n---\r\n"
    path = tmp_path / "a.md"
    path.write_bytes((front + "\r\n".join(LINES) + "\r\n").encode("utf-8"))
    assert fix(str(path)) == 0
    assert path.read_bytes() == (front + "\r\n".join(FIXED) + "\r\n").encode("utf-8")


# -- changed on disk -----------------------------------------------------------------------

# A rule that saves the file the way an editor would while newslint is busy with it.
EDITOR = '''
from pathlib import Path
from newslint import hookimpl, rule

@rule("EDIT101", "editor-saves")
def saves(doc, ctx):
    """Test rule: someone else saves the file mid-run."""
    path = Path(doc.path)
    if "saved by the editor" not in path.read_text(encoding="utf-8"):
        with open(path, "a", encoding="utf-8") as fh:
            fh.write("saved by the editor\\n")
    return ()

@hookimpl
def newslint_register_rules():
    return [saves]
'''


def test_a_file_changed_since_it_was_read_is_not_overwritten(tmp_path, capsys):
    plugin = tmp_path / "editor.py"
    plugin.write_text(EDITOR, encoding="utf-8")
    path = tmp_path / "a.txt"
    original = "\n".join(LINES) + "\n"
    path.write_text(original, encoding="utf-8")
    code = main(["--plugin", str(plugin), "--select", f"{SELECT},EDIT101", "--fix", str(path)])
    assert code == 2
    assert path.read_text(encoding="utf-8") == original + "saved by the editor\n"
    err = capsys.readouterr().err
    assert f"newslint: error: {path}: changed on disk since it was read; not overwritten" in err
    assert "No fixes applied." in err


# -- nothing without --fix -------------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [[], ["--unsafe-fixes"], ["--diff"], ["--diff", "--unsafe-fixes"], ["--diff", "--show-fixes"], ["--format", "json"]],
    ids=" ".join,
)
def test_nothing_is_written_without_fix(tmp_path, capsys, args):
    files = []
    for name, text in (("a.txt", "\n".join(LINES)), ("b.md", "Read more:\nthe the end\n"), ("c.jsonl", '{"text": "Share this article\\nHi"}\n')):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        os.utime(path, ns=(10**18, 10**18))
        files.append(path)
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in files}
    main(["--select", "ALL", *args, str(tmp_path)])
    assert {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in files} == before
    assert sorted(tmp_path.iterdir()) == files


# -- crashes, a full disk, Ctrl-C ------------------------------------------------------------


def _limit_file_size(limit: int):
    def apply() -> None:
        # Writes past the limit fail with EFBIG, as a full disk fails them
        # with ENOSPC; without SIG_IGN the signal would kill the process.
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


def test_a_full_disk_leaves_the_file_as_it_was(tmp_path):
    path = tmp_path / "big.txt"
    article = "\n".join(LINES + [f"Paragraph {i} of the council's long report on the terminal." for i in range(400)])
    path.write_text(article, encoding="utf-8")
    size = path.stat().st_size
    proc = subprocess.run(
        [*newslint_bin(), "--select", SELECT, "--fix", str(path)],
        capture_output=True, text=True, preexec_fn=_limit_file_size(size // 2), timeout=300,
    )
    assert proc.returncode == 2, proc.stderr
    assert "the file is unchanged" in proc.stderr
    assert path.read_text(encoding="utf-8") == article
    assert sorted(p.name for p in tmp_path.iterdir()) == ["big.txt"]


def _corpus(folder: Path, count: int) -> tuple[dict[Path, bytes], bytes]:
    folder.mkdir()
    text = "\n".join(LINES + ["Read more:", "", "Ferry Fares Rise Again", "", "Harbour Dredging Starts", ""]) + "\n"
    old = text.encode("utf-8")
    files = {}
    for i in range(count):
        path = folder / f"a{i:04}.txt"
        path.write_bytes(old)
        files[path] = old
    return files, fix_text(text, "a.txt", select=SELECT.split(",")).text.encode("utf-8")


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGINT], ids=["SIGKILL", "SIGINT"])
def test_killing_a_run_leaves_every_file_old_or_new(tmp_path, sig):
    files, new = _corpus(tmp_path / "corpus", 300)
    proc = subprocess.Popen(
        [*newslint_bin(), "--select", SELECT, "--fix", "--jobs", "1", str(tmp_path / "corpus")],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 120
    # Kill once the run is writing: some files are new, most are still old.
    while time.monotonic() < deadline and proc.poll() is None:
        if sum(p.read_bytes() == new for p in list(files)[:40]) >= 5:
            break
        time.sleep(0.01)
    assert proc.poll() is None, "the run ended before it could be killed"
    proc.send_signal(sig)
    _, err = proc.communicate(timeout=60)
    states = [p.read_bytes() for p in files]
    assert all(s in (files[p], new) for p, s in zip(files, states)), "a file is neither old nor new"
    assert new in states and files[next(iter(files))] in states  # killed mid-run indeed
    left = sorted(p.name for p in (tmp_path / "corpus").iterdir() if p not in files)
    if sig == signal.SIGINT:
        assert proc.returncode == 130 and b"interrupted" in err
        assert left == []  # Ctrl-C removes the temporary file it was writing
    else:
        # A killed process cannot clean up: at most one hidden temporary file.
        assert len(left) <= 1 and all(n.startswith(".") and n.endswith(".newslint-tmp") for n in left)


# -- JSONL --------------------------------------------------------------------------------------

RECORDS = [
    '{"id": 1, "text": "Share this article\\nThe council met on Monday to approve it.", "meta": {"k": [1, 2.50, true]}}',
    '{"text":"A clean record about the council meeting.","id":2}',
    "not json at all",
    '{ "title" : "Caf\\u00e9", "body": "Type to search\\n\\nThe caf\\u00e9 opened on Monday.", "n": 1e3 }\r',
    "",
    '{"text": "Prix: 5 € &amp; plus", "x": "ü", "text2": "Share this article"}',
    '{"content": 5, "text": "Share this article\\nThe ferry sails at noon every day.", "text": "Share this article\\nLast one wins."}',
    '{"id": 8, "text": "Untouched text with an escaped \\/ slash and \\"quotes\\"."}',
]


def _check_records(before: str, after: str) -> None:
    old_lines, new_lines = before.split("\n"), after.split("\n")
    assert len(old_lines) == len(new_lines)
    changed = [i + 1 for i, (a, b) in enumerate(zip(old_lines, new_lines)) if a != b]
    assert changed == [1, 4, 6, 7]
    for i in changed:
        a, b = old_lines[i - 1], new_lines[i - 1]
        old, new = json.loads(a), json.loads(b)
        key = "body" if "body" in old else "text"
        assert {k: v for k, v in old.items() if k != key} == {k: v for k, v in new.items() if k != key}
        assert old[key] != new[key]
        # Every byte outside the text field's value is the one that was there.
        head = len(os.path.commonprefix([a, b]))
        tail = len(os.path.commonprefix([a[::-1], b[::-1]]))
        assert a[:head] + a[len(a) - tail :] == b[:head] + b[len(b) - tail :]
        assert head > a.rfind(f'"{key}"')  # the change starts inside the (last) text field's value
    assert json.loads(new_lines[0])["text"] == "The council met on Monday to approve it."
    assert new_lines[3] == '{ "title" : "Caf\\u00e9", "body": "The caf\\u00e9 opened on Monday.", "n": 1e3 }\r'
    assert new_lines[5] == '{"text": "Prix: 5 € & plus", "x": "ü", "text2": "Share this article"}'
    assert json.loads(new_lines[6])["text"] == "Last one wins."


def test_jsonl_fixes_rewrite_only_the_text_field_of_the_fixed_records(tmp_path, capsys):
    path = tmp_path / "feed.jsonl"
    before = "\n".join(RECORDS) + "\n"
    path.write_bytes(before.encode("utf-8"))
    assert fix(str(path)) in (0, 1)
    _check_records(before, path.read_bytes().decode("utf-8"))


def test_gzipped_jsonl_is_fixed_the_same_way(tmp_path, capsys):
    path = tmp_path / "feed.jsonl.gz"
    before = "\n".join(RECORDS) + "\n"
    path.write_bytes(gzip.compress(before.encode("utf-8"), mtime=1_600_000_000))
    assert fix(str(path)) in (0, 1)
    raw = path.read_bytes()
    assert raw[4:8] == (1_600_000_000).to_bytes(4, "little")  # the member's timestamp is kept
    _check_records(before, gzip.decompress(raw).decode("utf-8"))
