"""The findings NL101 reports: a slip's span, message, suggestions and fix."""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from ...findings import Finding
from ...rule import Context
from .candidates import Candidate
from .names import name_key
from .suggest import correction, rank


def capitalised_finding(ctx: Context, span: tuple[int, int, str], found: tuple[Candidate, ...],
                         counts: Counter[str]) -> Iterator[Finding]:
    """The finding for a capitalised slip, its suggestions capitalised."""
    start, end, word = span
    suggestions = tuple(s[:1].upper() + s[1:] for s in rank(found, counts, word.lower()))
    if suggestions:
        yield ctx.finding(start, end, f"possible misspelling '{word}'", suggestions, fix=correction(ctx, start, end, word, found, counts))


def title_finding(ctx: Context, start: int, end: int, fix: str) -> Finding:
    """The finding for a misspelt title word or bare contraction: its one correction."""
    return ctx.finding(start, end, f"possible misspelling '{ctx.doc.text[start:end]}'", (fix,),
                       fix=ctx.replacement(start, end, fix, unsafe=True))


def twin_finding(ctx: Context, start: int, word: str, twin: str) -> Finding:
    """The finding for a slip of a word the article spells otherwise
    elsewhere: that spelling, in the typed word's case."""
    key = name_key(word)
    fix = (twin[:1].upper() if key[:1].isupper() else twin[:1].lower()) + twin[1:]
    end = start + len(key)
    return ctx.finding(start, end, f"possible misspelling '{key}'", (fix,),
                       fix=ctx.replacement(start, end, fix, unsafe=True))
