"""The shapes of a classified line that tell a link or teaser from article text (NL302)."""
from __future__ import annotations

import re

import regex

from .lines import LOWER, Classified, words_of

# A line that ends a sentence (or a clause, or an exclamation) reads as prose,
# not as a link; a teaser cut short mid-word with an ellipsis is still a link,
# a sentence trailing off after a space (`my approach …`) is not.
PROSE_END = regex.compile(r"(?:(?<!\.\.)(?<!…)[.,;:!~]|\s(?:\.\.\.|…))(?:[\"'”’)\]]*)\s*$")
# A sentence end followed by the capital of the next sentence.
_SENTENCE = regex.compile(r"[.!?…](?:[\"'”’)\]]*)\s+(?=[\"'“‘(\[]?\p{Lu})")


def headline_like(item: Classified, max_words: int) -> bool:
    """A link-shaped line: short and not ending like a sentence."""
    return 0 < item.words <= max_words and not PROSE_END.search(item.line.text)


def teaser_like(item: Classified, max_words: int) -> bool:
    """Short enough to be a link or a teaser, and at most two sentences."""
    if item.words == 0 or item.words > max_words:
        return False
    return len(_SENTENCE.findall(item.line.text.strip())) <= 1


def paragraph(item: Classified) -> bool:
    """Running text: longer than any teaser's dek, or several sentences."""
    if item.words > 25 or len(_SENTENCE.findall(item.line.text.strip())) >= 1:
        return True
    return item.words >= 20 and bool(PROSE_END.search(item.line.text))


def dek(item: Classified, max_words: int) -> bool:
    """One sentence at most: the standfirst under a teaser's headline."""
    return 0 < item.words <= max_words and not _SENTENCE.search(item.line.text.strip())


# A section tag closing a headline: `[NEWS]`, `[Video]`, `[ Bloomberg ]`.
_TAGGED = regex.compile(r"[^\s.,;:]\s*\[\s*\p{Lu}[\p{L}'’&\-]*(?:\s+\p{Lu}[\p{L}'’&\-]*){0,2}\s*\]\s*$")
_LETTER = regex.compile(r"\p{L}")


def inline_teaser(item: Classified, max_words: int) -> bool:
    """A headline of another story: tagged with its section, or long and in capitals."""
    text = item.line.text
    if item.words < 4 or item.words > max_words + 4 or PROSE_END.search(text):
        return False
    if _TAGGED.search(text):
        return True
    if item.words < 8 or text.rstrip().endswith("?"):
        return False
    letters = len(_LETTER.findall(text))
    return letters >= 20 and len(LOWER.findall(text)) <= 0.05 * letters


# A teaser card flattened without a break: a title-case headline runs
# straight into its standfirst (`... Spots In DetroitHoodline crunched ...`).
_CAMEL = regex.compile(r"\p{Ll}{2}(?=\p{Lu}\p{Ll})")
# _CAMEL for ASCII text, where \p{Ll} and \p{Lu} are [a-z] and [A-Z]: the
# standard library's engine skips to the lower-case letters, and every line
# of twelve words or more is searched.
_ASCII_CAMEL = re.compile(r"[a-z]{2}(?=[A-Z][a-z])")
_TITLE_WORD = regex.compile(r"^\p{Lu}")
_HEAD_STOP = regex.compile(r"[.,;!?]")


def glued_teaser(item: Classified) -> bool:
    """A title-case headline glued to the standfirst under it."""
    text = item.line.text
    if item.words < 12:
        return False
    m = (_ASCII_CAMEL if text.isascii() else _CAMEL).search(text)
    if not m:
        return False
    # Brand names glue capitals too (`MacBook`, `ThyssenKrupp`): only a head
    # of five or more title-case words with no punctuation reads as a headline.
    head = [w for w in words_of(text[: m.end()]) if not w[0].isdigit()]
    tail = words_of(text[m.end() :])
    if len(head) < 5 or len(tail) < 8 or _HEAD_STOP.search(text, 0, m.end()) or not PROSE_END.search(text):
        return False
    return sum(bool(_TITLE_WORD.match(w)) for w in head) >= 0.8 * len(head)


# What is left of a line without its words and spaces: its punctuation.  Lines
# built on one template share it (`Lot 41, bell - 1,900` and `Lot 12, clock -
# 2,600`: `,-,`); links and headlines vary.
_NOT_PUNCT = regex.compile(r"[\p{L}\p{N}\s'’]+")


def punctuation(text: str) -> str:
    """The punctuation of ``text``, in order."""
    return _NOT_PUNCT.sub("", text)
