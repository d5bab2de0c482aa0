"""The newslint internals a benchmark needs, imported here and nowhere else.

Everything else goes through the real CLI.  The typo benchmark needs two things
the CLI does not show: the word-frequency scale the rule's ``max-zipf`` option
uses (to tell misspellings that are real words from non-words) and the
keyboard-neighbour map (to make neighbouring-key slips).  The lexicon is moving
into the typo rule's package; both homes are tried.
"""
from __future__ import annotations

import importlib
from types import ModuleType


def _lexicon() -> ModuleType:
    for name in ("newslint.rules.typos.lexicon", "newslint.lexicon"):
        try:
            return importlib.import_module(name)
        except ImportError:
            continue
    raise ImportError("newslint's lexicon module not found (looked for newslint.rules.typos.lexicon, newslint.lexicon)")


_LEXICON = _lexicon()


def zipf(word: str) -> float:
    """Zipf frequency of ``word`` as the typo rule sees it (0 when unknown)."""
    value: float = _LEXICON.zipf(word)
    return value


def near_keys(letter: str) -> frozenset[str]:
    """Letters next to ``letter`` on the keyboard the typo rule models."""
    keys: frozenset[str] = _LEXICON._NEAR_KEYS.get(letter, frozenset())
    return keys
