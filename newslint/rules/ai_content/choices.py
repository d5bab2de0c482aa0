"""NL502 compositions of a reply's remarks on the draft it wrote (issue 10, branch leak18).

An assistant often says nothing about itself and makes no offer, but explains
what it did to a text for someone else: the choice it made about a part of
the text and why, a check it has no means to make, a bracketed gap for the
requester to fill, another form of the text offered as a question, where
the extras sit in its output, how the text fits the requester's outlet.
Columnists and letter writers speak in the first person too ("I went with
my gut", "I kept the receipts", "I can't agree with the previous letter"):
what marks a reply is a part of the text as the object of the choice, or
the requester's outlet, not the "I".  Each shape is a sequence of word
classes from data files (compose.py's ``Composed``), all warnings alone.
"""
from __future__ import annotations

import re

import regex

from .compose import Composed
from .vocab import words

_OPENING = r"(?:^|(?<=[.!?:;]\s))[^\S\n]*"


def choice_shapes() -> tuple[Composed, ...]:
    flags = regex.IGNORECASE | regex.MULTILINE
    parts = rf"(?:{words('ai_choice_parts.txt')}|{words('ai_meta_nouns.txt')})s?"
    pending_parts = rf"(?:{words('ai_pending_parts.txt')})s?"
    outlet = rf"(?:{words('ai_outlet_parts.txt')})s?"
    formats = rf"(?:{words('ai_format_offers.txt')}|{words('ai_format_nouns.txt')})"
    verbs = words("ai_choice_verbs.txt")
    manners = rf"(?:{words('ai_choice_manners.txt')})\b(?:\s+[\w-]+)?"
    return (
        # A choice about a part of the text, with the reason: a version of
        # it described by its manner ("I went with a softer headline because
        # ...", "I opted for a more cautious framing, since ...") or an edit
        # reported on the draft ("I've toned down the language around the
        # arrest, as ...").  A bare "I kept the headline from that front
        # page because ..." or "I chose the quote from Churchill because
        # ..." is a columnist's: a keepsake, a choice for her own column.
        # "My" is the writer's own ("I've kept my intro short").
        Composed(
            regex.compile(
                rf"\bi(?:\s+(?:{verbs})\s+(?:a|an|the|this|that|your|its)\s+(?:[\w-]+\s+)?(?:more\s+|less\s+)?(?:{manners})\s+"
                rf"|(?:['’]ve|\s+have)\s+(?:also\s+|deliberately\s+)?(?:{verbs})\s+(?:a|an|the|this|that|your|its)\s+(?:[\w'’-]+\s+){{0,2}}?)"
                rf"{parts}\b"
                # Not the writer's own thing or history on the way to the
                # reason ("the ending of my novel three times because ...").
                r"(?=(?:(?!\b(?:my|our|times)\b)[^.!?\n]){0,40}?(?:\b(?:because|since|as|so\s+(?:that|it)|to\s+(?:avoid|keep|make|give|reflect|match|fit|suit)"
                r"|given|in\s+line\s+with|rather\s+than|throughout)\b))",
                flags,
            ),
            "chatty",
            False,
            (re.compile(r"i\s|i['’]ve"), re.compile(words("ai_choice_verbs.txt", lower=True))),
        ),
        # A check the writer has no means to make: "I don't have the ability
        # to check whether the café is still trading", "There's no way for me
        # to confirm ..." (a person's "I can't confirm the
        # date" or "I have no way of knowing" is not this wording).
        Composed(
            regex.compile(
                r"(?:\bi\s+(?:(?:do\s+not|don['’]t)\s+have\s+(?:the|any)\s+(?:ability|means)\s+to|lack\s+the\s+(?:ability|means)\s+to"
                r"|have\s+no\s+(?:means|ability)\s+(?:of|to))|\bthere(?:['’]s|\s+is)\s+no\s+(?:way|means)\s+for\s+me\s+to)\s+"
                r"(?:independently\s+)?(?:check|verify|confirm|fact-check|look\s+up|establish)\w*\b"
                # The writer's own affairs: "... of checking whether my letter arrived".
                r"(?![^.!?\n]{0,30}\bmy\b)",
                flags,
            ),
            "chatty",
            False,
            (re.compile(r"ability|means|for\s+me"), re.compile(r"check|verif|confirm|look\s+up|establish")),
        ),
        # A bracketed gap for the requester to fill, in any wording: a part
        # of the text and what it awaits ("[Photographer credit needed]",
        # "(quote TBC)", "[picture to come]").
        Composed(
            regex.compile(
                rf"[\[(][^\S\n]*(?:[\w'’&-]+[^\S\n]+){{0,3}}?{pending_parts}[^\S\n]*(?::[^\S\n]*)?(?:{words('ai_pending_words.txt')})[^\S\n]*[\])]",
                flags,
            ),
            "chatty",
            True,
            (re.compile(r"[\[(]"), re.compile(words("ai_pending_words.txt", lower=True))),
        ),
        # Another form of the whole text offered as a question: "Would a Q&A
        # format work better for your readers?" (a question about a scheme,
        # "Would a shorter school day work better?", names no form of text).
        Composed(
            regex.compile(
                rf"{_OPENING}(?:or\s+)?(?:would|could|might|does|do\s+you\s+think)\s+(?:a|an|the)\s+(?:[\w&-]+\s+){{0,2}}?{formats}s?\s+"
                r"(?:[\w-]+\s+){0,3}?(?:work|be|suit|read|fit|serve)\b[^.!?\n]{0,60}?\b(?:you|your|readers|audience|instead)\b[^.!?\n]{0,40}\?",
                flags,
            ),
            "chatty",
            False,
            (re.compile(r"would|could|might|does|do\s+you"), re.compile(r"\?")),
        ),
        # Where the reply put its extras: "(Headline suggestions follow the
        # main text.)", "Alternative captions are listed below."
        Composed(
            regex.compile(
                rf"\b(?:(?:{parts}|{pending_parts})\s+(?:suggestions|options|alternatives|ideas|variants)"
                rf"|(?:suggested|alternative|possible|optional)\s+(?:{parts}|{pending_parts}))\s+"
                r"(?:follow|come|appear|sit|are\s+(?:listed|given|included|set\s+out))\b"
                r"[^\S\n]*(?:below|above|after|before|at\s+the\s+(?:end|bottom|top)|the\s+(?:main\s+)?(?:text|article|story|piece|draft|copy))",
                flags,
            ),
            "chatty",
            False,
            re.compile(r"suggest|option|alternative|idea|variant|possible"),
        ),
        # A part of the text said to be worked up from what the requester
        # gave: "the quote from the shop owner is paraphrased, since you only
        # gave me a summary" (the requester's "what she said" is no report).
        Composed(
            regex.compile(
                rf"\b(?:{parts}|(?:{words('ai_content_nouns.txt')})s?)\b[^.!?\n]{{0,50}}?\b(?:is|are|was|were|has\s+been|have\s+been)\s+(?:[\w-]+ly\s+)?"
                r"(?:paraphrased|reconstructed|approximated|assumed|inferred|summarised|summarized|condensed)\b"
                r"[^.!?\n]{0,20}?\b(?:since|as|because)\s+you\s+(?:only\s+|just\s+)?(?:gave|sent|shared|provided|supplied|pasted|told|mentioned)\b",
                flags,
            ),
            "chatty",
            True,
            (re.compile(r"paraphras|reconstruct|approximat|assumed|inferred|summari|condensed"), re.compile(r"you")),
        ),
        # How the text fits the requester's outlet, or an instruction to fit
        # it: "This should slot neatly into your Saturday supplement", "tweak
        # anything that doesn't fit your style" ("This should fit into your
        # morning routine" is service journalism: no outlet).
        Composed(
            regex.compile(
                r"\b(?:this|it|the\s+(?:piece|article|story|draft|copy|text))\s+should\s+(?:[\w-]+ly\s+)?(?:slot|fit|sit|drop|go)\s+"
                rf"(?:[\w-]+ly\s+)?(?:into|in|within|under|on)\s+your\s+(?:[\w-]+\s+){{0,2}}?{outlet}\b"
                r"|\b(?:tweak|edit|rework|reword|rewrite|adjust)\s+anything\s+(?:that\s+)?(?:doesn['’]t|does\s+not|isn['’]t|is\s+not)\s+"
                rf"(?:fit|suit|match|work\s+for|right\s+for)\s+your\s+(?:[\w-]+\s+){{0,2}}?{outlet}\b",
                flags,
            ),
            "chatty",
            False,
            (re.compile(r"your"), re.compile(r"should|anything")),
        ),
    )
