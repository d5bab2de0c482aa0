"""NL501 and NL502 on first-person human prose (issue 10: "first-person human
prose (columns, letters, reader comments) stays clean").  Batch HP1
(benchmarks/data/ai_human_prose.txt): 40 lines written as hard controls, many
in a reply's shapes.  At its first run (main 01f6a27) 3 of 40 drew an NL502
warning and none an error: "I can't confirm the rumour, but I can tell you
what I saw with my own eyes.", "I've left out the names of the children, at
their parents' request.", "I've updated this guide with this year's opening
times." (the last two read as a reply would).  The count may fall, not rise."""
from __future__ import annotations

from pathlib import Path

from newslint import Severity
from newslint.rules.ai_content.ai_disclosure import ai_disclosure
from newslint.rules.ai_content.chatbot_leakage import chatbot_leakage
from newslint.testing import findings

DATA = Path(__file__).resolve().parents[1] / "benchmarks/data/ai_human_prose.txt"
HEAD = "Ferry fares to rise in spring\n\nOperators said on Monday that fares would rise by 4% from April.\n\n"
TAIL = "\n\nThe change needs the regulator's approval.\n"
MAX_WARNED = 3


def _lines() -> list[str]:
    return [s for s in DATA.read_text(encoding="utf-8").splitlines() if s.strip() and not s.startswith("#")]


def test_human_prose_batch_has_forty_lines():
    assert len(_lines()) == 40


def test_first_person_human_prose_is_never_an_error_and_rarely_warned():
    found = {line: findings([ai_disclosure, chatbot_leakage], HEAD + line + TAIL) for line in _lines()}
    assert not [line for line, fs in found.items() for f in fs if f.severity == Severity.ERROR]
    warned = [line for line, fs in found.items() if fs]
    assert len(warned) <= MAX_WARNED, warned
    assert all(f.rule == "NL502" for fs in found.values() for f in fs)
