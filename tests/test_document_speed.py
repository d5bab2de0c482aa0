"""A document's lines and paragraphs from C loops give what the line-at-a-time forms give."""
from __future__ import annotations

import random

import regex

from newslint.compact import COMPACT_LINES
from newslint.document import Document

_BREAK = regex.compile(r"\r\n|\r|\n")
_BLANK = regex.compile(r"[^\S\r\n]*")


def _plain(text: str, first_line: int) -> tuple[list[int], list[tuple[int, int, str]], list[tuple[int, int]]]:
    """Line starts, lines and paragraph bounds worked out a line at a time."""
    starts = [0] + [m.end() for m in _BREAK.finditer(text)]
    lines = []
    for i, start in enumerate(starts):
        stop = len(text) if i + 1 == len(starts) else starts[i + 1] - (2 if text[starts[i + 1] - 2 : starts[i + 1]] == "\r\n" else 1)
        lines.append((i + first_line, start, text[start:stop]))
    paras, first, last = [], -1, -1
    for _, start, line in lines:
        if _BLANK.fullmatch(line):
            if first >= 0:
                paras.append((first, last))
                first = -1
        else:
            first = start if first < 0 else first
            last = start + len(line)
    if first >= 0:
        paras.append((first, last))
    return starts, lines, paras


# Breaks of every kind, white space regex counts and str does not ("\x1c"-"\x1f"
# are str's only), other white space, words.
_PIECES = ["a", "word", " ", "\n", "\n\n", "\r\n", "\r", "\t", "\x1c", "\x1f", "\x85", "\u2028", "\xa0", "  \n", "x y", "é"]


def test_lines_and_paragraphs_as_a_line_at_a_time() -> None:
    rng = random.Random(1603)
    texts = ["", "\n", "a", "a\n", "\na", "\r", "\x1c\nb\n\x1c\n\nc"]
    texts += ["".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 40))) for _ in range(6000)]
    for text in texts:
        for first_line in (1, 4):
            doc = Document("x.txt", text, first_line=first_line)
            starts, lines, paras = _plain(text, first_line)
            assert list(doc._line_starts) == starts, repr(text)
            assert [tuple(line) for line in doc.lines] == lines, repr(text)
            assert [(p.start, p.end) for p in doc.paragraphs] == paras, repr(text)
            assert all(p.text == text[p.start : p.end] for p in doc.paragraphs)


def test_many_lines_keep_the_compact_form() -> None:
    text = "line\n" * (COMPACT_LINES + 5)
    doc = Document("x.txt", text)
    assert not isinstance(doc.lines, list)
    assert len(doc.lines) == COMPACT_LINES + 6
    assert doc.lines[3] == (4, 15, "line")
