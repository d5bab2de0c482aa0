"""NL101 typo and NL102 repeated-word: what they report, where, with which
suggestion, and the words, names and forms they leave alone."""
from __future__ import annotations

import json

import pytest

from newslint.phrases import data_path, read_list
from newslint.rules.typos.repeated_word import repeated_word
from newslint.rules.typos.slips import suspicious
from newslint.rules.typos.spelling import british_speller, spelled_right, speller
from newslint.rules.typos.typo import typo
from newslint.testing import assert_findings, assert_no_findings, findings

from .conftest import ROOT, run_cli


def first_suggestions(text: str, expected: list[str]) -> list[str]:
    """The first suggestion of each finding, once the findings are the ``expected`` ones."""
    return [f.suggestions[0] for f in assert_findings(typo, text, expected)]


# -- typo ------------------------------------------------------------------------


def test_seed_contract_encourafged_on_both_caption_lines():
    proc = run_cli("--format", "json", "--select", "typo,repeated-word", "seeds/", cwd=ROOT)
    assert proc.returncode == 1, proc.stderr
    out = json.loads(proc.stdout)
    got = [(f["path"], f["line"], f["column"], f["end_column"], f["rule"], f["suggestions"][0]) for f in out["findings"]]
    assert got == [
        ("seeds/001_2ccb0959de7edc47.txt", 7, 35, 46, "NL101", "encouraged"),
        ("seeds/001_2ccb0959de7edc47.txt", 8, 35, 46, "NL101", "encouraged"),
    ]


def test_text_output_renders_message_and_suggestion(tmp_path):
    (tmp_path / "a.txt").write_text("Shares rose.\nThe bank has been encourafged to lend.\n", encoding="utf-8")
    proc = run_cli("--config", str(ROOT / "tests/golden/default.toml"), "--select", "typo", "a.txt", cwd=tmp_path)
    assert proc.returncode == 1
    assert proc.stdout.splitlines()[0].startswith(
        "a.txt:2:19: NL101 [typo] possible misspelling 'encourafged' (did you mean 'encouraged'"
    )


@pytest.mark.parametrize(
    "wrong, right",
    [
        ("recieve", "receive"),  # in the web list (Zipf 2.75) but far rarer than its neighbour
        ("begining", "beginning"),  # begin + ing, yet the doubled spelling is the word
        ("independant", "independent"),
        ("occurence", "occurrence"),
        ("noteboook", "notebook"),
        ("spokeman", "spokesman"),
        ("analsyts", "analysts"),
    ],
)
def test_misspelling_found_with_first_suggestion(wrong, right):
    text = f"Officials said they would {wrong} the report on Monday.\n"
    [found] = assert_findings(typo, text, [f"1:27-1:{27 + len(wrong)} NL101"])
    assert found.message == f"possible misspelling '{wrong}'"
    assert found.suggestions[0] == right


@pytest.mark.parametrize(
    "text",
    [
        "Wang Zhigang, the minister, was quoted as saying.",
        "Reuters with additional editing by Sean O’Meara.",
        "Reuters with additional editing by Sean O'Meara.",
        "Firms recognise the colour of the organisation.",
        "Focus on the ‘strangleholds’ areas, he said.",
        "We don’t know the firm’s plans and don't care about the firms' plans.",
        "The BBC, NATO and the IMF met on the 3rd floor; mp3 sales rose.",
        "Apple sold more iPod players and the eBay shares rose.",
        "See https://www.example.com/encourafged or mail desk@encourafged.org today.",
        "Follow @encourafged and #encourafged for updates.",
        "The self-reliance drive helps pre-empt rising costs.",
        "Call centre diallers and vapourware were discussed.",
        "The country replaced its franc with the ariary; the ariary is weak; one ariary is little.",
    ],
)
def test_words_names_and_forms_not_flagged(text):
    assert_no_findings(typo, text)


def test_capitalised_word_starting_a_sentence_is_checked_and_suggestion_keeps_case():
    [found] = assert_findings(typo, "Prices rose. Buisness leaders said so.\n", ["1:14 NL101"])
    assert (found.message, found.suggestions[0]) == ("possible misspelling 'Buisness'", "Business")


def test_capitalised_names_are_left_alone():
    # mid-sentence capitals, and a first name followed by a surname
    assert_no_findings(typo, "Analysts at Investec agreed. Parul Jain, an economist, said so.\n")


def test_part_of_hyphenated_compound_checked_at_its_own_column():
    assert first_suggestions("It is a self-relaince drive.\n", ["1:14-1:22 NL101"]) == ["reliance"]


def test_document_vocabulary_ranks_suggestions():
    # 'analsyts' could be 'analysts' or 'analysis': the article talks of analysts
    text = "Analysts expect a cut. The analsyts said rates would fall.\n"
    assert first_suggestions(text, ["1:28 NL101"]) == ["analysts"]


def test_allow_option_case_insensitive():
    text = "The encourafged plan was set out.\n"
    assert_no_findings(typo, text, options={"allow": ["ENCOURAFGED"]})


def test_allow_file_resolved_against_config_folder(tmp_path):
    (tmp_path / "words").mkdir()
    (tmp_path / "words" / "house.txt").write_text("# house words\nencourafged\n", encoding="utf-8")
    (tmp_path / "cfg.toml").write_text('[rules.typo]\nallow-file = "words/house.txt"\n', encoding="utf-8")
    (tmp_path / "a.txt").write_text("The encourafged plan, a begining.\n", encoding="utf-8")
    proc = run_cli("--config", "cfg.toml", "--select", "typo", "--format", "json", "a.txt", cwd=tmp_path)
    out = json.loads(proc.stdout)
    assert [(f["column"], f["suggestions"][0]) for f in out["findings"]] == [(25, "beginning")]


def test_thresholds_are_options():
    text = "It was the begining of talks.\n"
    assert_findings(typo, text, ["1:12 NL101"])
    # a word of Zipf 2.58 is never reported when max-zipf is lower
    assert_no_findings(typo, text, options={"max-zipf": 2.5})
    assert_no_findings(typo, "The encourafged plan.\n", options={"min-length": 12})


def test_lexicon_knows_inflections_and_variants():
    assert suspicious("strangleholds") is None
    assert suspicious("diallers") is None
    found = suspicious("encourafged")
    assert found is not None and found[0].word == "encouraged"


# -- repeated-word -------------------------------------------------------------------


def test_repeated_word_same_line_and_across_line_break():
    text = "Another staple of the the firm's business.\nShe said the\nthe plan was dead.\n"
    assert_findings(repeated_word, text, ["1:23 NL102 repeated word 'the'", "3:1 NL102 repeated word 'the'"])


def test_repeated_word_ignores_case_of_first():
    assert_findings(repeated_word, "The the plan failed.\n", ["1:5 NL102 repeated word 'the'"])


@pytest.mark.parametrize(
    "text, expected",
    [
        ("He had had enough of the talks.", []),
        ("She said that that deal was off.", []),
        ("The firm is based in Walla Walla, Washington.", []),
        ("Prices rose 10 10 times.", []),
        # a blank line ends the paragraph: only the double after it counts
        ("It fell.\n\nThe the next day", ["3:5 NL102 repeated word 'the'"]),
        ("The plan, the plan, was the thing.", []),
    ],
)
def test_repeated_word_legitimate_doubles_not_flagged(text, expected):
    assert_findings(repeated_word, text, expected)


def test_repeat_list_sorted_unique_lowercase():
    entries = read_list(data_path("typo_repeats.txt"))
    assert entries == sorted(set(entries))
    assert all(e == e.lower() and e.isalpha() for e in entries)


def test_capitalised_slip_for_a_title_word_is_reported_mid_sentence():
    text = "Staff at Leeds Unversity said talks would resume in Febuary.\n"
    assert first_suggestions(text, ["1:16 NL101", "1:53 NL101"]) == ["University", "February"]


def test_capitalised_foreign_and_name_parts_left_alone():
    text = "Agence France-Presse and Banc of America said so, as did Benoit Joly.\n"
    assert_no_findings(typo, text)


def test_title_word_list_sorted_unique_lowercase():
    entries = read_list(data_path("typo_title_words.txt"))
    assert entries == sorted(set(entries))
    assert all(e == e.lower() and e.isalpha() for e in entries)


def test_missing_allow_file_is_a_config_error(tmp_path):
    (tmp_path / "cfg.toml").write_text('[rules.typo]\nallow-file = "nope.txt"\n', encoding="utf-8")
    (tmp_path / "a.txt").write_text("The plan.\n", encoding="utf-8")
    proc = run_cli("--config", "cfg.toml", "--select", "typo", "a.txt", cwd=tmp_path)
    assert proc.returncode == 2
    assert "rules.typo.allow-file: no such file" in proc.stderr


# -- the spelling dictionary as a second opinion ----------------------------------------


def test_rare_dictionary_words_are_not_slips():
    # each is one slip from a far more frequent word, but the dictionary knows it
    text = "Firms flout the rules as tinny speakers blare and the talks proceed apace.\n"
    assert_no_findings(typo, text)


def test_popular_misspellings_the_web_list_holds_are_reported():
    text = "We will definately see a seperate goverment plan for managment.\n"
    assert first_suggestions(text, ["1:9 NL101", "1:26 NL101", "1:35 NL101", "1:54 NL101"]) == [
        "definitely", "separate", "government", "management",
    ]


def test_british_spellings_stay_clean_although_the_dictionary_is_american():
    text = (
        "The organisation will recognise the manoeuvre and fulfil its licenced role, "
        "focussing on colour and the licencing of programmes.\n"
    )
    assert_no_findings(typo, text)


def test_rejected_word_needs_same_first_and_last_letter():
    # rouble/double and logon/logo differ at the ends: real words, not slips
    assert_no_findings(typo, "The rouble fell after the logon page failed.\n")


def test_very_rare_dictionary_words_one_cheap_slip_away_are_still_slips():
    # wonted and thee are in the dictionary, but at Zipf < 2 a slip is likelier
    text = "Officials wonted more time, and thees talks will go on.\n"
    got = assert_findings(typo, text, ["1:11 NL101", "1:33 NL101"])
    # thees is these with two letters crossed, and sounds like it (typo15): before
    # a plural noun it is the better first suggestion than this.
    assert [f.suggestions[0] for f in got] == ["wanted", "these"]
    assert "this" in got[1].suggestions


def test_short_popular_misspelling_rejected_by_the_dictionary():
    assert first_suggestions("They said they wer ready.\n", ["1:16 NL101"]) == ["were"]


def test_spelling_dictionary_loads_offline_from_the_wheel(monkeypatch):
    monkeypatch.setenv("HUNSPELL_DATA", "/nonexistent")
    speller.cache_clear()
    british_speller.cache_clear()
    spelled_right.cache_clear()
    assert spelled_right("funereal") is True
    assert spelled_right("roundel") is True  # en_GB only
    assert spelled_right("definately") is False


# -- British, informal and technical words; names; offensive suggestions -------


def test_words_only_the_british_dictionary_holds_are_not_slips():
    # roundel, titbit, bourses, demerge and learnt are in en_GB, not in en_US
    text = (
        "The jet wore a roundel on its tail.\n\n"
        "It was a titbit the bourses ignored, and the board learnt it would demerge the units.\n"
    )
    assert_no_findings(typo, text)


def test_sentence_initial_surnames_are_not_slips():
    # Each name is one or two edits from a common word, and starts its sentence.
    text = (
        "Hewings runs the county archive.\n\n"
        "Senez is a small village near the coast.\n\n"
        "Zouch said the plan would work.\n"
    )
    assert_no_findings(typo, text)


def test_a_word_after_a_title_abbreviation_is_a_name():
    assert_no_findings(typo, "The award went to Mrs. Deedly and Dr. Failey last week.\n")


def test_possessive_or_repeated_capitalised_words_are_names():
    text = "Teranova's report came out on Monday.\n\nTeranova said it was overdue.\n"
    assert_no_findings(typo, text)


def test_sentence_initial_slip_one_edit_away_is_still_reported():
    got = assert_findings(typo, "Nonethless, the shares rose.\n", ["1:1 NL101"])
    assert got[0].suggestions[0] == "Nonetheless"


def test_a_word_closer_to_a_name_than_to_any_word_is_not_a_slip():
    # tehran and alicia are names in the dictionaries: a short word one
    # edit from a name is a name or a foreign word itself
    assert_no_findings(typo, "The film was shot in teran and stars an actress called alicha.\n")


def test_offensive_words_are_never_suggested_unless_the_article_uses_them():
    got = assert_findings(typo, "Turn the dicl to pick a channel.\n", ["1:10 NL101"])
    assert "dick" not in got[0].suggestions
    assert got[0].suggestions[0] == "dial"
    # The article uses the word (as a name), so it may be offered.
    got = assert_findings(typo, "Dick Hale turned the dicl.\n", ["1:22 NL101"])
    assert "dick" in got[0].suggestions


def test_a_slip_whose_only_corrections_are_offensive_is_not_reported():
    assert_no_findings(typo, "The fcuk logo was on every shirt.\n")


def test_offensive_word_list_is_general_vocabulary():
    words = read_list(data_path("typo_offensive.txt"))
    assert len(words) >= 50
    assert all(w == w.lower() and " " not in w for w in words)


def test_elisions_and_identifiers_are_not_slips():
    assert_no_findings(typo, "He was playin' the blues, see /item/lcwa.00010240 for the file.\n")


def test_contractions_without_their_apostrophe_are_slips_at_any_frequency():
    # dont is Zipf 4.7 in the web list, far above max-zipf; wouldve is rare
    # and no letter edit reaches would've.
    got = assert_findings(typo, "I dont think he wouldve gone. Didnt you?\n",
                          ["1:3 NL101", "1:17 NL101", "1:31 NL101"])
    assert [f.suggestions[0] for f in got] == ["don't", "would've", "Didn't"]


def test_real_words_that_look_like_bare_contractions_are_not_slips():
    # The dictionaries accept these as written, so the apostrophe is not missing.
    assert_no_findings(typo, "He wont budge, the cant of the shell was ill; its lets were well paid.\n")


def test_a_grammar_word_run_into_the_next_is_reported_with_the_space_back():
    got = assert_findings(typo, "Roads will be busy throughout theweekend, hesaid.\n", ["1:31 NL101", "1:43 NL101"])
    assert [f.suggestions[0] for f in got] == ["the weekend", "he said"]


def test_popular_run_together_phrases_are_reported_though_the_web_list_holds_them():
    # alot is Zipf 3.9 and atleast 3.5, above max-zipf; infact and noone below it
    # but too common for the rare-word reading.
    got = assert_findings(typo, "We waited alot longer than usual, but atleast nobody left; infact noone did.\n",
                          ["1:11 NL101", "1:39 NL101", "1:60 NL101", "1:67 NL101"])
    assert [f.suggestions for f in got] == [("a lot",), ("at least",), ("in fact",), ("no one",)]


def test_compounds_with_a_rare_tail_and_names_are_not_popular_run_togethers():
    # up + sell and a + plastic: the tail is too rare for a fixed phrase (a
    # prefix's compound); log + in: a particle tail; Noone: a surname.
    assert_no_findings(typo, "Shops can upsell extras at the login page, and aplastic anaemia is rare, Ms Noone said.\n")


def test_an_adjective_with_a_plural_s_before_its_noun_is_a_slip_for_the_adjective():
    # The dictionaries give every noun its -s; they deny it to "different".
    got = assert_findings(typo, "The two firms had differents views on pay.\n", ["1:19 NL101"])
    assert got[0].suggestions[0] == "different"


def test_an_adjective_used_as_a_noun_keeps_its_plural():
    # Before punctuation or a grammar word the -s form is a noun (clinical placements).
    assert_no_findings(typo, "Students must finish their clinicals, and clinicals and exams take a year.\n")


def test_a_word_with_a_space_typed_inside_is_reported_whole():
    # Alone, tomor looks like tumor and mation like motion; together they are one word.
    got = assert_findings(typo, "Results are due tomor row, and anyone with infor mation should call.\n",
                          ["1:17 NL101", "1:44 NL101"])
    assert [(f.end_column, f.suggestions) for f in got] == [(26, ("tomorrow",)), (56, ("information",))]


def test_a_prefix_written_apart_is_no_split_word():
    assert_no_findings(typo, "The pre war houses and the non stop trains stay.\n")


def test_compounds_of_particles_and_endings_and_capitalised_words_are_not_run_together():
    # write + back, block + like: compounds; Hewings: a surname at a sentence start.
    assert_no_findings(typo, "The cache uses writeback and a blocklike layout.\n\nHewings directs the research.\n")


def test_a_bare_possessive_gives_way_to_a_slip_that_explains_the_word():
    got = assert_findings(typo, "Both familys arrived late.\n", ["1:6 NL101"])
    # The frequency verdict's own suggestions, not the possessive alone.
    assert "families" in got[0].suggestions and got[0].suggestions[0] != "family's"


def test_no_apostrophe_or_space_is_missing_in_a_text_in_another_language():
    # French dont (whose) and Latin aliquid (not a + liquid).
    text = ("Le projet dont parle le ministre sera présenté mardi aux députés, "
            "et les syndicats exigent des garanties sur les salaires des fonctionnaires; "
            "quidem aliquid commodo laboris.\n")
    flagged = {f.message for f in findings(typo, text)}
    assert not {m for m in flagged if "'dont'" in m or "'aliquid'" in m}
