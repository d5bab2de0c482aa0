"""NL303 markup-residue: HTML tags and entities, mojibake, replacement and invisible characters."""
from __future__ import annotations

import html
import re
from functools import lru_cache
from html.entities import html5 as _HTML5
from typing import Iterator

import regex

from ...document import Document
from ...findings import Finding
from ...phrases import data_path, read_list
from ...rule import Context, rule
from . import invisible
from .mojibake import HINT, has_hint, mojibake, visible


@rule("NL303", "markup-residue")
def markup_residue(doc: Document, ctx: Context) -> Iterator[Finding]:
    """HTML tags and entities, mojibake, replacement and invisible characters.

    What it does:
        Reports HTML residue: tags of real HTML elements (`<p>`, `</div>`,
        `<a href="...">`, `<br/>`) and comments; HTML entities (`&amp;`,
        `&#8217;`, `&nbsp;`) with the character they stand for as the
        suggestion.  Reports mojibake -- UTF-8 text decoded as cp1252 or
        Latin-1 (`â€™`, `Ã©`) -- with the repair that ftfy finds as the
        suggestion; U+FFFD replacement characters; and invisible characters:
        zero-width spaces, word joiners, soft hyphens, a byte-order mark
        after the start of the text, bidi controls in text without
        right-to-left script, zero-width (non-)joiners outside emoji and
        joining scripts, and control characters.

    Why it matters:
        These are the marks of a broken pipeline: text that skipped HTML
        unescaping or was decoded with the wrong codec.  Invisible characters
        break search, deduplication and tokenisation without showing in a
        review.

    Example:
        Flagged::

            The firmâ€™s chief said profits rose &amp; costs fell.<br>

        Not flagged::

            AT&T and R&D spending rose; a < b; the café sold 40 lattes 😀.

    Options:
        None.

    Limitations:
        A bare `&` name without a semicolon is an entity only for
        `&nbsp`, `&amp`, `&quot`, `&lt` and `&gt`; tags of unknown elements
        (`<foo>`) are not reported.  Mojibake that ftfy cannot undo
        (text decoded twice with information lost) is reported only where
        U+FFFD remains.  Measured with benchmarks/quality/markup.py: 100% of
        400 defects put into bbc-dev articles (cp1252 and Latin-1 wrong
        decodes, entities, tags, U+FFFD, invisible characters) found at
        their place; the other figures are in benchmarks/RESULTS.md.
    """
    text = doc.text
    covered: list[tuple[int, int]] = []
    # A hint in a line is a hint in the text: one search rules out most articles.
    for line in doc.lines if has_hint(text) else ():
        if HINT.search(line.text):
            for s, e, repair in mojibake(text, line.start, line.end):
                covered.append((s, e))
                yield ctx.finding(
                    s,
                    e,
                    f"mojibake '{visible(text[s:e])}': text decoded with the wrong encoding",
                    suggestions=(repair,) if repair else (),
                    fix=ctx.replacement(s, e, repair, "re-decode the text as UTF-8"),
                )
    first = _SUSPECT.search(text)
    if first is None:
        return
    rtl_lines: dict[int, bool] = {}
    for m in _matches(text, first.start()):
        s, e = m.span()
        if any(cs < e and s < ce for cs, ce in covered):
            continue
        kind = m.lastgroup
        if kind == "entity":
            raw = m.group()
            name = raw[1:]
            if not name.startswith("#") and name not in _HTML5:
                continue
            value = html.unescape(raw)
            if value == raw:
                continue
            if not value.isprintable() and value not in "\u00a0 ":
                # A line break or control character (`&#10;`): a message is one
                # line, and unescaping it changes the document's lines, so the
                # fix is offered as unsafe and no suggestion is printed.
                shown = " ".join(f"U+{ord(c):04X}" for c in value)
                fix = ctx.replacement(s, e, value, f"unescape the entity to {shown}", unsafe=True)
                yield ctx.finding(s, e, f"HTML entity '{raw}' (stands for {shown}, a line-break or control character)", fix=fix)
                continue
            shown = {"\u00a0": "a no-break space", " ": "a space"}.get(value, f"'{value}'")
            fix = ctx.replacement(s, e, value, f"unescape the entity to {shown}")
            yield ctx.finding(s, e, f"HTML entity '{raw}' (stands for {shown})", suggestions=(value,), fix=fix)
        elif kind in ("tag", "comment"):
            what = "HTML comment" if kind == "comment" else "HTML tag"
            shown = m.group() if len(m.group()) <= 40 else m.group()[:39] + "…"
            yield ctx.finding(s, e, f"{what} '{shown}'")
        elif kind == "fffd":
            yield ctx.finding(s, e, "U+FFFD replacement character: text lost in a failed decode")
        else:
            line = doc.line_at(s)
            if line.number not in rtl_lines:
                rtl_lines[line.number] = bool(invisible.RTL.search(line.text))
            if invisible.legitimate(text, s, e, rtl_lines[line.number]):
                continue
            fix = ctx.replacement(s, e, invisible.replacement(text, s, e), "remove the invisible characters")
            yield ctx.finding(s, e, invisible.describe(m.group()) + ": remove it", fix=fix)


# Every match of _pattern() holds one of these characters; most articles have
# none, and one scan for a character class settles them (the alternation of
# tag names is slow to try at every position).  A plain character class: the
# standard library's engine scans for it several times faster than ``regex``.
_SUSPECT = re.compile(f"[<&\ufffd{invisible.CHARACTERS}]")


def _matches(text: str, at: int) -> Iterator[regex.Match[str]]:
    """``_pattern().finditer(text)``, from ``at``, the first suspect character:
    the pattern is tried only where a suspect character stands, since every
    match starts with one (the alternation of tag names, tried at every
    position, cost twenty times as much over an article with an ``&``)."""
    pattern = _pattern()
    while True:
        m = pattern.match(text, at)
        if m is not None:
            yield m
            at = m.end()
        else:
            at += 1
        found = _SUSPECT.search(text, at)
        if found is None:
            return
        at = found.start()


@lru_cache(maxsize=1)
def _pattern() -> regex.Pattern:
    tags = "|".join(sorted(read_list(data_path("html_tags.txt")), key=len, reverse=True))
    return regex.compile(
        r"(?P<comment><!--.{0,2000}?-->)"
        rf"|(?P<tag></?(?:{tags})(?:\s+[\w:-]+(?:\s*=\s*(?:\"[^\"<>\n]*\"|'[^'<>\n]*'|[^\s<>\"']+))?){{0,30}}\s*/?>)"
        r"|(?P<entity>&(?:#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{1,31};|(?:nbsp|amp|quot|lt|gt)(?![\w;])))"
        r"|(?P<fffd>\ufffd+)"
        rf"|(?P<invisible>[{invisible.CHARACTERS}]+)",
        regex.IGNORECASE | regex.VERSION1,
    )
