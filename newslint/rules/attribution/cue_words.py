"""Whether a paragraph holds a speech cue (NL402), tried only where one of the
cues' first words stands.

NL402 asks of most paragraphs near a quotation whether a speech verb or
source phrase (``said``, ``according to``) stands outside its quotation
marks: a search of an alternation of 170 phrases at every position of the
paragraph, the family's largest ``regex`` cost on quote-rich text.  Every
entry is a plain phrase that opens with a word, so a match starts where that
word stands, letter for letter in lower case.  One Aho-Corasick pass
(``pyahocorasick``, a C automaton) of the paragraph's lower case lists every
place where a first word occurs, inside longer words too; the pattern is
matched at those places only, and the answer is the search's: a place the
pass lists and the pattern refuses costs one ``match``, and a match can start
at no place the pass leaves out.  Without the package, or on a text whose
lower case does not stand for it letter for letter (see
:data:`.cues.CASE_FOLD_EXCEPTIONS`), the pattern is searched as before.
"""
from __future__ import annotations

from typing import Any, Sequence

import regex

from .cues import CASE_FOLD_EXCEPTIONS

# A first word holding anything but these cannot be found in the lower case
# letter for letter ("é" folds to "É" too, but lower-cases only from it: fine;
# a digit or a mark is not worth the doubt): that list is searched the plain way.
_PLAIN_WORD = regex.compile(r"[a-z]+")


class CueSearch:
    """``bool(pattern.search(text))`` for a pattern built by
    ``phrases.word_start_phrases(entries)`` (case-insensitive), answered by
    matching it only where a first word of ``entries`` stands."""

    def __init__(self, pattern: regex.Pattern, entries: Sequence[str]) -> None:
        self.pattern = pattern
        self.automaton = _automaton(entries) if pattern.flags & regex.IGNORECASE else None

    def found_in(self, text: str) -> bool:
        automaton = self.automaton
        if automaton is None:
            return self.pattern.search(text) is not None
        low = text.lower()
        if not text.isascii() and (len(low) != len(text) or any(ch in text for ch in CASE_FOLD_EXCEPTIONS)):
            return self.pattern.search(text) is not None
        match = self.pattern.match
        for end, size in automaton.iter(low):
            if match(text, end - size + 1):
                return True
        return False


def _automaton(entries: Sequence[str]) -> Any:
    """An automaton of the entries' first words (value: the word's length), or
    None when pyahocorasick is missing or built for bytes, or when an entry's
    first word is not plain letters (or is a ``re:`` entry)."""
    words = {entry.split()[0].lower() for entry in entries if entry.split()}
    if not words or len(words) != len({w for w in words if _PLAIN_WORD.fullmatch(w)}):
        return None
    if any(entry.startswith("re:") or not entry[:1].isalpha() for entry in entries):
        return None
    try:
        import ahocorasick
    except ImportError:  # pragma: no cover - a dependency; the plain search answers without it
        return None
    if not getattr(ahocorasick, "unicode", False):
        return None  # a build for bytes cannot take str keys
    found = ahocorasick.Automaton()
    for word in sorted(words):
        found.add_word(word, len(word))
    found.make_automaton()
    return found
