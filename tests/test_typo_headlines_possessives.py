"""NL101 typo on slips in possessives, words written in capitals, short
words crossed at a sentence start, and the ranking of corrections by sound
and by the article's British or American spelling (branch typo15)."""
from __future__ import annotations

from collections import Counter

from newslint.rules.typos.candidates import Candidate
from newslint.rules.typos.dictionary import frequent_swaps
from newslint.rules.typos.preferences import one_edit
from newslint.rules.typos.shouted import in_shouted_run
from newslint.rules.typos.suggest import rank, sole_correction
from newslint.rules.typos.typo import typo
from newslint.rules.typos.variety import lean, side
from newslint.testing import assert_findings, assert_no_findings


def test_a_possessive_is_judged_by_its_stem():
    got = assert_findings(typo, "The chariman's report was published on Thursday.\n", ["1:5 NL101"])
    assert got[0].message == "possible misspelling 'chariman's'"
    assert got[0].suggestions[0] == "chairman's"
    assert (got[0].column, got[0].end_column) == (5, 15)


def test_a_possessive_keeps_the_writers_curly_apostrophe():
    got = assert_findings(typo, "The govenrment’s new strategy was criticised.\n", ["1:5 NL101"])
    assert got[0].suggestions == ("government’s",)


def test_a_possessive_of_a_real_word_or_a_name_is_no_slip():
    assert_no_findings(typo, "The director's car and Ms Raghunathan's dog were outside the company's office.\n")


def test_a_possessive_correction_is_never_a_plurals():
    got = assert_findings(typo, "The chairman's reprot's ending was long.\n", ["1:16 NL101"])
    assert "reports's" not in got[0].suggestions
    assert got[0].suggestions[0] == "report's"


def test_a_slip_in_a_headline_in_capitals_is_reported_in_capitals():
    got = assert_findings(typo, "COUNCIL APPROVES BUGDET DESPITE PROTESTS\n", ["1:18 NL101"])
    assert got[0].message == "possible misspelling 'BUGDET'"
    assert got[0].suggestions == ("BUDGET",)
    assert got[0].fix is not None and got[0].fix.edits[0].replacement == "BUDGET"


def test_acronyms_and_names_in_capitals_are_no_slips():
    assert_no_findings(typo, "BAFTA WINNERS ANNOUNCED AT LONDON GALA\n")
    assert_no_findings(typo, "KOWALCZYK TAKES FIVE AS SUSSEX WIN\n")
    # A name the article writes in lower case elsewhere, shouted in its headline.
    assert_no_findings(typo, "RAGHUNATHAN PROMISES NEW HOMES\nThe minister, Priya Raghunathan, said so.\n")


def test_a_capital_word_outside_a_shouted_run_is_left_alone():
    # An acronym-shaped word among lower-case words: no evidence it is shouted prose.
    assert_no_findings(typo, "The NHS and the FTSE said the BUGDET was fine.\n")
    text = "STARS TURN OUT FOR FILM FESTIVAL OPENING NIGTH"
    assert in_shouted_run(text, text.index("NIGTH"), len(text))
    text = "He met the BBC and NIGTH people."
    assert not in_shouted_run(text, text.index("NIGTH"), text.index("NIGTH") + 5)


def test_a_short_sentence_start_with_two_letters_crossed_is_a_slip():
    got = assert_findings(typo, "Adn then it rained for a week.\n", ["1:1 NL101"])
    assert got[0].suggestions[0] == "And"
    got = assert_findings(typo, "Teh council met on Monday.\n", ["1:1 NL101"])
    assert got[0].suggestions[0] == "The"


def test_a_short_name_at_a_sentence_start_is_no_slip():
    # Short capitalised words are mostly names: only a crossing of the commonest words is read as a slip.
    assert_no_findings(typo, "Alyx said the team would return. Btu ratings were checked.\n")
    assert_no_findings(typo, "Teh Hong said the bank would grow.\n")


def test_teh_is_checked_though_the_web_list_holds_it():
    assert frequent_swaps(3.0) == frozenset({"teh"})
    got = assert_findings(typo, "The driver was doing twice the speed limit on teh bypass.\n", ["1:47 NL101"])
    assert got[0].suggestions[0] == "the"


def test_a_sound_alike_one_edit_away_ranks_first():
    got = assert_findings(typo, "The flavour can develope overnight.\n", ["1:17 NL101"])
    assert got[0].suggestions[0] == "develop"


def test_the_sound_does_not_lift_a_far_rarer_word():
    found = (Candidate("support", 5.53, 1.0, 2.53), Candidate("supper", 3.74, 0.6, 2.24))
    assert rank(found, Counter(), "suppor")[0] == "support"


def test_a_fix_needs_the_ranking_to_agree_without_the_sound():
    # develop leads only with the sound bonus: shown first, but not applied unasked.
    found = (Candidate("developed", 4.95, 1.0, 1.95), Candidate("develop", 4.75, 0.8, 1.45))
    assert rank(found, Counter(), "develope")[0] == "develop"
    assert sole_correction(found, Counter(), "develope") is None


def test_a_plural_misspelt_with_s_reads_as_its_ies_form():
    got = assert_findings(typo, "Many smaller companys would struggle.\n", ["1:14 NL101"])
    assert got[0].suggestions[0] == "companies"
    got = assert_findings(typo, "The companys profits rose.\n", ["1:5 NL101"])
    assert got[0].suggestions[0] == "company's"


def test_the_articles_spelling_ranks_a_pair_of_corrections():
    british = "The colur of the door was red and the neighbours liked the favour.\n"
    assert assert_findings(typo, british, ["1:5 NL101"])[0].suggestions[0] == "colour"
    american = "The colur of the door was red and the neighbors liked the color scheme.\n"
    assert assert_findings(typo, american, ["1:5 NL101"])[0].suggestions[0] == "color"


def test_varieties_are_read_from_dictionary_pairs():
    assert (side("colour"), side("color"), side("four"), side("hour"), side("organization")) == (1, -1, 0, 0, 0)
    assert lean(Counter({"neighbours": 1, "the": 5})) == 1
    assert lean(Counter({"center": 2, "colour": 1})) == -1
    assert lean(Counter({"door": 1})) == 0


def test_one_edit():
    assert one_edit("develope", "develop") and one_edit("hte", "the") and one_edit("abc", "abd")
    assert not one_edit("suppor", "super") and not one_edit("abc", "abc") and not one_edit("abc", "cba")


def test_a_crossing_of_a_common_word_at_a_sentence_start_needs_a_large_gap():
    got = assert_findings(typo, "Mnay people were hurt in the crash.\n", ["1:1 NL101"])
    assert got[0].suggestions[0] == "Many"
    # Names the web list holds are crossings too: Lal (all), Tema (team), Lod (old).
    assert_no_findings(typo, "Lal said the team would win.\n")
    assert_no_findings(typo, "Tema is a port city.\n")


def test_a_crossed_common_word_after_a_name_is_no_latin_binomial():
    got = assert_findings(typo, "The plan, Starmer sadi, was fine.\n", ["1:19 NL101"])
    assert got[0].suggestions[0] == "said"
    assert_no_findings(typo, "Giraffa jumae lived in Africa.\n")


def test_a_short_slip_after_a_comma_is_between_english_words():
    got = assert_findings(typo, "Petrol rose to 150p a litre, teh highest since 2022.\n", ["1:30 NL101"])
    assert got[0].suggestions[0] == "the"
