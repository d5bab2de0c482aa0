"""General shapes of assistant speech (NL502), built from vocabulary classes
in the data files rather than from seen wordings."""
from __future__ import annotations

import re
from functools import lru_cache

import regex

from .compose import OFFER_VERBS, leakage_shapes
from .vocab import human_credit, words

# First person singular, contracted or not.
_I = r"i(?:'m|’m|'ve|’ve|'ll|’ll|'d|’d)?"


def shapes() -> tuple[regex.Pattern[str], ...]:
    """The shapes, in order; :data:`NOT_SPEECH` indexes into them."""
    return _built()[0]


# The one character a case-insensitive shape matches with an ASCII letter
# although its lower case is not that letter (long s, U+017F, for "s"): a
# text holding it skips the gates (tests/test_ai_speed.py checks the set).
CASE_FOLD_EXCEPTIONS = "\u017f"


def shape_gates() -> tuple[tuple[re.Pattern[str], ...], ...]:
    """Per shape, patterns for the lower-cased text that each find something
    in every line the shape matches, so a line one of them misses cannot
    match: a cheap test that spares most candidate lines (paragraphs of
    news) the shape's full ``regex`` scan."""
    return _built()[1]


@lru_cache(maxsize=None)
def _built() -> tuple[tuple[regex.Pattern[str], ...], tuple[tuple[re.Pattern[str], ...], ...]]:
    nouns = words("ai_leakage_nouns.txt")
    edits = words("ai_edit_words.txt")
    flags = regex.IGNORECASE | regex.MULTILINE
    noun = rf"\b(?:(?!version\s+of\b)(?:{nouns})s?)\b"
    edit = rf"\b(?:{edits})\b"
    # A human credit is not an assistant's editing report (vocab.human_credit).
    edit_not_credit = rf"{edit}(?!{human_credit()})"
    # "I" counts only with an editing verb: "I created a quiz for this
    # article" is a blogger, "I've tightened the article" an assistant.
    intro = (
        rf"(?:\b(?:here(?:'s|’s|\s+is|\s+are)|below\s+(?:is|are)|the\s+following|{_I}\s+(?:have\s+)?"
        rf"(?:{edits}|kept|made|added|removed|included|changed|adjusted|moved|tried|cut)"
        r"|this\s+(?:version|draft|rewrite))"
        r"|\b(?:my\s+)?apologies|\bi\s+apologi[sz]e|(?:^|(?<=[.!?:]\s))[^\S\n]*below,?)\b"
    )
    you = r"\b(?:you|your|you'd|you’d|you'll|you’ll)\b"
    # The intro without its first-person verbs: "here's", "below is".
    handing = r"here(?:'s|’s|\s+is|\s+are)|below\s+(?:is|are)|the\s+following"
    # The text named: "this version", or announced last ("The expanded story is below.").
    named = rf"this\s+(?:version|draft|rewrite)|(?:the|your)\s+(?:[\w-]+\s+){{0,2}}?(?:{nouns})s?\s+(?:is|are)\s+(?:below|attached|ready)"
    preamble = rf"\b(?:{handing}|{named})\b"
    # After a comma, "here's" must hand over a part of the text ("Sure, here's a
    # shorter version", "Of course, here's what changed"): "Certainly, here's a
    # question for the council" and "Absolutely, here's the truth" hand over none.
    handover = rf"\b(?:{handing})\b(?=[^\S\n]+(?:what|how|(?:[\w'’-]+[^\S\n]+){{0,6}}?{noun}))|\b(?:{named})\b"
    # An offer of an edit: "I can shorten it", "I'll add".
    offer = rf"\b(?:i\s+(?:can|could|will|would)|i(?:'ll|’ll|'d|’d))\s+(?:also\s+)?(?:{OFFER_VERBS})\b"
    tail = rf"the\s+(?:[\w-]+\s+){{0,2}}?(?:{edits})\s+{noun}|$"
    # "I've tightened ..." carries its own editing word.
    intro_edit = rf"\b{_I}\s+(?:have\s+)?(?:{edits})\b"
    # Where a reply opens: a line start or after a sentence's end.
    opening = r"(?:^|(?<=[.!?:]\s))[^\S\n]*"
    thanks = r"(?:thanks|thank\s+you|many\s+thanks|cheers|sorry|apologies)"
    praise = rf"(?:{words('ai_praise.txt')})"
    interjections = words("ai_interjections.txt")
    repeated = rf"(?:{words('ai_repetition_words.txt')}|(?:\d+|two|three|four|five|six|ten|a\s+dozen)\s+times)\b"
    # Cheap tests for the two costly shapes: stdlib searches of the
    # lower-cased line for a part every match of the shape holds (so a line
    # one of them misses cannot match), case-sensitive and led by literals,
    # which the engine skips through fastest.
    gates = (
        # Shape 0 needs a noun for the text and, in its lookahead or its
        # editing report, an editing word or "you".
        (
            re.compile(rf"(?<!\w)(?:{words('ai_leakage_nouns.txt', lower=True)})"),
            re.compile(rf"(?<!\w)(?:{words('ai_edit_words.txt', lower=True)}|you)"),
        ),
        # Shape 1 cut short after its opening word and the punctuation every
        # branch goes on with ("!", ".", ":", ",", a dash: all non-word).
        (
            re.compile(
                rf"(?<!\w)(?:(?:{words('ai_interjections.txt', lower=True)})[^\S\n]*[^\w\s]"
                rf"|{thanks}\s+(?:for|about)\s|(?:{words('ai_praise.txt', lower=True)})[^\S\n]*[^\w\s])"
            ),
        ),
        # Shape 2 needs "I" with a modal and, later, "if".
        (re.compile(r"i(?:['’](?:m|ve|ll|d))?\s+(?:can|could|will|would)"), re.compile(r"if\s")),
        # Shape 3 is a question: a "?" in the line, and "you" or "want".
        (re.compile(r"\?"), re.compile(r"you|want")),
        # Shape 4 is in brackets.
        (re.compile(r"\["),),
        # Both branches of shape 5 hold a field label.
        (re.compile(rf"(?:{words('ai_labels.txt', lower=True)})"),),
    ) + tuple(c.gate if isinstance(c.gate, tuple) else (c.gate,) for c in leakage_shapes())
    return (
        # 0. Meta-reference: a preamble word, soon a noun for the text (no
        # wh-word between: "here's what you need to know about the draft" is
        # a news staple), and an editing word or second-person address ("here
        # is a punchier version", "I've kept the structure of your piece").
        regex.compile(
            rf"(?:{intro_edit}|{intro}(?=[^.!?\n]{{0,200}}?(?:{edit_not_credit}|{you})))"
            # A history of the writer's own effort is no reply's report: "I've
            # rewritten this column three times" (after the intro, so the
            # look runs only where an intro matched).
            rf"(?![^.!?\n]{{0,120}}?\b(?:{repeated}))"
            # The writer's own work is no requester's: "the ending of my novel".
            rf"(?=(?:(?!\b(?:what|how|why|who|where|when|which)\b)[^.!?\n]){{0,60}}?{noun}(?!\s+of\s+my\b))"
            r"[^.!?\n]{0,300}[.!?:]?",
            flags,
        ),
        # 1. An interjection or a thank-you opening a reply, then a preamble
        # ("Got it! Here's", "Thanks for the notes! Here's").
        # After "!" any "I" will do; after a comma or a dash only a preamble,
        # an editing report or an offer of an edit: "Sure, I was sceptical"
        # and "Of course, I can only speak for myself" are columns.
        regex.compile(
            rf"{opening}(?:(?:{interjections})"
            rf"(?:[^\S\n]*[!.:]+[^\S\n]*(?:{intro}|{_I}\b|{tail})"
            rf"|[^\S\n]*(?:,|[^\S\n][\p{{Pd}}])[^\S\n]*(?:{handover}|{intro_edit}|{offer}|{tail}))"
            # A thank-you only before a preamble: "Thanks for signing up!"
            # alone is a web page's.
            rf"|{thanks}\s+(?:for|about)\s+[^.!?,\n]{{1,40}}?[^\S\n]*[!.,:\p{{Pd}}]+[^\S\n]*"
            rf"(?:{preamble}|{intro_edit})"
            # Praise for the request, then the answer: "Great question! The
            # council last changed the rules in 2019.", "What a good question!"
            rf"|(?:what\s+an?\s+|such\s+an?\s+)?{praise}[^\S\n]*(?:!|[^\S\n][\p{{Pd}}])[^\S\n]*\S)",
            flags,
        ),
        # 2. An offer to do more work, tied to the requester's wish ("I can trim
        # it further if needed", "I can make it more formal if you prefer").
        regex.compile(
            rf"\b{_I}\s+(?:can|could|will|would\s+be\s+happy\s+to)\s+(?:also\s+|easily\s+)?"
            rf"(?:{OFFER_VERBS})\b"
            r"[^.!?\n]{0,80}?\bif\s+(?:needed|necessary|required|desired|preferred|you|that\s+(?:would|helps|works))\b",
            flags,
        ),
        # 3. A question offering a different version ("Would you like a shorter
        # version for the website?").
        regex.compile(
            r"(?:\b(?:would\s+you\s+(?:like|prefer)|do\s+you\s+(?:want|need))|(?:^|(?<=[.!?]\s))want)\s+"
            rf"(?:me\s+to\s+(?:also\s+)?(?:{OFFER_VERBS})\b|[^.!?\n]{{0,40}}?(?:{noun}|{edit}))"
            # A question: "Want me to send you an email" is a sign-up button.
            r"(?=[^.!?\n]{0,120}\?)",
            flags,
        ),
        # 4. A template placeholder: a bracketed field name ("[Company Name]",
        # "[Insert quote here]"), capitalised or led by insert/add/your, and
        # no participle of a desk's act done (ai_placeholder_done.txt).
        regex.compile(
            r"\[(?=[^\]\n]{1,40}\])(?=(?:insert|add|enter|your)\b|(?-i:[A-Z]))"
            # A desk's note of an act done ("[Name withheld at the writer's
            # request]") is no field to fill.
            rf"(?![^\]\n]*?(?<!\bto\s+be\s)\b(?:{words('ai_placeholder_done.txt')})\b)[^\]\n\d]*?"
            rf"\b(?:{words('ai_placeholder_words.txt')})s?\b[^\]\n\d]*\]",
            regex.IGNORECASE,
        ),
        # 5. A field label of a model's answer at a line start ("Headline: ...",
        # "**Title:** ...").
        regex.compile(
            rf"^[^\S\n]*(?:\*\*|#{{1,6}}[^\S\n]*)?(?:{words('ai_labels.txt')})(?:[^\S\n]*:(?:\*\*)?(?=[^\S\n]*\S)"
            r"|s?\s+(?:options|ideas|suggestions|alternatives)[^\S\n]*:)"
            # A count first and a verb after: "Three headline options follow:".
            rf"|^[^\S\n]*(?:two|three|four|five|six|\d|a\s+few|some)\s+(?:[\w-]+\s+)?(?:{words('ai_labels.txt')})s?"
            r"\s+(?:options|ideas|suggestions|alternatives|versions)(?:\s+(?:follow|below|to\s+choose\s+from))?[^\S\n]*:[^\S\n]*$",
            flags,
        ),
        # 6 on. Compositions of word classes (compose.py): offers, refusals,
        # limits, placeholders to fill, made-up content, advice to verify,
        # option labels, a row of chat buttons.
        *(c.pattern for c in leakage_shapes()),
    ), gates


# Shapes that are not speech (the placeholder, the field label and the
# compositions that say so), so a reporting verb beside them proves nothing
# ("[Company Name] said profits rose").
NOT_SPEECH = (4, 5) + tuple(6 + i for i, c in enumerate(leakage_shapes()) if c.not_speech)

# How sure a match is: unmistakable (an error), chatty (a warning alone, an
# error beside a second chatty signal in its sentence), weak (a warning).
STRONG, CHATTY, WEAK = 2, 1, 0
# Per shape: a template placeholder is unmistakable, a field label weak
# ("BYLINE:" opens real wire copy), the rest chatty; the compositions say
# their own (an editor's note can ask to replace XX or call a quote invented).
SHAPE_EVIDENCE = (CHATTY, CHATTY, CHATTY, CHATTY, STRONG, WEAK) + tuple(
    {"strong": STRONG, "chatty": CHATTY, "weak": WEAK}[c.evidence] for c in leakage_shapes()
)
