"""Corpus-scale runs (issue 12): record ranges, parallel workers, streaming,
bounded sorting, the findings cache, progress, gzip input and compact
documents -- each checked against the plain one-process result."""
from __future__ import annotations

import gzip
import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

import newslint.engine as engine
import newslint.sorting as sorting
import newslint.units as units
from newslint import Finding, Severity
from newslint.compact import View
from tests.conftest import ROOT, newslint_bin, run_cli

EMPTY = str(ROOT / "tests" / "golden" / "default.toml")
CAPTION = "Commuters wait for the morning ferry at the old pier on Tuesday."
STORY = (
    "Harbour Board Approves New Ferry Terminal\n\n"
    "The harbour board approved the the new terminal on Monday, officials say.\n\n"
    f"{CAPTION}\n{CAPTION}\n\n"
    "\u201cWe will open in spring,\u201d the chair said. Read more:\n"
)


def lint(*args: str, cwd: Path | None = None, **kw):
    return run_cli("--config", EMPTY, "--exit-zero", *args, cwd=cwd, **kw)


@pytest.fixture
def small_ranges(monkeypatch):
    """Split JSONL files past 3 KB (compressed ones past 250 bytes) into ranges of about 2 KB."""
    monkeypatch.setattr(units, "SPLIT_BYTES", 3000)
    monkeypatch.setattr(units, "CHUNK_BYTES", 2000)
    monkeypatch.setattr(units, "PACKED_SCAN_BYTES", 250)


def corpus_jsonl(n: int = 40) -> str:
    lines = []
    for i in range(n):
        lines.append(json.dumps({"text": STORY.replace("Monday", f"day {i}"), "author": "" if i % 3 else "Ann Lee"}))
        if i % 7 == 0:
            lines.append("")  # blank lines keep their record numbers
        if i % 11 == 0:
            lines.append("{not json")
        if i % 13 == 0:
            lines.append('{"title": "no text field"}')
    return "\ufeff" + "\n".join(lines) + "\n"


# -- record ranges and workers ------------------------------------------------------


def test_a_large_jsonl_file_is_linted_in_record_ranges_with_the_same_findings(tmp_path, monkeypatch):
    path = tmp_path / "big.jsonl"
    path.write_text(corpus_jsonl(), encoding="utf-8")
    whole = lint("--no-cache", "-j", "1", "--format", "json-lines", str(path))
    monkeypatch.setattr(units, "SPLIT_BYTES", 3000)
    monkeypatch.setattr(units, "CHUNK_BYTES", 2000)
    assert len(list(units.plan(str(path)))) > 5
    for jobs in ("1", "2"):
        split = lint("--no-cache", "-j", jobs, "--format", "json-lines", str(path))
        assert split.stdout == whole.stdout, jobs
    assert '"rule": "NL001"' in whole.stdout and '"record": 41' in whole.stdout


def test_gzip_jsonl_ranges_and_a_folder_of_gzip_files(tmp_path, small_ranges):
    folder = tmp_path / "corpus"
    folder.mkdir()
    text = corpus_jsonl()
    (folder / "a.jsonl").write_text(text, encoding="utf-8")
    (folder / "b.jsonl.gz").write_bytes(gzip.compress(text.encode("utf-8")))
    # Two concatenated members are one file, as `cat a.gz b.gz` makes.
    half = len(text) // 2
    cut = text.index("\n", half) + 1
    (folder / "c.jsonl.gz").write_bytes(gzip.compress(text[:cut].encode()) + gzip.compress(text[cut:].encode()))
    assert len(list(units.plan(str(folder / "b.jsonl.gz")))) > 1
    out = lint("--no-cache", "-j", "2", "--format", "json-lines", str(folder)).stdout.splitlines()
    by_file: dict[str, list[dict]] = {}
    for row in map(json.loads, out):
        by_file.setdefault(Path(row.pop("path")).name, []).append(row)
    assert by_file["a.jsonl"] == by_file["b.jsonl.gz"] == by_file["c.jsonl.gz"]
    summary = lint("--no-cache", "--select", "NL001,NL102,NL201,NL401", str(folder)).stdout.splitlines()[-1]
    assert "in 3 files (144 documents) (NL001: 24, NL102: 120, NL201: 120, NL401: 78)." in summary


def test_a_corrupt_gzip_file_is_nl001_and_the_run_goes_on(tmp_path, small_ranges):
    (tmp_path / "ok.txt.gz").write_bytes(gzip.compress(STORY.encode()))
    good = gzip.compress(corpus_jsonl().encode())
    (tmp_path / "bad.jsonl.gz").write_bytes(good[: len(good) // 2])
    (tmp_path / "junk.jsonl.gz").write_bytes(b"\x1f\x8b not gzip at all" * 400)
    proc = lint("--no-cache", "--select", "NL001,NL201", str(tmp_path), cwd=tmp_path)
    assert proc.stdout.splitlines() == [
        f"{tmp_path}/bad.jsonl.gz:1:1: NL001 [unreadable] not a readable gzip file: it ends before its data does (truncated?)",
        f"{tmp_path}/junk.jsonl.gz:1:1: NL001 [unreadable] not a readable gzip file: Error -3 while decompressing data: unknown compression method",
        f"{tmp_path}/ok.txt.gz:6:1: NL201 [duplicate-line] [*] repeats line 5",
        "Found 3 findings in 3 files (NL001: 2, NL201: 1). [*] 1 fixable with --fix.",
    ]


def test_zstd_files_are_read_like_gzip_files(tmp_path, small_ranges, monkeypatch):
    zstandard = pytest.importorskip("zstandard")
    text = corpus_jsonl()
    (tmp_path / "a.jsonl").write_text(text, encoding="utf-8")
    packed = zstandard.ZstdCompressor().compress(text.encode())
    (tmp_path / "b.jsonl.zst").write_bytes(packed)
    (tmp_path / "c.txt.zst").write_bytes(zstandard.ZstdCompressor().compress(STORY.encode()))
    (tmp_path / "d.md.zst").write_bytes(packed[:-9])
    assert len(list(units.plan(str(tmp_path / "b.jsonl.zst")))) > 1
    out = lint("--no-cache", "-j", "2", "--format", "json-lines", str(tmp_path)).stdout.splitlines()
    rows = [json.loads(line) for line in out]
    by_file = {name: [{**r, "path": ""} for r in rows if r["path"].endswith(name)] for name in ("a.jsonl", "b.jsonl.zst")}
    assert by_file["a.jsonl"] == by_file["b.jsonl.zst"]
    assert any(r["path"].endswith("c.txt.zst") and r["rule"] == "NL201" for r in rows)
    (bad,) = [r for r in rows if r["path"].endswith("d.md.zst")]
    assert bad["rule"] == "NL001" and bad["message"].startswith("not a readable zstd file")
    monkeypatch.setitem(sys.modules, "zstandard", None)
    proc = lint("--no-cache", "--select", "NL001", str(tmp_path / "c.txt.zst"))
    assert "NL001 [unreadable] a zstd file: install newslint[zstd]" in proc.stdout


@pytest.mark.parametrize(
    "content",
    [
        b'{"text": "caf\xe9"}\n' * 400,  # not UTF-8: the whole file is one NL001
        b'{"text": "a"}\n' * 300 + b'{"text": "\x00"}\n' + b'{"text": "b"}\n' * 300,  # NUL bytes
        "\n".join(['{"text": "a"}'] * 400).encode("utf-16"),  # a UTF-16 byte-order mark
    ],
    ids=["latin-1", "nul", "utf-16"],
)
def test_files_that_must_be_read_whole_are_not_split(tmp_path, small_ranges, content):
    path = tmp_path / "x.jsonl"
    path.write_bytes(content)
    assert [u.whole for u in units.plan(str(path))] == [True]


def test_a_range_never_starts_with_a_byte_order_mark(tmp_path, small_ranges):
    record = '{"text": "a"}\n'
    # A U+FEFF at a line start is a JSON error the decoder would hide at a range start.
    text = (record * 150 + "\ufeff" + record) * 6
    path = tmp_path / "x.jsonl"
    path.write_text(text, encoding="utf-8")
    ranges = [u for u in units.plan(str(path)) if not u.whole]
    raw = path.read_bytes()
    assert len(ranges) > 1 and all(not raw[u.start :].startswith(b"\xef\xbb\xbf") for u in ranges)
    assert b"".join(raw[u.start : u.end] for u in ranges) == raw
    split = lint("--no-cache", "--format", "json-lines", str(path)).stdout
    units.SPLIT_BYTES = 10**9
    assert lint("--no-cache", "--format", "json-lines", str(path)).stdout == split


def test_findings_come_out_sorted_by_path_whatever_the_walk_order(tmp_path):
    for folder in ("a/b", "a/b-c"):
        (tmp_path / folder).mkdir(parents=True)
        (tmp_path / folder / "x.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "a" / "z.txt").write_text(STORY, encoding="utf-8")
    out = lint("--no-cache", "--select", "NL201", "a", cwd=tmp_path).stdout.splitlines()
    assert [line.split(":")[0] for line in out[:-1]] == ["a/b-c/x.txt", "a/b/x.txt", "a/z.txt"]


# -- bounded memory ------------------------------------------------------------------


def _finding(line: int, rule: str = "NL201") -> Finding:
    return Finding("a.txt", line, 1, line, 2, rule, "x", Severity.WARNING, f"m{line % 3}")


def test_the_sorter_spills_and_merges_stably():
    items = [_finding(n % 97, "NL3" + str(n % 2) + "1") for n in range(1000)]
    sorter = sorting.FindingSorter(limit=64)
    for f in items:
        sorter.add(f, str(id(f)))
    assert len(sorter.runs) == 15
    got = [f for f, _ in sorter.sorted()]
    assert [f.sort_key for f in got] == [f.sort_key for f in sorted(items, key=lambda f: f.sort_key)]
    assert got == sorted(items, key=lambda f: f.sort_key)


def test_a_unit_with_very_many_findings_travels_in_a_file(tmp_path, monkeypatch):
    monkeypatch.setattr(sorting, "SPILL_AT", 50)
    path = tmp_path / "repeats.txt"
    path.write_text("".join(f"{CAPTION[:40]} {i}\n\n" for i in range(200)) + "the the\n", encoding="utf-8")
    expected = lint("--no-cache", "-j", "1", "--format", "json", str(path)).stdout
    result = engine.Linter().lint_unit(units.Unit(str(path), 0), spill=True)
    assert result.spill and os.path.exists(result.spill) and result.count > 50
    spill = result.spill
    assert len(list(result)) == result.count and not os.path.exists(spill)
    monkeypatch.setattr(sorting, "SPILL_AT", 10**9)
    assert lint("--no-cache", "-j", "1", "--format", "json", str(path)).stdout == expected


def test_huge_documents_are_compact_and_lint_the_same(tmp_path, monkeypatch):
    path = tmp_path / "huge.txt"
    body = [f"Line {i} of the live blog, updated." if i % 5 else CAPTION for i in range(3000)]
    path.write_text(STORY + "\n".join(body) + "\nRead more:\nTeaser One Here\nTeaser Two Here\n", encoding="utf-8")
    plain = lint("--no-cache", "--format", "json-lines", str(path)).stdout
    import newslint.compact as compact
    import newslint.document as document
    import newslint.rules.scraping.lines as lines
    import newslint.rules.scraping.page as page

    for module in (compact, document, lines, page):
        monkeypatch.setattr(module, "COMPACT_LINES", 100)
    doc = document.Document("x", path.read_text(encoding="utf-8"))
    assert isinstance(doc.lines, View) and isinstance(doc.sentences, View)
    assert doc.lines[-1] == list(doc.lines)[-1] and doc.lines[10:12] == [doc.lines[10], doc.lines[11]]
    assert lint("--no-cache", "--format", "json-lines", str(path)).stdout == plain


# -- the cache -----------------------------------------------------------------------


def _articles(tmp_path: Path, n: int = 6) -> Path:
    folder = tmp_path / "news"
    folder.mkdir()
    for i in range(n):
        (folder / f"{i}.txt").write_text(STORY.replace("Monday", f"day {i}"), encoding="utf-8")
    return folder


def _count_lints(monkeypatch) -> list[str]:
    calls: list[str] = []
    real = engine.Linter.lint_unit

    def counting(self, unit, *args, **kwargs):
        calls.append(unit.path)
        return real(self, unit, *args, **kwargs)

    monkeypatch.setattr(engine.Linter, "lint_unit", counting)
    return calls


def test_a_warm_run_lints_nothing_and_reports_the_same(tmp_path, monkeypatch):
    folder = _articles(tmp_path)
    (tmp_path / ".newslint.toml").write_text("", encoding="utf-8")
    calls = _count_lints(monkeypatch)
    cold = run_cli("--statistics", "news", cwd=tmp_path)
    assert len(calls) == 6
    # By default the cache sits beside the config that governs the run, as ruff's does.
    assert (tmp_path / ".newslint_cache" / "CACHEDIR.TAG").exists()
    calls.clear()
    warm = run_cli("--statistics", "news", cwd=tmp_path)
    assert (warm.stdout, warm.stderr, calls) == (cold.stdout, cold.stderr, [])
    (folder / "3.txt").write_text(STORY + CAPTION + "\n", encoding="utf-8")
    assert run_cli("news", cwd=tmp_path).stdout != cold.stdout and calls == ["news/3.txt"]
    calls.clear()
    # Another option value is another cache: nothing stale is served.
    other = run_cli("--select", "NL201", "news", cwd=tmp_path)
    assert len(calls) == 6 and "NL102" not in other.stdout


def test_cache_dir_no_cache_and_damaged_entries(tmp_path, monkeypatch):
    folder = _articles(tmp_path, 2)
    calls = _count_lints(monkeypatch)
    first = lint("--cache-dir", "c", str(folder), cwd=tmp_path)
    entries = sorted((tmp_path / "c").rglob("*.jsonl"))
    assert len(entries) == 2 and (tmp_path / "c" / ".gitignore").read_text().endswith("*\n")
    entries[0].write_text(entries[0].read_text()[:-30])  # cut short
    (entries[1].parent / ".tmp-left-by-a-killed-run.jsonl").write_text("{")
    # Without the pack (which holds the same findings), the entry files answer.
    for pack in (tmp_path / "c").rglob("pack.json"):
        pack.unlink()
    calls.clear()
    assert lint("--cache-dir", "c", str(folder), cwd=tmp_path).stdout == first.stdout and len(calls) == 1
    calls.clear()
    assert lint("--no-cache", str(folder), cwd=tmp_path).stdout == first.stdout and len(calls) == 2
    env_dir = tmp_path / "from-env"
    lint(str(folder), cwd=tmp_path, env={"NEWSLINT_CACHE_DIR": str(env_dir)})
    assert len(list(env_dir.rglob("*.jsonl"))) == 2


@pytest.mark.skipif(os.geteuid() == 0 if hasattr(os, "geteuid") else False, reason="root writes anywhere")
def test_a_read_only_tree_gets_no_cache_and_a_note(tmp_path):
    folder = _articles(tmp_path, 2)
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        proc = lint("--cache-dir", str(locked / "cache"), str(folder), cwd=tmp_path)
    finally:
        locked.chmod(stat.S_IRWXU)
    assert proc.returncode == 0 and "Found" in proc.stdout
    assert proc.stderr.startswith(f"newslint: note: cache off: cannot write {locked / 'cache'}")


def test_a_cache_folder_that_is_a_file_gets_a_note(tmp_path):
    folder = _articles(tmp_path, 1)
    (tmp_path / "c").write_text("not a folder")
    proc = lint("--cache-dir", "c", str(folder), cwd=tmp_path)
    assert "Found" in proc.stdout and proc.stderr.startswith("newslint: note: cache off: cannot write c")


CRASHING_PLUGIN = '''
from newslint import hookimpl, rule


@rule("CRASH101", "crash")
def crash(doc, ctx):
    """What it does: fails, as a broken plugin does."""
    raise RuntimeError("boom")


@hookimpl
def newslint_register_rules():
    return [crash]
'''


def test_a_unit_whose_rule_crashed_is_not_cached(tmp_path, monkeypatch):
    folder = _articles(tmp_path, 2)
    (tmp_path / "crash.py").write_text(CRASHING_PLUGIN, encoding="utf-8")
    calls = _count_lints(monkeypatch)
    args = ("--cache-dir", "c", "--plugin", "crash.py", "--select", "CRASH101,NL201", str(folder))
    first = lint(*args, cwd=tmp_path)
    assert "NL003 [rule-error] rule CRASH101 (crash)" in first.stdout
    assert lint(*args, cwd=tmp_path).stdout == first.stdout and len(calls) == 4


def test_parallel_runs_share_one_cache(tmp_path):
    folder = _articles(tmp_path, 30)
    cmd = [*newslint_bin(), "--config", EMPTY, "--exit-zero", "--cache-dir", str(tmp_path / "c"), str(folder)]
    env = {**os.environ, "NO_COLOR": "1"}
    procs = [subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env) for _ in range(3)]
    outs = [p.communicate(timeout=300) for p in procs]
    assert {o for o, _ in outs} == {outs[0][0]} and all(e == b"" for _, e in outs)
    assert subprocess.run(cmd, capture_output=True, env=env).stdout == outs[0][0]
    assert not list((tmp_path / "c").rglob(".tmp-*"))


# -- streaming output ----------------------------------------------------------------


def test_streamed_text_matches_the_collected_report(tmp_path, monkeypatch):
    folder = _articles(tmp_path, 4)
    (folder / "more.jsonl").write_text(corpus_jsonl(8), encoding="utf-8")
    args = ("--no-cache", "--statistics", "--show-source", str(folder))
    streamed = lint(*args, cwd=tmp_path)
    import newslint.cli as cli

    monkeypatch.setattr(cli, "can_stream", lambda linter: False)
    collected = lint(*args, cwd=tmp_path)
    assert streamed.stdout == collected.stdout
    assert "worst documents:" in streamed.stdout and "    ^" in streamed.stdout
    quiet = lint("--no-cache", "--quiet", "--statistics", str(folder), cwd=tmp_path)
    assert not quiet.stdout.splitlines()[-1].startswith("Found")
    assert lint("--no-cache", "--quiet", "--select", "NL503", str(folder), cwd=tmp_path).stdout == ""


def test_a_baseline_applies_across_record_ranges(tmp_path, small_ranges):
    path = tmp_path / "big.jsonl"
    path.write_text(corpus_jsonl(), encoding="utf-8")
    select = ("--select", "NL001,NL102,NL201,NL401")
    run_cli("--config", EMPTY, "--no-cache", *select, "--write-baseline", "base.json", "big.jsonl", cwd=tmp_path)
    path.write_text(corpus_jsonl() + json.dumps({"text": STORY}) + "\n", encoding="utf-8")
    proc = lint("--no-cache", *select, "-j", "2", "--baseline", "base.json", "big.jsonl", cwd=tmp_path)
    assert proc.stdout.splitlines()[-1].startswith("Found 3 findings in 1 file (49 documents) (NL102: 1, NL201: 1, NL401: 1).")


# -- progress ------------------------------------------------------------------------

SLOW_PLUGIN = '''
import time
from newslint import hookimpl, rule


@rule("SLOW101", "slow")
def slow(doc, ctx):
    """What it does: waits, so that a run is long enough to show progress."""
    time.sleep(0.15)
    return ()


@hookimpl
def newslint_register_rules():
    return [slow]
'''


def _on_a_terminal(args: list[str], cwd: Path) -> tuple[str, str]:
    """Run the real command with standard error on a pseudo-terminal."""
    pty = pytest.importorskip("pty")
    master, slave = pty.openpty()
    proc = subprocess.Popen(
        [*newslint_bin(), *args], cwd=cwd, stdout=subprocess.PIPE, stderr=slave, env={**os.environ, "NO_COLOR": "1"}
    )
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 4096)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    out, _ = proc.communicate(timeout=300)
    os.close(master)
    return out.decode(), b"".join(chunks).decode("utf-8", "replace")


def test_progress_on_a_terminal_only_for_long_runs_and_never_with_quiet(tmp_path):
    _articles(tmp_path, 12)
    (tmp_path / "slow.py").write_text(SLOW_PLUGIN, encoding="utf-8")
    base = ["--config", EMPTY, "--no-cache", "-j", "1", "--plugin", "slow.py", "--select", "SLOW101", "news"]
    out, err = _on_a_terminal(base, tmp_path)
    assert out == "All clear: 12 files checked, no findings.\n"
    assert "newslint" in err and "files" in err and "records" in err and "B/s" in err
    for flag in ("--no-progress", "--quiet"):
        assert _on_a_terminal([*base, flag], tmp_path)[1] == ""
    # Not a terminal: nothing on standard error.
    assert run_cli(*base, cwd=tmp_path).stderr == ""


# -- Dask ------------------------------------------------------------------------------


@pytest.mark.slow
def test_dask_cluster_gives_exactly_the_local_findings(tmp_path, small_ranges):
    distributed = pytest.importorskip("distributed")
    from newslint import lint_paths
    from newslint.dask import lint_bag, lint_paths_on_cluster

    folder = _articles(tmp_path, 5)
    (folder / "big.jsonl").write_text(corpus_jsonl(), encoding="utf-8")
    (folder / "big2.jsonl.gz").write_bytes(gzip.compress(corpus_jsonl(20).encode()))
    local = lint_paths([str(folder)], config=EMPTY)
    with distributed.LocalCluster(processes=True, n_workers=2, threads_per_worker=1, dashboard_address=None) as cluster:
        with distributed.Client(cluster) as client:
            assert lint_bag([str(folder)], config=EMPTY).compute() == local.findings
            remote = lint_paths_on_cluster([str(folder)], client, config=EMPTY)
            assert (remote.findings, remote.files, remote.documents) == (local.findings, local.files, local.documents)
            proc = lint("--no-cache", "--dask-scheduler", cluster.scheduler_address, "--format", "json-lines", str(folder))
            assert proc.stdout == lint("--no-cache", "-j", "1", "--format", "json-lines", str(folder)).stdout
            import dask.bag as db

            paths = db.from_sequence(sorted(str(p) for p in folder.glob("*.txt")), npartitions=2)
            assert lint_bag(paths, config=EMPTY).compute() == [f for f in local.findings if f.path.endswith(".txt")]


WORD_LIST_PLUGIN = '''\
from pathlib import Path

from newslint import hookimpl, rule

WORDS = Path(__file__).parent / "data" / "banned.txt"


@rule("ACME501", "acme-banned")
def banned(doc, ctx):
    """Words from the plugin's own data file."""
    for word in WORDS.read_text(encoding="utf-8").split():
        at = doc.text.find(word)
        if at >= 0:
            yield ctx.finding(at, at + len(word), f"banned word {word!r}")


@hookimpl
def newslint_register_rules():
    return [banned]
'''


def test_editing_a_local_plugins_data_file_invalidates_the_cache(tmp_path):
    # The plugin's code is unchanged; only the word list beside it is edited.
    (tmp_path / "plugins" / "data").mkdir(parents=True)
    (tmp_path / "plugins" / "banned.py").write_text(WORD_LIST_PLUGIN, encoding="utf-8")
    (tmp_path / "plugins" / "data" / "banned.txt").write_text("ferry\n", encoding="utf-8")
    (tmp_path / ".newslint.toml").write_text('plugins = ["plugins"]\nselect = ["ACME"]\n', encoding="utf-8")
    (tmp_path / "a.txt").write_text("The ferry left the pier.\n", encoding="utf-8")
    args = ("--cache-dir", "c", "--quiet", "a.txt")
    first = run_cli(*args, cwd=tmp_path)
    assert first.stdout == "a.txt:1:5: ACME501 [acme-banned] banned word 'ferry'\n"
    (tmp_path / "plugins" / "data" / "banned.txt").write_text("pier\n", encoding="utf-8")
    assert run_cli(*args, cwd=tmp_path).stdout == "a.txt:1:20: ACME501 [acme-banned] banned word 'pier'\n"


def test_editing_an_option_file_invalidates_the_cache(tmp_path):
    # The configuration text is unchanged; only the word list it names is
    # edited, and that changes the findings.
    (tmp_path / "house.txt").write_text("encourafged\n", encoding="utf-8")
    (tmp_path / ".newslint.toml").write_text('[rules.typo]\nallow-file = "house.txt"\n', encoding="utf-8")
    (tmp_path / "a.txt").write_text("The encourafged plan, a begining.\n", encoding="utf-8")
    args = ("--select", "typo", "--cache-dir", "c", "--quiet", "a.txt")
    first = run_cli(*args, cwd=tmp_path)
    assert first.stdout == "a.txt:1:25: NL101 [typo] possible misspelling 'begining' (did you mean 'beginning'?)\n"
    assert run_cli(*args, cwd=tmp_path).stdout == first.stdout
    (tmp_path / "house.txt").write_text("begining\n", encoding="utf-8")
    second = run_cli(*args, cwd=tmp_path)
    assert second.returncode == 1
    assert second.stdout.startswith("a.txt:1:5: NL101 [typo] possible misspelling 'encourafged'")


def test_the_sorter_merges_its_runs_once_they_are_many(monkeypatch):
    # Past MAX_RUNS the runs so far become one: open files and the slices a
    # merge holds stay bounded, and the order is still the stable sort's.
    monkeypatch.setattr(sorting, "MAX_RUNS", 4)
    items = [_finding(n % 97, "NL3" + str(n % 2) + "1") for n in range(1000)]
    sorter = sorting.FindingSorter(limit=64)
    for f in items:
        sorter.add(f, str(id(f)))
    assert len(sorter.runs) < 4
    got = [(f, text) for f, text in sorter.sorted()]
    assert [f for f, _ in got] == sorted(items, key=lambda f: f.sort_key)
    assert [text for _, text in got] == [str(id(f)) for f in sorted(items, key=lambda f: f.sort_key)]
