"""The engine gives freed memory back between the rules of a huge document only."""
from __future__ import annotations

import newslint
from newslint import heap


def _calls(monkeypatch, huge_text: int) -> int:
    calls = []
    monkeypatch.setattr(heap, "HUGE_TEXT", huge_text)
    monkeypatch.setattr(heap, "give_back", lambda: calls.append(1))
    newslint.lint_text("Rates rose again today in the city.\n", select=["NL102", "NL201"])
    return len(calls)


def test_huge_document_trimmed_before_each_rule(monkeypatch):
    # NL001 and NL003 (the engine's own rules, in every run), NL102, NL201.
    assert _calls(monkeypatch, 10) == 4


def test_ordinary_document_not_trimmed(monkeypatch):
    assert _calls(monkeypatch, 10_000) == 0


def test_give_back_runs_here():
    heap.give_back()  # a no-op where the C library has no malloc_trim
