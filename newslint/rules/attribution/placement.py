"""Credits told by where they stand and what shape they have, not by their wording.

Copy credits people in forms no phrase list holds: the author's bare name under
the headline (``Heidi M. Przybyla, USA TODAY``), a sign-off closing the article
(``- Elise Viebeck.``, ``(KUNA)``), a closing line about someone the story never
mentions (``Peter Morici is an economist ...``, ``Costa reported from
Washington.``) and a contact line at the end (``Twitter: @Milbank``).  Each
function returns the span of the first such credit, or None.
"""
from __future__ import annotations

import math
import re
from collections.abc import Sequence
from functools import lru_cache

import regex

from ...analysis.words import has_words
from ...compact import COMPACT_LINES, View, offsets
from ...document import Document, Line
from .frequencies import kept_table
from .lists import entries

# A word of a name: "Jane", "O'Brien", "J.", "S.V.", "Al-Sayed", "CHOZICK", "Dr.".
_TOKEN = r"\p{Lu}(?:[\p{L}'’\-]|\.(?=\p{Lu}))*\.?"
# Lower-case words that may stand inside a name: "Ludwig van Beethoven".
_PARTICLE = r"(?:de|del|della|der|den|van|von|al|bin|da|di|du|dos|le|la|ter)"
# One person or outlet: two to five name words.
_PERSON = rf"{_TOKEN}(?:[^\S\r\n]+(?:{_TOKEN}|{_PARTICLE})){{1,4}}"
# Several: "Renae Merle, Jim Tankersley", "Susan Page, and Paul Singer", with
# their handles: "Erin Kelly, @ErinVKelly, USA TODAY".
_SEPARATOR = r"[^\S\r\n]*(?:,[^\S\r\n]*(?:and\b|&)?|\band\b|&)[^\S\r\n]*"
_NAMES = rf"{_PERSON}(?:{_SEPARATOR}(?:{_PERSON}|@\w+))*"
_NAME_LINE = regex.compile(rf"[^\S\r\n]*{_NAMES}[^\S\r\n]*(?:[|/·•][^\S\r\n]*{_PERSON}[^\S\r\n]*)?")
# The paper after the names: "Cameron Knight, The Cincinnati Enquirer",
# "Joe Gerth, The (Louisville, Ky.) Courier-Journal".
_OUTLET = regex.compile(rf"(?:{_SEPARATOR})The[^\S\r\n]+(?:\([^()\r\n]{{1,30}}\)[^\S\r\n]*)?[\p{{Lu}}][^,\r\n]*$")
_WORD = regex.compile(r"[\p{L}'’\-]+")
_HANDLE = regex.compile(r"@\w+")
_PEOPLE_SPLIT = regex.compile(rf"{_SEPARATOR}|[|/·•]")


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    return frozenset(entries("attribution_function_words.txt"))


# Words at least this common (wordfreq's Zipf scale) are looked up one by
# one; the rule asks only whether a word is at least 3.5.
_LISTED_ZIPF = 3.4
_LEAST_ASKED = 3.5


@lru_cache(maxsize=1)
def _common_words() -> dict[str, float]:
    """wordfreq's frequencies of its words at least ``_LISTED_ZIPF`` common.
    Its list comes in bands of one centibel (band ``i`` holds the words of
    frequency ``10 ** (-i / 100)``); the rare bands are never read, where
    wordfreq's own table of all 321,000 words costs a process 0.1-0.3 s.
    Kept between runs (:mod:`.frequencies`)."""
    return kept_table(__file__, _read_bands, prebuilt=True)


def _read_bands() -> dict[str, float]:
    import wordfreq

    bands = wordfreq.get_frequency_list("en", "large")
    last = round((9 - _LISTED_ZIPF) * 100)
    return {word: wordfreq.cB_to_freq(-i) for i, band in enumerate(bands[: last + 1]) for word in band}


# Words whose wordfreq tokens are plain to see, so that asking about them
# imports no wordfreq (0.09 CPU s): ASCII letters, split at hyphens (its
# Unicode word breaks fall around a hyphen and a hyphen starts no token),
# and a contraction of a stem of two letters or more (no break between
# letters around an apostrophe; its French elision rule, "l'arc", splits only
# one or two letters before an apostrophe and a vowel or "h"), the curly
# apostrophe made straight.  tests/test_attribution_speed.py compares these
# with wordfreq's tokens for every such word of its list and random ones.
_HYPHENATED = re.compile(r"[a-z]+(?:-[a-z]+)*")
_CONTRACTION = re.compile(r"[a-z]{2,}['’](?:s|ve|ll|re|d|m|t)")


def _plain_tokens(low: str) -> list[str] | None:
    """``wordfreq.tokens.lossy_tokenize(low, "en")`` for the words it is plain
    for (see above), else None."""
    if _HYPHENATED.fullmatch(low):
        return low.split("-")
    if _CONTRACTION.fullmatch(low):
        return [low.replace("’", "'")]
    return None


def common(word: str, floor: float) -> bool:
    """``wordfreq.zipf_frequency(word, "en", "large") >= floor`` (``floor`` at
    least 3.5): worked out as wordfreq does, from its tokens of the word."""
    if floor < _LEAST_ASKED:
        raise ValueError(f"common() answers for floors from {_LEAST_ASKED}")
    low = word.lower()
    tokens = _plain_tokens(low)
    if tokens is None:
        import wordfreq
        from wordfreq.tokens import lossy_tokenize

        tokens = lossy_tokenize(low, "en")
        if any(ch.isdigit() for token in tokens for ch in token):
            return bool(wordfreq.zipf_frequency(low, "en", "large") >= floor)  # wordfreq's digit rules
    listed = _common_words()
    one_over = 0.0
    for token in tokens:
        found = listed.get(token)
        if found is None:
            # Rarer than _LISTED_ZIPF or unknown: the word is rarer still
            # (wordfreq combines 1 / (1/f1 + 1/f2 ...)).
            return False
        one_over += 1.0 / found
    if not one_over:
        return False  # no tokens: wordfreq's minimum, Zipf 0
    # wordfreq's rounding, step for step: three significant digits, then
    # hundredths of a Zipf.
    freq = 1.0 / one_over
    rounded = round(freq, math.floor(-math.log(freq, 10)) + 3)
    return round(math.log(rounded, 10) + 9, 2) >= floor


# A single name whose words are all at least this common is a label
# ("Economic Scene", "Breaking News"): few names are made of common words only
# ("Mary Jordan" is missed).
_COMMON_ZIPF = 4.5


# How a line of names opens: a name word and a second word of a name.  Every
# line _NAME_LINE takes whole opens so (it holds nothing that reads past the
# end of its prefix), so a line that does not is turned down before the
# search for an outlet, which reads the whole line (most lines under a
# headline are the story's first paragraph).
_NAMES_OPENING = regex.compile(rf"[^\S\r\n]*{_TOKEN}[^\S\r\n]+(?:{_TOKEN}|{_PARTICLE})")


def _names_only(text: str, doc: Document) -> list[str] | None:
    """The surnames of a line made of names only ("Nick Gass, Jane Doe"), or None."""
    if not _NAMES_OPENING.match(text):
        return None
    outlet = _OUTLET.search(text)
    names = text[: outlet.start()] if outlet else text
    if not _NAME_LINE.fullmatch(names):
        return None
    words = _WORD.findall(_HANDLE.sub(" ", names))
    if any(len(w) > 1 and w.lower() in _function_words() for w in words):
        return None
    people = [p for p in _PEOPLE_SPLIT.split(names.strip()) if p.strip() and p[:1] != "@"]
    long_words = [w for w in words if len(w) > 1]
    if len(people) == 1 and all(common(w, _COMMON_ZIPF) for w in long_words):
        return None
    # "Defensive Line" is a subheading: its words stand in lower case in the
    # text too, and names never do.
    if all(_mentioned(w.lower(), doc.text) for w in long_words):
        return None
    return [p.split()[-1].rstrip(".") for p in people]


def _nonblank(doc: Document) -> Sequence[Line]:
    # Four credit checks read them: listed once per document.  A huge
    # document keeps only their numbers (a list of Line tuples held a copy
    # of every line's text for as long as the document lived).
    key = "attribution.placement.nonblank"
    if key not in doc.memo:
        lines = doc.lines
        if len(lines) > COMPACT_LINES:
            kept = offsets(i for i, line in enumerate(lines) if line.text.strip())
            doc.memo[key] = View(lambda k: lines[kept[k]], len(kept))
        else:
            doc.memo[key] = [line for line in lines if line.text.strip()]
    return doc.memo[key]


def _mentioned(surname: str, text: str, start: int = 0) -> bool:
    return bool(_whole_word(surname).search(text, start))


@lru_cache(maxsize=1024)
def _whole_word(word: str) -> regex.Pattern:
    return regex.compile(rf"(?<!\w){regex.escape(word)}(?!\w)")


# An agency's initials alone or in brackets: "AP", "(KUNA)", "AFP/Getty".
_ACRONYM = regex.compile(r"[^\S\r\n]*[(\[]?\p{Lu}{2,6}(?:[/\-]\p{Lu}{2,6})*[)\]]?\.?[^\S\r\n]*")
# Initials that are also common words ("END", "MORE") close press releases.
_ACRONYM_MAX_ZIPF = 3.5


_NOT_CAPITAL = regex.compile(r"\P{Lu}")


def _acronym(text: str) -> bool:
    if not _ACRONYM.fullmatch(text):
        return False
    letters = _NOT_CAPITAL.sub("", text)
    return len(letters) < 3 or not common(letters, _ACRONYM_MAX_ZIPF)


# Non-blank lines after the headline where a byline may stand (a deck or a
# date may come first).
_BYLINE_LINES = 2
# The closing lines, where sign-offs, bios and contact lines stand.
_CLOSING_LINES = 3


# What follows a byline: the story or its deck (a sentence) or its date.
_PROSE_WORDS = 3
_DATE_LINE = regex.compile(
    r"[^\S\r\n]*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d{1,2}[:/.]\d{1,2}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.?[^\S\r\n]+\d)",
    regex.IGNORECASE,
)


def _leads_into_story(line: Line) -> bool:
    text = line.text.strip()
    return text[-1:] in ".!?\"”'’:" and has_words(text, _PROSE_WORDS) or bool(_DATE_LINE.match(text))


_SEVERAL = regex.compile(rf"{_SEPARATOR}\p{{Lu}}|@\w")


def _byline_shaped(text: str) -> bool:
    """"JONATHAN MARTIN", "Renae Merle, Jim Tankersley", "Erin Kelly, @ErinVKelly"."""
    letters = [ch for ch in text if ch.isalpha()]
    return len(text.split()) > 1 and all(ch.isupper() for ch in letters) or bool(_SEVERAL.search(text))


def name_under_headline(doc: Document) -> tuple[int, int] | None:
    """A line of names only right under the headline, of people the story does not
    mention, followed by the story or its date: how many pages print the byline
    once "By" is dropped."""
    lines = _nonblank(doc)
    closing = lines[-_CLOSING_LINES].start if len(lines) > _BYLINE_LINES + _CLOSING_LINES else len(doc.text)
    for i, line in enumerate(lines[1 : 1 + _BYLINE_LINES], 1):
        text = line.text.strip()
        # A site's name on a scraped page ("Minecraft News") is followed by
        # more furniture; a byline by the story or its date, unless its shape
        # alone says byline: capitals, several people, a handle, a paper.
        if not (i + 1 < len(lines) and _leads_into_story(lines[i + 1]) or _byline_shaped(text)):
            continue
        if _acronym(text):
            return line.start, line.end
        surnames = _names_only(text, doc)
        # "Clinton Leads Sanders" is a deck about people of the story; a
        # byline names someone the story does not mention.
        # Searched in place, not in a copy of the story (the whole text, for
        # a huge one); no match can start at ``line.end``, a line break.
        if surnames and not all(_whole_word(s).search(doc.text, line.end, closing) for s in surnames):
            return line.start, line.end
    return None


_DASH = regex.compile(r"[^\S\r\n]*\p{Pd}{1,2}[^\S\r\n]*")
_QUOTE_ENDS = ("”", '"', "''", "’")
_LIST_ITEM = regex.compile(r"[^\S\r\n]*(?:[\p{Pd}*•+·]|\d{1,2}[.)])[^\S\r\n]")


def sign_off(doc: Document) -> tuple[int, int] | None:
    """"- Elise Viebeck." or "— Reuters" closing a story or one of its items, and an
    agency's initials alone on the last line ("AP", "(KUNA)")."""
    lines = _nonblank(doc)
    for i, line in enumerate(lines[1:], 1):
        dash = _DASH.match(line.text)
        if not dash:
            continue
        rest = line.text[dash.end() :].strip().rstrip(".")
        # "- Sanders." under a quotation says who said it, not who wrote the
        # story, and "- Removed Herobrine" is an item of a list.
        if lines[i - 1].text.rstrip().endswith(_QUOTE_ENDS):
            continue
        if any(_LIST_ITEM.match(lines[k].text) for k in (i - 1, i + 1) if k < len(lines)):
            continue
        if _acronym(rest) or _names_only(rest, doc):
            return line.start, line.end
    if len(lines) > 1 and _acronym(lines[-1].text):
        return lines[-1].start, lines[-1].end
    return None


_HONORIFIC = r"(?:(?:Mr|Mrs|Ms|Dr|Prof|Rep|Sen|Gov)\.?[^\S\r\n]+)"
# "Peter Morici is ...", "Rep. Debbie Wasserman Schultz, D-Fla., chairs ...",
# "Costa reported from Washington.": a name, an optional aside, a verb that
# says who the writer is or where they reported from.
_CLOSING_BIO = regex.compile(
    rf"[^\S\r\n]*(?P<honorific>{_HONORIFIC})?(?P<name>{_TOKEN}(?:[^\S\r\n]+(?:{_TOKEN}|{_PARTICLE})){{0,3}})"
    r"(?:[^\S\r\n]*\([^()\r\n]{1,40}\))?(?:,[^,\r\n]{1,80},)?[^\S\r\n]+"
    # "is an economist", not "is taking over" or "is expected to".
    r"(?:(?:is|are)(?![^\S\r\n]+(?:\w+(?:ing|ed)|to|not|also|still|now|set|due|likely|among|one)\b)"
    r"|serves|chairs|teaches|writes|covers|co-hosts|hosts|edits|directs|heads|leads|runs|founded"
    # "Costa reported from Washington.", "Jane Doe contributed reporting.", not
    # "Attendees contributed $2,700 each."
    r"|(?P<reported>(?:reported|reports)[^\S\r\n]+from|contributed(?=[^\S\r\n]*(?:reporting|research|to\b|from\b|\.?[^\S\r\n]*$))))\b"
)
# A name of one word ("Gaudiano is ...") counts only when it is not a common
# word: "Democrats are meeting on Monday." is news, not a bio.
_ONE_WORD_MAX_ZIPF = 4.0


def closing_bio(doc: Document) -> tuple[int, int] | None:
    """A closing line about someone the story never mentions: the writer's bio or
    where they reported from."""
    lines = _nonblank(doc)
    # Not the headline or the lead of a short story.
    for line in lines[max(2, len(lines) - _CLOSING_LINES) :]:
        m = _CLOSING_BIO.match(line.text)
        if not m or has_words(line.text, 61):
            continue
        words = m.group("name").split()
        if words[0].lower() in _function_words():
            continue
        if len(words) == 1 and not (m.group("honorific") or m.group("reported")) and common(words[0], _ONE_WORD_MAX_ZIPF):
            continue
        surname = words[-1].rstrip(".")
        # ``endpos`` reads as a slice would, without copying the text before.
        if not (_whole_word(surname).search(doc.text, 0, line.start) or _mentioned(surname, doc.text, line.end)):
            return line.start, line.end
    return None


# An address or handle and a word that offers it: "Twitter: @Milbank", "Send
# tips to Jane Doe jane.doe@example.com", "Follow ... on Twitter at @jdoe".
_ADDRESS = regex.compile(r"[\w.+\-]+@[\w\-]+\.[\w.]+|(?<![\w@])@\w{2,}")
# The word comes first and no quotation or markup stands between: "who
# tweeted, "U see @jdoe"" quotes someone.
_OFFER = regex.compile(
    r"\b(?:contact|e-?mail|follow|reach|write\s+to|tips?|tweets|twitter)\b[^\"“”<>\r\n]{0,160}?"
    rf"(?:{_ADDRESS.pattern})",
    regex.IGNORECASE,
)
_CONTACT_WORDS = 40
_MARKUP_OR_QUOTE = regex.compile(r"[<>\"“”]")


def closing_contact(doc: Document) -> tuple[int, int] | None:
    """An e-mail address or handle offered in one of the closing lines."""
    if "@" not in doc.text:
        return None
    for line in _nonblank(doc)[-_CLOSING_LINES:]:
        if not has_words(line.text, _CONTACT_WORDS + 1) and not _MARKUP_OR_QUOTE.search(line.text) and _OFFER.search(line.text):
            return line.start, line.end
    return None
