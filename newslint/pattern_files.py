r"""Pattern files: regular expressions kept as data, each with examples it must match.

A phrase list (see :mod:`newslint.phrases`) holds plain phrases.  A wording
that needs a real regular expression goes in a pattern file beside its list,
named ``<list>_patterns.txt``, one pattern a line, each followed by one or
more example lines::

    # comments and blank lines are ignored
    \bas\s+of\s+my\s+last\s+update\b
    > As of my last update, the firm had 300 staff.
    > as of my last update

A line starting with ``>`` (and a space) is an example: text that the pattern
above it must find (``regex`` module, case-insensitive, ``^``/``$`` at line
ends).  Every other line is a pattern, written as after ``re:`` in a phrase
list; a pattern that itself starts with ``> `` is written ``\> ``.
tests/test_data_files.py compiles every pattern and checks every example, so
an example says what a pattern is for and keeps saying it when the pattern
changes.

Rules read a list and its pattern file as one list of entries, the patterns
as ``re:`` entries (:func:`read_entries`); that is also how a rule's
``disable`` option names a pattern: ``re:`` and the pattern's text.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .phrases import data_path, read_list

_EXAMPLE = "> "


@dataclass(frozen=True)
class Pattern:
    """One pattern of a pattern file, with the examples written under it."""

    source: str
    examples: tuple[str, ...]
    line: int


def read_patterns(path: str | Path) -> list[Pattern]:
    """The patterns of a pattern file, in file order, each with its examples.

    Raises ValueError on an example before any pattern or a pattern without
    an example."""
    found: list[tuple[str, list[str], int]] = []
    with open(path, encoding="utf-8") as fh:
        for number, raw in enumerate(fh, 1):
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            if line.startswith(_EXAMPLE):
                if not found:
                    raise ValueError(f"{path}:{number}: example before any pattern")
                found[-1][1].append(line[len(_EXAMPLE) :])
                continue
            found.append((line, [], number))
    for _, examples, number in found:
        if not examples:
            raise ValueError(f"{path}:{number}: pattern without an example ('> ...' on the next line)")
    return [Pattern(source, tuple(examples), number) for source, examples, number in found]


def read_entries(name: str) -> list[str]:
    """A shipped list and its pattern file as one list of entries.

    ``name`` is the list's stem (``"ai_leakage"``): the plain phrases of
    ``<name>.txt`` and the patterns of ``<name>_patterns.txt`` as ``re:``
    entries, either file may be missing.  Both are sorted, and the union comes
    back sorted as one list file would be: an alternation takes the first
    entry that matches at a position, so this keeps the order the entries had
    when they shared one file."""
    plain = data_path(f"{name}.txt")
    patterns = data_path(f"{name}_patterns.txt")
    entries = read_list(plain) if plain.exists() else []
    if patterns.exists():
        entries += ["re:" + p.source for p in read_patterns(patterns)]
    return sorted(entries, key=str.casefold)
