"""Phrase tries kept between runs (newslint/triecache.py): the same result as
building the trie, keyed by the builder's source, never trusted blindly."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

_PROBE = r"""
from newslint import phrase_trie, phrases, triecache
built = []
original = phrase_trie._factored
phrase_trie._factored = lambda *a: (built.append(1), original(*a))[1]
entries = ["officials said", "officials say", "official sources", "re:sources? (?:say|said)", "people familiar"]
got = phrases.factored_alternation(entries)
assert got == original([phrases.phrase_source(e) for e in entries], phrase_trie.plain_phrases(entries), True)
print("built" if built else "kept")
"""


def _probe(folder: Path | str) -> str:
    env = {**os.environ, "NEWSLINT_PATTERN_CACHE": str(folder)}
    done = subprocess.run([sys.executable, "-c", _PROBE], env=env, capture_output=True, text=True, check=True)
    return done.stdout.strip()


def test_a_trie_built_once_is_not_built_again(tmp_path: Path) -> None:
    assert _probe(tmp_path) == "built"
    (file,) = tmp_path.glob("tries-*.marshal")
    assert not file.stat().st_mode & 0o077
    assert _probe(tmp_path) == "kept"


def test_a_damaged_or_foreign_file_is_not_used(tmp_path: Path) -> None:
    _probe(tmp_path)
    (file,) = tmp_path.glob("tries-*.marshal")
    file.chmod(0o666)
    assert _probe(tmp_path) == "built"
    file.chmod(0o600)
    file.write_bytes(b"\x00not marshal")
    assert _probe(tmp_path) == "built"
    assert _probe(tmp_path) == "kept"


def test_the_file_is_named_by_the_builders_source(tmp_path: Path) -> None:
    from newslint import phrase_trie, triecache

    code = tmp_path / "phrase_trie.py"
    code.write_text(Path(phrase_trie.__file__).read_text(encoding="utf-8"), encoding="utf-8")
    os.environ["NEWSLINT_PATTERN_CACHE"] = str(tmp_path)
    try:
        first = triecache._file(str(code))
        code.write_text(code.read_text(encoding="utf-8") + "# edited\n", encoding="utf-8")
        assert triecache._file(str(code)) != first
    finally:
        del os.environ["NEWSLINT_PATTERN_CACHE"]


def test_off_switches_it_off(tmp_path: Path) -> None:
    assert _probe("off") == "built" and _probe("off") == "built"
