"""The learned NL501/NL502 sentence scorer (rules/ai_content/learned.py) and its training."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from newslint.findings import Severity
from newslint.phrases import data_path
from newslint.rules.ai_content import learned
from newslint.rules.ai_content.ai_disclosure import ai_disclosure, is_disclosure
from newslint.rules.ai_content.chatbot_leakage import chatbot_leakage
from newslint.testing import findings

ROOT = Path(__file__).resolve().parent.parent
HEAD = "Markets rally\n\nShares rose across Europe on Friday after figures showed inflation slowing.\n\n"
# Written for these tests; none is a benchmark sentence.
NOTICE = "A language model turned the raw figures into the paragraphs you are reading."
ASIDE = "I left your second paragraph as it was, apart from one date."


def test_scorer_alone_reports_a_disclosure_as_a_warning():
    assert not is_disclosure(NOTICE) and learned.flagged("NL501", NOTICE)
    (f,) = findings(ai_disclosure, HEAD + NOTICE + "\n")
    assert (f.rule, f.line, f.column, f.end_line, f.end_column) == ("NL501", 5, 1, 5, len(NOTICE) + 1)
    assert f.severity == Severity.WARNING and f.message.startswith("probably a notice")


def test_scorer_reports_an_aside_as_a_warning_only(monkeypatch):
    (f,) = findings(chatbot_leakage, HEAD + ASIDE + "\n")
    assert (f.rule, f.line, f.column, f.end_column, f.severity) == ("NL502", 5, 1, len(ASIDE) + 1, Severity.WARNING)
    # Without the scorer the patterns say nothing; the remark classes
    # (remarks.py: "I left" and a part of the text) find it too.
    monkeypatch.setattr("newslint.rules.ai_content.chatbot_leakage.sentence_spans", lambda *a: iter(()))
    (g,) = findings(chatbot_leakage, HEAD + ASIDE + "\n")
    assert (g.line, g.column, g.end_column, g.severity) == (5, 1, len(ASIDE) + 1, Severity.WARNING)
    monkeypatch.setattr("newslint.rules.ai_content.chatbot_leakage.remark_lines", lambda *a: {})
    assert findings(chatbot_leakage, HEAD + ASIDE + "\n") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "I wrote to my MP about the potholes and you would not believe the reply.",
        "The council said a computer model had been used to plan the new bus routes.",
        f'"{ASIDE}" the editor told the trainee.',
    ],
)
def test_prose_news_and_quoted_speech_stay_clean(sentence):
    assert findings([ai_disclosure, chatbot_leakage], HEAD + sentence + "\n") == []


def test_gates():
    # NL502 scores only a sentence of five words or more with an "I" or a "you",
    # a part of the text the draft talks about (not "story") or a label.
    assert not learned.gated("NL502", "Good morning, everyone!")
    assert not learned.gated("NL502", "Continue reading the main story")
    assert learned.gated("NL502", ASIDE)
    assert not learned.gated("NL501", " ".join(["word"] * (learned.MAX_WORDS + 1)))


def test_features_hold_the_classes():
    f = learned.features("Sure! Replace [Name] with the mayor, and let me know if you want changes?")
    assert {"c:placeholder", "c:exclaim", "c:i", "c:you", "c:i+you", "c:offer", "c:question"} <= f
    assert "b:let_me" in f and "s:sure" in f
    assert "c:imperative" in learned.features("Swap in the full name before it runs.")


def test_nl502_reads_the_reply_classes_and_no_word_pairs():
    """NL502's own classes (written for this test): a reply talks about the
    text and the requester's material, a letter about the writer's life."""
    f = learned.features("Alternative intro: the facts you supplied are all in the first paragraph.", "NL502")
    assert {"r:label_part", "r:requester", "r:part", "r:part_ref", "r:no_person"} - {"r:no_person"} <= f
    assert not any(k.startswith("b:") for k in f)
    letter = learned.features("My grandson walks the dog past our allotment every morning.", "NL502")
    assert {"r:world", "r:own_world", "r:world+i"} <= letter
    # NL501's features are as before: word pairs, no reply classes.
    assert "b:alternative_intro" in learned.features("Alternative intro: the facts.")
    assert not any(k.startswith("r:") for k in learned.features("Alternative intro: the facts."))


def test_nl502_gate_takes_a_part_of_the_text_or_a_label_without_a_person():
    assert learned.gated("NL502", "Happy to shorten the ending if it drags.")
    assert learned.gated("NL502", "Suggested standfirst: a town counts the cost of the storm")
    assert not learned.gated("NL502", "The minister will visit the flooded town on Monday.")
    low = "the bridge reopened.\nhappy to shorten the ending if it drags.\n"
    assert learned.may_flag_line(low, 21, len(low) - 1) and not learned.may_flag_line(low, 0, 20)


def test_model_file_is_consistent():
    model = json.loads(data_path(learned.MODEL_FILE).read_text(encoding="utf-8"))
    for rule in ("NL501", "NL502"):
        assert set(model[rule]) == {"C", "bias", "threshold", "weights"}
        assert all(k[:2] in ("w:", "b:", "s:", "c:", "r:") for k in model[rule]["weights"])
    # The reply classes are NL502's only.
    assert not any(k.startswith("r:") for k in model["NL501"]["weights"])


CORPUS = Path(os.environ.get("NEWSLINT_CORPUS") or ROOT.parent / "shared" / "corpus")


@pytest.mark.skipif(not (CORPUS / "bbc-dev").is_dir(), reason="needs the dev corpora (../shared/corpus or NEWSLINT_CORPUS)")
def test_training_reproduces_the_shipped_file(tmp_path):
    pytest.importorskip("sklearn")
    out = tmp_path / "ai_scorer.json"
    subprocess.run(
        [sys.executable, str(ROOT / "tools" / "train_ai_model.py"), "--no-tune", "--out", str(out)],
        check=True, capture_output=True, env={**os.environ, "NEWSLINT_CORPUS": str(CORPUS)},
    )
    assert out.read_bytes() == data_path(learned.MODEL_FILE).read_bytes()
