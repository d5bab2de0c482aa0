"""The article's own list at the head of a run that goes on into the page's links (NL302).

An extractor keeps a list that ends the story (the ties drawn, a squad, the
results, a shortlist, the facts known so far) and, one blank line under it, the
page's teaser column; the two read as one run of link-shaped lines, so the list
was reported with the teasers.  A block of the run (lines with no blank line
between them) is the article's own list when it starts right under the story's
text, is set apart from the rest of the run by a blank line, and its items are on
one template: names, names joined by one small word (`X v Y`, `X by Y`), a number
in every item, one punctuation pattern, or, under a lead-in line of its own
(`What we know so far`, `The forwards named are`), items the line model reads as
article text.  Headlines of other pages vary their shape from one to the next,
so a teaser column's first block passes none of these.  Blocks under a spared one
are judged the same way (a second list: the backs under the forwards); what is
left of the run is reported as before.

With no blank line between the list and the column, the column's first line
marks where the list ends (``column_start``): a section's name or an interface
line over headlines, or the first line off the list's strict template (an item's
number, a number, one punctuation pattern, a finite auxiliary verb in every
item) over headlines.  A lead-in's list ends there too.  A lead-in line and its
list that end the article, with nothing under them, are the article's when the
items are on one template or each carry an auxiliary verb.  Lines in lower case
heading a run, going on from a lead-in's list the page read as wrapped prose, are
that list's last items; so are numbered lines going on from the items right above
them (branch list11).  A block is also the article's list when its items read as
items, not headlines (item_shape.py), or each carry an auxiliary; three items on
a strict template will do when they share two keys (a figure and a label's colon).
A typed bullet is a key of the strict template (the column starts where the
bullets stop) and not part of an item's punctuation; bulleted lines heading a run
under a bulleted item are that list's last items (branch list12).  Last, where
the model's reading turns from article text to furniture is where the column starts
(role_change.py), and where verbs, widgets or sentence case start (verbless.py).
"""
from __future__ import annotations

from typing import Sequence

import regex

from .flat_table import flat_table_head
from .item_shape import all_item_shaped
from .lines import interface_count
from .numbered_on import bulleted_on, numbered_on
from .own_lists import _JOINER, _NAME_WORD, _NUMBER, BULLET, _joined_names, _names, _numbered, _prose_at, _uniform_list
from .page import Page
from .role_change import model_split
from .shapes import PROSE_END, punctuation
from .verbless import verbless_end, verbless_head
from .word_classes import AUXILIARIES as _AUXILIARIES

# A list of three items at least (with fewer, two headlines can share a shape).
MIN_ITEMS = 3
# The story's text right above the block: a sentence of 3 words or more.
ABOVE_WORDS = 3
# The sentence above is the page's furniture when the model is this sure of it
# (a poll's question, P = 1.0; a short closing sentence of the story can score
# 0.6 under a list the model reads as teasers).
ABOVE_FURNITURE_P = 0.9
# The longest table at a run's head read (a run may be a page's whole menu).
TABLE_LINES = 2000
# A lead-in line heading the block: short, no sentence end, no interface text.
LEAD_WORDS = 8
# With a lead-in, items the line model reads as article text: every item below
# P(ui or teaser) = 0.5.
FURNITURE_P = 0.5


def leading_lists(page: Page, run: Sequence[int], members: Sequence[int]) -> int:
    """How many of the run's first ``members`` are the article's own lists (with
    their lead-in lines) set one blank line above the rest of the run; 0: none."""
    if members[0] != run[0]:
        return 0
    continued = _continued(page, members) or numbered_on(page, members) or bulleted_on(page, members)
    if continued:
        return continued
    above = page.position[run[0]] - 1
    # The story's text above: a sentence the line model does not read as the
    # page's furniture (a poll's question over its answers is furniture).
    if not _prose_at(page, above, ABOVE_WORDS) or page.roles()[page.order[above]].p("ui", "teaser") >= ABOVE_FURNITURE_P:
        return 0
    # A table one cell a line under the story, run on into the page's links.
    table = flat_table_head([page.items[j].line.text for j in members[:TABLE_LINES]])
    if table and table < len(members) and not _widgets(page, members[:table]):
        return table
    spared = 0
    blocks = _blocks(page, members)
    for block in blocks[:-1]:  # the run's last block is never spared here
        if not _own_list(page, block):
            break
        spared += len(block)
    if spared:
        return spared
    # The list run on into the page's teaser column with no blank line: the
    # lines above the column's first line (a section name or an interface line
    # over headlines), when they are a list of the story's own.
    start = column_start(page, members)
    if start < len(members) and _own_list(page, members[:start]):
        return start
    last = page.position[run[-1]] == len(page.order) - 1
    # The article's last lines: a lead-in line and the list it introduces on one
    # template, with nothing under them (a teaser column has no lead-in of its
    # own: its header is interface text, reported by the header pass).  The
    # line model is no help here: it reads a column of headlines run on under a
    # list of fact sentences as article text too.
    if (
        last
        and len(blocks) == 1
        and _lead_in(page, members[0])
        and not _DIGIT.search(page.items[members[0]].line.text)
        and not _widgets(page, members)
        and len(members) > MIN_ITEMS
        and (_templated(page, members[1:]) or all_item_shaped(page, members[1:]) or _facts(page, members[1:]))
    ):
        return len(members)
    lead = _lead_in(page, members[0])
    if last and len(blocks) == 1 and verbless_end(page, members):
        return len(members)  # verbless items ending the article (verbless.py)
    return (_templated_prefix(page, members, whole=last) or model_split(page, members, lead, MIN_ITEMS)
            or verbless_head(page, members, lead, MIN_ITEMS, lambda j: _label(page, j) and not _name(page, j)))


# The first line of a teaser column run on under the article's list: a
# section's name (one to three words, capitalised, no digit or punctuation:
# `Football`, `Food and drink`) or an interface line, with at least
# COLUMN_HEADLINES headline-shaped lines of COLUMN_WORDS words or more under it.
# A list of the story's own has no such line among its items: it has
# MIN_ITEMS items at least above it, none of them a section-name shape.
COLUMN_HEADLINES = 2
COLUMN_WORDS = 4
LABEL_WORDS = 3
_DIGIT = regex.compile(r"\p{N}")


def column_start(page: Page, members: Sequence[int]) -> int:
    """The position in ``members`` of the first line of a teaser column run
    on under a list with no blank line between (``len(members)``: none)."""
    lead = int(_lead_in(page, members[0]))
    names = True  # every item so far (the lead-in left out) is a name
    for b, j in enumerate(members):
        if b < lead:
            continue  # the list's lead-in (`Match facts`), of a label's shape or not
        if not _label(page, j):
            # A longer name (`Brackenfield Church of England School`) keeps a list of names one.
            names = names and _name(page, j)
            continue
        # A list of names has the shape of section names: the column starts at
        # the first label of another shape (one word, or a lower-case word in it).
        if names and _name(page, j):
            continue
        if b < MIN_ITEMS or page.nonblank[page.position[j]][1] > 0:
            break
        tail = members[b + 1 : b + 1 + COLUMN_HEADLINES]
        if len(tail) == COLUMN_HEADLINES and all(
            page.items[t].kind is None and page.items[t].words >= COLUMN_WORDS and page.linky(t) for t in tail
        ):
            return b
        break
    return _template_break(page, members)


_ENUMERATOR = regex.compile(r"^\s*\p{N}{1,3}[.)]\s")


def _strict_keys(text: str) -> set[str]:
    """What the items of a list on one strict template share: an item's
    number (`1.`), a number, the same punctuation, a finite auxiliary verb
    (facts set out as sentences, where headlines drop it)."""
    keys = {"enumerated"} if _ENUMERATOR.match(text) else set()
    # A typed bullet (any of them: a nested list changes marker) is the
    # list's layout, which a teaser column run on under it does not share.
    if BULLET.match(text):
        keys.add("bulleted")
    if any(w.lower() in _AUXILIARIES for w in text.split()):
        keys.add("auxiliary")
    if _NUMBER.search(text):
        keys.add("number")
    # The punctuation of the item, not of its bullet (`- Crookfield, at
    # Stanmere` shares `- Marsh Lane ...`'s bullet, not its comma).
    bullet = BULLET.match(text)
    skeleton = punctuation(text[bullet.end() - 1 :] if bullet else text)
    if skeleton:
        keys.add(f"punct:{skeleton}")
    # A label and its value (`Record date: 15 March`, `Semi-final 1: Wolves
    # 3-2 Redline`), whatever other marks the value holds.
    if _LABEL_COLON.match(text):
        keys.add("label-colon")
    return keys


_LABEL_COLON = regex.compile(r"^\s*(?:[^\s:]+\s+){0,2}[^\s:]+:\s+\S")


def _template_break(page: Page, members: Sequence[int]) -> int:
    """Where the column starts under a list on one strict template (``PREFIX_ITEMS``
    items at least): the first line off the template, with only headline-shaped
    lines off it under it (``len(members)``: none)."""
    if len(members) < MIN_ITEMS + 1:
        return len(members)

    def keys(k: int) -> set[str]:
        return _strict_keys(page.items[members[k]].line.text)

    # A lead-in line heading the list is not one of its items.  (The keys are
    # read only as far as the template goes: a run may be a page's whole menu.)
    k = int(_lead_in(page, members[0]) and not keys(0) & keys(1))
    first, shared = k, keys(k)
    while k < len(members):
        here = shared & keys(k)
        if not here:
            break
        shared = here
        k += 1
    tail = members[k:]
    # Three items will do when they share two keys (`Autumn term: 3 September
    # to 19 December`: a figure and one punctuation).
    if k - first < (PREFIX_ITEMS if len(shared) < 2 else MIN_ITEMS) or not tail:
        return len(members)
    # The first line off the template, and a second under it if there is one,
    # are links or interface text (a headline, `Rate your experience`).
    column = all(page.linky(j) or page.items[j].kind is not None for j in tail[:COLUMN_HEADLINES])
    return k if column else len(members)


def _name(page: Page, j: int) -> bool:
    """Two capitalised words or more and no other word but a name's joiners
    inside it (`Church of England School`): a name."""
    words = page.items[j].line.text.split()
    return len(words) >= 2 and words[0][:1].isupper() and words[-1][:1].isupper() and all(
        _NAME_WORD.fullmatch(w) for w in words)


def _label(page: Page, j: int) -> bool:
    """A section's name or an interface line."""
    item = page.items[j]
    if item.kind is not None:
        return True
    text = item.line.text.strip()
    return (
        0 < item.words <= LABEL_WORDS
        and text[:1].isupper()
        and not _DIGIT.search(text)
        and not punctuation(text)
    )


_LOWER_START = regex.compile(r"^\s*\p{Ll}")


def _continued(page: Page, members: Sequence[int]) -> int:
    """How many lines in lower case head the run, each right under the last
    with no blank line, the first right under a line read as wrapped prose:
    the last items of a list that goes on from its lead-in (`She pledged to` /
    `resurface the ten roads ...` / `hold a public meeting in each ward`),
    whose first items the page took for one wrapped sentence.  A headline
    never starts in lower case."""
    k = page.position[members[0]] - 1
    # Up through the list's first items, lower-case lines with no blank line
    # between, to its lead-in: under the story's text, a blank line above it.
    while k > 0 and page.order[k] in page.wrapped and page.nonblank[k][1] == 0 and _LOWER_START.match(page.items[page.order[k]].line.text):
        k -= 1
    lead = page.order[k]
    if (
        k == page.position[members[0]] - 1
        or lead == page.first
        or page.nonblank[k][1] == 0
        or not _lead_in(page, lead)
        or not _prose_at(page, k - 1, ABOVE_WORDS)
    ):
        return 0
    count = 0
    for j in members:
        item = page.items[j]
        if (page.nonblank[page.position[j]][1] > 0 or item.kind is not None or item.words < 2
                or not _LOWER_START.match(item.line.text)):
            break
        count += 1
    return count


def introduced_blocks(page: Page, members: Sequence[int]) -> int:
    """How many of the run's first ``members`` a lead-in above the run
    introduces when a blank line sets them apart from the rest: the first
    block (``MIN_ITEMS`` lines at least) and the blocks under it that are
    lists of their own; the whole run when it is one block, or when its first
    block is shorter (items a blank line apart)."""
    blocks = _blocks(page, members)
    if len(blocks) < 2 or len(blocks[0]) < MIN_ITEMS or _widgets(page, blocks[0]):
        return len(members)
    spared = len(blocks[0])
    for block in blocks[1:-1]:
        if not _own_list(page, block):
            break
        spared += len(block)
    return spared


# Without a blank line to set it apart (or with one between every two items),
# a list must be longer, and every item on one template that the next line
# breaks: the same punctuation, a number, or one shared small word (the share
# tests of own_lists.py would run the list on into the links under it).
PREFIX_ITEMS = 4


def _templated_prefix(page: Page, members: Sequence[int], whole: bool = False) -> int:
    """The longest head of ``members`` (a lead-in line, then ``PREFIX_ITEMS``
    items at least, not all of the run) whose items are all on one template,
    with no interface line."""
    best = 0
    for lead in (0, 1):
        if lead and not _lead_in(page, members[0]):
            break
        # An item is a few words, not a bare counter (`193`, a page's claps).
        keys = [_template_keys(page.items[j].line.text) if page.items[j].words >= 2 else set() for j in members[lead:]]
        if not keys:
            break
        shared = set(keys[0])
        k = 0
        while k < len(keys) and shared & keys[k]:
            shared &= keys[k]
            k += 1
        head = members[: lead + k]
        if k >= PREFIX_ITEMS and (whole or lead + k < len(members)) and not _widgets(page, head):
            best = max(best, lead + k)
    return best


def _widgets(page: Page, lines: Sequence[int]) -> bool:
    """Whether a line of ``lines`` is interface text, by the lists or by NL301's word classes."""
    return any(page.items[j].kind is not None or page.items[j].shaped for j in lines)


def _template_keys(text: str) -> set[str]:
    """What an item shares with the others of a list on one template."""
    keys = {f"small:{w}" for w in text.split() if _JOINER.fullmatch(w) and len(w) <= 3}
    skeleton = punctuation(text)
    if skeleton:
        keys.add(f"punct:{skeleton}")
    if _NUMBER.search(text):
        keys.add("number")
    words = text.split()
    if len(words) >= 3:
        # A role or category before a name (`Fourth official Jordan Pask`,
        # `Best actor Samir Haddad`): the same first word, or a name to close it.
        keys.add(f"first:{words[0].lower()}")
        # A name closes an item in sentence case only: title-case headlines
        # end in capitals too (`... Unfounded Theories`).
        if all(_CAPITAL.match(w) for w in words[-2:]) and any(_JOINER.fullmatch(w) for w in words[:-2]):
            keys.add("name-last")
    return keys


_CAPITAL = regex.compile(r"\p{Lu}\p{Ll}")


def _blocks(page: Page, members: Sequence[int]) -> list[list[int]]:
    """The members in blocks: a blank line (or more) between two blocks."""
    blocks: list[list[int]] = []
    for j in members:
        gap = page.nonblank[page.position[j]][1]
        if not blocks or gap > 0:
            blocks.append([])
        blocks[-1].append(j)
    return blocks


def _own_list(page: Page, block: Sequence[int]) -> bool:
    """Whether ``block`` is a list on one template, or items the line model
    reads as article text under a lead-in line of the block's own."""
    if interface_count(page.items, block):
        return False
    if len(block) >= MIN_ITEMS and (_templated(page, block) or all_item_shaped(page, block) or _facts(page, block)):
        return True
    lead, items = block[0], block[1:]
    if len(items) < MIN_ITEMS or not _lead_in(page, lead):
        return False
    if _templated(page, items) or all_item_shaped(page, items) or _facts(page, items):
        return True
    roles = page.roles()
    return 4 * sum(roles[j].p("ui", "teaser") < FURNITURE_P for j in items) >= 3 * len(items)


def _facts(page: Page, items: Sequence[int]) -> bool:
    """Facts set out as sentences: a finite auxiliary verb in every item (a
    headline drops it: `Pier closed after storm`)."""
    return all("auxiliary" in _strict_keys(page.items[j].line.text) for j in items)


def _templated(page: Page, items: Sequence[int]) -> bool:
    return (
        _names(page, items)
        or _joined_names(page, items)
        or _numbered(page, items)
        or _uniform_list(page.items[j].line.text for j in items)
    )


def _lead_in(page: Page, j: int) -> bool:
    item = page.items[j]
    return item.kind is None and 0 < item.words <= LEAD_WORDS and not PROSE_END.search(item.line.text)
