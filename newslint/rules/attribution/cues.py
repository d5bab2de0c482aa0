"""Where a family pattern can match, found by one C scan, so that it is tried only there.

The family's large case-insensitive alternations (vague subjects, inverted
verbs, credit wording) cost the ``regex`` engine a try at every position of
the text.  Each has a looser twin for the C ``re`` engine
(:mod:`.prefilter`) that matches wherever the pattern can start a match; its
scan lists those places, and the pattern is matched only there.  The
matches are those of ``pattern.finditer``, one for one.
"""
from __future__ import annotations

import re
from typing import Iterator, Sequence

import regex

from ...analysis.lowered import lowered
from ...compact import offsets
from ...document import Document
from ...rule import Context
from .prefilter import Gate, Leaf, fine_gate, gate, trie

# The C ``re``'s ``\w`` is ``regex``'s less the combining marks (harmless: a
# gate then finds a word start inside a word, where the pattern is tried and
# fails) and plus the other-number characters (``²``, ``½``): one of those
# before a word would hide that a match may start there, so a text holding
# one is searched the plain way.
_HIDES_A_START = regex.compile(r"\p{No}")
# A longer text is searched the plain way: the list of places would cost
# more memory than the scan costs time.
_MAX_CHARS = 1_000_000


# Compiling the gates costs a process about 25 ms, which pays off only over
# many documents: until the documents seen hold this many characters, they
# are searched the plain way (a run on one small file starts no slower).
WARM_UP_CHARS = 100_000


class _Seen:
    chars = 0


def _gated(doc: Document) -> bool:
    """Whether the document's text may be searched through the gates."""
    key = "attribution.cues.gated"
    if key not in doc.memo:
        text = doc.text
        _Seen.chars += len(text)
        doc.memo[key] = (
            _Seen.chars > WARM_UP_CHARS
            and len(text) <= _MAX_CHARS
            and (text.isascii() or not _HIDES_A_START.search(text))
        )
    return doc.memo[key]


def starts(doc: Document, pattern: regex.Pattern) -> Sequence[int] | None:
    """Every place where a match of ``pattern`` may start (every place one
    does, and maybe others), in order, or None when the text must be searched
    the plain way."""
    if not _gated(doc):
        return None
    found = gate(pattern)
    if found is None:
        return None
    on_lowered = found.folds and _folds(doc)
    if on_lowered:
        scanner, text = found.on_lowered(), lowered(doc)
    else:
        scanner, text = found.on_text(), doc.text
    # Patterns that open alike share a gate ("said analysts", "said one aide"): scanned once.
    key = places_key(scanner)
    if key not in doc.memo:
        _KINDS.setdefault((on_lowered, scanner.flags), _Together()).scan(doc, found, scanner, text)
    return _sorted_out(doc, pattern, found, on_lowered, doc.memo[key])


def places_key(scanner: re.Pattern[str]) -> tuple[str, str, int]:
    """The memo key of a gate scan's places: by the scan's source and flags,
    not the compiled pattern, whose hash reads all of its compiled code each
    time (3 us for a gate of 2,500 characters, 12 for a joint scan)."""
    return ("attribution.cues.places", scanner.pattern, scanner.flags)


def _sorted_out(doc: Document, pattern: regex.Pattern, found: Gate, on_lowered: bool, places: Sequence[int]) -> Sequence[int]:
    """The places where the pattern's fine gate (:func:`prefilter.fine_gate`)
    matches too: most places of a gate cut after its first word ("was",
    "said", "with") hold no match, and each try of the pattern there costs a
    few microseconds under the time limit, a try of the fine gate (``re``,
    no limit needed: a gate is a trie of literals) a fraction of that."""
    fine = fine_gate(pattern)
    if fine is None or fine.source == found.source:
        return places
    key = ("attribution.cues.fine", pattern)
    if key not in doc.memo:
        lowered_too = on_lowered and fine.folds
        scanner, text = (fine.on_lowered(), lowered(doc)) if lowered_too else (fine.on_text(), doc.text)
        match = scanner.match
        doc.memo[key] = offsets([p for p in places if match(text, p)])
    return doc.memo[key]


class _Together:
    """The gates of one kind (the same text, the same flags) that the family
    has asked for, scanned together: one scan of a text lists the places of
    them all.  Most of a gate scan's time goes on trying every position of the
    text (the word-start test, the first letters), which a scan per gate paid
    again for each gate; together, each position is tried once.

    A gate is ``opener(?=A)``; the joint scan of gates ``opener(?=A1)``,
    ``opener(?=A2)`` ... is ``opener(?=A1|A2|...)(?:(?=A1)()|)(?:(?=A2)()|)...``:
    it matches (with zero width) exactly where some gate does, and each empty
    group says whether its gate matches there, so each gate's places are the
    ones its own scan lists, in order.  A gate joins when first asked; that
    document scans it alone."""

    def __init__(self) -> None:
        self.members: list[re.Pattern[str]] = []
        self.parts: list[tuple[str, str]] = []  # each member's (opener, lookahead)
        self.leaves: list[tuple[Leaf, ...]] = []  # each member's trie leaves
        self.firsts: list[str] = []  # each member's opening characters ("": not known)
        self.joint: re.Pattern[str] | None = None
        # The joint scan in a form the C engine runs faster (see _quick), and
        # how far before a gate's place its matches start.
        self.quick: re.Pattern[str] | None = None
        self.shift = 0

    def scan(self, doc: Document, found: Gate, scanner: re.Pattern[str], text: str) -> None:
        if scanner not in self.members:
            # Machine integers: kept for the document's life, 8 bytes a place.
            doc.memo[places_key(scanner)] = offsets([m.start() for m in scanner.finditer(text)])
            if not scanner.groups:  # the joint scan numbers its own groups
                self.members.append(scanner)
                self.parts.append(found.parts())
                self.leaves.append(found.leaves)
                self.firsts.append(found.firsts)
                self.joint = None
            return
        if self.joint is None:
            self.joint = _joint(self.parts, scanner.flags, self.leaves)
            self.quick, self.shift = _quick(self.joint, self.parts, self.firsts)
        found_at: list[list[int]] = [[] for _ in self.members]
        hits, shift = self.joint.finditer(text), 0
        if self.quick is not None:
            hits, shift = self.quick.finditer(text), self.shift
            if shift:
                # The quick form's matches start before their places, so the
                # text's start is tried on its own.
                first = self.joint.match(text)
                for i, hit in enumerate(first.groups() if first is not None else ()):
                    if hit is not None:
                        found_at[i].append(0)
        # Places by which gates match there: a handful of combinations, so a
        # place costs one look-up, not a test of each gate (24,000 places on bbc-dev).
        by_groups: dict[tuple[str | None, ...], list[int]] = {}
        for m in hits:
            groups = m.groups()
            places = by_groups.get(groups)
            if places is None:
                places = by_groups[groups] = []
            places.append(m.start() + shift)
        for groups, places in by_groups.items():
            for i, hit in enumerate(groups):
                if hit is not None:
                    found_at[i].extend(places)
        for member, places in zip(self.members, found_at):
            # Each combination's places are in order; several combinations are merged.
            places.sort()
            doc.memo[places_key(member)] = offsets(places)


def _joint(parts: list[tuple[str, str]], flags: int, leaves: Sequence[tuple[Leaf, ...]] = ()) -> re.Pattern[str]:
    """The joint scan of gates of one kind (see :class:`_Together`).  With
    every gate's trie leaves known, the test whether some gate matches is one
    trie of them all: at each word start the C engine follows one branch per
    letter, where an alternation of the gates' own tries entered each."""
    openers = {opener for opener, _ in parts}
    if len(openers) == 1:
        # The word-start test once, not once per gate.
        opener = openers.pop()
        if len(leaves) == len(parts) and all(leaves):
            either = f"{opener}(?={trie([leaf for each in leaves for leaf in each])})"
        else:
            either = f"{opener}(?={'|'.join(ahead for _, ahead in parts)})"
        each = [f"(?={ahead})" for _, ahead in parts]
    else:
        each = [f"{opener}(?={ahead})" for opener, ahead in parts]
        either = f"(?:{'|'.join(each)})"
    return re.compile(either + "".join(f"(?:{one}()|)" for one in each), flags)


# An ASCII letter or digit: a character set of them is safe to spell out.
_ALNUM = re.compile("[A-Za-z0-9]+")


def _quick(joint: re.Pattern[str], parts: list[tuple[str, str]], firsts: list[str]) -> tuple[re.Pattern[str] | None, int]:
    r"""The joint scan in a form the C engine runs faster, with the same
    places and groups, and how many characters before its place each of its
    matches starts; (None, 0) when there is none.

    The plain form tries every position of the text (the word-start test
    first).  A pattern that opens with a character set is tried only where
    the text holds one of its characters, the C engine skipping the rest in
    a tight loop.  When the gates open with capitals, digits and a few
    lower-case letters only (the agency names, "dpa"), the set is those
    characters: the scan consumes the first one and checks the joint scan
    behind it, ``[AB](?<=JOINT.)``.  Otherwise, when every gate opens at a
    word start, the scan consumes the character before the place, ``\W``
    (the complement of ``\w``, so ``(?<!\w)`` holds right after it), and
    tries the rest of the joint scan after it: at the characters that end a
    word, not inside words.  Each match consumes one character and the next
    place is at least one further on, so none is skipped."""
    source = joint.pattern
    letters = "".join(sorted(set("".join(firsts))))
    if (
        all(firsts)
        and _ALNUM.fullmatch(letters)
        and sum(ch.islower() for ch in letters) <= _FEW_LOWER
        and not joint.flags & re.IGNORECASE
    ):
        try:
            return re.compile(f"[{letters}](?<={source}.)", joint.flags), 0
        except re.error:  # a look-behind the engine will not take: the next form
            pass
    if {opener for opener, _ in parts} == {_WORD_START}:
        return re.compile(r"\W" + source[len(_WORD_START) :], joint.flags), 1
    return None, 0


_WORD_START = r"(?<!\w)"
# Lower-case letters make most of a text: a set holding more of them stops
# the scan at most characters, where the word-start form is faster.
_FEW_LOWER = 4


# One set of gates per kind: (whether they scan the lower-cased text, their flags).
_KINDS: dict[tuple[bool, int], _Together] = {}


# The characters that match an ASCII letter case-insensitively but do not
# lower-case to it (tests/test_attribution_cues.py finds them all).
CASE_FOLD_EXCEPTIONS = "\u0130\u017f"  # "İ", "ſ"


def _folds(doc: Document) -> bool:
    """Whether the text in lower case stands for it, place for place, in a
    caseless gate: every character where it was, each letter as the pattern
    folds it."""
    key = "attribution.cues.folds"
    if key not in doc.memo:
        text = doc.text
        doc.memo[key] = text.isascii() or (
            not any(ch in text for ch in CASE_FOLD_EXCEPTIONS) and len(lowered(doc)) == len(text)
        )
    return doc.memo[key]


# Each ``match`` call costs some microseconds of set-up, so where the places
# to try lie closer than this many characters on average (a file of a million
# short lines, where every line start is one), one C-speed scan of the whole
# text is faster than trying them one by one.
_DENSE = 32


def _chained(text: str, pattern: regex.Pattern, places: Sequence[int], timeout: float | None = None) -> Iterator[regex.Match]:
    """The matches ``finditer`` finds, given every place one may start, in order."""
    if len(places) * _DENSE > len(text):
        yield from pattern.finditer(text, timeout=timeout)
        return
    last_end = 0
    for p in places:
        if p < last_end:
            continue  # inside the last match: finditer goes on after it
        # A match given ``timeout=None`` costs about twice one given none.
        m = pattern.match(text, p) if timeout is None else pattern.match(text, p, timeout=timeout)
        if m:
            yield m
            last_end = m.end()


def matches(doc: Document, pattern: regex.Pattern) -> Iterator[regex.Match]:
    """``pattern.finditer(doc.text)``, trying the pattern only where a match
    may start (see :func:`starts`)."""
    places = starts(doc, pattern)
    return pattern.finditer(doc.text) if places is None else _chained(doc.text, pattern, places)


def finditer(ctx: Context, pattern: regex.Pattern) -> Iterator[regex.Match]:
    """``ctx.finditer(pattern)`` on the document, trying the pattern only where
    a match may start (see :func:`starts`)."""
    text = ctx.doc.text
    places = starts(ctx.doc, pattern)
    if places is None or len(places) * _DENSE > len(text):
        # One scan of the whole text, as _chained would make: ctx.finditer's
        # batches keep the caller's time between matches off the time limit.
        return ctx.finditer(pattern)
    return ctx.limited_stream(lambda t, timeout: _chained(t, pattern, places, timeout), text, str(pattern.pattern))


def line_starts(doc: Document) -> Sequence[int]:
    """Where ``^`` matches in a multi-line pattern at a line holding a
    character: the text's start and after each "\\n", less the empty lines
    (those that end, "\\n" or "\\r\\n", where they start)."""
    key = "attribution.cues.line_starts"
    if key not in doc.memo:
        text = doc.text
        # Machine integers: a list held 36 bytes a line for the document's life.
        found = offsets([0] if text[:1] not in _LINE_END else [])
        at = text.find("\n")
        while at >= 0:
            if text[at + 1 : at + 2] not in _LINE_END:
                found.append(at + 1)
            at = text.find("\n", at + 1)
        doc.memo[key] = found
    return doc.memo[key]


# What an empty line holds where it starts (the text's end is one too: ""
# is in every string).
_LINE_END = "\r\n"


def at_line_starts(doc: Document, pattern: regex.Pattern) -> Iterator[regex.Match]:
    """``pattern.finditer(doc.text)`` for a multi-line pattern that opens with
    ``^`` and cannot match at an empty line, tried only at the starts of the
    lines holding a character instead of at every position.

    Every pattern of the family given here goes on from ``^`` (and optional
    spaces, which stop at a line end) with a character that is not a line
    break: a letter, a dash, a bracket, a word of a list.  Half the lines of
    a news file are the empty ones between paragraphs, and each try costs
    the ``regex`` engine some microseconds."""
    return _chained(doc.text, pattern, line_starts(doc))
