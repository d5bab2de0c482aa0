"""The AI family's alternations regrouped by first character (ai_content/dispatch.py)
find what the plain alternations find: same spans, same groups."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from benchmarks.common import corpus_location
from newslint.pattern_files import read_entries
from newslint.rules.ai_content import candidates, leakage_score, terms
from newslint.rules.ai_content.dispatch import _branches, dispatched, split_top
from newslint.rules.ai_content.notice_parts import soft_scan_nouns
from newslint.rules.ai_content.word_start import after_guard, guarded_alternation, guarded_sources

ROOT = Path(__file__).resolve().parent.parent
SENTENCES = [json.loads(line)["text"] for line in (ROOT / "benchmarks/data/ai_sentences.jsonl").open(encoding="utf-8")]
EDGES = [
    "Shall I trim it? Should I add a line? I hope this helps! i hope this helpsx",
    "As an AI language model, I can't browse. (Rewritten version) [Insert quote here] (about 450 words)",
    "Machine-translated by an automated writing system; software-written; humans only. ChatGPT, GPT-4o, LLMs",
    "here's the draft: here is a tighter version. Feel free to tweak it!",
]


def _texts() -> list[str]:
    corpus = corpus_location() / "bbc-dev"
    articles = [p.read_text(encoding="utf-8") for p in sorted(corpus.rglob("*.txt"))[:150]] if corpus.is_dir() else []
    return [t.lower() for t in SENTENCES + EDGES + articles]


def _found(pattern: re.Pattern[str], texts: list[str]) -> list[list[tuple[tuple[int, int], str | None]]]:
    return [[(m.span(), m.lastgroup) for m in pattern.finditer(t)] for t in texts]


def _kind_source() -> str:
    """terms.py's agent-by-kind alternative, read back from the agent scan."""
    src = terms.terms().agent.pattern
    named = terms.word_start_phrases(terms._named_entries()).pattern
    return src[len(rf"(?<!\w)(?:{named}|") : -1]


def test_lists_find_what_the_plain_alternation_finds() -> None:
    plain = re.compile(
        rf"(?<!\w)(?:(?P<sure>{guarded_alternation(candidates.leakage_entries())})|{guarded_alternation(candidates.chatty_entries())})",
        re.MULTILINE,
    )
    texts = _texts()
    found = _found(plain, texts)
    assert _found(candidates.fast_lists(), texts) == found
    assert sum(map(len, found)) > 20


def test_agent_and_notice_scans_find_what_the_plain_alternation_finds() -> None:
    t = terms.terms()
    kind = after_guard(_kind_source())
    named = guarded_alternation(terms._scan_entries())
    agent = re.compile(rf"(?<!\w)(?:{named}|{kind})", re.MULTILINE)
    notice = re.compile(rf"(?<!\w)(?:{named}|{kind}|(?:{soft_scan_nouns()})(?!\w))", re.MULTILINE)
    texts = _texts()
    assert _found(t.agent_scan, texts) == _found(agent, texts)
    assert _found(t.notice_scan, texts) == _found(notice, texts)
    assert sum(map(len, _found(notice, texts))) > 50
    # ai_disclosure.py runs the notice scan case-insensitively on a text
    # whose lower case moves offsets: the regrouping holds there too.
    upper = [x.upper() for x in texts[:60]]
    assert _found(re.compile(t.notice_scan.pattern, re.IGNORECASE | re.MULTILINE), upper) == _found(
        re.compile(notice.pattern, re.IGNORECASE | re.MULTILINE), upper
    )


def test_score_patterns_find_what_the_plain_alternations_find() -> None:
    def alts(name: str) -> str:
        return guarded_alternation(read_entries(name), same_position=True)

    got = leakage_score.score_patterns()
    plain_strong = re.compile(rf"\b(?=[a-z])(?:(?P<advice>{alts('ai_advice')})|(?P<req>{alts('ai_requester')}))", re.MULTILINE)
    texts = [line for t in _texts() for line in t.splitlines()]
    assert _found(got.strong, texts) == _found(plain_strong, texts)
    # The classes pattern holds the same lists: each put back plain.
    plain_source = got.classes.pattern
    for name in ("ai_advice", "ai_requester", "ai_edit_verbs"):
        regrouped = dispatched(guarded_sources(read_entries(name), same_position=True))
        assert regrouped in plain_source
        plain_source = plain_source.replace(regrouped, alts(name))
    plain_classes = re.compile(plain_source, re.MULTILINE)
    assert plain_classes.pattern != got.classes.pattern
    assert _found(got.classes, texts) == _found(plain_classes, texts)


@pytest.mark.parametrize(
    ("sources", "expected"),
    [
        (["sa", "tb", "sc"], "s(?:(?:a)|(?:c))|t(?:(?:b))"),
        # A branch not led by a literal stays where it was, between runs.
        (["sa", r"(?<=,\s)x", "sc"], r"s(?:(?:a))|(?:(?<=,\s)x)|s(?:(?:c))"),
        # Two first characters one text character matches case-insensitively: in order.
        (["sa", "Sb"], "(?:sa)|(?:Sb)"),
        # An opening group's alternatives, in the engine's order; greedy "?" with it first.
        ([r"(?:shall|should)\s+i"], r"s(?:(?:hall\s+i)|(?:hould\s+i))"),
        ([r"(?:i\s+)?hope"], r"i(?:(?:\s+hope))|h(?:(?:ope))"),
        # Quantified groups, lazy options and led-by-class branches are left alone.
        ([r"(?:ab)+c", r"(?:ab)??c", r"[xy]z", r"\sq", r"a?b"], r"(?:(?:ab)+c)|(?:(?:ab)??c)|(?:[xy]z)|(?:\sq)|(?:a?b)"),
        ([r"\[x"], r"\[(?:(?:x))"),
        ([], "(?!)"),
    ],
)
def test_dispatched(sources: list[str], expected: str) -> None:
    assert dispatched(sources) == expected


def test_split_top_and_branches_read_classes_escapes_and_groups() -> None:
    assert split_top(r"a[|)]b|\|c|(?:d|e)f") == [r"a[|)]b", r"\|c", "(?:d|e)f"]
    assert split_top(r"[]|]x|y") == [r"[]|]x", "y"]
    assert _branches(r"(?:(?:x|y)z|d)q") == ["xzq", "yzq", "dq"]
    # "\1" then a digit would read as another escape: left in its group.
    assert _branches(r"(?:x\1|b)0") == [r"(?:x\1|b)0"]
