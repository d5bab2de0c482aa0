"""NL501 and NL502 over whole fresh batches of benchmarks/data/ai_sentences.jsonl.

Each batch was written before the changes it measures (V before branch leak7's,
W after them; X before branch leak8's, Y after them; Z after branch disc9's;
AA before branch disc10's, AB, AC and AD after its first, second and third
rounds, AE after its last; AF before branch leak10's, AG after them; AH and
AI before branch ai13's, AJ and AK after them; AL before branch disc14's, AM
after its first round, AN after its second; AT before branch leak17's, AU
after them; AV after branch leak18's first round, AW after its second; AX
before branch leak20's, AY after its first round, BC after its second) and
its first run is recorded in benchmarks/data/first_runs.tsv and
benchmarks/RESULTS.md.  Here each sentence is linted as a paragraph of a
short article, with no corpus, and the counts found are held at the figures
measured when the batch was added: a change that loses a case of a batch
fails, one that gains a case should raise the floor.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import pytest

from newslint import Severity
from newslint.rules.ai_content.ai_disclosure import ai_disclosure
from newslint.rules.ai_content.chatbot_leakage import chatbot_leakage
from newslint.testing import findings

DATA = Path(__file__).resolve().parents[1] / "benchmarks/data/ai_sentences.jsonl"
HEAD = "Ferry fares to rise in spring\n\nOperators said on Monday that fares would rise by 4% from April.\n\n"
TAIL = "\n\nThe change needs the regulator's approval.\n"

# batch -> (disclosures found, leakage found, human lines with any finding),
# measured with this module's article: V's after leak7's changes (its first
# run, in the benchmark's BBC articles, was 18/20 and 16/32), W's and X's
# after leak8's (W's first run 19/20 and 21/32 with two human warnings; X's
# 17/20 and 14/32 with one), Y's at its first run after them (16/20 and 16/32
# there).  X keeps one human warning ("To keep within the word limit for
# letters, I'll keep this short ...", the learned scorer), none an error.
# Branch disc9's notice read by its parts (notice_parts.py) raised V, W, X
# and Y's disclosures to 20 each (Y tuned on after its first run); Z (20
# disclosures, 12 about AI, 12 human lines, no leakage) was written after
# those changes: 12/20 at its first run, 13/20 once the learned scorer was
# retrained on the changed classes (its training batches end at V).
# Branch disc10 (share labels, synthetic personas, captions, tools named by
# their shape, time and reporting vetoes) raised Z to 17/20; AA (13/20 at
# its first run, before those changes) to 20/20; AB, written after them,
# found 10/20 at its first run, 16/20 after a second round tuned on it
# (participles said of the text, labels with a synthetic value); AC, written
# after that, 14/20 at its first run, 18/20 after a third round (texts
# performed by a machine, "Transparency label:"); AD, written after that,
# 13/20 at its first run, 17/20 after a fourth round (tools named by their
# task, acts done automatically, "Automated translation" labels); AE,
# written after every change and never tuned on, 14/20 at its first run.
# Branch leak10 retrained NL502's scorer (no word pairs, reply classes, a wider
# gate, dev-Y and AF as training batches, three negatives allowed above the
# threshold): V 29 -> 28, X 32 -> 31 (its human warning gone), W 22 -> 23, Y
# 17 -> 18; AF (32 leakage, 10 about AI, 30 human lines, no disclosures) was
# written before that change: 10/32 at its first run, 16/32 after (tuned on).
# AG (as AF) was written after it and first run untouched: 14/32 (main 13/32),
# one human warning (main's too: "I've flagged the pothole ... to the council").
# Branch ai13 wrote AH (20 disclosures, 10 about AI, 30 human lines) and AI
# (32 leakage, 10 about AI, 30 human lines) before any change: 15/20 and
# 29/32 at their first runs, no human or about-AI line flagged.  Its slot
# reading of a notice (slots.py: the act as any participle tied to the agent,
# the text pointing at itself, labels naming themselves) raised AH to 19
# (tuned on), AC 18 -> 20 and AE 14 -> 17; AI to 30 once an unmistakable
# self-identification was no longer vetoed by a reporting verb inside the
# clause it is about.  AJ (10 disclosures, 10 leakage, 10 human lines) was
# written after every change of ai13 and never tuned on: 8/10 and 9/10 at its
# first run (main the same), one human warning ("Let me know if you'd like to
# buy a raffle ticket", main's too).  AK (20 of each kind), written after AJ's
# first run and after the last change, never tuned on: 17/20 and 19/20, no
# human line flagged (main the same).
# Branch disc14 (agents named by their shape: a modifier or a compound,
# "generative fill", "voice-cloning technology"; the middle-dot "DALL·E"; a
# capitalised name after a human verb of making and "by" with the text
# pointing at itself, "drafted by Perplexity", only probably a notice when
# the name is a plain word; "voiced"/"narrated" as verbs of performing; a
# participle label of a picture, "AI-enhanced image."; a synthetic person
# on a line under a media head) wrote AL (20 disclosures, 10 human lines,
# 10 about AI) before any change: 10/20 at its first run, 14/20 after (its
# misses were read); tuned on the older batches' misses, Z 17 -> 19, AB 16
# -> 18, AH 19 -> 20, AJ 8 -> 10, AK 17 -> 19.  AM (10 disclosures, 5 human
# lines, 5 about AI), written after the last change and never tuned on:
# 6/10 at its first run (main 5/10), no control flagged; 8/10 after a second
# round tuned on it (a field label's colon before the act, "Background
# illustration: generated with Ideogram."; a bracketed participle after the
# head, "Summary (auto-generated):").  AN (as AM), written after that round
# and never tuned on: 6/10 at its first run (main 5/10), no control flagged.
# The reading of a capitalised name after "by" was taken out again after the
# merge: it called ordinary credits notices ("This story was produced by
# ProPublica", "The map below was created by Mapbox", "The following article
# was written by Sarah"), which no batch's controls had.  Without it: Z 18,
# AH 19, AL 13, AM 7; AN still 6, AJ 10, AK 19.
# Branch disc15 wrote AO (20 disclosures in wordings unlike the earlier
# batches', 10 credits of human work as its human lines, 10 lines of news
# about AI) before any change: 13/20 at its first run (main 53b778c), no
# control flagged.  Its changes (the machine and its act in one noun,
# "machine translation"; "auto-" before any participle; a credit label "by"
# its agent; plurals in -ies; a made thing as the text; "began as"; tuned on
# the misses of AE-AN and AO) raised AE 17 -> 18, AL 13 -> 14, AM 7 -> 8, AN
# 6 -> 8, AO 13 -> 15.  AP (as AO), written after them and never tuned on:
# 16/20 at its first run (main 53b778c 16/20 too), no control flagged.  A
# second round (a tool's kind by its ending, "an AI upscaler"; a label's
# colon before the act; a synthetic participle said of the text; a prompt
# credited; today's and tonight's edition), tuned on AP and the rest: AE 18
# -> 19, AL 14 -> 15, AO 15 -> 16, AP 16 -> 20.  AQ (as AO), written after
# that round and never tuned on: 14/20 at its first run (main 53b778c 14/20,
# the same lines), no control flagged.
# Branch disc16 wrote AR (as AO) before any change: 18/20 at its first run
# (main 185a6aa), no control flagged.  Its changes (generative products as a
# case-sensitive vocabulary class, "Whisper", "ElevenLabs", "Suno"; "we asked
# a chatbot to ..."; participles of dubbing, narrating and retouching on a
# label line; "show notes" as a text; a synthetic word as the whole predicate
# of a persona, "The voice you hear ... is synthetic"), tuned on AR and the
# older misses, raised Z 18 -> 19, AH 19 -> 20, AL 15 -> 18, AM 8 -> 9, AN 8
# -> 9, AO 16 -> 20, AQ 14 -> 16 (AQ was held out until then), AR 18 -> 20.
# AS (as AO), written after them and never tuned on: 19/20 at its first run
# (main 185a6aa the same, the same miss: "an AI clone" of a voice), no
# control flagged.
# Branch leak17 wrote AT (30 leakage in wordings unlike the earlier batches',
# 30 first-person human lines as hard controls: letters, columnists talking to
# readers, reader comments, Q&A answers, named editors' sign-offs, corrections;
# 10 lines of news about AI) before any change: 21/30 at its first run (main
# 526acc0), one human warning ("I've rewritten this column three times ..."),
# one about-AI warning (a reply quoted in single quotes that open before its
# "!").  Its changes (a mention in single quotes opened before the match; an
# edit report with a count of times as the writer's history; the text
# presented in a tone or style; "Insert ... here" as a sentence; the text
# based on the requester's material; another framing offered; a prompt
# pointing at its pasted material; "not permitted to" refusing content; the
# request paraphrased back), tuned on AT, raised it to 28/30 with no control
# flagged; no other batch changed.  AU (20 leakage, 20 human, 10 about AI),
# written after them and never tuned on: 13/20 at its first run (main 526acc0
# the same lines), one human warning (main's too: "Thanks for the emails — I've
# folded the best of your tips into this week's list."), no about-AI line.
# Branch leak18 tuned on AU's misses after its first run: remarks on the
# draft's choices (choices.py: a choice about a part of the text with its
# reason, no means to check, a bracketed part awaiting something, another form
# offered as a question, where the extras sit, the fit to the requester's
# outlet, a part worked up from what the requester gave) raised AU 13 -> 20,
# V 28 -> 29, Y 18 -> 19, AF 16 -> 18, AG 14 -> 15, no control line of any
# batch flagged.  AV (20 leakage, 20 human, 10 about AI), written after them
# and never tuned on: 15/20 at its first run (main 15b8e43 the same lines; the
# new shapes found none of it), no control flagged; 18/20 after a second
# round tuned on it (a possessive before the part, "There's no way for me to
# confirm", edit verbs and parts such as "the second half").  AW (as AV),
# written after that round and never tuned on: 13/20 at its first run (main
# 15b8e43 12/20), no control flagged.
# AZ (as AS: 20 disclosures, 10 first-person and credit lines, 10 about AI),
# written at main 4f3911c before any change of branch disc17: 17/20 at its
# first run, no control flagged.  Its changes (a maker's possessive before a
# tool noun, "OpenAI's software"; "cloned" an automatic word, "a cloned
# voice"; a degree before a label's participle, "partly machine-generated";
# an agent out of the act's clause, "written after ChatGPT was released", is
# not its maker) raised AZ to 20/20 and no other batch.  BA (as AZ), written
# after them and never tuned on: 17/20 at its first run (main 4f3911c the
# same), no control flagged; 19/20 after a second round tuned on it (a
# purpose before a label's agent, the agent's task and kind after it, a
# label headed by a picture or one of the text's people).  BB (as AZ),
# written after that round and never tuned on: 18/20 at its first run (main
# 4f3911c the same), no control flagged; 20/20 after a third round tuned on
# it (a picture credit's outlet after the tool, the platform after a
# machine's participle, a notice's caveat).  BD (as AZ), written after that
# round and never tuned on: 19/20 at its first run (main 4f3911c the same),
# no control flagged.
# Branch leak20 wrote AX (as AV) before any change: 10/20 at its first run
# (main 4f3911c), one human warning ("Not sure whether I'll make it to the
# reunion, but I've kept the date free for now.", the scorer's), one about-AI
# warning (a reply's words in single quotes that close inside the sentence's
# span).  Its change: the reply's remarks about the text it produced, by word
# classes paired in a sentence (remarks.py: a part of the text, what "I" did
# to it, the requester, what is pending, a place in the reply), tuned on the
# misses of the batches before AX, raised V 29 -> 30, W 23 -> 26, X 31 -> 32,
# Y 19 -> 20, AF 18 -> 23, AG 15 -> 22, AK 19 -> 20, AV 18 -> 20, AW 13 -> 19
# and AX to 19/20, with no control line of any batch newly flagged; a mention
# in single quotes that closes inside the span is no longer reported (Y's and
# AX's about-AI warnings).  AY (as AV, in wordings with no "I" and no "you"),
# written after that and never tuned on: 5/20 at its first run (main 4f3911c
# 3/20), no control flagged; 20/20 after a second round tuned on it (notes
# with no subject, a word choice in quotes, a part said to be "here" with a
# deliberate choice, a part "throughout", optional parts, "Note that"/"NB",
# places in bold or after the article, "on request"), AF 23 -> 24.  BC (as
# AV, a natural mix of asides), written after that round and never tuned on:
# 9/20 at its first run (main 4f3911c 8/20), no control flagged.
# Branch leak21 wrote BE (as AV, a mix of openers, sign-offs, notes, offers,
# caveats, inabilities and placeholders, eight with no "I" or "you") before
# any change: 14/20 at its first run (main 19ce24e), no control flagged.
# Its changes (a part of the draft as a sentence's subject, part_subjects.py;
# a note's label with a caveat on the text's facts, note_caveats.py; a
# refusal of a story "isn't something I can ...") raised AW 19 -> 20, BC 9
# -> 13 and BE to 17 (tuned on after its first run).  BF (as BE), written
# after them and never tuned on: 11/20 at its first run (main 19ce24e the
# same lines), two human warnings (main's too, the scorer's and a chatty
# pattern's).  Branch leak22 wrote BG (as BE) before any change: 14/20 at its
# first run (main 4bb0568), one human error ('[Name withheld at the writer's
# request]') and two warnings.  Its changes (a reply's hand-over asides by two
# word classes, draft_asides.py; a desk's bracketed note is no placeholder; a
# longer reach before a list entry's anchor) raised AJ 9 -> 10, BC 13 -> 15,
# BE 17 -> 19, BF 11 -> 16 and BG to 19 (tuned on).  BH (as BE), written after
# them and never tuned on: 20/20 at its first run (main 17/20), two human
# warnings (main's too).
# Branch leak23 wrote BI (as BE: 20 leakage, 20 first-person human hard
# controls, 10 about AI) and BJ (as AZ: 20 disclosures, 10 credits of human
# work in the same shapes, 10 about AI) before any change, each split into a
# fit and a validation half by alternating lines within each kind (the
# "round" field).  First runs (main 2a98c4e): BI 18/20 (fit 8/10, validation
# 10/10), two human warnings (both in the validation half, not read), no
# about-AI line; BJ 18/20 (fit 10/10, validation 8/10), no control flagged.
# Its changes, tuned on BI's two fit misses only (an "I" holding back from an
# act of the text on purpose, "I've deliberately avoided naming ...",
# ai_remark_omissions_patterns.txt; a part that "could be" cut where the
# sentence says where the text goes or the room it has), raised BI to 20/20
# and no other batch; BJ had no fit miss and is its first run.
# On 2026-12-06 a wish in "let me know if you'd like ..." must name the text,
# an edit or the writer's own act (ai_chatty_patterns.txt): the human lines of
# AJ, BF, BG and BH each lost a warning (a raffle ticket, a meeting at the
# library, a lift to the polling station, a copy of the newsletter).
# Then "Certainly, here's ..." after a comma had to hand over a part of the
# text: BF and BH lost their last human warnings.
# And "I've flagged the ..." had to name a part of the text: AG's pothole.
FLOORS = {
    "V": (20, 30, 0),
    "W": (20, 26, 0),
    "X": (20, 32, 0),
    "Y": (20, 20, 0),
    "Z": (19, 0, 0),
    "AA": (20, 0, 0),
    "AB": (18, 0, 0),
    "AC": (20, 0, 0),
    "AD": (17, 0, 0),
    "AE": (19, 0, 0),
    "AF": (0, 24, 0),
    "AG": (0, 22, 0),
    "AH": (20, 0, 0),
    "AI": (0, 30, 0),
    "AJ": (10, 10, 0),
    "AK": (19, 20, 0),
    "AL": (18, 0, 0),
    "AM": (9, 0, 0),
    "AN": (9, 0, 0),
    "AO": (20, 0, 0),
    "AP": (20, 0, 0),
    "AQ": (16, 0, 0),
    "AR": (20, 0, 0),
    "AS": (19, 0, 0),
    "AT": (0, 28, 0),
    "AU": (0, 20, 1),
    "AZ": (20, 0, 0),
    "BA": (19, 0, 0),
    "BB": (20, 0, 0),
    "BD": (19, 0, 0),
    "AV": (0, 20, 0),
    "AW": (0, 20, 0),
    "AX": (0, 19, 1),
    "AY": (0, 20, 0),
    "BC": (0, 15, 0),
    "BE": (0, 19, 0),
    "BF": (0, 16, 0),
    "BG": (0, 19, 1),
    "BH": (0, 20, 0),
    "BI": (0, 20, 2),
    "BJ": (18, 0, 0),
}
# Batches of disclosures and first-person lines only, with news about AI.
NO_LEAKAGE = {"Z", "AA", "AB", "AC", "AD", "AE", "AH"}
# Batches of leakage, news about AI and first-person lines, no disclosures.
NO_DISCLOSURES = {"AF", "AG", "AI", "AT"}
# Batches of leakage, first-person lines and news about AI, twenty, twenty and ten.
SMALL_LEAKAGE = {"AU", "AV", "AW", "AX", "AY", "BC", "BE", "BF", "BG", "BH", "BI"}
# Batches of all three kinds, ten or twenty of each, no news about AI.
SMALL = {"AJ", "AK"}
# Batches of disclosures, first-person lines and news about AI, no leakage, smaller.
SMALL_DISCLOSURES = {"AL", "AM", "AN", "AO", "AP", "AQ", "AR", "AS", "AZ", "BA", "BB", "BD", "BJ"}


@lru_cache(maxsize=None)
def _batch(name: str) -> dict[str, list[tuple[str, list]]]:
    """kind -> (sentence, its NL501/NL502 findings), each sentence linted once."""
    out: dict[str, list[tuple[str, list]]] = {}
    with DATA.open(encoding="utf-8") as fh:
        for line in fh:
            case = json.loads(line)
            if case["batch"] == f"held-out {name}":
                found = findings([ai_disclosure, chatbot_leakage], HEAD + case["text"] + TAIL)
                out.setdefault(case["kind"], []).append((case["text"], found))
    return out


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_fresh_batch_keeps_its_floor(name):
    batch = _batch(name)
    disclosures, leaks, human = FLOORS[name]
    if name in NO_LEAKAGE:
        assert len(batch["disclosure"]) >= 20 and len(batch["about"]) >= 10 and len(batch["human"]) >= 12
        assert "leakage" not in batch
    elif name in SMALL_DISCLOSURES:
        assert len(batch["disclosure"]) >= 10 and len(batch["about"]) >= 5 and len(batch["human"]) >= 5
        assert "leakage" not in batch
    elif name in SMALL:
        assert min(len(batch["disclosure"]), len(batch["leakage"]), len(batch["human"])) >= 10
    elif name in SMALL_LEAKAGE:
        assert len(batch["leakage"]) >= 20 and len(batch["human"]) >= 20 and len(batch["about"]) >= 10
        assert "disclosure" not in batch
    elif name in NO_DISCLOSURES:
        assert "disclosure" not in batch and len(batch["leakage"]) >= 30 and len(batch["human"]) >= 30
    else:
        assert len(batch["disclosure"]) >= 20 and len(batch["leakage"]) >= 30 and len(batch["human"]) >= 30
    missed_disclosures = [s for s, found in batch.get("disclosure", []) if not any(f.rule == "NL501" for f in found)]
    missed_leaks = [s for s, found in batch.get("leakage", []) if not any(f.rule == "NL502" for f in found)]
    assert len(batch.get("disclosure", [])) - len(missed_disclosures) >= disclosures, missed_disclosures
    assert len(batch.get("leakage", [])) - len(missed_leaks) >= leaks, missed_leaks
    flagged = [s for s, found in batch["human"] if found]
    assert len(flagged) <= human, flagged


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_fresh_batch_human_prose_has_no_error(name):
    errors = [s for s, found in _batch(name)["human"] for f in found if f.severity == Severity.ERROR]
    assert errors == []


@pytest.mark.parametrize("name", sorted(NO_LEAKAGE | NO_DISCLOSURES | SMALL_DISCLOSURES | SMALL_LEAKAGE))
def test_news_about_ai_in_a_fresh_batch_stays_clean(name):
    """The lines about AI tools of Z and AA-AI (a council's letters, a
    chatbot's emails, a firm's chatbot "a spokesperson confirmed", a
    chatbot's reply quoted; in AT-AW a reply's words in single
    quotes, a refusal told to a reporter) are news about other texts, not notices
    about this one or leakage."""
    flagged = [s for s, found in _batch(name)["about"] if found]
    assert flagged == []
