"""Texts for the equivalence tests of the speed gates: bbc-dev articles (when
the corpus is there) and random strings spliced from a gate's own vocabulary,
so that a gate's shortcut and the full search meet the awkward cases (cut
words, case changes, odd characters) a corpus never holds."""
from __future__ import annotations

import random

from benchmarks.common import corpus_location


def bbc_articles(count: int = 200) -> list[str]:
    """The first ``count`` bbc-dev articles, or none when the corpus is missing."""
    corpus = corpus_location() / "bbc-dev"
    return [p.read_text(encoding="utf-8") for p in sorted(corpus.rglob("*.txt"))[:count]] if corpus.is_dir() else []


def random_texts(strings: list[str], count: int, seed: int, odd: list[str]) -> list[str]:
    """``count`` texts of 1-12 pieces: a string, title- or upper-cased, a
    part of one cut anywhere, or one of the ``odd`` characters."""
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        pieces = []
        for _ in range(rng.randint(1, 12)):
            word = rng.choice(strings)
            cut = rng.randint(0, len(word))
            pieces.append(rng.choice([word, word.title(), word.upper(), word[:cut], word[cut:], rng.choice(odd)]))
        out.append("".join(pieces))
    return out
