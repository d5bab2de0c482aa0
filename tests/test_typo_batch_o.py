"""NL101 typo on batch O's fit misses and false findings (branch typo19):
-er agent nouns for -or ones, a cheap unlisted slip ranked above dearer
ones, a vowel added after a final consonant, and a neighbouring key for a
consonant in a word the web list holds."""
from __future__ import annotations

from newslint.rules.typos.dictionary import _key_slip
from newslint.rules.typos.slips import _same_sound
from newslint.rules.typos.typo import typo
from newslint.testing import assert_findings, assert_no_findings


def test_an_er_agent_noun_beside_an_or_one_the_dictionaries_accept_is_a_slip():
    # radiaters reads as radiate + -ers, but the dictionaries know radiators.
    got = assert_findings(typo, "Check the radiaters for damp patches.\n", ["1:11 NL101"])
    assert (got[0].column, got[0].end_column, got[0].suggestions[0]) == (11, 20, "radiators")


def test_an_er_agent_noun_the_dictionaries_accept_stays_quiet():
    assert_no_findings(typo, "The protesters and the promoters met the adapters' makers.\n")


def test_a_cheap_slip_for_a_rarer_dictionary_word_ranks_before_two_edits():
    # expells: one doubled letter from expels (Zipf 2.4), two edits from experts.
    got = assert_findings(typo, "The pump expells the drug from the cell.\n", ["1:10 NL101"])
    assert got[0].suggestions[0] == "expels"


def test_a_vowel_added_after_a_final_consonant_changes_the_sound():
    assert not _same_sound("rimu", "rim")
    assert _same_sound("seperate", "separate")
    assert_no_findings(typo, "The birds breed only in years when the rimu trees produce a heavy crop.\n")


def test_a_dropped_final_vowel_is_still_a_slip():
    got = assert_findings(typo, "The committee will decid on Friday.\n", ["1:20 NL101"])
    assert got[0].suggestions[0] == "decide"


def test_a_neighbouring_key_for_a_consonant_in_a_web_listed_word_is_a_word_of_its_own():
    assert _key_slip("mardy", "marry")
    assert not _key_slip("seperate", "separate")  # a vowel: a popular misspelling
    assert_no_findings(typo, '"Nobody has gone home skint or mardy," said the landlady.\n')


def test_a_popular_misspelling_the_web_list_holds_is_still_reported():
    got = assert_findings(typo, "The managment said the plan was neccessary.\n", ["1:5 NL101", "1:33 NL101"])
    assert [f.suggestions[0] for f in got] == ["management", "necessary"]
