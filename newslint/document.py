"""Document: one article's exact text, where it came from, and position helpers."""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import cached_property
from itertools import accumulate, count, repeat
from operator import add
from typing import Any, Iterator, Mapping, NamedTuple, Sequence, cast

import regex

from .compact import COMPACT_LINES, View, offsets

# Editors break lines on \r\n, \r and \n only; str.splitlines() also breaks on
# \v, \f, \x1c-\x1e, \x85, \u2028 and \u2029, which would put line numbers out
# of step with what the user sees.
_LINE_BREAK = regex.compile(r"\r\n|\r|\n")
_BLANK = regex.compile(r"[^\S\r\n]*")
# A sentence ends at . ! or ? (optionally followed by closing quotes or brackets)
# and whitespace; good enough to find "the sentence around a quote".  The match
# is the white space; the end mark is matched and left out (``\K``), not looked
# behind for at every position of the line: the same matches, twice as fast.
_SENTENCE_END = regex.compile(r"""[.!?…][\"'”’)\]]*\K\s+(?=[\"'“‘(\[]?\p{Lu}|\d)""")


_new = tuple.__new__


def _sentence_bounds(bounds: Any, start: int, line: str) -> None:
    """Append (start, end) of each sentence of ``line`` (at offset ``start``)."""
    pos = 0
    for m in _SENTENCE_END.finditer(line):
        bounds.extend((start + pos, start + m.start()))
        pos = m.end()
    if line[pos:].strip():
        bounds.extend((start + pos, start + len(line)))


class Line(NamedTuple):
    """A line of the document: 1-based number, start offset, text without its break."""

    number: int
    start: int
    text: str

    @property
    def end(self) -> int:
        return self.start + len(self.text)


class Block(NamedTuple):
    """A run of text (paragraph or sentence) with its offsets into the document."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, eq=False)
class Document:
    """One article to lint.

    ``text`` is exactly what the reader decoded: rules must not assume it has been
    cleaned.  ``path`` is the path as the user gave it.  ``metadata`` holds fields
    that came with the article (Markdown front matter, JSONL record fields such as
    ``author`` or ``source``).  ``record`` is the 1-based record number inside a
    multi-record file.  ``first_line`` is the file line on which ``text`` begins
    (after front matter, say), so findings point into the file the user opens.
    """

    path: str
    text: str
    metadata: Mapping[str, Any] = field(default_factory=dict)
    record: int | None = None
    first_line: int = 1

    @cached_property
    def memo(self) -> dict[Any, Any]:
        """Derived results that several rules share (keyed by their inputs),
        so the work is done once per document, not once per rule."""
        return {}

    def _split(self) -> list[str] | None:
        """The lines' texts, when every line break is "\\n" and the lines are
        few enough to be held as a list (``COMPACT_LINES``); else None.  A
        split and its lengths are C loops, where a line at a time in Python
        cost a tenth of a second over a few megabytes."""
        text = self.text
        if "\r" in text or text.count("\n") >= COMPACT_LINES:
            return None
        return text.split("\n")

    @cached_property
    def _line_starts(self) -> Sequence[int]:
        starts = offsets([0])
        pieces = self._split()
        if pieces is None:
            starts.extend(m.end() for m in _LINE_BREAK.finditer(self.text))
        else:
            # Line k + 1 starts after the k + 1 lines before it and their breaks.
            starts.extend(map(add, accumulate(map(len, pieces[:-1])), count(1)))
        return starts

    @cached_property
    def lines(self) -> list[Line]:
        """All lines, numbered as in the file, without their line breaks.

        A list; for a document of more than ``COMPACT_LINES`` lines, a
        sequence that builds each line when asked for it (same values)."""
        total = len(self._line_starts)
        if total > COMPACT_LINES:
            return cast("list[Line]", View(self._line, total))
        pieces = self._split()
        if pieces is not None:
            return list(map(_new, repeat(Line), zip(count(self.first_line), self._line_starts, pieces)))
        return [self._line(i) for i in range(total)]

    def line_text(self, i: int) -> str:
        """The text of ``lines[i]`` (0-based, ``0 <= i < len(lines)``), without
        building the line: a huge document's line model reads every line's text
        several times."""
        starts, text = self._line_starts, self.text
        start = starts[i]
        if i + 1 < len(starts):
            stop = starts[i + 1]
            # strip the break itself (\r\n, \r or \n)
            stop -= 2 if text[stop - 2 : stop] == "\r\n" else 1
        else:
            stop = len(text)
        return text[start:stop]

    def _line(self, i: int) -> Line:
        # tuple.__new__ skips the named tuple's own __new__ (a Python call): a
        # huge document builds its lines on every access, so this is hot (the
        # call to line_text costs nothing measurable: 1.6 vs 1.4 CPU s for a
        # million lines).
        return _new(Line, (i + self.first_line, self._line_starts[i], self.line_text(i)))

    def position(self, offset: int) -> tuple[int, int]:
        """Map a character offset to a 1-based (line, column) counted in code points."""
        offset = max(0, min(offset, len(self.text)))
        idx = bisect.bisect_right(self._line_starts, offset) - 1
        return idx + self.first_line, offset - self._line_starts[idx] + 1

    def line_at(self, offset: int) -> Line:
        return self.lines[self.line_index(offset)]

    def line_index(self, offset: int) -> int:
        """The 0-based index in ``lines`` of the line holding ``offset``."""
        return bisect.bisect_right(self._line_starts, max(0, offset)) - 1

    @cached_property
    def paragraphs(self) -> list[Block]:
        """Runs of non-blank lines; a single-line paragraph per line when the
        article uses no blank lines at all (common in scraped text)."""
        bounds = offsets()
        first = last = -1
        for line in self.lines:
            blank = line.text
            # Blank: nothing but white space other than line breaks; regex's
            # white space is str's less "\\x1c"-"\\x1f", so the pattern is
            # asked only of a line of white space (or none).
            if not blank or blank.isspace() and _BLANK.fullmatch(blank):
                if first >= 0:
                    bounds.extend((first, last))
                    first = -1
            else:
                if first < 0:
                    first = line.start
                last = line.end
        if first >= 0:
            bounds.extend((first, last))
        return self._blocks(bounds)

    def _blocks(self, bounds: Sequence[int]) -> list[Block]:
        text = self.text

        def block(k: int) -> Block:
            start, end = bounds[2 * k], bounds[2 * k + 1]
            return Block(start, end, text[start:end])

        count = len(bounds) // 2
        if count > COMPACT_LINES:
            # Typed as the list it stands for: a read-only list to every rule.
            return cast("list[Block]", View(block, count))
        return [block(k) for k in range(count)]

    @cached_property
    def sentences(self) -> list[Block]:
        """Sentences, never crossing a line break."""
        bounds = offsets()
        for line in self.lines:
            _sentence_bounds(bounds, line.start, line.text)
        return self._blocks(bounds)

    def line_sentences(self, start: int, end: int) -> list[Block]:
        """The sentences of the line text[start:end] (those of :attr:`sentences`
        that start in it), without splitting the rest of the text."""
        bounds: list[int] = []
        _sentence_bounds(bounds, start, self.text[start:end])
        text = self.text
        return [Block(bounds[k], bounds[k + 1], text[bounds[k] : bounds[k + 1]]) for k in range(0, len(bounds), 2)]

    def nonblank_lines(self) -> Iterator[Line]:
        return (line for line in self.lines if line.text.strip())
