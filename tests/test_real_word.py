"""NL103 real-word: a real word its neighbours say is a slip for another one
edit away, reported only on strong evidence; the shipped evidence file's
confusion sets and article table."""
from __future__ import annotations

import pytest

from newslint.rules.typos.context import model, tokens, wrong_article
from newslint.rules.typos.lexicon import zipf
from newslint.rules.typos.real_word import real_word
from newslint.testing import assert_findings, assert_no_findings


@pytest.mark.parametrize("text,where,typed,right", [
    ("I may bee wrong about the figures.", "1:7-1:10", "bee", "be"),
    ("There were a lot off complaints about the noise.", "1:18-1:21", "off", "of"),
    ("The council said an new road would be built by the spring.", "1:18-1:20", "an", "a"),
    ("Engineers blamed a engine fault for the delay.", "1:18-1:19", "a", "an"),
])
def test_real_word_slip_is_reported_with_the_word_its_neighbours_expect(text, where, typed, right):
    expected = f"{where} NL103 possible real-word error '{typed}' (did you mean '{right}'?)"
    [found] = assert_findings(real_word, text, [expected])
    assert list(found.suggestions) == [right]
    assert found.severity.name.lower() == "info"


def test_sentence_initial_slip_keeps_its_capital_in_the_suggestion():
    [found] = assert_findings(real_word, "An new survey was published.", ["1:1-1:3 NL103 possible real-word error 'An' (did you mean 'A'?)"])
    assert list(found.suggestions) == ["A"]


@pytest.mark.parametrize("text", [
    "The Bee Gees played in London.",             # a name, capitalised mid-sentence
    "She said an MP had resigned.",               # an acronym said letter by letter
    "A university spokesman said so.",            # a before a "you" sound
    "The talks ended an hour later.",             # an before a silent h
    "It was an honest answer and a European one.",
    "They said it was an unusual step.",
    "Applicants must fill in a form and post it.",
    "The singer said she had to form a new band.",
    "The pick-ups were late again.",              # part of a hyphened compound
    "The club will lose its best player to a rival.",
    "The new Pixel 3a or the older phone?",       # a letter glued to a number
    "He was dismissed as an un-senatorial figure.",  # a prefix before a hyphen
    "El mundo está en llamas; el descanso ayudará a apagarlas.",  # another language
    "El desafío de hoy te ayudará a evitar el efecto de las dietas.",
    "The last word of the file is a",             # an article with nothing after it
])
def test_words_used_rightly_are_left_alone(text):
    assert_no_findings(real_word, text)


def test_min_evidence_option_silences_weaker_evidence():
    text = "I may bee wrong about the figures."
    assert_no_findings(real_word, text, options={"min-evidence": 50.0})
    assert_no_findings(real_word, text, options={"min-support": 10_000})


def test_tokens_mark_sentence_starts_and_line_breaks():
    got = [(t.norm, t.initial) for t in tokens("Rates rose. “It’s over,” he said\nThen")]
    assert got == [("<s>", False), ("rates", True), ("rose", False), (".", False), ('"', False), ("it's", True),
                   ("over", False), (",", False), ('"', False), ("he", False), ("said", False), ("<s>", False),
                   ("then", True)]


def test_every_confusion_pair_is_one_edit_apart_and_both_frequent():
    m = model()
    assert len(m.confusions) > 1000
    for typed, others in m.confusions.items():
        assert zipf(typed) >= 3.0 and others == sorted(others)
        for other in others:
            assert _one_edit(typed, other), (typed, other)


def test_article_table_follows_the_sound_of_the_next_word():
    m = model()
    assert wrong_article(m, "an", "new") and wrong_article(m, "a", "engine")
    assert not wrong_article(m, "a", "university") and not wrong_article(m, "an", "hour")


def _one_edit(a: str, b: str) -> bool:
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]]
                                  and a[diff[1]] == b[diff[0]])
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def test_a_long_text_is_read_in_pieces_and_the_offsets_stay_right():
    # Over 64 KB on one line: read a chunk at a time (memory bounded).
    prefix = "The council met again. " * 4000
    col = len(prefix) + 7
    text = prefix + "I may bee wrong about the figures."
    assert_findings(real_word, text, [f"1:{col}-1:{col + 3} NL103 possible real-word error 'bee' (did you mean 'be'?)"])
