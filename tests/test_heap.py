"""The engine gives freed memory back between the rules of a huge document only."""
from __future__ import annotations

import newslint
from newslint import heap


def _calls(monkeypatch, huge_text: int) -> int:
    calls = []
    monkeypatch.setattr(heap, "HUGE_TEXT", huge_text)
    monkeypatch.setattr(heap, "give_back", lambda caches=False: calls.append(1))
    newslint.lint_text("Rates rose again today in the city.\n", select=["NL102", "NL201"])
    return len(calls)


def test_huge_document_trimmed_before_each_rule(monkeypatch):
    # NL001 and NL003 (the engine's own rules, in every run), NL102, NL201.
    assert _calls(monkeypatch, 10) == 4


def test_ordinary_document_not_trimmed(monkeypatch):
    assert _calls(monkeypatch, 10_000) == 0


def test_give_back_runs_here():
    heap.give_back()  # a no-op where the C library has no malloc_trim


def _forgets(monkeypatch, huge_text: int) -> int:
    calls = []
    monkeypatch.setattr(heap, "HUGE_TEXT", huge_text)
    monkeypatch.setattr(heap, "forget", lambda: calls.append(1))
    newslint.lint_text("Rates rose again today in the city.\n", select=["NL101", "NL102", "NL201"])
    return len(calls)


def test_huge_document_forgets_caches_when_the_family_changes(monkeypatch):
    # The engine's own rules, then the typo family (NL101, NL102), then NL201.
    assert _forgets(monkeypatch, 10) == 3
    assert _forgets(monkeypatch, 10_000) == 0


def test_forget_empties_the_typo_tables_and_they_come_back():
    from newslint.rules.typos import lexicon, spelling

    text = "The goverment said on Tuesday that rates would rise again.\n"
    first = newslint.lint_text(text, select=["NL101"])
    assert lexicon._table.cache_info().currsize == 1
    heap.forget()
    assert lexicon._table.cache_info().currsize == 0
    assert spelling.speller.cache_info().currsize == 0
    assert lexicon.zipf.cache_info().currsize == 0
    assert newslint.lint_text(text, select=["NL101"]) == first
    assert [f.rule for f in first] == ["NL101"]


def test_a_document_of_many_short_lines_is_huge(monkeypatch):
    # A scraped page of a million short lines is 5 MB of text: its per-line data,
    # not its characters, is what the typo family's caches would sit beside.
    monkeypatch.setattr(heap, "HUGE_LINES", 3)
    calls = []
    monkeypatch.setattr(heap, "forget", lambda: calls.append(1))
    newslint.lint_text("a\nb\nc\nd\n", select=["NL102", "NL201"])
    assert calls
    assert not heap.is_huge("a\nb\n", lambda: 2)
    assert heap.is_huge("a\nb\nc\n", lambda: 4)
