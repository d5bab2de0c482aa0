"""House style: phrase-list rules driven by data files (a worked plugin example).

This file is a complete local plugin.  The repository's ``.newslint.toml`` loads
it with ``plugins = ["plugins"]``; load it elsewhere with
``newslint --plugin plugins/house_style.py ARTICLES``.  The phrases live in
``plugins/data/*.txt`` (one entry per line, ``re:`` for a regular expression),
so a newsroom edits its style list without touching code.  Users add or switch
off entries per project with the rules' ``extend`` and ``disable`` options::

    [rules.cliche]
    extend = ["raft of measures"]
    disable = ["sea change"]

See docs/plugins.md for the walk-through.
"""
from __future__ import annotations

from pathlib import Path

import regex

from newslint import hookimpl, phrase_rule

DATA = Path(__file__).parent / "data"

# Just before the capital: a capitalised word makes it part of a name ("Denzel
# Washington said"), a preposition makes it a place ("officials in Moscow warned").
_NOT_A_SPEAKER = regex.compile(r"(?:\b\p{Lu}\p{L}*|\b(?i:across|at|from|in|near|of|outside|to))[^\S\r\n]+$")


def _capital_speaks(doc, match) -> bool:
    # Checking the few matches afterwards keeps the pattern itself fast: a
    # look-behind at the front would run at every position of every article.
    return _NOT_A_SPEAKER.search(doc.text, max(0, match.start() - 40), match.start()) is None

cliche = phrase_rule(
    "HOUSE101",
    "cliche",
    DATA / "cliches.txt",
    "cliché '{match}': say what actually happened",
    severity="info",
    doc="""A stock phrase from the house style guide's list of clichés.

    What it does:
        Reports every phrase listed in ``plugins/data/cliches.txt``
        (``double down``, ``in the driver's seat``, ``game changer``,
        ``a perfect storm``...), matched case-insensitively as whole words.

    Why it matters:
        Clichés stand in for facts: "the state is back in the driver's seat"
        tells the reader less than "state firms will receive X".  They are
        also a common mark of machine-written copy.

    Example:
        Flagged::

            Why Double Down on State Control?

        Not flagged::

            The company doubled its research budget.

    Options:
        ``extend`` (list of entries to add) and ``disable`` (entries to switch
        off, spelled exactly as in the data file).

    Limitations:
        A list, not a judgement: a cliché inside a quotation is still
        reported (suppress it inline or drop the entry with ``disable``).
    """,
)

capital_as_source = phrase_rule(
    "HOUSE102",
    "capital-as-source",
    DATA / "capital_sources.txt",
    "'{match}': name the ministry, agency or official who spoke",
    severity="info",
    filter=_capital_speaks,
    doc="""A capital city given as the speaker: ``Beijing says``, ``Moscow warned``.

    What it does:
        Reports a capital city followed by a verb of saying (``says``,
        ``warned``, ``has called on``, ``insists``...), from the pattern in
        ``plugins/data/capital_sources.txt``.

    Why it matters:
        "Beijing says" hides who is speaking.  The house style asks for the
        ministry, agency or official, so readers can weigh the source.

    Example:
        Flagged::

            Beijing has called on its state-owned enterprises to lead.

        Not flagged::

            Officials in Beijing said the plan would go ahead.
            Denzel Washington said he was delighted.

    Options:
        ``extend`` and ``disable``, as for every phrase-list rule.

    Limitations:
        Only the capitals in the list; other metonyms (``the Kremlin``,
        ``Whitehall``) need an ``extend`` entry.  A later sentence that does
        name the ministry does not silence the finding.
    """,
)


@hookimpl
def newslint_register_rules():
    return [cliche, capital_as_source]
