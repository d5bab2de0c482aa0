"""Whether a short line reads as a clause with a finite verb: a headline (NL302).

A teaser is the headline of another page, and a headline is a clause: `Festival
announces its first headliners`, `Hosepipe ban lifted after a wet spring`, `Pool
prices to rise`, `Nurses vote to accept pay offer`, `Why waiting lists are still
rising`.  The items of an article's list are mostly noun phrases, names, figures
and fragments (`Lardy cake`, `Broad beans, for a summer crop`, `Rovers v Town`,
`6.4in screen`).  A verb form is read only where a headline puts it: after the
first word (an imperative or a title's first word says nothing), and

- a finite auxiliary or a modal (`is`, `has`, `will`), or a contraction of one
  anywhere (`We'll`);
- `to` and a base form (`to open`);
- a third-person `-s` form with a word after it (a plural noun ends its phrase:
  `Custard slices`) other than `with`, `and`, `or` (`ports with charging`; `of` after
  an -s form that is no noun's: `Opposition warns of ...`),
  after a content word or a pronoun, not after a comma; a
  noun's `-s` form that is a verb too only before a particle, a determiner or `to`
  (`Hosepipe ban ends after ...`, not `Two ports with charging`);
- a past form (`-ed`, irregular) after a content word or a pronoun, not after a
  comma (`Two onions, sliced`) nor a function word (`with pickled beetroot`);
- a base form right after a plural noun or a pronoun that takes one (`lists grow
  longer`, `The only recipe you need`);

or the line starts with a question word and has three words or more (`What the
new contract means for you`).  The word classes (newslint/data/list_verb_*.txt)
are derived from a dictionary by tools/build_verb_forms.py.  A title can hold a
verb (`Nobody Calls Me Home`): the callers read a list's share of verb lines,
never one line alone.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Iterator, Sequence

import regex

from ...phrases import DATA_DIR, read_list
from .word_classes import AUXILIARIES, FUNCTION_WORDS

BASES = frozenset(read_list(DATA_DIR / "list_verb_bases.txt"))
S_FORMS = frozenset(read_list(DATA_DIR / "list_verb_s_forms.txt"))
PAST_FORMS = frozenset(read_list(DATA_DIR / "list_verb_past_forms.txt"))
NOUN_S_FORMS = frozenset(read_list(DATA_DIR / "list_verb_noun_s_forms.txt"))
# A noun's -s form is a verb before a determiner or a particle (`ends after a`,
# `plans to`, `cuts the`); before most prepositions it is a plural (`beans on
# canes`, `pumps in every home`), and those are left out.
_VERB_NEXT = frozenset({"after", "to", "the", "a", "an", "its", "their", "his", "her", "up", "down", "out", "off",
                        "back"})
# After an -s form these go on with a noun phrase (`ports with charging`); `of` does so only after
# a noun's -s form (`slices of cake`), which S_FORMS leaves out (`Opposition warns of ...`).
_PHRASE_NEXT = frozenset({"with", "and", "or"})
_MODALS = AUXILIARIES | {"may", "might", "shall", "won't", "can't"}
# A verb's subject may be a pronoun, which is a function word, or a relative
# pronoun (`The bookshop that survived the pandemic`).
_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "you", "i", "who", "that", "which", "nobody", "everyone",
                       "someone"})
_PLURAL_PRONOUNS = frozenset({"i", "we", "you", "they"})
_QUESTION = frozenset({"why", "what", "how", "when", "where", "who", "which"})
_TOKEN = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’\-]*|[,;:–—(]")
_CONTRACTED = regex.compile(r"['’](?:ll|re|ve|d)$")


@lru_cache(maxsize=4096)
def has_finite_verb(text: str) -> bool:
    """Whether ``text`` reads as a clause: a headline's verb (see the module's docstring)."""
    return next(_verbs(text), None) is not None


@lru_cache(maxsize=4096)
def present_clause(text: str) -> bool:
    """Whether ``text`` reads as a clause in the present or future: a finite
    auxiliary or modal, `to` and a base form, an `-s` form, a base form after a
    plural, a question word.  Headlines put what happened in the present
    (`Council leader quits`) and what will happen with `to` (`Pool to close`);
    a list of what happened sets out participles (`Schools closed`, `Fuel
    duty cut by 2p`) or noun phrases.  A past form alone is not one."""
    return any(kind == _PRESENT for kind in _verbs(text))


_PRESENT, _PAST = "present", "past"


def _verbs(text: str) -> Iterator[str]:
    """The kind of each headline verb ``text`` holds, left to right."""
    tokens = [t.lower().replace("’", "'") for t in _TOKEN.findall(text)]
    words = [t for t in tokens if t[0].isalnum()]
    if len(words) >= 3 and words[0] in _QUESTION:
        yield _PRESENT
    if tokens and _CONTRACTED.search(tokens[0]):
        yield _PRESENT  # `We'll ...`, `They're ...`
    for k in range(1, len(tokens)):
        w, prev = tokens[k], tokens[k - 1]
        if not w[0].isalpha():
            continue
        if w in _MODALS or _CONTRACTED.search(w):
            yield _PRESENT
            continue
        after = tokens[k + 1] if k + 1 < len(tokens) else ""
        if w == "to" and after in BASES:
            yield _PRESENT
            continue
        if not prev[0].isalnum():
            continue  # after a comma or a dash: a description, not the clause's verb
        subject = prev in _PRONOUNS or (prev not in FUNCTION_WORDS and not prev.isdigit())
        if subject and (w in S_FORMS and after[:1].isalnum() and after not in _PHRASE_NEXT
                        or w in NOUN_S_FORMS and after in _VERB_NEXT):
            yield _PRESENT
        elif w in PAST_FORMS and subject and k >= 1 and prev != "and":
            yield _PAST
        elif w in BASES and (_plural(prev) or prev in _PLURAL_PRONOUNS):
            yield _PRESENT


def _plural(word: str) -> bool:
    return len(word) >= 4 and word.endswith("s") and not word.endswith(("ss", "'s", "us", "is")) and word not in FUNCTION_WORDS


def verb_lines(texts: Sequence[str]) -> int:
    """How many of ``texts`` read as clauses."""
    return sum(has_finite_verb(t) for t in texts)


def command(text: str) -> bool:
    """A line opening on an interface verb (`Listen now`, `Share article`), or on a
    verb's base form alone or before a function word (`Reveal all`, `Subscribe`):
    a widget's command, not an item opening on a word that can be a verb (`Spring
    onions`, `Sweet peas`)."""
    words = [w.casefold().strip(".,:;!?\"'") for w in text.split()[:2]]
    if not words:
        return False
    return words[0] in _COMMANDS or words[0] in BASES and (len(words) == 1 or words[1] in FUNCTION_WORDS)


# The line model's classes of interface and imperative verbs.
_COMMANDS = frozenset(read_list(DATA_DIR / "lineclass_imperative.txt")) | frozenset(
    read_list(DATA_DIR / "lineclass_ui_verbs.txt"))

# A verbless list over a widget row: ITEMS lines at least, at most one in
# VERBLESS_SHARE with a verb, ITEM_WORDS words an item on average (a tag list's
# topics, `Flooding` / `Roads`, have one or two); a last line of LABEL_WORDS
# words or fewer, shorter than every item above it, is the row's first label
# (`Partner content`, `Gift cards`), not an item.
ITEMS = 3
VERBLESS_SHARE = 4
ITEM_WORDS = 2.5
LABEL_WORDS = 2
# No item longer than a link (NL302's ``max-link-words``): a footer's rows of
# section links (`Les rubriques du Monde.fr International ▪ Politique ▪ ...`) are none.
MAX_ITEM_WORDS = 14


def verbless_items(texts: Sequence[str], words: Sequence[int]) -> int:
    """How many of ``texts`` (``words`` words each, the lines above a widget row)
    read as a list's items, neither headlines nor widgets: no command, few finite
    verbs, not one or two words each (0: they do not)."""
    n = len(texts)
    while n > ITEMS and words[n - 1] <= LABEL_WORDS and words[n - 1] < min(words[: n - 1]):
        n -= 1
    texts, words = texts[:n], words[:n]
    if (n < ITEMS or sum(words) < ITEM_WORDS * n or max(words) > MAX_ITEM_WORDS or any(map(command, texts))
            or VERBLESS_SHARE * verb_lines(texts) > n):
        return 0
    return n


def case_style(text: str) -> str | None:
    """``title`` when every content word after the first is capitalised (`A House
    Without Windows`), ``sentence`` when two or more are in lower case (names may
    be capitalised), None when the line is too short to tell (`Pictures from the prom`)."""
    words = [w for w in _TOKEN.findall(text) if w[0].isalpha()]
    rest = [w for w in words[1:] if w.casefold() not in FUNCTION_WORDS]
    lower = sum(w[0].islower() for w in rest)
    if rest and not lower:
        return "title"
    return "sentence" if lower >= 2 else None
