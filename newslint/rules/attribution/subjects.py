"""Vague subjects told by their shape, not by a list of subjects (NL403); whether a
word names someone is :mod:`.naming`'s.

A speech or belief verb whose subject is a noun phrase that names nobody:
plural or collective (``political scientists say``, ``some Democratic
officials think``, ``people who have battled online threats say``), or one
unnamed person (``a friend said``, ``one longtime aide said``); and the same
phrase after ``according to`` or an inverted ``said``.  The phrase names
nobody when no word of it before its post-modifier is capitalised, except a
group's name (``Republicans``, ``US officials``: attribution_group_words.txt)
and a common word opening the sentence; a post-modifier of affiliation names
someone (``analysts at Barclays``), one of place or closeness does not
(``officials in Washington``, ``people close to the board``).
"""
from __future__ import annotations

from functools import lru_cache
from typing import Iterator, NamedTuple

import regex

from ...document import Document
from ...rule import Context
from .lists import longest_first, longest_first_trie
from .naming import is_group, is_name, participle_post, plural, to_post, word_set
from .sourcing import agrees
from .verb_places import verbs as _verbs

_I = regex.IGNORECASE


@lru_cache(maxsize=None)
def _patterns() -> tuple[regex.Pattern, regex.Pattern, regex.Pattern, regex.Pattern, regex.Pattern]:
    # Lists matched forwards are tries; the adverbs, read backwards, cannot be.
    verbs = longest_first_trie("attribution_vague_verbs.txt")
    adverbs = longest_first("attribution_vague_adverbs.txt")
    verb = regex.compile(rf"(?<![\w-])(?:{verbs})(?![\w-])", _I)
    # Auxiliaries and adverbs between the subject and its verb, read backwards
    # from the verb ((?r): a search anchored at its end is slow forwards):
    # "have long argued", "subsequently told".
    before_verb = regex.compile(rf"(?r)(?:(?:{adverbs}|\w{{3,}}ly)\s+){{0,2}}$", _I)
    listed_before_verb = regex.compile(rf"(?r)(?:(?:{adverbs})\s+){{0,2}}$", _I)
    quantifier = regex.compile(rf"(?:{longest_first_trie('attribution_vague_quantifiers.txt')})(?:\s+of(?:\s+(?:the|his|her|their|its))?)?\s+", _I)
    inverted = regex.compile(rf"(?<!\w)(?:{longest_first_trie('attribution_vague_inverted.txt')})\s+", _I)
    return verb, before_verb, listed_before_verb, quantifier, inverted


_TOKEN = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’.\-]*")
# "Mr." and "J." end no sentence.
_ABBREVIATION = r"(?<!\w)(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Capt|St|Jr|Sr|\p{Lu})"
# A clause opens after punctuation or one of these words; a subject fills the
# clause up to its verb ("But aides said", "which officials said").
_BOUNDARY_SOURCE = rf"(?<!{_ABBREVIATION})\.|[;:!?()\[\]\"“”—–]|,(?!\d)|\n|(?<!\w)-(?!\w)"
_BOUNDARY = regex.compile(_BOUNDARY_SOURCE)
_LAST_BOUNDARY = regex.compile(f"(?r){_BOUNDARY_SOURCE}")
_OPENERS = frozenset(
    "and but or that which whom what while as than though although because since if when where whereas so yet "
    "meanwhile however still now instead indeed also even only privately publicly separately".split()
)
# Words after which a subject may start inside a clause: "He was there when a
# friend said".  Not "and": "Clinton and some Democrats say" is about Clinton.
_INNER_OPENERS = _OPENERS - {"and", "or", "also", "even", "only", "still", "now"}
# Where a noun phrase's post-modifier starts: "officials with knowledge of ...".
_POST = frozenset(
    "of for in at from with on close familiar privy involved inside within across around near briefed "
    "knowledgeable loyal aligned allied who that whose".split()
)
# Post-modifiers of affiliation: a name after them names the source
# ("analysts at Barclays", "a spokesman for Acme", "aides to Clinton"; not
# "aides to the governor").
_AFFILIATION = frozenset("of for to at from with".split())
_CONNECTORS = frozenset("and or & even also".split())
# Quantifiers inside a phrase: "Politicians and even some technologists".
_QUANTIFIERS = frozenset("some many most other others few several".split())
# "The committee's chair said" and "the analysts said" point back to someone
# named before: a phrase led by these is not vague.
_DEFINITE = frozenset("the this that these those his her their its our my your whose".split())
_SINGULAR_LEADS = ("a ", "an ", "one ", "another ")
_DEFINITE_LEADS = _DEFINITE - {"those"}
_PERCENT = regex.compile(r"\bper\s*cent\b|\bpercent\b", regex.IGNORECASE)
_PARTITIVE = regex.compile(r"\bof\s+(?:the|them)\s+$", regex.IGNORECASE)
_RELATIVE = frozenset("who that whose".split())
# Function words a post-modifier phrase may hold ("close to the board", "of
# his campaign"); any other, an auxiliary say, makes it a clause whose verb has
# another subject ("a finish in Ohio would bolster Rubio's claim").
_PHRASE_WORDS = frozenset(
    "of for in at from with on off to by the a an his her their its our them us both and or here there about into over under "
    "near inside within across around between among".split()
)
# "an event that Carson says": a relative clause with a subject of its own.
_OWN_SUBJECT = frozenset("i you he she it we they this the his her their its a an".split())
# Longest subject and post-modifier taken for one: longer runs are clauses.
_CORE_WORDS = 8
_POST_WORDS = 14
# An aside between subject and verb: "Critics, on the other hand, argued",
# "Democrats — and some Republicans — say".
_ASIDE = regex.compile(r"(?r)(?:,[^,.;:!?\r\n\"“”]{1,60},|[—–][^—–.;:!?\r\n\"“”]{1,60}[—–])\s*$")


# A subject does not run over a sentence's end (an abbreviation's period aside).
_SENTENCE_BREAK = regex.compile(rf"(?:(?<!{_ABBREVIATION})\.|[!?;])\s")


def _trimmed(text: str, end: int) -> int:
    """``end`` moved back over white space, without copying the text before it."""
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


_DIGIT = regex.compile(r"\d")
_LETTER = regex.compile(r"\p{L}")


class Phrase(NamedTuple):
    start: int
    end: int
    text: str


def noun_phrase(text: str, start: int, end: int) -> Phrase | None:
    """The vague noun phrase filling ``text[start:end]`` exactly, or None."""
    span = text[start:end]
    if not span.strip() or _SENTENCE_BREAK.search(span):
        return None
    if span.strip().lower() in _QUANTIFIERS:
        return Phrase(start, end, span.strip())  # "Most believe", "Others call it"
    m = _patterns()[3].match(span)
    lead = m.group(0) if m else ""
    first = None if lead else _TOKEN.search(span)
    if first is not None and first.group(0).lower() in _DEFINITE_LEADS:
        return None  # as the test of the core below says, sooner ("those" heads a phrase)
    tokens = [(start + t.start(), t.group(0)) for t in _TOKEN.finditer(span, len(lead))]
    if not tokens:
        return None
    # The post-modifier starts after the head; right after a quantifier the
    # quantifier is the head ("some who advocate free speech argue").
    cut = next(
        (i for i, (_, w) in enumerate(tokens) if (w.lower() in _POST or to_post(tokens, i) or participle_post(tokens, i)) and (i > 0 or lead)),
        len(tokens),
    )
    core, post = tokens[:cut], tokens[cut:]
    # "Those" heading a post-modifier is a group nobody names ("those close to the talks").
    if not lead and len(core) == 1 and core[0][1].lower() == "those" and post:
        return Phrase(start, end, span.strip()) if _plausible_post(post, text) else None
    if not core:
        word = lead.split()[0].lower()
        return Phrase(start, end, span.strip()) if word in _QUANTIFIERS and post and _plausible_post(post, text) else None
    if len(core) > _CORE_WORDS or len(post) > _POST_WORDS:
        return None
    if any(w.lower() in _DEFINITE for _, w in core):
        return None
    head = core[-1][1]
    if head.lower() in word_set("attribution_share_nouns.txt") or "%" in span or _PERCENT.search(span):
        return None  # a poll's share: "a third of respondents", "17% said"
    if head.lower() in word_set("attribution_official_voices.txt") or " ".join(w for _, w in core[-2:]).lower() in word_set(
        "attribution_official_voices.txt"
    ):
        return None
    # "Some of the 40 passengers", "most of them": part of a group the story
    # has described ("one of his aides" is still nobody in particular).
    if _PARTITIVE.search(lead):
        return None
    singular = lead.lower().startswith(_SINGULAR_LEADS)
    # "a friend", "one Republican"; not "a lawsuit filed".
    one_person = singular and (head[:1].islower() and not head.endswith(("ed", "ing")) or is_group(head))
    if not (one_person or plural(head)):
        return None
    verb = _patterns()[0]
    for i, (pos, word) in enumerate(core):
        low = word.lower()
        if _DIGIT.search(word) and _LETTER.search(word):
            return None  # "1m and experts": a figure ends the phrase
        if low in _CONNECTORS or low in _QUANTIFIERS:
            continue
        # A verb in the past, or any speech verb before the head ("says 24
        # companies reported"), ends a subject; the head may be a noun
        # ("media reports", "claims").
        past = verb.fullmatch(word) and (i < len(core) - 1 or low.endswith("ed") or low in ("said", "told", "thought", "felt"))
        if past or is_name(word, pos, text, head=i == len(core) - 1) or low in word_set("attribution_function_words.txt"):
            return None
    if post and not _plausible_post(post, text):
        return None
    # A verb follows a noun, not "the": "a list of the questions" (a relative
    # clause may end in anything: "groups that have endorsed him say").
    in_relative = any(w.lower() in _RELATIVE for _, w in post)
    if not in_relative and tokens[-1][1].lower() in word_set("attribution_function_words.txt"):
        return None
    return Phrase(start, end, span.strip())


def _plausible_post(post: list[tuple[int, str]], text: str) -> bool:
    """Whether the words after the head modify it ("close to the board", "who
    spoke on condition of anonymity") without naming the source ("at Barclays")."""
    words = [w.lower() for _, w in post]
    # "... a prime minister who has declared": the verb belongs to the
    # relative clause of a later noun.
    if len(words) > 1 and words[-1] in _RELATIVE | {"which", "whom"}:
        return False
    relative = next((i for i, w in enumerate(words) if w in _RELATIVE), len(words))
    # A phrase of prepositions, articles and nouns up to a relative clause:
    # "than", "we" or "is" in it make it a clause ("orders of magnitude larger
    # than expected").
    function = word_set("attribution_function_words.txt")
    if any(w in function and w not in _PHRASE_WORDS for w in words[:relative]):
        return False
    # A name after "at", "of" ... is the source's affiliation.
    if words[0] in _AFFILIATION and any(is_name(w, p, text) for p, w in post[:relative]):
        return False
    if relative < len(words):
        following = post[relative + 1][1] if relative + 1 < len(post) else ""
        return following[:1].islower() and following.lower() not in _OWN_SUBJECT | _OPENERS
    return True


# "a", "one" ...; "to" of "aides to the governor" (naming.to_post).
_POST_OR_SINGULAR = _POST | frozenset(lead.strip() for lead in _SINGULAR_LEADS) | {"to"}


def _may_be_vague(words: list[str]) -> bool:
    """Whether :func:`noun_phrase` may find a phrase ending a clause of these words, from any start: its last
    word plural or a quantifier, one person led ("a", "one"), or a post-modifier ("he said" fails all three)."""
    last = words[-1] if words else ""
    if plural(last) or last.lower() in _QUANTIFIERS:
        return True
    return not _POST_OR_SINGULAR.isdisjoint(map(str.lower, words))  # one set test: it runs for every verb


def _subject_starts(text: str, end: int) -> list[int]:
    """Where a subject ending at ``end`` may start: after the clause's last
    boundary and its openers ("But aides said"), or after a later opener."""
    last = _LAST_BOUNDARY.search(text, max(0, end - 160), end)
    begin = last.end() if last else max(0, end - 160)
    if not _may_be_vague(_TOKEN.findall(text, begin, end)):  # the words alone: most clauses fail
        return []  # no start would give a phrase: the analysis of each is skipped
    tokens = list(_TOKEN.finditer(text, begin, end))
    i = 0
    while i < len(tokens) and tokens[i].group(0).lower() in _OPENERS:
        i += 1
    starts = [tokens[i].start()] if i < len(tokens) else []
    starts += [tokens[k + 1].start() for k in range(i, len(tokens) - 1) if tokens[k].group(0).lower() in _INNER_OPENERS]
    return starts


def subject_first(doc: Document, ctx: Context) -> Iterator[tuple[int, int]]:
    """Spans of "political scientists say", "a friend said"."""
    text = doc.text
    verb, before_verb, listed_before_verb, _, _ = _patterns()
    for v in _verbs(doc, verb):
        # "-ly" words are adverbs ("subsequently told") unless that leaves no
        # subject ("a member of the family suggested").
        tried = -1
        # With no "ly" before the verb the two readings end the subject alike.
        window = text[max(0, v.start() - _ADVERBS_REACH) : v.start()]
        for between in (before_verb, listed_before_verb) if "ly" in window.lower() else (before_verb,):
            end = _subject_end(text, between, v.start())
            if end == tried:
                break  # no "-ly" word before the verb: the same subject, already refused
            tried = end
            phrase = _subject_before(text, end, v.start())
            if phrase:
                if (
                    _agrees(phrase, v, text)
                    and not _MODAL_OR_LEXICAL.search(text, phrase.end, v.end())
                    and not _INFINITIVE.search(text, max(0, v.start() - 8), v.start())
                    and not _NAMED_LATER.match(text, v.end())
                ):
                    yield phrase.start, v.end()
                break


_PAST = frozenset("said told thought felt held wrote".split())
# "Colleagues described him as difficult, said Jane Doe": the sentence is the
# words of someone it names.
_NAMED_LATER = regex.compile(
    r"[^.!?\r\n]{0,200}?,\s*(?:said|says|added|wrote|according\s+to)\s+(?:[\p{Ll}]+\s+){0,3}?(?-i:\p{Lu}\p{Ll}+\s+\p{Lu})"
)
_PLURAL_AUX = frozenset("have are were".split())
_SINGULAR_AUX = frozenset("has is was".split())
# "likely to say": not a finite verb.
_INFINITIVE = regex.compile(r"(?r)\bto\s+$", regex.IGNORECASE)
# "Passengers could claim" is an entitlement, not sourcing; "holds" and "has
# it" take a listed subject ("conventional wisdom holds"), not any plural
# ("outsourcing takes hold").
_MODAL_OR_LEXICAL = regex.compile(r"\b(?:could|would|can|may|might|should|will|must|holds?|has\s+it)\b", regex.IGNORECASE)


def _agrees(phrase: Phrase, verb: regex.Match, text: str) -> bool:
    """Plural subjects take "say", not "says"; one person right before a bare
    "report" is a noun phrase ("an official report shows"), not sourcing."""
    if not agrees(phrase.text, verb.group(0)):
        return False
    first = verb.group(0).split()[0].lower()
    bare = not (first.endswith(("s", "ed")) or first in _PAST)
    one = phrase.text.lower().startswith(_SINGULAR_LEADS) and not plural(phrase.text.split()[-1])
    between = text[phrase.end : verb.start()].lower().split()
    if one and (bare and not between or _PLURAL_AUX & set(between)):
        return False  # "an official report shows", "a function of x have indicated"
    return one or not _SINGULAR_AUX & set(between)


_NAME_AFTER = regex.compile(r"\w+\s+(?-i:\p{Lu})")
_PLACE_ASIDE = regex.compile(r",\s*\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?,\s*")
_SPECIFYING = regex.compile(r"[,—–]\s*(?:including|such\s+as|like|among\s+them|notably|led\s+by|chiefly|especially)\b", regex.IGNORECASE)


# How far before a verb its auxiliaries and adverbs are looked for.
_ADVERBS_REACH = 60


def _subject_end(text: str, between: regex.Pattern, verb_start: int) -> int:
    """Where the subject of a verb ends, before its auxiliaries and adverbs."""
    adverbs = between.search(text, max(0, verb_start - _ADVERBS_REACH), verb_start)
    return _trimmed(text, adverbs.start() if adverbs else verb_start)


# The last character of an aside (``end`` never follows white space).
_ASIDE_ENDS = ",—–"


def _subject_before(text: str, end: int, verb_start: int) -> Phrase | None:
    # An aside ends the text before ``end``: most subjects end in no comma or dash.
    aside = _ASIDE.search(text, max(0, end - 70), end) if end and text[end - 1] in _ASIDE_ENDS else None
    if aside and _PLACE_ASIDE.fullmatch(text, aside.start(), aside.end()) and text[_trimmed(text, aside.start()) - 1 : aside.start()][:1].isalpha():
        aside = None  # "a woman in Worcester, Massachusetts, told him": a place
    if aside:
        # "A top strategist, John Weaver, said" names him, and "Critics,
        # including the opposition leader, argue" says who they are.
        if _SPECIFYING.match(text, aside.start()) or any(
            is_name(t.group(0), t.start(), text) for t in _TOKEN.finditer(text, aside.start(), aside.end())
        ):
            return None
        # "A key priority, in both settings, said Dr Doe": the speaker follows.
        if _NAME_AFTER.match(text, verb_start):
            return None
        end = aside.start()
    for start in _subject_starts(text, end):
        # The phrase before an aside opens a clause, not an item of a list.
        if aside and text[_trimmed(text, start) - 1 : start][:1] == ",":
            continue
        phrase = noun_phrase(text, start, end)
        if phrase:
            return phrase
    return _antecedent(text, end)


# "commentators who have suggested": the subject is the noun before "who".
_RELATIVE_END = regex.compile(r"(?r)(?<!\w)(?:who|that)\s*$", regex.IGNORECASE)
_NOUNISH = regex.compile(r"[\p{L}][\p{L}'’\-]*")


def _antecedent(text: str, end: int) -> Phrase | None:
    before = text[max(0, end - 8) : end].lower()
    if "who" not in before and "that" not in before:
        return None  # no "who" or "that" for the search to find (nearly every verb)
    rel = _RELATIVE_END.search(text, max(0, end - 8), end)
    if not rel:
        return None
    words = list(_NOUNISH.finditer(text, max(0, rel.start() - 80), rel.start()))
    function = word_set("attribution_function_words.txt")
    start = None
    for w in reversed(words):
        low = w.group(0).lower()
        if text[w.end() : (start if start is not None else rel.start())].strip(" "):
            break  # punctuation between: the phrase ends here
        if low in function and low not in _QUANTIFIERS or is_name(w.group(0), w.start(), text):
            break
        start = w.start()
    if start is None:
        return None
    phrase = noun_phrase(text, start, _trimmed(text, rel.start()))
    return Phrase(phrase.start, end, text[phrase.start : end]) if phrase else None
