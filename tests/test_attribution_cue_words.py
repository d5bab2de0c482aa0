"""NL402's speech-cue search tried only where a cue's first word stands gives
what the plain search of the whole paragraph gives; NL401's factored
credit-line wording finds what the flat alternation finds."""
from __future__ import annotations

import random

import pytest
import regex

from newslint.document import Document
from newslint.phrases import alternation, word_start_phrases
from newslint.rules.attribution import credits, cues, unattributed_quote
from newslint.rules.attribution.cue_words import CueSearch
from newslint.rules.attribution.lists import entries
from newslint.rules.attribution.speakers import speech_cue_searches, speech_cues
from newslint.testing import findings

STRONG = entries("attribution_speech_verbs.txt")
ANY = STRONG + entries("attribution_speech_verbs_weak.txt")
# Pieces that sit on the search's edges: letters that fold to an ASCII letter
# only case-insensitively ("ſ", "K" the Kelvin sign, "İ" whose lower case is
# longer), word characters the C engines read differently ("²", a combining
# mark), quotation marks, line breaks, hyphens and apostrophes.
PIECES = [
    " ", "  ", "\n", "\r\n", "\t", "-", "—", "'", "’", '"', "“", "”", ".", ",", ":", "(", "²", "\u0301", "ſ", "\u212a",
    "\u0130", "é", "x", "un", "ly", "s", "ed", "_", "1", "İ", "SAID", "Said", "sa", "id", "accord", "ing", "to",
]


def _texts(rng: random.Random, words: list[str], count: int) -> list[str]:
    texts = []
    for _ in range(count):
        parts = []
        for _ in range(rng.randint(1, 12)):
            roll = rng.random()
            if roll < 0.35:
                word = rng.choice(words)
                parts.append(rng.choice([word, word.upper(), word.title(), word[:-1], word + "s", "un" + word]))
            else:
                parts.append(rng.choice(PIECES))
        texts.append("".join(parts))
    return texts


@pytest.mark.parametrize("listed", [STRONG, ANY], ids=["strong", "any"])
def test_found_in_as_the_plain_search(listed: tuple[str, ...]) -> None:
    pattern = word_start_phrases(listed)
    cues = CueSearch(pattern, listed)
    assert cues.automaton is not None or pytest.importorskip("ahocorasick") is None
    words = sorted({w for e in listed for w in e.split()})
    rng = random.Random(1602)
    texts = _texts(rng, words, 8000)
    found = sum(cues.found_in(text) for text in texts)
    assert 1000 < found < 7000  # both answers are well exercised
    for text in texts:
        assert cues.found_in(text) == (pattern.search(text) is not None), repr(text)


def test_the_rules_searches_are_the_speech_cues() -> None:
    strong, any_cue = speech_cues()
    quick_strong, quick_any = speech_cue_searches()
    assert quick_strong.pattern is strong and quick_any.pattern is any_cue


def test_without_an_automaton_the_pattern_is_searched(monkeypatch: pytest.MonkeyPatch) -> None:
    pattern = word_start_phrases(STRONG)
    cues = CueSearch(pattern, STRONG)
    monkeypatch.setattr(cues, "automaton", None)
    assert cues.found_in("the minister said on Monday")
    assert not cues.found_in("the minister unsaid on Monday")


def test_a_list_with_a_pattern_entry_is_searched_the_plain_way() -> None:
    listed = ("said", "re:acc?ording\\s+to")
    assert CueSearch(word_start_phrases(listed), listed).automaton is None
    assert CueSearch(word_start_phrases(("said", "2nd")), ("said", "2nd")).automaton is None


def test_a_cue_spelt_with_a_long_s_still_attributes() -> None:
    # "ſaid" folds to "said" only case-insensitively (its lower case is itself):
    # the plain search answers for such a paragraph.
    quote = "\"We cannot carry on losing money on every car we build,\""
    opening = "The plant will close in March.\n\n"
    rule = unattributed_quote.unattributed_quote
    assert not findings(rule, f"{opening}{quote} the boss \u017faid.\n")
    flagged = findings(rule, f"{opening}{quote} the boss nodded.\n")
    assert [(f.rule, f.line, f.column) for f in flagged] == [("NL402", 3, 1)]


def test_credit_lines_factored_as_the_flat_alternation() -> None:
    """NL401's credit-line wording, its shared beginnings factored out, finds at
    every line start what the flat alternation of the list finds."""
    listed = entries("attribution_credit_lines.txt")
    flat = regex.compile(credits._credit_lines_source(alternation(listed)), regex.IGNORECASE | regex.MULTILINE)
    quick = credits._credit_lines()
    assert quick.pattern != flat.pattern
    words = sorted({w for e in listed if not e.startswith("re:") for w in e.split()})
    rng = random.Random(1605)
    lines = _texts(rng, words + ["—", "*", "•", "> ", "|", "(c) 2024", "© ", "Jane Doe", "Reuters"], 3000)
    found = 0
    for k in range(0, len(lines), 6):
        doc = Document("x.txt", "\n".join(lines[k : k + 6]))
        spans = [m.span() for m in cues.at_line_starts(doc, quick)]
        assert spans == [m.span() for m in cues.at_line_starts(doc, flat)], doc.text
        found += bool(spans)
    assert found > 50
