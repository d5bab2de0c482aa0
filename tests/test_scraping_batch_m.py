"""NL301 on batch M's kinds of extractor leftovers (branch ui16): a widget row's
spaced separator opens a command (`Advert · Scroll on`), the interface verbs
`gift` and `jump`, and a first line that names the page itself above the
headline; and the figures of batch M."""
from __future__ import annotations

import pytest

from newslint.rules.scraping.stray_ui_text import stray_ui_text
from newslint.rules.scraping.ui_shape import self_pointing, ui_score
from newslint.testing import findings

from .test_scraping import _batch_counts

_STORY = (
    "Lifeboat station reopens after a two-year rebuild\n\n"
    "The station's new boathouse, paid for by a bequest from a local fisherman, was opened on Saturday by the crew's longest-serving member.\n\n"
    "The lifeboat was launched 61 times last year from a temporary slipway along the coast.\n\n"
)


def _lines(text: str) -> list[int]:
    return [f.line for f in findings([stray_ui_text], text) if f.rule == "NL301"]


@pytest.mark.parametrize("text, score", [
    ("Advert · Scroll to keep reading", 4),
    ("Sponsored | tap to see more", 3),
    ("Gift this story to someone who would like it", 5),
])
def test_a_command_after_a_widget_rows_separator_or_a_gift_button_scores_as_a_widget(text, score):
    assert ui_score(text) == score


def test_without_the_separator_the_command_is_not_read():
    assert ui_score("Advert Scroll to keep reading") < 4


def test_a_separator_inside_a_headline_opens_no_command():
    # `·` between two nouns is a byline's or a dateline's, not a command's.
    assert ui_score("Sport · Rugby union") == 0


def test_a_first_line_that_names_the_page_is_no_headline():
    text = "Hear this story read aloud (4 minutes)\n\n" + _STORY
    assert _lines(text) == [1]


def test_a_headline_in_interface_words_stays_the_headline():
    # `Search` and `users` score as a widget's words, but the line names no part of the page.
    assert ui_score("Search sites draw more users") >= 4
    assert not self_pointing("Search sites draw more users")
    assert _lines("Search sites draw more users\n\n" + _STORY) == []


def test_jump_to_is_a_page_control():
    text = _STORY + "Jump to the comments\n"
    assert _lines(text) == [7]


def test_fresh_batch_m_figures():
    """Batch M (tests/scraping_fixtures_m.py), written on 2026-12-06 and run once
    before any change it prompted: fit UI 15/24, article 0/21, list 0/3, credit
    0/3; validation UI 14/22, article 0/19, credit 0/4.  After branch ui16 (a
    widget row's separators, `gift` and `jump`, a first line naming the page)
    fit UI 18/24; the validation half read as counts only, 14/22."""
    from . import scraping_fixtures_m as module

    hit, total = _batch_counts(module)
    assert (total["fit", "U"], total["validation", "U"]) == (24, 22)
    assert hit["fit", "U"] >= 18 and hit["validation", "U"] >= 14
    assert hit.get(("fit", "A"), 0) == hit.get(("fit", "C"), 0) == hit.get(("fit", "L"), 0) == 0
    assert hit.get(("validation", "A"), 0) == hit.get(("validation", "C"), 0) == 0


def test_a_headline_under_the_pages_title_is_no_island_label():
    # The page's title (`Headline - Site`) is the first line; the headline under
    # it repeats the title's head and stays the story's, while the widgets under
    # it are still reported.
    text = (
        "Harbour wall repairs begin - The Coast Gazette\nHarbour wall repairs begin\nJump to navigation Jump to search\n"
        "Skip to comments\n\n" + _STORY.split("\n\n", 1)[1]
    )
    assert _lines(text) == [3, 4]
