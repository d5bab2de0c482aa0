"""Vague subjects after the verb (NL403): "according to a senior official",
"..., said one longtime friend"; the phrase is read as :mod:`.subjects` reads
one before the verb."""
from __future__ import annotations

from typing import Iterator

import regex

from ...document import Document
from ...rule import Context
from . import cues
from .subjects import _BOUNDARY, _patterns, _trimmed, noun_phrase

_INVERSION = regex.compile(r"[,”\"’'][^\S\r\n]*$")
_FOR_INSTANCE = regex.compile(r"\s*(?:,|\d|(?:one|two|three|four|five|ten|a|an)\b)")


def inverted(doc: Document, ctx: Context) -> Iterator[tuple[int, int]]:
    """Spans of "according to a senior official", "said one longtime friend"."""
    text = doc.text
    for m in cues.finditer(ctx, _patterns()[4]):
        # "..., said one aide" and "” said one aide" are inverted; in "He said
        # landowners had ..." the phrase is the object's subject.
        word = m.group(0).split()[0].lower()
        if word != "according" and not _INVERSION.search(text, max(0, m.start() - 4), m.start()):
            continue
        if word == "say" and _FOR_INSTANCE.match(text, m.end() - 1):
            continue  # ", say, five hundred pages": for instance
        stop = _BOUNDARY.search(text, m.end(), min(len(text), m.end() + 120))
        end = _trimmed(text, stop.start() if stop else min(len(text), m.end() + 120))
        phrase = noun_phrase(text, m.end(), end)
        if phrase:
            yield m.start(), phrase.end
