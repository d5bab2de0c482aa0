"""Widget islands (NL301): the short lines of a block of furniture above or below the story.

A page's widgets sit in blocks -- runs of lines with no blank line between --
above the headline (`Save for later` / `Gift this article`), between the
headline and the first paragraph (`Listen to this article` / `4 min`), and below
the last paragraph (`Partner content` / `See all shows`).  A label of one to
six words has too few words for their classes to tell (`Pinned`, `Audio
description available`, `4 min`), but the block it sits in does: when a line of
the block is interface text on its own evidence, its other short label-shaped
lines are too.  Inside the story a block is left alone, since an article's own
list may hold a line that looks like a widget.
"""
from __future__ import annotations

from typing import Callable, Collection, MutableSequence, Sequence

import regex

# A line of an island: at most this many words, shaped like a label.
ISLAND_WORDS = 6
# A line of running text: this many words or more, ending like a sentence.
PROSE_WORDS = 10
_SENTENCE_TAIL = regex.compile(r"[.!?…]['\"”’)\]]*\s*$")
# The model's roles of the story's own head lines, never an island's.
_OWN_HEAD = frozenset({"byline", "date"})
# A label opens with a capital or a figure (`4 min`), no quote or bullet (a
# line of dialogue or of the article's own list), and ends like no sentence,
# clause, lead-in or clipped line.
_LABEL_START = regex.compile(r"^\s*[\p{Lu}\p{N}]")
# A line opening in lower case goes on with a hard-wrapped sentence: its block is
# a paragraph, not an island.
_LOWER_START = regex.compile(r"^\W*\p{Ll}")
_NOT_LABEL_TAIL = regex.compile(r"(?:[.,;:?!…]|\.\.\.)['\"”’)\]]*\s*$")


def _blocks(words: Sequence[int], start: int, stop: int) -> list[range]:
    """The runs of lines with words in ``words[start:stop]``."""
    out, begin = [], -1
    for i in range(start, stop):
        if words[i] and begin < 0:
            begin = i
        elif not words[i] and begin >= 0:
            out.append(range(begin, i))
            begin = -1
    if begin >= 0:
        out.append(range(begin, stop))
    return out


def island_lines(texts: Sequence[str], words: Sequence[int], own: Sequence[bool], story: tuple[int, int],
                 worded: Collection[int], role: Callable[[int], str]) -> set[int]:
    """Indices of the short label lines of the blocks above ``story[0]`` and below
    ``story[1]`` (the first and last lines of the story's running text) in an
    unbroken run from a line reported on its own evidence (``own``).  The
    document's first line is the headline unless it stands above a block that
    holds one.  Above that block, a line of ``worded`` (its words alone make it
    a middling widget, ui_shape.py) is a widget and a seed too: the model,
    which reads a page's top line as its headline, cannot agree there."""
    begin, end = story
    head = _blocks(words, 0, begin)
    # A later head block holds the headline when it has a line of a few words that
    # ends like no sentence and is no byline or date (a standfirst under the
    # headline ends like a sentence).
    titled = [any(words[i] >= 4 and not _NOT_LABEL_TAIL.search(texts[i]) and role(i) not in _OWN_HEAD for i in block)
              for block in head]
    first = next((i for i, n in enumerate(words) if n), -1)
    above = {i for k, block in enumerate(head) if any(titled[k + 1:]) for i in block}
    above_headline = first in above
    lead = {i for i in worded if i in above}

    def label(i: int) -> bool:
        return (not own[i] and words[i] <= ISLAND_WORDS and bool(_LABEL_START.match(texts[i]))
                and not _NOT_LABEL_TAIL.search(texts[i]) and (i != first or above_headline)
                and not prose(i + 1) and role(i) not in _OWN_HEAD)

    def prose(i: int) -> bool:
        # A label right above a sentence of running text is its sub-heading.
        return i < len(words) and words[i] >= PROSE_WORDS and bool(_SENTENCE_TAIL.search(texts[i]))

    out: set[int] = set(lead)
    for block in head + _blocks(words, end + 1, len(words)):
        if any(_LOWER_START.match(texts[i]) for i in block):
            continue
        # The evidence is a reported label, not a reported sentence (`Read more
        # about this here.` may close the story before its author box), and a
        # label counts only in an unbroken run of labels from it: a page without
        # blank lines is one block.
        seeds = [i for i in block if own[i] and not _NOT_LABEL_TAIL.search(texts[i]) or i in lead]
        for seed in seeds:
            for step in (-1, 1):
                i = seed + step
                while i in block and i not in out and not own[i] and label(i):
                    out.add(i)
                    i += step
    return out


def possible(out: Sequence, worded: Collection[int]) -> bool:
    """Whether a classified line of ``out`` could seed an island: a reported label
    (or a line of ``worded``) right beside a short unreported line."""
    for i, item in enumerate(out):
        if not (i in worded or (item.kind is not None or item.shaped) and not _NOT_LABEL_TAIL.search(item.line.text)):
            continue
        for j in (i - 1, i + 1):
            if 0 <= j < len(out) and 0 < out[j].words <= ISLAND_WORDS and out[j].kind is None and not out[j].shaped:
                return True
    return False


def mark(out: MutableSequence, story: tuple[int, int], worded: Collection[int], role: Callable[[int], str]) -> None:
    """Mark the island lines of the classified lines ``out`` as widget labels."""
    own = [item.kind is not None or item.shaped for item in out]
    for i in island_lines([item.line.text for item in out], [item.words for item in out], own, story,
                          worded, role):
        out[i] = out[i]._replace(shaped=True)
