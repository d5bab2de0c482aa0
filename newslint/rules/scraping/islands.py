"""Widget islands (NL301): the short lines of a block of furniture above or below the story.

A page's widgets sit in blocks -- runs of lines with no blank line between --
above the headline (`Save for later` / `Gift this article`), between the
headline and the first paragraph (`Listen to this article` / `4 min`), and below
the last paragraph (`Partner content` / `See all shows`).  A label of one to
six words has too few words for their classes to tell (`Pinned`, `Audio
description available`, `4 min`), but the block it sits in does: when a line of
the block is interface text on its own evidence, its other short label-shaped
lines are too.  Inside the story a block is left alone, since an article's own
list may hold a line that looks like a widget, except a short block where a
line whose words make it a command sits beside a reported one (`Image 1 of 6` /
`Expand gallery`).

Some islands hold no line of their own evidence, and their place and shape
tell instead (branch ui10): a block of two or more labels above a later block
that holds a longer headline is the site's menu (`Buy` / `Rent` / `Sold
prices`); between the headline and the story, a command beside another label
makes a widget row (`Listen · 7:40` / `Text size`); below the story, a block of
labels the line model reads as interface text on the whole, with no lead-in
above it and no sentence of the article right under it, is a widget row
(`Previous Post` / `Next Post`).  The article's list on one template heading the
block right under the story is never taken in (list_template.py, branch list11),
nor a table written one cell a line there (flat_table.py), nor the lines
heading that block that the line model reads as article text, three at least
(an article's closing list of short items run on into widgets, branch list13).
"""
from __future__ import annotations

from typing import Callable, Collection, MutableSequence, Sequence

import regex

from . import list_template
from .credits import credit_shaped, dated
from .flat_table import flat_table_head, flat_table_lines
from .headline_verbs import verbless_items
from .word_classes import FUNCTION_WORDS

# A line of an island: at most this many words, shaped like a label.
ISLAND_WORDS = 6
# A block below the story with no reported line: the model's mean P(ui) over
# it at least this (P(teaser) is left out: a run of teasers is NL302's, and the
# model reads an article's closing list of names as teasers).
TAIL_AGREE = 0.5
# The head of the block right under the story that the model reads as article
# text: MODEL_ITEMS lines at least, each under P(ui) = MODEL_P.
MODEL_P = 0.1
MODEL_ITEMS = 3
# A block inside the story this short or shorter may be a widget row.
NEAR_LINES = 3
# Menus with no reported line are looked for only in a head or tail zone of at
# most this many lines.
ZONE_LINES = 12
# A menu above the headline: at least this many labels in one block.
MENU_LINES = 2
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
_LOWER_WORD = regex.compile(r"\s\p{Ll}{4,}")
_NOT_LABEL_TAIL = regex.compile(r"(?:[.,;:?!…]|\.\.\.)['\"”’)\]]*\s*$")


# A figure's separators (`1,204`, `3.4`) split it into two words for the
# word count; a counter (`1,204 people found this useful`) is one figure.
_FIGURE_JOIN = regex.compile(r"\d[,.]\d")


def _label_words(n: int, text: str) -> int:
    return n if n <= ISLAND_WORDS else n - len(_FIGURE_JOIN.findall(text))


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


# Between a page title's head and its site's name (`Headline - Site`, `Headline | Site`).
_SITE_SEPARATOR = regex.compile(r"\s+[-–—|·]\s+")


def island_lines(texts: Sequence[str], words: Sequence[int], own: Sequence[bool], story: tuple[int, int],
                 worded: Collection[int], role: Callable[[int], str],
                 interface: Callable[[int], float] = lambda i: 0.0, commands: Collection[int] = ()) -> set[int]:
    """Indices of the short label lines of the blocks above ``story[0]`` and below
    ``story[1]`` (the first and last lines of the story's running text) in an
    unbroken run from a line reported on its own evidence (``own``).  The
    document's first line is the headline unless it stands above a block that
    holds one; a line above the story that repeats the head of the first
    line's page title (`Headline - Site`) is the headline, never a label.
    Above that block, a line of ``worded`` (its words alone make it
    a middling widget, ui_shape.py) is a widget and a seed too: the model,
    which reads a page's top line as its headline, cannot agree there.
    ``interface(i)`` is the model's P(ui) of line ``i``, read only below the story;
    ``commands`` are the short commands above the story (ui_shape.command)."""
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
    # A page's title line (`Hermitian matrix - Wikipedia`) over its headline
    # (`Hermitian matrix`): the headline repeats the title's head, and is the story's.
    title_head = _SITE_SEPARATOR.split(texts[first].strip(), 1)[0].casefold() if first >= 0 else ""

    def label(i: int, any_role: bool = False) -> bool:
        return (not own[i] and _label_words(words[i], texts[i]) <= ISLAND_WORDS and bool(_LABEL_START.match(texts[i]))
                and not _NOT_LABEL_TAIL.search(texts[i]) and (i != first or above_headline)
                and not (i != first and i < begin and texts[i].strip().casefold() == title_head)
                and not prose(i + 1) and (any_role or own_head(i)))

    def own_head(i: int) -> bool:
        # The story's byline sits under its headline: above it, a line the model
        # calls a byline is one only when shaped like a name (`Branch finder`
        # has a word in lower case, as no name does).  Above the story, a
        # byline's or a dateline's shape is the head's whatever the model reads
        # (`By Lorna Achebe, consumer editor`, `Updated 14 October 2026`).
        if i < begin and i not in above and (credit_shaped(texts[i], 0.0) or dated(texts[i])):
            return False
        r = role(i)
        return r not in _OWN_HEAD or r == "byline" and i in above and bool(_LOWER_WORD.search(texts[i]))

    def _menu(block: range, later: Sequence[range]) -> bool:
        if len(block) < MENU_LINES or any(_LOWER_START.match(texts[i]) for i in block):
            return False
        title = _title(later)
        return all(label(i) and words[i] < title for i in block)

    def _command(block: range, later: Sequence[range]) -> bool:
        # One short command above the headline (`Compare insurance quotes`): a
        # kicker names the story's kind (`Analysis`), it gives no order.
        i = block[0]
        return len(block) == 1 and i in commands and label(i) and words[i] < _title(later)

    def _title(later: Sequence[range]) -> int:
        return max((words[i] for b in later for i in b if not _NOT_LABEL_TAIL.search(texts[i])
                    and role(i) not in _OWN_HEAD), default=0)

    def _tail_menu(block: range) -> bool:
        # Below the story, a block of labels none of which is reported is a
        # widget row when the model reads it as interface text on the whole, and no
        # lead-in (`Opening hours:`) above makes it the article's closing list.
        if len(block) < MENU_LINES or any(own[i] for i in block) or any(_LOWER_START.match(texts[i]) for i in block):
            return False
        above_it = next((j for j in range(block[0] - 1, -1, -1) if words[j]), -1)
        if above_it >= 0 and texts[above_it].rstrip().endswith(":"):
            return False
        # A first line that stops on a function word (`The forwards named are`)
        # is a lead-in the items below complete, colon or not: no label ends so
        # (one that does, `Follow us on`, is reported on its own evidence).
        if _open_end(texts[block[0]]):
            return False
        # Nor may a sentence of the article's follow it (`Polling day is 6
        # March.` under a list of candidates the model reads as a menu).
        below = next((j for j in range(block[-1] + 1, len(words)) if words[j]), -1)
        if below >= 0 and not own[below] and _SENTENCE_TAIL.search(texts[below]):
            return False
        # Nor may it read as a list's items (noun phrases of three words or so, no
        # command: `Wireless phone charging`), which the model reads as a widget row too.
        if verbless_items([texts[i] for i in block], [words[i] for i in block]) == len(block):
            return False
        return all(label(i) for i in block) and sum(interface(i) for i in block) >= TAIL_AGREE * len(block)

    def prose(i: int) -> bool:
        # A label right above a sentence of running text is its sub-heading.
        return i < len(words) and words[i] >= PROSE_WORDS and bool(_SENTENCE_TAIL.search(texts[i]))

    out: set[int] = set(lead)
    # A row of section links above the headline (`Buy` / `Rent` / `Sold prices`):
    # two or more labels, each shorter than the headline below, is a menu with
    # no line of its own evidence.  One label there is the story's kicker.
    # Only where the story's head and tail are short, as an article extractor
    # leaves them: on a whole page, menus run for dozens of lines, and NL302
    # reports them as runs of links already.
    tail = _blocks(words, end + 1, len(words))
    # The article's own list heading the block right under the story (a lead-in
    # line above it or not) is no widget, whatever runs on under it
    # (list_template.py).
    listed = (_closing_list(texts, own, tail[0]) | _model_list(own, tail[0], interface)
              | _verbless_list(texts, words, own, tail[0]) if tail else set())
    if sum(map(len, head)) <= ZONE_LINES:
        for k, block in enumerate(head):
            if k + 1 < len(head) and block[0] in above and (_menu(block, head[k + 1:]) or _command(block, head[k + 1:])):
                out.update(block)
    if sum(map(len, tail)) <= ZONE_LINES:
        for block in tail:
            if _tail_menu(block):
                out.update(i for i in block if i not in listed)
    for block in head + tail:
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
                while i in block and i not in out and not own[i] and i not in listed and label(i):
                    out.add(i)
                    i += step
    # Between the headline and the story, and in a short block inside it (`Image 1
    # of 6` / `Expand gallery`), a label needs words of its own as well: a line
    # of ``worded`` beside a reported label or, under the headline, beside any
    # label of its block (`Listen · 7:40` / `Text size`).
    under = [block for block in head if block[0] not in above]
    for block in under + _blocks(words, begin + 1, end):
        if len(block) > NEAR_LINES and block[0] > begin or any(_LOWER_START.match(texts[i]) for i in block):
            continue
        for i in block:
            # A line whose words make it a command is no byline, whatever the
            # model reads (`Listen · 7:40`).
            if i in worded and label(i, True):
                beside = [j for j in (i - 1, i + 1) if j in block]
                if any(own[j] for j in beside):
                    out.add(i)
                elif block[0] < begin and any(label(j) for j in beside):
                    out.add(i)
                    out.update(j for j in beside if label(j))
    return out


def _closing_list(texts: Sequence[str], own: Sequence[bool], block: range) -> set[int]:
    """The lines of ``block`` (right under the story) that are the article's
    list on one template at its head, with the lead-in line above the items,
    or all of it when it is a table written one cell a line (flat_table.py)."""
    cells = [texts[i] for i in block]
    if flat_table_lines(cells):
        return set(block)
    # A table run on into the page's widgets with no blank line between.
    head = flat_table_head(cells)
    if head:
        return set(block[:head])
    for lead in (0, 1):
        lines = [i for i in block[lead:] if not own[i]]
        if lines and lines[0] != block[lead] or (lead and own[block[0]]):
            continue
        n = list_template.leading_list(texts, lines)
        if n:
            return set(block[: lead + n])
    return set()


def _model_list(own: Sequence[bool], block: range, interface: Callable[[int], float]) -> set[int]:
    """The lines heading ``block`` (right under the story) that the line model
    reads as article text, none reported on its own evidence: the article's
    closing list (`Castle ward Labour hold`), whose short items have a label's
    shape, above the widgets it runs on into."""
    k = 0
    while k < len(block) and not own[block[k]] and interface(block[k]) < MODEL_P:
        k += 1
    return set(block[:k]) if MODEL_ITEMS <= k < len(block) else set()


def _verbless_list(texts: Sequence[str], words: Sequence[int], own: Sequence[bool], block: range) -> set[int]:
    """The lines heading ``block`` (right under the story) above its first reported
    line, when they read as a list's items (headline_verbs.verbless_items): the
    article's closing list of noun phrases (`Wireless phone charging`) over the
    widget row it runs on into (`Share` / `Save`)."""
    k = next((n for n, i in enumerate(block) if own[i]), len(block))
    if k == len(block):
        return set()
    return set(block[: verbless_items([texts[i] for i in block[:k]], [words[i] for i in block[:k]])])


_LAST_WORD = regex.compile(r"(\p{L}+)\W*$")


def _open_end(text: str) -> bool:
    """Whether the line's last word is a function word (`are`, `of`, `the`)."""
    last = _LAST_WORD.search(text)
    return last is not None and last.group(1).casefold() in FUNCTION_WORDS


def possible(out: Sequence, worded: Collection[int], begin: int) -> bool:
    """Whether a classified line of ``out`` could seed an island: a reported label
    (or a line of ``worded``) right beside a short unreported line, or two short
    unreported labels together above a later block before the story's first
    line ``begin`` or below its last line of running text (a menu): the line
    model runs only then."""
    if _menu_possible(out, begin):
        return True
    for i, item in enumerate(out):
        if not (i in worded or (item.kind is not None or item.shaped) and not _NOT_LABEL_TAIL.search(item.line.text)):
            continue
        for j in (i - 1, i + 1):
            if 0 <= j < len(out) and 0 < out[j].words <= ISLAND_WORDS and out[j].kind is None and not out[j].shaped:
                return True
    return False


def _menu_possible(out: Sequence, begin: int) -> bool:
    """Two short unreported labels together, with a blank line and another line
    under their block, above the story's first line ``begin``."""
    run, menu = 0, False
    # The menus are looked for only in short zones (ZONE_LINES), so a longer one
    # needs no model.
    head = range(max(begin, 0)) if sum(1 for item in out[:max(begin, 0)] if item.words) <= ZONE_LINES else range(0)
    for i in head:
        item = out[i]
        if not item.words:
            menu, run = menu or run >= MENU_LINES, 0
            continue
        if menu:
            return True
        run = run + 1 if _short_label(item) else -len(out)
    # Below the last line of running text: two such labels together.
    run, seen = 0, 0
    for i in range(len(out) - 1, max(begin, 0), -1):
        item = out[i]
        seen += item.words > 0
        if item.words >= PROSE_WORDS and _SENTENCE_TAIL.search(item.line.text) or seen > ZONE_LINES:
            break
        run = run + 1 if _short_label(item) else 0
        if run >= MENU_LINES:
            return True
    return False


def _short_label(item) -> bool:  # type: ignore[no-untyped-def]
    """A short unreported line shaped like a label (the cheap test, no model)."""
    return (0 < item.words <= ISLAND_WORDS and item.kind is None and not item.shaped
            and bool(_LABEL_START.match(item.line.text)) and not _NOT_LABEL_TAIL.search(item.line.text))


def mark(out: MutableSequence, story: tuple[int, int], worded: Collection[int], role: Callable[[int], str],
         interface: Callable[[int], float] = lambda i: 0.0, commands: Collection[int] = ()) -> None:
    """Mark the island lines of the classified lines ``out`` as widget labels."""
    own = [item.kind is not None or item.shaped for item in out]
    for i in island_lines([item.line.text for item in out], [item.words for item in out], own, story,
                          worded, role, interface, commands):
        out[i] = out[i]._replace(shaped=True)
