"""The newslint internals a benchmark needs, imported here and nowhere else.

Everything else goes through the real CLI.  The typo benchmark needs two things
the CLI does not show: the word-frequency scale the rule's ``max-zipf`` option
uses (to tell misspellings that are real words from non-words) and the
keyboard-neighbour map (to make neighbouring-key slips).
"""
from __future__ import annotations

from newslint.rules.typos.edits import NEAR_KEYS
from newslint.rules.typos.lexicon import zipf as _zipf


def zipf(word: str) -> float:
    """Zipf frequency of ``word`` as the typo rule sees it (0 when unknown)."""
    return float(_zipf(word))


def near_keys(letter: str) -> frozenset[str]:
    """Letters next to ``letter`` on the keyboard the typo rule models."""
    return frozenset(NEAR_KEYS.get(letter, ()))
