"""Invisible characters: which ones, where they are legitimate, how a finding names them (NL303)."""
from __future__ import annotations

import regex

# Zero-width and formatting characters, bidi controls, C0 and C1 controls
# (a character class body, for the NL303 pattern).
CHARACTERS = (
    "\u200b\u200c\u200d\u200e\u200f\u2060\u2061-\u2064\ufeff\u00ad\u180e\u202a-\u202e\u2066-\u2069"
    "\x00-\x08\x0b\x0e-\x1f\x7f\u0080-\u009f"
)
_BIDI = set("\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_EMOJI_SIDE = regex.compile(r"[\p{Extended_Pictographic}\p{Emoji_Modifier}\ufe0f\u20e3]")
# ZWJ and ZWNJ are spelling in Persian, Arabic and Indic scripts.
_JOINING_SCRIPT = regex.compile(r"[\p{L}\p{M}--\p{Latin}--\p{Common}]", regex.VERSION1)


def legitimate(text: str, s: int, e: int, line_has_rtl: bool) -> bool:
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


def replacement(text: str, s: int, e: int) -> str:
    """What a run of invisible characters is replaced with: nothing, or one
    space for control characters that separate words (vertical tab, the
    information separators) when the run stands between two words."""
    separates = any(c.isspace() for c in text[s:e])
    before = text[s - 1] if s > 0 else " "
    after = text[e] if e < len(text) else " "
    return " " if separates and not before.isspace() and not after.isspace() else ""


# Right-to-left script, where bidi marks belong.
RTL = regex.compile(r"[\p{Bidi_Class=R}\p{Bidi_Class=AL}]")

_NAMES = {
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


def describe(chars: str) -> str:
    """`invisible 3 × zero-width space U+200B` for a run of one kind."""
    c = chars[0]
    name = _NAMES.get(c)
    if name is None:
        name = "bidirectional control" if c in _BIDI else "control character"
    count = f"{len(chars)} × " if len(chars) > 1 else ""
    return f"invisible {count}{name} U+{ord(c):04X}"
