"""House spellings, fixed by ``newslint --fix``: a worked example of the fix API.

This file is a complete local plugin, loaded by the repository's
``.newslint.toml`` (``plugins = ["plugins"]``).  The rule is off by default
(a newsroom opts in to its spellings); turn it on with
``extend-select = ["house-spelling"]``.  Each finding carries a fix made
with ``ctx.replacement``: the engine, not the rule, applies it, so
``newslint --fix`` writes the house form and ``--diff`` previews it.  See
docs/plugins.md ("Fixes").
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Iterator

import regex

from newslint import Context, Document, Finding, hookimpl, rule

SPELLINGS_FILE = Path(__file__).parent / "data" / "house_spellings.txt"


@lru_cache(maxsize=16)
def _spellings(extra: tuple[str, ...]) -> tuple[dict[str, str], regex.Pattern]:
    with open(SPELLINGS_FILE, encoding="utf-8") as fh:
        lines = [line.strip() for line in fh if line.strip() and not line.startswith("#")]
    house = {}
    for entry in [*lines, *extra]:
        variant, _, form = entry.partition("=")
        house[" ".join(variant.split()).casefold()] = form.strip()
    # Longest first, so "web sites" wins over "web site".
    words = sorted(house, key=len, reverse=True)
    alternation = "|".join(r"\s+".join(regex.escape(w) for w in v.split()) for v in words)
    return house, regex.compile(rf"\b(?:{alternation})\b", regex.IGNORECASE)


@rule("HOUSE103", "house-spelling", severity="info", enabled=False, options={"extend": []})
def house_spelling(doc: Document, ctx: Context) -> Iterator[Finding]:
    """A word the house spells another way: ``e-mail`` for ``email``.

    What it does:
        Reports each spelling listed in ``plugins/data/house_spellings.txt``
        (``e-mail = email``, ``judgement = judgment``, ``web site = website``),
        matched case-insensitively as whole words, with a safe fix that
        writes the house form (a capital first letter is kept).

    Why it matters:
        One spelling per word keeps the archive searchable and the copy
        consistent; a mechanical change is one a tool should make.

    Example:
        Flagged::

            Readers can e-mail the newsroom.

        Not flagged::

            Readers can email the newsroom.

    Options:
        ``extend`` ([]): more entries in the file's ``variant = house form``
        format.

    Limitations:
        Off by default.  Words inside quotations and URLs are changed too,
        and a spelling used as a name (``Judgement Day``) is not told apart.
    """
    house, pattern = _spellings(tuple(ctx.options["extend"]))
    for m in ctx.finditer(pattern):
        form = house[" ".join(m.group().split()).casefold()]
        if m.group()[:1].isupper():
            form = form[:1].upper() + form[1:]
        fix = ctx.replacement(m.start(), m.end(), form, f"write '{form}'")
        yield ctx.finding(m.start(), m.end(), f"house spelling is '{form}'", fix=fix)


@hookimpl
def newslint_register_rules():
    return [house_spelling]
