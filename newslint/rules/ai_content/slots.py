"""NL501: a notice found by its three slots (issue 10, branch ai13).

A disclosure says what was done, by what, to which text.  The other readings
(terms.py, compose.py, notice_parts.py) name the act from a class of verbs
of making; on fresh wordings most misses had every part but the verb
("realised with the help of an artificial intelligence", "AI was used to
remove background noise from ... this podcast", "are AI reconstructions").
Here the act is a slot filled by the grammar that ties it to the agent, not
by a word list:

* the link: any participle, then ``by``/``with``/``using``/``via``/``through``
  and the agent, with a share noun between if it likes (``suggested by AI``,
  ``realised with the help of an artificial intelligence``;
  ``ai_slot_participles.txt`` for the irregular ones,
  ``ai_slot_help_nouns.txt``); the agent said to be used for it (``AI was
  used to ...``); or a copula, the agent and a noun for a thing made (``are
  AI reconstructions``; ``ai_slot_rendition_nouns.txt``);
* the text pointing at itself: notice_parts.py's text shapes, a determiner
  of ``ai_slot_deixis.txt`` (``the present article``, ``the following``),
  what stands below or above (``the tide heights below were ...``), or
  the reader about to meet it (``the quiz you are about to take``); or the
  line is a label that names itself: a noun of the text's classes (``Cover
  image``, ``Headline and standfirst``) and nothing after the agent but the
  tool's kind, a purpose or a second clause; or it opens with the share
  (``With the contribution of generative artificial intelligence.``);
* the agent: the family's agent pattern (terms.py), or after ``by``,
  ``with`` or ``using`` a softer machine noun of ``ai_soft_agents.txt``, its
  words perhaps hyphenated (``performed by speech-recognition software``; a
  bare ``a model`` may be a person and needs a word of its own before it);
  a credit label may have the agent as its whole value (``Photo:
  AI-generated image``).

No word that breaks the link (``whether``, ``how``, ``about`` ...) between
the text and the link, no reporting verb or another's belief (the caller
and notice_parts.py check those), nothing inside quotation marks.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

import regex

from ...analysis.quotes import inside_quotes
from .vocab import AGENT_NOUN, words

# A notice is short; a long sentence with all three is reporting.
_MAX_WORDS = 40
# A label names itself only on a short line (counted up to a semicolon).
_LABEL_WORDS = 12
# Every way the text points at itself holds one of these words (notice_parts
# .py's text shapes and the deixis here); a long sentence without one, and
# so not a label, is passed by before its makers are looked for.
_POINTING = re.compile(
    r"\b(?:this|these|here|you|follows?|below|above|present|following|accompanying|attached|enclosed|today|tonight)\b", re.IGNORECASE
)
_BLOCKERS = regex.compile(r"\b(?:whether|how|why|about|if|whose|who|label\w*|flag\w*|detect\w*|ban\w*)\b", regex.IGNORECASE)


class Slots(NamedTuple):
    # The act tied to the agent (any participle, "was used to", a copula).
    link: regex.Pattern[str]
    # The text pointing at itself, beyond notice_parts.py's text shapes.
    deixis: regex.Pattern[str]
    # A label's head nouns, up to where the link must start.
    label: regex.Pattern[str]
    # A label opening with the share: "With the help of AI."
    share_label: regex.Pattern[str]
    # A credit label whose value is the agent: "Words: our AI editor."
    value_label: regex.Pattern[str]
    # What may follow the agent on a label line.
    after: regex.Pattern[str]
    # What may follow the agent of a share label: nothing but its end ("With
    # the help of AI, doctors spotted ..." is a sentence of news).
    share_end: regex.Pattern[str]


@lru_cache(maxsize=None)
def slots(agent: str, text_nouns: str) -> Slots:
    """The slot patterns, given the family's agent and text-noun pieces."""
    flags = regex.IGNORECASE
    # Any participle but one of handling a finished text ("blocked by"); the
    # word is taken whole (atomic), then its ending checked: no backtracking
    # through every word of the sentence.
    participle = rf"(?!(?:{words('ai_slot_handling_verbs.txt')})\b)(?:(?>[\w-]+)(?<=[\w-]{{3}}(?:ed|en))|(?:{words('ai_slot_participles.txt')})\b)"
    share = rf"(?:the\s+|some\s+)?(?:{words('ai_slot_help_nouns.txt')})\s+(?:of|from)\s+"
    det = r"(?:(?:an?|the|our|its|their|some)\s+)?"
    # Not another's tool ("by the platform's algorithm"): a possessive
    # before the agent names who owns it, and it is news about them.
    mods = r"(?:(?![\w-]+['’]s?\s)[\w'’-]+\s+){0,2}?"
    # An agent denied ("made by hand, not with AI") is not the maker.
    # After "by", "with" or "using" a softer machine noun is the maker too
    # ("performed by speech-recognition software"); hyphens may join its words.
    soft = words("ai_soft_agents.txt").replace(r"\s+", r"[\s-]+")
    # A bare "model" may be a person ("taken by a model"): only with a word
    # of its own before it ("a computer model", "our forecasting model").
    maker = rf"(?:{agent}|(?<!\b(?:an?|the|our|its|their|some|by|with|using)\s)(?:{soft})s?\b|(?!models?\b)(?:{soft})s?\b)"
    # Not the AI trade: "written by a computer engineer", "AI researchers".
    not_agent = rf"(?![\s-]+(?:{words('ai_term_exclusions.txt')})\b)"
    # A particle may follow it ("pieced together", "written up"); the first
    # half of a compound agent may stand before it ("voice-cloning
    # technology", whose agent match starts at "cloning": terms.py).
    by = rf"\b{participle}\s+(?:(?:together|up|out|down)\s+)?(?:[\w-]+ly\s+|(?:into|in|as|from|for)\s+(?:[\w'’-]+\s+){{0,3}}?)?(?:by|with|using|via|through|thanks\s+to)\s+(?:{share})?{det}{mods}(?:(?-i:[a-z]+)-)?(?P<agent>{maker}){not_agent}"
    used = rf"(?P<agent2>{agent}){not_agent}\s+(?:[\w-]+\s+)?(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:[\w-]+ly\s+)?(?:used|employed|deployed|applied)\s+(?:to|for|in|on)\b"
    # Began as one too, and the thing may be a text: "this explainer began
    # as a chatbot answer" (branch disc15).
    copula = (
        rf"\b(?:is|are|was|were|(?:began|started)(?:\s+life)?\s+as)\s+(?:an?\s+|the\s+)?(?:{agent})[\s-]+(?:[\w'’-]+\s+)?"
        rf"(?:(?:{words('ai_slot_rendition_nouns.txt')})s?|{text_nouns})\b"
    )
    time = rf"(?!(?:{words('ai_time_nouns.txt')})\b)"
    heads = (
        rf"(?:{text_nouns}|(?:{words('ai_media_nouns.txt')}|{words('ai_recording_nouns.txt', plural=True)}"
        rf"|{words('ai_label_heads.txt')}|{words('ai_work_nouns.txt')})s?)"
    )
    # "The present article", "the following" standing alone: not "the
    # following meeting" or "the present system", which are not the text.
    deixis = (
        rf"\b(?:{words('ai_slot_deixis.txt')})\s+{time}(?:[\w'’-]+\s+){{0,2}}?{heads}\b"
        rf"|\b(?:{words('ai_slot_deixis.txt')})(?=\s*[:,.;]|\s+(?:was|were|is|are|has|have|had)\b)"
        r"|\b(?:that\s+)?you(?:['’]re|\s+are)\s+about\s+to\s+(?:read|hear|watch|see|take|play|listen)\b"
        r"|\b[\w-]{3,}ed\s+(?:here|below|above)\b"
        # "The tide heights below were ...": whatever stands below is the text's.
        r"|\b(?:the|these)\s+(?:[\w'’-]+\s+){1,3}?(?:below|above)\s+(?=(?:was|were|is|are|has|have|had)\b)"
    )
    # "Cover image", "Headline and standfirst", "Chart descriptions": a
    # word before or after the head, others joined to it, then perhaps a
    # copula.
    label = (
        rf"^[^\w]*(?:[\w'’-]+\s+)?{heads}\b(?:\s+[\w'’-]+)?(?:\s*(?:,|&|\band\b)\s*[\w'’-]+(?:\s+[\w'’-]+)?)*"
        # Or the head's colon and up to three words of what was done: "Charts:
        # data cleaned and plotted with ..." (branch disc15).
        r"(?:\s*:\s*(?:[\w'’-]+\s+){0,3}?|\s+(?:(?:was|were|is|are|has\s+been|have\s+been)\s+)?(?:[\w-]+ly\s+)?)"
    )
    share_label = rf"^[^\w]*(?:with|through|thanks\s+to)\s+{share}{det}{mods}(?P<agent>{agent})"
    # A credit label whose value is the agent: "Words: our AI editor."
    # "Captions by automatic captioning" credits the same way (branch disc15);
    # so does the agent's rendition as the value: "Cover art: a diffusion
    # model's interpretation of the headline."
    value_label = (
        rf"^[^\w]*(?:[\w'’-]+\s+)?{heads}\s*:\s*{det}(?:[\w-]+\s+)?(?P<agent>{maker})(?:[\s-]+[\w-]+){{0,2}}?['’]s?\s+(?:{words('ai_slot_rendition_nouns.txt')})(?:\s+of\s+[^.;:!?]{{0,60}})?"
        rf"|^[^\w]*(?:[\w'’-]+\s+)?{heads}\s*(?::|\s+by\b)\s*{det}{mods}(?P<agent>{agent})"
    )
    kind = (
        rf"[\w-]+ing|(?:{words('ai_tool_nouns.txt')}|{words('ai_author_roles.txt')})s?"
        rf"|(?:{words('ai_soft_agents.txt')})|{AGENT_NOUN}"
    )
    after = rf"(?:[\s-]+(?:[\w-]+\s+)?(?:{kind})\b)?\s*(?:$|[.;,)\]!]|\p{{Pd}}|\s(?:for|from|and|to|on)\b)"
    return Slots(
        link=regex.compile(rf"{by}|{used}|{copula}", flags),
        deixis=regex.compile(deixis, flags),
        label=regex.compile(label, flags),
        share_label=regex.compile(share_label, flags),
        value_label=regex.compile(value_label, flags),
        after=regex.compile(after, flags),
        share_end=regex.compile(r"\s*(?:[.;)\]!]|\p{Pd}|$)", flags),
    )


# How far before its agent a link may start, and after it end: the
# participle, a particle, a short phrase, the preposition, a share noun,
# a determiner and two words; the copula and "was used to" after it.
_BEFORE, _AFTER = 160, 60


def _links(s: Slots, sentence: str, makers: list[tuple[int, int]]) -> list[regex.Match[str]]:
    """The links of the sentence, looked for only around its makers (a
    scan of the whole sentence tries the participle at every word)."""
    found: dict[tuple[int, int], regex.Match[str]] = {}
    for start, end in makers:
        for link in s.link.finditer(sentence, max(0, start - _BEFORE), min(len(sentence), end + _AFTER)):
            found.setdefault(link.span(), link)
    return [found[k] for k in sorted(found)]


def may_point(sentence: str) -> bool:
    """Whether the sentence is short enough to be a label or holds a word
    the text points at itself with: a cheap gate before slot_notice."""
    return len(sentence.split(";", 1)[0].split()) <= _LABEL_WORDS or _POINTING.search(sentence) is not None


def slot_notice(s: Slots, text_shape: regex.Pattern[str], sentence: str, makers: list[tuple[int, int]]) -> bool:
    """Whether the sentence ties an act to an agent (the link) and points at
    itself (``text_shape``, notice_parts.py's, or the deixis here), or is a
    label line that names itself.  ``makers``: the spans of its agents and
    softer machine nouns, around which a link is looked for."""
    if len(sentence.split()) > _MAX_WORDS:
        return False
    short = len(sentence.split(";", 1)[0].split()) <= _LABEL_WORDS
    if short:
        m = s.share_label.match(sentence)
        if m and not inside_quotes(sentence, 0) and s.share_end.match(sentence, m.end("agent")):
            return True
    if short and (":" in sentence or " by " in sentence):
        m = s.value_label.match(sentence)
        if m and not inside_quotes(sentence, 0) and s.after.match(sentence, m.end()):
            return True
    links = [m for m in _links(s, sentence, makers) if not inside_quotes(sentence, m.start())]
    if not links:
        return False
    if short and not inside_quotes(sentence, 0):
        for link in links:
            if (
                link.group("agent") is not None
                and s.label.fullmatch(sentence, 0, link.start()) is not None
                and s.after.match(sentence, link.end("agent"))
            ):
                return True
    points = [
        m for p in (text_shape, s.deixis) for m in p.finditer(sentence) if not inside_quotes(sentence, m.start())
    ]
    for text in points:
        for link in links:
            lo, hi = (text.end(), link.start()) if text.start() < link.start() else (link.end(), text.start())
            if lo > hi or not _BLOCKERS.search(sentence, lo, hi):
                return True
    return False
