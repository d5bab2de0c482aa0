"""NL502's remarks about the text a reply produced (remarks.py, branch leak20):
word classes (a part of the text, what "I" did to it, the requester, what is
pending, a place in the reply) paired in one sentence, and the vetoes that
keep columns, letters, corrections and news about chatbots clean.  Sentences
written for these tests, not batch lines."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from newslint import Severity
from newslint.pattern_files import read_patterns
from newslint.phrases import DATA_DIR
from newslint.rules.ai_content import remarks
from newslint.rules.ai_content.chatbot_leakage import chatbot_leakage
from newslint.testing import findings

HEAD = "Library hours cut\n\nThe council said on Tuesday that two branches would close on Mondays.\n\n"
TAIL = "\n\nThe changes start in May.\n"
BATCHES = Path(__file__).resolve().parents[1] / "benchmarks/data/ai_sentences.jsonl"

REMARKS = [
    # An "I" acting on a part of the text.
    "I kept the intro to two sentences, since this is for the app.",
    "I've moved the councillor's quote up to the second paragraph.",
    # A check not made and the fact left out.
    "I couldn't verify the librarian's surname, so I've left it out.",
    # A part of the text with something pending.
    "The opening paragraph still needs a date for the vote.",
    "Everything below the subheading can be cut if you're short of room.",
    # A part of the text placed in the reply.
    "The alternative headlines are at the end.",
    # The requester and what they gave.
    "The quotes are taken from the transcript you attached.",
    "As requested, the story leaves out the branch manager's name.",
    # A fact with something pending; an edit with no subject.
    "Worth confirming the closing date with the council before it runs.",
    "Trimmed the intro so it reads faster.",
    # The text pointing at itself, with a contrast.
    "This draft puts the users first rather than the budget.",
]
CLEAN = [
    # A columnist's own things, history and choices about her life.
    "I kept the receipts from my first flat, which my mother found hilarious.",
    "I left out the garlic last time, and nobody noticed.",
    "I stuck with the old phone until the battery gave up.",
    "I went with the plumber's quote for the boiler, since he could start on Monday.",
    # A letter to the editor about the paper's text ("As a reader, I found
    # the headline on your front page misleading." is a warning of the
    # learned scorer, not of these classes).
    "I have read your paper for forty years and the tone of the headline was new to me.",
    # A correction and an editor's note, a notice, a reminder.
    "Correction: An earlier version of this story gave the wrong opening time.",
    "Please note that the library will be closed on Good Friday.",
    "Reminder: the car park is closed for resurfacing.",
    # A reader call-out, news about a chatbot, reported speech.
    "If you want to take part, go to the bottom of the story and get in touch.",
    "The council's chatbot told residents the opening paragraph of the letter was wrong.",
    "I kept the opening paragraph short, the author said.",
]


@pytest.mark.parametrize("sentence", REMARKS)
def test_a_remark_about_the_text_is_a_warning_on_its_sentence(sentence):
    found = findings(chatbot_leakage, HEAD + sentence + TAIL)
    assert [(f.rule, f.line, f.column, f.severity) for f in found] == [("NL502", 5, 1, Severity.WARNING)]
    # The whole sentence, or the words of a shape that found it first.
    assert found[0].end_line == 5 and found[0].end_column >= len(sentence) - 20
    assert found[0].message.startswith(f"chatbot text left in the copy: '{sentence[:30]}")


@pytest.mark.parametrize("sentence", CLEAN)
def test_first_person_prose_notices_and_reports_stay_clean(sentence):
    assert findings(chatbot_leakage, HEAD + sentence + TAIL) == []


def test_a_remark_inside_a_paragraph_reports_its_own_sentence():
    text = HEAD + "The branches open at nine. The two alternative standfirsts are at the bottom. Staff agreed.\n"
    found = findings(chatbot_leakage, text)
    assert [(f.line, f.column, f.end_column) for f in found] == [(5, 28, 78)]


def test_a_bracketed_note_reads_from_its_first_word():
    found = findings(chatbot_leakage, HEAD + "[Reminder: the caption still needs the photographer's credit.]" + TAIL)
    assert [(f.line, f.column) for f in found] == [(5, 2)]


def test_a_remark_in_double_quotes_is_speech():
    assert findings(chatbot_leakage, HEAD + '"I kept the intro to two sentences," she said.' + TAIL) == []


def _sentences() -> list[str]:
    out = [json.loads(line)["text"] for line in BATCHES.read_text(encoding="utf-8").splitlines()]
    for name in sorted(DATA_DIR.glob("ai_remark_*_patterns.txt")):
        out += [e for p in read_patterns(name) for e in p.examples]
    return out + REMARKS + CLEAN


def test_the_cue_scan_never_hides_a_remark():
    """Only the classes a sentence's cues allow are tried: with every class
    allowed, no batch sentence nor pattern example becomes a remark."""
    every = frozenset(remarks._CUES)
    missed = [s for s in _sentences() if remarks.is_remark(s.lower(), every) and not remarks.is_remark(s.lower())]
    assert missed == []


def test_each_class_alone_is_no_remark():
    for sentence in ("I kept the receipts.", "The headline figure rose.", "Still to do: paint the shed.", "As requested, here it is."):
        assert not remarks.is_remark(sentence.lower()), sentence


# Branch leak23: "I" holding back from an act of the text, done on purpose
# (ai_remark_omissions_patterns.txt), and a part of the text that "could be"
# cut where the sentence says where the text goes or the room it has (print,
# the app, space; ai_remark_pending_patterns.txt).
@pytest.mark.parametrize("sentence", [
    "I've purposely refrained from naming the landlord, given the legal advice.",
    "I deliberately chose not to quote the neighbour's post in full.",
    "The closing paragraph could be dropped if the page is tight.",
    "The third section could be shortened to fit the print slot.",
])
def test_a_deliberate_omission_or_a_part_that_could_be_cut_is_a_warning(sentence):
    found = findings(chatbot_leakage, HEAD + sentence + TAIL)
    assert [(f.rule, f.line, f.column, f.severity) for f in found] == [("NL502", 5, 1, Severity.WARNING)]


@pytest.mark.parametrize("sentence", [
    # Holding back from a place or a thing, on purpose: a columnist's life.
    "I've deliberately avoided the ring road since the new lights went in.",
    # Holding back from naming, with no deliberate choice: a story's aside.
    "I avoided naming names when the committee asked me about the vote.",
    # "Could be cut" of a service or a budget, not of a part of the text.
    "Bus services could be cut next year if the grant is not renewed.",
    "The second phase of the bypass could be dropped, the council said.",
    # "Could be" of a part with no word of where the text goes: news speculating.
    "The northern section could be shortened by two miles under the new plan.",
    "The final paragraph of the treaty could be changed before it is signed.",
])
def test_holding_back_and_cuts_that_are_not_about_the_text_stay_clean(sentence):
    assert findings(chatbot_leakage, HEAD + sentence + TAIL) == []
