"""The interface vocabulary (newslint/data/ui_*.txt) as the patterns that find it in a line.

A label is matched against the *shape* of a line -- the whole line, the start
of a line, the start of a sentence in a banner-length line -- never as loose
words in running text, so `subscribe to` in a story about subscriptions stays
clean.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any, Iterable, Mapping, NamedTuple

import regex

from ...phrases import alternation, data_path, read_list, with_list_options


class LabelLists(NamedTuple):
    """The five interface lists, after the rule's ``extend``/``disable`` options."""

    headers: tuple[str, ...]  # section headers of a link list: `Related Articles`
    lines: tuple[str, ...]  # labels that make up a whole line: `Type to search`
    prefixes: tuple[str, ...]  # cross-promotion opening a line: `Also on AF:`
    phrases: tuple[str, ...]  # banners opening a sentence: `Sign up for`
    buttons: tuple[str, ...]  # call-to-action verbs of a capital button label


@lru_cache(maxsize=1)
def _shipped_lists() -> LabelLists:
    return LabelLists(*(tuple(read_list(data_path(f"ui_{name}.txt"))) for name in LabelLists._fields))


def label_lists(options: Mapping[str, Any]) -> LabelLists:
    """The shipped lists with ``disable`` applied to each; ``extend`` entries
    are whole-line labels."""
    only_disable = {"disable": options.get("disable", ())}
    shipped = _shipped_lists()
    return LabelLists(
        headers=with_list_options(shipped.headers, only_disable),
        lines=with_list_options(shipped.lines, options),
        prefixes=with_list_options(shipped.prefixes, only_disable),
        phrases=with_list_options(shipped.phrases, only_disable),
        buttons=with_list_options(shipped.buttons, only_disable),
    )


class LabelPatterns(NamedTuple):
    whole: regex.Pattern  # a header or label that is the whole line (groups `header`, `ui`)
    prefix: regex.Pattern  # a cross-promotion prefix at the start of the line
    banner: regex.Pattern  # a banner phrase, tried where a sentence starts
    glued: regex.Pattern  # a label glued to the end of a sentence
    glue_point: regex.Pattern  # where ``glued`` could start: a capital right after a sentence end
    button: regex.Pattern  # a call-to-action verb opening the line


# Bullets, arrows and quote marks that scrapers leave in front of a link.
_LEAD = r"^[\s\p{Pd}•·*>#|\[\(«»›‹→▸►▶\u2022.…]*"
# What may trail a label: punctuation, symbols (arrows, »), digits of a counter.
_TRAIL = r"[\s\p{P}\p{S}\d]*$"


def _alternatives(entries: Iterable[str]) -> str:
    return alternation(entries) or "(?!)"


# (Case-sensitive and without the letter before the stop: a case-insensitive
# class costs twenty times as much.)
_GLUE_POINT = regex.compile("[.!?…][\"”’)]?\\p{Lu}", regex.VERSION1)


@lru_cache(maxsize=16)
def label_patterns(lists: LabelLists) -> LabelPatterns:
    """The compiled patterns for one set of lists (cached per process)."""
    flags = regex.IGNORECASE | regex.VERSION1
    labels = f"(?:(?P<header>{_alternatives(lists.headers)})|(?P<ui>{_alternatives(lists.lines)})){_TRAIL}"
    return LabelPatterns(
        # Possessive lead: backtracking into a long run of dashes let entries such
        # as `(?:\S+\s+){0,3}newsletters?` rescan the run from every position
        # (a line of 20,000 dashes took 2 s per rule; found by tools/fuzz.py).
        whole=regex.compile(f"{_LEAD}+{labels}", flags),
        # A prefix starts a line with a capital: a hard-wrapped sentence that
        # happens to go on with "subscribe to" on its next line is prose.
        prefix=regex.compile(f"{_LEAD}(?-i:(?=[\\p{{Lu}}\\[]))(?:{_alternatives(lists.prefixes)})", flags),
        # A banner phrase opens a sentence (`Sign up for ...`, `Get a subscription
        # ...`, `This website uses cookies`): the same words in the middle of a
        # reporter's sentence are about the subject, not page furniture.  The
        # phrases are tried only where a sentence starts (much faster than a
        # search through the line).
        banner=regex.compile(f"(?:\\S+\\s+){{0,5}}?(?:{_alternatives(lists.phrases)})", flags),
        # A label glued to the end of a sentence by a lost line break:
        # `... energy ties.Type to search`.
        glued=regex.compile(f"(?<=[\\p{{Ll}}\\d][.!?…][\"”’)]?)(?-i:(?=\\p{{Lu}})){labels}", flags),
        # The same sentence end and capital with no label after them: a quick
        # test that spares most lines the search for the label.
        glue_point=_GLUE_POINT,
        # A button label shouts: a call-to-action verb opening a short line in
        # capitals (the caller checks that no lower-case letter follows).
        button=regex.compile(f"{_LEAD}(?:{_alternatives(lists.buttons)})\\b", flags),
    )


# Where a sentence starts: after the lead of the line, or after a sentence end.
_SENTENCE_START = regex.compile(f"(?:{_LEAD}|(?<=[.!?:])\\s+)(?=[\\p{{Lu}}\\d©])")


def opens_banner(banner: regex.Pattern, text: str) -> bool:
    """Whether a banner phrase opens one of the sentences of ``text``."""
    return any(banner.match(text, m.end()) for m in _SENTENCE_START.finditer(text))
