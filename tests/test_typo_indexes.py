"""The typo rule's stored indexes and its C-speed tokeniser: what they give
back is exactly what building from wordfreq and scanning token by token gave."""
from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from array import array

import pytest
import regex

from newslint.rules.typos import lexicon, store
from newslint.rules.typos.lexicon import _build_table, common_words, frequency, frequent_words, zipf
from newslint.rules.typos.tokens import _MAX_LENGTH, _MAYBE_NOT_PROSE, _TOKENS, _WORD_TOKENS, rare_words

from .conftest import ROOT


def test_stored_table_gives_wordfreqs_own_frequencies():
    import wordfreq

    table = wordfreq.get_frequency_dict("en", "large")
    sample = random.Random(7).sample(list(table), 3000) + ["the", "encourafged", "", "zzzzq"]
    for word in sample:
        assert frequency(word) == table.get(word, 0.0), word
    assert list(common_words())[:1000] == list(table)[:1000]
    assert frequent_words(3.0) == frozenset(w for w, f in table.items() if f >= 10**3.0 / 1e9)
    assert round(zipf("the"), 2) == wordfreq.zipf_frequency("the", "en", "large")


def test_index_is_built_once_then_read_back(tmp_path, monkeypatch):
    monkeypatch.setenv(store.CACHE_ENV, str(tmp_path))
    calls = []

    def build() -> dict[str, str]:
        calls.append(1)
        return {"a": "b c"}

    assert store.stored("demo", "p1", dict, build) == {"a": "b c"}
    assert store.stored("demo", "p1", dict, build) == {"a": "b c"}
    assert calls == [1]
    # Other parameters are another file; a damaged file is rebuilt.
    store.stored("demo", "p2", dict, build)
    assert len(calls) == 2
    for path in tmp_path.glob("demo-*.marshal"):
        path.write_bytes(b"\x00garbage")
    assert store.stored("demo", "p1", dict, build) == {"a": "b c"}
    assert len(calls) == 3
    assert not list(tmp_path.glob("*.tmp"))


def test_unwritable_cache_folder_builds_in_memory(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv(store.CACHE_ENV, str(blocker / "typo"))
    assert store.stored("demo", "p", dict, lambda: {"x": "y"}) == {"x": "y"}
    monkeypatch.setenv(store.CACHE_ENV, "")
    assert store.cache_folder() is None
    assert store.stored("demo", "p", dict, lambda: {"x": "z"}) == {"x": "z"}


def test_build_table_round_trips():
    common, common_freqs, rare, rare_freqs, rare_offsets = _build_table()
    assert "\n" not in "".join(common.split("\n")[:10])
    assert len(common.split("\n")) * 8 == len(common_freqs)
    words = rare.split("\n")[:-1]  # each rare word ends with a line break
    assert len(words) * 8 == len(rare_freqs)
    offsets = array("I")
    offsets.frombytes(rare_offsets)
    table = lexicon._SortedWords(rare, offsets)
    assert len(table) == len(words) and list(table) == words and words == sorted(words)
    assert [table[i] for i in (0, 1, len(words) // 2, len(words) - 1)] == [words[i] for i in (0, 1, len(words) // 2, len(words) - 1)]


def test_long_words_are_the_long_words_at_least_that_frequent():
    band = lexicon.long_words(1.5, 7)
    assert {"notability", "government", "obsequious"} <= band
    assert "notable" in band and "notabl" not in band and "notablilty" not in band
    assert band == {w for w in frequent_words(1.5) if len(w) >= 7}


def test_a_rare_word_is_found_by_bisection_and_a_missing_one_is_not():
    words = list(lexicon._table().rare)
    probe = words[len(words) // 3]
    assert lexicon.frequency(probe) == lexicon._table().rare_frequencies[len(words) // 3] > 0
    assert lexicon.frequency(probe + "qzx") == 0.0


def _reference_rare_words(text: str, min_length: int, frequent: frozenset[str]) -> list[tuple[str, int, int]]:
    """The token-by-token scan the tokeniser replaced."""
    if _MAYBE_NOT_PROSE.search(text):
        return [
            (word, m.start(), m.end())
            for m in _TOKENS.finditer(text)
            if (word := m.group("word")) is not None
            and min_length <= len(word) <= _MAX_LENGTH
            and word.lower() not in frequent
        ]
    return [
        (word, m.start(), m.end())
        for m in _WORD_TOKENS.finditer(text)
        if min_length <= len(word := m.group()) <= _MAX_LENGTH and word.lower() not in frequent
    ]


_PIECES = (
    "the", "The", "encourafged", "Zhigang", "don't", "O’Meara", "İstanbul", "straße", "3rd", "mp3", "snake_case",
    "www.bbc.co.uk", "a@b.com", "#tag", "@handle", "https://x.org/a?b", "foo'bar.com", "x#y", "ab.ab.ab",
    "scène", "a" * 45, "Teran's", "—", ".", ",", "\n", "\r\n", "  ", "\t", "“quoted”",
)


@pytest.mark.parametrize("seed", range(6))
def test_rare_words_match_the_token_by_token_scan(seed):
    rng = random.Random(seed)
    frequent = frequent_words(3.0)
    # Long texts cross the tokeniser's chunk boundaries; some chunks hold
    # URLs and handles, most do not.
    parts = []
    for _ in range(rng.choice((50, 30000))):
        parts.append(rng.choice(_PIECES))
        parts.append(rng.choice((" ", " ", "\n", "", "-")))
    text = "".join(parts)
    assert rare_words(text, 3, frequent) == _reference_rare_words(text, 3, frequent)
    plain = regex.sub(r"[@#:/]|www|\.(?=\w)", " ", text)
    assert rare_words(plain, 3, frequent) == _reference_rare_words(plain, 3, frequent)
    unbroken = regex.sub(r"\s", "", text)  # no white space to cut at
    assert rare_words(unbroken, 3, frequent) == _reference_rare_words(unbroken, 3, frequent)


def test_many_rare_words_are_kept_as_offsets(monkeypatch):
    from newslint.compact import View
    from newslint.rules.typos import tokens

    text = " ".join(f"zqx{chr(97 + i % 26)}{chr(97 + i // 26 % 26)} a.com" for i in range(3000))
    expected = _reference_rare_words(text, 3, frequent_words(3.0))
    monkeypatch.setattr(tokens, "COMPACT_LINES", 100)
    found = rare_words(text, 3, frequent_words(3.0))
    assert isinstance(found, View) and found == expected and list(found) == expected


def test_a_fresh_cache_folder_gives_the_same_findings(tmp_path):
    env = dict(os.environ, **{store.CACHE_ENV: str(tmp_path / "cache")})
    cmd = [sys.executable, "-m", "newslint", "--no-cache", "--format", "json", "--select", "typo", "seeds/"]
    cold = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True)
    assert list((tmp_path / "cache").glob("*.marshal"))
    warm = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True)
    env[store.CACHE_ENV] = ""
    uncached = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True)
    assert cold.stdout == warm.stdout == uncached.stdout
    assert "encourafged" in cold.stdout


_VERDICTS = (
    "import json, sys\n"
    "from newslint.rules.typos import spelling\n"
    "words = sys.argv[1:]\n"
    "kept = [spelling.spelled_right(w) for w in words]\n"
    "opened = spelling.speller.cache_info().currsize + spelling.british_speller.cache_info().currsize\n"
    "asked = [spelling._ask(w) for w in words]\n"
    "print(json.dumps([kept, asked, opened]))\n"
)


def _verdicts(tmp_path, words):
    env = {**os.environ, store.CACHE_ENV: str(tmp_path)}
    proc = subprocess.run([sys.executable, "-c", _VERDICTS, *words], capture_output=True, text=True, env=env, check=True)
    return json.loads(proc.stdout)


def test_dictionary_answers_are_kept_and_a_later_run_opens_no_dictionary(tmp_path):
    words = ["harbour", "encourafged", "Tehran", "tehran", "colour", "zzzzq"]
    kept, asked, opened = _verdicts(tmp_path, words)
    assert kept == asked and opened == 2 and kept[:2] == [True, False]
    kept, asked_again, opened = _verdicts(tmp_path, words[:3])
    assert kept == asked[:3] and opened == 0, "a kept answer opened a dictionary"
    # A new word opens them; a damaged file is a fresh start, with the same answers.
    assert _verdicts(tmp_path, ["begining"])[2] == 2
    for path in tmp_path.glob("verdicts-*.marshal"):
        path.write_bytes(b"\x00garbage")
    kept, asked, opened = _verdicts(tmp_path, words)
    assert kept == asked and opened == 2
