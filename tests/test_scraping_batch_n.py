"""NL301 on batch N's kinds of extractor leftovers (branch ui17): text-size and
print tools, a switch's state, a command opening with a word taking `us`, `Have
your say` after a comment count, a settings row as the document's first line;
and the figures of batch N."""
from __future__ import annotations

import pytest

from newslint.rules.scraping.ui_shape import STRONG, ui_score

from .test_scraping import _batch_counts
from .test_scraping_batch_m import _STORY, _lines  # the same short story and NL301 reader


@pytest.mark.parametrize("text", ["Make text bigger", "Larger text", "Printer-friendly page", "Make font smaller"])
def test_a_text_size_or_print_tool_is_a_widget_by_its_shape(text):
    assert ui_score(text) == STRONG


@pytest.mark.parametrize("text", [
    "Bigger crowds at the print works",  # a headline: `crowds`, `works` are no interface nouns
    "Printers strike over pay",
    "Smaller schools",
])
def test_a_headline_with_a_comparative_or_a_print_word_is_no_tool(text):
    assert ui_score(text) < STRONG


def test_a_switchs_state_opens_a_command():
    assert ui_score("Sound on for the full video") >= 3
    # `on` after an interface noun in a headline: no switch.
    assert ui_score("Comments on the plan close on Friday") < 3


def test_a_word_taking_us_opens_a_command():
    assert ui_score("Tip us off: message the health desk in confidence") >= 3
    assert ui_score("Among us are three former players") < STRONG


def test_have_your_say_after_a_comment_count_is_a_command():
    assert ui_score("27 people are talking about this. Have your say") >= 3
    # A speech word the reader owns (`your say`) reports no speech; one that is said still does.
    assert ui_score("Have your say") > 0
    assert ui_score("Join us, she said") == 0


def test_press_play_in_a_later_sentence_is_a_players_command():
    assert ui_score("Audio is off. Press play to hear the coastguard") >= STRONG


def test_the_tools_are_reported_under_the_story():
    text = _STORY + "Make text bigger\nPrinter-friendly page\n"
    assert _lines(text) == [7, 8]


def test_a_settings_row_as_the_first_line_is_no_headline():
    assert _lines("Text: A A A\n\n" + _STORY) == [1]
    # A credit's key is no setting: the first line stays the headline.
    assert _lines("Text: Jane Smith\n\n" + _STORY.split("\n\n", 1)[1]) == []


def test_an_article_sentence_to_the_reader_is_left_alone():
    text = _STORY + "Anyone with photographs of the launch is asked to send them to the station.\n"
    assert _lines(text) == []


def test_fresh_batch_n_figures():
    """Batch N (tests/scraping_fixtures_n.py), written on 2026-12-06 and run once
    before any change it prompted: fit UI 16/23, article 0/21, list 0/3, credit
    0/5; validation UI 19/23, article 0/18, list 2/2, credit 0/4.  After branch
    ui17 (text-size and print tools, a switch's state, `X us` and `Have your
    say` commands, a settings row on the first line, the nouns `sound`, `text`,
    `partner`, `content`, `newsroom` and the verbs `press`, `mute`) fit UI
    20/23; the validation half read as counts only, 20/23."""
    from . import scraping_fixtures_n as module

    hit, total = _batch_counts(module)
    assert (total["fit", "U"], total["validation", "U"]) == (23, 23)
    assert hit["fit", "U"] >= 20 and hit["validation", "U"] >= 20
    assert hit.get(("fit", "A"), 0) == hit.get(("fit", "C"), 0) == hit.get(("fit", "L"), 0) == 0
    assert hit.get(("validation", "A"), 0) == hit.get(("validation", "C"), 0) == 0
