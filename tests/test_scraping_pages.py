"""NL302 on whole invented pages (tests/scraping_pages_w.py, batch W; its fit pages
only): the article's head and closing credit taken in by a run of links stay the
article's, and the whole-page pass (NL302's ``line-model``) reports the furniture around
them."""
from __future__ import annotations

import pytest

from newslint.rules.scraping import outside_story, story_edges
from newslint.rules.scraping.credits import credit_like, credit_shaped
from newslint.rules.scraping.related_links_block import related_links_block
from newslint.rules.scraping.stray_ui_text import stray_ui_text
from newslint.testing import findings

from . import scraping_pages_w as W
from .test_scraping import _whole_page


def _flagged(text: str, **options: object) -> set[int]:
    found = findings([stray_ui_text, related_links_block], text, options={"related-links-block": dict(options)})
    return {n for f in found for n in range(f.line, f.end_line + 1)}


def _tagged(name: str) -> dict[int, tuple[str, str]]:
    return dict(enumerate(W.tagged(name)[1], 1))


def test_the_head_block_in_a_run_of_links_is_the_articles():
    # Headline, standfirst and byline stand between the menu and the share
    # buttons with no blank line between them; the byline anchors the block.
    lines = _tagged("w-regional-daily")
    assert [lines[n][1][:8] for n in (23, 24, 25)] == ["Flood wa", "Drivers ", "By Harri"]
    found = _flagged(W.page_text("w-regional-daily"))
    assert not found & {23, 24, 25}
    assert {20, 21, 27, 28, 29} <= found


def test_a_dateline_anchors_the_head_block_too():
    lines = _tagged("w-football-club")
    assert lines[22][1].startswith("Late Brennan") and lines[23][1] == "Saturday 8 March 2026"
    found = _flagged(W.page_text("w-football-club"))
    assert not found & {22, 23}
    assert {19, 25} <= found


def test_a_closing_credit_over_the_tag_row_is_the_articles():
    lines = _tagged("w-regional-daily")
    assert lines[46] == ("C", "Additional reporting by Maya Trent")
    found = _flagged(W.page_text("w-regional-daily"))
    assert 46 not in found and {48, 49, 50, 51, 52} <= found


def test_a_credit_word_alone_does_not_spare_a_runs_first_line():
    # `Images` is a credit word (a last line with it is a credit), but a run's
    # first line needs a credit's shape or the model's byline.
    assert credit_like("- 15 Amazing Images of Nebulae", 0.0)
    assert not credit_shaped("- 15 Amazing Images of Nebulae", 0.0)
    assert credit_shaped("Additional reporting by Maya Trent", 0.0)
    assert credit_shaped("Maya Trent", 0.9)


def test_every_fit_page_of_batch_w_keeps_its_story_paragraphs():
    for name, (part, _) in W.PAGES.items():
        if part != "fit":
            continue
        found = _flagged(W.page_text(name))
        body = {n for n, (tag, text) in _tagged(name).items() if tag == "A" and len(text.split()) >= 12}
        assert body and not found & body, name


def _page_with_a_question_over_a_player() -> tuple[str, set[int]]:
    """The invented whole page of test_scraping with a teaser's question (a
    lead-in's shape) over a video player's controls, below the story; and the
    controls' line numbers."""
    text, _ = _whole_page()
    lines = text.split("\n")
    controls = ["Today", "61°54°", "Thu", "63°55°", "Fri", "58°50°", "Sat", "60°52°",
                "Georgia", "Verdana", "Tahoma", "Courier New"]
    at = len(lines) - 12
    lines[at:at] = ["", "", "Finally, what part did the council's own inspection reports play in the failure of the harbour wall?", *controls, "", ""]
    return "\n".join(lines), set(range(at + 4, at + 4 + len(controls)))


def test_a_question_over_interface_lines_announces_no_list(monkeypatch: pytest.MonkeyPatch):
    text, controls = _page_with_a_question_over_a_player()
    # A weather box and a font menu under a long question (pass 2 spares the
    # run under it as a list it announces): the model is sure of nearly every
    # line, so the question announces no list and the whole-page pass reports
    # them; with the old reading the question spared all twelve.
    assert controls <= _flagged(text, **{"line-model": True})
    assert not _flagged(text) & controls
    monkeypatch.setitem(outside_story.SETTINGS, "lead_in_stops", False)
    assert not _flagged(text, **{"line-model": True}) & controls


def test_a_firm_reading_among_furniture_is_enough(monkeypatch: pytest.MonkeyPatch):
    # `Rugby` in the menu of test_scraping's whole page: the model gives it
    # P(furniture) just under 0.999, with every neighbour furniture.
    text, _ = _whole_page()
    assert text.split("\n")[6] == "Rugby"
    assert 7 in _flagged(text, **{"line-model": True})
    monkeypatch.setitem(outside_story.SETTINGS, "firm", 1.1)
    assert 7 not in _flagged(text, **{"line-model": True})


class _Line:
    def __init__(self, text: str) -> None:
        self.text = text


class _Item:
    def __init__(self, text: str) -> None:
        self.line = _Line(text)


class _Role:
    def p(self, *roles: str) -> float:
        return 0.0


def _toy_page(texts: list[str]) -> object:
    """The parts of a Page that ``credit_under_list`` reads: every line non-blank."""
    class Toy:
        items = [_Item(t) for t in texts]
        nonblank = [(i, 0) for i in range(len(texts))]
    return Toy()


def test_a_credit_under_the_articles_closing_list_is_spared_by_the_whole_page_pass():
    # Span ends at position 0; positions 1-4 are the story's tour dates (rows
    # on one template), then the credit, then a rail of teasers.
    texts = ["The band's last paragraph of the story ends here with a full stop.",
             "June 4 – Harwick, Town Hall", "June 9 – Ostley, Corn Exchange", "June 14 – Brantham, Pier",
             "June 20 – Kelso Bay, Arts Centre", "Additional reporting by Nell Carver", "Most read", "Ferry times change"]
    page, roles = _toy_page(texts), [_Role()] * len(texts)
    rows = {1, 2, 3, 4}
    assert story_edges.credit_under_list(page, roles, 0, rows, 2) == {5}  # type: ignore[arg-type]
    # No list run on from the span: nothing to spare (the other guards judge the line).
    assert story_edges.credit_under_list(page, roles, 0, set(), 2) == set()  # type: ignore[arg-type]
    # A teaser after the list has no credit's shape.
    assert story_edges.credit_under_list(page, roles, 0, {1, 2, 3, 4, 5}, 2) == set()  # type: ignore[arg-type]
