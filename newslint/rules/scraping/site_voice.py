"""A sentence in which the site speaks to its reader (NL301): the banners,
pitches and notices that sit between an article's paragraphs as sentences.

Scraped pages keep the site's own sentences: a membership pitch (`If you value
our reporting, please consider becoming a member today.`), a newsletter
prompt (`Enjoying this article? Get stories like it in your inbox every
Friday.`), an affiliate notice, a paywall count.  They end like sentences, so
the label shapes (ui_shape.py) never read them.  What marks them is who speaks
to whom about what: the site speaking as itself (`we`, `our`, or the page
pointing at itself, `this article`), the reader addressed (`you`, `your`, or a
command opening a sentence), and a word of the site's business (an interface,
commerce, social or media word of the line model's classes); and no reporting
verb or quotation mark, which make it the article's (`You can apply online
until March, the council said`).  The word classes are data files
(``ui_site_voice.txt``, ``lineclass_*.txt``).
"""
from __future__ import annotations

from functools import lru_cache

import regex

from ...analysis.line_features import CLASSES, word_classes
from ...phrases import DATA_DIR, read_list

_BIT = {name: 1 << i for i, name in enumerate(CLASSES)}
_BUSINESS = _BIT["ui_nouns"] | _BIT["ui_verbs"] | _BIT["commerce"] | _BIT["social"] | _BIT["media"]
_TOKEN = regex.compile(r"\p{L}[\p{L}'’\-]*")
_QUOTE = regex.compile(r"[\"“”]")
# The first word of a later sentence or clause (`... ? Get stories like it ...`).
_LATER = regex.compile(r"[.?!:]\s+(\p{L}+)")
# A banner is whole sentences on a line of its own: a line of a hard-wrapped
# paragraph opens in lower case or stops mid-sentence.
_WHOLE = regex.compile(r"^\W*\p{Lu}.*[.?!]\W*$", regex.DOTALL)
# A banner is a sentence or two: a paragraph of the story is longer.
MAX_WORDS = 30
MAX_CHARS = 400


@lru_cache(maxsize=1)
def _voice() -> tuple[frozenset[str], frozenset[str], frozenset[str], regex.Pattern[str], frozenset[str]]:
    classes: dict[str, list[str]] = {}
    for row in read_list(DATA_DIR / "ui_site_voice.txt"):
        name, _, words = row.partition(":")
        classes[name.strip()] = words.split()
    self_nouns = "|".join(map(regex.escape, classes["self"]))
    pointing = regex.compile(rf"\b(?:this|these)\s+(?:{self_nouns})s?\b", regex.IGNORECASE)
    commands = frozenset(w.casefold() for w in read_list(DATA_DIR / "lineclass_imperative.txt"))
    return frozenset(classes["site"]), frozenset(classes["reader"]), frozenset(classes["writer"]), pointing, commands


def site_to_reader(text: str) -> bool:
    """Whether ``text`` is a sentence in which the site speaks to its reader."""
    # The cheap tests first: this is asked of every line of every document.
    if len(text) > MAX_CHARS or not _WHOLE.match(text) or _QUOTE.search(text):
        return False
    tokens = _TOKEN.findall(text)
    if not tokens or len(tokens) > MAX_WORDS:
        return False
    words = [w.replace("’", "'").casefold() for w in tokens]
    site, reader, writer, pointing, commands = _voice()
    classes = word_classes()
    bits = [classes.get(w, 0) for w in words]
    if any(b & _BIT["speech"] for b in bits) or not any(b & _BUSINESS for b in bits):
        return False
    # A writer speaking as one person is the article's author (`I created a
    # quiz that will help you get more from this article`), not the site.
    if not writer.isdisjoint(words):
        return False
    addressed = (
        not reader.isdisjoint(words)
        or words[0] in commands
        or any(m.casefold() in commands for m in _LATER.findall(text))
    )
    return addressed and (not site.isdisjoint(words) or pointing.search(text) is not None)
