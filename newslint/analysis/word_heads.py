"""Where a word-start scan of lower-cased text matches, found by one Aho-Corasick pass (issue 12).

The AI and attribution families scan each article's lower case with large
tries behind a word-start test: ``\\W(?=TRIE)`` (ai_content/word_places.py)
or ``(?<!\\w)(?=TRIE)`` (attribution/cues.py).  The C ``re`` engine tries the
trie at every non-word character, entering each of its top-level branches in
turn, and a few thousand matches on bbc-dev cost it 0.07-0.12 CPU s a pass.

Here the same matches are found another way.  Every match of such a scan
opens with a non-word character followed by one of a few hundred literal
strings (the trie's *heads*, worked out from the parsed pattern, up to
``_HEAD`` characters: :func:`heads`).  An Aho-Corasick automaton of each
non-word character the text may hold joined to each head lists, in one C
pass, the places where a match can stand; the scan is matched only there, so
the matches are the scan's own, one for one.

It holds only when every non-word character of the text is one the
automaton knows (``_DELIMITERS``); a text holding another (a rare symbol, a
combining mark) is scanned the plain way, as is a scan whose heads cannot
be worked out.  Heads may be looser than the pattern (cut short, letters in
both cases): a place too many is tried and fails, a place too few is what
must never happen, so each construct the walk does not know cuts the head
where it stands.
"""
from __future__ import annotations

import re
import string
import sys
from functools import lru_cache
from typing import Any, Iterator

if sys.version_info >= (3, 11):
    import re._constants as _c
    import re._parser as _sre
else:  # pragma: no cover - the parser before Python 3.11 moved it
    import sre_constants as _c
    import sre_parse as _sre
try:  # the letters ``re`` matches to one another while ignoring case, beyond lower-casing
    from re._casefix import _EXTRA_CASES
except ImportError:  # pragma: no cover - before Python 3.11, or another layout
    _EXTRA_CASES = None

from .. import buildcache

# Heads are cut at this many characters: longer ones list fewer wrong
# places, but branch into more strings.
_HEAD = 5
# A head shorter than this that ends at a word boundary ("i") takes each
# delimiter after it: alone it would list the start of every word it opens.
_SHORT = 2
# More heads than this and the pattern is scanned the plain way.
_MAX_HEADS = 4_000
# The non-word characters the automaton knows: ASCII's white space and
# punctuation, and the typographic marks of news text.  Any other one (a
# control character, a symbol) is "foreign": the few places it may stand
# in a match are tried one by one.
_DELIMITERS = "\t\n\r " + "".join(ch for ch in map(chr, range(33, 127)) if not re.match(r"\w", ch)) + "\u00a0’‘“”—–…"
# The word characters that ``re`` matches to an ASCII letter while ignoring
# case but that lower-casing leaves as they are ("ſ" is "s", "ı" is "i").
_ODD_FOLDS = "\u0131\u017f"  # tests/test_word_heads.py finds them all
# A text with more than one foreign character (see _foreign) in this many
# is scanned the plain way: each one costs a few tries of the scan.
_FOREIGN_SHARE = 200
_KNOWN = frozenset(_DELIMITERS)
# What may be foreign: anything but the printable ASCII and its white space.
_MAYBE_FOREIGN = re.compile("[^\\t\\n\\r\\x20-\\x7e]")


def _foreign(ch: str) -> bool:
    """Whether a text character is a non-word one the automaton does not know,
    or one of the odd folds (``re``'s ``\\w`` is ``str.isalnum`` and "_")."""
    return ch in _ODD_FOLDS or not (ch.isalnum() or ch == "_" or ch in _KNOWN)


# The white space such a text may hold (``\s`` in a head stands for these).
_SPACES = "".join(ch for ch in _DELIMITERS if re.match(r"\s", ch))
# The leads a scan may open with, and where its match stands from the
# delimiter before the head: on it (``\\W``), or after it.
_LEADS = {"\\W": 0, "(?<!\\w)": 1}
# Building the automaton costs a process about 5-30 ms, which pays off
# only over many documents: until the texts asked about hold this many
# characters, they are scanned the plain way (a run on one small file
# starts no slower).
WARM_UP_CHARS = 100_000
_REPEATS = (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None))
# "\\b" (not "\\B": after a word character that says a word character follows).
_BOUNDARIES = (_c.AT_BOUNDARY, getattr(_c, "AT_UNI_BOUNDARY", None))


class _TooMany(Exception):
    """The heads branch into more strings than :data:`_MAX_HEADS`."""


# Kept between runs: parsing and walking a scan of 20,000 characters costs about 25 ms.
@buildcache.kept(buildcache.string_set_or_none)
def heads(source: str, flags: int, size: int = _HEAD) -> frozenset[str] | None:
    """Literal strings of at most ``size`` characters one of which opens every
    match of ``source`` on lower-cased text (maybe also elsewhere), or None
    when none can be given (a match may open with anything)."""
    try:
        found = _Heads(size).sequence(list(_sre.parse(source, flags)), "", flags)
    except (_TooMany, re.error, RecursionError):
        return None
    if "" in found:
        return None
    # A head that opens with a shorter one lists no place the shorter does not.
    kept: list[str] = []
    for head in sorted(found, key=len):
        if not any(head.startswith(k) for k in kept):
            kept.append(head)
    return frozenset(kept)


class _Heads:
    def __init__(self, size: int) -> None:
        self.size = size
        self.count = 0

    def sequence(self, items: list, cur: str, flags: int) -> set[str]:
        """The heads of ``items`` matched after ``cur``."""
        out: set[str] = set()
        self._walk(items, 0, cur, flags, out)
        return out

    def _add(self, out: set[str], head: str) -> None:
        out.add(head[: self.size])
        self.count += 1
        if self.count > _MAX_HEADS * 8:
            raise _TooMany

    def _walk(self, items: list, i: int, cur: str, flags: int, out: set[str]) -> None:
        if len(cur) >= self.size or i == len(items):
            self._add(out, cur)
            return
        caseless = bool(flags & re.IGNORECASE)
        op, av = items[i]
        if op is _c.LITERAL or op is _c.IN:
            chars = _folded({chr(av)} if op is _c.LITERAL else _class(av), caseless)
            if chars is None:
                self._add(out, cur)
                return
            for ch in chars:
                self._walk(items, i + 1, cur + ch, flags, out)
            return
        if op is _c.AT:
            if av in _BOUNDARIES and len(cur) < _SHORT and cur and _is_word(cur[-1]):
                # A boundary after a word character: a non-word one follows
                # (the text's end stands for one: see starts()).
                for ch in _DELIMITERS:
                    self._add(out, cur + ch)  # cut there: a head per delimiter is enough
                return
            self._walk(items, i + 1, cur, flags, out)
            return
        if op is _c.ASSERT and av[0] == 1:
            # A lookahead: what it matches opens the text from here.
            for head in self.sequence(list(av[1]), "", flags):
                self._add(out, cur + head)
            return
        if op is _c.ASSERT_NOT and av[0] == 1 and len(cur) < _SHORT and cur and _bars_words(list(av[1])):
            # "(?![\\w'’-])" after a word character: as a boundary.
            for ch in _DELIMITERS:
                self._add(out, cur + ch)
            return
        if op in (_c.ASSERT, _c.ASSERT_NOT):
            self._walk(items, i + 1, cur, flags, out)  # looks behind, or rules out: no character read
            return
        if op is _c.SUBPATTERN:
            _group, add, remove, sub = av
            if add or remove:
                # Its own flags: its heads, cut after it.
                for head in self.sequence(list(sub), "", (flags | add) & ~remove):
                    self._add(out, cur + head)
                return
            self._walk(list(sub) + items[i + 1 :], 0, cur, flags, out)
            return
        if op is _c.BRANCH:
            for alternative in av[1]:
                self._walk(list(alternative) + items[i + 1 :], 0, cur, flags, out)
            return
        if op in _REPEATS:
            low, high, sub = av
            if low == 0:
                self._walk(items, i + 1, cur, flags, out)
            if high == 0:
                return
            again = [] if high == 1 else [(op, (max(low - 1, 0), high if high == _c.MAXREPEAT else high - 1, sub))]
            self._walk(list(sub) + again + items[i + 1 :], 0, cur, flags, out)
            return
        self._add(out, cur)  # anything else (any character, a back-reference): the head ends here


def _bars_words(items: list) -> bool:
    """Whether a negative lookahead of these items rules out every word character next."""
    return len(items) == 1 and items[0][0] is _c.IN and any(
        op is _c.CATEGORY and av in (_c.CATEGORY_WORD, getattr(_c, "CATEGORY_UNI_WORD", None)) for op, av in items[0][1]
    )


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _folded(chars: set[str] | None, caseless: bool) -> set[str] | None:
    """The characters as lower-cased text may hold them: in lower case where
    the pattern ignores case; an ASCII capital matched with case never.
    A letter beyond ASCII matched without case also stands for the letters
    ``re`` matches to it that lower-casing does not give ("σ" for "ς"); None
    (the head is cut there) where those are not known."""
    if chars is None:
        return None
    if not caseless:
        return chars - _CAPITALS
    out: set[str] = set()
    for ch in chars:
        low = ch.lower()
        if ch.isascii():
            out.add(low)  # its odd folds ("ſ" for "s") are foreign (see _foreign)
            continue
        if len(low) != 1 or _EXTRA_CASES is None:
            return None
        out.add(low)
        out.update(map(chr, _EXTRA_CASES.get(ord(low), ())))
    return out


_CAPITALS = frozenset(string.ascii_uppercase)


def _class(items: list) -> set[str] | None:
    """The characters of a class, or None when it is negated or too wide to spell out."""
    chars: set[str] = set()
    for op, av in items:
        if op is _c.LITERAL:
            chars.add(chr(av))
        elif op is _c.RANGE and av[1] - av[0] < 64:
            chars.update(map(chr, range(av[0], av[1] + 1)))
        elif op is _c.CATEGORY and av in (_c.CATEGORY_SPACE, getattr(_c, "CATEGORY_UNI_SPACE", None)):
            chars.update(_SPACES)
        else:
            return None
    return chars


class WordStarts:
    """The matches of a scan ``\\W(?=...)`` or ``(?<!\\w)(?=...)`` on
    lower-cased text, found at the places one Aho-Corasick pass lists."""

    def __init__(self, scan: re.Pattern[str]) -> None:
        self.scan = scan
        self.lead = next((lead for lead in _LEADS if scan.pattern.startswith(lead)), None)
        self.shift = 0 if self.lead is None else _LEADS[self.lead]
        self.automaton: Any = None
        self.seen = 0  # characters asked about so far

    def matches(self, low: str) -> Iterator[re.Match[str]] | None:
        """``scan.finditer(low)``'s matches, or None when this text (or this
        scan) is to be scanned the plain way."""
        if self.automaton is None:
            if self.lead is None or self.seen <= WARM_UP_CHARS:
                self.seen += len(low)
                return None
            found = heads(self.scan.pattern[len(self.lead) :], self.scan.flags, _HEAD)
            self.automaton = False if found is None or len(found) > _MAX_HEADS else _automaton(found)
        if self.automaton is False:
            return None
        foreign = [m.start() for m in _MAYBE_FOREIGN.finditer(low) if _foreign(m.group())]
        if len(foreign) * _FOREIGN_SHARE > len(low):
            return None
        return self._matches(low, foreign)

    def _matches(self, low: str, foreign: list[int]) -> Iterator[re.Match[str]]:
        match, shift = self.scan.match, self.shift
        # The text's end is a place after a word too: a delimiter stands for it.
        found = {end - back + shift for end, back in self.automaton.iter(low + "\n")}
        # A match whose delimiter, or a character its head reads, is one the
        # automaton does not know starts at most a head's length before it.
        for at in foreign:
            found.update(range(max(0, at - _HEAD - 1), at + 2))
        places = sorted(found)
        if shift:
            # A word start at the text's start has no character before it.
            places.insert(0, 0)
        last = -1
        for p in places:
            if p != last:
                last = p
                m = match(low, p)
                if m is not None:
                    yield m


@lru_cache(maxsize=16)
def word_starts(scan: re.Pattern[str]) -> WordStarts:
    """The finder of one scan, kept for the process."""
    return WordStarts(scan)


def _automaton(found: frozenset[str]) -> Any:
    """Each delimiter joined to each head; the value is how far back from a
    hit's last character its delimiter stands."""
    import ahocorasick

    machine = ahocorasick.Automaton()
    for head in found:
        for ch in _DELIMITERS:
            key = ch + head
            machine.add_word(key, len(key) - 1)
    machine.make_automaton()
    return machine
