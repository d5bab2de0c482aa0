"""The attribution family's shortcuts give what the slow ways give.

Whether a word is common is read from wordfreq's list without building its
table of all 321,000 words: the answer must be ``zipf_frequency(...) >=
floor`` for every word, tokens, digits and rounding included.  The subject
of a speech verb is analysed only where a cheap necessary test says a vague
phrase may end there: no phrase may be lost.  Whether a text writes a word in
lower case (or capitalised inside a sentence) is searched for the word asked,
not read off the whole text: the answers must be the same.
"""
from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from benchmarks.common import corpus_location
from newslint.analysis.words import count_words, has_words
from newslint.document import Document
from newslint.rules.attribution import naming, subjects
from newslint.rules.attribution.placement import common

# Words on the edges: full stops, apostrophes straight and curly, elisions,
# hyphens, digits, unknown parts, capitals, other letters, band boundaries.
EDGES = [
    "mr.", "u.s.", "there’s", "sanders’", "d'art", "l'arc", "x--y", "-x", "e-mail", "o'brien-smith", "DON'T",
    "Pearson's", "we've", "low-cost", "Reuters", "Zürich", "naïve", "4G", "b2b", "1990s", "", "-", "IPTV",
    "ONGC", "AP", "END", "MORE", "CEO", "Economic", "Scene", "Mary", "Jordan", "Ms", "Latest",
]


def _words() -> list[str]:
    wordfreq = pytest.importorskip("wordfreq")
    bands = wordfreq.get_frequency_list("en", "large")
    rng = random.Random(7)
    # Every band around the floors asked (Zipf 3.5, 4.0, 4.5) and a sample of the rest.
    near = [word for i in range(440, 565) for word in bands[i][:3]]
    sample = [rng.choice(band) for band in bands[::7] if band]
    pairs = [f"{rng.choice(near)}-{rng.choice(near)}" for _ in range(200)]
    return EDGES + near + sample + pairs


def test_common_is_zipf_at_least() -> None:
    wordfreq = pytest.importorskip("wordfreq")
    bad = [
        (word, floor)
        for word in _words()
        for floor in (3.5, 4.0, 4.5)
        if common(word, floor) != (wordfreq.zipf_frequency(word.lower(), "en", "large") >= floor)
    ]
    assert not bad


def test_common_refuses_floors_below_its_list() -> None:
    with pytest.raises(ValueError):
        common("the", 3.0)


def _texts() -> list[str]:
    root = Path(__file__).resolve().parent.parent
    cases = [json.loads(line)["text"] for line in (root / "benchmarks/data/attribution_cases.jsonl").open(encoding="utf-8")]
    corpus = corpus_location()
    paths = sorted((corpus / "bbc-dev").rglob("*.txt"))[:150] + sorted((corpus / "polnear-dev/text").glob("*.txt"))[:150]
    return cases + [p.read_text(encoding="utf-8") for p in paths]


@pytest.mark.skipif(not corpus_location().is_dir(), reason="needs the dev corpora (../shared/corpus or NEWSLINT_CORPUS)")
def test_the_subject_gate_drops_no_phrase(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every subject the full analysis finds before a speech verb, on every
    benchmark case and 300 articles, is found through the gate too, and the
    gate skips most verbs."""
    verb, before_verb = subjects._patterns()[:2]
    places = []
    for text in _texts():
        doc = Document(path="<t>", text=text, metadata={})
        for v in subjects._verbs(doc, verb):
            places.append((text, subjects._subject_end(text, before_verb, v.start()), v.start()))
    answers: list[bool] = []
    gate = subjects._may_be_vague

    def counted(words: list[str]) -> bool:
        answers.append(gate(words))
        return answers[-1]

    monkeypatch.setattr(subjects, "_may_be_vague", counted)
    gated = [subjects._subject_before(*place) for place in places]
    monkeypatch.setattr(subjects, "_may_be_vague", lambda words: True)
    assert [subjects._subject_before(*place) for place in places] == gated
    assert sum(p is not None for p in gated) > 100 and answers.count(False) > len(answers) // 2


# Words whose reading as a word of the text turns on apostrophes, hyphens and
# letters around them.
WORD_EDGES = [
    "ab'-Cd Cd said", " '-Cd x", "İstanbul istanbul", "x-Cd. Cd's Cd’ 'Cd", "Analysts. analysts say", "Dr. Smith. Smith",
    "ſome Some", "-Aides aides-", "Mr. Bank bank", "",
]


@pytest.mark.parametrize("whole", [False, True], ids=["word-asked", "text-read-once"])
def test_sentence_opening_evidence_is_the_whole_text_reading(whole: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    """``is_name`` asks whether the text writes a word in lower case, or capitalised
    inside a sentence: searched for the one word, the answers are those of the
    reading of the whole text, for every word (and its capitalised form) of the
    benchmark cases, 80 articles and the edge texts."""
    if whole:
        monkeypatch.setattr(naming, "_ASKED_MAX_CHARS", -1)
    every = _texts()
    texts = WORD_EDGES + every[:200] + every[-40:]
    checked = 0
    for text in texts:
        lower, capitalised = naming._evidence.__wrapped__(text)
        words = {m.group(0) for m in subjects._TOKEN.finditer(text)} | {m.group(0) for m in naming._WORD.finditer(text)}
        for word in sorted(words)[:150]:
            for form in (word, word.capitalize()):
                assert naming._written_lower(form, text) == (form.lower() in lower), (form, text[:60])
                assert naming._capitalised_inside(form, text) == (form in capitalised), (form, text[:60])
                checked += 1
    assert checked > 2000  # the cases alone hold 3,600 (the articles need the dev corpora)


@pytest.mark.parametrize("text", ["", "one", "one two three", " a-b c_d 9 ", "x " * 70, "½ ² word", "\u0301a b\u0301 \u200bc", "٣ ٤\n\nx"])
def test_has_words_is_a_count_of_at_least(text: str) -> None:
    assert [has_words(text, n) for n in range(80)] == [count_words(text) >= n for n in range(80)]


def test_has_words_on_random_texts() -> None:
    rng = random.Random(5)
    for _ in range(2000):
        text = "".join(rng.choice("ab _-\n²é\u0301.") for _ in range(rng.randint(0, 16)))
        assert [has_words(text, n) for n in range(9)] == [count_words(text) >= n for n in range(9)], text


def test_a_word_found_by_str_find_is_where_the_word_pattern_finds_it() -> None:
    """``naming._as_word`` gives the starts ``finditer`` of the word-alone pattern
    gives, on random texts of letters, joiners, spaces and case-folding letters."""
    import regex

    rng = random.Random(5)
    chars = "ab'’- .İſé\nA"
    checked = 0
    for _ in range(20_000):
        text = "".join(rng.choice(chars) for _ in range(rng.randint(0, 12)))
        word = "".join(rng.choice("ab'-A") for _ in range(rng.randint(1, 3)))
        pattern = regex.compile(rf"(?<!\p{{L}}['’\-]*){regex.escape(word)}(?![\p{{L}}'’\-])")
        assert list(naming._as_word(word, text)) == [m.start() for m in pattern.finditer(text)], (word, text)
        checked += 1
    assert checked == 20_000


def test_plain_tokens_are_wordfreqs_tokens() -> None:
    """``common`` reads the tokens of plain words itself, without importing
    wordfreq: they are its tokenizer's, for every such word of its list and
    for random letters, hyphenated words and contractions."""
    wordfreq = pytest.importorskip("wordfreq")
    from wordfreq.tokens import lossy_tokenize

    from newslint.rules.attribution import placement

    bands = wordfreq.get_frequency_list("en", "large")
    listed = [w for band in bands[::3] for w in band if placement._plain_tokens(w) is not None]
    rng = random.Random(13)
    letters = "abcdefghijklmnopqrstuvwxyz"

    def word(least: int = 1) -> str:
        return "".join(rng.choice(letters) for _ in range(rng.randint(least, 8)))

    made = [word() for _ in range(2000)] + ["-".join(word() for _ in range(rng.randint(2, 4))) for _ in range(2000)]
    made += [word(2) + rng.choice("'’") + rng.choice(("s", "ve", "ll", "re", "d", "m", "t")) for _ in range(2000)]
    assert len(listed) > 50_000 and all(placement._plain_tokens(w) is not None for w in made)
    assert all(lossy_tokenize(w, "en") == placement._plain_tokens(w) for w in listed + made)
    # Not plain: elisions, other apostrophes, digits, other letters.
    assert [placement._plain_tokens(w) for w in ("l'arc", "o'brien", "4g", "zürich", "x--y", "-x", "")] == [None] * 7


def test_the_common_table_is_kept_and_read_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The table is written once, read back equal, and read from wordfreq
    again when its file is damaged; off, nothing is written."""
    pytest.importorskip("wordfreq")
    from newslint.rules.attribution import frequencies, placement

    monkeypatch.setenv("NEWSLINT_USER_CACHE", str(tmp_path))
    built = placement._read_bands()
    calls: list[int] = []

    def build() -> dict[str, float]:
        calls.append(1)
        return built

    assert frequencies.kept_table(placement.__file__, build) == built and len(calls) == 1
    [kept] = (tmp_path / "attribution").glob("common-*.marshal")
    assert frequencies.kept_table(placement.__file__, build) == built and len(calls) == 1
    kept.write_bytes(b"not marshal data")
    assert frequencies.kept_table(placement.__file__, build) == built and len(calls) == 2
    assert frequencies.kept_table(placement.__file__, build) == built and len(calls) == 2
    monkeypatch.setenv("NEWSLINT_USER_CACHE", "off")
    kept.unlink()
    assert frequencies.kept_table(placement.__file__, build) == built and len(calls) == 3
    assert not list((tmp_path / "attribution").glob("common-*.marshal"))


# Pieces around a speech verb's subject: relative pronouns, adverbs in "-ly"
# and listed ones, asides, commas and dashes, capitals, white space of kinds.
_SUBJECT_PIECES = [
    "who", "WHO", "That", "that", " ", "  ", "\n", "\t", ",", "—", "–", "-", ".", "analysts", "a friend", "Critics",
    "subsequently", "have long", "really", "LY", "ly", "only", "Jane Doe", "in Ohio", "(", "\"", "’", "s", "x",
]


def _subject_texts(count: int) -> list[str]:
    rng = random.Random(1604)
    return ["".join(rng.choice(_SUBJECT_PIECES) + rng.choice(["", " "]) for _ in range(rng.randint(1, 24))) for _ in range(count)]


def test_subject_prechecks_never_skip_a_search_that_finds() -> None:
    """Each search the subject analysis now skips after a string test finds
    nothing there: no "who"/"that" before the end, no aside ending at a
    character other than a comma or dash, no "-ly" adverb changing where the
    subject ends."""
    verb, before_verb, listed_before_verb, _, _ = subjects._patterns()
    for text in _subject_texts(4000):
        for verb_start in range(len(text) + 1):
            end = subjects._subject_end(text, before_verb, verb_start)
            window = text[max(0, verb_start - subjects._ADVERBS_REACH) : verb_start]
            if "ly" not in window.lower():
                assert subjects._subject_end(text, listed_before_verb, verb_start) == end, (text, verb_start)
            if subjects._ASIDE.search(text, max(0, end - 70), end):
                assert end and text[end - 1] in subjects._ASIDE_ENDS, (text, end)
            before = text[max(0, end - 8) : end].lower()
            if subjects._RELATIVE_END.search(text, max(0, end - 8), end):
                assert "who" in before or "that" in before, (text, end)


NAME_LINES = [
    "Jane Doe", "JANE DOE", "Ludwig van Beethoven", "Renae Merle, Jim Tankersley", "Erin Kelly, @ErinVKelly, USA TODAY",
    "Cameron Knight, The Cincinnati Enquirer", "S.V. Date and Jane Doe", "Jane", "jane doe", "The company said on Monday.",
    "  Jane Doe | Reporter Name", "Jane de", "J.R. Smith & Al-Sayed O'Brien", "Jane\u00a0Doe", "Jane\tDoe",
]


@pytest.mark.skipif(not corpus_location().is_dir(), reason="needs the dev corpora (../shared/corpus or NEWSLINT_CORPUS)")
def test_a_names_line_opens_as_the_quick_test_says(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every line placement._NAME_LINE takes whole opens as _NAMES_OPENING reads,
    so _names_only gives the same answer with the quick refusal and without."""
    from newslint.rules.attribution import placement

    lines = NAME_LINES + [line.text.strip() for text in _texts()[-300:] for line in Document(path="<t>", text=text, metadata={}).lines[:4]]
    doc = Document(path="<t>", text="Someone else wrote this.\n", metadata={})
    whole = [line for line in lines if placement._NAME_LINE.fullmatch(line)]
    assert len(whole) >= 8 and all(placement._NAMES_OPENING.match(line) for line in whole)
    quick = [placement._names_only(line, doc) for line in lines]
    monkeypatch.setattr(placement, "_NAMES_OPENING", __import__("regex").compile(""))
    assert [placement._names_only(line, doc) for line in lines] == quick
    assert sum(q is not None for q in quick) >= 5


def test_a_word_asked_again_in_one_text_is_answered_once():
    """A paragraph of many "Officials said ..." sentences asks whether
    "Officials" is capitalised inside a sentence once per subject; each
    answer reads every place the word stands, so unkept answers made the
    rule quadratic in the paragraph's length (a 64,000-character line took
    3.6 s).  The answer is now kept per (word, text)."""
    from newslint.rules.attribution import naming
    from newslint.rules.attribution.vague_attribution import vague_attribution
    from newslint.testing import findings

    text = "Officials said the plan would work. " * 200
    naming._capitalised_inside_asked.cache_clear()
    found = findings([vague_attribution], text)
    assert len(found) == 200 and {f.message for f in found} == {"vague attribution 'Officials said': name who says it"}
    info = naming._capitalised_inside_asked.cache_info()
    assert info.misses <= 2 and info.hits >= 199
