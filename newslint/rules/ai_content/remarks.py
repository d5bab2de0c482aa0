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
  omission (``left it out``), an edit with no subject at the sentence start
  (``Swapped out the jargon``), the text described as made (``This is
  written in ...``);
* ASKER: the requester and what they asked or gave (``as requested``,
  ``the notes you pasted``, ``your limit``, ``correct me``;
  ``ai_remark_requester_patterns.txt``); WISH: a condition on their wish
  (``in case it's useful``; ``ai_remark_wishes_patterns.txt``);
* PENDING: what is still to do before it runs (``still needs``, ``should
  be verified``, ``can be cut``; ``ai_remark_pending_patterns.txt``);
  PLACE: a part put somewhere in the reply (``are at the bottom``;
  ``ai_remark_places_patterns.txt``), or ``throughout``;
* VETO: the writer's own things and history (``my``, ``last week``,
  ``three times``), a correction or an interview's ``Q:``, a reader
  call-out, or an AI tool in the sentence (news about chatbots;
  ``ai_remark_vetoes_patterns.txt``).

A sentence with no VETO is a remark when it holds: ACT with a PART, an ASKER,
a WISH, PENDING or a place; a PART with an ASKER or PENDING, or a definite
PART with a PLACE; an ASKER with PENDING; a FACT with PENDING; an omission
with a FACT or a check not made; SELF with an ASKER, PENDING, a place or a contrast
(``This version leans into ... rather than ...``).  Each class alone is how
columnists, notices and news read ("I kept the receipts", "Reminder: the
library is closed", "the headline figure").  Quotation and reporting are
left to the rule's own vetoes.  A warning.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

from ...document import Document
from ...pattern_files import read_patterns
from ...phrases import data_path
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
        # A builder's "quote for the roof" is a price.
        "part": re.compile(rf"(?:\b{det}\s+(?:[\w'’-]+\s+){{0,3}}?|^)(?:{parts})(?:s|es)?\b(?!(?<=quote)\s+for\b)(?!(?<=quotes)\s+for\b)"),
        "fact": re.compile(rf"\b(?:the|a|an|this|that|these|those)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{facts})s?(?![\w-])"),
        "self": re.compile(r"\bthis\s+(?:version|draft|rewrite|piece|copy|take|edit)\b"),
        "act": re.compile(
            rf"\bi(?:{_APOS}ve|\s+have|{_APOS}d|\s+had)?\s+(?:also\s+|deliberately\s+|just\s+|now\s+|simply\s+|only\s+)?(?:{acts})\b"
            rf"|\bi\s+(?:haven{_APOS}t|have\s+not|didn{_APOS}t|did\s+not)\s+(?:include|add|use|name|mention|give|put)(?:d|ed)?\b"
            r"|^(?:swapped|trimmed|added|removed|kept|tightened|moved|rewrote|reworded|shortened|dropped|changed|replaced)\s+"
            r"(?:out\s+|in\s+)?(?:the|a|an|some|it|this|that)\b"
            # The text described as made, not credited ("written by ...").
            rf"|^(?:this|it|(?:the|this)\s+(?:[\w-]+\s+)?(?:{parts})s?)\s+(?:is|has\s+been|was|reads)\s+(?:now\s+)?"
            r"(?:written|pitched|aimed|kept|set\s+out|structured|framed|formatted|tailored|trimmed|cut|shortened|going\s+out)\b"
            r"(?!\s+(?:by|with|using|automatically|from))"
        ),
        "unable": re.compile(
            rf"\bi\s+(?:couldn{_APOS}t|could\s+not|can{_APOS}t|cannot|wasn{_APOS}t\s+able\s+to|was\s+unable\s+to"
            rf"|haven{_APOS}t\s+been\s+able\s+to|have\s+not\s+been\s+able\s+to|am\s+unable\s+to|{_APOS}m\s+unable\s+to"
            rf"|{_APOS}m\s+not\s+able\s+to)\s+(?:independently\s+)?(?:confirm|verify|find|check|establish|locate|trace|pin\s+down|source)\b"
        ),
        "omit": re.compile(
            rf"\b(?:left|leave|kept|keep)\s+(?:it|them|that|this|those)\s+out\b|\bleft\s+out\b|\bomitted\b"
            rf"|\bi\s+(?:haven{_APOS}t|have\s+not|didn{_APOS}t|did\s+not)\s+(?:included?|named?|mentioned|mention|used?)\b"
        ),
        "asker": _patterns("ai_remark_requester_patterns.txt"),
        "wish": _patterns("ai_remark_wishes_patterns.txt"),
        "pending": _patterns("ai_remark_pending_patterns.txt"),
        "place": _patterns("ai_remark_places_patterns.txt"),
        "throughout": re.compile(r"\b(?:throughout|at\s+the\s+(?:bottom|top|end)|further\s+(?:down|up))\b(?!\s+(?:of|the|a|an|\d))"),
        "contrast": re.compile(r"\b(?:rather\s+than|instead\s+of)\b"),
        "veto": _patterns("ai_remark_vetoes_patterns.txt"),
    }


@lru_cache(maxsize=None)
def _cue() -> re.Pattern[str]:
    """Every remark holds one of these: an "I" doing or failing something, the
    requester, something pending, a place, the text pointing at itself.  A
    line without any is passed by at once."""
    c = _classes()
    return re.compile("|".join(f"(?:{c[k].pattern})" for k in ("act", "unable", "asker", "pending", "place", "self", "throughout")), re.MULTILINE)


def is_remark(sentence: str) -> bool:
    """Whether a lower-cased sentence is a remark about the text (the table above)."""
    c = _classes()

    def has(name: str) -> bool:
        return c[name].search(sentence) is not None

    if has("veto"):
        return False
    part = c["part"].search(sentence)
    acted = has("act") or has("unable")
    if acted and (part or has("asker") or has("wish") or has("pending") or has("place") or has("throughout")):
        return True
    if part and (has("asker") or has("pending")):
        return True
    if part and has("place") and not part.group(0).startswith(("a ", "an ")):
        return True
    if has("asker") and has("pending"):
        return True
    if has("fact") and has("pending"):
        return True
    # A fact of the text left out ("I left out the name of the injured
    # cyclist, as ..."), or one it could not check and so left out.
    if has("omit") and (has("unable") or has("fact")):
        return True
    return has("self") and (has("asker") or has("pending") or has("place") or has("throughout") or has("contrast"))


def remark_spans(text: str, lo: int, hi: int) -> Iterator[tuple[int, int]]:
    """(start, end) of the sentences of text[lo:hi], one line, that are remarks."""
    line = text[lo:hi]
    low = line.lower()
    if len(low) != len(line) or _cue().search(low) is None:
        return
    start = 0
    ends = [m.end() for m in _SENTENCE_END.finditer(line)]
    if not ends or ends[-1] < len(line.rstrip()):
        ends.append(len(line))
    for end in ends:
        s = start
        while s < end and line[s].isspace():
            s += 1
        start = end
        if s < end and is_remark(low[s:end].strip()):
            yield lo + s, lo + len(line[:end].rstrip())


def remark_lines(doc: Document) -> dict[int, tuple[int, list[tuple[int, int]]]]:
    """Line start -> (line end, the remarks' spans), for the lines holding any."""
    out: dict[int, tuple[int, list[tuple[int, int]]]] = {}
    text = doc.text
    for ln in doc.lines:
        hi = ln.start + len(ln.text)
        found = list(remark_spans(text, ln.start, hi))
        if found:
            out[ln.start] = (hi, found)
    return out
