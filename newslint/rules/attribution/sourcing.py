"""The vague-sourcing classes of NL403 as patterns, and the tests that tell a
vague subject ("analysts say") from a named one ("Citi analysts say")."""
from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

import regex

from ...phrases import alternation, word_start_phrases
from .lists import entries, longest_first_trie

_I = regex.IGNORECASE | regex.MULTILINE


class VaguePatterns(NamedTuple):
    nouns: regex.Pattern  # a vague subject: "analysts", "some people"
    tail: regex.Pattern  # after it, its verb: "have long argued"
    mods_before: regex.Pattern  # words before it that name nobody: "many industry"
    inverted: regex.Pattern  # "said analysts", "according to some economists"
    passive: regex.Pattern  # "it is understood", "who asked not to be named"


@lru_cache(maxsize=None)
def vague_patterns() -> VaguePatterns:
    mods = longest_first_trie("attribution_vague_modifiers.txt")
    subjects = longest_first_trie("attribution_vague_subjects.txt")
    verbs = longest_first_trie("attribution_vague_verbs.txt")
    # Between subject and verb: listed adverbs and auxiliaries, or any -ly word.
    adverbs = longest_first_trie("attribution_vague_adverbs.txt")
    # The subject is found first and the rest matched around it: one pass of
    # a small alternation instead of modifiers+subjects+verbs at every word.
    # All four are matched forwards, so their lists may be tries.
    nouns = regex.compile(rf"\m(?:{subjects})", _I)
    tail = regex.compile(rf"\s+(?:(?:{adverbs}|\w{{3,}}ly)\s+){{0,2}}(?P<verb>{verbs})", _I)
    mods_before = regex.compile(rf"(?<!\w)(?:(?:{mods})\s+){{1,2}}$", _I)
    # "said analysts", "according to some economists": only real nouns, since
    # "he said some of the staff" is not vague sourcing.
    inverted = regex.compile(
        rf"(?<!\w)(?:{alternation(entries('attribution_vague_inverted.txt'))})"
        rf"\s+(?:(?:{mods})\s+){{0,2}}(?P<noun>{subjects})\b"
        r"(?!\s*(?:,\s*)?(?:(?:including|such\s+as|like|at|from|with|of|in|for)\s+)?(?:the\s+)?(?-i:\p{Lu}))",
        _I,
    )
    passive = word_start_phrases(entries("attribution_vague_passive.txt"))
    return VaguePatterns(nouns, tail, mods_before, inverted, passive)


# Quantifiers that are subjects only before a verb: after one ("he said some
# of the staff would move") they open a noun phrase.
_BARE = ("some", "many", "others", "most")


def is_bare_noun(noun: str) -> bool:
    return noun.lower() in _BARE


# Subjects that take "says"/"holds": "a source says", "conventional wisdom holds".
_SINGULAR = ("a ", "an ", "one ", "someone", "conventional wisdom", "received wisdom", "rumour", "rumor")


def agrees(noun: str, verb: str) -> bool:
    """Whether the verb agrees with the subject: plural subjects take "say",
    not "says", so "some estimates put" is a noun phrase, not sourcing."""
    first = verb.split()[0].lower()
    s_form = first.endswith("s") and not first.endswith("ss") and first not in ("was", "has")
    return not s_form or noun.lower().startswith(_SINGULAR)


# Capitalised words that may stand right before a vague subject without naming
# anyone ("But critics say"); any other capitalised word there is a name
# ("Goldman Sachs analysts say").
_FUNCTION_WORDS = frozenset(
    "a an and as because but even for however if indeed meanwhile most now other others "
    "so some still the these those though when where while yet".split()
)
_PREV_TOKEN = regex.compile(r"(\S+)[^\S\r\n]+$")
_ADJECTIVE_END = regex.compile(r"(?:al|ous|ive|ful|less|ic)$", regex.IGNORECASE)


def names_before(text: str, start: int) -> bool:
    """Whether a name or organisation stands right before ``start``
    ("Citi analysts", "the bank's economists")."""
    # A bounded window keeps this constant-time on a one-line megabyte file.
    m = _PREV_TOKEN.search(text, max(0, start - 80), start)
    if not m:
        return False
    token = m.group(1)
    if token.endswith(("'s", "’s", "s'", "s’")):
        return True
    word = token.strip("\"“”‘’([")
    if not (word[:1].isupper() and word.lower() not in _FUNCTION_WORDS and word[-1:].isalnum()):
        return False
    # "Sceptical economists argue": an adjective capitalised only because it
    # opens the sentence is not a name.
    opens = not text[max(0, m.start(1) - 3) : m.start(1)].strip() or _last_visible(text, m.start(1)) in ".!?\"“”"
    return not (opens and not word.isupper() and _ADJECTIVE_END.search(word))


def _last_visible(text: str, end: int) -> str:
    """``text[:end].rstrip()[-1:]`` without copying the text before ``end``
    (the whole story, once per match, in a huge one)."""
    k = end - 1
    while k >= 0 and text[k].isspace():
        k -= 1
    return text[k] if k >= 0 else ""
