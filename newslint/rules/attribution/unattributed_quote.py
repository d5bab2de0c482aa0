"""NL402 unattributed-quote: a quotation nobody is said to have said."""
from __future__ import annotations

from typing import Iterator

import regex

from ...document import Document
from ...findings import Finding
from ...rule import Context, rule
from .cue_words import CueSearch
from .quotations import Found, outside, speech_like, speeches
from .speakers import (
    INTRODUCES,
    PERSON_LEAD,
    SENTENCE_SUBJECT,
    SIGNATURE,
    SIGNATURE_WORDS,
    dash_speaker,
    speech_cue_searches,
)


def _signed(text: str, end: int, inner: str) -> bool:
    """A signature on the line after the quotation, in its paragraph, or on the
    quotation's own last line when a scrape moved the closing mark past it."""
    if text.startswith(("\n", "\r\n"), end):
        start = text.index("\n", end) + 1
        stop = text.find("\n", start)
        line = text[start : stop if stop >= 0 else len(text)].strip()
    elif "\n" in inner.strip():
        line = inner.strip().rsplit("\n", 1)[1].strip()
    else:
        return False
    return len(line.split()) <= SIGNATURE_WORDS and bool(SIGNATURE.match(line))


# A paragraph of one sentence this short about a person leads into the quotation under it.
LEAD_PARAGRAPH_WORDS = 8
_WORD = regex.compile(r"\w+")


def _person_paragraph(text: str) -> bool:
    text = text.strip()
    return len(_WORD.findall(text)) <= LEAD_PARAGRAPH_WORDS and PERSON_LEAD.match(text) is not None


@rule("NL402", "unattributed-quote", options={"min-words": 4})
def unattributed_quote(doc: Document, ctx: Context) -> Iterator[Finding]:
    """A direct quotation with no speaker in its own or neighbouring paragraph.

    What it does:
        Finds quotations in straight (``"..."``) or curly (``“...”``) double
        quotes of at least ``min-words`` words that are not titles, and
        reports each one when neither its paragraph nor the paragraph before
        or after it, outside the quotation marks, has a speech verb or
        source phrase (``said``, ``told``, ``added``, ``was quoted as
        saying``, ``according to``, ``in a statement`` ...;
        ``attribution_speech_verbs.txt``; verbs that are usually narrative
        in a neighbouring paragraph, such as ``announced`` or ``confirmed``,
        count only in the quotation's own paragraph,
        ``attribution_speech_verbs_weak.txt``), and it is not introduced by a
        colon or comma (``Her verdict: "..."``).  Speakers are also found
        where editors put them across the paragraph: a paragraph before that
        ends with a colon (``Cruz continued:``), a signature on the line
        under a pull quote (``Amy Pope, deputy homeland security
        advisor.``), a dash signature (``— Jane Doe, chief executive``; a
        dash opening a long line that names nobody, ``- Two crooks who
        robbed a bank ...``, is an item of a list, not a speaker), and a
        sentence about a named person that holds the quotation (``Moore
        thanked him for "..."``) or stands right before it, in its paragraph
        or as a short paragraph of its own above the one the quotation opens
        (``Ms Doe was unrepentant.``).  A speech running over
        several paragraphs (each opening with a quotation mark, or an
        unclosed quotation continued in the next paragraph) counts as one
        quotation: a verb in or next to any of its paragraphs attributes it.

    Why it matters:
        A quotation nobody said cannot be checked; in scraped text it is
        often a pull quote whose attribution was lost, or invented copy.

    Example:
        Flagged (no speaker anywhere near)::

            The plant will close in March.

            "We cannot carry on losing money on every car we build."

        Not flagged::

            "We cannot carry on losing money," the chief executive said.

        nor scare quotes such as ``tech "pillars"`` (fewer than four words).

    Options:
        ``min-words`` (4): shorter quotations are taken for scare quotes or
        names.

    Limitations:
        Single quotation marks are ignored (they double as apostrophes).  A
        speech verb anywhere in a neighbouring paragraph is enough, even if
        it belongs to another speaker, and a slogan or title in sentence case
        may be reported.  A speaker named only by a role in a narrative
        sentence before the quote (``The chief executive shrugged. "..."``)
        is not seen.  Measured (quality harness, attribution family): 71/72
        quotations inserted into BBC articles with no speech verb nearby
        found, and 76/76 attributed quotations (ten forms) left alone
        (held-out batch F, first run: 10/10 found, 7/8 left alone; batch G,
        written later: 11/12 found, 8/10 left alone at its first run, 9/10
        after its short person paragraph was read); on the
        validation part of polnear-dev, 3 of 1,221 quotations with a gold
        source reported (0.2%).  Edited political news holds almost no bare
        quotations (1 of 149 with no source relation, checked by hand), so
        recall there is not measured.
    """
    if '"' not in doc.text and "“" not in doc.text:
        return
    min_words = ctx.options["min-words"]
    strong, any_cue = speech_cue_searches()
    paras = doc.paragraphs
    found = Found(paras)

    def has_cue(i: int, cues: CueSearch) -> bool:
        if not 0 <= i < len(paras):
            return False
        rest = outside(paras[i].text, found[i])
        return cues.found_in(rest) or dash_speaker(rest)

    for first, last in speeches(paras, found):
        found.forget(first - 1)  # nothing before the paragraph above is read again
        if not any(found[k] for k in range(first, last + 1)):
            continue
        if any(has_cue(k, any_cue) for k in range(first, last + 1)):
            continue
        if has_cue(first - 1, strong) or has_cue(last + 1, strong):
            continue
        if first > 0 and INTRODUCES.search(paras[first - 1].text):
            continue
        for k in range(first, last + 1):
            text = paras[k].text
            reported = False
            for start, end, inner in found[k]:
                if not speech_like(inner, min_words):
                    continue
                lead = text[max(0, start - 40) : start].rstrip()
                if lead.endswith((":", ",")) or PERSON_LEAD.search(text, max(0, start - 120), start):
                    continue
                # The same short sentence as a paragraph of its own right above
                # a paragraph the quotation opens: "Ms Doe was unrepentant." /
                # ""...""; editors split the two as often as not.  Only a short
                # one: a long paragraph's capitalised opening is seldom a person
                # ("The Japanese economy has gone back into recession ...").
                if k == first > 0 and not text[:start].strip() and _person_paragraph(paras[k - 1].text):
                    continue
                if _signed(text, end, inner) or SENTENCE_SUBJECT.search(text, max(0, start - 200), start):
                    continue
                yield ctx.finding(
                    paras[k].start + start,
                    paras[k].start + end,
                    "quotation with no speaker in this or the neighbouring paragraphs: say who said it",
                )
                reported = True
                break
            if reported:
                break
