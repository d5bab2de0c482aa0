"""NL101 typo (branch typo16): phrases of another language, a consonant the
intended word repeats dropped, and -ly written for -ally."""
from __future__ import annotations

from newslint.rules.typos.edits import edit_cost
from newslint.rules.typos.foreign import in_foreign_phrase
from newslint.rules.typos.typo import typo
from newslint.testing import assert_findings, assert_no_findings


def test_a_word_of_a_borrowed_phrase_is_no_slip():
    # brith is a swap from birth, fait a vowel from fit; bara and au are Welsh and French.
    assert_no_findings(typo, "The cafe sells bara brith by the slice.\n")
    assert_no_findings(typo, "Most viewers are now au fait with digital radio.\n")


def test_the_phrase_needs_a_neighbour_english_has_no_common_use_for():
    text = "In dense trafic areas the buses run late.\n"
    # French knows dense and trafic, but dense is an English word too.
    assert not in_foreign_phrase(text, 9, 15)
    got = assert_findings(typo, text, ["1:10 NL101"])
    assert got[0].suggestions[0] == "traffic"


def test_a_slip_beside_a_word_no_dictionary_knows_is_still_reported():
    got = assert_findings(typo, "The mayor was suprised xyzzq by the vote.\n", ["1:15 NL101"])
    assert got[0].suggestions[0] == "surprised"


def test_a_repeated_consonant_of_the_intended_word_is_cheap_to_drop():
    assert edit_cost("suprised", "surprised") == 0.8
    assert edit_cost("goverment", "government") == 0.8
    # Not the other way: a letter the typed word repeats is no such slip.
    assert edit_cost("surprised", "suprised") == 1.0
    got = assert_findings(typo, "Beginners are often suprised by how quickly they learn.\n", ["1:21 NL101"])
    assert got[0].message == "possible misspelling 'suprised'"
    assert got[0].suggestions[0] == "surprised"


def test_an_ally_ending_written_ly_is_one_cheap_slip():
    assert edit_cost("basicly", "basically") == 0.6
    assert edit_cost("publically", "publicly") == 0.6
    got = assert_findings(typo, "It was basicly the only shop on the street.\n", ["1:8 NL101"])
    assert got[0].suggestions[0] == "basically"
    # A real -ly word is left alone.
    assert_no_findings(typo, "The shop was finally sold last week.\n")
