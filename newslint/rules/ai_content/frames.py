"""NL502 compositions of what a reply says about its own making (issue 10, branch leak8).

Not the answer but the assistant's talk around it: naming its own turn (``In
this response, I ...``, ``the answer above``), describing the style of the
text above it, writing in a persona it was asked to take, reporting the
layout it chose, asking whether the text does the job, having no views of
its own, being unable to give advice, withholding details for safety,
telling the requester what their material lacked, thanking them for it
before turning it into a story.  Each is a sequence of word classes from data
files (compose.py's ``Composed``) with a literal-led stdlib gate; all are
chatty signals (a warning alone).
"""
from __future__ import annotations

import re

import regex

from .compose import Composed
from .vocab import words

# An assistant's first person: "I've", "I have".
_I_HAVE = r"i(?:['’]ve|\s+have)"
# A reply's preamble after a frame's comma: "here's", "below is", "I'd", "let me".
_PREAMBLE = r"(?:here(?:['’]s|\s+is|\s+are)|below\s+(?:is|are)|i(?:['’]d|['’]ll|\s+would|\s+will|['’]ve)|let\s+me)\b"
_VIEWS = r"(?:opinions?|views?|feelings?|preferences?|beliefs?)"


def frame_shapes() -> tuple[Composed, ...]:
    flags = regex.IGNORECASE | regex.MULTILINE
    reply = rf"(?:{words('ai_reply_nouns.txt')})"
    text_nouns = rf"(?:{words('ai_leakage_nouns.txt')})s?"
    material = rf"(?:{words('ai_requester_material.txt')})"
    frames = words("ai_roleplay_frames.txt")
    guidance = rf"(?:{words('ai_guidance_nouns.txt')})"
    layouts = words("ai_format_nouns.txt")
    return (
        # The reply naming its own turn: "In this response, I've focused on
        # ...", "the answer above paraphrases ...", "This answer is based
        # only on the information you provided" ("the council's response"
        # and "in response to" are news: no deictic or no place).
        Composed(
            regex.compile(
                rf"\bin\s+this\s+{reply}\s*,\s*i\b|\bthe\s+{reply}\s+(?:above|below)\b"
                rf"|\bthis\s+{reply}\s+(?:is|was)\s+(?:\w+\s+)?based\s+(?:\w+\s+)?on\s+(?:[\w'’-]+\s+){{0,3}}?you\b",
                flags,
            ),
            "chatty",
            False,
            re.compile(words("ai_reply_nouns.txt", lower=True)),
        ),
        # The text above or below described by its style: "The article above
        # is written in a neutral, informative style".
        Composed(
            regex.compile(
                rf"\bthe\s+{text_nouns}\s+(?:above|below)\s+(?:(?:is|was|has\s+been)\s+written\s+(?:in|with)|uses|keeps|follows|sticks|avoids|adopts)\b",
                flags,
            ),
            "chatty",
            False,
            (re.compile(r"above|below"), re.compile(r"written|uses|keeps|follows|sticks|avoids|adopts")),
        ),
        # A persona taken on request, then the reply: "In character as a
        # veteran sports reporter, here's ...", "stepping into the shoes of a
        # local reporter for this one" ("Playing the role of Father
        # Christmas was ..." names no kind of person and starts no reply).
        Composed(
            regex.compile(
                rf"\b(?:{frames})\s+an?\s+(?:[\w'’-]+\s+){{0,3}}?[\w'’-]+"
                rf"(?:\s*,\s*{_PREAMBLE}|\s+for\s+this\s+(?:one|piece|story|article|task|request)\b)",
                flags,
            ),
            "chatty",
            False,
            re.compile(words("ai_roleplay_frames.txt", lower=True)),
        ),
        # The layout it chose: "I've set out the timeline as a table".
        Composed(
            regex.compile(
                rf"\b{_I_HAVE}\s+(?:set\s+out|laid\s+out|formatted|reformatted|presented|arranged|organi[sz]ed|broken\s+down|"
                r"split|turned|converted|listed)\s+(?:the|your|this|it|them|each|all|these)\b[^.!?\n]{0,40}?"
                rf"\b(?:as|in|into)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:{layouts})(?![\w&-])"
                # "I've added subheadings to break up the text".
                rf"|\b{_I_HAVE}\s+(?:added|used|included|inserted)\s+(?:an?\s+|some\s+|a\s+few\s+)?(?:[\w-]+\s+)?(?:{layouts})"
                r"(?![\w&-])(?=\s+(?:to|for|so|throughout|where)\b)"
                # A line opened by the layout: "Formatted as a numbered list for easy reading:".
                rf"|^[^\S\n]*(?:formatted|reformatted|laid\s+out|presented|arranged)\s+(?:here\s+)?(?:as|in|into)\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:{layouts})(?![\w&-])",
                flags,
            ),
            "chatty",
            False,
            re.compile(words("ai_format_nouns.txt", lower=True)),
        ),
        # Asking whether the text does its job: "Let me know whether this hits
        # the mark" ("Let me know if you want to join us" is an invitation).
        Composed(
            regex.compile(
                rf"\b(?:let\s+me\s+know|tell\s+me)\s+(?:if|whether)\s+(?:this|that|it|these|the\s+{text_nouns})\s+(?:still\s+|really\s+)?"
                r"(?:hits|works|suits|fits|lands|reads|meets|does\s+the\s+job|needs|captures|strikes|covers|matches)\b"
                # "Does this hit the mark?", "Would that work for you?"
                rf"|(?:^|(?<=[.!?]\s))(?:does|did|would|will)\s+(?:this|that|it|the\s+{text_nouns})\s+(?:work\s+for\s+you|hit\s+the\s+(?:mark|spot|brief)"
                r"|suit\s+(?:you|your)|fit\s+the\s+(?:bill|brief)|do\s+the\s+job|meet\s+(?:your|the\s+brief)|strike\s+the\s+right)\b[^.!?\n]{0,40}\?",
                flags,
            ),
            "chatty",
            False,
            re.compile(r"let\s+me\s+know|tell\s+me|(?:does|did|would|will)\s+(?:this|that|it|the)\s"),
        ),
        # No views of its own, then what it gives instead: "I don't have
        # opinions of my own, but here are ..." ("I have no personal view on
        # the merger, as my husband worked for both firms" is a person).
        Composed(
            regex.compile(
                r"\bi\s+(?:don['’]t\s+(?:have|hold)|do\s+not\s+(?:have|hold)|have\s+no|hold\s+no)\s+(?:any\s+)?"
                rf"(?:personal\s+{_VIEWS}|{_VIEWS}\s+of\s+my\s+own)(?:\s+(?:on|about)\s+[^,;.!?\n]{{0,60}}?)?"
                # then turns to what it gives instead.
                r"\s*[,;]\s*but\s+(?:here|below|the\s+following|i\s+can|i['’]ll|i\s+will|i['’]ve|both|each|these|there)\b",
                flags,
            ),
            "chatty",
            False,
            re.compile(r"opinion|view|feeling|preference|belief"),
        ),
        # Unable to give advice: "as I'm not able to give personal medical
        # advice", "I can't offer legal advice, but ...".
        Composed(
            regex.compile(
                r"\bi(?:(?:['’]m|\s+am)\s+(?:not\s+able|unable)\s+to|\s+(?:can['’]t|cannot|can\s+not))\s+(?:give|offer|provide)\s+"
                r"(?:you\s+)?(?:any\s+)?(?:(?:personal(?:ised|ized)?|professional|specific|individual)\s+)?"
                rf"(?:(?:medical|legal|financial|tax|investment|health|clinical)\s+)?{guidance}\b",
                flags,
            ),
            "chatty",
            False,
            (re.compile(words("ai_guidance_nouns.txt", lower=True)), re.compile(r"give|offer|provide")),
        ),
        # Details withheld for safety: "For safety reasons I won't go into how
        # ...", "could put people at risk, so I've left it out", "I'm not
        # comfortable speculating about ..." ("For safety reasons I won't let
        # my children ..." withholds no detail).
        Composed(
            regex.compile(
                r"\bfor\s+(?:safety|security|privacy|legal|ethical)\s+reasons\s*,?\s*i(?:\s+won['’]t|\s+will\s+not|\s+can['’]t|\s+cannot"
                r"|(?:['’]m|\s+am)\s+not\s+going\s+to)\s+(?:go\s+into|describe|detail|include|name|share|provide|give|list|explain|publish|repeat)\b"
                r"|\b(?:at\s+risk|in\s+danger|harm)\b[^.!?\n]{0,30}?\bso\s+" + _I_HAVE
                + r"\s+(?:left|kept|taken)\s+(?:it|them|that|this|those|the\s+[\w-]+)\s+out\b"
                r"|\bi(?:['’]m|\s+am)\s+not\s+comfortable\s+(?:speculating|guessing|commenting|sharing|providing|giving|naming|describing)\b"
                # "I've omitted the boy's school for privacy reasons".
                r"|\b" + _I_HAVE + r"\s+(?:omitted|removed|left\s+out|withheld|excluded)\b[^.!?\n]{0,50}?\bfor\s+(?:safety|security|privacy|legal|ethical)\s+reasons\b",
                flags,
            ),
            "chatty",
            False,
            re.compile(r"reasons|risk|danger|harm|comfortable"),
        ),
        # What the requester's material lacked: "since your notes didn't give
        # a date" (not speech: "Police said ...; I've assumed ..., since your
        # notes didn't say" is still the assistant).
        Composed(
            regex.compile(
                rf"\byour\s+(?:{material})\s+(?:didn['’]t|did\s+not|don['’]t|do\s+not|doesn['’]t|does\s+not)\s+"
                r"(?:give|say|mention|specify|include|state|provide|list|cover|name)\b|\byour\s+(?:" + material + r")\s+(?:weren['’]t|wasn['’]t|were\s+not|was\s+not)\s+clear\b",
                flags,
            ),
            "chatty",
            True,
            re.compile(rf"your\s+(?:{words('ai_requester_material.txt', lower=True)})"),
        ),
        # Talk of the text's search ranking: "to help the article rank",
        # "for SEO purposes", "an SEO-friendly headline".
        Composed(
            regex.compile(
                rf"\b(?:help|boost|improve)\s+(?:the|this|your)\s+{text_nouns}(?:['’]s)?\s+(?:rank|ranking|search\s+ranking|visibility|seo)\b"
                rf"|\bfor\s+(?:better\s+)?seo\s+(?:purposes|reasons)\b|\bseo[-\s]friendly\s+(?:[\w-]+\s+)?{text_nouns}\b",
                flags,
            ),
            "chatty",
            False,
            re.compile(r"rank|seo|visibility"),
        ),
        # Thanks for the material before turning it into the text: "Great,
        # thanks for sharing the notes — let's turn them into a story"
        # ("Thanks for sharing your memories, everyone" hands over nothing).
        Composed(
            regex.compile(
                r"\b(?:thanks|thank\s+you)\s+for\s+(?:sharing|sending|providing|passing\s+on|pasting|uploading|the)\s+"
                rf"(?:the\s+|your\s+|these\s+|those\s+|all\s+the\s+)?(?:[\w-]+\s+)?(?:{material})\b[^.!?\n]{{0,60}}?"
                r"\b(?:let['’]s|i['’]ll|i\s+will|i['’]ve|here['’]s|here\s+is|below)",
                flags,
            ),
            "chatty",
            False,
            re.compile(r"thank"),
        ),
    )
