"""NL101 typo and NL102 repeated-word: what they report, where, with which
suggestion, and the words, names and forms they leave alone."""
from __future__ import annotations

import json

import pytest

from newslint import lint_text
from newslint import lexicon
from newslint.phrases import data_path, read_list
from newslint.testing import findings

from .conftest import ROOT, run_cli


def typos(text: str, **options) -> list[tuple[int, int, int, str, tuple[str, ...]]]:
    found = findings("typo", text, options=options or None) if options else lint_text(text, select=["typo"])
    return [(f.line, f.column, f.end_column, f.message, f.suggestions) for f in found]


def repeats(text: str) -> list[tuple[int, int, str]]:
    return [(f.line, f.column, f.message) for f in lint_text(text, select=["repeated-word"])]


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
    [(line, col, end, msg, sugg)] = typos(text)
    assert (line, col, end - col) == (1, 27, len(wrong))
    assert msg == f"possible misspelling '{wrong}'"
    assert sugg[0] == right


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
    assert typos(text) == []


def test_capitalised_word_starting_a_sentence_is_checked_and_suggestion_keeps_case():
    [(line, col, _, msg, sugg)] = typos("Prices rose. Buisness leaders said so.\n")
    assert (line, col, msg, sugg[0]) == (1, 14, "possible misspelling 'Buisness'", "Business")


def test_capitalised_names_are_left_alone():
    # mid-sentence capitals, and a first name followed by a surname
    assert typos("Analysts at Investec agreed. Parul Jain, an economist, said so.\n") == []


def test_part_of_hyphenated_compound_checked_at_its_own_column():
    [(line, col, end, _, sugg)] = typos("It is a self-relaince drive.\n")
    assert (line, col, end) == (1, 14, 22)
    assert sugg[0] == "reliance"


def test_document_vocabulary_ranks_suggestions():
    # 'analsyts' could be 'analysts' or 'analysis': the article talks of analysts
    text = "Analysts expect a cut. The analsyts said rates would fall.\n"
    [(_, _, _, _, sugg)] = typos(text)
    assert sugg[0] == "analysts"


def test_allow_option_case_insensitive():
    text = "The encourafged plan was set out.\n"
    assert typos(text, allow=["ENCOURAFGED"]) == []


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
    assert typos(text) != []
    # a word of Zipf 2.58 is never reported when max-zipf is lower
    assert typos(text, **{"max-zipf": 2.5}) == []
    assert typos("The encourafged plan.\n", **{"min-length": 12}) == []


def test_lexicon_knows_inflections_and_variants():
    assert lexicon.suspicious("strangleholds") is None
    assert lexicon.suspicious("diallers") is None
    assert [c.word for c in lexicon.suspicious("encourafged")][0] == "encouraged"


# -- repeated-word -------------------------------------------------------------------


def test_repeated_word_same_line_and_across_line_break():
    text = "Another staple of the the firm's business.\nShe said the\nthe plan was dead.\n"
    assert repeats(text) == [
        (1, 23, "repeated word 'the'"),
        (3, 1, "repeated word 'the'"),
    ]


def test_repeated_word_ignores_case_of_first():
    assert repeats("The the plan failed.\n") == [(1, 5, "repeated word 'the'")]


@pytest.mark.parametrize(
    "text",
    [
        "He had had enough of the talks.",
        "She said that that deal was off.",
        "The firm is based in Walla Walla, Washington.",
        "Prices rose 10 10 times.",
        "It fell.\n\nThe the next day",  # a blank line ends the paragraph: not a doubled word
        "The plan, the plan, was the thing.",
    ],
)
def test_repeated_word_legitimate_doubles_not_flagged(text):
    if "\n\n" in text:
        assert repeats(text) == [(3, 5, "repeated word 'the'")]
    else:
        assert repeats(text) == []


def test_repeat_list_sorted_unique_lowercase():
    entries = read_list(data_path("typo_repeats.txt"))
    assert entries == sorted(set(entries))
    assert all(e == e.lower() and e.isalpha() for e in entries)


def test_capitalised_slip_for_a_title_word_is_reported_mid_sentence():
    text = "Staff at Leeds Unversity said talks would resume in Febuary.\n"
    assert [(c, s[0]) for _, c, _, _, s in typos(text)] == [(16, "University"), (53, "February")]


def test_capitalised_foreign_and_name_parts_left_alone():
    text = "Agence France-Presse and Banc of America said so, as did Benoit Joly.\n"
    assert typos(text) == []


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
    assert typos(text) == []


def test_popular_misspellings_the_web_list_holds_are_reported():
    text = "We will definately see a seperate goverment plan for managment.\n"
    assert [(col, s[0]) for _, col, _, _, s in typos(text)] == [
        (9, "definitely"), (26, "separate"), (35, "government"), (54, "management"),
    ]


def test_british_spellings_stay_clean_although_the_dictionary_is_american():
    text = (
        "The organisation will recognise the manoeuvre and fulfil its licenced role, "
        "focussing on colour and the licencing of programmes.\n"
    )
    assert typos(text) == []


def test_rejected_word_needs_same_first_and_last_letter():
    # rouble/double and logon/logo differ at the ends: real words, not slips
    assert typos("The rouble fell after the logon page failed.\n") == []


def test_very_rare_dictionary_words_one_cheap_slip_away_are_still_slips():
    # wonted and thee are in the dictionary, but at Zipf < 2 a slip is likelier
    text = "Officials wonted more time, and thees talks will go on.\n"
    got = typos(text)
    assert [(col, s[0]) for _, col, _, _, s in got] == [(11, "wanted"), (33, "this")]
    assert "these" in got[1][4]


def test_short_popular_misspelling_rejected_by_the_dictionary():
    assert [(col, s[0]) for _, col, _, _, s in typos("They said they wer ready.\n")] == [(16, "were")]


def test_spelling_dictionary_loads_offline_from_the_wheel(monkeypatch):
    monkeypatch.setenv("HUNSPELL_DATA", "/nonexistent")
    lexicon._speller.cache_clear()
    lexicon.spelled_right.cache_clear()
    assert lexicon.spelled_right("funereal") is True
    assert lexicon.spelled_right("definately") is False
