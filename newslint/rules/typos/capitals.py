"""Is a capitalised word inside a sentence a slip?  A calibrated score.

The hand-set gates of ``verdict.capitalised_slip`` need every piece of
evidence at once (one cheap edit, far more frequent, not after a name); a
slip that misses one gate (``European Comission`` after a proper adjective,
``Mediterannean`` one plain edit away) stays unreported.  Here the same
weak signals are weighed together by a logistic score whose weights are fitted
on the fit parts of the dev corpora (tools/train_typo_capitals.py): the real
rare capitalised words there are the negatives (names, brands, foreign
words), the same texts' common capitalised words with one writer's slip put
in are the positives.  The weights and the cut live in
newslint/data/typo_capital_score.json.
"""
from __future__ import annotations

import json
import math
from collections import Counter
from functools import lru_cache

from ...heap import forgettable
from ...phrases import data_path
from .candidates import Candidate, sound_key
from .names import initial_slip, normalise
from .slips import Settings
from .spelling import proper_noun, spelled_right
from .verdict import unknown_capital

WEIGHTS_FILE = "typo_capital_score.json"
# The token's own frequency is left out: the put-in slips of the training
# data are almost all unknown to the web list, while real writers' slips are
# often popular ones it holds (``Goverment``, Zipf 2.7), so the weight fitted
# would punish exactly the commonest slips.  The hand-set gates weigh it.
FEATURES = (
    "cost", "suggestion_zipf", "length", "last_kept", "sounds_alike",
    "prev_name", "prev_capitalised", "next_capitalised", "candidates", "in_document",
)
# The article using the correction elsewhere is evidence of a slip (a writer
# slips once in a story about the commission); counted up to this many times.
_MAX_USES = 3
# Shorter capitalised words are too often names one edit from a word (Dange).
MIN_LENGTH = 6


@forgettable
@lru_cache(maxsize=65536)
def capital_candidates(word: str, settings: Settings = Settings()) -> tuple[Candidate, ...] | None:
    """The corrections a capitalised ``word`` could be a slip for: long
    enough, rejected by both dictionaries with and without its capital, and
    a credible slip (first letter kept) for a more frequent word."""
    opened = unknown_capital(word, settings, MIN_LENGTH)
    if opened is None:
        return None
    low, found = opened
    return initial_slip(low, found) or None


def weighable(previous: str | None) -> bool:
    """A word after one the dictionaries do not know at all (``Tenemos
    Familias``) is part of a foreign phrase or an unknown name: its
    neighbours tell nothing, so the score does not weigh it."""
    return previous is None or spelled_right(previous) is not False


def features(low: str, found: tuple[Candidate, ...], previous: str | None, next_capitalised: bool,
             uses: int = 0) -> list[float]:
    """The signals, in the order of FEATURES, for the best candidate."""
    best = found[0]
    prev_name = previous is not None and proper_noun(previous.lower())
    return [
        best.cost,
        best.zipf,
        min(len(low), 14) / 10.0,
        float(best.word[-1] == low[-1]),
        float(sound_key(low) == sound_key(best.word)),
        float(prev_name),
        float(previous is not None),
        float(next_capitalised),
        float(min(len(found), 5)),
        min(uses, _MAX_USES) / _MAX_USES,
    ]


@forgettable
@lru_cache(maxsize=1)
def _model() -> tuple[list[float], float, float]:
    data = json.loads(data_path(WEIGHTS_FILE).read_text(encoding="utf-8"))
    if tuple(data["features"]) != FEATURES:
        raise ValueError(f"{WEIGHTS_FILE} was fitted on other features; run tools/train_typo_capitals.py")
    return data["weights"], data["bias"], data["threshold"]


def probability(vector: list[float]) -> float:
    weights, bias, _ = _model()
    return 1.0 / (1.0 + math.exp(-(bias + sum(w * x for w, x in zip(weights, vector)))))


def scored_slip(word: str, previous: str | None, next_capitalised: bool, counts: Counter[str],
                settings: Settings = Settings()) -> tuple[Candidate, ...] | None:
    """Corrections for a capitalised ``word`` inside a sentence when the
    score calls it a slip; None otherwise.  ``counts``: the
    article's words (``suggest.vocabulary``)."""
    found = capital_candidates(word, settings) if weighable(previous) else None
    if found is None:
        return None
    low = normalise(word) or word.lower()
    vector = features(low, found, previous, next_capitalised, counts[found[0].word])
    return found if probability(vector) >= _model()[2] else None
