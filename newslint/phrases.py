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
from typing import Any, Callable

import regex

from .findings import Severity
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


def phrase_source(entry: str) -> str:
    """The regular expression for one list entry."""
    if entry.startswith("re:"):
        return entry[3:]
    words = [regex.escape(w) for w in entry.split()]
    body = r"\s+".join(words)
    # \b only where the phrase starts or ends with a word character, so entries
    # like "Read more:" still match before a space.
    left = r"\b" if regex.match(r"\w", entry) else ""
    right = r"\b" if regex.search(r"\w$", entry) else ""
    return f"{left}{body}{right}"


@lru_cache(maxsize=64)
def compile_phrases(entries: tuple[str, ...], flags: int = regex.IGNORECASE | regex.MULTILINE) -> regex.Pattern:
    """One combined pattern for a whole list (one pass over the text)."""
    if not entries:
        return regex.compile(r"(?!)")
    alternatives = "|".join(f"(?:{phrase_source(e)})" for e in entries)
    return regex.compile(alternatives, flags)


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
        entries = base
        extend = tuple(ctx.options.get("extend", ()))
        disable = set(ctx.options.get("disable", ()))
        if extend or disable:
            entries = tuple(e for e in base if e not in disable) + extend
        pattern = compile_phrases(entries)
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
