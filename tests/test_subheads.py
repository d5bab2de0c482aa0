"""The article's sub-headings and wrapped sentences among widget and teaser signals
(newslint/rules/scraping/subheads.py), and the headline the model reads as a teaser
over a byline (head_block.STRONG_ECHO); batch AE's fit pages (branch page12)."""
from __future__ import annotations

import pytest

from newslint.rules.scraping import head_block, lines, subheads
from newslint.rules.scraping.related_links_block import related_links_block
from newslint.rules.scraping.stray_ui_text import stray_ui_text
from newslint.testing import findings

from . import scraping_pages_ae as AE


def _by_line(text: str) -> dict[int, str]:
    found = findings([stray_ui_text, related_links_block], text)
    return {n: f.rule for f in found for n in range(f.line, f.end_line + 1)}


def _prose(*middle: str) -> str:
    above = "Heating is the largest single cost of the winter for most households, the advisers told us this week."
    under = "Pensioners and families on some benefits may qualify for grants towards insulation or a new boiler this year."
    return "\n".join(["Winter bills explained", "", above, *middle, under, ""])


def test_a_numbered_sub_heading_between_paragraphs_is_the_articles(monkeypatch: pytest.MonkeyPatch):
    # NL301's word classes read `Check ... get help` as a command to the reader.
    number, text = 52, AE.page_text("ae-money-site")
    assert AE.tagged("ae-money-site")[1][number - 1] == ("S", "6. Check whether you can get help")
    assert number not in _by_line(text)
    monkeypatch.setattr(subheads, "spared", lambda items, candidates, reported: set())
    assert _by_line(text)[number] == "NL301"


def test_a_sub_heading_needs_a_shared_word_or_a_sibling(monkeypatch: pytest.MonkeyPatch):
    # Commands to the reader by NL301's word classes; between two paragraphs one
    # is spared when the paragraph under it tells its topic (`grants`) ...
    assert 4 not in _by_line(_prose("Check whether a grant will pay for your insulation"))
    assert _by_line(_prose("Turn the Money You Save Into More Money"))[4] == "NL301"
    # ... or when the page has another line in the same place.
    middle = ("Turn the Money You Save Into More Money",
              "Savings left in a current account lose value each year, so move them somewhere that pays interest.",
              "Make a List of Everything You Own")
    assert not _by_line(_prose(*middle)).keys() & {4, 6}
    # The site speaking (`us`) is never a sub-heading.
    assert _by_line(_prose("Follow us for more"))[4] == "NL301"
    monkeypatch.setattr(subheads, "spared", lambda items, candidates, reported: set())
    assert _by_line(_prose("Check whether a grant will pay for your insulation"))[4] == "NL301"


def test_a_label_printed_twice_is_no_sub_heading():
    text = _prose("Privacy Overview") + _prose("Privacy Overview")
    from newslint.document import Document
    from newslint.rule import Context
    doc = Document(path="x", text=text, metadata={})
    items = lines.classify(doc, Context(doc, stray_ui_text, {}, None))  # type: ignore[arg-type]
    candidates = [i for i, item in enumerate(items) if item.line.text == "Privacy Overview"]
    assert len(candidates) == 2
    assert subheads.spared(items, candidates, lambda j: False) == set()
    once = _prose("Privacy Overview")
    doc = Document(path="y", text=once, metadata={})
    items = lines.classify(doc, Context(doc, stray_ui_text, {}, None))  # type: ignore[arg-type]
    # Once, with no word shared with the paragraph under it and no sibling: not spared either.
    assert subheads.spared(items, [3], lambda j: False) == set()


def test_a_teaser_and_its_standfirst_over_a_byline_are_no_sub_heading():
    text = _prose()
    doc_lines = text.split("\n")
    # headline / one-sentence standfirst / byline: the next teaser's shape.
    doc_lines[3:3] = ["Check whether a grant will pay for your loft", "Insulation grants are open again this winter for older homes.",
                      "By Ann Lee"]
    from newslint.document import Document
    from newslint.rule import Context
    doc = Document(path="z", text="\n".join(doc_lines), metadata={})
    items = lines.classify(doc, Context(doc, stray_ui_text, {}, None))  # type: ignore[arg-type]
    assert subheads.spared(items, [3], lambda j: False) == set()


def test_a_hard_wrapped_sentence_is_prose_however_worded():
    from newslint.document import Document
    from newslint.rule import Context
    text = ("The drug was bought on a hidden corner of the internet that is not reachable by\n"
            "search engines, and is home to some sites that require special software\n"
            "to access, the laboratory's director said on Tuesday.\n")
    doc = Document(path="w", text=text, metadata={})
    items = lines.classify(doc, Context(doc, stray_ui_text, {}, None))  # type: ignore[arg-type]
    assert subheads.spared(items, [1], lambda j: False) == {1}
    # A row of networks continued in lower case is no sentence.
    text = "Share the 21 best films of the year\ntweet share Reddit Pocket Flipboard Email\n"
    doc = Document(path="v", text=text, metadata={})
    items = lines.classify(doc, Context(doc, stray_ui_text, {}, None))  # type: ignore[arg-type]
    assert subheads.spared(items, [1], lambda j: False) == set()


def test_a_headline_read_as_a_teaser_over_the_byline_is_the_head_when_it_tells_the_lead(monkeypatch: pytest.MonkeyPatch):
    number, text = 19, AE.page_text("ae-regional-paper")
    assert AE.tagged("ae-regional-paper")[1][number - 1][1].startswith("Ashford Bridge to close")
    assert number not in _by_line(text)
    # The byline's shape would do with one word; the headline tells the lead in more.
    monkeypatch.setattr(head_block, "SHAPED_ECHO", 99)
    assert number not in _by_line(text)
    monkeypatch.setattr(head_block, "STRONG_ECHO", 99)
    assert _by_line(text)[number] == "NL302"


def test_a_byline_and_dateline_by_their_shape_anchor_the_head(monkeypatch: pytest.MonkeyPatch):
    # The model reads the headline and standfirst as teasers (P 0.98), the
    # byline as a teaser too; the byline's shape anchors the head, the dateline
    # under it is the head's, and each line over it shares a word with the lead.
    text = AE.page_text("ae-money-site")
    rows = AE.tagged("ae-money-site")[1]
    assert rows[20] == ("A", "By Lorna Achebe, consumer editor") and rows[21] == ("A", "Updated 14 October 2026")
    found = _by_line(text)
    assert not found.keys() & {19, 20, 21, 22}
    assert {23, 24, 25} <= found.keys()
    monkeypatch.setattr(head_block, "SHAPED_ECHO", 99)
    found = _by_line(text)
    assert found[19] == found[20] == "NL302" and not found.keys() & {21, 22}


def test_a_dateline_shape():
    from newslint.rules.scraping.credits import dated

    assert dated("Updated 14 October 2026") and dated("Thursday 5 November 2026, 6:00 pm") and dated("Sept. 4, 2019")
    assert not dated("Mayday 12") and not dated("Updated 4 minutes ago") and not dated("March on London")
