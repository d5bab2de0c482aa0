"""NL401 missing-attribution: an article that credits nobody."""
from __future__ import annotations

from typing import Iterator

from ...analysis.words import has_words
from ...compact import has_text
from ...document import Document
from ...findings import Finding
from ...rule import Context, rule
from .credits import has_credit
from .metadata import metadata_credit


@rule("NL401", "missing-attribution", options={"min-words": 30})
def missing_attribution(doc: Document, ctx: Context) -> Iterator[Finding]:
    """An article with no byline and no wire or source credit anywhere.

    What it does:
        Looks for any sign of who wrote or supplied the article and reports
        the article once, at line 1 column 1, when there is none.  Signs are:
        a byline line (``By Jane Doe``, ``BY JANE DOE, Reuters``); an author
        bio line (``Jane Doe is an editor at ...``; jobs in
        ``attribution_roles.txt``); credit wording anywhere (``Reporting by``,
        ``with additional reporting by``, ``contributed to this report``;
        ``attribution_credits.txt``) or at a line start or in a short line
        (``Written by``, ``Source:``, ``©``, ``(c) 2024``, ``Copyright``;
        ``attribution_credit_lines.txt``); a news agency in credit position
        (``LONDON (Reuters) -``, ``— AFP``, ``Reuters with additional editing
        by ...``, a short ``Source: AP`` line; ``attribution_agencies.txt``);
        a dateline with any agency (``GENEVA, 4 March (IPS) —``); a name
        alone on a line over a job (``Jane Doe`` / ``Business reporter``),
        or followed by an outlet, date or reading time (``— Jane Doe, The
        Washington Post``, ``Jane Doe · 6 min read``); a short contact line
        with an address or handle (``Email Jane Doe at ...``); a line of
        names ending ``contributed``; a hat tip or contribution label
        (``h/t The Hill``, ``Contributing: Jane Doe``, ``Podcast produced by
        ...``); or an ``author``, ``byline``, ``source`` (...) field
        (``attribution_metadata_keys.txt``), a compound key such as
        ``author_name`` or a YAML list under ``authors:``, in the Markdown
        front matter or JSONL record, whose value reads as a name (a path,
        URL, file name, number or hash credits nobody).  Credits are also
        told by where they stand and their shape, not their words: a line of
        names only right under the headline (``Heidi M. Przybyla, USA
        TODAY``) of people the story does not mention, followed by the story
        or its date, or shaped like a byline (capitals, several people, a
        handle); a closing sign-off (``- Elise Viebeck.``, ``— Reuters.``)
        that is not an item of a list or the speaker of a quotation; an
        agency's initials alone on the last line (``(KUNA)``); and a closing
        line about someone the story never mentions (``Peter Morici is an
        economist ...``, ``Costa reported from Washington.``) or offering
        their address (``Twitter: @Milbank``).  A photo credit (``Photo: AP
        / Jane Doe``) counts: it names who supplied the material.  A
        correction notice (``This story has been corrected``) does not: it
        names nobody.  An agency named in running text (``he told
        Reuters``) is reporting, not a credit, and an AI notice that names
        no sources is not one either.

    Why it matters:
        Text with no author and no source cannot be checked, corrected or
        cited, and in a scraped corpus it is the mark of aggregated or
        machine-written copy.

    Example:
        Flagged (the AI notice names no source)::

            Bank shares rise on rate hopes

            Shares in the country's biggest lenders rose on Tuesday after the
            central bank hinted that interest rates would stay high for longer,
            lifting hopes of wider margins on loans and mortgages this year.

            This content is AI-generated based on source articles.

        Not flagged::

            Bank shares rise on rate hopes

            By Jane Doe

            Shares in the country's biggest lenders rose on Tuesday after the
            central bank hinted that interest rates would stay high for longer,
            lifting hopes of wider margins on loans and mortgages this year.

        nor an article ending ``Reuters with additional editing by Sean
        O'Meara``, nor a JSONL record with ``"author": "Jane Doe"``.

    Options:
        ``min-words`` (30): shorter documents (captions, headlines, records
        holding a fragment) are not articles and are not checked.

    Limitations:
        The credit must be in the text or metadata; a byline that the
        scraper dropped cannot be seen.  A short line that merely names an
        agency (``— Bloomberg``) or a site copyright line counts as a
        credit, and a credit wording not covered by the patterns is missed
        (new wordings often are at first: see benchmarks/RESULTS.md).  A
        name under the headline made of common words only (``Mary Jordan``)
        or naming someone the story also mentions is not taken for a byline,
        and an outlet there (``The Atlantic``) is missed.  Measured on the
        validation part of polnear-dev (``python -m benchmarks.polnear``):
        right on 124/130 articles with the metadata byline put under the
        headline as given (129/130 as ``By ...``; an outlet after ``By
        The`` counts since 2026-12-04, fit 553 -> 556/557), 27/28 whose body already
        credits someone, 135/135 that credit nobody, and 10/10 wire stories
        signed off with the agency alone at the end; on readability-dev's
        whole pages (``python -m benchmarks.page_bylines``) quiet on 7/7
        validation pages whose byline stands on the page (fit 12/14: a
        site's name as the only byline, ``BBC News``, and a bare name under
        the standfirst with a tag row below it are missed).  Fresh batch SO
        (tests/test_attribution_signoffs.py): 30 closing credits in wire and
        web forms, 27 read at its first run, 30 after (``PA Media`` no longer
        cut to ``PA``; ``With agencies``; ``With files from ...``); its 10
        closing sentences that only look like credits are reported.
    """
    text = doc.text
    if not has_words(text, ctx.options["min-words"]):
        return
    if metadata_credit(doc.metadata) or has_credit(doc):
        return
    first = doc.lines[0] if doc.lines else None
    end = first.end if first is not None and has_text(first.text) else 0
    yield ctx.finding(
        0,
        end,
        "no byline, author, wire or source credit in the article or its metadata",
    )
