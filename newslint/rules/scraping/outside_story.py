"""Furniture around the story by the line model's reading (NL302's fifth pass).

On a whole page, most of the furniture sits before the story's first paragraph
and after its last: menus, teaser columns, footers.  The lists and shapes of
the other passes know only part of it; the line model (newslint/analysis/
line_roles.py) reads every line with its neighbours.  A line outside the span
of the paragraphs the model reads as running text, which the model is nearly
sure is interface text or a teaser, is reported.  Inside the span nothing is:
an article's own lists and sub-headings live there.
"""
from __future__ import annotations

from typing import Container, Iterator

from .page import Page
from .shapes import PROSE_END

# The span of the story: lines the model reads as body, at least this many words.
PARAGRAPH_WORDS = 12
# The model must be this sure (P(ui or teaser)).  Chosen on the fit part of
# aeb-dev, by three-fold cross-validation over its sites (a model fitted without
# the held-out fold): the lowest cut at which the held-out fit pages keep article
# lines flagged under 0.5% (0.99: +524 furniture lines, +13 article lines;
# 0.995: +489, +7; 0.999: +366, +2).
SURE = 0.999
# A sentence this long (ending like one) is read as the article's.
SENTENCE_WORDS = 6
_ARTICLE = frozenset({"body", "table", "list"})
# Only a document with at least this many short unpunctuated lines outside any
# list is read by the model here: an article file has few, a page has many.
MIN_LINKS = 20


def outside_story(page: Page, flagged: Container[int]) -> Iterator[int]:
    """Lines outside the story that the line model calls furniture."""
    items = page.items
    links = 0
    for i, _ in page.nonblank:
        links += items[i].kind is None and page.linky(i)
        if links >= MIN_LINKS:
            break
    else:
        return
    roles = page.roles()
    body = [i for i, _ in page.nonblank if items[i].words >= PARAGRAPH_WORDS and roles[i].role == "body"]
    if not body:
        return
    first, last = body[0], body[-1]
    nonblank = page.nonblank
    for k, (i, _) in enumerate(nonblank):
        item = items[i]
        # A line as long as a paragraph, or a sentence, is left to the other
        # passes: outside the model's span it is as often the story's own first
        # or last paragraph, or a closing line.
        if (first <= i <= last or i == page.first or i in flagged or item.kind is not None
                or item.words >= PARAGRAPH_WORDS or (item.words >= SENTENCE_WORDS and PROSE_END.search(item.line.text))):
            continue
        # A heading of the article's text, table or list: the model reads the
        # line after it (or the one after that) as the article's.
        if any(roles[j].role in _ARTICLE for j, _ in nonblank[k + 1 : k + 3]):
            continue
        if roles[i].p("ui", "teaser") >= SURE:
            yield i
