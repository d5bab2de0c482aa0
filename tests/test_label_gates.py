"""NL301's literal gates (label_gates.py, literal_needs.py): they may only spare a
line the label patterns where the patterns cannot match it; and its other
shortcuts (word_count.py, the ASCII glue point) give the patterns' answers
(issue 12, branch speed18)."""
from __future__ import annotations

import importlib
import pkgutil
import sys

import pytest
import regex

import tests
from newslint.rules.scraping import label_gates as lg
from newslint.rules.scraping import literal_needs as ln
from newslint.rules.scraping.labels import label_lists, label_patterns
from newslint.rules.scraping.lines import ASCII_WORD, WORD, _kind

_ALL_CHARS = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)


class _Ctx:
    def limited(self, run, text, shown):
        return run(text, timeout=5.0)


_UNGATED = lg._UNGATED


def _kinds(lines, options=None):
    """Each line's kind with the gates and with none."""
    lists = label_lists(options or {})
    patterns, gates, ctx = label_patterns(lists), lg.label_gates(lists), _Ctx()
    out = []
    for text in lines:
        words = len((ASCII_WORD if text.isascii() else WORD).findall(text))
        if not words:
            continue
        out.append((text, _kind(text, words, patterns, 80, ctx, "", gates), _kind(text, words, patterns, 80, ctx, "", _UNGATED)))
    return out


def test_read_literals_are_in_the_casefold_of_every_character_they_match():
    # A literal matches, case-insensitively (simple or full folding), only
    # characters whose casefold holds its lower case, but for the exceptions.
    exceptions = set()
    for ch in sorted(ln._READ):
        for flags in (regex.IGNORECASE, regex.IGNORECASE | regex.VERSION1):
            for m in regex.compile(regex.escape(ch), flags).finditer(_ALL_CHARS):
                if ch.lower() not in m.group().casefold():
                    exceptions.add(m.group())
    assert "".join(sorted(exceptions)) == ln.CASE_FOLD_EXCEPTIONS == "\u0131"


def test_regex_white_space_is_what_str_split_splits_at():
    for m in regex.finditer(r"\s", _ALL_CHARS):
        assert m.group().isspace(), hex(ord(m.group()))
    assert ln.fold("  Sign\u00a0up \t now \n") == "Sign up now"


def test_opening_and_needs_read_off_entries():
    assert ln.opening("type to search") == {"type to search"}
    assert ln.opening(r"re:(?:view|show)\s+(?:all\s+)?comments") == {"view", "show"}
    assert ln.opening(r"re:(?:\S+\s+){0,3}newsletters?") is None
    assert ln.needs(r"re:(?:\S+\s+){0,3}newsletters?") == {"newsletter"}
    assert ln.needs(r"re:\d+\s+comments?") == {"comment"}
    assert ln.needs(r"re:(?:this|our)\s+(?:web)?site\s+uses\s+cookies") == {"site uses cookies"}
    # Nothing read: regex-only syntax, a case-sensitive group, a bare wildcard.
    assert ln.needs(r"re:\p{Lu}+ news") is None
    assert ln.needs(r"re:(?-i:AP) wire") == {"wire"}
    assert ln.needs("re:.+") is None


def test_gates_of_the_shipped_lists():
    gates = lg.label_gates(label_lists({}))
    assert gates.openings is not None and gates.banner
    assert "in case you missed it" in gates.openings and "type to search" in gates.openings
    assert gates.inner == ("http", "newsletter", "www.") and gates.digit
    assert gates.banner("please sign up for our newsletters")
    assert not gates.banner("the council met on tuesday")


def test_an_entry_nothing_is_read_from_leaves_its_list_ungated():
    gates = lg.label_gates(label_lists({"extend": [r"re:\p{Lu}{3}"]}))
    assert gates.openings is None
    lines = ["ABC", "Council budget", "More"]
    assert [(k, u) for _, k, u in _kinds(lines, {"extend": [r"re:\p{Lu}{3}"]})] == [("ui", "ui"), (None, None), ("ui", "ui")]


def _fixture_lines():
    lines = []
    for info in pkgutil.iter_modules(tests.__path__):
        if info.name.startswith(("scraping_fixtures", "scraping_pages")):
            module = importlib.import_module(f"tests.{info.name}")
            for _, page in getattr(module, "PAGES", {}).values():
                lines.extend(line[2:] for line in page)
    return lines


def _variants(text):
    yield text
    yield text.upper()
    yield text.title()
    yield text.replace(" ", "\u00a0")
    yield text.replace(" ", "  \t")
    yield "• " + text + " »"
    yield "  " + text + ": 12"
    yield text.upper().replace("I", "\u0131")
    yield text.replace("fi", "\ufb01").replace("ss", "\u00df").replace("k", "\u212a").replace("s", "\u017f", 1)
    yield text.upper().replace("I", "\u0131")
    yield "Please " + text + " today."
    yield "The council met. " + text.capitalize() + " for updates"


def test_gated_kinds_are_the_patterns_kinds():
    lists = label_lists({})
    entries = [e for e in lists.headers + lists.lines + lists.prefixes + lists.phrases + lists.buttons if not e.startswith("re:")]
    lines = _fixture_lines() + [v for e in entries for v in _variants(e)]
    lines += ["3 comments", "12 hours ago", "Get the daily newsletter", "Follow: https://example.org/x", "www.example.com",
              "Image 3 of 12", "Most read in Business", "Share this story via email", "Thanks for subscribing!"]
    kinds = _kinds(lines)
    assert len(kinds) > 2000
    differ = [(text, gated, plain) for text, gated, plain in kinds if gated != plain]
    assert differ == []
    # The lines hold interface text of every kind, so the comparison says something.
    assert {plain for _, _, plain in kinds} >= {None, "header", "ui", "prefix", "banner"}


@pytest.mark.parametrize("text", ["Sign up for our newsletter", "ALL RIGHTS RESERVED", "We use\u00a0cookies", "Council news"])
def test_holder_without_the_automaton_answers_alike(text, monkeypatch):
    strings = frozenset({"sign up", "all rights reserved", "we use cookies"})
    with_automaton = lg._holder(strings)
    monkeypatch.setattr(lg, "_automaton", lambda strings: None)
    plain = lg._holder(strings)
    low = ln.fold(text.casefold())
    assert with_automaton(low) == plain(low) == (text != "Council news")


def test_a_dotless_i_that_a_capital_entry_matches_is_not_gated_away():
    # "I" matches "ı" case-insensitively, and "ı".casefold() holds no "i".
    options = {"extend": ["Open Inbox"]}
    assert [(k, u) for _, k, u in _kinds(["open \u0131nbox", "Open Inbox"], options)] == [("ui", "ui"), ("ui", "ui")]


def test_entries_opening_with_a_digit_gate_on_any_digit():
    assert ln.opens_with_a_digit(r"re:\d+\s+comments?") and ln.opens_with_a_digit(r"re:\b\d\s*h")
    assert not ln.opens_with_a_digit(r"re:\d*\s*comments") and not ln.opens_with_a_digit("comments")
    gates = lg.label_gates(label_lists({}))
    assert gates.digit and "comment" not in gates.inner
    # A digit of a script newer than Python's own Unicode tables ("\U00010d40").
    lines = ["\u0663 comments", "\U00010d41 comments", "12 hours ago", "In 12 hours ago"]
    assert [(k, u) for _, k, u in _kinds(lines)] == [("ui", "ui"), ("ui", "ui"), ("ui", "ui"), (None, None)]


def test_the_ascii_glue_point_finds_what_the_labels_glue_point_finds():
    from newslint.rules.scraping.labels import _GLUE_POINT

    texts = ["energy ties.Type to search", 'he said."Sign up', "end!(A", "end.)B", "no glue. Here", "a.b", "x?Z", "x?)z", '."Q']
    texts += [line for line in _fixture_lines() if line.isascii()]
    assert sum(bool(_GLUE_POINT.search(t)) for t in texts) >= 4
    for text in texts:
        assert lg.may_be_glued(text, _GLUE_POINT) == bool(_GLUE_POINT.search(text)), text


def test_word_counts_are_the_patterns_counts():
    import random

    from newslint.rules.scraping.lines import ASCII_WORD, WORD
    from newslint.rules.scraping.word_count import count_words

    rng = random.Random(4)
    texts = ["", "-", "'ab", "x-'-y", "a - b", "Sign-up now!", "it's 9 o'clock", "\tTab\nline", "é à", "naïve café-bar"]
    texts += ["".join(rng.choice("ab1 -'_.\t\né") for _ in range(rng.randint(0, 15))) for _ in range(5000)] + _fixture_lines()
    for text in texts:
        assert count_words(text, ASCII_WORD, WORD) == len((ASCII_WORD if text.isascii() else WORD).findall(text)), repr(text)
