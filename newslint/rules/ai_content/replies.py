"""NL502 compositions of a chat reply's frame (issue 10, branch leak6).

What wraps an assistant's answer rather than what it says: the assistant
introducing itself by its kind, a sign-off hoping the text serves the
requester, the reworked text announced as ready, a word count on a line of
its own, a transcript's speaker label, a prompt echoed into the copy, more
work offered on the requester's word, a question offering more edits, and
no live access to the world.  Each is a sequence of word classes from data
files (compose.py's ``Composed``), with a literal-led stdlib gate.
"""
from __future__ import annotations

import re

import regex

from .choices import choice_shapes
from .compose import OFFER_VERBS, Composed
from .terms import terms
from .vocab import human_credit, words

# What links a prompt's text noun to its subject ("a news story about ...").
_PROMPT_LINKS = r"about|on|covering|summarising|summarizing|explaining|for|of|from"
# The requester's material pointed at where it was pasted: a prompt's
# specification as much as a tone ("... using the notes below").
_MATERIAL_POINTED = (
    rf"(?:using|from|based\s+on|drawing\s+on|with)\s+(?:the|these|this|my)\s+(?:[\w-]+\s+)?"
    rf"(?:{words('ai_requester_material.txt')})\s+(?:below|above|provided|attached)"
)


def reply_shapes(agent: str) -> tuple[Composed, ...]:
    """The shapes, given compose.py's agent piece (an agent ending its noun phrase)."""
    flags = regex.IGNORECASE | regex.MULTILINE
    return (
        # The assistant introducing itself by its kind before speaking: "As a
        # large language model trained by a tech company, I ...", "Speaking as
        # an AI model, I ..." (the agent ends its noun phrase: "As a machine
        # learning engineer, I" is a person).
        Composed(
            regex.compile(
                rf"\b(?:as|being)\s+an?\s+(?:[\w-]+\s+){{0,2}}?{agent}"
                r"(?:\s+(?:developed|created|trained|built|made|designed|run|operated)\s+(?:by|on)\s+(?:[\w'’.-]+\s+){0,3}?[\w'’.-]+)?"
                r"\s*,\s*i\b",
                flags,
            ),
            "strong",
            False,
            (re.compile(r",\s*i\b"), re.compile(r"as\s|being\s")),
        ),
        # A sign-off hoping the text serves the requester: "Hopefully this
        # hands you something to build on" ("I hope this letter reaches the
        # right person" names no "you"; "I hope this column gives you a
        # reason to visit" is the writer's own kind of text, not a draft's).
        Composed(
            regex.compile(
                rf"\b(?:i\s+hope|hopefully|hope)\s+(?:this|that|it|these|the\s+above)\s+(?:(?:{words('ai_leakage_nouns.txt')})s?\s+)?"
                r"(?:[\w-]+ly\s+)?(?:gives?|hands?|offers?|provides?|serves?|gets?|works?\s+for|suits?)\s+you\b",
                flags,
            ),
            "chatty",
            False,
            re.compile(r"hope"),
        ),
        # The reworked text announced as ready: "the revised paragraph is
        # below", "Your shortened summary is attached."
        Composed(
            regex.compile(
                rf"\b(?:the|your|my)\s+(?:{words('ai_edit_words.txt')})\s+(?:[\w-]+\s+)?(?:{words('ai_leakage_nouns.txt')})s?"
                r"\s+(?:is|are|now\s+(?:is|are)|follows?)\s*(?:below|attached|ready|above|\.|:)",
                flags,
            ),
            "chatty",
            False,
            (re.compile(r"below|attached|ready|above|follow"), re.compile(words("ai_edit_words.txt", lower=True))),
        ),
        # A reply's word count on a line of its own, in brackets:
        # "(Approximately 450 words, not counting the headline.)".
        Composed(
            regex.compile(
                r"^[^\S\n]*[(\[][^\S\n]*(?:(?:approx\w*\.?|about|around|roughly|circa|c\.|just\s+(?:under|over)|under|over|~)[^\S\n]*)?"
                r"\d[\d,]*[^\S\n]*(?:-[^\S\n]*)?words?\b[^)\]\n]{0,60}[)\]][.\s]*$",
                flags,
            ),
            "strong",
            True,
            re.compile(r"word"),
        ),
        # A chat transcript's speaker label alone on its line ("ChatGPT said:",
        # "You said:") or a prompt's label ("Prompt: summarise the minutes").
        Composed(
            regex.compile(
                rf"^[^\S\n]*(?:\*\*)?(?:(?:{words('ai_chat_roles.txt')}|{terms().agent.pattern})(?:[^\S\n]+(?:said|wrote|replied|asked))?"
                r"[^\S\n]*:(?:\*\*)?[^\S\n]*$"
                r"|(?:(?:user|my|your|the|original)[^\S\n]+)?prompts?[^\S\n]*:)",
                flags,
            ),
            "chatty",
            True,
            # The label alone ends its line; a prompt's label names itself.
            re.compile(r"prompt|:[^\S\n]*$"),
        ),
        # A prompt echoed into the copy: an instruction to write a news text
        # with its specification ("Write a 500-word news story about the
        # bridge closure in a neutral tone.").
        Composed(
            regex.compile(
                r"(?:^|(?<=[.!?:]\s))[^\S\n]*(?:please\s+)?(?:write|draft|compose|create|generate|produce|summari[sz]e|rewrite|give\s+me)\s+(?:me\s+)?"
                # The length may come first: "Compose a 250-word report on ...".
                rf"(?:a|an|the)\s+(?:(?:[\w,-]+\s+){{0,2}}?\d[\d,]*[\s-]words?\s+(?:[\w-]+\s+){{0,2}}?(?:{words('ai_prompt_nouns.txt')})s?\s+(?:{_PROMPT_LINKS})\b"
                rf"|(?:[\w,-]+\s+){{0,3}}?(?:{words('ai_prompt_nouns.txt')})s?\s+(?:{_PROMPT_LINKS})\b"
                rf"(?=[^.!?\n]{{0,120}}?\b(?:{words('ai_prompt_specs.txt')}|\d+[\s-]words?|{_MATERIAL_POINTED})\b))",
                flags,
            ),
            "chatty",
            True,
            (re.compile(rf"{words('ai_prompt_specs.txt', lower=True)}|word|(?:{words('ai_requester_material.txt', lower=True)})\s+(?:below|above|provided|attached)"),
             re.compile(r"write|draft|compose|create|generate|produce|summar|give\s+me")),
        ),
        # More work offered once the requester says so: "Tell me and I'll
        # adjust", "Let me know, and I can shorten it".
        Composed(
            regex.compile(
                r"\b(?:tell\s+me|let\s+me\s+know|say\s+(?:the\s+word|so))[^\S\n]*(?:[,.;!\p{Pd}][^\S\n]*)?(?:and\s+)?"
                rf"i(?:['’]ll|\s+will|\s+can)\s+(?:also\s+|happily\s+|gladly\s+|gladly\s+)?(?:{OFFER_VERBS})\b",
                flags,
            ),
            "chatty",
            False,
            (re.compile(r"tell\s+me|let\s+me\s+know|say\s+(?:the\s+word|so)"), re.compile(r"i'll|i’ll|i\s+(?:will|can)")),
        ),
        # A short question offering more edits: "Anything else to tweak
        # before you send it?", "Any other changes you'd like me to make?"
        Composed(
            regex.compile(
                r"(?:^|(?<=[.!?:]\s))[^\S\n]*(?:is\s+there\s+)?(?:anything\s+else|any\s+(?:other|more|further)\s+(?:changes|tweaks|edits))"
                r"\s+(?:(?:you(?:['’]d|\s+would)\s+like\s+)?(?:me\s+)?to\s+|i\s+(?:can|should)\s+)?"
                rf"(?:{OFFER_VERBS})\b[^.!?\n]{{0,80}}\?",
                flags,
            ),
            "chatty",
            False,
            (re.compile(r"any"), re.compile(r"\?")),
        ),
        # No live line to the world: "I have no live access to news feeds"
        # (the internet alone is a person's: "I have no access to the
        # internet at home").
        Composed(
            regex.compile(
                r"\bi\s+(?:have\s+no|don['’]t\s+have|do\s+not\s+have|lack)\s+(?:any\s+)?(?:[\w-]+\s+)?(?:access|connection)\s+to\s+"
                rf"(?:[^.!?\n]{{0,30}}?\b)?(?!(?:internet|web|online|websites?)\b)(?:{words('ai_live_sources.txt')})\b",
                flags,
            ),
            "chatty",
            False,
            re.compile(r"access|connection"),
        ),
        # The reworked text presented with its edit after the noun: "What
        # follows is the story retold in plain language", "Here is the
        # obituary, reworded".
        Composed(
            regex.compile(
                r"(?:^|(?<=[.!?:]\s))[^\S\n]*(?:here(?:['’]s|\s+is|\s+are)|below\s+(?:is|are)|what\s+follows\s+is|the\s+following\s+is)"
                rf"\s+(?:the|your|my)\s+(?:[\w-]+\s+)?(?:{words('ai_leakage_nouns.txt')}|{words('ai_prompt_nouns.txt')})s?"
                # "Here is the article, edited by Reuters" credits a person.
                rf",?\s+(?:[\w-]+ly\s+)?(?:{words('ai_edit_words.txt')})\b(?!{human_credit()})",
                flags,
            ),
            "chatty",
            False,
            (re.compile(r"here['’]s|here\s+(?:is|are)|below\s+(?:is|are)|follow(?:s|ing)\s+is"),
             re.compile(words("ai_edit_words.txt", lower=True))),
        ),
        # A refusal that turns to what it gives instead: "While I can't give
        # medical guidance, here is some general background".
        Composed(
            regex.compile(
                r"\b(?:while|although|though|since|as)\s+i(?:\s+(?:can['’]t|cannot|can\s+not|am\s+(?:not\s+able|unable)\s+to)|['’]m\s+(?:not\s+able|unable)\s+to)"
                r"\s+(?:give|provide|offer|make|share)\s+(?:you\s+)?(?:any\s+)?(?:[\w-]+\s+)?"
                rf"(?:{words('ai_guidance_nouns.txt')}),?\s+(?:but\s+)?(?:here(?:['’]s|\s+is|\s+are)|below\s+(?:is|are)|i\s+can)\b",
                flags,
            ),
            "chatty",
            False,
            (re.compile(r"i\s+can|i\s+am|i['’]m"), re.compile(words("ai_guidance_nouns.txt", lower=True)), re.compile(r"here|below|i can")),
        ),
        # A transcript's requester label before an instruction: "User: make
        # the ending less gloomy" (the label alone is the shape above).
        Composed(
            regex.compile(
                rf"^[^\S\n]*(?:\*\*)?(?:{words('ai_chat_roles.txt')})(?:\*\*)?[^\S\n]*:(?:\*\*)?[^\S\n]*(?:please\s+)?(?:{OFFER_VERBS})\b",
                flags,
            ),
            "chatty",
            True,
            (re.compile(r":"), re.compile(words("ai_chat_roles.txt", lower=True))),
        ),
        # A label that says it answers a request: "Summary of the key points,
        # as requested:", "Three options, per your brief:".
        Composed(
            regex.compile(
                r"^[^\n]{1,100}?,?[^\S\n]+(?:as\s+(?:you\s+)?(?:requested|asked)|per\s+your\s+(?:request|instructions|brief|notes))[^\S\n]*:[^\S\n]*$",
                flags,
            ),
            "chatty",
            True,
            (re.compile(r":[^\S\n]*$", re.MULTILINE), re.compile(r"(?:requested|asked|your\s+\w+)[^\S\n]*:[^\S\n]*$", re.MULTILINE)),
        ),
        # A reply's report on the text after an opener saying it is done:
        # "Done! I've slotted in a paragraph about the pier" ("Done! I
        # finally finished the walk" reports no text).
        Composed(
            regex.compile(
                r"(?:^|(?<=[.!?]\s))[^\S\n]*(?:all\s+)?(?:done|finished|updated|fixed|sorted)[^\S\n]*[!.][^\S\n]*i(?:['’]ve|\s+have)\s+"
                rf"(?:[\w-]+\s+){{1,3}}?(?:a|an|the|your|some|two|three)\s+(?:[\w-]+\s+){{0,2}}?(?:{words('ai_leakage_nouns.txt')})s?\b",
                flags,
            ),
            "chatty",
            False,
            (re.compile(r"[!.][^\S\n]*i(?:['’]ve|\s+have)"), re.compile(r"done|finished|updated|fixed|sorted")),
        ),
        # A sign-off wishing the requester well with the text: "Good luck
        # with the edit!", "Best of luck with your draft."
        Composed(
            regex.compile(
                rf"\b(?:good|best\s+of)\s+luck\s+with\s+(?:the|your)\s+(?:[\w-]+\s+)?(?:{words('ai_leakage_nouns.txt')}|deadline|submission)s?\b",
                flags,
            ),
            "chatty",
            False,
            re.compile(r"luck"),
        ),
        *_manner_shapes(),
        # Remarks on the draft's choices (choices.py).
        *choice_shapes(),
    )


def _manner_shapes() -> tuple[Composed, ...]:
    """How the reply says it handled the request: the text presented in the
    manner asked for, a placeholder to fill given as an instruction, the text
    grounded in what the requester supplied, another framing offered."""
    flags = regex.IGNORECASE | regex.MULTILINE
    text_nouns = rf"(?:{words('ai_leakage_nouns.txt')}|{words('ai_prompt_nouns.txt')})s?"
    parts = rf"(?:{words('ai_content_nouns.txt')}|{words('ai_placeholder_words.txt')})s?"
    opening = r"(?:^|(?<=[.!?:;]\s))[^\S\n]*"
    return (
        # The text presented in the manner the requester asked for: "Here's
        # the article in a more upbeat tone", "Below is your release in the
        # style of a local paper" (a columnist presents no text of hers so).
        Composed(
            regex.compile(
                rf"{opening}(?:here(?:['’]s|\s+is|\s+are)|below\s+(?:is|are)|what\s+follows\s+is|the\s+following\s+is)"
                rf"\s+(?:the|your|my|a|an)\s+(?:[\w-]+\s+){{0,2}}?{text_nouns}\s+(?:(?:written|recast|rewritten|retold)\s+)?in\s+"
                rf"(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}?(?:{words('ai_prompt_specs.txt')})\b",
                flags,
            ),
            "chatty",
            False,
            (re.compile(r"here['’]s|here\s+(?:is|are)|below\s+(?:is|are)|follow(?:s|ing)\s+is"), re.compile(words("ai_prompt_specs.txt", lower=True))),
        ),
        # A placeholder to fill, given as an instruction to whoever finishes
        # the text: "Insert a relevant statistic about unemployment here."
        # ("Add your name here" is a petition's button, "Add the stock here"
        # a recipe's step: no part of a text.)  A sentence, ended or going on
        # to its purpose: a web form's field label ("Paste the comment here")
        # ends with neither, and pasting is what forms ask of their users.
        Composed(
            regex.compile(
                rf"{opening}(?:insert|add|include|drop\s+in)\s+(?:a|an|the|any|some|one|two)\s+(?:[\w'’-]+\s+){{0,3}}?{parts}\b"
                r"[^.!?\n]{0,60}?\bhere\b(?=[^\S\n]*[.!;]|\s(?:to|if|once|when|for|before)\b)",
                flags,
            ),
            "chatty",
            True,
            (re.compile(r"(?:insert|add|include|drop\s+in)\s+(?:a|an|the|any|some|one|two)\s"), re.compile(r"here")),
        ),
        # The text said to rest on what the requester supplied: "the details
        # above are based solely on what you told me".
        Composed(
            regex.compile(
                rf"\b(?:{words('ai_content_nouns.txt')}|{text_nouns}|everything)\s+(?:(?:above|below|here)\s+)?(?:is|are|was|were)\s+"
                r"(?:[\w-]+ly\s+)?based\s+(?:[\w-]+ly\s+)?on\s+(?:what\s+you\b|the\s+[\w-]+\s+you\s+(?:gave|sent|shared|provided|supplied|pasted)\b"
                rf"|your\s+(?:own\s+)?(?:{words('ai_requester_material.txt')})\b)",
                flags,
            ),
            "chatty",
            # Its own verb of telling is no reporting verb ("what you told me").
            True,
            (re.compile(r"based"), re.compile(r"you")),
        ),
        # Another framing of the text offered: "Alternatively, I could frame
        # the story around the parents' campaign" ("Alternatively, I could
        # write to my MP" frames no text).
        Composed(
            regex.compile(
                rf"{opening}(?:alternatively|or|otherwise|equally),?\s+i(?:\s+(?:could|can|might)|['’]d)\s+(?:also\s+|instead\s+)?"
                rf"(?:{OFFER_VERBS})\b[^.!?\n]{{0,30}}?\b(?:the|this|your|it)\s+(?:[\w-]+\s+)?{text_nouns}\b",
                flags,
            ),
            "chatty",
            False,
            (re.compile(r"(?:alternatively|or|otherwise|equally),?\s+i(?:\s+(?:could|can|might)|['’]d)"),),
        ),
    )
