"""Required credit line: a structural rule with options (a worked plugin example).

This file is a complete local plugin, loaded by the repository's
``.newslint.toml`` (``plugins = ["plugins"]``).  It shows the parts a
structural rule needs: a check function over ``doc.lines``, options with typed
defaults that users set in ``[rules.missing-credit-line]``, a data file read
once per process, and one finding whose span is the line it is about.
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterator

import regex

from newslint import Context, Document, Finding, compile_phrases, hookimpl, read_list, rule

# Read once per process; newslint's phrase-list format (comments, whole words).
MARKERS = tuple(read_list(Path(__file__).parent / "data" / "credit_markers.txt"))
_WORD = regex.compile(r"\w+")
# A credit line is short; a body sentence that mentions "Reuters" is not one.
MAX_CREDIT_WORDS = 20


@rule("HOUSE201", "missing-credit-line", options={"last-lines": 5, "markers": []})
def missing_credit_line(doc: Document, ctx: Context) -> Iterator[Finding]:
    """The article does not end with a credit line (reporting, editing, agency).

    What it does:
        Looks at the last ``last-lines`` non-blank lines of the article for a
        short line (at most 20 words) naming who reported or supplied the
        story: ``Reporting by ...``, ``Editing by ...``, ``(Reuters)``,
        ``Associated Press``, ``© ...``.  When there is none it reports the
        last line.  Records whose metadata carries an ``author``, ``byline``,
        ``credit`` or ``source`` field pass.

    Why it matters:
        The house style requires every published story to end with its
        credit, so readers and archivists can tell staff work from wire copy
        and know whom to ask about it.

    Example:
        Flagged (no credit in the last lines)::

            Prices rose in March.
            The central bank met on Tuesday.
            It will publish the figures on Friday.

        Not flagged::

            Prices rose in March.
            The central bank met on Tuesday.
            Reporting by Ana Lima; Editing by Tom Hale

    Options:
        ``last-lines`` (5): how many final non-blank lines may hold the
        credit; scraped pages that end with related-link teasers or an author
        bio need more.  ``markers`` ([]): extra credit wording, such as the
        names of the house's own agencies.

    Limitations:
        A byline at the top of the article does not count: this rule is about
        the closing credit.  Texts of fewer than three non-blank lines are
        skipped.
    """
    if any(doc.metadata.get(key) for key in ("author", "byline", "credit", "source")):
        return
    lines = [line for line in doc.lines if line.text.strip()]
    if len(lines) < 3:
        return
    # compile_phrases caches the pattern for each list of entries.
    markers = compile_phrases(MARKERS + tuple(ctx.options["markers"]))
    for line in lines[-max(1, ctx.options["last-lines"]):]:
        if len(_WORD.findall(line.text)) <= MAX_CREDIT_WORDS and markers.search(line.text):
            return
    last = lines[-1]
    start = last.start + len(last.text) - len(last.text.lstrip())
    yield ctx.finding(
        start,
        last.end,
        f"no credit line (e.g. 'Reporting by ...; Editing by ...') in the last "
        f"{ctx.options['last-lines']} lines",
    )


@hookimpl
def newslint_register_rules() -> list:
    return [missing_credit_line]
