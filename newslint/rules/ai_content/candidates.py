"""Where NL502 looks: lines with an anchor word, and windows around the anchors.

Most of a news article holds no word an assistant's aside needs, so one cheap
scan of the lower-cased text for those words picks the lines worth the full
patterns, and the shipped list runs only in short windows around them.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import Callable, Iterator, Sequence

from ... import buildcache
from ...compact import offsets
from ...document import Document
from ...pattern_files import read_entries
from ...phrases import data_path, read_list
from .dispatch import dispatched
from .word_start import guarded_sources

# (lower-cased text, pos, endpos) -> (start, end, unmistakable) of the lists' matches.
Finder = Callable[[str, int, int], Iterator[tuple[int, int, bool]]]

# Every list entry and every signal holds one of these tokens (or a phrase
# of ai_edit_words.txt, ai_labels.txt, ai_praise.txt or ai_fabrication.txt), so lines without any are skipped; the
# stdlib engine does this literal-led scan several times faster than
# ``regex`` with IGNORECASE.
_ANCHOR_WORDS = (
    "i me my you you'd you'll you're you've your yours here here's below following hope thank thanks sorry "
    "free anything apologies apologise apologize regenerate copy continue stop fictional fictitious "
    "hypothetical made-up invented imaginary mistakes inaccurate browsing requested paraphrased edited "
    "improved polished reworded version draft rewrite word words count please happy glad tip consider "
    "suggest recommend illustrative placeholder placeholders forget remember "
    # Advice and thanks that hold no other anchor ("Make sure to ...",
    # "Hopefully the changes are clear", "Cheers for the notes!").
    "hopefully sure worth trust shout cheers check "
    # Option labels ("Option B (more formal):", "... to choose from:") and
    # placeholders to fill ("Swap TK for the attendance").
    "option choose tk tbc tbd xx xxx insert "
    # A prompt's label ("Prompt: summarise ...") and a requester's ("User:
    # make it shorter"); a sign-off's wish ("Good luck with the edit").
    "prompt user luck "
    # The text or the reply placed by where it stands ("the response above"),
    # a persona taken on request ("stepping into the shoes of a ..."), the
    # text's search ranking ("SEO tip").
    "above character persona shoes guise seo rank formatted "
    # Where a reply put its extras ("Headline suggestions follow the text").
    "suggestions options alternatives"
).split()


@buildcache.kept(buildcache.strings)
def literal_trie(words: list[str]) -> str:
    """An alternation of ``words`` factored by common prefixes: the stdlib
    engine then tries a handful of branches per word start instead of all."""
    root: dict[str, dict] = {}
    for w in words:
        node = root
        for c in w:
            node = node.setdefault(c, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        alts = [re.escape(c) + emit(sub) for c, sub in sorted(node.items()) if c]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(root)


@lru_cache(maxsize=None)
def _anchor_trie() -> str:
    extra = [
        " ".join(e.lower().split())
        for name in ("ai_edit_words.txt", "ai_labels.txt", "ai_praise.txt", "ai_fabrication.txt")
        for e in read_list(data_path(name))
    ]
    return literal_trie(sorted(set(_ANCHOR_WORDS + extra)))


# The anchor's other parts: a bracket or "!", and a line opening in Markdown
# or a short line ending in a colon (a chat transcript's speaker label,
# "ChatGPT said:").
_MARKS = r"[\[!<{]"
_LINE_OPENING = r"^[^\S\n]*(?:\*\*|#|(?:\d+\.|[-*•])[^\S\n]+\*\*|[^\n:]{1,30}:[^\S\n]*$)"


@lru_cache(maxsize=None)
def anchor() -> re.Pattern[str]:
    """An anchor word, ``[``, ``{``, ``<`` or ``!``, a line opening in Markdown or a short line ending in a colon, in lower-cased text."""
    return re.compile(rf"\b{_anchor_trie()}\b|{_MARKS}|{_LINE_OPENING}", re.MULTILINE)


class QuickAnchor:
    r"""``anchor().finditer`` (the same matches) from three scans the C engine
    runs faster than the one pattern (issue 12, branch speed14).

    The pattern opens with ``\b``, so the engine tries it at every position of
    the text (0.108 CPU s a pass over bbc-dev's lower case).  Each of its
    parts can start only at a few places, found by a scan of its own:

    - a word, where ``\b`` holds before a word character: the text's start or
      just after a non-word character, the scan ``\W(?=WORDS\b)`` (tried only
      at the characters that end a word; it lists every such place, overlapping
      ones too, since it consumes only the ``\W``);
    - a mark, where the text holds one (``[\[!<{]``, a skip in C);
    - a line opening, at the start of a line holding ``*``, ``#`` or ``:``
      (each of its alternatives holds one before the line's end).

    The pattern itself is then matched at those places in order, each past the
    last match's end, as ``finditer`` would find it there: a place it is not
    tried at cannot start a match.  0.109 -> 0.074 CPU s a pass
    (tests/test_ai_speed.py compares the two on bbc-dev and random strings).
    An Aho-Corasick automaton of the words was tried first: its pass found
    146,712 occurrences (the short words inside longer ones) for the 3,468
    matches, more to sift in Python than the scan above costs."""

    def __init__(self) -> None:
        self.pattern = anchor()
        self.words = re.compile(rf"\W(?={_anchor_trie()}\b)")
        self.marks = re.compile(_MARKS)
        self.line_marks = re.compile(r"[*#:]")

    def places(self, low: str, pos: int = 0, words: Sequence[int] | None = None) -> list[int]:
        """Every place at or after ``pos`` where a match may start, in order
        (``words``: places that hold every word's, word_places.py)."""
        found = {pos}
        if words is None:
            found.update(m.start() + 1 for m in self.words.finditer(low, max(0, pos - 1)))
        else:
            found.update(words[bisect.bisect_left(words, pos) :])
        found.update(m.start() for m in self.marks.finditer(low, pos))
        # One place per line holding a mark: the scan goes on after the line's
        # end (a long line of colons is read once, not once a colon).
        search, at = self.line_marks.search, pos
        m = search(low, at)
        while m is not None:
            start = low.rfind("\n", 0, m.start()) + 1
            if start >= pos:
                found.add(start)
            end = low.find("\n", m.end())
            if end < 0:
                break
            m = search(low, end + 1)
        return sorted(found)

    def finditer(self, low: str, pos: int = 0, words: Sequence[int] | None = None) -> Iterator[re.Match[str]]:
        match = self.pattern.match
        last_end = pos
        for p in self.places(low, pos, words):
            if p < last_end:
                continue
            m = match(low, p)
            if m is not None:
                yield m
                last_end = m.end()


@lru_cache(maxsize=None)
def quick_anchor() -> QuickAnchor:
    return QuickAnchor()


def candidate_lines(
    doc: Document, same_offsets: bool, listed: list[tuple[int, int, bool]], anchors: list[int]
) -> Iterator[tuple[int, int]]:
    """(start, end) of the lines holding an anchor word (``anchors``: their
    places in the lower-cased text) or a listed match, in order, each once."""
    starts = offsets(ln.start for ln in doc.lines)
    if not same_offsets:
        # Lower-casing changed offsets (a rare character such as U+0130):
        # every line is a candidate.
        hits: Sequence[int] = starts
    else:
        hits = sorted(anchors + [s for s, _, _ in listed])
    done = -1
    for pos in hits:
        i = bisect.bisect_right(starts, pos) - 1
        if i > done:
            done = i
            line = doc.lines[i]
            yield line.start, line.start + len(line.text)


@lru_cache(maxsize=None)
def leakage_entries() -> tuple[str, ...]:
    """The unmistakable list (error level): ai_leakage.txt and ai_leakage_patterns.txt."""
    return tuple(read_entries("ai_leakage"))


@lru_cache(maxsize=None)
def chatty_entries() -> tuple[str, ...]:
    """The chatty list (warning level alone): ai_chatty.txt and ai_chatty_patterns.txt."""
    return tuple(read_entries("ai_chatty"))


@lru_cache(maxsize=None)
def fast_lists() -> re.Pattern[str]:
    """Both lists as one pattern for the lower-cased text (their entries are
    lower case), the unmistakable one in group ``sure``: one scan of each
    window, not two."""
    # Built here, not with regex first (reading its source back cost 0.1 s
    # of every run's start-up); one word-start guard for both lists.
    # Each list regrouped by first character (dispatch.py): the same matches,
    # a comparison per first character at a word start, not one per entry.
    return re.compile(
        rf"(?<!\w)(?:(?P<sure>{dispatched(guarded_sources(leakage_entries()))})|{dispatched(guarded_sources(chatty_entries()))})",
        re.MULTILINE,
    )


def whole_lists(low: str, pos: int, endpos: int) -> Iterator[tuple[int, int, bool]]:
    """(start, end, unmistakable) of fast_lists()'s matches in low[pos:endpos]."""
    for m in fast_lists().finditer(low, pos, endpos):
        yield m.start(), m.end(), m.group("sure") is not None


# How far a list entry reaches before and after its first anchor word.  The
# widest ("this news article is a fictional ...", "as an AI text model, I")
# put under 70 characters before it; the longest tails ("I've tried ... the
# article") under 120 after.  An entry held at the line's start reaches its
# anchor across a whole clause ("Unfortunately, writing a story that accuses
# the landlord of fraud without evidence isn't something I can do": 95
# characters; branch leak22), so the reach before is a long sentence's.
_REACH_BEFORE = 160
_REACH_AFTER = 160


def listed_in_windows(
    low: str, base: int, anchors: list[int], lo: int, hi: int, finder: Finder | None = None
) -> Iterator[tuple[int, int, bool]]:
    """(start, end, unmistakable) of the shipped lists' matches in the line
    text[lo:hi], whose lower case is low[lo - base : hi - base] (``finder``:
    what finds them, list_gate.lists_for; by default fast_lists()).

    Every entry lies within a short reach of its anchor word, so only windows
    around the anchors are scanned, not the whole paragraph."""
    windows: list[list[int]] = []
    for a in anchors[bisect.bisect_left(anchors, lo) : bisect.bisect_left(anchors, hi)]:
        w_start, w_end = max(lo, a - _REACH_BEFORE), min(hi, a + _REACH_AFTER)
        if windows and w_start <= windows[-1][1]:
            windows[-1][1] = w_end
        else:
            windows.append([w_start, w_end])
    finder = finder or whole_lists
    for w_start, w_end in windows:
        for start, end, sure in finder(low, w_start - base, w_end - base):
            yield start + base, end + base, sure
