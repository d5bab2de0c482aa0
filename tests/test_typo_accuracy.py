"""NL101 typo: the general signals added for issue 10 (invented sentences,
never corpus text)."""
from __future__ import annotations

import pytest

from newslint.rules.typos.rare import rare_neighbours
from newslint.rules.typos.typo import typo
from newslint.testing import assert_findings, assert_no_findings, findings


def first(text: str, expected: list[str]) -> list[str]:
    return [f.suggestions[0] for f in assert_findings(typo, text, expected)]


@pytest.mark.parametrize(
    "text, column, fix",
    [
        ("He was taken to the Royal Hosptial on Friday.\n", 27, "Hospital"),
        ("Members of the city Councill voted to close it.\n", 21, "Council"),
        ("He played in many other Rock Bandss from the 80s.\n", 30, "Bands"),
    ],
)
def test_capitalised_slip_inside_a_sentence(text, column, fix):
    assert first(text, [f"1:{column} NL101"]) == [fix]


@pytest.mark.parametrize(
    "text",
    [
        # a surname after a title, a word used twice, a full name, a company
        "Mrs. Deedly said so.\n",
        "Staff at Wieting said the Wieting plant would close.\n",
        "Chen was arrested at Changi Airport on Friday.\n",
        "A call to the spokeswoman Nicole Mainor would have settled it.\n",
        'The campaign paid for a film called "Tenemos Familias" on television.\n',
        "The vlog about sourdough has a million subscribers.\n",
    ],
)
def test_capitalised_names_and_new_words_stay_quiet(text):
    assert_no_findings(typo, text)


def test_a_long_slip_repeated_through_an_article_is_still_a_slip():
    text = "Non propietary trading is less risky than propietary trading, so propietary desks shrank.\n"
    assert len(assert_findings(typo, text, ["1:5 NL101", "1:43 NL101", "1:66 NL101"])) == 3


@pytest.mark.parametrize(
    "text",
    [
        "A yuppy bought the flat.\n",  # not puppy: the first letter differs
        "She posted it on her moblog.\n",
        "The novologue was tested in mice.\n",  # a coinage, not monologue
        "Strains of Haemophilus influenzae were found.\n",  # a Latin plural
    ],
)
def test_words_of_their_own_stay_quiet(text):
    assert_no_findings(typo, text)


def test_first_letter_slips_that_people_make_are_still_found():
    assert first("The hte cat sat.\n", ["1:5 NL101"]) == ["the"]
    assert first("He was astablishing a firm.\n", ["1:8 NL101"]) == ["establishing"]


def test_british_spelling_credited_only_when_a_dictionary_has_it():
    assert first("The boat capsised in the storm.\n", ["1:10 NL101"]) == ["capsized"]
    assert_no_findings(typo, "She recognised the risk and organised a meeting.\n")


def test_a_consonant_doubling_the_dictionaries_reject_is_a_slip():
    assert first("He began his professional carrer in 1984.\n", ["1:27 NL101"]) == ["career"]


def test_title_case_institution_names_are_checked_but_full_names_are_not():
    assert first("Care across the Natonal Health Service got worse.\n", ["1:17 NL101"]) == ["National"]
    assert_no_findings(typo, "The tycoon Nanik Ramchandani said so.\n")


def test_a_title_word_slip_repeated_is_still_reported():
    text = "Talks resume in Febuary. The deal ends in Febuary.\n"
    assert first(text, ["1:17 NL101", "1:43 NL101"]) == ["February", "February"]


def test_inside_a_title_case_run_a_plain_edit_is_enough():
    assert first("They configured a (High Engergy Physics) cluster.\n", ["1:25 NL101"]) == ["Energy"]


def test_capitalised_slip_weighed_by_the_score():
    # one plain edit from a common word, after a proper adjective: the hand
    # gates miss these, the fitted score (newslint/data/typo_capital_score.json)
    # weighs the same signals together
    assert first("Holidaymakers headed for the Mediterannean beaches.\n", ["1:30 NL101"]) == ["Mediterranean"]
    assert first("A spokesman for the European Comission declined to comment.\n", ["1:30 NL101"]) == ["Commission"]
    assert_no_findings(typo, "Flights landed at Changi Airport late on Friday.\n")


def test_capital_score_weights_match_its_features():
    import json

    from newslint.phrases import data_path
    from newslint.rules.typos.capitals import FEATURES, WEIGHTS_FILE

    data = json.loads(data_path(WEIGHTS_FILE).read_text(encoding="utf-8"))
    assert tuple(data["features"]) == FEATURES and len(data["weights"]) == len(FEATURES)
    assert 0.5 <= data["threshold"] < 1.0


@pytest.mark.parametrize(
    "text, column, fix",
    [
        # a title misspelt before a name, mid-sentence and at a sentence start
        ("The crew cheered when Capain Hollis came aboard.\n", 23, "Captain"),
        ("Inspecter Morrow led the search for the boy.\n", 1, "Inspector"),
        # ... and before a common word
        ("The Governer of the Bank spoke on Monday.\n", 5, "Governor"),
    ],
)
def test_a_title_misspelt_before_a_name(text, column, fix):
    assert first(text, [f"1:{column} NL101"]) == [fix]


def test_a_name_before_a_name_is_not_taken_for_a_title():
    assert_no_findings(typo, "The poet Rabbie Burns wrote it, and Majid Khan read it.\n")


def test_an_unlisted_word_one_cheap_slip_from_a_rare_dictionary_word():
    # ``babysits`` is too rare for the frequency list's neighbours.
    assert first("On Fridays she babysitts the twins next door.\n", ["1:16 NL101"]) == ["babysits"]


@pytest.mark.parametrize(
    "text, column, fix",
    [
        # one letter dropped and another added elsewhere: notability is Zipf 2.0
        ("Editors doubted the notablilty of the band.\n", 21, "notability"),
        # a vowel for a vowel, a letter left out
        ("The butler's obsequeous manner amused the guests.\n", 14, "obsequious"),
        ("Prize chrysanthemms filled the marquee.\n", 7, "chrysanthemums"),
        ("Her circumnavigaton ended in Plymouth.\n", 5, "circumnavigation"),
    ],
)
def test_a_long_unknown_word_one_slip_from_a_rarer_dictionary_word(text, column, fix):
    assert first(text, [f"1:{column} NL101"]) == [fix]


def test_a_rarer_neighbour_that_keeps_the_last_letter_ranks_first():
    found = assert_findings(typo, "A cartographr mapped the moor in 1820.\n", ["1:3 NL101"])
    assert found[0].suggestions == ("cartographer", "cartography")


@pytest.mark.parametrize(
    "text",
    [
        "The corebook for the game runs to 300 pages.\n",  # core + book, not codebook
        "Rail freight suits intracontinental trade.\n",  # intra + continental
        "Two recusals delayed the hearing.\n",  # recusal (Zipf 2.1) + s, not refusals
    ],
)
def test_compounds_and_forms_of_known_words_are_no_rare_slips(text):
    assert_no_findings(typo, text)


def test_rare_slips_are_not_looked_for_in_foreign_text():
    text = ("Le gouvernement veut que la situation se cristallise avant les élections, et les "
            "socialistes attendent les résultats du scrutin dans les départements.\n")
    assert "cristallise" not in {f.message.split("'")[1] for f in findings(typo, text)}
    assert first("The cristallise step comes last.\n", ["1:5 NL101"]) == ["crystallise"]


def test_only_long_words_have_rare_neighbours():
    # demurs (Zipf 1.7) is one letter from demures, but seven letters are too few
    assert [c.word for c in rare_neighbours("babysitts")] == ["babysits"]
    assert rare_neighbours("demures") == ()


def test_a_popular_misspelling_that_sounds_like_its_word():
    assert first("He went to the local grammer school in the town.\n", ["1:22 NL101"]) == ["grammar"]


def test_a_slip_inside_a_closed_compound():
    assert first("Staff said the wrokplace had become calmer.\n", ["1:16 NL101"]) == ["workplace"]


def test_both_halves_of_a_latin_binomial_stay_quiet():
    assert_no_findings(typo, "Bones of Giraffa jumae were found near the lake.\n")


def test_two_slips_side_by_side_are_both_reported():
    assert first("The forst metod was the better one.\n", ["1:5 NL101", "1:11 NL101"]) == ["first", "method"]


def test_a_long_title_word_two_slips_away():
    assert first("The results will be announced on Wensday.\n", ["1:34 NL101"]) == ["Wednesday"]


@pytest.mark.parametrize(
    "text, column, fix",
    [
        # the article spells the name right elsewhere (document twins)
        ("Councillor Fotheringham said the vote was close, and Fotheringam conceded defeat.\n", 54, "Fotheringham"),
        ("Kowalczyk scored the opener before Kowalcyk was substituted.\n", 36, "Kowalczyk"),
        ("He was a tool for auranzeb, and rose in aurangzeb's court.\n", 19, "aurangzeb"),
    ],
)
def test_a_rare_word_beside_its_right_spelling_in_the_article(text, column, fix):
    assert first(text, [f"1:{column} NL101"]) == [fix]


@pytest.mark.parametrize(
    "text",
    [
        # two people introduced by title; an ending (a name's other form)
        "Ms Nwachukwu and Mr Nwachuku are not related, the court heard.\n",
        "Jan Kowalski and his sister Kowalska both ran the race.\n",
        "The Sunni cleric said the Sunnis would vote.\n",
        # a tie: both unknown and used once, two spellings of two things
        "The coach praised Nkemelu, adding that Nkemleu had trained hard.\n",
    ],
)
def test_near_identical_names_that_are_not_slips_stay_quiet(text):
    assert_no_findings(typo, text)


@pytest.mark.parametrize(
    "text, column, fix",
    [
        ("Exports from Britian to the EU fell by a fifth last year.\n", 14, "Britain"),
        ("British troops left Afganistan in 2021.\n", 21, "Afghanistan"),
        ("Afganistan has a new government.\n", 1, "Afghanistan"),
        ("Police in Manchestre are appealing for witnesses.\n", 11, "Manchester"),
    ],
)
def test_a_well_known_name_misspelt(text, column, fix):
    assert first(text, [f"1:{column} NL101"]) == [fix]


@pytest.mark.parametrize(
    "text",
    [
        # surnames near famous names: in a full name, in a list
        "said Mark Brailey, director of marketing.\n",
        "Hunter, Schneiter and DeMuth built a new player.\n",
    ],
)
def test_surnames_one_slip_from_a_famous_name_stay_quiet(text):
    assert_no_findings(typo, text)


def test_a_short_slip_for_one_of_the_commonest_words():
    text = "The firm said it had no plans tou close the factory, and thay may not.\n"
    assert first(text, ["1:31 NL101", "1:58 NL101"]) == ["to", "they"]
