"""The lines of a document as NL302's passes read them: the lines with words, the
blank lines between them, and the lines that can never be links."""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Callable, Iterator, Mapping, Sequence

import regex

from ...analysis.line_roles import LineRole
from ...compact import COMPACT_LINES, View, indices, offsets
from .lines import Classified
from .shapes import PROSE_END, headline_like, paragraph

# The signature under an embedded post (`— Jane Doe (@jane) November 4, 2019`)
# belongs to the quote above it, not to a list of links.
_EMBED_SIGNATURE = regex.compile(r"^\s*[—–\-]\s*[^\n]{1,80}\(@\w{1,30}\)\s+\p{L}+\.?\s+\d{1,2},\s+\d{4}\s*$")


@dataclass(frozen=True)
class Page:
    items: Sequence[Classified]  # every line of the document
    roles: Callable[[], Sequence[LineRole]]  # the line model's roles of the lines, computed on demand
    nonblank: Sequence[tuple[int, int]]  # (line index, blank lines before it) of each line with words
    max_link: int  # the rule's ``max-link-words``
    first: int = field(init=False)  # the first line with words: the article's headline
    wrapped: frozenset[int] = field(init=False)
    heading: frozenset[int] = field(init=False)
    order: Sequence[int] = field(init=False)  # line index at each position of ``nonblank``
    position: Mapping[int, int] = field(init=False)  # the inverse of ``order``

    def __post_init__(self) -> None:
        # A huge page's nonblank view holds the line indices already: shared, not copied.
        order = self.nonblank.line_indices if isinstance(self.nonblank, _Nonblank) else offsets(i for i, _ in self.nonblank)
        object.__setattr__(self, "first", order[0])
        object.__setattr__(self, "order", order)
        object.__setattr__(self, "position", _Position(order))
        object.__setattr__(self, "wrapped", _wrapped(self.items, self.nonblank))
        object.__setattr__(self, "heading", _headings(self.items, self.nonblank, self.max_link))

    def at(self, k: int) -> Classified | None:
        """The line at position ``k`` of ``nonblank``, if there is one."""
        return self.items[self.order[k]] if 0 <= k < len(self.order) else None

    def linky(self, i: int) -> bool:
        """Link-shaped, and neither wrapped prose nor a heading or an embed signature."""
        if i in self.wrapped or i in self.heading:
            return False
        item = self.items[i]  # once: a huge document builds it on each access
        return headline_like(item, self.max_link) and not _EMBED_SIGNATURE.match(item.line.text)


class _Position(Mapping[int, int]):
    """Position in ``nonblank`` of a line index: ``order`` is increasing, so
    a binary search, not a dictionary of a million entries."""

    def __init__(self, order: Sequence[int]) -> None:
        self.order = order

    def __getitem__(self, i: int) -> int:
        k = bisect.bisect_left(self.order, i)
        if k == len(self.order) or self.order[k] != i:
            raise KeyError(i)
        return k

    def __iter__(self) -> Iterator[int]:
        return iter(self.order)

    def __len__(self) -> int:
        return len(self.order)


def read_page(items: Sequence[Classified], max_link: int, roles: Callable[[], Sequence[LineRole]]) -> Page | None:
    """The page of a document's classified lines; None when no line has a word."""
    if len(items) <= COMPACT_LINES:
        nonblank: Sequence[tuple[int, int]] = list(_nonblank_with_gaps(items))
    else:
        index, gaps = indices(len(items)), indices(len(items))
        for i, gap in _nonblank_with_gaps(items):
            index.append(i)
            gaps.append(gap)
        nonblank = _Nonblank(lambda k: (index[k], gaps[k]), len(index))
        nonblank.line_indices = index
    return Page(items, roles, nonblank, max_link) if nonblank else None


class _Nonblank(View[tuple[int, int]]):
    """A huge page's (line index, blank lines before) pairs, built on access;
    ``line_indices`` is the array of the line indices (the page's ``order``)."""

    __slots__ = ("line_indices",)
    line_indices: Sequence[int]


def _nonblank_with_gaps(items: Sequence[Classified]) -> Iterator[tuple[int, int]]:
    gap = 0
    for i, item in enumerate(items):
        if item.words == 0:
            # A line of bare bullets or rules (`-`, `|`) separates list items
            # without ending the list: neither text nor a gap.
            if not item.line.text.strip():
                gap += 1
            continue
        yield i, gap
        gap = 0


_CONTINUES = regex.compile(r"^\s*\p{Ll}")


def _wrapped(items: Sequence[Classified], nonblank: Sequence[tuple[int, int]]) -> frozenset[int]:
    """Hard-wrapped prose: a line that goes on with a lower-case word on the next
    line is one sentence broken in two, however short and unpunctuated."""
    out: set[int] = set()
    for (a, _), (b, gap) in zip(nonblank, nonblank[1:]):
        if gap == 0 and items[a].words >= 6 and _CONTINUES.match(items[b].line.text):
            out.update((a, b))
    return frozenset(out)


def _headings(items: Sequence[Classified], nonblank: Sequence[tuple[int, int]], max_link: int) -> frozenset[int]:
    """A short line right above a paragraph is that paragraph's headline or
    sub-heading, never a link, however link-shaped it looks.  (A teaser's
    one-sentence dek looks the same, but another link follows it.)"""
    out: set[int] = set()
    headline = _story_headline(items, nonblank)
    if headline >= 0:
        out.add(headline)
    for k, ((a, _), (b, gap)) in enumerate(zip(nonblank, nonblank[1:])):
        below = items[b]
        if gap > 1 or below.kind is not None:
            continue
        after = items[nonblank[k + 2][0]] if k + 2 < len(nonblank) else None
        if paragraph(below) or (
            below.words >= 12
            and PROSE_END.search(below.line.text)
            and (after is None or after.kind is not None or not headline_like(after, max_link))
        ):
            out.add(a)
    return frozenset(out)


def _story_headline(items: Sequence[Classified], nonblank: Sequence[tuple[int, int]]) -> int:
    """The line above the story's first paragraph with only one block of widget
    lines between them (`Show map layers` / `Pause animation` under the
    headline): reported lines, or short lines with fewer words than it.  That
    line is the story's headline, never a link (-1: none)."""
    for k, (i, _) in enumerate(nonblank):
        item = items[i]
        # Running text: a paragraph, or a sentence of ten words or more.
        if not (paragraph(item) or item.words >= 10 and PROSE_END.search(item.line.text)):
            continue
        # Only under a short head, as an article extractor leaves it: on a whole
        # page the first paragraph may be far below the story's headline.
        if k > _HEAD_LINES:
            return -1
        j = k - 1
        # The block: lines with no blank line between, a blank line at most above the paragraph.
        while j > 0 and nonblank[j + 1][1] <= (1 if j == k - 1 else 0) and items[nonblank[j][0]].words <= _WIDGET_WORDS:
            j -= 1
        if j == k - 1 or j < 0 or nonblank[j + 1][1] != 1:
            return -1
        top = items[nonblank[j][0]]
        inside = [items[nonblank[m][0]] for m in range(j + 1, k)]
        # A headline stands alone in its block, and has a few words.
        alone = j == 0 or nonblank[j][1] >= 1
        if (top.kind is None and alone and top.words >= 4
                and all(x.kind is not None or x.shaped or x.words < top.words for x in inside)):
            return nonblank[j][0]
        return -1
    return -1


# A line of the widget block under a headline has at most this many words; the
# headline has at most this many lines with words above the first paragraph.
_WIDGET_WORDS, _HEAD_LINES = 6, 12
