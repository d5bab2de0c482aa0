"""A page's visible text as lines, the way a naive scraper sees it, with the kind of
block each line came from (``li`` for list items, ``td`` for table cells, else the
innermost block tag).  Used to label readability-dev pages for the line model.

It splits blocks the same way as tools/findings_snapshot.py's ``_Visible`` parser, so
the lines it yields are the lines newslint sees when it lints such a page.
"""
from __future__ import annotations

import html.parser
from typing import NamedTuple

_SKIP = {"script", "style", "noscript", "template", "svg"}
_BLOCK = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr", "td", "th", "section",
          "article", "header", "footer", "nav", "aside", "figcaption", "blockquote", "dd", "dt", "ul", "ol"}
_LIST = {"li", "dd", "dt"}
_CELL = {"td", "th"}
# Tags that end an open <p> or <li> implicitly: keeps the stack sane on sloppy HTML.
_VOID = {"br"}


class PageLine(NamedTuple):
    text: str
    tag: str  # "pre", "li", "td" or the innermost block tag ("" at top level)


class VisibleLines(html.parser.HTMLParser):
    """Feed HTML, then read ``lines()``."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[PageLine] = []
        self.buffer: list[tuple[str, bool]] = []  # (text, inside <pre>)
        self.stack: list[str] = []
        self.skipping = 0
        self.pre = 0

    def _tag(self) -> str:
        for tag in reversed(self.stack):
            if tag in _LIST:
                return "li"
            if tag in _CELL:
                return "td"
        return self.stack[-1] if self.stack else ""

    def _flush(self) -> None:
        """Split the buffered text into lines exactly as str.splitlines() would split
        the joined text, and mark a line "pre" when any of it came from a <pre>."""
        if not self.buffer:
            return
        tag = self._tag()
        parts: list[str] = []
        pre = False
        for data, in_pre in self.buffer:
            for piece in data.splitlines(keepends=True):
                body = piece.rstrip("\r\n\v\f\x1c\x1d\x1e\x85\u2028\u2029")
                parts.append(body)
                pre = pre or (in_pre and bool(body.strip()))
                if body != piece:
                    self._emit("".join(parts), "pre" if pre else tag)
                    parts, pre = [], False
        self._emit("".join(parts), "pre" if pre else tag)
        self.buffer = []

    def _emit(self, line: str, tag: str) -> None:
        text = " ".join(line.split())
        if text:
            self.out.append(PageLine(text, tag))

    def handle_starttag(self, tag: str, attrs: object) -> None:
        if tag == "pre":
            self.pre += 1
        if tag in _SKIP:
            self.skipping += 1
        elif tag in _BLOCK:
            self._flush()
            if tag not in _VOID:
                self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "pre" and self.pre:
            self.pre -= 1
        if tag in _SKIP and self.skipping:
            self.skipping -= 1
        elif tag in _BLOCK:
            self._flush()
            if tag in self.stack:
                while self.stack and self.stack.pop() != tag:
                    pass

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.buffer.append((data, self.pre > 0))

    def lines(self) -> list[PageLine]:
        self._flush()
        return self.out


def page_lines(html_text: str) -> list[PageLine]:
    parser = VisibleLines()
    parser.feed(html_text)
    parser.close()
    return parser.lines()
