"""NL103's packed pair counts answer exactly what the dict they replace did."""
import pytest

from newslint.rules.typos.context import model
from newslint.rules.typos.pairs import Pairs, pack

TABLE = {"a new": 7, "an old": 3, "new house": 2, "old house": 5, "<s> the": 11, "the house": 4}


def test_counts_equal_the_dict_for_every_pair_of_tokens():
    pairs = Pairs(*pack(TABLE))
    tokens = {t for key in TABLE for t in key.split()} | {"missing"}
    for left in tokens:
        for right in tokens:
            assert pairs.count(left, right) == TABLE.get(f"{left} {right}", 0), (left, right)
    assert len(pairs) == len(TABLE)


def test_around_and_beside_read_both_neighbours():
    pairs = Pairs(*pack(TABLE))
    assert pairs.around("a", "new", "house") == (7, 2)
    assert pairs.around("an", "new", "house") == (0, 2)
    assert pairs.around("x", "y", "z") == (0, 0)
    assert pairs.beside("a", "new", "car")
    assert pairs.beside("my", "old", "house")
    assert not pairs.beside("the", "old", "car")
    assert not pairs.beside("the", "unknown", "house")


def test_an_empty_table_counts_nothing():
    pairs = Pairs(*pack({}))
    assert pairs.count("a", "b") == 0 and not pairs.beside("a", "b", "c") and len(pairs) == 0


@pytest.mark.parametrize("key", ["one", "one two three", "a\nb c"])
def test_a_key_that_is_not_two_tokens_is_refused(key):
    with pytest.raises(ValueError, match="two tokens"):
        pack({key: 1})


def test_the_shipped_model_keeps_its_counts():
    # Pairs every edited text has; the counts are learned, so only their
    # presence and order are fixed, not the numbers.
    big = model().bigrams
    assert len(big) > 100_000
    assert big.count("of", "the") > 1000
    assert big.count("the", "house") > 0
    # "the of" is not English; a learned model must not have it.
    assert big.count("the", "of") < big.count("the", "house")
    assert big.count("zzqx", "the") == 0
