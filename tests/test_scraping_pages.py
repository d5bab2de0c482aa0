"""NL302 on whole invented pages (tests/scraping_pages_w.py, batch W, and _y.py and
_z.py for the lead's head; their fit pages only): the article's head and closing
credit taken in by a run of links stay the article's, and the whole-page pass
(NL302's ``line-model``) reports the furniture around them."""
from __future__ import annotations

import pytest

from newslint.rules.scraping import echoes, head_block, outside_story, story_edges
from newslint.rules.scraping.credits import credit_like, credit_shaped
from newslint.rules.scraping.related_links_block import related_links_block
from newslint.rules.scraping.stray_ui_text import stray_ui_text
from newslint.testing import findings

from . import scraping_pages_w as W
from . import scraping_pages_y as Y
from . import scraping_pages_z as Z
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
    assert not _flagged(text, **{"line-model": False}) & controls
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


# -- the lead's head: the lines right above the story's first paragraph (page10) --

def _nl302_lines(text: str, **options: object) -> dict[int, str]:
    """NL302's findings by line: the line number and the rule id."""
    return {f.line: f.rule for f in findings([related_links_block], text, options={"related-links-block": dict(options)})}


def test_the_head_right_above_the_first_paragraph_is_the_articles(monkeypatch: pytest.MonkeyPatch):
    # Headline and standfirst with no byline or date under them, a `Print this
    # page` the model is sure of between them and the story: the run of links
    # from the menu takes them in, and the lead's head gives them back.
    lines = dict(enumerate(Z.tagged("z-allotment-society")[1], 1))
    assert lines[12][1].startswith("Water troughs") and lines[14] == ("U", "Print this page")
    found = _nl302_lines(Z.page_text("z-allotment-society"))
    assert 12 not in found and 13 not in found
    assert found[10] == "NL302" and found[14] == "NL302"
    monkeypatch.setattr(head_block, "LEAD_ECHO", 0)
    found = _nl302_lines(Z.page_text("z-allotment-society"))
    assert found[12] == "NL302" and found[13] == "NL302"


def test_a_skip_link_between_the_head_and_the_story_does_not_hide_it():
    # `Jump to recipe ideas` (read as the article's, outside the run) stands
    # between the standfirst and the first paragraph.
    lines = dict(enumerate(Y.tagged("y-food-magazine")[1], 1))
    assert lines[13] == ("U", "Jump to recipe ideas")
    found = _nl302_lines(Y.page_text("y-food-magazine"))
    assert not found.keys() & {11, 12, 13}
    assert found[10] == "NL302"


def test_a_teaser_rail_over_a_lone_promotion_is_no_head():
    # `You might also like` and its teasers stand over a members' offer read
    # as body, with no second paragraph under it: no story starts there.
    lines = dict(enumerate(Y.tagged("y-food-magazine")[1], 1))
    assert lines[41] == ("U", "Why rye is having a moment") and lines[43][1].startswith("Love cooking?")
    found = _nl302_lines(Y.page_text("y-food-magazine"))
    assert found[39] == found[40] == found[41] == "NL302"


class _Roled:
    def __init__(self, role: str) -> None:
        self.role = role

    def p(self, *roles: str) -> float:
        return 0.0


def test_the_whole_page_pass_reads_the_lead_for_a_head_above_the_span():
    from newslint.document import Line
    from newslint.rules.scraping.lines import Classified
    from newslint.rules.scraping.page import Page

    texts = ["Heron Lake Sailing Club news and results",
             "Harbour wall to be rebuilt after storms wash away the walkway",
             "The council will rebuild the harbour wall after winter storms washed away a stretch of the walkway.",
             "Engineers said two sections of the wall had been undermined by the sea and must be rebuilt.",
             "The walkway will stay closed for six months while the work goes on, the council said today.",
             "Members of the sailing club will launch from the beach at the north end until it reopens."]
    items = [Classified(Line(n + 1, 0, t), None, len(t.split())) for n, t in enumerate(texts)]
    roles = [_Roled("headline"), _Roled("headline")] + [_Roled("body")] * 4
    page = Page(items, lambda: roles, [(n, 0) for n in range(len(texts))], 14)
    lead = echoes.lead_words(page, roles, (2, 5), outside_story.SETTINGS)  # type: ignore[arg-type]
    # The span's first three paragraphs tell the headline's story, not the
    # club's: its name is in the fourth.
    assert "walkway" in lead and "sailing" not in lead
    assert echoes.echoes(texts[1], lead, outside_story.SETTINGS)
    assert not echoes.echoes(texts[0], lead, outside_story.SETTINGS)


def test_the_article_goes_on_under_the_span_until_the_furniture_begins(monkeypatch: pytest.MonkeyPatch):
    # Batch AD's theatre review: a cast list of nine lines under the story, its
    # last item and a closing line that the model reads as furniture, then the
    # page's links the strict passes report.
    from . import scraping_pages_ad as AD

    lines = dict(enumerate(AD.tagged("ad-theatre-review")[1], 1))
    assert lines[40] == ("L", "Running time: 1 hour 40 minutes, no interval")
    assert lines[42] == ("A", "Until 28 November.")
    text = AD.page_text("ad-theatre-review")
    found = _flagged(text, **{"line-model": True})
    assert not found & {40, 42} and {44, 45, 46} <= found
    monkeypatch.setitem(outside_story.SETTINGS, "tail_zone", 0)
    assert {40, 42} <= _flagged(text, **{"line-model": True})


def test_a_long_stretch_under_the_span_is_no_tail_zone():
    # Twenty unreported lines under the span (a rail of topics the strict passes
    # do not know) are no article's end: nothing is spared; the first reported
    # line ends the stretch.
    from newslint.document import Line
    from newslint.rules.scraping.lines import Classified
    from newslint.rules.scraping.page import Page

    texts = ["A story paragraph long enough to read as the body of the article."]
    texts += [f"Topic number {n}" for n in range(20)] + ["Privacy"]
    items = [Classified(Line(n + 1, 0, t), None, len(t.split())) for n, t in enumerate(texts)]
    page = Page(items, lambda: [], [(n, 0) for n in range(len(texts))], 14)
    assert story_edges.tail_zone(page, set(), 0, 14) == set()
    assert story_edges.tail_zone(page, {21}, 0, 20) == set(range(1, 21))
    assert story_edges.tail_zone(page, {5}, 0, 14) == {1, 2, 3, 4}
