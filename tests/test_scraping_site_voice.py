"""NL301 on the site's own sentences between an article's paragraphs (site_voice.py):
the site speaking as itself to its reader about its business.  Wordings written
for these tests."""
from __future__ import annotations

import pytest

from newslint.rules.scraping.site_voice import site_to_reader
from newslint.rules.scraping.stray_ui_text import stray_ui_text
from newslint.testing import findings

HEAD = (
    "Library hours to change\n\n"
    "The library will open an hour later from next month, the council said on Monday, after a review "
    "of visitor numbers showed mornings were quiet.\n\n"
)
TAIL = "\n\nThe change will be reviewed in a year, the council said, and staff hours will not be cut.\n"


@pytest.mark.parametrize(
    "line",
    [
        "If you value our reporting, please consider becoming a member today.",
        "Enjoying this article? Get stories like it in your inbox every Friday.",
        "Want more like this? Follow our local news page for daily updates.",
        "This page contains affiliate links. We may earn a small commission if you buy through them.",
    ],
)
def test_the_site_speaking_to_its_reader_is_interface_text(line):
    found = findings(stray_ui_text, HEAD + line + TAIL)
    assert [(f.rule, f.line, f.column) for f in found] == [("NL301", 5, 1)]
    assert found[0].message.startswith("scraped interface text: '")


@pytest.mark.parametrize(
    "line",
    [
        # A reporting verb makes it the article's.
        "You can apply for the grant online until the end of March, the council said.",
        # The newsroom reporting, not selling: no reader addressed.
        "We have contacted the company for comment.",
        # The reader addressed with no word of the site's business.
        "If you have been affected, the helpline is open from 9am.",
        # A writer speaking as one person is the author.
        "I made a quiz that will help you get more from this article.",
        # A quotation is someone's words.
        '"If you value our work, join us," the charity\'s appeal says.',
        # A line of a hard-wrapped paragraph: no whole sentence.
        "and if you value our reporting as much as we do, you could help us keep",
    ],
)
def test_the_articles_own_sentences_stay_clean(line):
    assert not site_to_reader(line)
    assert findings(stray_ui_text, HEAD + line + TAIL) == []
