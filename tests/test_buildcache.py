"""Build-time results kept between runs (newslint/buildcache.py), seen through
the phrase tries and NL502's gates: the same result as building them, keyed
by the builder's source, never trusted blindly."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

_PROBE = r"""
from newslint import phrase_trie, phrases
original = phrase_trie._factored.__wrapped__
memo = phrase_trie._factored.memo
entries = ["officials said", "officials say", "official sources", "re:sources? (?:say|said)", "people familiar"]
sources, plain = [phrases.phrase_source(e) for e in entries], phrase_trie.plain_phrases(entries)
got = phrases.factored_alternation(entries)
assert got == original(sources, plain, True)
print("built" if memo.new else "kept")
"""


def _probe(folder: Path | str) -> str:
    env = {**os.environ, "NEWSLINT_PATTERN_CACHE": str(folder)}
    done = subprocess.run([sys.executable, "-c", _PROBE], env=env, capture_output=True, text=True, check=True)
    return done.stdout.strip()


def test_a_trie_built_once_is_not_built_again(tmp_path: Path) -> None:
    assert _probe(tmp_path) == "built"
    (file,) = tmp_path.glob("built-newslint.phrase_trie._factored-*.marshal")
    assert not file.stat().st_mode & 0o077
    assert _probe(tmp_path) == "kept"


def test_a_damaged_or_foreign_file_is_not_used(tmp_path: Path) -> None:
    _probe(tmp_path)
    (file,) = tmp_path.glob("built-newslint.phrase_trie._factored-*.marshal")
    file.chmod(0o666)
    assert _probe(tmp_path) == "built"
    file.chmod(0o600)
    file.write_bytes(b"\x00not marshal")
    assert _probe(tmp_path) == "built"
    assert _probe(tmp_path) == "kept"


def test_the_file_is_named_by_the_builders_source(tmp_path: Path, monkeypatch) -> None:
    from newslint import phrase_trie

    code = tmp_path / "phrase_trie.py"
    code.write_text(Path(phrase_trie.__file__).read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.setenv("NEWSLINT_PATTERN_CACHE", str(tmp_path))
    memo = phrase_trie._factored.memo
    monkeypatch.setattr(memo, "code", [str(code)])
    first = memo.path()
    code.write_text(code.read_text(encoding="utf-8") + "# edited\n", encoding="utf-8")
    assert memo.path() != first
    assert first.parent == tmp_path and first.name.startswith("built-newslint.phrase_trie._factored-")


def test_a_kept_result_that_fails_its_check_discards_the_file(tmp_path: Path) -> None:
    import marshal

    _probe(tmp_path)
    (file,) = tmp_path.glob("built-newslint.phrase_trie._factored-*.marshal")
    entries = marshal.loads(file.read_bytes())
    file.write_bytes(marshal.dumps([(entries[0][0], 42)]))
    assert _probe(tmp_path) == "built"


def test_the_ai_gates_read_back_are_the_gates_worked_out(tmp_path: Path) -> None:
    probe = (
        "from newslint.rules.ai_content import candidates, dispatch, heads, word_start\n"
        "from newslint.rules.ai_content.gate_table import gate_table\n"
        "from newslint.rules.ai_content.candidates import fast_lists\n"
        "table, lists = gate_table(), fast_lists()\n"
        # Sets print in an order that differs between processes.
        "canon = lambda s: None if s is None else sorted(s)\n"
        "prefixes = sorted((h, canon(p)) for h, p in table.prefixes.items())\n"
        "keyed = [[canon(h) for h in sets] for sets in table.keyed]\n"
        "print(repr((prefixes, keyed, canon(table.strong), table.scan.pattern, lists.pattern)))\n"
        "print(sum(f.memo.new for f in (candidates.literal_trie, dispatch.dispatched, heads.contained_strings, word_start._opens_with_word_char)))\n"
    )
    env = {**os.environ, "NEWSLINT_PATTERN_CACHE": str(tmp_path)}
    runs = [subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True).stdout.split("\n") for _ in range(2)]
    assert runs[0][0] == runs[1][0]
    assert (runs[0][1], runs[1][1]) == ("4", "0")  # worked out once, then read back


def test_off_switches_it_off(tmp_path: Path) -> None:
    assert _probe("off") == "built" and _probe("off") == "built"


def test_only_the_newest_files_of_a_function_are_kept(tmp_path: Path) -> None:
    # Each edit of a builder's code names a new file; the old ones go at the next save.
    stale = []
    for n in range(6):
        old = tmp_path / f"built-newslint.phrase_trie._factored-{n:016x}.marshal"
        old.write_bytes(b"")
        os.utime(old, (1_000_000 + n, 1_000_000 + n))
        stale.append(old)
    other = tmp_path / "built-newslint.phrase_trie.other-0000000000000000.marshal"
    other.write_bytes(b"")
    assert _probe(tmp_path) == "built"
    left = sorted(p.name for p in tmp_path.glob("built-newslint.phrase_trie._factored-*.marshal"))
    assert len(left) == 4 and [p.name for p in stale[3:]] == [n for n in left if n in {p.name for p in stale}]
    assert other.exists()


def test_every_input_of_the_ai_gates_fits_under_the_bound(tmp_path: Path) -> None:
    # At the bound a result is worked out but not kept, so every start works it
    # out again (0.3 s a process when NL502's patterns outgrew a bound of 300).
    probe = (
        "from newslint import buildcache\n"
        "from newslint.rules.ai_content import heads\n"
        "from newslint.rules.ai_content.ai_disclosure import ai_disclosure\n"
        "from newslint.rules.ai_content.chatbot_leakage import chatbot_leakage\n"
        "from newslint.testing import findings\n"
        "text = 'Fares rise\\n\\nWe asked a chatbot to summarise this report. Certainly! Here is the summary: fares will rise.\\n'\n"
        "findings([ai_disclosure, chatbot_leakage], text)\n"
        "n = len(heads.contained_strings.memo.entries)\n"
        "print(n, buildcache.MAX_ENTRIES)\n"
    )
    env = {**os.environ, "NEWSLINT_PATTERN_CACHE": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True).stdout.split()
    kept, bound = int(out[0]), int(out[1])
    # About 300 today (more on a corpus: each gate is read on first use).
    assert 200 < kept < bound // 2
