"""Branch speed15's shortcuts in the AI family give the answers of the work they leave out.

The learned scorer turns a sentence down from a bound on its score
(score_bound.py), NL502's lists run only with the entries a line may hold
(list_gate.py), and its shapes are skipped when a line holds none of their
own strings (heads.case_free_strings).  Each is checked against the full
work on benchmark sentences, bbc-dev articles and random strings built from
the strings the shortcuts read.
"""
from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
import regex

from newslint.document import Document
from newslint.rules.ai_content import candidates, learned, list_gate, score_bound, shapes
from newslint.rules.ai_content.class_gate import feature_gate
from newslint.rules.ai_content.gate_table import OWN_SHORTEST, heads_in
from newslint.rules.ai_content.heads import case_free_strings, fold
from tests.random_texts import bbc_articles, random_texts

ROOT = Path(__file__).resolve().parent.parent
SENTENCES = [json.loads(line)["text"] for line in (ROOT / "benchmarks/data/ai_sentences.jsonl").open(encoding="utf-8")]
ODD = [" ", "  ", "\n", "\t", "\u00a0", "'", "\u2019", ":", "!", "?", "-", "\u2014", ".", ",", "[", "{", "x", "I", "You"]


def _score(rule: str, sentence: str) -> float:
    m = learned.model(rule)
    return m.bias + sum(m.weights.get(f, 0.0) for f in learned.features(sentence, rule))


def test_the_bound_is_never_under_the_score() -> None:
    """A sentence may_reach turns down scores under the threshold, and the
    plain features are the features a search does not read."""
    pytest.importorskip("ahocorasick")
    texts = SENTENCES + [s.text for a in bbc_articles() for s in Document(path="<t>", text=a, metadata={}).sentences]
    gate = feature_gate()
    strings = sorted({s for each in gate.strings.values() for s in each})
    texts += random_texts(strings + ["i", "you", "!", "[Name]", "{x}", "Headline:"], 4000, 15, ODD)
    turned_down = reached = 0
    for text in texts:
        low = text.lower().replace("\u2019", "'")
        for rule in ("NL501", "NL502"):
            r = learned.reply_classes()
            plain = score_bound.plain_features(text, low, learned._TOKEN.findall(low), rule, learned.classes(), r)
            everything = learned.features(text, rule)
            assert plain == {f for f in everything if f in score_bound.PLAIN_FLAGS or f[:2] in ("w:", "b:", "s:")}
            if not score_bound.may_reach(rule, plain, low, gate if rule == "NL502" else None):
                turned_down += 1
                assert _score(rule, text) < learned.model(rule).threshold, (rule, text)
            else:
                reached += 1
    assert turned_down > 5000 and reached > 500


def test_the_bound_gives_the_flags_of_the_full_score() -> None:
    for text in SENTENCES:
        for rule in ("NL501", "NL502"):
            full = learned.gated(rule, text) and _score(rule, text) >= learned.model(rule).threshold
            assert learned.flagged(rule, text) == full, (rule, text)


def test_a_line_s_lists_find_what_the_whole_lists_find() -> None:
    """lists_for(the line's gate strings) finds the matches fast_lists() finds
    in the line and in windows of it, and a line it gives nothing has none."""
    pytest.importorskip("ahocorasick")
    gate = list_gate.list_gate()
    assert len(gate.entries) == len(candidates.leakage_entries()) + len(candidates.chatty_entries())
    assert not gate.empty
    lines = [line for text in SENTENCES + bbc_articles() for line in text.splitlines() if line.strip()]
    lines += random_texts(sorted(gate.by_string), 6000, 16, ODD)
    rng = random.Random(16)
    skipped = chosen = 0
    for line in lines:
        low = line.lower()
        finder = list_gate.lists_for(heads_in(low, 0, len(low)))
        spans = [(0, len(low)), (rng.randint(0, len(low)), len(low)), (0, rng.randint(0, len(low)))]
        for pos, endpos in spans:
            whole = list(candidates.whole_lists(low, pos, endpos))
            if finder is None:
                assert whole == [], line
            else:
                assert list(finder(low, pos, endpos)) == whole, (line, pos, endpos)
        skipped += finder is None
        chosen += finder is not None and finder is not candidates.whole_lists
    assert skipped > 1000 and chosen > 1000


def test_every_shape_match_holds_one_of_its_own_strings() -> None:
    """NL502 skips a shape when the folded lower-cased line holds none of
    the strings read from the shape itself (case_free_strings)."""
    pytest.importorskip("ahocorasick")
    own = [case_free_strings(p) for p in shapes.shapes()]
    assert sum(s is not None for s in own) >= 30
    strings = sorted({s for each in own if each for s in each})
    lines = [line for text in SENTENCES + bbc_articles() for line in text.splitlines()]
    lines += random_texts(strings, 4000, 17, ODD)
    matched = 0
    for line in lines:
        if any(c in line for c in shapes.CASE_FOLD_EXCEPTIONS) or len(line.lower()) != len(line):
            continue
        low = line.lower()
        present = heads_in(low, 0, len(low))
        for shape, strings in zip(shapes.shapes(), own):
            if strings is None:
                continue
            for m in shape.finditer(line):
                matched += 1
                piece = fold(low[m.start() : m.end()])
                assert any(s in piece for s in strings), (shape.pattern[:40], line)
                # The line's scan finds it (the sets of short strings are not used).
                assert not strings.isdisjoint(present) or min(map(len, strings)) < OWN_SHORTEST, line
    assert matched > 300


def test_patterns_of_the_regex_engine_alone_are_not_read() -> None:
    for source in (r"\p{Pd}x", "[[:alpha:]]abc", "(?|ab|cd)", "(?V1)abc", "(?<name>abc)", "a--b"):
        assert case_free_strings(regex.compile(source, regex.IGNORECASE)) is None, source
    assert case_free_strings(regex.compile(r"\bHere\s+is", regex.IGNORECASE)) == frozenset({"here is"})
    assert case_free_strings(regex.compile("ss", regex.IGNORECASE | regex.FULLCASE)) is None


def test_the_score_and_the_line_gate_skip_only_lines_they_cannot_flag() -> None:
    """scored() without an opener's word (gate_table.may_open) and
    may_flag_line() without a colon or a dash (no label) answer as the
    full work does."""
    pytest.importorskip("ahocorasick")
    from newslint.rules.ai_content.gate_table import may_be_strong, may_name_part, may_open
    from newslint.rules.ai_content.leakage_score import score_patterns, scored

    strings = sorted(gate_table_strings())
    lines = [line for text in SENTENCES + bbc_articles() for line in text.splitlines() if line.strip()]
    lines += random_texts(strings + ["!", " - ", "\u2014", ":", "Dear Sir,", "Q:"], 4000, 18, ODD)
    part, label, later_label = learned._wide_gate()
    skipped = scoring = 0
    for line in lines:
        text = f"Intro line.\n{line}\nLast line."
        lo, hi = 12, 12 + len(line)
        low = text.lower()
        if len(low) != len(text):
            continue
        doc = Document(path="<t>", text=text, metadata={})
        present = heads_in(low, lo, hi)
        opens = may_open(present)
        skipped += not opens
        got = list(scored(doc, text, low, 0, lo, hi, may_be_strong(present), opens))
        assert got == list(scored(doc, text, low, 0, lo, hi)), line
        scoring += bool(got)
        full = (
            learned._PERSON_ANYWHERE.search(low, lo, hi) is not None
            or part.search(low, lo, hi) is not None
            or label.match(low, lo, hi) is not None
            or later_label.search(low, lo, hi) is not None
        )
        assert learned.may_flag_line(low, lo, hi, may_name_part(present)) == full, line
    assert skipped > 1000 and scoring > 50, (skipped, scoring)
    assert score_patterns().opener_words.pattern


def gate_table_strings() -> set[str]:
    from newslint.rules.ai_content.gate_table import gate_table

    return set(gate_table().prefixes)


def test_the_joint_scan_gives_each_rule_its_own_matches() -> None:
    """word_places: NL502's anchors and NL501's notice terms from one scan
    are what each rule's own scan of the lower case finds."""
    from newslint.analysis.lowered import windows
    from newslint.rules.ai_content.terms import terms
    from newslint.rules.ai_content.word_places import anchor_starts, notice_starts

    pieces = candidates._ANCHOR_WORDS + ["software", "computer programs", "ai", "chatgpt", "machine-translated",
                                         "automated writing system", "here's", "thank you", "humans", "bot"]
    texts = bbc_articles(300) + SENTENCES[:500] + ["\n".join(SENTENCES[:300])]
    texts += random_texts(pieces, 3000, 19, ODD) + ["", "x", "ai", " ai", "\u0130 ai"]
    joint = 0
    for text in texts:
        doc = Document(path="<t>", text=text, metadata={})
        if not text.isascii() and "\u0130" in text:
            continue
        assert list(notice_starts(doc)) == list(windows(doc).starts(terms().notice_scan)), text
        assert anchor_starts(doc) == list(windows(doc).starts(candidates.quick_anchor())), text
        joint += doc.memo["ai_content.word_places"] is not None
    assert joint > 3000


def test_a_line_s_own_sentences_are_the_document_s() -> None:
    """learned.sentence_spans splits only its line (Document.line_sentences):
    the sentences of Document.sentences that start in the line."""
    texts = bbc_articles(200) + ["\n".join(SENTENCES[:400]), "A. B! C? D\u2026 E\r\nF.  G\n\n  H. i. J", "", "x"]
    lines = 0
    for text in texts:
        doc = Document(path="<t>", text=text, metadata={})
        for line in doc.lines:
            lo, hi = line.start, line.end
            assert doc.line_sentences(lo, hi) == [s for s in doc.sentences if lo <= s.start < hi], line
            lines += 1
    assert lines > 300
