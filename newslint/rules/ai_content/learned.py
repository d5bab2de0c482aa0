"""A learned sentence scorer beside NL501's and NL502's patterns.

Each sentence that passes a rule's cheap gate (an AI agent for NL501, a
candidate line for NL502) is turned into a handful of binary features:
lower-cased words (and, for NL501, word pairs), and classes that say what
the sentence does (names an AI agent, uses a verb of making, points at the
text itself, speaks as "I" to a "you", opens with an instruction, offers or
asks, talks about the draft, holds a template placeholder, opens with "!").
NL502 adds the reply classes (:func:`reply_features`, word lists in data
files): a part of the text named or pointed at, what the requester provided,
the text's going out, a caveat, whether the draft suits, an editing word, a
label naming a part, and the writer's own life and place (family, street,
town), which is how a letter or a column differs from a reply.  A logistic
regression fitted by ``tools/train_ai_model.py`` weighs them; the weights,
the vocabulary and each rule's threshold are in ``data/ai_scorer.json``.
Inference is a sum over the sentence's features, so only the gated sentences
cost anything.  The scorer only ever raises a warning: the patterns keep the
error level for strong evidence.
"""
from __future__ import annotations

import bisect
import json
import re
from functools import lru_cache
from typing import Iterable, Iterator, NamedTuple

from ...compact import offsets
from ...document import Block, Document
from ...pattern_files import read_entries
from ...phrases import data_path, read_list
from .class_gate import Searcher, feature_gate
from .compose import OFFER_VERBS
from .score_bound import may_reach, plain_features
from .terms import has_agent, terms
from .vocab import words

MODEL_FILE = "ai_scorer.json"
_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
# Long sentences are reporting, not notices or asides; the gate is the rules'.
MAX_WORDS = 45


class Classes(NamedTuple):
    """The class features' patterns, for lower-cased sentences."""

    making: re.Pattern[str]
    meta: re.Pattern[str]
    first: re.Pattern[str]
    second: re.Pattern[str]
    offer: re.Pattern[str]
    placeholder: re.Pattern[str]
    # News talks about third persons and names them; an aside rarely does.
    third: re.Pattern[str]
    name: re.Pattern[str]
    # Words that make a sentence say what a text is about, or report on
    # labelling ("our report found that ...", NL501's blockers).
    about: re.Pattern[str]
    imperatives: frozenset[str]
    # An offer to the requester with an assistant's verb of work ("would you
    # like me to trim", "I can add"), not any "would you like".
    offer_work: re.Pattern[str]
    # The draft pointed at: "the headline", "your article", "this prompt".
    meta_ref: re.Pattern[str]
    # A first person unable to do something: "I can't", "I have no way to".
    unable: re.Pattern[str]
    # Made-up content: "invented", "hypothetical", "placeholder".
    fabricated: re.Pattern[str]
    # A field label opening the sentence: "Picture credit:", "Please note:".
    label: re.Pattern[str]
    # A picture, a sound or a caption; a writer's role (NL501).
    media: re.Pattern[str]
    role: re.Pattern[str]


@lru_cache(maxsize=None)
def classes() -> Classes:
    plain = [e for e in read_entries("ai_generation") if not e.startswith("re:")]
    making = "|".join(re.escape(e.lower()) for e in plain) + "|" + words("ai_making_verbs.txt", lower=True)
    meta = words("ai_meta_nouns.txt", lower=True) + "|" + words("ai_leakage_nouns.txt", lower=True)
    return Classes(
        making=re.compile(rf"\b(?:{making})\b"),
        # The draft, the request and where it came from: what an assistant talks about.
        meta=re.compile(rf"\b(?:{meta})s?\b|\b(?:request\w*|asked|training|sources?|words?|draft\w*|wording)\b"),
        first=re.compile(r"\b(?:i|i'[mvdl]\w*|me|my|myself)\b"),
        second=re.compile(r"\byou(?:r|rs|'d|'ll|'re|'ve)?\b"),
        offer=re.compile(r"\b(?:i\s+can|i'll|i\s+could|happy\s+to|would\s+you|do\s+you\s+want|want\s+me|let\s+me|shall\s+i|should\s+i)\b"),
        placeholder=re.compile(r"\[[A-Z][^\]]{0,40}\]|\{[A-Za-z_ ]{2,30}\}"),
        third=re.compile(r"\b(?:he|she|they|his|her|their|him|them|we|our|us)\b"),
        name=re.compile(r"(?<=[a-z,] )[A-Z][a-z]+"),
        about=re.compile(r"\b(?:that|whether|how|why|about|if|whose|which|who|found|label\w*|flag\w*|detect\w*|ban\w*|spot\w*|warn\w*)\b"),
        imperatives=frozenset(read_list(data_path("ai_scorer_imperatives.txt"))),
        offer_work=re.compile(
            r"\b(?:would\s+you\s+like\s+me\s+to|do\s+you\s+want\s+me\s+to|want\s+me\s+to|shall\s+i|should\s+i|i\s+can|"
            rf"i\s+could|i'll|i\s+will|happy\s+to|glad\s+to)\s+(?:also\s+|just\s+)?(?:{OFFER_VERBS})\b"
        ),
        meta_ref=re.compile(rf"\b(?:the|this|your|my|that)\s+(?:[a-z-]+\s+)?(?:{meta})s?\b|\bprompt\b"),
        unable=re.compile(rf"\bi\s+(?:{words('ai_inability.txt', lower=True)}|have\s+no|don't\s+have|do\s+not\s+have)\b"),
        fabricated=re.compile(rf"\b(?:{words('ai_fabrication.txt', lower=True)})\b"),
        label=re.compile(r"^\W*(?:[a-z'-]+\s+){0,3}[a-z'-]+\s*(?::|\s[\u2013\u2014-]\s)"),
        media=re.compile(rf"\b(?:{words('ai_media_nouns.txt', lower=True)})s?\b"),
        role=re.compile(rf"\b(?:{words('ai_author_roles.txt', lower=True)})s?\b"),
    )


def features(sentence: str, rule: str = "NL501") -> set[str]:
    """The sentence's binary features (names as in the model file); NL502's
    include the reply classes (:func:`reply_features`)."""
    return cheap_features(sentence, rule) | costly_features(sentence)


class ReplyClasses(NamedTuple):
    """NL502's own classes: what tells a reply about a draft from a letter
    writer's or a columnist's first person.  A reply talks about the text
    (its parts, its going out, whether it suits) and about what the
    requester provided; a letter talks about the writer's life and place."""

    # A part of the text, and one pointed at ("the ending", "three short sections").
    part: re.Pattern[str]
    part_ref: re.Pattern[str]
    # "the facts you provided", "your notes", "the material".
    requester: re.Pattern[str]
    handover: re.Pattern[str]
    hedge: re.Pattern[str]
    fit: re.Pattern[str]
    edit: re.Pattern[str]
    world: re.Pattern[str]
    # "my grandson", "our street": the writer's own people and places.
    own_world: re.Pattern[str]
    # A field label naming a part ("Alternative headline:", "Reading level:").
    label_part: re.Pattern[str]


def _part_words() -> str:
    return "|".join(
        words(name, lower=True)
        for name in ("ai_meta_nouns.txt", "ai_leakage_nouns.txt", "ai_reply_parts.txt", "ai_format_nouns.txt")
    )


@lru_cache(maxsize=None)
def reply_classes() -> ReplyClasses:
    part = _part_words()
    material = words("ai_requester_material.txt", lower=True)
    world = words("ai_world_nouns.txt", lower=True)
    return ReplyClasses(
        part=re.compile(rf"\b(?:{part})s?\b"),
        part_ref=re.compile(
            rf"\b(?:the|this|that|these|your|my|each|every|one|two|three|four|five|first|second|third|last|final)\s+"
            rf"(?:[a-z'-]+\s+){{0,2}}(?:{part})s?\b"
        ),
        requester=re.compile(
            rf"\byou(?:'ve|\s+have|'d|\s+had)?\s+(?:just\s+|already\s+)?(?:{words('ai_requester_verbs.txt', lower=True)})\b"
            rf"|\b(?:your|the)\s+(?:original|{material})s?\b"
        ),
        handover=re.compile(rf"\b(?:{words('ai_handover_words.txt', lower=True)})\b"),
        hedge=re.compile(rf"\b(?:{words('ai_hedge_words.txt', lower=True)})\b"),
        fit=re.compile(rf"\b(?:{words('ai_fit_words.txt', lower=True)})\b"),
        edit=re.compile(rf"\b(?:{words('ai_edit_words.txt', lower=True)})\b"),
        world=re.compile(rf"\b(?:{world})s?\b"),
        own_world=re.compile(rf"\b(?:my|our)\s+(?:[a-z'-]+\s+)?(?:{world})s?\b"),
        label_part=re.compile(rf"^\W*(?:[a-z'-]+\s+){{0,3}}?(?:{part})s?(?:\s+[a-z'-]+)?\s*(?::|\s[\u2013\u2014-]\s)"),
    )


def reply_features(sentence: str, low: str, i_: bool, you: bool, found: Searcher | None = None) -> set[str]:
    """NL502's reply classes of the sentence (``low``: its lower case; ``found``: its searcher)."""
    r = reply_classes()
    found = found or Searcher(low, feature_gate())
    part_ref = found("r:part_ref", r.part_ref)
    flags = {
        "part": part_ref or found("r:part", r.part),
        "part_ref": part_ref,
        "requester": found("r:requester", r.requester),
        "handover": found("r:handover", r.handover),
        "hedge": found("r:hedge", r.hedge),
        "fit": found("r:fit", r.fit),
        "edit": found("r:edit", r.edit),
        "world": found("r:world", r.world),
        "own_world": found("r:own_world", r.own_world),
        "no_person": not (i_ or you),
    }
    flags["part+no_person"] = flags["part_ref"] and flags["no_person"]
    flags["part+you"] = part_ref and you
    flags["world+i"] = flags["world"] and i_
    return {"r:" + k for k, v in flags.items() if v}


# The two classes read with the family's large patterns: the scorer skips
# them when even both could not lift a sentence to the threshold.
COSTLY = ("c:agent", "c:self")


def costly_features(sentence: str) -> set[str]:
    flags = (has_agent(sentence), terms().self_reference.search(sentence) is not None)
    return {name for name, on in zip(COSTLY, flags) if on}


def cheap_features(sentence: str, rule: str = "NL501", gated: bool = True) -> set[str]:
    """Every feature but the COSTLY ones (``gated``: class searches left out
    where they cannot match, see :class:`class_gate.Searcher`)."""
    c = classes()
    low = sentence.lower().replace("\u2019", "'")
    out = plain_features(sentence, low, _TOKEN.findall(low), rule, c, reply_classes())
    return out | searched_features(sentence, low, rule, "c:i" in out, Searcher(low, feature_gate() if gated else None))


def searched_features(sentence: str, low: str, rule: str, i_: bool, found: Searcher) -> set[str]:
    """The features read by class searches (score_bound.plain_features has the rest)."""
    c = classes()
    you = found("second", c.second)
    meta_ref = found("meta_ref", c.meta_ref)
    flags = {
        "making": found("making", c.making),
        "you": you,
        "i+you": i_ and you,
        "offer": found("offer", c.offer),
        "meta": found("meta", c.meta),
        "about": found("about", c.about),
        "offer_work": found("offer_work", c.offer_work),
        "meta_ref": meta_ref,
        "i+meta": i_ and meta_ref,
        "you+meta": you and meta_ref,
        "unable": found("unable", c.unable),
        "fabricated": found("fabricated", c.fabricated),
        "media": found("media", c.media),
        "role": found("role", c.role),
    }
    out = {"c:" + k for k, v in flags.items() if v}
    if rule == "NL502":
        out |= reply_features(sentence, low, i_, you, found)
    return out


class Model(NamedTuple):
    bias: float
    # A sentence is reported when its score reaches this (a log-odds).
    threshold: float
    weights: dict[str, float]


@lru_cache(maxsize=None)
def model(rule: str) -> Model:
    data = json.loads(data_path(MODEL_FILE).read_text(encoding="utf-8"))[rule]
    return Model(data["bias"], data["threshold"], data["weights"])


def score(rule: str, sentence: str) -> float:
    """The sentence's log-odds of being ``rule``'s kind of text."""
    m = model(rule)
    return m.bias + sum(m.weights.get(f, 0.0) for f in features(sentence, rule))


# An aside is spoken by an "I" or to a "you", or names a part of the draft
# or opens with a label (_wide_gate).  A sentence with none of these is the
# page's own ("Continue reading the main story", "Email check failed, please
# try again": web pages are full of imperatives and "here"), and so is a line
# of a page under five words ("Good morning!").
MIN_LEAK_WORDS = 5
_PERSON = re.compile(r"\b(?:i|me|my|you|your)\b|\b(?:i|you)'")
# _PERSON read in a whole line's lower case: a sentence never crosses a line
# and opens and ends at white space or its line's ends (Document.sentences),
# so a word boundary at a sentence's edge is one in its line; gated() reads
# "’" as "'", both non-word characters.
_PERSON_IN_LINE = re.compile(r"\b(?:i|me|my|you|your)\b|\b(?:i|you)['\u2019]")
# The same yes-or-no answer from a pattern led by the letter every match opens
# with, so the engine skips to an "i", "m" or "y" instead of trying every place
# (a third of the time on bbc-dev's candidate lines): the word start after the
# letter, as a lookbehind; the quote after "i" or "you" is a non-word
# character, so the second alternative finds no line the first misses
# (tests/test_ai_speed.py compares them).
_PERSON_ANYWHERE = re.compile(r"i(?<!\w.)(?!\w)|m(?<!\w.)[ey](?!\w)|y(?<!\w.)our?(?!\w)")


# A sentence with neither an "I" nor a "you" is scored too when it names a
# part of the text ("Happy to rework the ending", "Let's break this down into
# three short sections") or opens with a field label ("Alternative headline:
# ..."): a reply about a draft need not address anyone.
_LABEL_OPEN = r"\W*(?:[a-z'\u2019-]+\s+){0,3}[a-z'\u2019-]+\s*(?::|\s[\u2013\u2014-]\s)"


@lru_cache(maxsize=None)
def _wide_gate() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(a part of the text, a label opening the string, a label opening a
    later sentence of a line), for lower-cased text."""
    # Not ai_leakage_nouns.txt's "story", "post", "text", "copy": every page's
    # furniture says them ("Continue reading the main story").
    gate_parts = "|".join(words(n, lower=True) for n in ("ai_meta_nouns.txt", "ai_reply_parts.txt", "ai_format_nouns.txt"))
    return (
        re.compile(rf"\b(?:{gate_parts})s?\b"),
        re.compile(_LABEL_OPEN),
        re.compile(r"[.!?][\"'\u2019\u201d)\]]*\s+" + _LABEL_OPEN),
    )


# The dash that may end a label (_LABEL_OPEN), between white space.
_SPACED_HYPHEN = re.compile(r"\s-\s")


def part_gate() -> re.Pattern[str]:
    """The line gate's part-of-the-text pattern (its literal heads go into
    NL502's gate table)."""
    return _wide_gate()[0]


def may_flag_line(low: str, start: int, end: int, part_possible: bool = True) -> bool:
    """Whether a sentence of the line whose lower case is low[start:end] can
    pass NL502's gate (an "I" or a "you", a part of the text, a label): most
    candidate lines of news hold none, and their sentences need not be split
    out and read one by one.  ``part_possible`` False: the caller knows the
    part-of-the-text pattern finds nothing in the line (its literal heads are
    not there, gate_table.may_name_part), so it is not searched."""
    if _PERSON_ANYWHERE.search(low, start, end) is not None:
        return True
    part, label, later_label = _wide_gate()
    if part_possible and part.search(low, start, end) is not None:
        return True
    # A label ends in a colon or a dash: a line with neither holds none.
    if low.find(":", start, end) < 0 and low.find("\u2013", start, end) < 0 and low.find("\u2014", start, end) < 0:
        if low.find("-", start, end) < 0 or _SPACED_HYPHEN.search(low, start, end) is None:
            return False
    return label.match(low, start, end) is not None or later_label.search(low, start, end) is not None


LETTER = re.compile(r"\W*(?:dear\s|sir,|madam,)")
REPORTING = re.compile(
    r"\b(?:found|finds|showed|shows|said|says|reported|revealed|reveals|told|according\s+to|admitted|announced|confirmed"
    r"|whether|(?:is|are|was|were)\s+about(?!\s+to\b)|looks?\s+at|examines?)\b",
    re.IGNORECASE,
)


def gated(rule: str, sentence: str, part_possible: bool = True) -> bool:
    """Whether the scorer looks at this sentence at all (on top of the rule's
    own gate: an agent for NL501, a candidate line for NL502; ``part_possible``
    False: the part-of-the-text pattern cannot match, see may_flag_line)."""
    n = len(sentence.split())
    if n > MAX_WORDS:
        return False
    if rule != "NL502":
        # Reporting and aboutness ("our report found that AI-generated images",
        # "this story is about AI-generated music") is news, not a notice.
        return not REPORTING.search(sentence)
    low = sentence.lower().replace("\u2019", "'")
    # A letter's greeting opens a reader's letter, wherever the sentence sits.
    if n < MIN_LEAK_WORDS or LETTER.match(low):
        return False
    # _PERSON's answer from the letter-led pattern (the same, a third of the time).
    if _PERSON_ANYWHERE.search(low):
        return True
    part, label, _ = _wide_gate()
    return part_possible and part.search(low) is not None or label.match(low) is not None


def flagged(rule: str, sentence: str, part_possible: bool = True) -> bool:
    """Whether the scorer reports this sentence under ``rule``: the score of
    :func:`features` reaches the threshold (the costly classes are only read
    when they could make the difference)."""
    if not gated(rule, sentence, part_possible):
        return False
    low = sentence.lower().replace("\u2019", "'")
    plain = plain_features(sentence, low, _TOKEN.findall(low), rule, classes(), reply_classes())
    # Most sentences cannot reach the threshold whatever their class searches find.
    if not may_reach(rule, plain, low, feature_gate() if rule == "NL502" else None):
        return False
    m = model(rule)
    searched = searched_features(sentence, low, rule, "c:i" in plain, Searcher(low, feature_gate()))
    partial = m.bias + sum(m.weights.get(f, 0.0) for f in plain | searched)
    if partial + sum(max(0.0, m.weights.get(f, 0.0)) for f in COSTLY) < m.threshold:
        return False
    return partial + sum(m.weights.get(f, 0.0) for f in costly_features(sentence)) >= m.threshold


# A sentence holding one of these is somebody's words: never scored.
QUOTES = ('"', "\u201c", "\u201d")


def sentence_spans(doc: Document, rule: str, lo: int, hi: int, part_possible: bool = True) -> Iterator[tuple[int, int]]:
    """(start, end) of the sentences of line text[lo:hi] the scorer reports
    under ``rule``; sentences with a quotation mark are somebody's words
    (``part_possible``: as for may_flag_line, for the whole line)."""
    # The line's own sentences (the rest of the article is not split), or a
    # long line's from the document's compact list, one at a time.
    line: Iterable[Block] = doc.line_sentences(lo, hi) if hi - lo <= _SPLIT_ALONE else ()
    if hi - lo > _SPLIT_ALONE:
        sentences, starts = doc.sentences, doc.memo.get(_STARTS)
        if starts is None:
            starts = doc.memo[_STARTS] = offsets(s.start for s in sentences)
        line = (sentences[i] for i in range(bisect.bisect_left(starts, lo), bisect.bisect_left(starts, hi)))
    for s in line:
        text = s.text
        if not any(q in text for q in QUOTES) and flagged(rule, text, part_possible):
            lead = len(text) - len(text.lstrip())
            yield s.start + lead, s.end - (len(text) - len(text.rstrip()))


# doc.memo key of the sentence starts, shared by every line of a document.
_STARTS = "ai_content.learned.sentence_starts"
# A longer line is read from the document's (compact) sentences.
_SPLIT_ALONE = 20_000
