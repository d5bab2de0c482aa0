"""A ``re`` pattern that matches wherever a family pattern can start a match.

The family's patterns (``regex`` alternations built from the phrase lists)
cost the ``regex`` engine a try at every position of a text.  The C ``re``
engine scans about three times faster, but it lacks ``regex``'s syntax
(``\\p{Lu}``, ``\\m``) and differs from it on a few characters.  So each
pattern gets a looser ``re`` twin, its *gate*, that matches at every place
the pattern does (and maybe elsewhere): one C scan of the text lists the
places, and the pattern itself is tried only there, so the matches are the
pattern's own.

The gate is the pattern's source with what ``re`` cannot be trusted on taken
out, never added: lookarounds and word boundaries dropped, and the source cut
before anything else (``\\w``, ``\\p{...}``, a negated class, ``^``, ``$``):
a prefix of a pattern matches wherever the pattern does.  A leading
``(?<!\\w)`` (or ``\\m``) is kept: ``re``'s ``\\w`` is ``regex``'s less the
combining marks and plus the other-number characters (``²``), so a text
holding one of those is not gated (see :func:`cues.starts`).  Letters are
ASCII only, since ``re`` folds each ASCII letter to every character ``regex``
folds it to (tests/test_attribution_cues.py checks both facts on every
character).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple, Sequence

import regex

from newslint.regex_source import class_end, token_end

# What opens a pattern at a word start: kept as ``(?<!\w)`` in the gate.
_WORD_START_OPENERS = (r"(?<!\w)", r"(?<![\w-])", r"\m")
# ``regex`` flags a gate cannot follow: a gate is then not built.
_UNSUPPORTED_FLAGS = regex.VERBOSE | regex.REVERSE | regex.FULLCASE | regex.ASCII | regex.VERSION1 | regex.WORD
_QUANTIFIER = re.compile(r"[?*+]|\{(\d+)(?:,(\d*))?\}|\{,(\d+)\}")
# Escapes kept as they are: white space (``re``'s holds ``regex``'s) and escaped punctuation.
_KEPT_ESCAPE = re.compile(r"\\(?:s|[^\w])")
_DROPPED_ESCAPE = ("\\b", "\\m", "\\M")
_NAMED_GROUP = re.compile(r"\(\?P?<\w+>")
# A character class ``re`` reads as ``regex`` does: literal characters,
# ranges, escaped punctuation and ``\s``; not negated, nested or with ``\w``.
_PLAIN_CLASS = re.compile(r"\[(?!\^)(?:[^\\\[\]]|\\[s\W])+\]")


class _Unsupported(Exception):
    """Syntax the gate does not translate: the source is cut before it."""


class _Node(NamedTuple):
    """One item of a sequence: its translation (None: not translatable), the
    alternatives of a group (translated on demand) and its quantifier."""

    text: str | None
    alternatives: tuple[tuple["_Node", ...], ...] | None
    open: str  # a group's opening: "(?:" or "(?-i:"
    minimum: int
    quantifier: str


def _parse(src: str, i: int) -> tuple[tuple[tuple[_Node, ...], ...], int]:
    """The alternatives of the sequence starting at ``i``, up to a ``)`` or the end."""
    alternatives: list[tuple[_Node, ...]] = []
    items: list[_Node] = []
    while i < len(src) and src[i] != ")":
        if src[i] == "|":
            alternatives.append(tuple(items))
            items = []
            i += 1
            continue
        node, i = _atom(src, i)
        q = _QUANTIFIER.match(src, i)
        minimum, quantifier = 1, ""
        if q:
            i = q.end()
            text = q.group(0)
            if text in "?*":
                minimum = 0
            elif text.startswith("{"):
                minimum = int(q.group(1) or 0)
                # "{,3}" is regex's "{0,3}"; re reads it the same way, but say it plainly.
                text = f"{{{minimum},{q.group(3)}}}" if q.group(3) else text
            quantifier = text
            if src[i : i + 1] in ("?", "+"):
                # Lazy: the same language; possessive: greedy matches wherever it does.
                quantifier += "?" if src[i] == "?" else ""
                i += 1
        items.append(node._replace(minimum=minimum, quantifier=quantifier))
    alternatives.append(tuple(items))
    return tuple(alternatives), i


def _atom(src: str, i: int) -> tuple[_Node, int]:
    ch = src[i]
    if ch == "(":
        for lookaround in ("(?=", "(?!", "(?<=", "(?<!"):
            if src.startswith(lookaround, i):
                return _Node("", None, "", 1, ""), token_end(src, i)
        for opening, kept in (("(?:", "(?:"), ("(?-i:", "(?-i:")):
            if src.startswith(opening, i):
                alternatives, j = _parse(src, i + len(opening))
                return _Node(None, alternatives, kept, 1, ""), j + 1
        named = _NAMED_GROUP.match(src, i)
        if src.startswith("(?", i) and not named:
            return _Node(None, None, "", 1, ""), token_end(src, i)
        alternatives, j = _parse(src, named.end() if named else i + 1)
        return _Node(None, alternatives, "(?:", 1, ""), j + 1
    if ch == "[":
        end = class_end(src, i)
        text = src[i:end]
        return _Node(text if _PLAIN_CLASS.fullmatch(text) and text.isascii() else None, None, "", 1, ""), end
    if ch == "\\":
        escape = src[i : i + 2]
        if escape in _DROPPED_ESCAPE:
            return _Node("", None, "", 1, ""), i + 2
        if escape == "\\p" or escape == "\\P" or escape == "\\N":
            end = src.index("}", i) + 1 if src[i + 2 : i + 3] == "{" else i + 3
            return _Node(None, None, "", 1, ""), end
        return _Node(escape if _KEPT_ESCAPE.fullmatch(escape) else None, None, "", 1, ""), i + 2
    if ch in "^$":
        return _Node(None, None, "", 1, ""), i + 1
    # A literal: letters only ASCII (their case folding is checked).
    return _Node(ch if ch.isascii() or not ch.isalpha() else None, None, "", 1, ""), i + 1


# A group opening an alternative is spread over its own alternatives (``(?:a|an)\s+x``
# -> ``a\s+x|an\s+x``) when it has at most this many, so that their letters
# join the trie.
_SPREAD = 16


def _dropped(node: _Node) -> bool:
    """A lookaround or boundary, translated to nothing."""
    return node.text == "" and node.alternatives is None


def _flat(alternatives: tuple[tuple[_Node, ...], ...]) -> list[tuple[_Node, ...]]:
    """The alternatives with a group opening one spread over its own (and an
    optional one also left out): the same language, more letters up front."""
    out: list[tuple[_Node, ...]] = []
    for alt in alternatives:
        alt = tuple(node for node in alt if not _dropped(node))
        first = alt[0] if alt else None
        if (
            first is not None
            and first.alternatives is not None
            and first.open == "(?:"
            and first.quantifier in ("", "?", "??")
            and len(first.alternatives) <= _SPREAD
        ):
            spread = tuple(inner + alt[1:] for inner in first.alternatives)
            if first.quantifier:
                spread += (alt[1:],)
            out.extend(_flat(spread))
        else:
            out.append(alt)
    return out


def _literal(node: _Node) -> str | None:
    """The character a node matches, if it is one plain letter or digit."""
    text = node.text
    return text if text is not None and len(text) == 1 and text.isalnum() and not node.quantifier else None


# Leading letters after which an alternative's gate stops at its next group.
_ENOUGH_LETTERS = 3


def _alternation(alternatives: tuple[tuple[_Node, ...], ...], cut: bool, caseless: bool) -> str | None:
    """One alternation over the alternatives' translations, factored into a
    trie by their leading letters: a gate is only asked whether some
    alternative matches, which their order cannot change, and the C engine
    then tries one branch per letter instead of every alternative.  None
    when an alternative does not translate or, with ``cut``, may match
    anything."""
    leaves = _leaves(alternatives, cut, caseless)
    return None if leaves is None else trie(leaves)


Leaf = tuple[str, str]  # an alternative's leading letters and the translation of the rest


def _leaves(alternatives: tuple[tuple[_Node, ...], ...], cut: bool, caseless: bool, choosy: bool = True) -> list[Leaf] | None:
    """The alternatives' translations as leaves of a trie (see :func:`_alternation`)."""
    leaves: list[Leaf] = []
    for alt in _flat(alternatives):
        k = 0
        while k < len(alt) and _literal(alt[k]) is not None:
            k += 1
        tail = alt[k:]
        if cut and k >= _ENOUGH_LETTERS:
            if choosy:
                # Enough to be choosy: a longer gate costs more to compile than
                # its fewer places save ("said" + a hundred subjects, each spread).
                simple = 0
                while simple < len(tail) and tail[simple].alternatives is None:
                    simple += 1
                tail = tail[:simple]
        rest = _sequence(tail, cut, caseless)
        head = "".join(node.text for node in alt[:k])  # type: ignore[misc]
        if rest is None or cut and not head and not rest:
            return None
        leaves.append((head.lower() if caseless else head, rest))
    return leaves


def _first_letters(alternatives: tuple[tuple[_Node, ...], ...], caseless: bool) -> frozenset[str] | None:
    """Every character a match of the alternatives' translation can open
    with, when each opens with a plain letter or digit or a group (not
    optional) of such alternatives; else None (not known)."""
    found: set[str] = set()
    for alt in _flat(alternatives):
        first = alt[0] if alt else None
        if first is None:
            return None  # an empty alternative: the next item opens the match
        letter = _literal(first)
        if letter is not None:
            found.add(letter.lower() if caseless else letter)
            continue
        if first.alternatives is None or first.open != "(?:" or first.minimum < 1:
            return None
        inner = _first_letters(first.alternatives, caseless)
        if inner is None:
            return None
        found |= inner
    return frozenset(found)


def trie(leaves: Sequence[Leaf]) -> str:
    """One alternation of the leaves, factored by their leading letters.  It
    matches where some leaf does (their order cannot change that), so the
    leaves of several gates make one trie that matches where any of them does."""
    return _trie(list(dict.fromkeys(leaves)), 0)


def _by_rest(leaves: Sequence[Leaf]) -> str:
    r"""One alternation of the leaves with those of one rest joined, each
    rest once after a trie of its leaves' letters (``(?:said|says)\s+(?:...)``):
    a fine gate's rests are long and shared ("said", "says" ... + the same
    hundred subjects)."""
    heads: dict[str, list[Leaf]] = {}
    for head, rest in dict.fromkeys(leaves):
        heads.setdefault(rest, []).append((head, ""))
    options = [trie(group) + rest for rest, group in heads.items()]
    return options[0] if len(options) == 1 else "(?:" + "|".join(options) + ")"


def _trie(leaves: list[tuple[str, str]], depth: int) -> str:
    ended = [rest for head, rest in leaves if len(head) == depth]
    groups: dict[str, list[tuple[str, str]]] = {}
    for head, rest in leaves:
        if len(head) > depth:
            groups.setdefault(head[depth], []).append((head, rest))
    options = ended + [ch + _trie(group, depth + 1) for ch, group in groups.items()]
    if len(options) == 1:
        return options[0]  # a concatenation: no alternation to enclose
    return "(?:" + "|".join(options) + ")"


def _sequence(items: tuple[_Node, ...], cut: bool, caseless: bool) -> str | None:
    """The translation of a sequence; with ``cut`` (nothing follows it) the
    longest translatable prefix, else None unless all of it translates."""
    out: list[str] = []
    for node in items:
        text = node.text
        complete = text is not None
        if node.alternatives is not None:
            # Letters inside "(?-i:...)" keep their case.
            folds = caseless and node.open != "(?-i:"
            whole = _alternation(node.alternatives, False, folds)
            if whole is not None:
                text, complete = node.open + whole + ")", True
            elif cut and node.minimum >= 1:
                # The first repetition's beginning: each alternative cut.
                part = _alternation(node.alternatives, True, folds)
                text = None if part is None else node.open + part + ")"
        if not complete:
            if not cut:
                return None
            if text:
                out.append(text)
            return "".join(out)
        if text and node.alternatives is None and caseless:
            text = _folded(text)
        out.append(text + node.quantifier if text else "")
    return "".join(out)


_UNESCAPED_CAPITAL = re.compile(r"(?<!\\)[A-Z]")


def _folded(atom: str) -> str:
    """A caseless atom in lower case (its escapes as they are), so that the
    gate reads lower-cased text as well as the text itself."""
    return _UNESCAPED_CAPITAL.sub(lambda m: m.group().lower(), atom)


class Gate(NamedTuple):
    """A pattern's gate: its source and ``re`` flags, and whether it may scan
    the text in lower case (the pattern ignores case throughout), where the C
    engine scans faster.  Compiled at first use (and kept)."""

    source: str
    flags: int
    folds: bool
    # The leaves whose trie is the lookahead's content (empty: not known).
    leaves: tuple[Leaf, ...] = ()
    # Every character a match opens with, sorted ("": not known).
    firsts: str = ""

    def on_text(self) -> re.Pattern[str]:
        return _compiled(self.source, int(self.flags))

    def parts(self) -> tuple[str, str]:
        """The source as (its opener, the lookahead's content): ``opener(?=content)``."""
        opener = r"(?<!\w)" if self.source.startswith(r"(?<!\w)") else ""
        return opener, self.source[len(opener) + len("(?=") : -len(")")]

    def on_lowered(self) -> re.Pattern[str]:
        """For lower-cased text, where ``folds``: the gate's letters are in
        lower case, so it needs no IGNORECASE there."""
        return _compiled(self.source, int(self.flags) & ~_IGNORECASE)


# The flags as a plain integer: ``RegexFlag`` arithmetic runs in Python, and
# the scanners were looked up twice a pattern a document (``re.compile``'s
# own cache is keyed through it).
_IGNORECASE = int(re.IGNORECASE)


@lru_cache(maxsize=1024)
def _compiled(source: str, flags: int) -> re.Pattern[str]:
    return re.compile(source, flags)


@lru_cache(maxsize=256)
def gate(pattern: regex.Pattern) -> Gate | None:
    """The gate matching (with zero width) at every place where ``pattern``
    can start a match, or None when none can be built: the pattern's flags or
    syntax are beyond it, or every place would do."""
    return _gate(pattern, True)


@lru_cache(maxsize=256)
def fine_gate(pattern: regex.Pattern) -> Gate | None:
    """:func:`gate` translated as far as it goes after the leading letters
    too ("said" + its hundred subjects): too slow to compile and scan as part
    of the joint scan, it sorts out one by one the places that scan lists,
    each for a fraction of what a try of the pattern costs under the time
    limit (branch speed18)."""
    found = _gate(pattern, False)
    return found if found is None or len(found.source) <= _FINEST else None


# Longest fine gate kept (its compiling is paid once a process).
_FINEST = 20_000


def _gate(pattern: regex.Pattern, choosy: bool) -> Gate | None:
    if pattern.flags & _UNSUPPORTED_FLAGS:
        return None
    src = pattern.pattern
    opener = ""
    for start in _WORD_START_OPENERS:
        if src.startswith(start):
            opener, src = r"(?<!\w)", src[len(start) :]
            break
    try:
        alternatives, end = _parse(src, 0)
    except (_Unsupported, ValueError, IndexError):
        return None
    if end != len(src):
        return None
    caseless = bool(pattern.flags & regex.IGNORECASE)
    leaves = _leaves(alternatives, True, caseless, choosy)
    source = None if leaves is None else trie(leaves) if choosy else _by_rest(leaves)
    if not source or leaves is None:
        return None  # an alternative that may match anything: every place would do
    flags = (re.IGNORECASE if caseless else 0) | (re.DOTALL if pattern.flags & regex.DOTALL else 0)
    firsts = _first_letters(alternatives, caseless)
    return Gate(
        opener + "(?=" + source + ")", flags, caseless and "(?-i:" not in source, tuple(leaves), "".join(sorted(firsts or ()))
    )
