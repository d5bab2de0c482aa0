"""NL302 related-links-block: teasers and links of other pages, and footer fragments.

Four passes over the lines, in order: the third skips what the first two flagged, the fourth never replaces a message.
"""
from __future__ import annotations

from array import array
from typing import Container, Iterator, Sequence

import regex

from ...analysis.line_roles import line_roles
from ...compact import indices
from ...document import Document
from ...findings import Finding
from ...rule import Context, rule
from .clean_end import clean_end, list_over_column
from .credits import credit_like
from .flags import Flags
from .head_block import closing_credit, head_lines
from .lines import HEADER, article_lines, classify, line_span, shorten
from .list_blocks import column_start, introduced_blocks, leading_lists
from .outside_story import outside_story
from .own_lists import article_list, introduced_items
from .page import Page, read_page
from .shapes import PROSE_END, dek, glued_teaser, inline_teaser, teaser_like
from .subheads import spared

# The messages of passes (1) and (2), and of (4).
_TEASER = "teaser or link of another page"
_FOOTER = "footer fragment after the article"


@rule(
    "NL302",
    "related-links-block",
    options={"max-teaser-words": 40, "max-link-words": 14, "min-run": 4, "footer-words": 6, "line-model": True,
             "split-lead-ins": False},
)
def related_links_block(doc: Document, ctx: Context) -> Iterator[Finding]:
    """Teasers and links of other articles, and footer fragments, left in the text.

    What it does:
        Reports, one finding per line, (1) the lines that follow a section
        header such as `Read more:` or `Related Articles` (each at most
        ``max-teaser-words`` words and two sentences long, separated by at
        most one blank line); (2) any run of ``min-run`` or more link-shaped
        lines (short, no sentence-ending punctuation, at most one blank
        line apart), the shape of menus and teaser lists; (3) a lone
        teaser among the paragraphs: a headline of eight or more words all in
        capitals, a headline closed by a section tag (`... outbreak [NEWS]`),
        or a title-case headline run together with its standfirst (`The 4
        Best Vegan Spots In DetroitHoodline crunched the numbers ...`); and
        (4) a footer fragment: a short unpunctuated last line after the final
        paragraph, such as a site's section name after the author bio.

    Why it matters:
        Headlines of other stories are well-formed text, so they survive
        spelling and grammar checks and end up attributed to the wrong
        article in archives and training data.

    Example:
        Flagged (lines 3 and 4, after the header on line 1)::

            Read more:

            China Has Big Lead in Critical Emerging Technologies: Study
            China Scientists Split on US Tech Sanctions Impact – SCMP

        Not flagged: a headline or sub-heading followed by a paragraph, a list
        of fewer than ``min-run`` short lines, an article that ends with a
        full sentence or a credit line (``Reuters``, ``Additional reporting by
        ...``, ``Edited by ...``, ``Compiled from wire services``, ``With
        <name> in <place>``: credit words, a past participle before
        `by`/`from`/`with`, or a line the line model calls a byline), a short
        capitalised sub-heading (``WHAT HAPPENS NEXT``), an info box of dates,
        prices, opening hours and contact details, a table written one cell a
        line (its figures in the same columns of every row, flat_table.py), a list led in by a sentence
        or by a `!`/`?` line right above it, and the signature line under an
        embedded post; inside a run of links, the article's head (a line the
        model reads as a byline or dateline with the story's first paragraph
        within six lines under it, and up to three lines right above it:
        headline, standfirst; or, with no byline or dateline, the lines right
        above the story's first paragraph past its widgets that the model does
        not read as furniture or that share the paragraphs' words) and a
        credit (`Additional reporting by ...`) heading the tag rows right
        under the story's last paragraph
        (newslint/rules/scraping/head_block.py).

    Options:
        ``max-teaser-words`` (40): longest line taken as a teaser after a header.
        ``max-link-words`` (14): longest line taken as a link in a headerless run.
        ``min-run`` (4): shortest headerless run of link-shaped lines reported.
        ``footer-words`` (6): longest trailing line taken as a footer fragment.
        ``split-lead-ins`` (false): a lead-in (`Follow us online:`) spares
        its run only up to its first interface line when over a tenth of
        the items are interface text.  Off: with NL301's ``widget-clusters``
        it flagged 2 more validation article lines (RESULTS.md, scrape5).
        ``line-model`` (true): also report, on a document shaped like a whole
        page (20 or more link-shaped lines, 8 or more of them before the
        story), the lines outside the story's span (the densest stretch of
        paragraphs the line model, newslint/analysis/line_roles.py, reads as
        body) that the model reads as furniture: short lines it is nearly sure
        of (P(ui or teaser) >= 0.999) away from the span among other
        furniture, or P >= 0.99 with 80% of the lines around furniture, and
        any line among furniture on all sides (P >= 0.9); never a run of lines
        on one template or a row of a table (a line sharing its punctuation
        with two different lines within three), the list under a lead-in (up
        to its first interface line, and none when the model is sure most of
        it is furniture), a heading of the article's text (a model-read
        article line among the three under it), a short line beside a
        paragraph the model reads as body, a paragraph-long line, a sentence,
        or (above the story) a line of six words or more that repeats the
        story's words (its first three paragraphs' for a line above it), or
        the few lines right above a byline the model finds above the story
        (the article's headline and standfirst); nor the article's edges
        beyond the span (newslint/rules/scraping/story_edges.py): the head
        block head_block.py finds, a credit under the article's own list or
        table run on from the span, a line within three of one the model reads
        as the article's text, the block of up to eight lines right under the
        span, and the up to 14 lines between the span and the first line below
        it the other passes report (a cast list's last item, a closing note);
        a line among furniture that reads like a sentence needs P >=
        0.99. An extractor's article has no such shape, so the pass leaves it
        alone. Measured on the aeb-dev validation pages (branch page11, every
        guard above; off -> on): whole-page furniture caught 0.745 -> 0.819
        (2040 -> 2242 of 2737), gold article lines 0.29% -> 0.44% (4 -> 6 of
        1363; 7 on page10, before the lines down to the furniture, so off by
        default until page11); on the fit pages (fold models) it adds 491
        aeb-dev furniture lines and no gold line, 575 readability-dev
        furniture lines and one article line.

    Limitations:
        A list of short items in the article itself (a caption and a list
        of artworks at the end of the text, a feature list) still looks like
        a link list when it has ``min-run`` or more unpunctuated items and
        nothing marks it as the article's own; lists introduced by a colon,
        `!` or `?`, built on one template (`June 4 – City @ Venue`), made
        of reference data, set between paragraphs, or set between shorter
        sentences and read as article text by the line model
        (newslint/analysis/line_roles.py: a fixture list, award winners, a
        squad) are left alone, and so
        are the teaser lists of deals (prices) when they carry no interface
        line.  A lone teaser in sentence case, or in capitals but shorter
        than eight words, is missed (capitalised sub-headings look the
        same).  The article's first line and any short line right above a
        paragraph (a headline or sub-heading) are never reported, nor is the
        headline above a block of widget lines over the story's first
        paragraph (`Show map layers` / `Pause animation`), when at most 12
        lines stand above that paragraph; a headline in one block with its
        byline, under a menu, is still taken into the menu's run, unless the
        byline or dateline has its shape (`By ...`, `Updated 14 October 2026`)
        and the lines over it share a word with the lead (head_block.py).  A
        short line between two paragraphs that no rule reports, printed once,
        sharing a word with the text under it or with a sibling in the same
        place, is the article's sub-heading and never a link (subheads.py,
        branch page12: readability-dev fit article lines 107 -> 102 of 3286).  The line
        model is weak on lists of bare names in title case; a run of short
        names (a few capitalised words an item) set between sentences is
        left alone, and so is a run whose items share one punctuation
        pattern (`Name, role - award`), and a run with a number in every
        item (a scorecard, prices) between a sentence above and one below.
        The article's list at the head of a run that goes on into the page's links
        (list_blocks.py) is left out and the links under it reported: a block a blank
        line above the rest, right under the story, on one template (names, `X v Y`, a
        number in each item, one punctuation pattern), of items that read as items, not
        headlines (item_shape.py), or under a lead-in line with items the model reads as
        article text; with no blank line, or at the article's end, a head of four items
        (or three sharing two keys) on one strict template; a lead-in (`... :`)
        introduces the first block under it, not the links a blank line below.  With no
        blank line between, the column starts at a section's name (`Football`) or an
        interface line over headlines (reported from three lines), or at the first line
        off the list's strict template (a number, one punctuation, a label's colon, a
        finite auxiliary verb); a lead-in's list at the article's end needs a template,
        items that read as items or an auxiliary in each; lower-case lines going on from
        a lead-in's list, and numbered lines going on from the items above them, are
        that list's last items, and so are bulleted lines going on from a bulleted item
        above; the column starts where the bullets stop (list_blocks.py); a list of
        items with no finite verb ends where a column of verb headlines starts, and no
        verb, command or widget row in the article's last lines makes them its list
        (verbless.py, branch list14); over a widget row (`Share` / `Save`) or ending the
        article, noun phrases of three words or so with no command are the article's
        list, and titles in title case end where headlines in sentence case start
        (branch list15).  A run ending a clean article (one block under its last
        paragraph; no interface line and no other link-shaped line but the headline
        anywhere in the document) is the article's list unless a third of its lines
        are present-tense clauses (headlines: `Pool to close`, `Mayor quits`), a
        section's name closes it or heads present-tense lines in it, or a stamp
        (`4 min read`) stands under every other line; a list on one shape over lines
        of another (title case over sentence case, no verb over clauses, a joiner
        such as `v` in every item) keeps its head; so is such a list right under the
        story a blank line above the rest of the run (clean_end.py, branch list16).  Measured
        with NL301 (branch list11) on the validation halves of the fresh
        invented batches (tests/scraping_fixtures.py, _b.py to _k.py,
        _lists.py to _lists8.py): list-shaped article lines flagged 8/300 in
        A-K, 0/59, 5/35, 11/48, 17/41, 2/31, 1/44 and 0/24 (lists to
        lists7), 0/32 (lists8: bullets; its first run, before branch list12,
        8/32 fit, now 1/32): 44/614 = 7.2% (48 before role_change.py; with lists9, 42/642 after list13's table at a run's head, lists11's first run 12/40, 3/40 after list14; with lists10 to lists15, 72/864 = 8.3% after list15, 81/864 before; 47/864 = 5.4% after
        list16, UI lines 650/759 either way; lists16, clean articles, first run 20/27, now 4/27); the UI lines beside
        them as before or more (lists2 31/31, lists6 35/46); on the aeb-dev
        validation pages 0.44% (6/1363) of gold article lines flagged
        (page11, ``line-model`` on; 0.29% off); with the lead's head (page10) the whole pages Y, Z and AA 4/42 article
        lines, AB's first run 2/27; a kicker the model is sure of, a head
        under a section header (pass 1) or over a widget row it reads as the
        story's stay flagged; the history is in benchmarks/RESULTS.md.
    """
    opts = ctx.options
    page = read_page(classify(doc, ctx), opts["max-link-words"], lambda: line_roles(doc))
    if page is None:
        return
    # The message of each flagged line as a code (a byte a line: a scraped
    # page may flag a million of them), kept apart for the block under a
    # header, whose removal is safe.
    flagged = Flags(len(page.items), _UNDER_HEADER)
    flagged.mark(_header_blocks(page, opts["max-teaser-words"]), _UNDER_HEADER)
    flagged.mark(_headerless_runs(page, opts["min-run"], opts["max-teaser-words"], opts["split-lead-ins"]), _IN_RUN)
    for i, message in _lone_teasers(page, flagged).items():
        flagged.mark((i,), _CODES[message])
    footer = _footer_fragment(doc, page, opts["footer-words"])
    if footer is not None and footer not in flagged:
        flagged.mark((footer,), _CODES[_FOOTER])
    if opts["line-model"]:
        flagged.mark(list(outside_story(page, flagged)), _CODES[_OUTSIDE])
    # The article's sub-headings that the link passes took in (not a teaser tagged as one, nor the footer).
    flagged.unmark(spared(page.items, flagged.edges(_SPARABLE), flagged.__contains__))
    for i, code in flagged.items():
        line = page.items[i].line
        start, end = line_span(line)
        # Safe for the block under a header and the footer; a headerless run
        # may be the article's own list and a lone teaser a sub-heading.
        safe = code == _UNDER_HEADER or (i == footer and _MESSAGES[code] == _FOOTER)
        fix = ctx.line_removal(start, end, "remove the line", unsafe=not safe)
        yield ctx.finding(start, end, f"{_MESSAGES[code]}: '{shorten(line.text)}'", fix=fix)


_INLINE = "inline teaser of another page"
_GLUED = "teaser headline glued to its standfirst"
_OUTSIDE = "page furniture outside the article"
_MESSAGES = (None, _TEASER, _TEASER, _INLINE, _GLUED, _FOOTER, _OUTSIDE)
_UNDER_HEADER, _IN_RUN = 1, 2
# A teaser column cut from an introduced list by its first line (a section's
# name over headlines) is reported from this many lines.
COLUMN_LINES = 3
_CODES = {_INLINE: 3, _GLUED: 4, _FOOTER: 5, _OUTSIDE: 6}
_SPARABLE = frozenset({_UNDER_HEADER, _IN_RUN, _CODES[_OUTSIDE]})


# -- (1) the block under a section header -------------------------------------------


def _header_blocks(page: Page, max_teaser: int) -> Iterator[int]:
    """The lines of the block under each section header (`Read more:`)."""
    k = 0
    while k < len(page.nonblank):
        i, _ = page.nonblank[k]
        k += 1
        if page.items[i].kind == HEADER:
            block, k = _block_under(page, k, max_teaser)
            yield from block


def _block_under(page: Page, k: int, max_teaser: int) -> tuple[list[int], int]:
    """The block that starts at position ``k``, and the position after it.

    The block is either link-shaped lines, or sentence-shaped teasers that run
    to the end of the text or to a wide gap: followed straight by more text,
    those are the article resuming under a widget label such as `Trending`."""
    nonblank, items = page.nonblank, page.items
    block: list[int] = []
    links = None
    while k < len(nonblank):
        j, gap = nonblank[k]
        if gap > 1 or items[j].kind is not None or not teaser_like(items[j], max_teaser):
            break
        if links is None:
            links = _link(page, j, max_teaser)
        elif links and not _link(page, j, max_teaser):
            break
        block.append(j)
        k += 1
    if not links and block and k < len(nonblank) and nonblank[k][1] <= 1:
        block = []
    return block, k


_ELLIPSIS = regex.compile(r"(?:\.\.\.|…)\s*$")


def _link(page: Page, i: int, max_teaser: int) -> bool:
    """Link-shaped, or a teaser cut short with an ellipsis."""
    item = page.items[i]
    return page.linky(i) or (item.words <= max_teaser and bool(_ELLIPSIS.search(item.line.text)))


# -- (2) headerless runs of link-shaped lines -----------------------------------------


def _headerless_runs(page: Page, min_run: int, max_teaser: int, split: bool = False) -> Iterator[int]:
    """The article text in each run of ``min_run`` or more link-shaped lines
    (interface lines count as members) that is not a list of the article's own."""
    for run in _runs(page, max_teaser):
        members = indices(len(page.items), (j for j in run if j != page.first))
        # With ``split``, the items a lead-in introduces are the article's and
        # what the run goes on into after them is judged as a run of its own;
        # without it, a lead-in spares the whole run.
        spared = introduced_items(page, run, members, split) if members else 0
        shortest = min_run
        if spared == len(members) and spared and not split:
            # A lead-in introduces the list under it, not the page's links a
            # blank line below (list_blocks.py).
            spared = introduced_blocks(page, members)
            # Nor the teaser column run on under the list with no blank line,
            # which its first line marks: three lines will do.
            column = column_start(page, members)
            if column < spared:
                spared, shortest = column, min(min_run, COLUMN_LINES)
        if spared:
            members = members[spared:]
            run = run[run.index(members[0]):] if members else indices(0)
        if len(members) >= shortest and not article_list(page, run, members, split):
            # The article's list at the run's head, a blank line above the
            # page's links it runs on into, is left out (list_blocks.py); the
            # article's headline, byline and dateline taken in by the run, and
            # its closing credit, stay the article's (head_block.py).
            # A clean article's last list, with any column under it (clean_end.py).
            kept = leading_lists(page, run, members) or clean_end(page, run, members) or list_over_column(page, run, members)
            head = head_lines(page, run) | closing_credit(page, run)
            yield from article_lines(page.items, [j for j in members[kept:] if j not in head])


def _runs(page: Page, max_teaser: int) -> Iterator[array]:
    """Runs of member lines at most one blank line apart (line indices in an
    array: a scraped page of a million teasers is one run)."""
    bound = len(page.items)
    run = indices(bound)
    for i, gap in page.nonblank:
        member = _member(page, run, i, gap, max_teaser)
        if gap > 1 or not member:
            if run:
                yield run
            run = indices(bound)
        if member:
            run.append(i)
    if run:
        yield run


def _member(page: Page, run: Sequence[int], i: int, gap: int, max_teaser: int) -> bool:
    """Interface text, a link-shaped line, or a one-sentence standfirst right
    under a link of the run (the teaser's dek)."""
    item = page.items[i]
    if item.kind is not None or page.linky(i):
        return True
    if not run or gap != 0 or i in page.wrapped:
        return False
    above = run[-1]
    return above != page.first and page.items[above].kind is None and page.linky(above) and dek(item, max_teaser)


# -- (3) a lone teaser between paragraphs ---------------------------------------------


def _lone_teasers(page: Page, flagged: Container[int]) -> dict[int, str]:
    """Lines not yet ``flagged`` with the shape of a headline, not of a
    sub-heading.  Sub-headings are short or ask the reader a question; a long
    all-capitals headline, or a headline tagged with its section (`...
    outbreak [NEWS]`, `... Review [Video]`), is a link to elsewhere."""
    found: dict[int, str] = {}
    for i, _ in page.nonblank:
        item = page.items[i]
        if i == page.first or i in flagged or i in page.wrapped or item.kind is not None:
            continue
        if inline_teaser(item, page.max_link):
            found[i] = _INLINE
        elif glued_teaser(item):
            found[i] = _GLUED
    return found


# -- (4) a footer fragment --------------------------------------------------------------

def _footer_fragment(doc: Document, page: Page, footer_words: int) -> int | None:
    """A short, unpunctuated last line after a closing paragraph (a site's
    section name under the author bio), unless it is a credit."""
    if len(page.nonblank) < 5:
        return None
    (last, gap), (prev, _) = page.nonblank[-1], page.nonblank[-2]
    tail, before = page.items[last], page.items[prev]
    text = tail.line.text
    fragment = bool(
        gap >= 1
        and tail.kind is None
        and 0 < tail.words <= footer_words
        and not PROSE_END.search(text)
        and not text.rstrip().endswith(("?", "!", "”", '"'))
        and before.words >= 15
        and PROSE_END.search(before.line.text)
        and not credit_like(text, line_roles(doc)[last].p("byline"))
    )
    return last if fragment else None
