"""NL502's score over weak signals, for asides in none of the shapes or list entries.

Each sentence of a candidate line adds up the classes of signal it holds,
each class once: advice and requester phrases are strong (2); an opener is
strong after "!" or a dash (2) and weak after a comma (1); the rest are weak
(1).  Also here: a line that is an interjection alone, and Markdown in a
plain-text article.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator, NamedTuple

import regex

from ...document import Document
from ...pattern_files import read_entries
from .dispatch import dispatched
from .shapes import CHATTY, WEAK
from .vocab import words
from .word_start import after_guard, guarded_sources

_SELF_SRC = r"\b(?:i|i'[mvdl]\w*|i’[mvdl]\w*|me|my|let's|let’s)\b"
_YOU_SRC = r"\byou(?:r|rs|'d|’d|'ll|’ll|'re|’re|'ve|’ve)?\b"


class ScorePatterns(NamedTuple):
    # Advice or a requester phrase: a line without one (and without "!" or
    # a dash) cannot score.
    strong: re.Pattern[str]
    # Every class as a named group, for the lower-cased line.
    classes: re.Pattern[str]
    # The words a reply's opener starts with (their strings go into the gate
    # table: a line with none has no opener).
    opener_words: regex.Pattern[str]
    # A reply's opener: "Good catch —", "Thanks!".
    opener: regex.Pattern[str]
    # An interjection alone on a line: "Sure!".
    alone: re.Pattern[str]
    # A Markdown heading or bold lead-in at a line start.
    markdown: regex.Pattern[str]
    # Reporting about assistants, and a page talking to its reader.
    veto: re.Pattern[str]
    # An interview's question or answer, or a letter.
    line_veto: re.Pattern[str]


@lru_cache(maxsize=None)
def score_patterns() -> ScorePatterns:
    nouns = words("ai_meta_nouns.txt")
    edits = words("ai_edit_words.txt")
    # Run on the lower-cased line with the stdlib engine: the data files hold
    # lower-case entries, and this pass runs on every candidate line.
    # Every entry starts at a word start: the lookahead lets the engine skip
    # other positions cheaply (three times faster on news text), and the
    # entries' own leading \b, said again at the same position, goes.
    # Each list regrouped by first character (dispatch.py): the same matches.
    def alts(name: str) -> str:
        return dispatched(guarded_sources(read_entries(name), same_position=True))

    strong_src = rf"(?P<advice>{alts('ai_advice')})|(?P<req>{alts('ai_requester')})"
    interjections = words("ai_interjections.txt")
    return ScorePatterns(
        opener_words=regex.compile(rf"(?:{interjections}|thanks|thank\s+you)\b", regex.IGNORECASE),
        strong=re.compile(rf"\b(?=[a-z])(?:{strong_src})", re.MULTILINE),
        classes=re.compile(
            rf"\b(?=[a-z])(?:{strong_src}"
            rf"|(?P<edit>{alts('ai_edit_verbs')}|(?:{edits})\b)"
            rf"|(?P<meta>(?:(?!version\s+of\b)(?:{nouns})s?)\b|(?<=\d\s)words\b)"
            rf"|(?P<self>{after_guard(_SELF_SRC, same_position=True)})|(?P<you>{after_guard(_YOU_SRC, same_position=True)})"
            r"|(?P<preamble>here(?:'s|’s|\s+is|\s+are)|below\s+(?:is|are|you)|the\s+following)\b)",
            re.MULTILINE,
        ),
        opener=regex.compile(
            rf"[^\S\n]*(?:{interjections}|thanks|thank\s+you)\b[^\S\n]*(?:(?P<strong>!|[^\S\n]?[\p{{Pd}}])|,)",
            regex.IGNORECASE,
        ),
        # "OK" alone is a button; "Sure!" alone is a reply.
        alone=re.compile(rf"[^\S\n]*(?:{interjections})[^\S\n]*![^\S\n]*", re.IGNORECASE),
        # Markdown that plain news copy never carries: a heading, or a bold
        # lead-in at the start of a line (alone, numbered or bulleted).
        markdown=regex.compile(
            r"[^\S\n]*(?:(?:\d{1,2}\.|[-*•])[^\S\n]+)?(?P<mark>#{1,6}[^\S\n]+\S[^\n]*)"
            r"|[^\S\n]*(?:(?:\d{1,2}\.|[-*•])[^\S\n]+)?(?P<mark2>\*\*[^*\n]{1,80}\*\*:?)[^\n]*"
        ),
        # The words are somebody else's, not an assistant's.
        veto=re.compile(
            r"\b(?:(?:the|its|a|an|their|this)\s+(?:[\w-]+\s+)?"
            r"(?:chatbot|assistant|bot|model|ai|tool|app|system|software)s?"
            r"|chatbots|assistants|researchers|study|let\s+us\s+know|contact\s+us|get\s+in\s+touch|email\s+us"
            r"|share\s+(?:this|it)|subscri\w+|sign\s+up|click\w*|tap|log\s+in|donate|follow\s+us)\b"
        ),
        line_veto=re.compile(r"[^\S\n]*(?:(?:q|a)[:.]|dear\s|sir,|madam,)"),
    )


def _edge_lines(doc: Document) -> tuple[int, int]:
    """Start offsets of the first and the last non-blank line."""
    lines = doc.lines
    first = next((ln.start for ln in lines if ln.text.strip()), -1)
    last = next((ln.start for ln in reversed(lines) if ln.text.strip()), -1)
    return first, last


_MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdx")
# The sentence split of the score, on the lower-cased line (stdlib: faster).
_SCORE_SENTENCE_END = re.compile(r"[.!?]+(?=\s|$)")
_SELF = re.compile(_SELF_SRC)
_LETTER = re.compile(r"[^\S\n]*(?:dear\s|sir,|madam,)")
_YOU = re.compile(_YOU_SRC)
_WEIGHTS = {"self": 1, "you": 1, "advice": 2, "req": 2, "meta": 1, "edit": 1, "preamble": 1}
_SCORE_THRESHOLD = 4
# Classes that make a sentence talk about the text being produced or to the
# person who asked for it; assistant voice, second person and editing verbs
# ("adjust your boiling time") alone are what columns and service journalism
# sound like.
_TEXT_CLASSES = frozenset({"meta", "req", "opener"})


def scored(
    doc: Document, text: str, low: str | None, base: int, lo: int, hi: int, strong_possible: bool = True, opener_possible: bool = True
) -> Iterator[tuple[int, int, bool, int]]:
    """(start, end, not_speech, evidence) of the sentences in line text[lo:hi] whose
    weak signals add up to the threshold, and of a line that is an
    interjection alone or markdown in a plain-text article.  The line's lower
    case is low[lo - base : hi - base]; None when lower-casing moves offsets.
    ``strong_possible`` False: the caller knows the strong-signal pattern
    finds nothing in the line (gate_table.may_be_strong), so it is not searched;
    ``opener_possible`` False: it knows no opener's word is in the line."""
    strong, classes, _, opener, alone, markdown, veto, line_veto = score_patterns()
    lead = len(text[lo:hi]) - len(text[lo:hi].lstrip())
    first = text[lo + lead : lo + lead + 1]
    if first in "#*-•0123456789" and first and not doc.path.lower().endswith(_MARKDOWN_SUFFIXES):
        m = markdown.fullmatch(text, lo, hi)
        if m:
            group = "mark" if m.group("mark") else "mark2"
            yield m.start(group), m.end(group), True, WEAK
            return
    if hi - lo < 40 and alone.fullmatch(text, lo, hi):
        yield lo + lead, hi, False, WEAK
        return
    if hi - lo > 2000:
        # A long line is a paragraph of prose, not a reply's aside.
        return
    off = base
    if low is None:
        # Lower-casing moved the offsets (U+0130): lower-case this line alone.
        low, off = text[lo:hi].lower(), lo
        if len(low) != hi - lo:
            return
    # A flagged sentence needs a strong signal: advice, a requester phrase
    # or an opener that ends in "!" or a dash.  Most lines have none, and
    # the full scan is skipped for them.
    # Without advice or a requester phrase only an opener (its word, then "!"
    # or a dash) is strong.
    segment = text[lo:hi]
    if not (opener_possible and ("!" in segment or "\u2014" in segment or "\u2013" in segment or " - " in segment)) and not (
        strong_possible and strong.search(low, lo - off, hi - off)
    ):
        return
    # Every branch of ``classes`` is a named group, so lastgroup is always set.
    hits = [(m.start() + off, m.lastgroup or "", m.group()) for m in classes.finditer(low, lo - off, hi - off)]
    if not hits or line_veto.match(low, lo - off, hi - off):
        return
    # A reply's preamble or sign-off sits at the top or the bottom.
    edge = 1 if lo in _edge_lines(doc) else 0
    s = lo
    k = 0
    for end_m in [*_SCORE_SENTENCE_END.finditer(low, lo - off, hi - off), None]:
        e = end_m.end() + off if end_m else hi
        got: set[str] = set()
        while k < len(hits) and hits[k][0] < e:
            _, cls, word = hits[k]
            got.add(cls)
            if cls in ("advice", "req"):
                if _SELF.search(word):
                    got.add("self")
                if _YOU.search(word):
                    got.add("you")
            k += 1
        score = sum(_WEIGHTS[c] for c in got) + edge
        if _LETTER.match(low, s - off, e - off):
            # A letter's greeting run into a paragraph: "... Dear Sir, I write ...".
            score = 0
        if score >= 2:
            o = opener.match(text, s, e)
            if o:
                # "Happy to help, the neighbours ..." is a comma away from a
                # reply's opener: only "!" or a dash makes it one.
                if o.group("strong"):
                    got.add("opener")
                score += 2 if o.group("strong") else 1
            strong_here = bool(got & {"advice", "req", "opener"})
            if (
                score >= _SCORE_THRESHOLD
                and strong_here
                and got & _TEXT_CLASSES
                and not any(q in text[s:e] for q in '"“”')
                # Per sentence: an article's other sentences about a chatbot
                # say nothing about an aside appended to their paragraph.
                and not veto.search(low, s - off, e - off)
            ):
                yield s + len(text[s:e]) - len(text[s:e].lstrip()), e, False, CHATTY
        s = e
        if k >= len(hits):
            break
