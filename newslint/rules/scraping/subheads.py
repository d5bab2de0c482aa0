"""The article's own sub-headings and hard-wrapped sentences, which the word and link
signals of NL301 and NL302 can take for widget labels or teasers.

A sub-heading stands between two stretches of the article's running text and
introduces the one under it: a title-case command (`Turn the Money You Save Into
More Money`), a numbered step (`3. Cut your energy bill`), a question or a short
section head (`What happens next`).  A teaser of another page or a widget label
stands in a run of its kind, beside other links, or speaks for the site.  So a
short line is the article's when the lines right above and right under it are
running text that no rule reports, it does not speak for the site (`we`, `our`)
or name a network or a medium, and either it shares a content word with the text
under it or the page has another line in the same place (an article with one
sub-heading has more).  A line that a sentence runs on from, or into, with a
lower-case word is hard-wrapped prose, however it is worded.

Only the signals of line shape and words are spared: a line the label lists know
(`Advertisement`, `Related articles`) is never one, and neither is an inline
teaser tagged with its section.
"""
from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Callable, Iterable, Sequence

import regex

from ...analysis.line_features import CLASSES, word_classes
from .shapes import PROSE_END

if TYPE_CHECKING:
    from .lines import Classified

# A sub-heading is short; running text is long and ends like a sentence.
MAX_WORDS, RUNNING, LONG = 14, 12, 25
# Content words: a prefix this long stands for a word's forms (`heating`, `heat`).
STEM, MIN_LETTERS = 5, 4
# How many lines of running text under the line are read for a shared word.
READ_UNDER = 2
# A wrapped line has this many words at least (a label continued is no sentence).
WRAP_WORDS = 6

_CONTINUES = regex.compile(r"^\s*[\"'“‘(]?\p{Ll}")
_TOKEN = regex.compile(r"\p{L}[\p{L}'’\-]*")
_SITE_VOICE = frozenset({"we", "our", "us", "we're", "we'll", "we've", "ours"})
_ADDRESSES = regex.compile(r"https?:|www\.|@\w|\.(?:com|org|net)\b")
_OTHER = 1 << CLASSES.index("social") | 1 << CLASSES.index("media")
_FUNCTION = 1 << CLASSES.index("function")
_CLIPPED = regex.compile(r"(?:…|\.\.\.)[\"'”’)\]]*\s*$")
_SENTENCE_END = regex.compile(r"[.!?:;][\"'”’)\]]*\s*$")
_ENDS_SENTENCE = regex.compile(r"[.!…][\"'”’)\]]*\s*$")


def running(item: Classified) -> bool:
    """A stretch of the article's running text (a teaser's standfirst clipped
    with an ellipsis is not)."""
    text = item.line.text
    if item.kind is not None or _CLIPPED.search(text):
        return False
    # A line of a table of contents (`2. The Production Environment ...`) has a
    # sentence's length but not its end.
    return item.words > LONG or item.words >= RUNNING and bool(_SENTENCE_END.search(text))


def spared(items: Sequence[Classified], candidates: Iterable[int], reported: Callable[[int], bool]) -> set[int]:
    """The ``candidates`` that are the article's sub-headings or wrapped
    sentences (``reported(i)``: line ``i`` is reported by the rule asking, so
    it cannot vouch for a neighbour).  The page is read whole only when a
    candidate has a sub-heading's place but no word shared with the text under it."""
    out: set[int] = set()
    lonely: list[int] = []
    placed: list[int] = []
    for i in candidates:
        above, under = _beside(items, i, -1), _beside(items, i, 1)
        # Each way needs a neighbour the rule leaves alone (a candidate is reported
        # itself): on a page of teasers every neighbour is reported.
        if (above < 0 or reported(above)) and (under < 0 or reported(under)):
            continue
        if _wrapped(items, above, i, reported) or _wrapped(items, i, under, reported):
            out.add(i)
        elif _placed(items, above, i, under, reported):
            placed.append(i)
    if placed:
        # A sub-heading is printed once; a widget's label comes back (`Privacy Overview`).
        texts = Counter(item.line.text.strip() for item in items if 0 < item.words <= MAX_WORDS)
        for i in placed:
            if texts[items[i].line.text.strip()] > 1:
                continue
            if _shares(items[i], _running_under(items, _beside(items, i, 1))):
                out.add(i)
            else:
                lonely.append(i)
    if lonely:
        # An article with one sub-heading has more: another line in the same place.
        places = 0
        for i, item in enumerate(items):
            if 0 < item.words <= MAX_WORDS and _placed(items, _beside(items, i, -1), i, _beside(items, i, 1), reported):
                places += 1
                if places > 1:
                    out.update(lonely)
                    break
    return out


def _beside(items: Sequence[Classified], i: int, step: int) -> int:
    """The next line with words from ``i`` in direction ``step`` (-1 if none)."""
    j = i + step
    while 0 <= j < len(items) and not items[j].words:
        j += step
    return j if 0 <= j < len(items) else -1


def _wrapped(items: Sequence[Classified], a: int, b: int, reported: Callable[[int], bool]) -> bool:
    """Line ``a`` runs on into line ``b`` with a lower-case word: one sentence
    broken in two, whose other half is no reported line."""
    if a < 0 or b < 0 or b != a + 1:
        return False
    first, second = items[a], items[b]
    if first.words < WRAP_WORDS or second.words < WRAP_WORDS or not _CONTINUES.match(second.line.text):
        return False
    if _ENDS_SENTENCE.search(first.line.text) or reported(a) and reported(b):
        return False
    # A sentence has function words and names no network (`tweet share Reddit Pocket`).
    return all(_prose_words(items[i].line.text) for i in (a, b))


def _running_under(items: Sequence[Classified], under: int) -> list[Classified]:
    out: list[Classified] = []
    while 0 <= under and len(out) < READ_UNDER and running(items[under]):
        out.append(items[under])
        under = _beside(items, under, 1)
    return out


def _placed(items: Sequence[Classified], above: int, i: int, under: int, reported: Callable[[int], bool]) -> bool:
    """Line ``i`` has a sub-heading's shape and words, between two stretches
    of running text that are not reported."""
    item = items[i]
    if item.kind is not None or not 0 < item.words <= MAX_WORDS or PROSE_END.search(item.line.text):
        return False
    if above < 0 or under < 0 or not (running(items[above]) and running(items[under])) or reported(above) or reported(under):
        return False
    # A teaser's headline and one-sentence standfirst look the same, but a link
    # (the next teaser, a byline) follows them, with no running text under it as
    # there is under the article's next sub-heading.
    after = _beside(items, under, 1)
    if after >= 0 and items[under].words <= LONG and _link_shaped(items[after]):
        further = _beside(items, after, 1)
        if further < 0 or not running(items[further]):
            return False
    text = item.line.text
    if _ADDRESSES.search(text):
        return False
    words = [w.replace("’", "'").casefold() for w in _TOKEN.findall(text)]
    classes = word_classes()
    return not any(w in _SITE_VOICE or classes.get(w, 0) & _OTHER for w in words)


def _link_shaped(item: Classified) -> bool:
    return 0 < item.words <= MAX_WORDS and not _SENTENCE_END.search(item.line.text)


def _prose_words(text: str) -> bool:
    classes = word_classes()
    bits = [classes.get(w.replace("’", "'").casefold(), 0) for w in _TOKEN.findall(text)]
    return any(b & _FUNCTION for b in bits) and not any(b & _OTHER for b in bits)


def _content(text: str) -> set[str]:
    classes = word_classes()
    words = (w.replace("’", "'").casefold() for w in _TOKEN.findall(text))
    return {w[:STEM] for w in words if len(w) >= MIN_LETTERS and not classes.get(w, 0) & _FUNCTION}


def _shares(item: Classified, under: Sequence[Classified]) -> bool:
    """A content word of the line comes back in the running text under it."""
    mine = _content(item.line.text)
    return any(mine & _content(u.line.text) for u in under)
