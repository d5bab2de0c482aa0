"""Where NL502 looks: lines with an anchor word, and windows around the anchors.

Most of a news article holds no word an assistant's aside needs, so one cheap
scan of the lower-cased text for those words picks the lines worth the full
patterns, and the shipped list runs only in short windows around them.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import Iterator, Sequence

from ... import buildcache
from ...compact import offsets
from ...document import Document
from ...pattern_files import read_entries
from ...phrases import data_path, read_list
from .dispatch import dispatched
from .word_start import guarded_sources

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
    "above character persona shoes guise seo rank formatted"
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
def anchor() -> re.Pattern[str]:
    """An anchor word, ``[``, ``{``, ``<`` or ``!``, a line opening in Markdown or a short line ending in a colon, in lower-cased text."""
    extra = [
        " ".join(e.lower().split())
        for name in ("ai_edit_words.txt", "ai_labels.txt", "ai_praise.txt", "ai_fabrication.txt")
        for e in read_list(data_path(name))
    ]
    words = literal_trie(sorted(set(_ANCHOR_WORDS + extra)))
    return re.compile(
        # A short line ending in a colon: a chat transcript's speaker label ("ChatGPT said:").
        rf"\b{words}\b|[\[!<{{]|^[^\S\n]*(?:\*\*|#|(?:\d+\.|[-*•])[^\S\n]+\*\*|[^\n:]{{1,30}}:[^\S\n]*$)",
        re.MULTILINE,
    )


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


# How far a list entry reaches before and after its first anchor word.  The
# widest ("this news article is a fictional ...", "as an AI text model, I")
# put under 70 characters before it; the longest tails ("I've tried ... the
# article") under 120 after.
_REACH_BEFORE = 80
_REACH_AFTER = 160


def listed_in_windows(low: str, base: int, anchors: list[int], lo: int, hi: int) -> Iterator[tuple[int, int, bool]]:
    """(start, end, unmistakable) of the shipped lists' matches in the line
    text[lo:hi], whose lower case is low[lo - base : hi - base].

    Every entry lies within a short reach of its anchor word, so only windows
    around the anchors are scanned, not the whole paragraph."""
    windows: list[list[int]] = []
    for a in anchors[bisect.bisect_left(anchors, lo) : bisect.bisect_left(anchors, hi)]:
        w_start, w_end = max(lo, a - _REACH_BEFORE), min(hi, a + _REACH_AFTER)
        if windows and w_start <= windows[-1][1]:
            windows[-1][1] = w_end
        else:
            windows.append([w_start, w_end])
    pattern = fast_lists()
    for w_start, w_end in windows:
        for m in pattern.finditer(low, w_start - base, w_end - base):
            yield m.start() + base, m.end() + base, m.group("sure") is not None
