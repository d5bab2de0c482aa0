"""Phrase lists in data files, and the factory that turns one into a rule.

Data file format, one entry per line::

    # comments and blank lines are ignored
    type to search                 plain phrase: case-insensitive, whole words,
                                   any run of spaces matches a space
    re:^(?:share|tweet) this$      a regular expression (the `regex` module)

Adding a phrase is then a data change, not a code change.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping, Sequence

import regex

from .findings import Severity
from .phrase_trie import factored, plain_phrases
from .rule import Rule

DATA_DIR = Path(__file__).parent / "data"


def data_path(name: str) -> Path:
    """Path of a data file shipped in newslint/data/."""
    return DATA_DIR / name


def read_list(path: str | Path) -> list[str]:
    """Entries of a list file: stripped lines, without blanks and # comments."""
    out = []
    with open(path, encoding="utf-8") as fh:
        for raw in fh:
            line = raw.strip()
            if line and not line.startswith("#"):
                out.append(line)
    return out


_WORD_FIRST = regex.compile(r"\w")
_WORD_LAST = regex.compile(r"\w$")


@lru_cache(maxsize=8192)
def phrase_source(entry: str) -> str:
    """The regular expression for one list entry (kept: the rules' lists ask
    for their entries' sources again in every pattern built from them)."""
    if entry.startswith("re:"):
        return entry[3:]
    words = [regex.escape(w) for w in entry.split()]
    body = r"\s+".join(words)
    # \b only where the phrase starts or ends with a word character, so entries
    # like "Read more:" still match before a space.
    left = r"\b" if _WORD_FIRST.match(entry) else ""
    right = r"\b" if _WORD_LAST.search(entry) else ""
    return f"{left}{body}{right}"


def alternation(entries: Iterable[str], longest_first: bool = False) -> str:
    """The source of one alternation over list entries (no group around it).

    ``longest_first`` puts longer entries first, so that "people familiar
    with the matter" wins over "people" where both could match."""
    items = sorted(entries, key=len, reverse=True) if longest_first else list(entries)
    return "|".join(f"(?:{phrase_source(e)})" for e in items)


def factored_alternation(entries: Sequence[str], caseless: bool = True) -> str:
    """:func:`alternation` with the plain phrases' shared beginnings factored
    out (:mod:`newslint.phrase_trie`): the same matches, found faster.  Only
    for a pattern matched forwards (not inside a lookbehind or ``(?r)``)."""
    return factored([phrase_source(e) for e in entries], plain_phrases(entries), caseless)


def word_start_source(entries: tuple[str, ...], caseless: bool = True) -> str:
    """The source of :func:`word_start_phrases` (``caseless=False``: for a
    pattern compiled without IGNORECASE)."""
    return r"(?<!\w)(?:" + factored_alternation(entries, caseless) + ")" if entries else r"(?!)"


def _factors(flags: int) -> bool:
    """Whether a trie is safe under ``flags`` (see :mod:`newslint.phrase_trie`)."""
    return not flags & (regex.REVERSE | regex.FULLCASE | regex.VERSION1)


@lru_cache(maxsize=128)
def word_start_phrases(entries: tuple[str, ...], flags: int = regex.IGNORECASE | regex.MULTILINE) -> regex.Pattern:
    """Like :func:`compile_phrases`, for lists whose entries all start at a
    word start (or a line start or punctuation): the shared ``(?<!\\w)``
    lets the engine skip mid-word positions once instead of trying every
    alternative there, about four times faster on news text."""
    if not entries:
        return regex.compile(r"(?!)")
    if not _factors(flags):
        return regex.compile(r"(?<!\w)(?:" + alternation(entries) + ")", flags)
    return regex.compile(word_start_source(entries, bool(flags & regex.IGNORECASE)), flags)


def with_list_options(entries: Sequence[str], options: Mapping[str, Any]) -> tuple[str, ...]:
    """A rule's list after its ``disable`` (exact entries dropped) and
    ``extend`` (entries added) options."""
    extend = tuple(options.get("extend", ()))
    disable = set(options.get("disable", ()))
    if not extend and not disable:
        return tuple(entries)
    return tuple(e for e in entries if e not in disable) + extend


@lru_cache(maxsize=64)
def compile_phrases(entries: tuple[str, ...], flags: int = regex.IGNORECASE | regex.MULTILINE) -> regex.Pattern:
    """One combined pattern for a whole list (one pass over the text)."""
    if not entries:
        return regex.compile(r"(?!)")
    if not _factors(flags):
        return regex.compile(alternation(entries), flags)
    return regex.compile(factored_alternation(entries, bool(flags & regex.IGNORECASE)), flags)


def phrase_rule(
    id: str,
    name: str,
    path: str | Path,
    message: str | Callable[[str], str] = "'{match}'",
    *,
    severity: Severity | str = Severity.WARNING,
    enabled: bool = True,
    doc: str = "",
    summary: str = "",
    filter: Callable[[Any, Any], bool] | None = None,
) -> Rule:
    """A rule that reports every match of the phrases in a data file.

    ``message`` is a format string with ``{match}`` (the matched text) or a
    function of the matched text.  Users add entries with the rule's ``extend``
    option and switch entries off with ``disable`` (exact entry text).
    ``filter(doc, match)`` may veto a match (e.g. only at the start of a line).
    """
    base = tuple(read_list(path))

    def check(doc, ctx):
        pattern = compile_phrases(with_list_options(base, ctx.options))
        for m in ctx.finditer(pattern):
            if filter is not None and not filter(doc, m):
                continue
            text = m.group(0)
            msg = message(text) if callable(message) else message.format(match=text)
            yield ctx.finding(m.start(), m.end(), msg)

    check.__doc__ = doc or f"Reports phrases listed in {Path(path).name}."
    return Rule(
        id=id,
        name=name,
        check=check,
        severity=Severity.parse(severity),
        enabled_by_default=enabled,
        options={"extend": [], "disable": []},
        summary=summary,
    )
