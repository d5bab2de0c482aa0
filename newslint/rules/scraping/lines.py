"""Each line of a document with its interface kind: the classification NL301 and NL302 share.

The classification is computed once per document and options and kept in
``Document.memo``, so the two rules do the work once between them.
"""
from __future__ import annotations

from array import array
from typing import Iterable, NamedTuple, Sequence

import regex

from ...compact import COMPACT_LINES, View, offsets
from ...document import Document, Line
from ...rule import Context
from .labels import LabelPatterns, label_lists, label_patterns, opens_banner

HEADER, UI, PREFIX, BANNER = "header", "ui", "prefix", "banner"


class Classified(NamedTuple):
    line: Line
    kind: str | None  # HEADER, UI, PREFIX, BANNER, or None for article text
    words: int
    glued: int = -1  # offset in the line of an interface label glued to its end


WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’\-]*")
LOWER = regex.compile(r"\p{Ll}")


def classify(doc: Document, ctx: Context) -> Sequence[Classified]:
    """Each line with its interface kind, from the lists ``ctx.options`` selects.

    The result is shared: NL301 and NL302 classify the same lines, and with
    the default options get the same list (callers must not change it)."""
    options = ctx.options
    lists = label_lists(options)
    max_banner = options.get("max-banner-words", 80)
    key = ("scraping.classify", lists, max_banner, ctx.regex_timeout)
    cached: Sequence[Classified] | None = doc.memo.get(key)
    if cached is not None:
        return cached
    patterns = label_patterns(lists)
    # The label patterns hold the user's ``extend`` entries: they run under the
    # run's time limit, so a catastrophic entry is an NL003 finding naming it.
    shown = " | ".join(options.get("extend", ())) or "interface labels"
    lines = doc.lines
    if len(lines) <= COMPACT_LINES:
        out: Sequence[Classified] = [_classify_line(line, patterns, max_banner, ctx, shown) for line in lines]
    else:
        out = _compact(lines, (_classify_line(line, patterns, max_banner, ctx, shown) for line in lines))
    doc.memo[key] = out
    return out


_KINDS = (None, HEADER, UI, PREFIX, BANNER)


def _compact(lines: Sequence[Line], items: Iterable[Classified]) -> Sequence[Classified]:
    """A huge document's classified lines as three small integers a line."""
    kinds, words, glued = array("b"), offsets(), offsets()
    for item in items:
        kinds.append(_KINDS.index(item.kind))
        words.append(item.words)
        glued.append(item.glued)
    return View(lambda k: Classified(lines[k], _KINDS[kinds[k]], words[k], glued[k]), len(kinds))


def _classify_line(line: Line, patterns: LabelPatterns, max_banner: int, ctx: Context, shown: str) -> Classified:
    text = line.text
    words = len(WORD.findall(text))
    kind = _kind(text, words, patterns, max_banner, ctx, shown) if words else None
    glued = -1
    if kind is None and words > 3:
        m = ctx.limited(patterns.glued.search, text, shown)
        if m:
            glued = m.start()
    return Classified(line, kind, words, glued)


def _kind(text: str, words: int, patterns: LabelPatterns, max_banner: int, ctx: Context, shown: str) -> str | None:
    whole = ctx.limited(patterns.whole.match, text, shown)
    if whole:
        return HEADER if whole.group("header") is not None else UI
    if patterns.prefix.match(text):
        return PREFIX
    if words <= max_banner and opens_banner(patterns.banner, text):
        return BANNER
    if words <= 8 and patterns.button.match(text) and not LOWER.search(text):
        return UI
    return None


def line_span(line: Line) -> tuple[int, int]:
    """The line's offsets in the text without its leading and trailing space."""
    text = line.text
    return line.start + (len(text) - len(text.lstrip())), line.start + len(text.rstrip())


def shorten(text: str, limit: int = 40) -> str:
    """``text`` on one line, cut with an ellipsis to at most ``limit`` characters."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
