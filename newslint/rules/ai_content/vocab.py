"""The family's word lists as pattern pieces, for building into larger patterns."""
from __future__ import annotations

import regex

from ...phrases import data_path, read_list


def words(name: str, lower: bool = False, plural: bool = False) -> str:
    """A data file's plain phrases as one bare alternation (spaces match any run).

    No group and no word boundaries, unlike :func:`newslint.phrases.alternation`:
    callers put the boundaries around it and may add an ending (``s?``).
    ``lower``: the phrases in lower case, for a case-sensitive search of
    lower-cased text.  ``plural``: for a noun class that callers follow
    with ``s?``, a final consonant and ``y`` may be ``ie`` too, so that
    ``summary`` also matches ``summaries`` and ``story`` ``stories``."""
    entries = read_list(data_path(name))
    out = "|".join(r"\s+".join(regex.escape(w.lower() if lower else w) for w in e.split()) for e in entries)
    return _Y_END.sub(r"\1(?:y|ie)", out) if plural else out


def names(name: str) -> str:
    """A data file of product names as one bare alternation for a pattern
    compiled case-insensitive: each name's first letter keeps its case, the
    rest is free.  The capital is what tells the product from the word
    ("Whisper", "a whisper"); makers and writers disagree on the rest
    ("QuillBot", "Quillbot"; "ElevenLabs", "Elevenlabs").  Every name
    starts with a capital (tests/test_data_files.py holds the list to
    that), so one case-sensitive look at the first letter stands for all
    of them: the pattern is tried at every word of every article, and most
    words start in lower case."""
    entries = read_list(data_path(name))
    return r"(?=(?-i:[A-Z]))(?:" + "|".join(r"\s+".join(regex.escape(w) for w in e.split()) for e in entries) + ")"


# A noun's last consonant and "y", at the end of an alternative.
_Y_END = regex.compile(r"([b-df-hj-np-tv-xz])y(?=\||$)")


# A noun for what does a job, by its ending ("upscaler", "renderer",
# "enhancer", "narrator"): after an agent it names the tool's kind ("an AI
# upscaler"; branch disc15).  Not the short words of the same ending.
AGENT_NOUN = (
    r"(?!(?:after|over|under|later|never|other|either|neither|rather|whether|together|ever|per|for|or|nor|her)\b)"
    r"[\w-]{3,}(?:er|or)s?"
)


def human_credit() -> str:
    """What follows an editing word in a human credit: ``by`` and a name or a
    newsroom role ("edited by Tom", "edited by Reuters", "corrected by our
    desk").  It says who did the work, which an assistant's reply never does;
    "shortened by about 80 words" is a measure, not a credit.  For a pattern
    compiled case-insensitive: the name's capital is matched case-sensitively."""
    people = rf"(?:{words('ai_author_roles.txt')}|{words('ai_newsroom_nouns.txt')})s?"
    return rf"\s+by\s+(?:(?-i:[A-Z])|(?:the|our|a|an|their|his|her)\s+(?:[\w'’-]+\s+){{0,2}}?{people}\b)"
