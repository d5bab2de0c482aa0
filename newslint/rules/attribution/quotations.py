"""Quotations in paragraphs, for NL402: where they are, which look like speech,
and which paragraphs one speech runs over."""
from __future__ import annotations

from collections.abc import Iterator, Sequence

import regex

from ...document import Block

# (start, end, inner text) of one quotation in a paragraph.
Quote = tuple[int, int, str]

# Scraped text mixes straight and curly marks ("We won!” he said), so any
# opening mark pairs with the next closing one.
# A second opening mark before a space closes too: scrapes turn ” into “.
_QUOTE = regex.compile(r"[“\"][^“”\"]*(?:[”\"]|“(?!\w)|$)")


def quotes(text: str) -> list[Quote]:
    """(start, end, inner text) of each quotation in a paragraph; an unclosed
    quotation runs to the end of the paragraph, as a speech that continues in
    the next paragraph does."""
    if '"' not in text and "“" not in text:
        return []  # most paragraphs: no mark to open one (a find is far cheaper than the scan)
    return [(m.start(), m.end(), m.group(0)[1:].rstrip("”\"")) for m in _QUOTE.finditer(text)]


# Short words that stay lower case in a title ("Dancing with the Stars").
_SMALL_WORDS = frozenset("a an and as at but by for from in into nor of on or the to with".split())
_TITLE_WORD = regex.compile(r"^[\p{Lu}\d]")


def speech_like(inner: str, min_words: int) -> bool:
    """A quotation of someone's words, not scare quotes or a title."""
    words = inner.split()
    if len(words) < min_words:
        return False
    content = [w for w in words if w.lower().strip(".,!?:;") not in _SMALL_WORDS]
    capitals = sum(1 for w in content if _TITLE_WORD.match(w))
    if capitals >= 0.7 * len(content):
        return False
    # A phrase quoted inside a sentence ("had not 'fallen victim to a scam'")
    # starts in lower case and ends without punctuation of its own; quoted
    # speech starts a sentence or ends one.
    return bool(_TITLE_WORD.match(inner.lstrip(" ‘'(…."))) or inner.rstrip()[-1:] in ".,!?…:;—–-"


def outside(text: str, found: list[Quote]) -> str:
    """The paragraph with its quotations blanked out: a speech verb inside a
    quote ("we said we would") names nobody."""
    if not found:
        return text
    # Pieces joined once, not a list of every character (eight bytes each:
    # 400 MB for a 50 MB paragraph).
    out: list[str] = []
    pos = 0
    for start, end, _ in sorted(found):
        if end <= pos:
            continue
        out.append(text[pos:start] if start > pos else "")
        out.append(" " * (end - max(start, pos)))
        pos = end
    out.append(text[pos:])
    return "".join(out)


_OPENS_WITH_QUOTE = regex.compile(r"^[^\S\r\n]*(?:[\p{Pd}*•>]+\s*)?[“\"]")


class Found:
    """Each paragraph's quotations (``found[i]``), found when first asked for
    and let go by :meth:`forget`: NL402 walks the paragraphs in order and
    looks back one paragraph at most, so holding every paragraph's
    quotations (their inner texts copy most of a quoted article: 36 MB on a
    51 MB one) bought nothing."""

    def __init__(self, paras: Sequence[Block]) -> None:
        self.paras = paras
        self.held: dict[int, list[Quote]] = {}

    def __getitem__(self, i: int) -> list[Quote]:
        got = self.held.get(i)
        if got is None:
            got = self.held[i] = quotes(self.paras[i].text)
        return got

    def forget(self, below: int) -> None:
        """Let go of the quotations of the paragraphs before ``below``."""
        for i in [k for k in self.held if k < below]:
            del self.held[i]


def speeches(paras: Sequence[Block], found: Found) -> Iterator[tuple[int, int]]:
    """Runs of paragraphs that belong to one speech: paragraphs that open with
    a quotation mark after one that does, and paragraphs continuing an
    unclosed quotation.  (first, last) indices, inclusive, one run at a time."""
    i = 0
    while i < len(paras):
        j = i
        while j + 1 < len(paras):
            text = paras[j].text
            unclosed = bool(found[j]) and not text.rstrip().endswith(("”", '"', "“")) and (
                text.count("“") > text.count("”") or text.count('"') % 2 == 1
            )
            if unclosed or (_OPENS_WITH_QUOTE.match(text) and _OPENS_WITH_QUOTE.match(paras[j + 1].text)):
                j += 1
            else:
                break
        yield i, j
        i = j + 1
