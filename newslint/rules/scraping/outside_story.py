"""Furniture around the story on a whole page (NL302's fifth pass).

A whole page (a page's text, not an extractor's article) carries menus, link
lists, section lists and footers before the headline and after the story.  The
pass finds the story's span, the densest stretch of running text on the page,
and reports short lines outside it that the line model (newslint/analysis/
line_roles.py) reads as furniture.  Inside the span nothing is reported here:
an article's own lists and sub-headings live there, and the strict passes
already read them.  Outside it, a row of a table (a line sharing its
punctuation with other, different lines near it), a paragraph-long line or a
sentence that repeats the story's words, and a line of six words or more above
the story that repeats its first three paragraphs' words (its headline or
standfirst set apart by widgets) are left alone too, and so are a short line
beside a paragraph the model reads as body (the article resuming under a
widget), a heading over the article's text, table or list, and the article's
edges beyond the span (story_edges.py).  A lead-in
(`... are:`, a question) spares the short lines under it up to its first
interface line, and none when the model is sure most of them are furniture (a
teaser's question over a video player's settings, a weather box).

The span is a maximum-sum stretch of the page's lines (the idea of the
CleanEval-era boilerplate systems, which score blocks by length and link
density and keep the best-connected good blocks): a paragraph the model reads as
body scores its words; a short link-shaped line costs ``run_cost``.  A footer
paragraph or a standalone blurb far below the story, with a menu between, is
then outside; sub-headings and a list between paragraphs are inside.

A document is read as a whole page when it has ``min_links`` link-shaped lines,
``lead_links`` of them before the span (an extractor's article starts at its
headline), and the span holds ``coverage`` of the page's paragraph words (prose
cut into fragments by formulas, or a page of several stories, has no one span).
"""
from __future__ import annotations

from typing import Any, Container, Iterator, Mapping, Sequence

import regex

from ...analysis.line_roles import LineRole
from .echoes import echoes, lead_words, story_words
from .lines import Classified
from .page import Page
from .shapes import PROSE_END, punctuation
from .story_edges import by_article_line, credit_under_list, head_positions, tail_block, tail_zone
from .story_settings import SETTINGS

# A sentence this long (ending like one) is read as the article's.
SENTENCE_WORDS = 6
_ARTICLE = frozenset({"body", "table", "list"})


def outside_story(page: Page, flagged: Container[int], settings: Mapping[str, Any] = SETTINGS) -> Iterator[int]:
    """Lines outside the story's span that the line model calls furniture, on a
    document shaped like a whole page."""
    items, nonblank = page.items, page.nonblank
    linky = [items[i].kind is None and page.linky(i) for i, _ in nonblank]
    if sum(linky) < settings["min_links"]:
        return
    roles = page.roles()
    span = story_span(page, roles, linky, settings)
    if span is None or sum(linky[: span[0]]) < settings["lead_links"]:
        return
    span = _with_headline(page, roles, span, settings["headline_back"])
    start, end = span
    # A span holding little of the page's running text is no story's (prose cut
    # into fragments by formulas, or several stories): the pass stays out.
    if _coverage(page, roles, span, settings) < settings["coverage"]:
        return
    introduced = _introduced(page, roles, settings) | _above_byline(page, roles, start, settings["byline_head"])
    if settings["tail_zone"]:
        introduced |= tail_zone(page, flagged, end, settings["tail_zone"])
    # The article's edges beyond the span (story_edges.py).
    if settings["head_block"]:
        introduced |= head_positions(page, start)
    if settings["tail_block"]:
        introduced |= tail_block(page, end, settings["tail_block"])
    if settings["extent_gap"]:
        introduced |= credit_under_list(page, roles, end, _templated(page) | _templated(page, settings["template_head"]) | introduced,
                                        settings["extent_gap"])
    crowded = _crowded(page, roles, flagged, span, settings)
    told = story_words(page, span) if settings["echo_words"] else frozenset()
    lead = lead_words(page, roles, span, settings) if settings["head_echo_words"] else frozenset()

    def spared(k: int, item: Classified) -> bool:
        """A row of a table, or a long line that repeats the story: the article's."""
        if told and item.words >= settings["echo_min_words"] and echoes(item.line.text, told, settings):
            return True
        # Above the story, a headline or standfirst that tells its story (a
        # teaser rail's items over it tell others).
        if (lead and k < start and item.words >= settings["head_echo_words"]
                and echoes(item.line.text, lead, settings)):
            return True
        # Anywhere, a sentence that tells the story's story: a caption, a
        # closing note, the story resuming past a widget.
        if (told and settings["sentence_echo"] and item.words >= SENTENCE_WORDS and PROSE_END.search(item.line.text)
                and echoes(item.line.text, told, settings)):
            return True
        return _patterned(page, k, settings)

    for k, (i, _) in enumerate(nonblank):
        if start <= k <= end or k in introduced:
            continue
        if by_article_line(page, roles, flagged, k, settings["article_reach"]):
            continue
        item = items[i]
        if k in crowded:
            if i != page.first and i not in flagged and item.kind is None and not spared(k, item):
                yield i
            continue
        # A paragraph-long line or a sentence outside the span is as often the
        # story's own first or last paragraph, or a closing line: the other
        # passes judge it.
        if (i == page.first or i in flagged or item.kind is not None or item.words >= settings["paragraph_words"]
                or (item.words >= SENTENCE_WORDS and PROSE_END.search(item.line.text))):
            continue
        # A heading of the article's text, table or list: the model reads one
        # of the ``heading_reach`` lines after it as the article's.
        if any(roles[j].role in _ARTICLE for j, _ in nonblank[k + 1 : k + 1 + settings["heading_reach"]]):
            continue
        p = roles[i].p("ui", "teaser")
        if p < min(settings["firm"], settings["sure"]) or start - settings["sure_near"] <= k <= end + settings["sure_near"]:
            continue
        share = _share(page, roles, flagged, k, settings)
        if ((share >= settings["sure_crowd"] if p >= settings["sure"] else share >= settings["firm_crowd"])
                and not spared(k, item) and not _by_paragraph(page, roles, k, settings)):
            yield i


def story_span(page: Page, roles: Sequence[LineRole], linky: Sequence[bool],
               settings: Mapping[str, Any]) -> tuple[int, int] | None:
    """Positions (in ``page.nonblank``) of the first and last line of the
    maximum-sum stretch, or None when no line reads as a paragraph."""
    best, best_span = 0.0, None
    run, run_start = 0.0, 0
    for k, (i, _) in enumerate(page.nonblank):
        words = page.items[i].words
        if words >= settings["paragraph_words"] and roles[i].role == "body":
            value = float(min(words, settings["word_cap"]))
        elif linky[k]:
            value = -settings["run_cost"]
        else:
            value = 0.0
        if run <= 0.0:
            run, run_start = 0.0, k
        run += value
        if run > best:
            best, best_span = run, (run_start, k)
    return best_span


def _with_headline(page: Page, roles: Sequence[LineRole], span: tuple[int, int], back: int) -> tuple[int, int]:
    """The span reaching back to the nearest line above it the model reads as a headline."""
    start, end = span
    for k in range(start - 1, max(-1, start - 1 - back), -1):
        if roles[page.nonblank[k][0]].role == "headline":
            return k, end
    return span


def _crowded(page: Page, roles: Sequence[LineRole], flagged: Container[int], span: tuple[int, int],
             settings: Mapping[str, Any]) -> set[int]:
    """Positions outside the span, away from it, whose neighbours are all furniture
    and which the model reads as furniture too."""
    nonblank, items = page.nonblank, page.items
    near = settings["near"]

    out: set[int] = set()
    templated = _templated(page) | (_templated(page, settings["template_head"]) if settings["template_head"] else set())
    for k, (i, _) in enumerate(nonblank):
        item = items[i]
        if item.words >= settings["paragraph_words"]:
            sure = settings["crowd_long_sure"]
        elif item.words >= SENTENCE_WORDS and PROSE_END.search(item.line.text):
            sure = settings["crowd_sentence_sure"]
        else:
            sure = settings["crowd_sure"]
        if span[0] - near <= k <= span[1] + near or k in templated or roles[i].p("ui", "teaser") < sure:
            continue
        if _share(page, roles, flagged, k, settings) == 1.0:
            out.add(k)
    return out


def _by_paragraph(page: Page, roles: Sequence[LineRole], k: int, settings: Mapping[str, Any]) -> bool:
    """Whether a line within ``paragraph_reach`` positions of ``k`` is a paragraph
    (``paragraph_words`` or more) the model reads as body."""
    nonblank, items, reach = page.nonblank, page.items, settings["paragraph_reach"]
    for j in range(max(0, k - reach), min(len(nonblank), k + reach + 1)):
        i = nonblank[j][0]
        if j != k and items[i].words >= settings["paragraph_words"] and roles[i].role == "body":
            return True
    return False


def _share(page: Page, roles: Sequence[LineRole], flagged: Container[int], k: int,
           settings: Mapping[str, Any]) -> float:
    """The share of the ``window`` lines on either side of position ``k`` that are
    reported, interface text, or read as furniture with P >= ``crowd``."""
    nonblank, items, window = page.nonblank, page.items, settings["window"]
    around = [nonblank[j][0] for j in range(k - window, k + window + 1) if j != k and 0 <= j < len(nonblank)]
    hits = sum(i in flagged or items[i].kind is not None or roles[i].p("ui", "teaser") >= settings["crowd"]
               for i in around)
    return hits / len(around) if around else 0.0


# A run of at least this many lines with the same punctuation is a table or list.
TEMPLATE_RUN = 3


def _templated(page: Page, head: int = 0) -> set[int]:
    """Positions in a run of lines built on one template (`Spain (Group F): 11th
    appearance`, `Name - 2,600`): the same punctuation, some of it.  A data list
    of the article, not a column of links, even far from the story.  With
    ``head``, lines whose punctuation starts with the same ``head`` marks (of
    ``head`` or more) are on one template too (`June 4 – City, ST @ Venue`
    and `June 8 – City, ST @ Venue – City`: a venue's name brings its own mark)."""
    out: set[int] = set()
    run: list[int] = []
    last = ""
    for k, (i, _) in enumerate(page.nonblank):
        shape = punctuation(page.items[i].line.text)
        if head:
            shape = shape[:head] if len(shape) >= head else ""
        if shape and shape == last:
            run.append(k)
            continue
        if len(run) >= TEMPLATE_RUN:
            out.update(run)
        run, last = [k], shape
    if len(run) >= TEMPLATE_RUN:
        out.update(run)
    return out


def _patterned(page: Page, k: int, settings: Mapping[str, Any]) -> bool:
    """Whether the line at position ``k`` shares its (non-empty) punctuation with
    ``pattern_lines`` lines within ``pattern_window`` positions whose words differ
    from its own: the rows of a table.  Chrome repeated with only its numbers
    changed (`Opening Bell 6.7.19`, a price grid) is no row of the article's."""
    text = page.items[page.order[k]].line.text
    shape = punctuation(text)
    if not shape:
        return False
    window, words = settings["pattern_window"], _DIGITS.sub("", text)
    same = 0
    for j in range(max(0, k - window), min(len(page.order), k + window + 1)):
        other = page.items[page.order[j]].line.text
        same += j != k and punctuation(other) == shape and _DIGITS.sub("", other) != words
    return same >= settings["pattern_lines"]


_DIGITS = regex.compile(r"\d+")


# A lead-in: a line of at least this many words ending with a colon or a question
# mark (`What's new in this release?`, `The closures are:`).
_LEAD_IN = regex.compile(r"[:?]\s*$")
LEAD_IN_WORDS = 4


def _introduced(page: Page, roles: Sequence[LineRole], settings: Mapping[str, Any]) -> set[int]:
    """Positions of the short lines right under a lead-in the model reads as the
    article's, at most one blank line apart: the list it announces is the
    article's, wherever the span begins."""
    out: set[int] = set()
    nonblank, items = page.nonblank, page.items
    k = 0
    while k < len(nonblank):
        i, _ = nonblank[k]
        k += 1
        if (items[i].words < LEAD_IN_WORDS or not _LEAD_IN.search(items[i].line.text)
                or roles[i].p("ui", "teaser") >= settings["lead_in_p"]):
            continue
        listed: list[int] = []
        # The list ends at a blank gap, a paragraph or an interface line (an
        # article's list holds none: a teaser's question over a video player's
        # settings announces no list).
        while (k < len(nonblank) and nonblank[k][1] <= 1 and items[nonblank[k][0]].words < settings["paragraph_words"]
               and (not settings["lead_in_stops"] or items[nonblank[k][0]].kind is None)):
            listed.append(k)
            k += 1
        # A "list" the model is sure is furniture for the most part is no list.
        sure = sum(roles[nonblank[j][0]].p("ui", "teaser") >= settings["sure"] for j in listed)
        if not settings["lead_in_stops"] or sure <= settings["lead_in_sure_share"] * len(listed):
            out.update(listed)
    return out


def _above_byline(page: Page, roles: Sequence[LineRole], start: int, reach: int) -> set[int]:
    """Positions at most ``reach`` above a line the model reads as a byline, above
    the span's ``start``: a headline and standfirst the model cannot tell from a
    teaser stand over the article's byline, not over a menu's."""
    out: set[int] = set()
    for b in range(start):
        if roles[page.nonblank[b][0]].role == "byline":
            out.update(range(max(0, b - reach), b))
    return out


def _coverage(page: Page, roles: Sequence[LineRole], span: tuple[int, int], settings: Mapping[str, Any]) -> float:
    """The share of the words of the page's body paragraphs inside the span."""
    inside = total = 0
    for k, (i, _) in enumerate(page.nonblank):
        words = page.items[i].words
        if words >= settings["paragraph_words"] and roles[i].role == "body":
            total += words
            inside += words if span[0] <= k <= span[1] else 0
    return inside / total if total else 0.0
