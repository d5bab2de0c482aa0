"""What a disclosure notice is made of (NL501): an AI agent, a self-reference, a generation word."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

import regex

from ...pattern_files import read_entries
from ...phrases import data_path, read_list, word_start_phrases
from .compose import disclosure_shapes
from .dispatch import dispatched
from .notice_parts import NoticeParts, notice_parts, soft_scan_nouns
from .vocab import names, words
from .word_start import after_guard, guarded_sources


class Terms(NamedTuple):
    """The compiled vocabulary of a notice."""

    # An AI agent: "ChatGPT", "a large language model" (ai_terms), or one
    # named by its kind: "an automated writing system".
    agent: regex.Pattern[str]
    # The same for lower-cased text with the stdlib engine, which scans
    # every article's literal-led alternatives about twice as fast.
    agent_scan: re.Pattern[str]
    # The same scan with the nouns of a softer actor (notice_parts.py) in
    # its alternation: one pass costs what the agent scan alone does, two
    # passes half as much again.  Not every hit is an agent.
    notice_scan: re.Pattern[str]
    # Matched right after an agent: "AI researchers" names the industry, not a tool.
    not_agent: regex.Pattern[str]
    # The text pointing at itself: "this article", "we used", a label line.
    self_reference: regex.Pattern[str]
    # "generated", "written", "with the help of" (ai_generation).
    generation: regex.Pattern[str]
    # A noun for a piece of text: "article", "summary" (ai_text_nouns).
    text_noun: regex.Pattern[str]
    # A short label that is a notice by itself: "Crafted with AI, checked by
    # humans.", "Summary by AI.", "Language model output", "Automatically
    # translated." (matched against the whole sentence).
    label: regex.Pattern[str]
    # An agent making "this <anything>", or "this <anything>" made by an
    # agent: the verb ties the two, so the noun needs no class.
    made_this: regex.Pattern[str]
    # Compositions of classes (compose.py): a credit or note label, a
    # caption, a byline, each with a verb of making or a role and an agent.
    composed: tuple[regex.Pattern[str], ...]
    # The notice read by its parts in any order (notice_parts.py).
    parts: NoticeParts


@lru_cache(maxsize=None)
def _named_entries() -> tuple[str, ...]:
    """ai_terms, each phrase of several words also hyphenated, as a compound
    modifier writes it ("with artificial-intelligence help")."""
    entries = read_entries("ai_terms")
    hyphenated = [
        "-".join(e.split()) for e in entries if not e.startswith("re:") and len(e.split()) > 1 and "-".join(e.split()) not in entries
    ]
    # A hyphenated name may be written with a middle dot, as its maker
    # spells it ("DALL·E"): both spellings of every such entry.
    dotted = [e.replace("-", "·") for e in entries if not e.startswith("re:") and "-" in e]
    return tuple(entries) + tuple(hyphenated) + tuple(dotted)


@lru_cache(maxsize=None)
def _scan_entries() -> tuple[str, ...]:
    """The named agents for the lower-cased scans: ai_terms and the products."""
    return _named_entries() + tuple(
        e.lower() for name in ("ai_product_names.txt", "ai_developer_names.txt") for e in read_list(data_path(name))
    )


@lru_cache(maxsize=None)
def terms() -> Terms:
    def load(name: str) -> regex.Pattern[str]:
        return word_start_phrases(tuple(read_entries(name)))

    named = word_start_phrases(_named_entries())
    tools = rf"(?:{words('ai_tool_nouns.txt')})"
    # An agent by its kind rather than its name: an automatic word and a tool
    # noun ("an automated writing system"), an agent that is automatic by
    # itself ("an algorithm"), or a participle that says both ("machine-
    # translated", "auto-generated").
    # A participle that names agent and making at once.
    fused = (
        r"(?:machine|auto|computer|robot|bot|algorithmically|automatically)[\s-]?"
        r"(?:generated|written|translated|produced|created|made|compiled|drafted|summari[sz]ed|assembled)"
        # Not every verb of making: this part is tried at every word of every
        # article, and these few cost a quarter of what the whole class does.
        r"|(?:generated|written|translated|produced|created|compiled|summari[sz]ed|updated|assembled|drafted|made"
        r"|put\s+together)\s+automatically"
        # "auto-" before any participle is the machine doing it
        # ("auto-transcribed", "auto-captioned"; branch disc15).
        r"|auto-(?>[a-z]+)(?<=[a-z]{3}ed)"
    )
    # An agent by its shape (issue 10, branch disc14): a modifier that makes
    # any noun after it a machine ("generative fill", "a synthetic
    # narrator"), or a compound of what a machine does ("voice-cloning
    # technology").  Found this way the sentence still needs its act and the
    # text pointing at itself: the later checks are the guard.
    function = r"(?:and|or|to|of|for|in|on|at|with|by|from|the|a|an|is|are|was|were|that|which)\b"
    # Not a person of the text ("a synthetic clone of the mayor"): that is
    # notice_parts.py's persona, which needs the text to be the one it is in.
    persons = rf"(?:{words('ai_persona_nouns.txt')})s?"
    persons_heads = words("ai_persona_nouns.txt")
    noun_after = rf"(?:\s+(?!{function})(?-i:[a-z][\w-]*))?"
    modified = (
        rf"(?:{words('ai_shape_modifiers.txt')})[\s-]+(?!(?:{words('ai_shape_not_nouns.txt')}|{persons})\b|{function})"
        rf"(?-i:[a-z][\w-]*){noun_after}"
    )
    heads = read_list(data_path("ai_shape_compound_heads.txt"))
    # The compound from its second half, the first half checked behind it
    # ("cloning technology" in "voice-cloning technology"): a branch led by
    # a class ("[a-z]+-") is tried at every word of every sentence searched
    # (it doubled made_this's time on bbc-dev), one led by a literal is
    # turned down at a comparison.  A pattern that wants the whole compound
    # after its preposition allows the first half (slots.py).
    head_led = "|".join(rf"{regex.escape(h)}(?<=[a-z]-{regex.escape(h)}){noun_after}" for h in heads)
    # The machine and its act in one noun: "machine translation", "automatic
    # captioning" (branch disc15); the noun holds the act, so a label needs
    # nothing more ("Subtitles: machine translation from Portuguese.").
    # One alternation of the automatic words for both (it is tried at every word).
    act_noun = rf"[\s-]+(?:{words('ai_fused_act_stems.txt')})[\w-]*"
    # A product by its name (ai_product_names.txt), its capital kept:
    # "composed by Suno", "drafted by Perplexity".
    products = rf"(?:{names('ai_product_names.txt')})"
    # A maker's possessive before a tool noun: "OpenAI's software" (the
    # maker alone is news: "OpenAI said").
    products += rf"|(?:{names('ai_developer_names.txt')})['’]s\s+(?:[\w-]+\s+){{0,2}}?{tools}s?"
    kind = (
        rf"\b(?:{products}|(?:{words('ai_automation_words.txt')})(?:(?:[\s-]+[\w-]+){{0,2}}?[\s-]+{tools}s?|{act_noun})|ai{act_noun}"
        rf"|(?:{words('ai_agents_alone.txt')})|(?-i:{words('ai_agents_lower.txt')})|{fused}|{modified}|{head_led})\b"
    )
    text_nouns = rf"(?:{words('ai_text_nouns.txt', plural=True)})s?"
    # The text pointing at itself, from the class of text nouns: "this
    # synopsis", "the following three paragraphs", "the outline above".
    own = (
        r"\b(?:this|these|the\s+following|the\s+above|the\s+preceding|the\s+accompanying)\s+(?:[\w-]+\s+){0,2}?"
        rf"{text_nouns}\b|\b{text_nouns}\s+(?:above|below|you(?:'re|’re|\s+are)\s+(?:now\s+)?(?:reading|viewing|seeing|hearing|watching|listening\s+to))\b"
        # The newsroom's own texts: "our newsletter's summaries".
        rf"|\bour\s+(?:[\w'’-]+\s+){{0,2}}?{text_nouns}\b"
    )
    listed_self = load("ai_self_reference")
    agent = rf"(?:{named.pattern}|{kind})"
    # What may follow a label: its source, then a clause saying who checked it.
    after = (
        # "with AI help", "with artificial-intelligence assistance".
        # "by an AI editing assistant": a word of its task, then its kind.
        rf"(?:[\s-]+(?:help|assistance|support|input|tools?)|[\s-]+(?:[\w-]+\s+)?{tools}s?)?"
        # "by YouTube" after a machine's participle names the platform, not a writer.
        r"(?:\s+(?:from|based\s+on|using|with|via|by)\b[^.;:!?]{0,60})?"
        # "checked by the desk", "tested in our kitchen", "not reviewed by a meteorologist".
        r"(?:\s*[.;,:\p{Pd}]\s*(?:and\s+|but\s+)?(?:not\s+)?(?:\w+ly\s+)?(?:checked|reviewed|edited|verified|fact-checked|approved|read|tested)\b[^.!?]{0,60})?"
        # Or the caveat such notices carry: "errors may remain", "may contain mistakes".
        r"(?:\s*[.;,:\p{Pd}]\s*(?:(?:some\s+)?(?:errors|mistakes|inaccuracies)\s+(?:may|might|can)\s+(?:remain|occur|appear)"
        r"|(?:it\s+|they\s+)?(?:may|might|can)\s+contain\s+(?:errors|mistakes|inaccuracies)))?"
        r"[\s.!;:)\]]*$"
    )
    making = rf"(?:{words('ai_making_verbs.txt')})"
    this = r"\b(?:this|these)\s+"
    this_or_yours = r"\b(?:this|these|your)\s+"
    made_this = (
        rf"{agent}[^.;:!?]{{0,40}}?\b{making}\s+(?:(?:the|a|an|some|parts?|most|much|all)\s+"
        rf"(?:[\w'’-]+\s+){{0,3}}?(?:of|for|in|on)\s+)?(?:{this}[\w'’-]+|\bthis\b(?=\W*$))"
        # Passive, the text addressed to its reader too: "Your briefing
        # today was assembled by an AI assistant".
        rf"|{this_or_yours}(?:[\w'’-]+\s+){{1,3}}?(?:was|were|is|are|has\s+been|have\s+been)\s+(?:[\w-]+\s+)?{making}"
        rf"\s+(?:[\w-]+\s+){{0,3}}?(?:by|with|using|via|through|from)\s+(?:[\w'’-]+\s+){{0,3}}?{agent}"
        rf"|{this}(?:[\w'’-]+\s+){{1,3}}?(?:was|were|is|are|has\s+been|have\s+been)\s+"
        rf"(?:automatically\s+{making}|{making}\s+automatically)\b"
    )
    label = (
        r"^[^\w]*(?:(?:disclaimer|disclosure|note|editor'?s\s+note|transparency\s+note)\s*:\s*)?"
        r"(?:(?:partly|partially|fully|largely|automatically)\s+)?"
        # A purpose may stand before the agent: "Rewritten for clarity by AI."
        rf"(?:(?:{words('ai_making_verbs.txt')})\s+(?:in\s+part\s+|for\s+[\w-]+\s+)?(?:by|with|using|via|through)"
        # The head may be a picture, a recording or one of the text's
        # people: "Presenter avatar generated by AI."
        rf"(?:\s+the\s+help\s+of)?|(?:[\w'’-]+\s+)?(?:{text_nouns}|(?:{words('ai_media_nouns.txt')}|{persons_heads})s?)"
        rf"\s+(?:(?:was|is)\s+)?(?:{making}\s+)?(?:by|from|via))"
        rf"\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?{agent}{after}"
        # The agent's participle naming a picture or a recording too: "AI-enhanced image."
        rf"|^[^\w]*{agent}[\s-]+(?:{text_nouns}|(?:{words('ai_media_nouns.txt')})s?|output)\b{after}"
        # A label line: "Automated article: produced by ...".
        rf"|^[^\w]*(?:{words('ai_automation_words.txt')}|ai|{kind})[\s-]+{text_nouns}\s*[:\p{{Pd}}]"
        rf"|^[^\w]*\b(?:{fused})\b{after}"
        # The participle in brackets after the text's head: "Summary
        # (auto-generated): ...", "Transcript (machine-translated)" (branch disc14).
        rf"|^[^\w]*(?:[\w'’-]+\s+)?(?:{text_nouns}|(?:{words('ai_media_nouns.txt')})s?)\s*[(\[]\s*(?:{fused})\s*[,;)\]]"
        # The participle right after the head, as a label: "Captions
        # auto-generated.", "Subtitles machine-translated" (branch disc15).
        # Up to two words before the head: "Podcast show notes auto-summarised ...";
        # a degree before the participle: "Article text partly machine-generated."
        rf"|^[^\w]*(?:[\w'’-]+\s+){{0,2}}(?:{text_nouns}|(?:{words('ai_media_nouns.txt')})s?)\s+(?:(?:was|were|is|are)\s+)?"
        rf"(?:[\w-]+ly\s+)?(?:{fused}){after}"
        # The participle naming the text: "Automatically generated summary of
        # the council meeting", "Computer-generated forecast; not reviewed ..."
        # (nothing but what it is of: "Machine-translated captions are often wrong" is news).
        rf"|^[^\w]*\b(?:{fused})\s+(?:[\w-]+\s+)?(?:{text_nouns}|{words('ai_media_nouns.txt')})\b"
        rf"(?:\s+(?:of|for|from|on)\s+[^.;:!?]{{0,60}}?)?{after}"
        # The agent's part in the work, as a label: "AI assisted with research
        # and drafting; all quotes were verified by a reporter."
        rf"|^[^\w]*{agent}\s+(?:assisted|helped|was\s+used|were\s+used)\s+(?:with|in|to)\s+(?:the\s+)?"
        r"(?:research|drafting|writing|editing|reporting|translation|translating|production|summar\w+)\b"
    )
    # The nouns of a softer actor, whole words.
    soft = rf"(?:{soft_scan_nouns()})(?!\w)"
    return Terms(
        # One shared word-start guard lets the engine skip mid-word positions
        # once for both halves (the agent scan runs over every article).
        agent=regex.compile(rf"(?<!\w)(?:{named.pattern}|{kind})", named.flags),
        # Without the entries' leading \b, which the guard makes redundant:
        # the engine then skips most alternatives at one comparison each.
        # Regrouped by first character (dispatch.py): the same matches, a
        # comparison per first character at a word start, not one per entry.
        # The scans read lower-cased text: the products' names in lower case
        # there, the agent's own match keeps their case.
        agent_scan=re.compile(rf"(?<!\w)(?:{dispatched(guarded_sources(_scan_entries()) + [after_guard(kind)])})", re.MULTILINE),
        notice_scan=re.compile(rf"(?<!\w)(?:{dispatched(guarded_sources(_scan_entries()) + [after_guard(kind), soft])})", re.MULTILINE),
        # Matched with .match() after the agent, so not at a word start.
        not_agent=regex.compile(rf"\s+(?:{words('ai_term_exclusions.txt')})\b", regex.IGNORECASE),
        self_reference=regex.compile(rf"{listed_self.pattern}|{own}", listed_self.flags),
        generation=load("ai_generation"),
        text_noun=regex.compile(rf"\b(?:{words('ai_text_nouns.txt', plural=True)})s?\b", regex.IGNORECASE),
        label=regex.compile(label, regex.IGNORECASE),
        made_this=regex.compile(made_this, regex.IGNORECASE),
        composed=disclosure_shapes(agent, making, text_nouns),
        parts=notice_parts(agent, text_nouns),
    )


def has_agent(text: str, start: int = 0, end: int | None = None) -> bool:
    """An AI term in text[start:end] that names a tool, not the AI industry."""
    t = terms()
    end = len(text) if end is None else end
    return any(not t.not_agent.match(text, m.end()) for m in t.agent.finditer(text, start, end))
