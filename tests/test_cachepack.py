"""The findings cache's pack (newslint/cachepack.py): a warm run answered from
one file by stat, the content hash still the truth, damage and interruption
harmless, and the findings byte-identical to a cold run's."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

import newslint.cachepack as cachepack
import newslint.engine as engine
import newslint.units as units
from newslint.config import Config
from tests.conftest import ROOT, run_cli

EMPTY = str(ROOT / "tests" / "golden" / "default.toml")
STORY = (
    "Harbour Board Approves New Ferry Terminal\n\n"
    "The harbour board approved the the new terminal on Monday, officials say.\n\n"
    "\u201cWe will open in spring,\u201d the chair said. Read more:\n"
)


def lint(*args: str, cwd: Path):
    return run_cli("--config", EMPTY, "--exit-zero", "--cache-dir", "c", *args, cwd=cwd)


def _articles(tmp_path: Path, n: int = 4) -> Path:
    folder = tmp_path / "news"
    folder.mkdir()
    for i in range(n):
        (folder / f"{i}.txt").write_text(STORY.replace("Monday", f"day {i}"), encoding="utf-8")
    return folder


@pytest.fixture
def counted(monkeypatch):
    """(files linted, files read) by the run: the engine's and the cache's reads."""
    lints: list[str] = []
    reads: list[str] = []
    real_lint, real_read = engine.Linter.lint_unit, units.Unit.read

    def lint_unit(self, unit, *args, **kwargs):
        lints.append(Path(unit.path).name)
        return real_lint(self, unit, *args, **kwargs)

    def read(self):
        reads.append(Path(self.path).name)
        return real_read(self)

    monkeypatch.setattr(engine.Linter, "lint_unit", lint_unit)
    monkeypatch.setattr(units.Unit, "read", read)
    return lints, reads


@pytest.fixture
def settled(monkeypatch):
    """Files count as settled at once (no racy margin), as files a few seconds old do."""
    monkeypatch.setattr(cachepack, "RACY_SECONDS", 0)


def _pack(tmp_path: Path) -> Path:
    (pack,) = (tmp_path / "c").rglob(cachepack.NAME)
    return pack


def test_a_warm_run_reads_no_file_and_reports_the_same(tmp_path, counted, settled):
    _articles(tmp_path)
    lints, reads = counted
    cold = lint("--statistics", "news", cwd=tmp_path)
    assert sorted(lints) == ["0.txt", "1.txt", "2.txt", "3.txt"]
    lines = _pack(tmp_path).read_text(encoding="utf-8").splitlines()
    assert lines[0] == '{"format": 1}' and [cachepack.Line(t).path for t in lines[1:]] == [
        f"news/{i}.txt" for i in range(4)
    ]
    lints.clear()
    reads.clear()
    before = _pack(tmp_path).stat().st_mtime_ns
    warm = lint("--statistics", "news", cwd=tmp_path)
    assert (warm.stdout, warm.stderr, lints, reads) == (cold.stdout, cold.stderr, [], [])
    # Nothing new: the pack is left as it was, and no temporary file stays behind.
    assert _pack(tmp_path).stat().st_mtime_ns == before
    assert not list((tmp_path / "c").rglob(".tmp-*"))


def test_show_source_from_the_pack_reads_the_lines_again(tmp_path, counted, settled):
    _articles(tmp_path, 2)
    cold = lint("--show-source", "news", cwd=tmp_path)
    lints, reads = counted
    lints.clear()
    warm = lint("--show-source", "news", cwd=tmp_path)
    assert warm.stdout == cold.stdout and "approved the the new" in warm.stdout and lints == []


def test_a_recent_file_is_hashed_not_trusted_by_its_times(tmp_path, counted):
    _articles(tmp_path, 2)
    lints, reads = counted
    cold = lint("news", cwd=tmp_path)
    # Changed within RACY_SECONDS of the run: no stat is kept, only the hash.
    assert all(cachepack.Line(t).sig is None for t in _pack(tmp_path).read_text().splitlines()[1:])
    lints.clear()
    reads.clear()
    assert lint("news", cwd=tmp_path).stdout == cold.stdout
    assert (lints, sorted(reads)) == ([], ["0.txt", "1.txt"])


def test_same_size_and_restored_mtime_is_still_linted_again(tmp_path, counted, settled):
    folder = _articles(tmp_path, 2)
    lints, _ = counted
    cold = lint("news", cwd=tmp_path)
    target = folder / "1.txt"
    st = target.stat()
    text = target.read_text(encoding="utf-8")
    edited = text.replace("approved the the new", "approved the big new")
    target.write_text(edited, encoding="utf-8")
    os.utime(target, ns=(st.st_atime_ns, st.st_mtime_ns))  # as cp -p or rsync -t would
    assert target.stat().st_size == st.st_size and target.stat().st_mtime_ns == st.st_mtime_ns
    lints.clear()
    warm = lint("news", cwd=tmp_path)
    assert lints == ["1.txt"] and "news/1.txt:3:32" in cold.stdout and "news/1.txt:3:32" not in warm.stdout


def test_a_touched_but_unchanged_file_is_served_by_its_hash(tmp_path, counted, settled):
    folder = _articles(tmp_path, 2)
    lints, reads = counted
    cold = lint("news", cwd=tmp_path)
    os.utime(folder / "0.txt")
    lints.clear()
    reads.clear()
    assert lint("news", cwd=tmp_path).stdout == cold.stdout
    assert (lints, reads) == ([], ["0.txt"])
    reads.clear()
    # The new times are in the pack now: the next run reads nothing.
    assert lint("news", cwd=tmp_path).stdout == cold.stdout and reads == []


@pytest.mark.parametrize(
    "damage",
    [
        lambda text: text[: len(text) // 2],  # cut short mid-line
        lambda text: text.replace('"news/1.txt"', '"news/9.txt"'),  # out of order
        lambda text: "not json\n" + text,
        lambda text: text.replace('{"format": 1}', '{"format": 99}'),
        lambda text: text.replace(",2,[[", ",7,[[", 1),  # a count that is not its rows'
    ],
)
def test_a_damaged_pack_is_read_up_to_the_damage(tmp_path, counted, settled, damage):
    _articles(tmp_path, 3)
    lints, _ = counted
    cold = lint("news", cwd=tmp_path)
    pack = _pack(tmp_path)
    pack.write_text(damage(pack.read_text(encoding="utf-8")), encoding="utf-8")
    lints.clear()
    warm = lint("news", cwd=tmp_path)
    # The entry files still answer; the next pack is whole again.
    assert (warm.stdout, warm.stderr, lints) == (cold.stdout, "", [])
    paths = {cachepack.Line(t).path for t in pack.read_text().splitlines()[1:]}
    assert paths >= {f"news/{i}.txt" for i in range(3)}


def test_lines_of_files_another_run_met_are_carried_over(tmp_path, counted, settled):
    folder = _articles(tmp_path, 4)
    lints, reads = counted
    lint(str(Path("news") / "1.txt"), str(Path("news") / "3.txt"), cwd=tmp_path)
    lint("news/0.txt", "news/2.txt", cwd=tmp_path)
    assert [cachepack.Line(t).path for t in _pack(tmp_path).read_text().splitlines()[1:]] == [
        f"news/{i}.txt" for i in range(4)
    ]
    lints.clear()
    reads.clear()
    lint("news", cwd=tmp_path)
    assert (lints, reads) == ([], [])
    (folder / "2.txt").unlink()
    lint("news", cwd=tmp_path)
    # A file gone from the run keeps its line (another run may name it); the content hash guards it.
    assert len(_pack(tmp_path).read_text().splitlines()) == 5


def test_a_unit_with_many_findings_keeps_them_in_its_entry_file(tmp_path, counted, settled, monkeypatch):
    monkeypatch.setattr(cachepack, "INLINE_MAX", 1)
    _articles(tmp_path, 2)
    lints, _ = counted
    cold = lint("news", cwd=tmp_path)
    assert all(cachepack.Line(t).rows is None for t in _pack(tmp_path).read_text().splitlines()[1:])
    lints.clear()
    assert lint("news", cwd=tmp_path).stdout == cold.stdout and lints == []


def test_an_interrupted_run_leaves_the_old_pack(tmp_path, settled, monkeypatch):
    _articles(tmp_path, 2)
    lint("news", cwd=tmp_path)
    old = _pack(tmp_path).read_text()
    real = engine.Linter.lint_unit

    def killed(self, unit, *args, **kwargs):
        raise KeyboardInterrupt

    (tmp_path / "news" / "0.txt").write_text(STORY + "More.\n", encoding="utf-8")
    monkeypatch.setattr(engine.Linter, "lint_unit", killed)
    assert lint("news", cwd=tmp_path).returncode == 130
    monkeypatch.setattr(engine.Linter, "lint_unit", real)
    assert _pack(tmp_path).read_text() == old and not list((tmp_path / "c").rglob(".tmp-*"))


@pytest.mark.parametrize("path", ["a.txt", "./a/b.txt", "a/../b.txt", "..", "../x/y.txt", "/", "/etc/hosts", "."])
def test_relative_paths_as_relpath_gives_them(tmp_path, monkeypatch, path):
    monkeypatch.chdir(tmp_path)
    for config in (Config(), Config(path=tmp_path / "sub" / ".newslint.toml"), Config(path=Path("/") / "x.toml")):
        expected = os.path.relpath(os.path.abspath(path), config.root).replace(os.sep, "/")
        assert config.relative(path) == expected


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="file names there are always text")
def test_an_undecodable_file_name_is_cached_too(tmp_path, counted, settled):
    import newslint

    folder = tmp_path / "news"
    folder.mkdir()
    (Path(os.fsdecode(bytes(folder) + b"/caf\xe9.txt"))).write_text(STORY, encoding="utf-8")
    lints, _ = counted
    cold = newslint.lint_paths([folder], EMPTY, cache_dir=tmp_path / "c").findings
    assert [f.rule for f in cold] == ["NL102", "NL403"] and len(lints) == 1
    lints.clear()
    assert newslint.lint_paths([folder], EMPTY, cache_dir=tmp_path / "c").findings == cold and lints == []
    assert _pack(tmp_path).read_text(encoding="ascii").count("caf\\udce9.txt") == 3
