"""A factored phrase alternation finds exactly what the flat one finds."""
from __future__ import annotations

import random

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from newslint.phrases import alternation, compile_phrases, factored_alternation, word_start_phrases

# Few letters, so entries share beginnings and extend one another ("a b",
# "a bc", "a b:"); capitals and punctuation test the boundaries and case.
_WORD = st.text(alphabet="abAB:é-", min_size=1, max_size=3)
_PHRASE = st.lists(_WORD, min_size=1, max_size=3).map(" ".join)
_ENTRY = st.one_of(_PHRASE, _PHRASE, _PHRASE, st.sampled_from(["re:a+b", r"re:\bba?\b", "re:b:"]))
_TEXT = st.lists(st.one_of(_WORD, st.sampled_from([" ", "  ", "\n", ".", ","])), max_size=30).map("".join)


def _spans(pattern: regex.Pattern, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.lists(_ENTRY, min_size=1, max_size=12), st.lists(_TEXT, min_size=1, max_size=4), st.booleans())
def test_same_matches_as_the_flat_alternation(entries: list[str], texts: list[str], caseless: bool) -> None:
    flags = regex.MULTILINE | (regex.IGNORECASE if caseless else 0)
    flat = regex.compile(alternation(entries), flags)
    trie = regex.compile(factored_alternation(entries, caseless), flags)
    # Embedded in a longer pattern, backtracking into the alternation must
    # try the entries in the same order too.
    flat_in = regex.compile(f"(?:{alternation(entries)})(?=[ .]|$)", flags)
    trie_in = regex.compile(f"(?:{factored_alternation(entries, caseless)})(?=[ .]|$)", flags)
    for text in texts:
        assert _spans(trie, text) == _spans(flat, text)
        assert _spans(trie_in, text) == _spans(flat_in, text)


def test_shared_beginnings_are_factored() -> None:
    source = factored_alternation(["said", "says", "saying"])
    assert source.count("sa") == 1
    assert [m.group() for m in regex.finditer(source, "she says, saying, said sayings", regex.I)] == ["says", "saying", "said"]


def test_an_entry_before_its_longer_forms_wins_where_both_match() -> None:
    entries = ["people", "people familiar with the matter", "more", "more:"]
    pattern = compile_phrases(tuple(entries))
    text = "people familiar with the matter. Read more: here"
    assert [m.group() for m in pattern.finditer(text)] == ["people", "more"]
    assert [m.group() for m in compile_phrases(tuple(reversed(entries))).finditer(text)] == [
        "people familiar with the matter", "more:"
    ]


def test_case_variants_stay_flat_under_ignorecase() -> None:
    # "ANSA" and "Anadolu" part on N/n: both branches match "an..." when case is ignored.
    assert factored_alternation(["ANSA", "Anadolu"]) == alternation(["ANSA", "Anadolu"])
    assert factored_alternation(["ANSA", "Anadolu"], caseless=False) != alternation(["ANSA", "Anadolu"])


def test_backwards_flags_keep_the_flat_form() -> None:
    entries = tuple(f"word{i}" for i in range(5))
    assert word_start_phrases(entries, regex.IGNORECASE | regex.VERSION1).pattern == r"(?<!\w)(?:" + alternation(entries) + ")"
    assert factored_alternation(["re:(?r)ab", "abc", "abd"]) == alternation(["re:(?r)ab", "abc", "abd"])


def test_shipped_lists_give_the_same_matches() -> None:
    from newslint.pattern_files import read_entries

    rng = random.Random(7)
    for name in ("ai_terms", "ai_leakage"):
        entries = tuple(read_entries(name))
        words = [w for e in entries if not e.startswith("re:") for w in e.split()] or ["x"]
        text = " ".join(rng.choice(words + ["the", "a", "."]) for _ in range(3000))
        flat = regex.compile(r"(?<!\w)(?:" + alternation(entries) + ")", regex.I | regex.M)
        assert _spans(word_start_phrases(entries), text) == _spans(flat, text)
