"""NL302 on a clean article that ends with its own list (branch list16:
clean_end.py, present_clause in headline_verbs.py), and the figures of the list
batch lists16."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from newslint.rules.scraping.headline_verbs import has_finite_verb, present_clause
from newslint.rules.scraping.related_links_block import related_links_block
from newslint.rules.scraping.stray_ui_text import stray_ui_text
from newslint.testing import findings

from .test_scraping import _batch_counts

BOTH = [stray_ui_text, related_links_block]
_HEAD = (
    "Ferry timetable cut for the winter months\n\n"
    "The island's ferry company said on Tuesday that it would run fewer sailings from November because of a shortage of crew.\n\n"
)
# Changes set out as what was decided: participles, not headlines.
_LIST = (
    "First sailing moved back to half past seven\n"
    "Friday late boat withdrawn until March\n"
    "Saturday crossings kept as they are\n"
    "Fares for islanders frozen for a year\n"
)
_RAIL = (
    "Harbour master warns of gales next week\n"
    "Islanders vote to keep their post office\n"
    "Pier cafe wins a national award\n"
    "Lifeboat crew rescues two kayakers\n"
)


def _lines(text: str) -> list[tuple[str, int]]:
    return [(f.rule, f.line) for f in findings(BOTH, text)]


def test_the_articles_last_list_is_left_alone():
    assert _lines(_HEAD + _LIST) == []


def test_a_column_of_present_tense_headlines_ending_the_article_is_still_reported():
    assert _lines(_HEAD + _RAIL) == [("NL302", 5), ("NL302", 6), ("NL302", 7), ("NL302", 8)]


def test_furniture_elsewhere_on_the_page_keeps_the_run_reported():
    # A share row above the story: the document is a page, not a clean article.
    text = "Share on Facebook\n\n" + _HEAD + _LIST
    assert [line for rule, line in _lines(text) if rule == "NL302"] == [7, 8, 9, 10]


def test_a_section_name_closing_the_run_keeps_it_reported():
    assert [line for _, line in _lines(_HEAD + _LIST + "Local news\n")] == [5, 6, 7, 8, 9]


def test_a_blank_line_inside_the_run_keeps_it_reported():
    parts = _LIST.splitlines(keepends=True)
    text = _HEAD + "".join(parts[:2]) + "\n" + "".join(parts[2:])
    assert [line for _, line in _lines(text)] == [5, 6, 8, 9]


@pytest.mark.parametrize("text, present", [
    ("Harbour master warns of gales next week", True),
    ("Islanders vote to keep their post office", True),
    ("Pool to close for repairs", True),
    ("What the new timetable means for you", True),
    ("Friday late boat withdrawn until March", False),
    ("Schools closed in three valleys", False),
    ("Heat pumps in every home", False),
])
def test_present_clause(text, present):
    assert present_clause(text) is present


def test_present_clause_never_widens_has_finite_verb():
    # Every present clause is a clause: the split only reads the verb's tense.
    for text in ("Friday late boat withdrawn until March", "Pier cafe wins a national award", "Heat pumps in every home"):
        assert not present_clause(text) or has_finite_verb(text)
    assert has_finite_verb("Friday late boat withdrawn until March")


def test_the_cli_leaves_a_clean_articles_list_alone(tmp_path):
    article = tmp_path / "ferry.txt"
    article.write_text(_HEAD + _LIST, encoding="utf-8")
    rail = tmp_path / "rail.txt"
    rail.write_text(_HEAD + _RAIL, encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "newslint", "--no-cache", "--select", "NL301,NL302", "--format", "json-lines", str(article), str(rail)],
        capture_output=True, text=True, cwd=tmp_path,
    )
    assert proc.returncode == 1, proc.stderr
    found = [json.loads(line) for line in proc.stdout.splitlines()]
    assert {(f["path"].rsplit("/", 1)[-1], f["rule"], f["line"]) for f in found} == {
        ("rail.txt", "NL302", n) for n in (5, 6, 7, 8)}


def test_fresh_list_batch_16_figures():
    """The sixteenth list batch (tests/scraping_fixtures_lists16.py: clean articles
    ending with a list, and headline columns ending one), written before branch
    list16's change: first run fit lists 13/28, UI 9/9, article 0/23; validation
    lists 20/27, UI 8/8, article 1/21.  After it fit lists 5/28 (a festival's play
    titles, two with a verb), UI 9/9; validation lists 4/27, UI 8/8."""
    from . import scraping_fixtures_lists16 as module

    hit, total = _batch_counts(module)
    assert (total["fit", "L"], total["validation", "L"]) == (28, 27)
    assert hit["fit", "L"] <= 5 and hit.get(("fit", "A"), 0) == 0 and hit["fit", "U"] == 9
    assert hit["validation", "L"] <= 4 and hit["validation", "U"] == 8


def test_fresh_list_batch_17_figures():
    """The seventeenth list batch (tests/scraping_fixtures_lists17.py: clean
    articles again), written after branch list16's change and never tuned on:
    first run fit lists 4/25, UI 8/8, article 0/17; validation lists 0/28, UI
    8/8, article 0/17 (main 3823e17, before list16: 8/25 and 4/28, UI the same)."""
    from . import scraping_fixtures_lists17 as module

    hit, total = _batch_counts(module)
    assert (total["fit", "L"], total["validation", "L"]) == (25, 28)
    assert hit["fit", "L"] <= 4 and hit.get(("validation", "L"), 0) == 0
    assert hit["fit", "U"] == 8 and hit["validation", "U"] == 8
    assert hit.get(("fit", "A"), 0) == hit.get(("validation", "A"), 0) == 0


_COLUMN = (
    "More from the coast\n"
    "Lifeboat crew rescues two kayakers\n"
    "Pier cafe wins a national award\n"
    "Harbour master warns of gales next week\n"
)


def test_the_list_right_under_the_story_a_blank_line_above_a_column_is_the_articles():
    # Facts set out as participles and noun phrases, then the page's widgets.
    facts = "60 flats and 14 houses\nRents set at half the market rate\nSolar panels on every roof\nBuilt in 20 months\n"
    widgets = "Translate\nOlder bulletins\nPrint this bulletin\n"
    assert sorted({line for _, line in _lines(_HEAD + facts + "\n" + widgets)}) == [10, 11, 12]


def test_a_widget_row_under_the_story_is_not_taken_for_its_list():
    row = "Download the new timetable (PDF)\nPrint this page\nEmail the ferry office\n"
    text = _HEAD + row + "\n" + _COLUMN
    assert {line for _, line in _lines(text)} >= {5, 6, 7}
