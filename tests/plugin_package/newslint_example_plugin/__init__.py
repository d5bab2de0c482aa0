"""An installable newslint plugin: one rule, a data file shipped as package data."""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

import regex

from newslint import hookimpl, rule


@lru_cache(maxsize=1)
def _repeats() -> regex.Pattern:
    # importlib.resources finds the data file inside an installed wheel, a
    # zip or a source checkout alike; never build paths from the working folder.
    text = resources.files(__package__).joinpath("data/marks.txt").read_text(encoding="utf-8")
    marks = [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]
    # a run of two or more of the marks, e.g. "!!", "?!", "!!!"
    return regex.compile("[" + "".join(regex.escape(m) for m in marks) + "]{2,}")


@rule("PKG101", "repeated-punctuation", options={"allow": []})
def repeated_punctuation(doc, ctx):
    """Two or more exclamation or question marks in a row.

    What it does:
        Reports runs such as ``!!``, ``??`` and ``?!`` and suggests the first
        mark alone.

    Why it matters:
        News copy states; it does not shout.  Repeated marks usually come
        from social-media posts pasted into the story.

    Example:
        Flagged::

            Shares rose sharply on Monday!!

        Not flagged::

            "Why now?" she asked.

    Options:
        ``allow`` ([]): runs to accept, e.g. ``["?!"]`` for a quoted post.

    Limitations:
        Quoted social-media posts are reported too; allow them per project
        or suppress the line.
    """
    allowed = set(ctx.options["allow"])
    for m in _repeats().finditer(doc.text):
        if m.group() not in allowed:
            yield ctx.finding(m.start(), m.end(), f"'{m.group()}': one mark is enough", suggestions=[m.group()[0]])


@hookimpl
def newslint_register_rules():
    return [repeated_punctuation]
