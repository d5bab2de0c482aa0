"""NL101 typo on rare real words of encyclopedic and web prose (branch
typo14): reduplications, web-listed names at a sentence start, slips at a
word's edge that change its sound, and verb endings on plurals."""
from __future__ import annotations

from newslint.rules.typos.forms import stems
from newslint.rules.typos.typo import typo
from newslint.testing import assert_findings, assert_no_findings


def test_the_halves_of_a_hyphenated_reduplication_are_no_slips():
    # hurdy alone is one slip from hurry; beside gurdy it is half a rhyme.
    assert_no_findings(typo, "The hurdy-gurdy and the crumhorn were popular at court.\n")


def test_a_slip_in_a_hyphenated_compound_that_does_not_rhyme_is_still_reported():
    got = assert_findings(typo, "The long-temr plan was approved.\n", ["1:10 NL101"])
    assert got[0].suggestions[0] == "term"


def test_a_short_web_listed_word_at_a_sentence_start_needs_a_cheap_slip():
    # Dange (a surname the web list holds) is one plain edit from dance.
    assert_no_findings(typo, "Dange and his party left the congress in 1950.\n")


def test_a_cheap_slip_at_a_sentence_start_is_still_reported():
    got = assert_findings(typo, "Acording to the report, the bridge will close.\n", ["1:1 NL101"])
    assert got[0].message == "possible misspelling 'Acording'"
    assert got[0].suggestions[0] == "According"


def test_a_slip_at_the_edge_that_changes_the_sound_needs_a_large_gap():
    # mutex/muted: the last letter changed and the sound with it.
    assert_no_findings(typo, "A mutex guards the queue, so no task runs twice.\n")


def test_a_cheap_slip_at_the_edge_is_still_reported():
    # Two letters swapped at the start: the commonest slip there is.
    got = assert_findings(typo, "They ordered bread adn butter.\n", ["1:20 NL101"])
    assert got[0].suggestions[0] == "and"


def test_a_plural_takes_no_verb_ending():
    assert "fossils" not in stems("fossilsed")
    assert "tense" in stems("tensed")
    got = assert_findings(typo, "The fossilsed footprints were exposed by the tides.\n", ["1:5 NL101"])
    assert (got[0].column, got[0].end_column, got[0].suggestions[0]) == (5, 14, "fossilised")


def test_a_dropped_last_letter_is_still_a_slip_at_the_edge():
    # mixin is a word too, but a dropped last letter is as common a slip as a swap.
    got = assert_findings(typo, "They were mixing cement and mixin the plaster.\n", ["1:29 NL101"])
    assert got[0].suggestions[0] == "mixing"
