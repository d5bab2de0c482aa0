"""Config errors end in exit 2 and one line naming the file, line and key, with a
close-match hint where there is one; never a traceback.  Run through the real CLI."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ARTICLE = "The council met on Tuesday.\n"


def _lint_with(cli, tmp_path: Path, toml: bytes | str, name: str = "cfg.toml"):
    cfg = tmp_path / name
    cfg.write_bytes(toml.encode() if isinstance(toml, str) else toml)
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    return cli("--config", str(cfg), str(tmp_path / "a.txt"), cwd=tmp_path), cfg


CASES = [
    # (id, config text, expected stderr after "newslint: error: <cfg>")
    ("bad-toml", 'select = ["NL201"]\nignore = = 2\n', ":2:10: invalid TOML: Invalid value"),
    ("unknown-key", 'include = ["*.txt"]\nselct = ["NL201"]\n', ":2: selct: unknown key (did you mean 'select'?)"),
    (
        "wrong-type",
        'select = "NL201"\n',
        ":1: select: expected a list of rule ids, prefixes or names, got str",
    ),
    (
        "unknown-rule-select",
        '# house settings\nselect = ["NL2O1"]\n',
        ":2: select: unknown rule 'NL2O1' (did you mean 'NL201'?); `newslint rules` lists them",
    ),
    (
        "unknown-rule-ignore",
        'ignore = ["duplicate-lin"]\n',
        ":1: ignore: unknown rule 'duplicate-lin' (did you mean 'duplicate-line'?); `newslint rules` lists them",
    ),
    ("bad-glob", 'include = ["*.txt"]\nexclude = ["drafts/[ab"]\n', ":2: exclude: bad glob pattern 'drafts/[ab': unclosed '['"),
    ("empty-glob", 'exclude = [""]\n', ":1: exclude: bad glob pattern '': empty pattern"),
    (
        "unknown-rule-option",
        '[rules.duplicate-line]\nmin-chars = 10\nmin-word = 3\n',
        ":3: rules.duplicate-line.min-word: unknown option of rule duplicate-line (did you mean 'min-words'?)",
    ),
    (
        "unknown-rule-table",
        '\n[rules.duplicat-line]\nmin-words = 3\n',
        ":2: rules.duplicat-line: unknown rule (did you mean 'duplicate-line'?)",
    ),
    (
        "wrong-option-type",
        '[rules.duplicate-line]\nmin-words = "3"\n',
        ":2: rules.duplicate-line.min-words: expected an integer, got a string",
    ),
    (
        "bad-fail-level",
        'fail-level = "fatal"\n',
        ":1: fail-level: unknown severity 'fatal' (expected one of: error, warning, info)",
    ),
    (
        "unknown-rule-per-file-ignores",
        '[per-file-ignores]\n"drafts/*.md" = ["NL201"]\n"*.txt" = ["NL9"]\n',
        ":3: per-file-ignores.*.txt: unknown rule 'NL9'; `newslint rules` lists them",
    ),
    (
        "unknown-rule-extend-select",
        'include = ["*.txt"]\nextend-select = ["duplicate-lines"]\n',
        ":2: extend-select: unknown rule 'duplicate-lines' (did you mean 'duplicate-line'?); `newslint rules` lists them",
    ),
    (
        "bad-timeout",
        'regex-timeout = 0\n',
        ":1: regex-timeout: expected a number of seconds greater than 0, got 0",
    ),
]


@pytest.mark.parametrize("toml,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_config_error_is_one_line_with_file_line_key(cli, tmp_path, toml, expected):
    proc, cfg = _lint_with(cli, tmp_path, toml)
    assert proc.returncode == 2, proc.stderr
    assert proc.stdout == ""
    assert proc.stderr == f"newslint: error: {cfg}{expected}\n"


def test_discovered_config_error_names_it(cli, tmp_path):
    (tmp_path / ".newslint.toml").write_text('selectt = ["NL201"]\n', encoding="utf-8")
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    proc = cli("a.txt", cwd=tmp_path)
    assert proc.returncode == 2
    assert proc.stderr == (
        f"newslint: error: {tmp_path / '.newslint.toml'}:1: selectt: unknown key (did you mean 'select'?)\n"
    )


def test_pyproject_table_keys_are_prefixed(cli, tmp_path):
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.newslint]\nignor = ["NL201"]\n', encoding="utf-8"
    )
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    proc = cli("a.txt", cwd=tmp_path)
    assert proc.returncode == 2
    assert proc.stderr == (
        f"newslint: error: {tmp_path / 'pyproject.toml'}:5: tool.newslint.ignor: unknown key (did you mean 'ignore'?)\n"
    )


def test_config_not_utf8(cli, tmp_path):
    proc, cfg = _lint_with(cli, tmp_path, b'select = ["\xff"]\n')
    assert proc.returncode == 2
    assert proc.stderr == f"newslint: error: {cfg}: invalid TOML: not UTF-8 (byte 0xff at offset 11)\n"


def test_config_missing(cli, tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    proc = cli("--config", "nope.toml", "a.txt", cwd=tmp_path)
    assert proc.returncode == 2
    assert proc.stderr == "newslint: error: nope.toml: config file not found\n"


def test_config_that_is_a_folder_or_fifo_is_not_read(cli, tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "dir.toml").mkdir()
    os.mkfifo(tmp_path / "fifo.toml")
    for name in ("dir.toml", "fifo.toml"):
        # A FIFO would block a reader forever; the subprocess timeout would fire.
        proc = cli("--config", name, "a.txt", cwd=tmp_path)
        assert proc.returncode == 2
        assert proc.stderr == f"newslint: error: {name}: config file not found\n"


def test_unreadable_config(cli, tmp_path, monkeypatch):
    """An unreadable discovered config is one error line, exit 2.

    Tests run as root, who may read a mode-000 file, so the permission is taken
    away with setpriv (dropping CAP_DAC_OVERRIDE) when it is available.
    """
    cfg = tmp_path / ".newslint.toml"
    cfg.write_text('select = ["NL201"]\n', encoding="utf-8")
    cfg.chmod(0)
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    try:
        if os.geteuid() == 0:
            from tests.test_robustness import without_root_override

            proc = without_root_override(cli, "a.txt", cwd=tmp_path)
            if proc is None:
                pytest.skip("running as root and setpriv is not available")
        else:
            proc = cli("a.txt", cwd=tmp_path)
    finally:
        cfg.chmod(0o644)
    assert proc.returncode == 2
    assert proc.stderr == f"newslint: error: {cfg}: cannot read config: Permission denied\n"


def test_in_process_config_error_type():
    """The API raises ConfigError (not a bare exception) for the same mistakes."""
    from newslint import ConfigError, Linter
    from newslint.config import Config

    with pytest.raises(ConfigError, match="unknown rule 'NL2O1'"):
        Linter(Config(select=("NL2O1",)))
