"""Interface lines the label lists do not know, told by the classes of their words (NL301).

A widget line addresses the reader and names a part of the page: an imperative
interface verb (`follow`, `join`, `tap`), `you`/`our`, interface and media nouns
(`inbox`, `player`, `comments`), social networks, a player's failure (`not`,
`unavailable`).  Each is weak alone -- a headline may say `you`, a story may be
about a video -- so they are counted, and a line with middling evidence is
reported only when the line model (newslint/analysis/line_roles.py) also calls it
furniture.  The word classes are the line model's (newslint/data/lineclass_*.txt).
"""
from __future__ import annotations

from functools import lru_cache
from typing import Callable

import regex

from ...analysis.line_features import CLASSES, word_classes
from ...phrases import DATA_DIR, read_list
from .word_classes import FUNCTION_WORDS

_BIT = {name: 1 << i for i, name in enumerate(CLASSES)}
_VERB = _BIT["imperative"] | _BIT["ui_verbs"]
_NOUN = _BIT["ui_nouns"] | _BIT["media"] | _BIT["social"]
_SPEECH = _BIT["speech"]
_ADDRESS = frozenset({"you", "your", "yours", "you're", "you'll", "we", "our", "us", "we're", "we'll"})
_NEGATION = frozenset(read_list(DATA_DIR / "ui_shape_negations.txt"))
# A later sentence, or a clause after a colon, a spaced dash or a spaced
# separator of a widget row (`Screen reader users: skip to ...`, `Updated 4
# minutes ago - pull down to refresh`, `Advert · Scroll on`), where a command
# may open in lower case.
_LATER_SENTENCE = regex.compile(r"[.!?]\s+(\p{Lu}\p{Ll}+)|(?::|\s[-–—·|•])\s+(\p{L}+)")
# A line opening with a number or a date (`2018.04.05 ~ OPEN RUN`) is data, so
# the word after it is no command.
_OPENS_WITH_NUMBER = regex.compile(r"^\W*\d")
_FIRST_SINGULAR = frozenset({"i", "me", "my", "i'm", "i've", "i'll"})
_TOKEN = regex.compile(r"\p{L}[\p{L}'’\-]*")
# A sentence or a question ends the line: a widget label rarely does, a
# sub-heading, a lead-in or a clipped sentence of the article often does.
_PROSE_TAIL = regex.compile(r"[.,;:?]['\"”’)]*\s*$")
# Widget labels are short; a bare command is shorter still.
MAX_WORDS, SHORT = 14, 4
# Evidence needed: STRONG alone; MIDDLING with the line model's P(ui or teaser)
# at least AGREE; WEAK when the model is nearly sure (SURE).
STRONG, MIDDLING, WEAK = 4, 3, 2
AGREE, SURE = 0.5, 0.9
# ... and with a single sign, the model's P(ui) at least CERTAIN.
CERTAIN = 0.99


def ui_score(text: str) -> int:
    """How much the words of ``text`` look like a widget label (0 for a line
    that ends like a sentence, is long, or reports speech).  A short line's
    score is kept (see REPEAT_CHARS): NL301 asks twice for most lines above
    the story."""
    return _repeated_score(text) if len(text) <= REPEAT_CHARS else _score(text)


def _score(text: str) -> int:
    if _PROSE_TAIL.search(text):
        return 0
    words = [w.replace("’", "'").casefold() for w in _TOKEN.findall(text)]
    if not words or len(words) > MAX_WORDS:
        return 0
    classes = _classes()
    if breadcrumb(text) or _setting(text, classes):
        return STRONG
    bits = [classes.get(w, 0) for w in words]
    # A word of speech reports speech, unless the reader owns it (`Have your say`).
    if any(b & _SPEECH and not (i and words[i - 1] in _POSSESSIVE) for i, b in enumerate(bits)):
        return 0
    if _tool(words, bits):
        return STRONG
    # An imperative is a base form (`view`, not `viewing`) opening the line or a
    # later sentence of it (`... at 7am. Sign up free`); a word with `us` for its
    # object (`Tip us off`, `Email us`) and a switch's state (`Sound on for the
    # full video`, `Captions off`) open a command as well.
    bases = _base_verbs()
    opens = not _OPENS_WITH_NUMBER.match(text)
    plain = words[0] in bases and opens
    toggle = _toggle(words, bits) and opens
    verb = plain or toggle or (_us_command(words) and opens)
    # A reader's own voice (`I`, `my`) is prose, not a widget -- unless a
    # control's verb opens the line, as a button speaks for the reader (`Use my
    # location`, `Save my choices`); `I` is never a button's.
    if any(w in _FIRST_SINGULAR for w in words) and not (verb and bits[0] & _BIT["ui_verbs"] and "i" not in words):
        return 0
    commands = [_opens_command(m, text, bases) for m in _LATER_SENTENCE.finditer(text)]
    later = any(commands)
    # A verb alone is no evidence: `OPEN RUN`, `Watch out for ice` are not widgets.
    score = 2 if verb or later else 0
    address = any(w in _ADDRESS for w in words)
    score += address
    nouns = sum(bool(b & _NOUN) for b in bits[verb and not toggle:])
    failure = words[0] not in _COMMON_VERBS and any(w in _NEGATION for w in words) and any(b & _NOUN for b in bits)
    # The page pointing at itself: `this story`, `this video`.
    itself = _names_itself(words, bits)
    # Nouns alone make a widget only when they are most of the line (`RSS Feeds`,
    # `Facebook Twitter`), not a table header (`Pos Player Plays % Stats`); or
    # when the page names a part of itself in a few words or with another
    # interface noun or a failure (`Reuse this article`, `This video player needs
    # a newer browser`, `Subtitles are not available for this clip`), which the
    # model must then confirm.
    pointing = itself and (failure or nouns >= 2 or len(words) <= SHORT)
    if not (verb or later or address or pointing) and 2 * nouns < len(words) + text.count("%"):
        return 0
    score += min(2, nouns)
    score += any(b & _BIT["ui_verbs"] for b in bits[1:])
    score += failure + itself
    # A command, or a player telling the reader it failed (`Our podcast player
    # could not load`), settles it; otherwise the model must agree.
    if not (verb or later or (failure and (address or itself))):
        return min(score, STRONG - 1)
    # The shapes of a command that name no interface verb (`Tip us`, `Have your
    # say`) are middling at most, so the model must agree (`Among us are ...`
    # opens a headline), and with no more evidence the line scores as before; a
    # switch's state is a control's own shape.
    if not (plain or toggle or _BASE in commands or (failure and (address or itself))):
        return min(score, MIDDLING)
    if score > 2:
        return score
    # A bare command of a few words opening with an interface verb (`Join the
    # discussion`, `Reprint rights`) or naming a thing sold: middling, so the
    # model must agree.
    # A command naming something sold (`Compare deals`) is a shop widget's.
    named = bits[0] & _BIT["ui_verbs"] or any(b & _BIT["commerce"] for b in bits[1:])
    return MIDDLING if plain and len(words) <= SHORT and named else 0


_POSSESSIVE = frozenset({"your", "our"})
# The reader, or the page's people, as a common verb's object (`Have your say`, `Let us know`).
_OBJECTS = frozenset({"us", "them", "your", "our", "yours"})


_BASE, _COMMON = 2, 1


def _opens_command(m: regex.Match[str], text: str, bases: frozenset[str]) -> int:
    """Whether the later sentence or clause at ``m`` opens with a command: _BASE
    for an interface verb, _COMMON for a common verb the reader is the object or
    the owner of (`... talking about this. Have your say`, `Let us know`), else 0."""
    word = (m.group(1) or m.group(2)).casefold()
    if word in bases:
        return _BASE
    after = _TOKEN.match(text, m.end() + 1) if m.end() < len(text) else None
    return _COMMON if word in _COMMON_VERBS and after and after.group(0).casefold() in _OBJECTS else 0


def _us_command(words: list[str]) -> bool:
    """`Tip us off`, `Email us`: a first word, not a function word, with `us` as its object."""
    return len(words) >= 2 and words[1] == "us" and words[0] not in FUNCTION_WORDS


def _toggle(words: list[str], bits: list[int]) -> bool:
    """A switch's state: an interface noun then `on` or `off`, ending the line or
    followed by what it is for (`Sound on for the full video`, `Autoplay off`),
    not a headline's `Comments on the plan`."""
    return (len(words) >= 2 and bool(bits[0] & _NOUN) and words[1] in ("on", "off")
            and (len(words) == 2 or words[2] in ("for", "to")))


# A text-size or print tool: a few words, all interface nouns, function words,
# common verbs (`make`) or a tool's own words (a size's comparative, a print
# form), with one of each (`Make text bigger`, `Larger text`, `Printer-friendly page`).
_TOOL_WORD = regex.compile(r"^(?:bigger|larger|smaller|print(?:er|able)?(?:-[\p{L}]+)?)$")


def _tool(words: list[str], bits: list[int]) -> bool:
    if not 2 <= len(words) <= SHORT:
        return False
    tool = [bool(_TOOL_WORD.match(w)) for w in words]
    nouns = [bool(b & _NOUN) and not t for b, t in zip(bits, tool)]
    return (any(tool) and any(nouns)
            and all(t or n or w in FUNCTION_WORDS or w in _COMMON_VERBS for w, t, n in zip(words, tool, nouns)))


def self_pointing(text: str) -> bool:
    """Whether ``text`` names the page itself (`this story`, `this video`): a
    widget's words, which a headline, about something else, does not use."""
    words = [w.replace("’", "'").casefold() for w in _TOKEN.findall(text)]
    classes = _classes()
    return _names_itself(words, [classes.get(w, 0) for w in words])


def _names_itself(words: list[str], bits: list[int]) -> bool:
    """`this` before an interface, media or social noun."""
    return any(w == "this" and b & _NOUN for w, b in zip(words, bits[1:]))


def command(text: str) -> bool:
    """Whether ``text`` is a short command: a label of at most SHORT words opening
    with an interface or imperative verb in its base form (`Compare insurance
    quotes`).  Weak alone -- a headline may open so -- and read only above the
    story's headline, where no headline stands."""
    if _PROSE_TAIL.search(text) or not _CAPITAL_START.match(text) or _OPENS_WITH_NUMBER.match(text):
        return False
    words = [w.replace("’", "'").casefold() for w in _TOKEN.findall(text)]
    return 0 < len(words) <= SHORT and words[0] in _base_verbs() and not any(w in _FIRST_SINGULAR for w in words)


# A trail of section links (`Home > Sport > Football`): three or more short
# parts between arrows.
_BREADCRUMB = regex.compile(r"^\W*[^>›»\d]{1,30}(?:\s[>›»]\s+[^>›»\d]{1,30}){2,}$")


def breadcrumb(text: str) -> bool:
    """Whether ``text`` is a trail of section links; no headline is shaped so, so the
    document's first line may be one."""
    return bool(_BREADCRUMB.match(text.strip())) and all(len(part.split()) <= 4 for part in regex.split(r"[>›»]", text))


# The same trail with spaced slashes (`What's on / Collections / Blog`): slashes
# also part an article's alternatives (`Dates / times`), so only on the
# document's first line, and with every part a capitalised label of one to
# three words.
_SLASH_PART = regex.compile(r"^\p{Lu}[^\d.,;:!?/]{0,30}$")


def slash_trail(text: str) -> bool:
    """Whether ``text`` is a trail of three or more section links between spaced slashes."""
    parts = [p.strip() for p in text.strip().split(" / ")]
    return len(parts) >= 3 and all(_SLASH_PART.match(p) and len(p.split()) <= 3 for p in parts)


# A setting, a tag row or a language switch: an interface noun as the key (a
# label: opening with a capital), then
# a few short choices (`Text size: A A A`, `Contrast: standard / high`, `Topics:
# Football, Non-league`).  A list item of the story keys a fact (`Weight:
# 198g`, `Out: Sandro Lupi (released)`): its key names no part of the page, or
# its value has a figure or a bracket.
_SETTING = regex.compile(r"^\W*(\p{L}[\p{L}\-]*(?:\s+\p{L}[\p{L}\-]*){0,2})\s*:\s*([^\d():;]+?)\s*$")
_CHOICE = regex.compile(r"\s*[/|,•·]\s*")


def setting_row(text: str) -> bool:
    """Whether ``text`` is a settings or tag row (`Text size: A A A`); no headline
    is shaped so, so the document's first line may be one."""
    return _setting(text, _classes())


def _setting(text: str, classes: dict[str, int]) -> bool:
    m = _SETTING.match(text)
    if not m or not _CAPITAL_START.match(text):
        return False
    key = [classes.get(w.casefold(), 0) for w in m.group(1).split()]
    # A credit keys a name (`Photo: ...`, `Translation: ...`): NL303's, not a widget.
    if not any(b & _BIT["ui_nouns"] for b in key) or any(b & _BIT["credit"] for b in key):
        return False
    choices = [c for c in _CHOICE.split(m.group(2)) if c]
    # Choices without a separator are single words in lower case or single
    # letters (`small medium large`, `A A A`); capitals there make a headline
    # (`Main article: Rayleigh quotient`, `Tennis Podcast: What to expect`).
    if len(choices) == 1:
        choices = choices[0].split()
        if not all(len(c) == 1 or c.islower() for c in choices):
            return False
    return 2 <= len(choices) <= 8 and all(len(c.split()) <= 3 for c in choices)


# Verbs that open questions and ordinary sentences as often as commands.
_COMMON_VERBS = frozenset(read_list(DATA_DIR / "ui_shape_common_verbs.txt"))


@lru_cache(maxsize=1)
def _base_verbs() -> frozenset[str]:
    words = (w.casefold() for name in ("imperative", "ui_verbs") for w in read_list(DATA_DIR / f"lineclass_{name}.txt"))
    return (frozenset(words) | _CONTROL_VERBS) - _COMMON_VERBS


# Controls the line model's classes do not name (`Reject non-essential`, `Increase
# text size`, `Allow location access`): their own lists, added here to the word
# classes, not to the model's, whose features must stay those it was trained on.
_CONTROL_VERBS = frozenset(read_list(DATA_DIR / "ui_shape_control_verbs.txt"))
_CONTROL_NOUNS = frozenset(read_list(DATA_DIR / "ui_shape_control_nouns.txt"))


@lru_cache(maxsize=1)
def _classes() -> dict[str, int]:
    """The line model's word classes with the control verbs and nouns added."""
    classes = dict(word_classes())
    for word in _CONTROL_VERBS:
        classes[word] = classes.get(word, 0) | _BIT["ui_verbs"]
    for word in _CONTROL_NOUNS:
        classes[word] = classes.get(word, 0) | _BIT["ui_nouns"]
    return classes


# A page repeats its labels (menus, share rows) and a run lints many pages of
# one site: what is worked out of a short line's text alone (its score here,
# its classification in lines.py) is kept for lines up to REPEAT_CHARS long,
# REPEATS_KEPT texts at most.
REPEAT_CHARS, REPEATS_KEPT = 200, 4096
_repeated_score = lru_cache(maxsize=REPEATS_KEPT)(_score)


def ui_shaped(text: str, furniture: Callable[[], float], past_story: Callable[[], float],
              interface: Callable[[], float] = lambda: 0.0) -> bool:
    """Whether ``text`` is a widget label; ``furniture()`` gives the line model's
    P(ui or teaser) for the line, ``interface()`` its P(ui), and ``past_story()`` its P(not body text) when the
    line comes after the article's last paragraph (else 0), asked only when the
    words alone do not settle it."""
    score = ui_score(text)
    if score >= STRONG:
        return True
    if score < WEAK:
        # One weak sign (`our`, an interface noun) in a label-shaped line past
        # the story that the model is all but certain is interface text (`Our
        # partners`).  A teaser it is sure of is NL302's, in its run of
        # links; inside the story the model is as sure of some list items
        # (benchmarks/RESULTS.md: 14% of validation list lines at p >= 0.99).
        return (score == WEAK - 1 and neighbour_label(text) and interface() >= CERTAIN
                and past_story() >= AGREE)
    p = furniture()
    if p >= SURE or (score >= MIDDLING and p >= AGREE):
        return True
    # Past the story's last paragraph, the model often reads a trailing run of
    # widget lines as a list; what it must agree on there is only that the line
    # is not running text.  A label opens with a capital: a line that opens in
    # lower case goes on with a hard-wrapped sentence.
    return score >= MIDDLING and bool(_CAPITAL_START.match(text)) and past_story() >= AGREE


_CAPITAL_START = regex.compile(r"^\W*\p{Lu}")


def neighbour_label(text: str) -> bool:
    """Whether ``text`` is shaped like a label (opens with a capital, does not end
    like a sentence, a clause or a lead-in, `If you are …` included): what a line
    with little evidence of its own must be to count as a widget."""
    return bool(_CAPITAL_START.match(text)) and not _PROSE_TAIL.search(text) and not _ELLIPSIS_TAIL.search(text)


_ELLIPSIS_TAIL = regex.compile(r"(?:…|\.\.\.)\W*$")
