"""Weak, general features of each line of a document, for the line model (line_roles.py).

Every feature is a short string (a name, sometimes with a bucket: ``w=4-6``), so the
same code serves the trainer (tools/train_line_model.py) and run-time inference, and a
weight file is a plain table keyed by feature name.  Features are deliberately about the
*shape* of a line and the *classes* of its words -- length, terminal punctuation, case
pattern, a leading imperative, second-person address, words of interface, commerce,
time, credit and social-network vocabulary (``data/lineclass_*.txt``), digits and dates,
link-list runs, position against the article's long paragraphs, blank-line context --
never the exact strings of any site, so that what is learned carries to the next site.

Only *content* lines (lines with at least one letter or digit) get features; blank lines
and lines of bare punctuation (``|``, ``-``) are skipped, and neighbours are the nearest
content lines.  Each content line has ``core`` features (which the model also reads for
the line before and after it: the sequence context) and ``context`` features that
describe where the line sits in the document.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Iterator, Sequence

from ..compact import COMPACT_LINES, LONG_TEXT, View, indices, normalised, word_count
from ..phrases import DATA_DIR, read_list
from .line_context import _coarse_words, _share, context_features

# The word classes, in bit order; "function" must stay first (its bit is 1): prose is
# counted by it.
CLASSES = (
    "function", "social", "ui_nouns", "ui_verbs", "commerce", "time", "credit", "agency",
    "legal", "speech", "media", "navigation", "imperative",
)
_FUNCTION = 1
_IMPERATIVE = 1 << CLASSES.index("imperative")
# Feature names by class bit, built once: "k1:" the first word is in the class,
# "k:" some word is (alone and with the line's length), "k2:" two or more are.
_FIRST_NAMES = {bit: f"k1:{name}" for bit, name in enumerate(CLASSES)}
_HIT_NAMES = {
    (bit, size): [f"k:{name}", f"k:{name}|{size}"]
    for bit, name in enumerate(CLASSES)
    for size in ("1-3", "4-9", "10-24", "25+")
}
_TWICE_NAMES = {bit: f"k2:{name}" for bit, name in enumerate(CLASSES)}
# The class features look at a line's first words only (see _HEAD).
_CLASS_WINDOW = 40


@lru_cache(maxsize=1)
def word_classes() -> dict[str, int]:
    """Lower-case word -> bit mask of the classes it belongs to.  The lists hold base
    forms; the inflected forms of the words of the open classes are added here
    ("sign" -> "signs", "signed", "signing"), so "Thanks for signing up" is a hit."""
    out: dict[str, int] = {}
    for bit, name in enumerate(CLASSES):
        for word in read_list(DATA_DIR / f"lineclass_{name}.txt"):
            forms = {word.casefold()}
            if name in _INFLECTED:
                forms |= _inflections(word.casefold())
            for form in forms:
                out[form] = out.get(form, 0) | (1 << bit)
    return out


# Classes of nouns and verbs, whose words come inflected in running text.
_INFLECTED = frozenset({"social", "ui_nouns", "ui_verbs", "commerce", "credit", "media", "imperative", "legal"})


def _inflections(word: str) -> set[str]:
    """Plural / third person, past and -ing forms of a base form, by the regular rules."""
    if not word.isalpha():
        return set()
    stem_y = word[:-1] if word.endswith("y") and word[-2:-1] not in "aeiou" else ""
    plural = word + "es" if word.endswith(("s", "x", "z", "ch", "sh")) else stem_y + "ies" if stem_y else word + "s"
    past = word + "d" if word.endswith("e") else stem_y + "ied" if stem_y else word + "ed"
    ing = word[:-1] + "ing" if word.endswith("e") and not word.endswith("ee") else word + "ing"
    return {plural, past, ing}


_CONTENT = re.compile(r"[^\W_]")
_TOKEN = re.compile(r"[^\W_]+(?:['’.&-][^\W_]+)*")
# Digit patterns are looked for only where a cheap test says they may be: most lines
# of prose have no digits, and those that do have few.
_DIGITS = re.compile(r"\d+")
# Capitalised words (Latin script): the title-case and all-capitals counts.
_CAPITALISED = re.compile(r"(?<![\w'’.&-])[A-ZÀ-ÖØ-Þ][\w'’.&-]*")
_TIME = re.compile(r"\d[:.]\d\d(?!\d)|\d\s?[ap]\.?m\b", re.IGNORECASE)
_MONTHS = frozenset(
    "jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august "
    "september october november december".split()
)
_NUMERIC_DATE = re.compile(r"\d[/.-]\d{1,2}[/.-]\d\d")
_NUMBERS_ONLY = re.compile(r"[\d\s.,:;/()%+#×x–—-]+")
_COUNT = re.compile(r"[(\[]\d[\d,.]*[)\]]")
_CURRENCY_SIGNS = frozenset("$£€¥₹")
_URL = re.compile(r"://|www\.|\.(?:com|org|net|co\.uk|io|gov)\b", re.IGNORECASE)
_MAIL = re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.]+\b")
_HANDLE = re.compile(r"(?<![\w@])@\w{2,}")
_HASHTAG = re.compile(r"(?<![\w#&])#[^\W\d_]\w+")
_BULLET = re.compile(r"(?:[-•*·–—▪►▸✓✔➤→>]|\d{1,3}[.)]|[a-z][.)]|\(\w{1,3}\))\s")
_TITLE_SEP = re.compile(r"\s[-–—|:/]{1,2}\s")
_LABEL_COLON = re.compile(r"^[^.!?:]{1,30}:\s")
_BY_NAME = re.compile(r"^[Bb][Yy]:?\s+[A-Z]")
_QUOTES = frozenset("\"“”«»„")
_QUOTE = re.compile("[\"“”«»„]")
_LETTER = re.compile(r"[^\W\d_]")
_NON_LATIN = re.compile(r"[^\W\d_\u0000-\u024f]")
_OPEN_QUOTES = frozenset("\"“'‘«„")
_SENTENCE_END = frozenset(".!?")
_CLOSERS = "\"'”’)]»*"
_BULLET_START = frozenset("-•*·–—▪►▸✓✔➤→>")
_SECOND_PERSON = frozenset({"you", "your", "yours", "yourself", "you're", "you'll", "you've", "you'd", "u"})
_FIRST_PLURAL = frozenset({"we", "our", "us", "ours", "we're", "we've", "we'll", "we'd"})
_FIRST_SINGULAR = frozenset({"i", "me", "my", "mine", "i'm", "i've", "i'll", "i'd"})


def _words_bucket(n: int) -> str:
    if n <= 3:
        return str(n)
    for top, name in ((6, "4-6"), (9, "7-9"), (14, "10-14"), (24, "15-24"), (39, "25-39"), (79, "40-79")):
        if n <= top:
            return name
    return "80+"


# Footnote and citation markers after the last word ("...in 1986.[3]", "...ended. [Vol. 2]")
# hide the full stop.
_REFERENCE_TAIL = re.compile(r"(?:\s*\[(?:\d{1,3}|[a-z]|citation needed)\])+$|(?<=[.!?\"”])\s*\[[^\]]{1,40}\]$")


def _end_class(text: str) -> str:
    # Offsets, not copies (``text.rstrip(...)``, ``_REFERENCE_TAIL.sub``): the
    # line may be a whole 50 MB article.
    end = len(text)
    if text.endswith("]"):
        # The pattern ends at $ and the text with "]": one match at most, the one sub() drops.
        ref = _REFERENCE_TAIL.search(text)
        if ref and ref.start():
            end = ref.start()
    stop = end
    while stop:
        tail = text[max(0, stop - 64) : stop]
        kept = tail.rstrip(_CLOSERS + " ")
        stop -= len(tail) - len(kept)
        if kept:
            break
    if not stop:
        return "sym"
    last = text[stop - 1]
    if text.endswith(("...", "…"), 0, stop):
        return "ell"
    if last in _SENTENCE_END:
        return last
    if last in ":;,":
        return last
    if last.isdigit():
        return "dig"
    if last.isalpha():
        return "quo" if text[end - 1] in _QUOTES else "alpha"
    return "sym"


def _start_class(text: str) -> str:
    first = text[0]
    if first.isupper():
        return "upper"
    if first.islower():
        return "lower"
    if first.isdigit():
        return "digit"
    if first in _OPEN_QUOTES:
        return "quote"
    if first in _BULLET_START:
        return "bullet"
    if first == "|":
        return "pipe"
    if first.isalpha():
        return "uncased"  # scripts without case
    return "punct"


# Characters of a line that its features other than length and ending are read from.
_HEAD = 240


def core_features(text: str) -> tuple[str, ...]:
    """Features of one line on its own (``text`` already stripped, with content).

    Cached: menus, share bars and footers repeat on every page of a site (but
    not a huge line, which the cache would keep alive after its document)."""
    return _core_features(text) if len(text) > LONG_TEXT else _cached_core_features(text)


def _core_features(text: str) -> tuple[str, ...]:
    n = word_count(text)
    end = _end_class(text)
    # Everything but length and ending is read from the line's head: a paragraph is
    # prose whatever its tail holds, and this keeps the cost per line bounded.
    text = text[:_HEAD]
    size = _coarse_words(n)
    out = [f"w={_words_bucket(n)}", f"e={end}", f"s={_start_class(text)}", f"we={size}|{end}"]
    # Lower-cased tokens with a straight apostrophe: the form the class lists use.
    low = text.lower()
    lower = _TOKEN.findall(low.replace("’", "'"))[:_CLASS_WINDOW]
    classes = word_classes()
    masks = [classes.get(w, 0) for w in lower]
    function = sum(map(_FUNCTION.__and__, masks))
    runs = _DIGITS.findall(text)
    alpha = len(lower) - sum(1 for w in lower if w[0].isdigit()) if runs else len(lower)
    capitals = [t for t in _CAPITALISED.findall(text) if not classes.get(t.lower(), 0) & _FUNCTION]
    seen = twice = 0
    for mask in masks:
        if mask > _FUNCTION:
            twice |= seen & mask
            seen |= mask
    if alpha:
        content = alpha - function
        if content >= 2:
            out.append(f"tc={_share(len(capitals), content, (0.25, 0.5, 0.85))}")
        caps = sum(1 for t in capitals if len(t) > 1 and t.isupper())
        if caps and caps * 2 >= alpha:
            out.append("caps")
            out.append(f"caps|{size}")
        if n >= 4:
            out.append(f"f={_share(function, len(lower), (0.1, 0.22, 0.35))}")
    if text == low:
        out.append("low")
    if lower:
        first = masks[0]
        if first & _IMPERATIVE:
            out.append("imp" if n > 8 else "imp_short")
        first >>= 1  # the function-word class has no feature of its own
        bit = 1
        while first:
            if first & 1:
                out.append(_FIRST_NAMES[bit])
            first >>= 1
            bit += 1
        # A leading imperative is a sign; an imperative verb further in is not.
        seen &= ~(_IMPERATIVE | _FUNCTION)
        bit = 0
        while seen:
            if seen & 1:
                out += _HIT_NAMES[bit, size]
                if twice >> bit & 1:
                    out.append(_TWICE_NAMES[bit])
            seen >>= 1
            bit += 1
        words = set(lower)
        if not words.isdisjoint(_SECOND_PERSON):
            out.append("you")
            out.append(f"you|{size}")
            if masks[0] & _IMPERATIVE:
                out.append("you|imp")
        if not words.isdisjoint(_FIRST_PLURAL):
            out.append("we")
        if not words.isdisjoint(_FIRST_SINGULAR):
            out.append("i")
    if runs:
        out.append("dig")
        if sum(map(len, runs)) * 3 > len(text) - text.count(" "):
            out.append("digs")
        if _NUMBERS_ONLY.fullmatch(text):
            out.append("num")
        if (":" in text or "m" in text or "M" in text) and _TIME.search(text):
            out.append("time")
        if any(len(r) == 4 and r[:2] in ("19", "20") for r in runs):
            out.append("year")
        if any(len(r) <= 2 for r in runs) and not _MONTHS.isdisjoint(lower) or _NUMERIC_DATE.search(text):
            out.append("date")
        if ("(" in text or "[" in text) and _COUNT.search(text):
            out.append("count")
        if "%" in text or "per cent" in text or "percent" in text:
            out.append("pct")
        if not _CURRENCY_SIGNS.isdisjoint(text):
            out.append("cur")
    if "." in text and _URL.search(text):
        out.append("url")
    if "@" in text:
        if _MAIL.search(text):
            out.append("mail")
        elif _HANDLE.search(text):
            out.append("handle")
    if "#" in text and _HASHTAG.search(text):
        out.append("hashtag")
    if _QUOTE.search(text):
        out.append("q")
    if "[" in text:
        out.append("bracket")
    if "(" in text:
        out.append("paren")
    if _BULLET.match(text):
        out.append("bul")
    bars = text.count("|")
    if bars:
        out.append("pipe" if bars == 1 else "pipes")
    if _TITLE_SEP.search(text):
        out.append("sep")
    if _LABEL_COLON.match(text):
        out.append("label")
    if _BY_NAME.match(text):
        out.append("by")
    if "©" in text:
        out.append("copy")
    if not text.isascii():
        letters = len(_LETTER.findall(text))
        if letters and len(_NON_LATIN.findall(text)) * 3 > letters:
            out.append("nonlatin")
    return tuple(out)


_cached_core_features = lru_cache(maxsize=1 << 16)(_core_features)


@dataclass(frozen=True)
class LineFeatures:
    """Features of a document's content lines.

    ``index[k]`` is the position, in the line list given, of the k-th content line;
    ``core[k]`` and ``context[k]`` are its features."""

    index: Sequence[int]
    core: list[tuple[str, ...]]
    context: list[list[str]]


def features(lines: Sequence[str]) -> LineFeatures:
    """Core and context features of every content line of ``lines`` (raw line texts),
    all held at once: the trainer's view (inference streams them, see ``stream``)."""
    index, pairs = stream(lines)
    core: list[tuple[str, ...]] = []
    context: list[list[str]] = []
    for own, ctx in pairs:
        core.append(own)
        context.append(ctx)
    return LineFeatures(index, core, context)


class _Classes(Sequence[str]):
    """A huge document's end classes, a byte a line (there are a dozen classes):
    a list of them is 8 bytes a line."""

    def __init__(self, classes: Iterable[str]) -> None:
        self.names: list[str] = []
        ids: dict[str, int] = {}
        self.codes = bytearray()
        for name in classes:
            code = ids.get(name)
            if code is None:
                code = ids[name] = len(self.names)
                self.names.append(name)
            self.codes.append(code)

    def __len__(self) -> int:
        return len(self.codes)

    def __getitem__(self, k):
        if type(k) is not int:
            return [self.names[c] for c in self.codes[k]]
        return self.names[self.codes[k]]

    def __iter__(self) -> Iterator[str]:
        return map(self.names.__getitem__, self.codes)


def stream(lines: Sequence[str]) -> tuple[Sequence[int], Iterator[tuple[tuple[str, ...], list[str]]]]:
    """The positions of the content lines of ``lines``, and an iterator over their
    (core, context) features in order, each built when reached."""
    content = (i for i, line in enumerate(lines) if _CONTENT.search(line))
    index: Sequence[int]
    if len(lines) > COMPACT_LINES:
        # Straight into an array: a list of a million positions is 36 MB.
        index = indices(len(lines), content)
        if len(index) <= COMPACT_LINES:
            index = list(index)
    else:
        index = list(content)

    def text(k: int) -> str:
        return normalised(lines[index[k]])

    # A huge document's normalised texts are rebuilt when read rather than held.
    texts: Sequence[str] = [text(k) for k in range(len(index))] if len(index) <= COMPACT_LINES else View(text, len(index))
    ends: Sequence[str] = [_end_class(t) for t in texts] if isinstance(texts, list) else _Classes(map(_end_class, texts))
    return index, context_features(lines, index, texts, ends, lambda k: core_features(texts[k]))


def sequence_features(feats: LineFeatures) -> list[list[str]]:
    """Every feature each content line is scored on, its neighbours' core features
    prefixed ``p:`` (the line before) and ``n:`` (the line after): the trainer's view."""
    n = len(feats.core)
    out = []
    for k in range(n):
        row = list(feats.core[k]) + list(feats.context[k])
        row += [f"p:{f}" for f in feats.core[k - 1]] if k else ["p:none"]
        row += [f"n:{f}" for f in feats.core[k + 1]] if k + 1 < n else ["n:none"]
        out.append(row)
    return out
