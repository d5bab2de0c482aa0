"""Whether a run of short lines is a list of the article's own rather than links (NL302).

A list inside the article is introduced (by a colon, or by a `!`/`?` line right
above it, or by a colon lead-in at the run's top), built on one template (typed
bullets among them), set between paragraphs (or between shorter sentences, or
under the headline, when its items are names or the line model reads it as
article text), the article's last list with only interface lines under it, or
made of reference data; links and headlines of other pages are none of these.
A list at the head of a run that goes on into the page's links is list_blocks.py's.
"""
from __future__ import annotations

from typing import Iterable, Sequence

import regex

from .flat_table import flat_table
from .lines import interface_count
from .page import Page
from .shapes import PROSE_END, punctuation


def article_list(page: Page, run: Sequence[int], members: Sequence[int], split: bool = False) -> bool:
    """Whether ``run`` (line indices; ``members`` without the headline) is the
    article's own list.  Interface lines in the run count against that."""
    items = page.items
    before, after = page.position[run[0]] - 1, page.position[run[-1]] + 1
    ui = interface_count(items, members)
    few_ui = ui <= max(1, len(members) // 10)
    if introduced_items(page, run, members, split) == len(members):
        return True
    if few_ui and _uniform_list(items[j].line.text for j in members[1:]):
        return True
    if few_ui and _prose_at(page, before, 5) and _prose_at(page, after, 15):
        return True
    # Framed by shorter sentences, the run is the article's when the line model
    # reads most of it as article text (a fixture list, award winners, a squad).
    if (
        few_ui
        and _prose_at(page, before, 5)
        and _prose_at(page, after, AFTER_WORDS)
        and (_names(page, members) or _joined_names(page, members) or _model_says_article(page, members))
    ):
        return True
    # A run of data items (a number in every one: a scorecard, prices, waiting
    # times) set between a sentence above and any sentence below is the
    # article's table; link columns carry numbers in some items, not all.
    if few_ui and _prose_at(page, before, 5) and _prose_at(page, after, DATA_AFTER_WORDS) and _numbered(page, members):
        return True
    # Right under the headline and above a paragraph (a fact box or the names
    # the story is about set out before it starts), on the same evidence.
    if (
        few_ui
        and run[0] == page.first
        and _prose_at(page, after, 15)
        and (_names(page, members) or _joined_names(page, members) or _model_says_article(page, members))
    ):
        return True
    # The article's last list, with the page's interface lines run on under it
    # (`Share this story`): its items, those lines left out, are names or
    # numbered data under a paragraph.
    core = _without_trailing_ui(page, members)
    if (
        len(core) >= 3
        and len(core) < len(members)
        and _prose_at(page, before, 15)
        and interface_count(page.items, core) == 0
        and (_names(page, core) or _joined_names(page, core) or _numbered(page, core))
    ):
        return True
    # A lead-in ending with a colon among the run's first lines (a sub-heading
    # above it: `New Tab Page` / `We're running three experiments:` / items)
    # introduces the article's list when the line model reads most of the run
    # as article text; a menu's `Follow us:` has the model against it.
    if few_ui and _lead_in_inside(page, members) and _model_says_article(page, members):
        return True
    # A table written one cell a line (flat_table.py).
    if few_ui and flat_table(page, members):
        return True
    return _info_box(page, members)


DATA_AFTER_WORDS = 4
LEAD_IN_WORDS = 3


def _lead_in_inside(page: Page, members: Sequence[int]) -> bool:
    """Whether one of the run's first two lines is a lead-in of 3+ words ending
    with a colon, with items below it."""
    return any(
        page.items[j].words >= LEAD_IN_WORDS and page.items[j].line.text.rstrip().endswith(":")
        for j in members[: min(2, len(members) - 2)]  # with two items below at least
    )


def introduced_items(page: Page, run: Sequence[int], members: Sequence[int], split: bool = False) -> int:
    """How many of the run's first ``members`` are the items of a list a lead-in
    introduces (0: none).  A lead-in introduces the article's list, not what the
    extractor ran on into: a run with interface lines among its items (`Follow
    us online:` over a site's menus, a feature list run on into share buttons)
    is the article's only up to its first interface line.  Widget lines right
    under the list do not count against it.  Without ``split`` (NL302's
    ``split-lead-ins``, off by default) a lead-in spares the whole run."""
    if not _introduced(page, run[0], page.position[run[0]] - 1):
        return 0
    if not split or _few_inside(page, members):
        return len(members)
    return next(k for k, j in enumerate(members) if page.items[j].kind is not None)


def _without_trailing_ui(page: Page, members: Sequence[int]) -> list[int]:
    """The run's members without the interface lines that close it."""
    core = list(members)
    while core and page.items[core[-1]].kind is not None:
        core.pop()
    return core


def _few_inside(page: Page, members: Sequence[int]) -> bool:
    """Whether at most a tenth of the run's items (one at least), trailing
    interface lines left out, are interface text."""
    core = _without_trailing_ui(page, members)
    return interface_count(page.items, core) <= max(1, len(core) // 10)


_NUMBER = regex.compile(r"(?<![\p{L}\p{N}])\p{N}")


def _numbered(page: Page, members: Sequence[int]) -> bool:
    """Whether every member holds a number standing as a word of its own."""
    return all(_NUMBER.search(page.items[j].line.text) for j in members)


# A run framed by a short sentence after it (4 words and more) is the article's
# own list when at least half of its lines are not furniture to the line model
# (P(ui or teaser) below one half): the model separates a fixture list or a
# squad from a column of links better than the shape of the frame alone (8
# words chosen on the fit part of aeb-dev and of tests/scraping_fixtures.py;
# 5 on the fit parts of aeb-dev, readability-dev and batches A, B and D, where
# it costs no furniture and spares a list closed by a 5- to 7-word sentence;
# 4 on the fit parts of aeb-dev, readability-dev and batches A-F, branch page6:
# no furniture lost, and invented lists closed by `They start in January.` are
# spared; 3 lost 4 aeb-dev fit furniture lines).
AFTER_WORDS = 4
ARTICLE_SHARE = 0.5
FURNITURE_P = 0.5


def _model_says_article(page: Page, members: Sequence[int]) -> bool:
    roles = page.roles()
    article = sum(roles[j].p("ui", "teaser") < FURNITURE_P for j in members)
    return article >= ARTICLE_SHARE * len(members)


# A list of names (finalists, a cast, a squad): every item a few capitalised
# words, most of them more than one word.  A column of links is headlines
# (longer, with verbs and lower-case words) and a menu is single words.
_NAME_WORD = regex.compile(r"(?:\p{Lu}[\p{L}'’.-]*|of|the|and|de|van|von|&)")
NAME_WORDS = 5


def _names(page: Page, members: Sequence[int]) -> bool:
    """Whether every member is a short run of capitalised words (a name), and
    most members more than one word."""
    multi = 0
    for j in members:
        words = page.items[j].line.text.split()
        if not 0 < len(words) <= NAME_WORDS or not all(_NAME_WORD.fullmatch(w) for w in words):
            return False
        multi += len(words) > 1
    return 2 * multi > len(members)


# Names joined by one small word that every item shares (`Paper Lanterns by Jon
# Ekwe`, `The Glass Orchard by Mina Holt`, `Tobi Adeyemi of Northgate`):
# a shortlist or a line-up set out on one template.  Headlines in title case
# vary their small words from one to the next.
_JOINER = regex.compile(r"\p{Ll}+")
JOINED_SHARE = 0.8


def _joined_names(page: Page, members: Sequence[int]) -> bool:
    """Whether every member is capitalised words around at most two lower-case
    words, and one lower-case word stands in most members."""
    shared: dict[str, int] = {}
    for j in members:
        words = page.items[j].line.text.split()
        small = [w for w in words if _JOINER.fullmatch(w)]
        if not 2 < len(words) <= NAME_WORDS + 3 or len(small) > 2:
            return False
        if not all(_NAME_WORD.fullmatch(w) for w in words if w not in small):
            return False
        for w in set(small):
            shared[w] = shared.get(w, 0) + 1
    return max(shared.values(), default=0) >= JOINED_SHARE * len(members)


def _introduced(page: Page, start: int, before: int) -> bool:
    """A lead-in ending with a colon right above the list (or above its first,
    longer item), or ending with `!` or `?` right above it with no blank line
    between (`What's new in 2.26?` / `New tasks for the game!` / items ...)."""
    for k in (before, before - 1):
        above = page.at(k)
        if above is not None and above.line.text.rstrip().endswith(":"):
            return True
    above = page.at(before)
    return (
        above is not None
        and page.order[before] + 1 == start
        and above.kind is None
        and above.words >= 4
        and above.line.text.rstrip().endswith(("!", "?"))
    )


def _prose_at(page: Page, k: int, min_words: int) -> bool:
    """Article text at position ``k``: a paragraph (15 words and more) or a
    short sentence that leads in to the list (`Our kit is simple.`)."""
    item = page.at(k)
    return item is not None and item.kind is None and item.words >= min_words and bool(PROSE_END.search(item.line.text))


_FIRST_SEP = regex.compile(r"^((?:[^:–—|@(\s]+\s+){0,4}?)[^:–—|@(\s]*([:–—|@(])")
_LIST_START = regex.compile(
    r"^[\s\p{Pd}•·*]*(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)",
    regex.IGNORECASE,
)
# A bullet the writer typed before each item (`+ Added ...`, `- the bridge ...`,
# `• 16GB storage`): a list set out in the text, where scraped menus and teaser
# columns come without one.  The marker is kept to the characters writers type;
# a nested list changes marker (`+` items, then `*` items), so any counts.
BULLET = regex.compile(r"^\s*[-+*•·‣▪◦–—]\s+\S")
BULLETED_SHARE = 0.8


def _uniform_list(texts: Iterable[str]) -> bool:
    """Items built on one template (`June 9 – City @ Venue`, `1 tsp cinnamon`,
    `Path A: ...`, or the same punctuation in most items: `Name, role - award`):
    a list in the article, where links and headlines vary."""
    signatures: dict[tuple[str, int], int] = {}
    skeletons: dict[str, int] = {}
    starts = n = bulleted = 0
    for text in texts:
        n += 1
        bulleted += bool(BULLET.match(text))
        skeleton = punctuation(text)
        if skeleton:
            skeletons[skeleton] = skeletons.get(skeleton, 0) + 1
        if _LIST_START.match(text):
            starts += 1
        m = _FIRST_SEP.match(text)
        if m:
            key = (m.group(2), len(m.group(1).split()))
            signatures[key] = signatures.get(key, 0) + 1
    if n < 3:
        return False
    best = max(signatures.values(), default=0)
    same = max(skeletons.values(), default=0)
    return best >= 0.6 * n or starts >= 0.6 * n or same >= 0.8 * n or bulleted >= BULLETED_SHARE * n


def _info_box(page: Page, members: Sequence[int]) -> bool:
    """An info box (dates, prices, opening hours, contact details) is the
    article's own reference data; links and headlines carry none.  Share
    buttons under the box are left out of the judgement (NL301 reports them)."""
    items = page.items
    core = _without_trailing_ui(page, members)
    data = sum(_reference(items[j].line.text) for j in core)
    core_ui = interface_count(items, core)
    return bool(core) and core_ui <= data // 4 and data >= len(core) / 3


# Reference data rather than links: a time, a price, a phone number, a web
# or mail address, a numeric date, a span of weekdays.
_DATA = regex.compile(
    r"\b\d{1,2}(?::\d\d)?\s?(?:[ap]m|[ap]\.m\.)(?!\w)|\b\d{1,2}:\d\d\b"
    r"|\p{Sc}\s?\d|\d\s?\p{Sc}"
    r"|(?<![\d.])\(?\d{2,4}\)?[-. ]\d{3,4}[-. ]\d{3,4}(?![\d.])"
    r"|\b(?:19|20)\d\d[./-]\d{1,2}[./-]\d{1,2}\b|\b\d{1,2}[./]\d{1,2}[./](?:19|20)?\d\d\b"
    r"|\b(?:mon|tue|wed|thu|fri|sat|sun)\w*\.?\s*[-–—~]\s*(?:mon|tue|wed|thu|fri|sat|sun)"
    r"|\bwww\.|https?://|\b[\w.+-]{1,64}@[\w-]+\.\w",
    regex.IGNORECASE,
)
# A machine timestamp (`2019-11-19T08:57:40+01:00`) is page metadata, not
# something the article tells its reader.
_MACHINE_TIME = regex.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d")


def _reference(text: str) -> bool:
    return bool(_DATA.search(text)) and not _MACHINE_TIME.search(text)
