"""NL502: a reply's remarks about the text it produced, by word classes (issue 10, branch leak20).

Leakage that offers nothing and says nothing of the assistant is still the
writer of a text talking ABOUT that text to the one who asked for it: "I kept
the sentences short, since this is going out as a push alert", "The two
alternative standfirsts are at the bottom", "Reminder: the image caption
still needs the photographer's name".  Rounds of wordings (choices.py,
frames.py) fixed their own batch and missed the next; these are a handful
of word classes, each from a data file, and a short table of which pairs of
them in one sentence make a remark:

* PART: a part or quality of the text, with a determiner (``the third
  paragraph``, ``a lighter tone``, ``the alternative standfirsts``;
  ``ai_remark_parts.txt``); FACT: a fact of it (``the mayor's age``,
  ``the photographer's credit``; ``ai_remark_facts.txt``); SELF: the text
  pointing at itself (``this version``, ``this draft``);
* ACT: "I" doing something to the text (``I kept``, ``I've stuck with``;
  ``ai_remark_acts.txt``), a check not made (``I couldn't confirm``), an
  omission (``left it out``; "I" holding back from an act of the text,
  ``avoided naming``, ``chose not to quote``,
  ``ai_remark_omissions_patterns.txt``), an edit with no subject at the sentence start
  (``Swapped out the jargon``), the text described as made (``This is
  written in ...``);
* ASKER: the requester and what they asked or gave (``as requested``,
  ``the notes you pasted``, ``your limit``, ``correct me``;
  ``ai_remark_requester_patterns.txt``); WISH: a condition on their wish
  (``in case it's useful``; ``ai_remark_wishes_patterns.txt``);
* PENDING: what is still to do before it runs (``still needs``, ``should
  be verified``, ``can be cut``, ``could be trimmed`` where the sentence
  says where the text goes or its room (``for print``, ``if space is tight``);
  ``ai_remark_pending_patterns.txt``);
  PLACE: a part put somewhere in the reply (``are at the bottom``;
  ``ai_remark_places_patterns.txt``), or ``throughout``;
* VETO: the writer's own things and history (``my``, ``last week``,
  ``three times``), a correction or an interview's ``Q:``, a reader
  call-out, or an AI tool in the sentence (news about chatbots;
  ``ai_remark_vetoes_patterns.txt``).

A sentence with no VETO is a remark when it holds: ACT with a PART, an ASKER,
a WISH, PENDING or a place; a PART with an ASKER or PENDING, or a definite
PART with a PLACE; an ASKER with PENDING; a FACT with PENDING; an omission
with a FACT, a check not made or a deliberate choice; SELF with an ASKER, PENDING, a place or a contrast
(``This version leans into ... rather than ...``).  Each class alone is how
columnists, notices and news read ("I kept the receipts", "Reminder: the
library is closed", "the headline figure").  Quotation and reporting are
left to the rule's own vetoes.  A warning.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import Callable, Iterator

from ...document import Document
from ...pattern_files import read_patterns
from ...phrases import data_path, read_list
from .candidates import literal_trie
from .draft_asides import draft_aside_lines
from .note_caveats import note_caveat_lines
from .part_subjects import part_subject_lines
from .vocab import words

_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")
_APOS = "['’]"


def _patterns(name: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p.source})" for p in read_patterns(data_path(name))))


@lru_cache(maxsize=None)
def _classes() -> dict[str, re.Pattern[str]]:
    parts = words("ai_remark_parts.txt", lower=True)
    facts = words("ai_remark_facts.txt", lower=True)
    acts = words("ai_remark_acts.txt", lower=True)
    det = r"(?:the|this|that|these|those|each|every|your|its|both|all|a|an|another)"
    return {
        # A builder's "quote for the roof" is a price; "the quote from Orwell"
        # is somebody's words a column cites, not a part of the draft.
        # A choice of words ("'protesters' rather than 'activists'") is a part.
        "part": re.compile(rf"['‘][^'’]{{1,40}}['’]\s+(?:rather\s+than|instead\s+of|over|for)\s+['‘]|(?:\b{det}\s+(?:[\w'’-]+\s+){{0,3}}?|^)(?:{parts})(?:s|es)?\b(?!(?<=quote)\s+(?:for|from|by)\b)(?!(?<=quotes)\s+(?:for|from|by)\b)"),
        "definite_part": re.compile(rf"(?:\b(?!(?:a|an)\s)(?:{det}|two|three|four|five)\s+(?:[\w'’-]+\s+){{0,3}}?|^)(?:{parts})(?:s|es)?\b"),
        "fact": re.compile(rf"\b(?:the|a|an|this|that|these|those|no)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{facts})s?(?![\w-])"),
        "self": re.compile(rf"\bthis\s+(?:version|draft|rewrite|piece|copy|take|edit)\b|\bthe\s+(?:[\w-]+\s+)?(?:{parts})s?\s+here\b"),
        "choice": re.compile(r"\b(?:deliberately|intentionally|purposely|on\s+purpose)\b"),
        "act": re.compile(
            rf"\bi(?:{_APOS}ve|\s+have|{_APOS}d|\s+had)?\s+(?:also\s+|deliberately\s+|just\s+|now\s+|simply\s+|only\s+)?(?:{acts})\b"
            rf"|\bi\s+(?:haven{_APOS}t|have\s+not|didn{_APOS}t|did\s+not)\s+(?:include|add|use|name|mention|give|put)(?:d|ed)?\b"
            # With no subject, as notes are written: "Went with 'protesters'
            # rather than ...", "Have also pulled together ...".
            # Not a participle that opens a clause about another text
            # ("Written in 1850, the novel ...", "Given that ...") nor an
            # imperative that is also a past ("Cut a piece of fabric").
            r"|^(?!(?:cut|put|set|split|given|written|rewritten|spelt|spelled|based|used)\b)(?:have\s+)?(?:also\s+|just\s+)?"
            rf"(?:{acts})\s+(?:out\s+|in\s+|up\s+)?(?:(?:the|a|an|some|it|this|these|those|three|two)\b|['‘])"
            r"|^(?:formatted|pitched|aimed|tailored)\s+(?:for|at)\b"
            # The text described as made, not credited ("written by ...").
            rf"|^(?:this|it|(?:the|this)\s+(?:[\w-]+\s+)?(?:{parts})s?)\s+(?:is|has\s+been|was|reads)\s+(?:now\s+)?"
            r"(?:written|pitched|aimed|kept|set\s+out|structured|framed|formatted|tailored|trimmed|cut|shortened|going\s+out)\b"
            r"(?!\s+(?:by|with|using|automatically|from))"
        ),
        "unable": re.compile(
            rf"(?:\bi\s+|^)(?:couldn{_APOS}t|could\s+not|can{_APOS}t|cannot|wasn{_APOS}t\s+able\s+to|was\s+unable\s+to"
            rf"|haven{_APOS}t\s+been\s+able\s+to|have\s+not\s+been\s+able\s+to|am\s+unable\s+to|{_APOS}m\s+unable\s+to"
            rf"|{_APOS}m\s+not\s+able\s+to|unable\s+to)\s+(?:independently\s+)?(?:confirm|verify|find|check|establish|locate|trace|pin\s+down|source)\b"
        ),
        "omit": re.compile(
            rf"\b(?:left|leave|kept|keep)\s+(?:it|them|that|this|those)\s+out\b|\bleft\s+out\b|\bomitted\b"
            rf"|\bi\s+(?:haven{_APOS}t|have\s+not|didn{_APOS}t|did\s+not)\s+(?:included?|named?|mentioned|mention|used?)\b"
            # Holding back from an act of the text ("avoided naming ...", data file).
            + "|" + _patterns("ai_remark_omissions_patterns.txt").pattern
        ),
        "asker": _patterns("ai_remark_requester_patterns.txt"),
        "wish": _patterns("ai_remark_wishes_patterns.txt"),
        "pending": _patterns("ai_remark_pending_patterns.txt"),
        "place": _patterns("ai_remark_places_patterns.txt"),
        # "Throughout" as an adverb, not before what it spans ("throughout this photo essay").
        "throughout": re.compile(
            r"\bthroughout(?=\s*(?:[.,;:!?)\u2014\u2013]|$|now\b|and\b))|\b(?:at\s+the\s+(?:bottom|top|end)|further\s+(?:down|up))\b(?!\s+(?:of|the|a|an|\d))"
        ),
        "contrast": re.compile(r"\b(?:rather\s+than|instead\s+of)\b"),
        "veto": _patterns("ai_remark_vetoes_patterns.txt"),
    }


# Literal words and phrases, per class, of which each of the class's matches
# holds one (tests/test_ai_remarks.py holds every example to that).  One
# literal scan per class tells which classes a sentence may hold, and only
# those are tried: most sentences hold none that can pair, and the stdlib
# engine scans literals several times faster than it tries the patterns.
# The made text's participles as cues ("set" and "going" only with "out", as in the pattern).
_PARTICIPLES = "written pitched aimed kept set_out structured framed formatted tailored trimmed cut shortened going_out"
_PENDING_DONE = (
    "verified checked double-checked confirmed replaced updated added cut trimmed removed swapped corrected fact-checked "
    "dropped moved shortened expanded tightened adjusted changed reworked lengthened condensed merged"
)
_OBJECTS = "it them this these those the any that"


def _each(heads: str, tails: str) -> list[str]:
    return [f"{h} {t}".replace("_", " ") for h in heads.split() for t in tails.split()]


_CUES = {
    "act": ["i", "i've", "i’ve", "i'd", "i’d"] + _each("is was been reads", _PARTICIPLES) + _each("is now", _PARTICIPLES),
    # Without "I", only as a note's first word (_START_CUES).
    "unable": ["i"],
    "omit": ["left out", "omitted", "i", "i've", "i’ve", "i'd", "i’d"] + _each("left leave kept keep", "it them that this those"),
    "asker": ["requested", "for you to", "you", "your", "per your", "if space", "correct me", "just shout", "just ask", "just say",
              "i'll", "i’ll", "i will", "i can", "on request", "the desk", "the newsdesk", "the news desk", "the subs"]
    + _each("material notes details information facts text brief figures", "provided supplied given shared pasted you"),
    "wish": ["in case", "you", "if needed", "if useful", "if that", "let me know", "tell me", "as needed"],
    "pending": ["still needs", "still need", "still to", "still missing", "to do:", "reminder", "tbc", "tbd", "tk",
                "go without", "flagging", "one thing", "caveat", "please",
                "before this", "before it", "swap in", "swap out", "swap it", "note that", "nb", "n.b", "come out",
                "taken out", "left out", "optional", "placeholder", "placeholders", "xx", "xxx", "left as"]
    + _each("worth", "checking double-checking verifying adding confirming considering flagging")
    + _each("thing_to things_to point_to points_to", "check confirm verify flag") + _each("drop_in", "the a an your")
    + _each("check verify double-check fact-check rename replace tweak adjust reword update insert treat", _OBJECTS)
    + _each("before", "publishing publication filing going") + ["fill in"] + _each("be", _PENDING_DONE),
    "place": ["below", "above", "underneath", "at the bottom", "at the top", "at the end", "in bold", "in italics",
              "in italic", "in brackets", "in square brackets", "in capitals"]
    + _each("after_the follow_the follows_the", "article main_text story piece copy"),
    "throughout": ["throughout", "at the bottom", "at the top", "at the end", "further down", "further up"],
    "self": [f"this {n}" for n in ("version", "draft", "rewrite", "piece", "copy", "take", "edit")] + ["here"],
}
# Cues that count only as a sentence's first word: notes with no subject
# ("Went with ...", "Couldn't find ...", "Have also pulled together ...").
_START_CUES = {
    "act": ["formatted", "pitched", "aimed", "tailored", "have"] + [a.split()[0] for a in read_list(data_path("ai_remark_acts.txt"))],
    "unable": ["couldn't", "couldn’t", "could", "can't", "can’t", "cannot", "wasn't", "wasn’t", "was", "haven't", "haven’t",
               "have", "unable"],
}


@lru_cache(maxsize=None)
def _start_classes() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for name, cues in _START_CUES.items():
        for cue in cues:
            out.setdefault(cue, set()).add(name)
    return {cue: frozenset(names) for cue, names in out.items()}


_FIRST_WORD = re.compile(r"[\w'’-]+")


def _first_word_classes(low: str, s: int) -> frozenset[str]:
    m = _FIRST_WORD.match(low, s)
    return _start_classes().get(m.group(0), frozenset()) if m else frozenset()


@lru_cache(maxsize=None)
def _cue_classes() -> dict[str, frozenset[str]]:
    """Each cue -> the classes it may start; a longer cue keeps the classes of
    a shorter one it begins with ("i can" is also the "i" of "i can't")."""
    by_cue: dict[str, set[str]] = {}
    for name, cues in _CUES.items():
        for cue in cues:
            by_cue.setdefault(cue, set()).add(name)
    # The shorter cues a cue begins with are its prefixes at its spaces: one
    # look-up each, not a comparison with every other cue (33 ms a start).
    out = {}
    for cue in by_cue:
        parts = cue.split(" ")
        prefixes = (" ".join(parts[:k]) for k in range(1, len(parts) + 1))
        out[cue] = frozenset().union(*(by_cue[p] for p in prefixes if p in by_cue))
    return out


@lru_cache(maxsize=None)
def cue_trie() -> str:
    """Every cue as one alternation (word_places.py scans for it with the
    other AI words)."""
    return literal_trie(sorted(_cue_classes()))


@lru_cache(maxsize=None)
def cue_at() -> re.Pattern[str]:
    """A cue starting where it is matched."""
    return re.compile(rf"({cue_trie()})(?![\w'’-])")


@lru_cache(maxsize=None)
def _any_cue() -> re.Pattern[str]:
    # Led by a non-word character, as word_places.py's scan: the engine finds
    # those fast, and tries the words only there.
    return re.compile(rf"\W(?=({cue_trie()})(?![\w'’-]))")


def is_remark(sentence: str, maybe: frozenset[str] | None = None) -> bool:
    """Whether a lower-cased sentence is a remark about the text (the table
    above); ``maybe``: the classes its cues allow, when the caller has them."""
    c = _classes()
    if maybe is None:
        maybe = _classes_cued(0, len(sentence) + 1, _cues(" " + sentence, 0)) | _first_word_classes(sentence, 0)
    if not maybe:
        return False

    seen: dict[str, bool] = {}

    def has(name: str) -> bool:
        if name not in seen:
            seen[name] = (name not in _CUES or name in maybe) and c[name].search(sentence) is not None
        return seen[name]

    return _paired(c, has) and not has("veto")


def _cues(low: str, shift: int) -> list[tuple[int, str]]:
    """(place, cue) of the cues in ``low``, places less ``shift``."""
    return [(m.start(1) - shift, m.group(1)) for m in _any_cue().finditer(low)]


def _classes_cued(s: int, e: int, cues: list[tuple[int, str]]) -> frozenset[str]:
    known = _cue_classes()
    out: frozenset[str] = frozenset()
    for place, cue in cues[bisect.bisect_left(cues, (s, "")) :]:
        if place >= e:
            break
        got = known.get(cue)
        out |= got if got is not None else known.get(" ".join(cue.split()), frozenset())
    return out


def _paired(c: dict[str, re.Pattern[str]], has: Callable[[str], bool]) -> bool:
    # The rarer class of each pair first: a part of the text is common.
    acted = has("act") or has("unable")
    if acted and (has("asker") or has("wish") or has("pending") or has("throughout") or has("part")):
        return True
    # A thing put somewhere is a part of the reply only with a part of the
    # text (above) or a fact of it ("a list of the best walks, which follows
    # below" is a column's).
    if acted and has("place") and has("fact"):
        return True
    if has("pending") and (has("asker") or has("part") or has("fact")):
        return True
    if has("asker") and has("part"):
        return True
    if has("throughout") and has("definite_part"):
        return True
    if has("place") and has("definite_part"):
        return True
    # A fact of the text left out ("I left out the name of the injured
    # cyclist, as ..."), or one it could not check and so left out.
    if has("omit") and (has("unable") or has("fact") or has("choice")):
        return True
    return has("self") and (
        has("asker") or has("pending") or has("place") or has("throughout") or has("contrast") or has("choice")
    )


def remark_spans(text: str, lo: int, hi: int, cues: list[tuple[int, str]] | None = None) -> Iterator[tuple[int, int]]:
    """(start, end) of the sentences of text[lo:hi], one line, that are
    remarks; ``cues``: the line's cues at their places in ``text``, when the
    caller has them."""
    line = text[lo:hi]
    low = line.lower()
    if len(low) != len(line):
        return
    found = _cues(" " + low, 1 - lo) if cues is None else cues
    start = 0
    ends = [m.end() for m in _SENTENCE_END.finditer(line)]
    if not ends or ends[-1] < len(line.rstrip()):
        ends.append(len(line))
    for end in ends:
        s = start
        # A bracketed or starred note reads from its first word.
        while s < end and (line[s].isspace() or line[s] in "[(*"):
            s += 1
        start = end
        maybe = _classes_cued(lo + s, lo + end, found) | _first_word_classes(low, s)
        if maybe and is_remark(low[s:end].strip(), maybe):
            yield lo + s, lo + len(line[:end].rstrip())


@lru_cache(maxsize=None)
def _line_openers() -> re.Pattern[str]:
    """A line opening with a start-only cue (a later sentence of a line with
    no other cue that does is not read)."""
    return re.compile(rf"^[^\S\n]*[\[(*]*(?:{literal_trie(sorted(_start_classes()))})(?![\w'’-])", re.MULTILINE)


def remark_lines(doc: Document, cues: list[tuple[int, str]] | None = None) -> dict[int, tuple[int, list[tuple[int, int]]]]:
    """Line start -> (line end, the remarks' spans), for the lines holding
    any; ``cues``: the article's cues (word_places.remark_cues), when known."""
    out: dict[int, tuple[int, list[tuple[int, int]]]] = {}
    text = doc.text
    low = text.lower()
    lines = doc.lines
    if len(low) != len(text):
        # Lower-casing moved offsets (a rare character): each line alone.
        todo: list[int] = list(range(len(lines)))
        cues = None
    else:
        # One scan of the article for the cues and one for the lines' openers.
        if cues is None:
            cues = _cues(" " + low, 1)
        starts = [ln.start for ln in lines]
        todo = sorted({bisect.bisect_right(starts, p) - 1 for p, _ in cues}
                      | {bisect.bisect_right(starts, m.start()) - 1 for m in _line_openers().finditer(low)})
    places = [p for p, _ in cues] if cues is not None else []
    for i in todo:
        ln = lines[i]
        hi = ln.start + len(ln.text)
        mine = None
        if cues is not None:
            mine = cues[bisect.bisect_left(places, ln.start) : bisect.bisect_left(places, hi)]
        found = list(remark_spans(text, ln.start, hi, mine))
        if found:
            out[ln.start] = (hi, found)
    # A part of the draft as a sentence's subject (part_subjects.py), a remark by its grammar.
    # A note's label with a caveat on the text's facts (note_caveats.py): two weak signals agreeing.
    # A reply's hand-over asides, two word classes in one shape (draft_asides.py).
    for extra in (part_subject_lines(doc), note_caveat_lines(doc), draft_aside_lines(doc)):
        for start, (hi, spans) in extra.items():
            out[start] = (hi, sorted(set(out.get(start, (hi, []))[1]) | set(spans)))
    return out
