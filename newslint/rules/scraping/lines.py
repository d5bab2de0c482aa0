"""Each line of a document with its interface kind: the classification NL301 and NL302 share.

The classification is computed once per document and options and kept in
``Document.memo``, so the two rules do the work once between them.
"""
from __future__ import annotations

import re
from array import array
from collections import Counter
from typing import Callable, Iterable, Iterator, MutableSequence, NamedTuple, Sequence

import regex

from ...analysis.line_roles import LineRole, line_roles
from ...compact import COMPACT_LINES, View, indices
from ...document import Document, Line
from ...rule import Context
from . import islands
from .label_gates import LabelGates, LineTests, label_gates, may_be_glued
from .labels import LabelPatterns, label_lists, label_patterns, opens_banner
from .site_voice import site_to_reader
from .ui_shape import (
    MIDDLING,
    REPEAT_CHARS,
    REPEATS_KEPT,
    STRONG,
    breadcrumb,
    command,
    neighbour_label,
    self_pointing,
    setting_row,
    slash_trail,
    ui_score,
    ui_shaped,
)
from .word_count import count_words

HEADER, UI, PREFIX, BANNER = "header", "ui", "prefix", "banner"


class Classified(NamedTuple):
    line: Line
    kind: str | None  # HEADER, UI, PREFIX, BANNER, or None for article text
    words: int
    glued: int = -1  # offset in the line of an interface label glued to its end
    # A widget label by the classes of its words (ui_shape.py), not by the lists:
    # NL301 reports it; NL302 reads it as article text, so its passes stay those
    # of the lists.
    shaped: bool = False


WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’\-]*")
# WORD for ASCII text (\p{L} and \p{N} are [A-Za-z] and [0-9] there), through
# the standard library's engine: it counts a line's words in about half the
# time, and every line of the document is counted.
ASCII_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'\-]*")


def words_of(text: str) -> list[str]:
    """``WORD.findall(text)``, through ASCII_WORD when the text is ASCII."""
    return (ASCII_WORD if text.isascii() else WORD).findall(text)


LOWER = regex.compile(r"\p{Ll}")


def classify(doc: Document, ctx: Context) -> Sequence[Classified]:
    """Each line with its interface kind, from the lists ``ctx.options`` selects.

    The result is shared: NL301 and NL302 classify the same lines, and with
    the default options get the same list (callers must not change it)."""
    options = ctx.options
    lists = label_lists(options)
    max_banner = options.get("max-banner-words", 80)
    by_classes = options.get("word-classes", True)
    clusters = options.get("widget-clusters", False)
    key = ("scraping.classify", lists, max_banner, by_classes, clusters, ctx.regex_timeout)
    cached: Sequence[Classified] | None = doc.memo.get(key)
    if cached is not None:
        return cached
    patterns = label_patterns(lists)
    gates = label_gates(lists)
    # The label patterns hold the user's ``extend`` entries: they run under the
    # run's time limit, so a catastrophic entry is an NL003 finding naming it.
    shown = " | ".join(options.get("extend", ())) or "interface labels"
    lines = doc.lines
    # A scraped page repeats its lines (menus, share rows, a teaser list on
    # every page of a dump): a short line is classified once per document by
    # its text, which is all the classification reads.
    known: dict[str, tuple[str | None, int, int]] = {}

    def one(line: Line) -> Classified:
        text = line.text
        if len(text) > REPEAT_CHARS:
            return _classify_line(line, patterns, max_banner, ctx, shown, gates)
        seen = known.get(text)
        if seen is not None:
            return _new(Classified, (line, *seen, False))
        item = _classify_line(line, patterns, max_banner, ctx, shown, gates)
        if len(known) >= REPEATS_KEPT:
            known.clear()
        known[text] = (item.kind, item.words, item.glued)
        return item

    items = (one(line) for line in lines)
    out: MutableSequence[Classified] = list(items) if len(lines) <= COMPACT_LINES else _Compact(lines, items)
    if by_classes:
        _mark_shaped(doc, out, clusters)
    doc.memo[key] = out
    return out


_KINDS = (None, HEADER, UI, PREFIX, BANNER)
_new = tuple.__new__


class _Compact(MutableSequence[Classified]):
    """A huge document's classified lines as four small integers a line,
    each Classified built when asked for (same values as the list)."""

    def __init__(self, lines: Sequence[Line], items: Iterable[Classified]) -> None:
        self.lines = lines
        # A document's own view builds its lines straight from the text: the
        # view's checks cost as much as the line (NL302 reads every line of a
        # million-line page a dozen times).
        self.line: Callable[[int], Line] = lines.make if type(lines) is View and lines.start == 0 else lines.__getitem__
        # Word counts and offsets within a line are below the text's length.
        bound = lines[-1].end + 1 if len(lines) else 0
        self.kinds, self.words, self.glued, self.shaped = array("b"), indices(bound), indices(bound), bytearray()
        for item in items:
            self.kinds.append(_KINDS.index(item.kind))
            self.words.append(item.words)
            self.glued.append(item.glued)
            self.shaped.append(item.shaped)

    def __len__(self) -> int:
        return len(self.kinds)

    def __getitem__(self, k):  # type: ignore[no-untyped-def]
        if type(k) is not int:
            return [self[i] for i in range(*k.indices(len(self)))]
        n = len(self.kinds)
        if k < 0:
            k += n
        if not 0 <= k < n:
            raise IndexError("index out of range")
        # tuple.__new__ skips the named tuple's own __new__ (a Python call): same value.
        return _new(Classified, (self.line(k), _KINDS[self.kinds[k]], self.words[k], self.glued[k], self.shaped[k] == 1))

    def __iter__(self) -> Iterator[Classified]:
        return (self[k] for k in range(len(self)))

    def __setitem__(self, k, item) -> None:  # type: ignore[no-untyped-def]
        self.kinds[k], self.words[k], self.glued[k], self.shaped[k] = _KINDS.index(item.kind), item.words, item.glued, item.shaped

    def __delitem__(self, k) -> None:  # type: ignore[no-untyped-def]
        raise TypeError("classified lines are read-only")

    def insert(self, k, item) -> None:  # type: ignore[no-untyped-def]
        raise TypeError("classified lines are read-only")


def interface_count(items: Sequence[Classified], indices: Iterable[int]) -> int:
    """How many of the lines ``items[j]``, ``j`` in ``indices``, are interface
    text (a kind); read off a huge document's kind codes, no line built."""
    if isinstance(items, _Compact):
        codes = items.kinds
        return sum(codes[j] != 0 for j in indices)
    return sum(items[j].kind is not None for j in indices)


def article_lines(items: Sequence[Classified], indices: Iterable[int]) -> Iterator[int]:
    """The ``j`` in ``indices`` whose line ``items[j]`` is article text (no kind)."""
    if isinstance(items, _Compact):
        codes = items.kinds
        return (j for j in indices if codes[j] == 0)
    return (j for j in indices if items[j].kind is None)


def _mark_shaped(doc: Document, out: MutableSequence[Classified], clusters: bool = False) -> None:
    """Mark the lines no list knows that are widget lines by the classes of their
    words.  The line model runs only for a document that has a candidate, and the
    first line with words, the headline, is never one, however it is worded.
    With ``clusters`` (NL301's ``widget-clusters``), also a label with one weak
    sign past the story that the model is certain of, and the short labels beside
    a reported line (``_mark_neighbours``)."""
    first = next((i for i, item in enumerate(out) if item.words), len(out))

    def furniture(i: int) -> Callable[[], float]:
        return lambda: line_roles(doc)[i].p("ui", "teaser")

    def interface(i: int) -> Callable[[], float]:
        return (lambda: line_roles(doc)[i].p("ui")) if clusters else (lambda: 0.0)

    last_body: list[int] = []

    def past_story(i: int) -> Callable[[], float]:
        def p() -> float:
            roles = line_roles(doc)
            if not last_body:
                last_body.append(_last_body(roles, out))
            return 1.0 - roles[i].p("body") if i > last_body[0] else 0.0
        return p

    # A trail of section links or a settings row is never the headline, even as the first line;
    # nor is a first line its words alone make a widget (`Hear this story read
    # aloud`) when another short line stands under it above the story.
    if first < len(out) and out[first].kind is None and (
        breadcrumb(out[first].line.text) or slash_trail(out[first].line.text) or setting_row(out[first].line.text)
        or _widget_over_headline(out, first)
    ):
        out[first] = out[first]._replace(shaped=True)
    for i in range(first + 1, len(out)):
        item = out[i]
        if item.kind is None and item.words and (
            ui_shaped(item.line.text, furniture(i), past_story(i), interface(i)) or site_to_reader(item.line.text)
        ):
            out[i] = item._replace(shaped=True)
    _mark_islands(doc, out, first)
    _spare_article_lines(out)
    if clusters and any(item.kind is not None or item.shaped for item in out):
        _mark_neighbours(out, first, furniture, lambda j: line_roles(doc)[j].role,
                         lambda: _last_body(line_roles(doc), out))


def _widget_over_headline(out: Sequence[Classified], first: int) -> bool:
    """Whether the first line scores as a widget on its words alone, names the
    page itself, and a line that can be the headline (a few words, not a
    sentence) stands under it before the story's first running text."""
    text = out[first].line.text
    if ui_score(text) < STRONG or not self_pointing(text):
        return False
    for item in out[first + 1 : first + 1 + HEAD_SEARCH]:
        if item.words >= RUNNING_WORDS and _SENTENCE_END.search(item.line.text):
            return False  # the story starts: no headline under the first line
        if item.words >= HEADLINE_WORDS and item.kind is None and not _SENTENCE_END.search(item.line.text):
            return True
    return False


# The lines searched under the first one for the headline, and its fewest words.
HEAD_SEARCH, HEADLINE_WORDS = 6, 4


def _spare_article_lines(out: MutableSequence[Classified]) -> None:
    """Give back the article's sub-headings and wrapped sentences that the word
    classes took for widgets (subheads.py; imported here, as it reads shapes.py)."""
    from .subheads import spared

    shaped = [i for i, item in enumerate(out) if item.shaped]
    for i in spared(out, shaped, lambda j: _reported(out, j)) if shaped else ():
        out[i] = out[i]._replace(shaped=False)


def _mark_islands(doc: Document, out: MutableSequence[Classified], first: int) -> None:
    """Mark the short labels of the blocks of widgets above and below the story
    (islands.py).  The story runs from its first line of running text (long, ending
    like a sentence) to the last line the model reads as the story's (``_last_body``)."""
    begin = next((i for i, item in enumerate(out) if item.words >= RUNNING_WORDS and item.kind is None
                  and not item.shaped and _SENTENCE_END.search(item.line.text)), -1)
    if begin < 0:
        return
    # Lines above the story whose words alone make them a middling widget: above
    # the headline, the model cannot agree (it reads the page's top as headline).
    worded = {i for i in range(max(first, 0), begin) if _unreported(out[i]) and ui_score(out[i].line.text) >= MIDDLING}
    # ... and, further down, such a line right beside a reported one.
    worded.update(i for i in range(begin + 1, len(out)) if _unreported(out[i]) and out[i].words <= islands.ISLAND_WORDS
                  and (_reported(out, i - 1) or _reported(out, i + 1)) and ui_score(out[i].line.text) >= MIDDLING)
    # The line model runs only when a reported label, or such a line, has a short
    # line beside it with no blank line between.
    if not islands.possible(out, worded, begin):
        return
    roles = line_roles(doc)
    end = max(begin, _last_body(roles, out))
    commands = {i for i in range(max(first, 0), begin) if _unreported(out[i]) and command(out[i].line.text)}
    islands.mark(out, (begin, end), worded, lambda i: roles[i].role, lambda i: roles[i].p("ui"), commands)


def _unreported(item: Classified) -> bool:
    return bool(item.words) and item.kind is None and not item.shaped


def _reported(out: Sequence[Classified], i: int) -> bool:
    return 0 <= i < len(out) and (out[i].kind is not None or out[i].shaped)


def _mark_neighbours(out: MutableSequence[Classified], first: int, furniture: Callable[[int], Callable[[], float]],
                     role: Callable[[int], str], story_end: Callable[[], int]) -> None:
    """Mark a short label right above or below a line reported on its own evidence
    (no blank line between) that the line model also reads as furniture: widgets
    come in clusters (`Accept all cookies` / `Reject non-essential`), and a label
    of one or two words has too few words for its classes to tell.

    Guards: a line with a digit is data (`Adults £5`, a phone number, as in an
    info box under a web address); inside the story, a label repeated down the
    page (`Advertisement` between the paragraphs) says nothing of the line beside
    it; the line's other side must be blank, reported, or a short line the model
    reads as furniture that does not end like a sentence (a line between a widget
    and a sentence is a sub-heading, one between a widget and a list item is the
    list's end); and a marked line marks no other, so one false label costs at
    most its two neighbours, never a whole list."""
    own = [item.kind is not None or item.shaped for item in out]
    texts = Counter(item.line.text.strip() for item in out if item.words)
    end: list[int] = []

    def reported(j: int) -> bool:
        if not (0 <= j < len(out) and own[j]):
            return False
        if texts[out[j].line.text.strip()] == 1:
            return True
        if not end:
            end.append(story_end())
        return j > end[0]

    def other_side(j: int) -> bool:
        if not (0 <= j < len(out) and out[j].words) or own[j]:
            return True
        far = out[j]
        prose = far.words >= RUNNING_WORDS or _SENTENCE_END.search(far.line.text)
        return not prose and role(j) in ("ui", "teaser")

    for i in range(first + 1, len(out)):
        item = out[i]
        if own[i] or not 0 < item.words <= NEIGHBOUR_WORDS or _DIGIT.search(item.line.text):
            continue
        if ((reported(i - 1) and other_side(i + 1) or reported(i + 1) and other_side(i - 1))
                and neighbour_label(item.line.text) and furniture(i)() >= NEIGHBOUR_AGREE):
            out[i] = item._replace(shaped=True)


# A neighbour of a reported line: at most this many words, and the model's
# P(ui or teaser) at least this (chosen on the fit parts, benchmarks/RESULTS.md).
NEIGHBOUR_WORDS, NEIGHBOUR_AGREE = 4, 0.8
_DIGIT = regex.compile(r"\d")


def _last_body(roles: Sequence[LineRole], items: Sequence[Classified]) -> int:
    """Index of the last line the line model reads as running text or a list item
    that ends like a sentence or is long (-1: none): where the story ends,
    hard-wrapped or not.  A widget line the model mistakes for either is short
    and rarely ends with a full stop; a story's closing list items are often long."""
    for i in range(len(roles) - 1, -1, -1):
        if roles[i].role in _STORY and (items[i].words >= RUNNING_WORDS or _SENTENCE_END.search(items[i].line.text)):
            return i
    return -1


RUNNING_WORDS = 10
_STORY = frozenset({"body", "list"})


# A sentence's end, closing quotes or brackets after it allowed.
_SENTENCE_END = regex.compile(r"[.!?…][\"'”’)\]]*\s*$")


def _classify_line(line: Line, patterns: LabelPatterns, max_banner: int, ctx: Context, shown: str,
                   gates: LabelGates) -> Classified:
    text = line.text
    words = count_words(text, ASCII_WORD, WORD)
    kind = _kind(text, words, patterns, max_banner, ctx, shown, gates) if words else None
    glued = -1
    if kind is None and words > 3 and may_be_glued(text, patterns.glue_point):
        m = ctx.limited(patterns.glued.search, text, shown)
        if m:
            glued = m.start()
    return Classified(line, kind, words, glued)


def _kind(text: str, words: int, patterns: LabelPatterns, max_banner: int, ctx: Context, shown: str,
          gates: LabelGates) -> str | None:
    # The literal tests first (label_gates.py): most lines fail them, and the patterns are slow.
    tests = LineTests(text, gates)
    whole = ctx.limited(patterns.whole.match, text, shown) if tests.may_be_whole() else None
    if whole:
        return HEADER if whole.group("header") is not None else UI
    if patterns.prefix.match(text):
        return PREFIX
    if words <= max_banner and tests.may_open_banner() and opens_banner(patterns.banner, text):
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
    # The head of the line is enough when its words fill the limit: the
    # finding's line may be a whole article.
    head = " ".join(text[: 25 * limit].split())
    if len(head) <= limit and len(text) > 25 * limit:
        head = " ".join(text.split())
    return head if len(head) <= limit else head[: limit - 1].rstrip() + "…"
