"""Which of two confusable real words a context expects: the evidence NL103 reads.

A real-word error (``there`` for their, ``form`` for from) is a word of the
lexicon, so the typo rule's frequency test never sees it; only its
neighbours tell.  The evidence is counts of neighbouring-token pairs learned
from edited text (the fit part of bbc-dev and the corrected side of
gmeg-dev's fit part), kept in newslint/data/typo_context.json.gz and rebuilt by
``python tools/build_typo_context.py``.  The confusion sets (words one edit
apart, both frequent in the lexicon the typo rule uses) are made when the
file is built, so the rule only looks them up.

The comparison is naive Bayes over the two neighbours: for the typed word
``w`` between ``L`` and ``R`` and a confusable ``c``, the evidence for ``c``
is

    k log p(c) / p(w) + log P(L | c) / P(L | w) + log P(R | c) / P(R | w)

with p the lexicon's frequency and P(L | x) = (n(L x) + mu s(L)) / (n(x) +
mu), s(L) being L's share of the counted tokens.  A word the counts rarely
saw has neighbours as likely as anyone's (no evidence either way); a
frequent one never seen beside L is evidence against it; a neighbour seen
with neither word is left out.  ``tokens`` is shared with the builder, so the rule
and the counts see text cut the same way.
"""
from __future__ import annotations

import gzip
import json
import math
import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

import regex

from ...heap import forgettable
from ...phrases import data_path
from . import pairs as _pairs
from .lexicon import frequency
from .pairs import Pairs, pack
from .store import code_stamp, stored
from .tokens import ascii_words

DATA_FILE = "typo_context.json.gz"
# Words (inner apostrophes kept), numbers, the punctuation that shapes a
# context, and line breaks (a line is a context of its own).
_TOKEN = regex.compile(r"\p{L}+(?:['’]\p{L}+)*|\d[\d,.]*|[.!?;:,()\"“”]|\n")
# The same tokens for text whose letters are ASCII (tokens.ascii_words),
# through the standard library's quicker engine.
_ASCII_TOKEN = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*|[0-9][0-9,.]*|[.!?;:,()\"“”]|\n")
BOUNDARY = "<s>"
NUMBER = "<num>"
_QUOTES = {"“": '"', "”": '"'}
# The smoothing weight: how many observations a word's neighbours are
# shrunk towards the overall shares with (tuned on the fit parts: smaller
# values let one sighting beside a rare neighbour decide).
MU = 3000.0
# How much the lexicon's word frequencies weigh against the neighbours.
PRIOR_WEIGHT = 0.5


class Token(NamedTuple):
    norm: str  # lower case, straight apostrophe; <num>; the punctuation mark; <s>
    start: int
    end: int
    initial: bool  # first word of a sentence or line


def tokens(text: str) -> Iterator[Token]:
    """The text's tokens, with a boundary token at every line break and at
    the start; a word after ``.!?`` or a line break is sentence-initial."""
    return map(Token, *scan(text))


def scan(text: str, lo: int = 0, hi: int | None = None) -> tuple[list[str], list[int], list[int], list[bool]]:
    """``tokens`` of ``text[lo:hi]`` as four lists (norms, starts, ends,
    initial flags): the rule reads a few tokens of most documents, so no
    object for each."""
    hi = len(text) if hi is None else hi
    norms, starts, ends, initials = [BOUNDARY], [lo], [lo], [False]
    initial = True
    pattern = _ASCII_TOKEN if ascii_words(text[lo:hi]) else _TOKEN
    for m in pattern.finditer(text, lo, hi):
        raw = m.group()
        start, end = m.span()
        starts.append(start)
        ends.append(end)
        if raw == "\n":
            norms.append(BOUNDARY)
            initials.append(False)
            initial = True
            continue
        if raw[0].isdigit():
            norm = NUMBER
        elif len(raw) == 1 and not raw.isalpha():
            norm = _QUOTES.get(raw, raw)
        else:
            norm = raw.lower().replace("’", "'")
        norms.append(norm)
        initials.append(initial and (norm.isalpha() or "'" in norm))
        if norm in (".", "!", "?"):
            initial = True
        elif norm not in ('"', "("):
            initial = False
    return norms, starts, ends, initials


class Model(NamedTuple):
    unigrams: dict[str, int]
    bigrams: Pairs  # how often "left right" was counted
    confusions: dict[str, list[str]]
    articles: dict[str, list[int]]  # a word's first two letters -> [after "a", after "an"]
    total: int


@forgettable
@lru_cache(maxsize=1)
def model() -> Model:
    path = data_path(DATA_FILE)
    stat = path.stat()
    # Kept as marshal data in the cache folder: a third of the time of
    # unpacking and parsing the shipped file at every start.
    unigrams, pair_parts, confusions, articles = stored(
        "context", f"{stat.st_size}|{stat.st_mtime_ns}|{code_stamp(__file__)}|{code_stamp(_pairs.__file__)}",
        tuple, lambda: _read(path)
    )
    return Model(unigrams, Pairs(*pair_parts), confusions, articles, sum(unigrams.values()))


def _read(path: Path) -> tuple[dict[str, int], tuple[str, bytes, bytes], dict[str, list[str]], dict[str, list[int]]]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        data = json.load(fh)
    return data["unigrams"], pack(data["bigrams"]), data["confusions"], data["articles"]


def _prior(word: str) -> float:
    """The lexicon's frequency of a word (a floor for one it lacks)."""
    return frequency(word) or 1e-9


def _share(m: Model, token: str) -> float:
    """How often a token is a neighbour in the counted text (its share)."""
    return (m.unigrams.get(token, 0) + 0.5) / m.total


def evidence(m: Model, left: str, typed: str, other: str, right: str,
             mu: float = MU, prior_weight: float = PRIOR_WEIGHT) -> tuple[float, int, int]:
    """The log evidence for ``other`` over ``typed`` between ``left`` and
    ``right``, and how many times the edited text shows ``other``, and
    ``typed``, beside either neighbour (their support)."""
    big, uni = m.bigrams, m.unigrams
    n_lo, n_ro = big.around(left, other, right)
    n_lt, n_rt = big.around(left, typed, right)
    p_l, p_r = mu * _share(m, left), mu * _share(m, right)
    n_o, n_t = uni.get(other, 0) + mu, uni.get(typed, 0) + mu
    score = prior_weight * math.log(_prior(other) / _prior(typed))
    # A neighbour seen with neither word says nothing (smoothing alone would
    # favour the rarer word beside every unseen neighbour).
    if n_lo or n_lt:
        score += math.log((n_lo + p_l) / n_o) - math.log((n_lt + p_l) / n_t)
    if n_ro or n_rt:
        score += math.log((n_ro + p_r) / n_o) - math.log((n_rt + p_r) / n_t)
    return score, n_lo + n_ro, n_lt + n_rt


# The article check: a word seen this often after one article and never
# after the other decides; else its first two letters must have taken the
# other article at least ARTICLE_SHARE of ARTICLE_SEEN times.
ARTICLE_WORD_SEEN = 3
ARTICLE_SEEN = 30
ARTICLE_SHARE = 0.98


def wrong_article(m: Model, typed: str, word: str) -> bool:
    """Is ``typed`` ("a" or "an") the wrong article before ``word`` (lower
    case), by the counted text: the word itself, else words that start like it?"""
    other = "an" if typed == "a" else "a"
    n_typed, n_other = m.bigrams.count(typed, word), m.bigrams.count(other, word)
    if n_typed or n_other:
        return not n_typed and n_other >= ARTICLE_WORD_SEEN
    counts = m.articles.get(word[:2])
    if counts is None:
        return False
    seen_other = counts[other == "an"]
    total = counts[0] + counts[1]
    return total >= ARTICLE_SEEN and seen_other >= ARTICLE_SHARE * total
