"""NL301/NL302 on a table an extractor wrote one cell a line (flat_table.py), and
on the rails that repeat the same way (a time, a date or a rank under each
headline); and a credit's shape anchoring the article's head (head_block.py).
Wordings written for these tests."""
from __future__ import annotations

import pytest

from newslint.rules.scraping.flat_table import figure_cell, flat_table_head, flat_table_lines
from newslint.rules.scraping.related_links_block import related_links_block
from newslint.rules.scraping.stray_ui_text import stray_ui_text
from newslint.testing import findings

BOTH = [stray_ui_text, related_links_block]
HEAD = (
    "Council election results declared\n\n"
    "Counting finished shortly after 3am on Friday, with turnout at 34% across the borough's 18 wards.\n\n"
)


def _flagged(text: str) -> list[int]:
    return sorted({f.line for f in findings(BOTH, text)})


@pytest.mark.parametrize(
    "cells",
    [
        # A league table: a name and two figures a row.
        "The table after Saturday\nTeam\nPlayed\nPoints\nAshdown Rovers\n24\n51\nMarsh Lane\n24\n47\n"
        "Holt United\n23\n44\nPort Edwin\n24\n40\n",
        # Prices: a name and a figure with its unit.
        "Petrol\n142.9p\nDiesel\n151.3p\nSuper unleaded\n158.0p\nLPG\n78.5p\n",
    ],
)
def test_a_table_one_cell_a_line_is_the_articles(cells):
    assert _flagged(HEAD + cells) == []


def test_a_tables_figures_with_units_and_brackets_are_cells():
    assert [figure_cell(t) for t in ("41.2 MB", "12.0 MB (-71%)", "+3", "£1.2bn", "142.9p")] == [True] * 5
    # Times, dates and reading times are a rail's, not a table's.
    assert [figure_cell(t) for t in ("2 hours ago", "12 Mar", "4 min read", "10:30", "8pm")] == [False] * 5


@pytest.mark.parametrize(
    "rail",
    [
        "Man charged after town centre fight\n2 hours ago\nLibrary to open on Sundays\n5 hours ago\n"
        "Bypass plan approved by councillors\n7 hours ago\nSchool wins national award\n1 day ago\n",
        "Why the river keeps flooding\n4 min read\nThe mayor's budget explained\n6 min read\n"
        "Inside the new station\n3 min read\nWhat the census tells us\n5 min read\n",
    ],
)
def test_a_rail_with_a_time_under_each_headline_is_still_reported(rail):
    assert _flagged(HEAD + rail) == list(range(5, 13))


def test_a_numbered_rail_is_no_table_even_when_its_count_starts_again():
    lines = ["1", "Bus fares to rise in April", "2", "New cycle lane opens", "3", "Theatre reopens after fire",
             "1", "Hospital parking charges scrapped", "2", "Ferry timetable changes"]
    assert not flat_table_lines(lines)
    # The same layout with figures that do not count the rows is a table.
    assert flat_table_lines(["Ashdown", "51", "Marsh Lane", "47", "Holt", "44", "Port Edwin", "40"])


def test_a_credit_shaped_line_anchors_the_articles_head_in_a_run_of_links():
    # Headline, credit and a player's notices run on under the menu with no
    # blank line; the credit's shape (a job, "by", a name) marks the head.
    text = (
        "News\nReviews\nInterviews\nPlaylists\n\n"
        "First listen: a debut album made in a converted chapel\nInterview by Ola Mensah\n"
        "Press play to hear the lead single\nAudio unavailable in your region\n\n"
        "The record was made over six winter weeks in a chapel the band rented for fifty pounds a day, "
        "and you can hear the building in every song.\n\n"
        "The band say they will tour the album in the autumn, starting in the chapel itself.\n"
    )
    flagged = _flagged(text)
    assert 6 not in flagged and 7 not in flagged
    assert flagged[:4] == [1, 2, 3, 4]


def test_dates_are_a_tables_figures_only_beside_short_names():
    # Closures: a name, a date and a name a row.
    table = ["Branch", "Closes", "Nearest", "High Street, Ashby", "14 October", "Melton",
             "Market Place, Coalville", "21 October", "Loughborough", "Church Street, Hinckley", "4 November", "Nuneaton"]
    assert flat_table_lines(table)
    # A rail: a headline and its date a row.
    rail = ["Bus fares to rise in April", "12 March 2026", "New cycle lane opens on the ring road", "10 March 2026",
            "Hospital parking charges scrapped for staff", "9 March 2026"]
    assert not flat_table_lines(rail)


_WIDGETS = "Continue with ads or go ad-free\nTurn on push alerts for money news\nSave this article\n"
_TABLE = "Team\nPlayed\nPoints\nAshdown Rovers\n24\n51\nMarsh Lane\n24\n47\nHolt United\n23\n44\nPort Edwin\n24\n40\n"


@pytest.mark.parametrize("gap", ["", "\n"])
def test_a_table_run_on_into_the_pages_widgets_is_left_out_and_the_widgets_reported(gap):
    # The table heads the run: the widgets under it (lines 21-23 with no blank
    # line, 22-24 with one) are reported, the table's 15 lines are not.
    first = 21 + len(gap)
    assert _flagged(HEAD + "The table after Saturday\n" + _TABLE + gap + _WIDGETS) == [first, first + 1, first + 2]


def test_a_table_at_a_runs_head_ends_at_its_last_whole_row():
    cells = ["The branches closing", "Branch", "Closes", "Nearest branch", "High Street, Ashby", "14 October", "Melton",
             "Market Place, Coalville", "21 October", "Loughborough", "Church Street, Hinckley", "4 November", "Nuneaton"]
    # The widget under it would end a row read from the date cell: it is longer than the rows' names.
    assert flat_table_head(cells + _WIDGETS.splitlines()) == 13
    assert flat_table_head(cells[:7] + _WIDGETS.splitlines()) == 0  # one row is no table


def test_a_rail_with_a_numeric_date_or_a_figure_under_each_headline_is_no_table_at_a_runs_head():
    rail = ["Bus fares to rise in April for the second year", "09.28.15", "New cycle lane opens on the ring road",
            "09.22.15", "Theatre reopens after the fire of last winter", "09.21.15", "Hospital parking charges scrapped",
            "09.16.15"]
    assert flat_table_head(rail + _WIDGETS.splitlines()) == 0
    # A count under each headline (its comments) is a figure; the headlines are no table's names.
    counted = [t if not t[0].isdigit() else str(12 + k) for k, t in enumerate(rail)]
    assert flat_table_head(counted + _WIDGETS.splitlines()) == 0
