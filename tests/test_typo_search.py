"""The typo search's quick paths give exactly what the plain ones gave: the
deletion index reaches the words two rounds of edits reached, the bounded
edit cost agrees with the full one, and NL102's word-splitting scan and the
ASCII tokeniser find the pairs and words the Unicode patterns find."""
from __future__ import annotations

import random
from collections import defaultdict
from functools import lru_cache

import pytest
import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newslint.rules.typos import candidates as cands
from newslint.rules.typos import deletes, store, tokens
from newslint.rules.typos import repeated_word as repeated
from newslint.rules.typos.candidates import candidates, near_frequent_word
from newslint.rules.typos.edits import _ALPHABET, edit_cost, edits1
from newslint.rules.typos.lexicon import common_words, frequent_words, zipf
from newslint.rules.typos.tokens import rare_words

from .test_typo_indexes import _reference_rare_words


def _reference_edits1(word: str) -> set[str]:
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    out = {a + b[1:] for a, b in splits if b}
    out.update(a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1)
    out.update(a + c + b[1:] for a, b in splits if b for c in _ALPHABET)
    out.update(a + c + b for a, b in splits for c in _ALPHABET)
    out.discard(word)
    return out


@lru_cache(maxsize=1)
def _old_index() -> dict[str, set[str]]:
    """The distance-2 index the deletion index replaced: each frequent word
    under itself and its one-letter deletions."""
    index: defaultdict[str, set[str]] = defaultdict(set)
    for word in deletes.indexed_words():
        index[word].add(word)
        for key in deletes.deletions(word):
            index[key].add(word)
    return index


def _old_reach(word: str) -> set[str]:
    """Every edit of ``word`` and each edit's deletions, looked up in the old index."""
    near = edits1(word)
    keys = {x[:i] + x[i + 1 :] for x in near for i in range(len(x))} | near
    index = _old_index()
    return set().union(*(index[k] for k in keys & index.keys())) - {word}


def _old_candidates(word: str, max_cost: float = 2.0, deep: bool = True) -> tuple[cands.Candidate, ...]:
    found = edits1(word) & common_words().keys()
    if deep and len(word) >= 4:
        found |= _old_reach(word)
    found.discard(word)
    out = []
    for cand in found:
        cost = edit_cost(word, cand)
        if cost > max_cost:
            continue
        z = zipf(cand)
        score = z - 2.5 * cost
        if cand[:1] != word[:1]:
            score -= 0.8
        if cand[-1:] != word[-1:]:
            score -= 0.5
        if word.startswith(cand):
            score -= 0.8
        out.append((cand, z, cost, score))
    return tuple(sorted(out, key=lambda c: (-c[3], c[0])))


def _mutated(rng: random.Random, count: int) -> list[str]:
    """Frequent words with one to three random slips: the words a search meets."""
    words = deletes.indexed_words()
    out = []
    for _ in range(count):
        w = rng.choice(words)
        for _ in range(rng.choice((1, 2, 3))):
            i = rng.randrange(len(w) + 1)
            if rng.random() < 0.3:
                w = w[:i] + w[i + 1 :]
            elif rng.random() < 0.5:
                w = w[:i] + rng.choice("aeiostnrl'") + w[i:]
            else:
                w = w[:i] + rng.choice("aeiostnrl") + w[i + 1 :]
        out.append(w)
    return out


_SAMPLE = _mutated(random.Random(11), 400) + [
    "encourafged", "recieve", "goverment", "teran", "definately", "aton", "brul", "panke", "hosptial",
    "accomodate", "sinche", "abcd", "bacd", "ab'cd", "teran's", "zzzzqq",
]


def test_the_deletion_index_reaches_what_two_rounds_of_edits_reached():
    for word in _SAMPLE:
        if len(word) >= 4:
            assert cands._two_edits(word) - {word} == _old_reach(word), word


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet="aeinorstlcd'", min_size=4, max_size=9))
def test_reach_on_generated_words(word):
    assert cands._two_edits(word) - {word} == _old_reach(word)


def test_near_frequent_word_is_the_old_probe():
    index = _old_index()
    for word in _SAMPLE + deletes.indexed_words()[::500]:
        old = word in index or any(k in index for k in deletes.deletions(word))
        assert near_frequent_word(word) == old, word


def test_candidates_rank_as_before():
    for word in _SAMPLE[:150]:
        for deep in (True, False):
            got = tuple(tuple(c) for c in candidates(word, deep=deep))
            assert got == _old_candidates(word, deep=deep), (word, deep)


def test_hash_collisions_cost_checks_not_answers(monkeypatch):
    monkeypatch.setenv(store.CACHE_ENV, "")  # built in memory, never stored
    small = deletes.indexed_words()[:3000]
    monkeypatch.setattr(deletes, "indexed_words", lambda: small)
    words = [w for w in _SAMPLE[:80] if len(w) >= 4]
    deletes._index.cache_clear()
    try:
        expected = {w: (deletes.sharing(w), deletes.near_any(w)) for w in words}
        keys = len(deletes._index().hashes)
        # A hash with 1,024 values: keys share lists by the dozen.
        monkeypatch.setattr(deletes, "_hash", lambda key: (sum(map(ord, key)) * 40503 % 1024) << 54)
        deletes._index.cache_clear()
        assert len(deletes._index().hashes) <= 1024 < keys
        for w in words:
            assert (deletes.sharing(w), deletes.near_any(w)) == expected[w], w
    finally:
        deletes._index.cache_clear()


def test_index_is_stored_and_a_damaged_one_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setenv(store.CACHE_ENV, str(tmp_path))
    monkeypatch.setattr(deletes, "indexed_words", lambda: ["house", "horse", "mouse", "hose"])
    deletes._index.cache_clear()
    try:
        built = deletes._index()
        files = list(tmp_path.glob("deletes-*.marshal"))
        assert len(files) == 1
        deletes._index.cache_clear()
        assert deletes._index() == built  # read back
        files[0].write_bytes(b"\x00damaged")
        deletes._index.cache_clear()
        assert deletes._index() == built  # rebuilt
        assert deletes.sharing("hous") == {"house": 4, "hose": 3, "horse": 3, "mouse": 3}
        # Other parameters (another module version) are another file.
        monkeypatch.setattr(deletes, "MIN_ZIPF", 3.5)
        deletes._index.cache_clear()
        deletes._index()
        assert len(list(tmp_path.glob("deletes-*.marshal"))) == 2
    finally:
        deletes._index.cache_clear()


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abcdeé'", max_size=8), st.text(alphabet="abcde", max_size=8))
def test_bounded_edit_cost_agrees_with_the_full_one(typed, intended):
    full = edit_cost(typed, intended)
    bounded = edit_cost(typed, intended, 2.0)
    assert bounded == full if full <= 2.0 else bounded > 2.0


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="aabeiostnrlld'", min_size=1, max_size=9), st.text(alphabet="aabeiostnrlld", max_size=9),
       st.sampled_from((0.3, 0.5, 0.6, 1.0, 1.04, 1.2, 1.36, 1.5, 1.7, 2.5)))
def test_banded_edit_cost_is_the_full_table_within_its_limit(typed, intended, limit):
    # The band leaves out only cells no alignment within the limit passes:
    # within it the very same float, above it some number above it.
    full = edit_cost(typed, intended)
    banded = edit_cost(typed, intended, limit)
    assert banded == full if full <= limit else banded > limit


def test_banded_edit_cost_on_the_searched_pairs():
    for word in _SAMPLE[:120]:
        for cand in cands._two_edits(word) | cands.common_neighbours(word) if len(word) >= 4 else ():
            full = edit_cost(word, cand)
            for limit in (0.6, 1.0, 1.2, 1.36, 1.7, 2.0):
                got = edit_cost(word, cand, limit)
                assert got == full if full <= limit else got > limit, (word, cand, limit)


def _limits(z: float) -> float:
    return 1.0 + (z - 3.0) / 4


@pytest.mark.parametrize("first", (False, True))
def test_a_bounded_search_is_the_whole_one_filtered(first):
    for word in _SAMPLE[:150]:
        for deep in (True, False):
            whole = tuple(
                c for c in candidates(word, deep=deep)
                if c.cost <= min(2.0, _limits(c.zipf)) and (not first or c.word[0] == word[0]) and "e" not in c.word
            )
            got = cands.candidates_within(word, deep, _limits, lambda w: "e" not in w, first)
            assert got == whole, (word, deep)


def test_the_search_bounded_by_the_slip_test_keeps_what_it_takes():
    # suspicious reads only the candidates _good takes: the bound derived
    # from _good (slips._dearest) drops none of them.
    from newslint.rules.typos import slips

    s = slips.Settings()
    for word in _SAMPLE[:200]:
        z = zipf(word)
        cap = slips._cap(word, z, s)
        deep = cap >= 1.0 or z == 0.0
        own = slips.stems(word)
        whole = [c for c in candidates(word, deep=deep) if slips._good(word, s, z, cap, own, c)]
        bounded = [c for c in cands.candidates_within(word, deep, slips._dearest(word, s, z, cap))
                   if slips._good(word, s, z, cap, own, c)]
        assert bounded == whole, word


def test_no_kept_initial_slip_means_none_after_the_search():
    # may_keep_initial is the quick reject before the search for a
    # capitalised word: where it says no, the whole search keeps nothing.
    from newslint.rules.typos import verdict
    from newslint.rules.typos.names import initial_slip

    s = verdict.Settings()
    said_yes = 0
    for word in _SAMPLE + ["hosptial", "comission", "mediterannean", "afganistan", "britian", "wensday"]:
        found = verdict.suspicious(word, s)
        kept = initial_slip(word, found) if found else ()
        if not verdict.may_keep_initial(word, s):
            assert not kept, word
            assert not verdict.initial_candidates(word, s), word
        else:
            said_yes += 1
            plain = verdict.slip_candidates(word, s, False)
            assert verdict.initial_candidates(word, s) == (initial_slip(word, plain) if plain else plain), word
    assert 0 < said_yes < len(_SAMPLE)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="abé'-z", max_size=9))
def test_edits1_is_every_single_edit(word):
    assert edits1(word) == _reference_edits1(word)


# -- the ASCII paths -----------------------------------------------------------


def test_inert_characters_are_no_word_space_or_case():
    for ch in tokens._INERT:
        assert not regex.match(r"[\w\s\p{L}\p{M}\d]", ch) and not ch.isspace(), ch
        assert ch.lower() == ch == ch.casefold() == ch.upper(), ch


def _reference_pairs(text: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """NL102's pairs as the overlapping Unicode scan gave them."""
    return [
        (m.span(1), m.span(2))
        for m in repeated._REPEAT.finditer(text, overlapped=True)
        if m.group(1).casefold() == m.group(2).casefold()
    ]


def _pairs(text: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    from newslint.document import Document

    return [
        ((s1, e1), (s2, e2)) for s1, e1, s2, e2 in repeated._iter_pairs(Document("t.txt", text))
        if text[s1:e1].casefold() == text[s2:e2].casefold()
    ]


_WORDS = ("the", "The", "THE", "a", "straße", "STRASSE", "strasse", "İ", "i̇", "é", "e\u0301", "3", "x3", "_", "ǅ", "ǆ", "Ⅻ", "²")
_INERT_WORDS = ("the", "The", "a", "A", "x3", "3", "_", "’", "'", "£5", "“so”", "—")
_GAPS = (" ", "  ", "\n", "\r\n", "\n\n", "\t", "", ".", "-", "\x1c", "\u00a0", "\u2009", "\x85")


@pytest.mark.parametrize("seed", range(4))
@pytest.mark.parametrize("chunk", (1 << 16, 8, 24))
def test_repeated_word_pairs_match_the_unicode_scan(seed, chunk, monkeypatch):
    monkeypatch.setattr(tokens, "_CHUNK", chunk)
    rng = random.Random(seed)
    for _ in range(150):
        n = rng.choice((4, 30, 200))
        text = "".join(rng.choice(_WORDS) + rng.choice(_GAPS) for _ in range(n))
        assert _pairs(text) == _reference_pairs(text), text
        inert = "".join(rng.choice(_INERT_WORDS) + rng.choice(_GAPS[:10]) for _ in range(n))
        assert tokens.ascii_words(inert)
        assert _pairs(inert) == _reference_pairs(inert), inert


@pytest.mark.parametrize("seed", range(4))
def test_rare_words_of_ascii_text_with_inert_characters(seed):
    rng = random.Random(seed)
    frequent = frequent_words(3.0)
    pieces = ("the", "The", "encourafged", "don't", "don’t", "3rd", "mp3", "snake_case", "£5", "“quoted”",
              "—", "…", "www.bbc.co.uk", "#tag", "a@b.com", "Teran’s", "a" * 45, "x.com")
    for _ in range(50):
        text = "".join(rng.choice(pieces) + rng.choice((" ", "\n", "", "-", "’", "'")) for _ in range(rng.choice((5, 60))))
        assert rare_words(text, 3, frequent) == _reference_rare_words(text, 3, frequent), text


@pytest.mark.parametrize("seed", range(4))
@pytest.mark.parametrize("limits", ((48, 256), (1, 2)))
def test_rare_words_found_by_their_letters_match_the_token_scan(seed, limits, monkeypatch):
    # ASCII text looks its few rare words up in the lowered text: a rare word
    # inside a longer token (``ent`` in ``moment``), next to an apostrophe
    # that joins or does not join, or repeated must give the tokens the scan
    # gives, and so must the fall-back past the limits.
    monkeypatch.setattr(tokens, "_MAX_RARE", limits[0])
    monkeypatch.setattr(tokens, "_MAX_FINDS", limits[1])
    rng = random.Random(seed)
    frequent = frequent_words(3.0)
    pieces = ("the", "ent", "Ent", "moment", "xyzzy", "XYZZY", "don't", "don''t", "'tis", "o'meara", "O’Meara",
              "rock'n'roll", "aaa", "a" * 41, "3rd", "2004", "_x_", "£5", "—", "“so”")
    gaps = (" ", "", "-", "'", "’", "\n", ".", "'’", "''")
    for _ in range(200):
        text = "".join(rng.choice(pieces) + rng.choice(gaps) for _ in range(rng.choice((2, 10, 60))))
        assert tokens.ascii_words(text)
        assert rare_words(text, 3, frequent) == _reference_rare_words(text, 3, frequent), text


@pytest.mark.parametrize("seed", range(4))
def test_rare_words_around_addresses_match_the_token_scan(seed):
    # Only the runs of non-space text holding a hint (www., @, #, ://, .com)
    # go through the combined pattern; the prose around them is split plainly.
    # The tokens must be those of one scan of the combined pattern.
    rng = random.Random(seed)
    frequent = frequent_words(3.0)
    pieces = ("the", "Encourafged", "don't", "O’Meara", "scène", "www.bbc.co.uk", "a@b.com", "x@y", "#tag",
              "@handle", "https://x.org/a?b", "foo'bar.com", "ab.ab.ab", "news.com.", "e-mail", "a" * 45, "İstanbul")
    gaps = (" ", "\n", "\t", "\f", "\v", "\r\n", "\u00a0", "", ".", "(", "'", "’", "-")
    for _ in range(80):
        text = "".join(rng.choice(pieces) + rng.choice(gaps) for _ in range(rng.choice((3, 40))))
        assert rare_words(text, 3, frequent) == _reference_rare_words(text, 3, frequent), text


@pytest.mark.parametrize("seed", range(3))
def test_vocabulary_counts_the_words_as_the_unicode_scan(seed):
    # Text whose letters are ASCII is counted by the standard library's
    # engine on its lower case; the counts (and their order) must be the
    # Unicode letter runs', lower-cased one by one.
    from collections import Counter

    from newslint.rules.typos.suggest import _WORDS, vocabulary

    rng = random.Random(seed)
    pieces = ("The", "analysts", "don't", "O’Meara", "£5", "—", "“quoted”", "scène", "İstanbul", "ſ", "\u212a", "x2y")
    for _ in range(200):
        text = "".join(rng.choice(pieces) + rng.choice((" ", "\n", "", "-", "’")) for _ in range(rng.choice((2, 30))))
        expected = Counter(m.group().lower() for m in _WORDS.finditer(text))
        got = vocabulary(text)
        assert got == expected and list(got) == list(expected), text


@pytest.mark.parametrize("before_name", (False, True))
def test_title_word_slips_as_the_plain_search_finds_them(before_name):
    # title_word_slip searches only when a title word is within reach, and
    # _far_title_word only among title words: the answers of the plain way.
    from newslint.rules.typos import names
    from newslint.rules.typos.slips import Settings, suspicious

    s = Settings()
    allowed = names.honorifics() if before_name else names.title_words()
    words = sorted(allowed)[::7] + ["unversity", "febuary", "wensday", "govenor", "capain", "cheif", "teran"]
    slipped = [w[:i] + w[i + 1 :] for w in words for i in (1, len(w) // 2) if len(w) > 4] + _SAMPLE[:60]
    for low in slipped:
        found = suspicious(low, s)
        plain_far = [
            c for c in candidates(low)
            if c.word in allowed and c.word[0] == low[0] and c.word[-1] == low[-1] and c.cost / len(low) <= 0.26
        ]
        plain = found[0].word if found and found[0].word in allowed else (
            plain_far[0].word if plain_far and len(low) >= 7 else None)
        quick = found[0].word if (found := (suspicious(low, s) if names.may_suggest(
            low, s, lambda _: True, keep=allowed.__contains__) else None)) and found[0].word in allowed else (
            names._far_title_word(low, allowed))
        assert quick == plain, low


def test_normalise_of_ascii_words_is_the_plain_way():
    # The quick path for ASCII letters gives what reading every character gives.
    from newslint.rules.typos import names

    rng = random.Random(11)
    words = ["Blair", "BBC", "iPod", "McDonald", "Ab", "a", "A", "aB", "Zhigang", "HTML", "x"]
    words += ["".join(rng.choice("abcXYZ") for _ in range(rng.randint(1, 7))) for _ in range(3000)]
    words += _SAMPLE[:200] + [w.capitalize() for w in _SAMPLE[:200]]
    for word in words:
        assert names.normalise.__wrapped__(word) == names.plain_normalise(word), word


def test_name_key_is_the_possessive_pattern():
    from newslint.rules.typos.names import name_key

    possessive = regex.compile(r"['’]s?$")
    rng = random.Random(11)
    for _ in range(3000):
        word = "".join(rng.choice("aSs'’x") for _ in range(rng.randint(1, 6)))
        assert name_key(word) == possessive.sub("", word), word
    assert name_key("Teran's") == name_key("Teran’s") == name_key("Teran") == "Teran"
