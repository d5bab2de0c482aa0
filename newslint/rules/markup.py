"""Markup residue: HTML tags and entities, mojibake, replacement and invisible characters."""
from __future__ import annotations

import difflib
import html
from functools import lru_cache
from html.entities import html5 as _HTML5
from typing import Iterator

import ftfy
import regex

from ..hookspecs import hookimpl
from ..phrases import data_path, read_list
from ..rule import rule

# Only encoding repair: ftfy's other fixes (curly quotes, full-width forms,
# ligatures, NFC) would "repair" legitimate text.
_FTFY = ftfy.TextFixerConfig(
    unescape_html=False,
    remove_terminal_escapes=False,
    fix_encoding=True,
    restore_byte_a0=True,
    replace_lossy_sequences=True,
    decode_inconsistent_utf8=True,
    fix_c1_controls=True,
    fix_latin_ligatures=False,
    fix_character_width=False,
    uncurl_quotes=False,
    fix_line_breaks=False,
    fix_surrogates=True,
    remove_control_chars=False,
    normalization=None,
    explain=False,
)

# A UTF-8 lead byte read as Latin-1/cp1252 (Â..ô) followed by a continuation
# byte read the same way: the fingerprint of mojibake.  Only lines with one go
# through ftfy, which keeps the rule fast and leaves `café` alone.
_MOJIBAKE_HINT = regex.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122\ufffd]"
    # C1 controls never occur in clean text: Latin-1 mojibake leaves them.
    "|[\u0080-\u009f]"
)

_INVISIBLE = (
    "\u200b\u200c\u200d\u200e\u200f\u2060\u2061-\u2064\ufeff\u00ad\u180e\u202a-\u202e\u2066-\u2069"
    "\x00-\x08\x0b\x0e-\x1f\x7f\u0080-\u009f"
)
# Every match of _pattern() holds one of these characters; most articles have
# none, and one scan for a character class settles them (the alternation of
# tag names is slow to try at every position).
_SUSPECT = regex.compile(f"[<&\ufffd{_INVISIBLE}]")
_INVISIBLE_NAMES = {
    "\u200b": "zero-width space",
    "\u200c": "zero-width non-joiner",
    "\u200d": "zero-width joiner",
    "\u200e": "left-to-right mark",
    "\u200f": "right-to-left mark",
    "\u2060": "word joiner",
    "\ufeff": "byte-order mark",
    "\u00ad": "soft hyphen",
    "\u180e": "Mongolian vowel separator",
}
_BIDI = set("\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_RTL = regex.compile(r"[\p{Bidi_Class=R}\p{Bidi_Class=AL}]")
_EMOJI_SIDE = regex.compile(r"[\p{Extended_Pictographic}\p{Emoji_Modifier}\ufe0f\u20e3]")
# ZWJ and ZWNJ are spelling in Persian, Arabic and Indic scripts.
_JOINING_SCRIPT = regex.compile(r"[\p{L}\p{M}--\p{Latin}--\p{Common}]", regex.VERSION1)


@lru_cache(maxsize=1)
def _pattern() -> regex.Pattern:
    tags = "|".join(sorted(read_list(data_path("html_tags.txt")), key=len, reverse=True))
    return regex.compile(
        r"(?P<comment><!--.{0,2000}?-->)"
        rf"|(?P<tag></?(?:{tags})(?:\s+[\w:-]+(?:\s*=\s*(?:\"[^\"<>\n]*\"|'[^'<>\n]*'|[^\s<>\"']+))?){{0,30}}\s*/?>)"
        r"|(?P<entity>&(?:#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{1,31};|(?:nbsp|amp|quot|lt|gt)(?![\w;])))"
        r"|(?P<fffd>\ufffd+)"
        rf"|(?P<invisible>[{_INVISIBLE}]+)",
        regex.IGNORECASE | regex.VERSION1,
    )


_MAX_DIFF = 4000


def _mojibake(text: str, start: int, end: int) -> Iterator[tuple[int, int, str]]:
    """(start, end, repair) for each stretch of the line ftfy re-decodes."""
    line = text[start:end]
    fixed = ftfy.fix_text(line, _FTFY)
    if fixed == line:
        return
    # SequenceMatcher is quadratic: run it only on what lies between the common
    # prefix and suffix, and only when that is short (a 23,000-character line
    # of mojibake and repeated letters took 40 s; found by benchmarks/fuzz.py).
    head = 0
    limit = min(len(line), len(fixed))
    while head < limit and line[head] == fixed[head]:
        head += 1
    tail = 0
    while tail < limit - head and line[-1 - tail] == fixed[-1 - tail]:
        tail += 1
    a, b = line[head : len(line) - tail], fixed[head : len(fixed) - tail]
    if len(a) + len(b) > _MAX_DIFF:
        ops = [("replace", head, head + len(a), head, head + len(b))]
    else:
        ops = [
            (tag, i1 + head, i2 + head, j1 + head, j2 + head)
            for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
        ]
    # Merge edits separated by a single unchanged character: one word, one finding.
    merged: list[list[int]] = []
    for tag, i1, i2, j1, j2 in ops:
        if tag == "equal":
            continue
        if merged and i1 - merged[-1][1] <= 1 and j1 - merged[-1][3] <= 1:
            merged[-1][1], merged[-1][3] = i2, j2
        else:
            merged.append([i1, i2, j1, j2])
    for i1, i2, j1, j2 in merged:
        if i2 > i1:
            yield start + i1, start + i2, fixed[j1:j2]


def _visible(text: str) -> str:
    """Control characters (Latin-1 mojibake leaves C1 ones) spelled out."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


_CONTROL = regex.compile(r"[\x00-\x1f\x7f-\x9f]")


def _invisible_ok(text: str, s: int, e: int, line_has_rtl: bool) -> bool:
    """Legitimate uses: a BOM at the very start, joiners inside emoji or
    joining scripts, bidi marks in right-to-left text."""
    chars = set(text[s:e])
    if chars == {"\ufeff"} and s == 0:
        return True
    if chars <= _BIDI and line_has_rtl:
        return True
    if chars <= {"\u200c", "\u200d"}:
        before = text[s - 1] if s > 0 else ""
        after = text[e] if e < len(text) else ""
        for side in (before, after):
            if side and (_EMOJI_SIDE.match(side) or _JOINING_SCRIPT.match(side)):
                return True
    return False


def _describe_invisible(chars: str) -> str:
    c = chars[0]
    name = _INVISIBLE_NAMES.get(c)
    if name is None:
        name = "bidirectional control" if c in _BIDI else "control character"
    count = f"{len(chars)} × " if len(chars) > 1 else ""
    return f"invisible {count}{name} U+{ord(c):04X}"


@rule("NL303", "markup-residue")
def markup_residue(doc, ctx):
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
        U+FFFD remains.  Measured with benchmarks/quality_markup.py (400
        bbc-dev articles with one defect each: cp1252 and Latin-1 wrong
        decodes, entities, tags, U+FFFD, invisible characters): 100% found
        at the right place, the right repair suggested for 92% of mojibake
        and entities, no finding on 200 inserted `AT&T`/`R&D`/`café`/emoji/
        non-Latin lines.  On the clean bbc-dev corpus it reports only the
        11 genuine `&#233;`/`&#191;` entities the source contains.
    """
    text = doc.text
    covered: list[tuple[int, int]] = []
    # A hint in a line is a hint in the text: one search rules out most articles.
    for line in doc.lines if _MOJIBAKE_HINT.search(text) else ():
        if _MOJIBAKE_HINT.search(line.text):
            for s, e, repair in _mojibake(text, line.start, line.end):
                covered.append((s, e))
                yield ctx.finding(
                    s,
                    e,
                    f"mojibake '{_visible(text[s:e])}': text decoded with the wrong encoding",
                    suggestions=(repair,) if repair else (),
                )
    if not _SUSPECT.search(text):
        return
    rtl_lines: dict[int, bool] = {}
    for m in _pattern().finditer(text):
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
            shown = {"\u00a0": "a no-break space", " ": "a space"}.get(value, f"'{value}'")
            yield ctx.finding(s, e, f"HTML entity '{raw}' (stands for {shown})", suggestions=(value,))
        elif kind in ("tag", "comment"):
            what = "HTML comment" if kind == "comment" else "HTML tag"
            shown = m.group() if len(m.group()) <= 40 else m.group()[:39] + "…"
            yield ctx.finding(s, e, f"{what} '{shown}'")
        elif kind == "fffd":
            yield ctx.finding(s, e, "U+FFFD replacement character: text lost in a failed decode")
        else:
            line = doc.line_at(s)
            if line.number not in rtl_lines:
                rtl_lines[line.number] = bool(_RTL.search(line.text))
            if _invisible_ok(text, s, e, rtl_lines[line.number]):
                continue
            yield ctx.finding(s, e, _describe_invisible(m.group()) + ": remove it")


@hookimpl
def newslint_register_rules():
    return [markup_residue]
