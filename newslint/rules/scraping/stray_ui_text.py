"""NL301 stray-ui-text: a line that is page furniture, not article text."""
from __future__ import annotations

from typing import Iterator

from ...document import Document
from ...findings import Finding
from ...rule import Context, rule
from .lines import BANNER, HEADER, PREFIX, UI, classify, line_span, shorten

_KIND_TEXT = {
    HEADER: "section header of a scraped link list",
    UI: "scraped interface text",
    PREFIX: "scraped cross-promotion or link",
    BANNER: "scraped interface banner",
}


@rule("NL301", "stray-ui-text", options={"extend": [], "disable": [], "max-banner-words": 80, "word-classes": True,
                                         "widget-clusters": False})
def stray_ui_text(doc: Document, ctx: Context) -> Iterator[Finding]:
    """Scraped interface text: search boxes, share and cookie banners, `Read more:`.

    What it does:
        Reports a line that is page furniture rather than article text: a
        label or button that makes up the whole line (`Type to search`,
        `Advertisement`, `Comments`), a section header that introduces a
        list of other articles (`Related Articles`, `More from ...`, `You may
        also like`), a cross-promotion at the start of a line (`Also on AF:
        <headline>`, `READ MORE: <headline>`, `[Related: ...]`), a
        banner-length line carrying a cookie, newsletter, app or comment
        prompt, or a button label: a short line all in capitals that opens
        with a call-to-action verb (`GET THE QUIZ: INSTANT DOWNLOAD!`).  The
        vocabulary is in newslint/data/ui_headers.txt, ui_lines.txt,
        ui_prefixes.txt, ui_phrases.txt and ui_buttons.txt.  Widget lines in
        other wordings are found by the classes of their words (the line
        model's, newslint/data/lineclass_*.txt): a short line, not ending
        like a sentence or a question, that opens with an interface verb,
        addresses the reader, names interface, media or social nouns, points
        at the page itself (`this story`) or says a player failed (`Our
        podcast player could not load`, `Keep up with the desk: follow us on
        Mastodon`); middling evidence counts only when the line model
        (newslint/analysis/line_roles.py) also calls the line furniture, or,
        for a line opening with a capital after the last line the model reads
        as the story's running text or list (a sentence or a long line), when
        it reads the line as anything but running text (a trailing run of
        widget lines looks like a list).  An interface verb also counts
        opening a clause after a colon, a spaced dash or a widget row's spaced
        separator (`Screen reader users: skip to ...`, `Advert · Scroll on`); the
        document's first line is a widget, not the headline, when its words
        make it one, it names the page (`Hear this story read aloud`) and a
        headline stands under it; and a line naming the page itself (`this
        video`) in a few words, with a second interface noun or with a
        failure, when the model agrees.  The verbs and nouns of settings,
        consent, paywall and player controls that the model's classes lack
        (`Reject non-essential`, `Allow location access`) are in
        ui_shape_control_verbs.txt and ui_shape_control_nouns.txt.  A
        settings or tag row (an interface noun keying a few short choices:
        `Text size: A A A`, `Topics: Football, Non-league`) and a trail of
        section links (`Home > Sport > Football`) are widgets by their shape,
        even as the document's first line, and so is a text-size or print
        tool: a few interface nouns with a size's comparative or a print form
        (`Make text bigger`, `Printer-friendly page`).  A command also opens
        with a word taking `us` (`Tip us off: ...`), a switch's state (`Sound
        on for the full video`) or, in a later sentence, a common verb with
        the reader's object (`... talking about this. Have your say`).
        Widgets come in blocks (lines with no blank line between) above the
        headline, between it and the story, and below the story: a short
        label (up to 6 words, opening with a capital or a figure, ending like
        no sentence) in an unbroken run of such labels from a reported label
        of its block is a widget too (`Save for later` / `Gift this article
        to a friend`, `Listen to this article` / `4 min`); a label right
        above a sentence of running text is a sub-heading, and blocks inside
        the story are left alone; above the story, a line shaped like a
        byline or a dateline (`By ...`, `Updated 14 October 2026`) is the
        head's, not a label.  A line the word classes read as a widget is the
        article's when it stands between two paragraphs that are not
        reported, is printed once, and shares a word with the text under it
        or has a sibling in the same place (`Turn the Money You Save Into
        More Money`), or when a sentence runs on from it or into it in lower
        case (subheads.py, branch page12).  The document's first line, its headline,
        is never such a line unless it is a trail of section links (arrows,
        or three or more capitalised parts between spaced slashes: `What's on
        / Collections / Blog`), or it stands in a block above a later one
        that holds a headline and its words make it a widget (`Skip to the
        story`).  Where the story's head and tail are short (at most 12 lines,
        as an extractor leaves them), some blocks need no reported line: two
        or more labels above a block holding a longer headline are the
        site's menu (`Buy` / `Rent` / `Sold prices`; one label there is the
        kicker), and so is one short command there (`Compare insurance
        quotes`); below the story, a block of labels the line model reads as
        interface text on the whole (mean P(ui) >= 0.5), with no lead-in
        (`... hours:`) above and no sentence right under it.  Between the
        headline and the story, a command by its words beside another label
        makes a widget row (`Listen · 7:40` / `Text size`), and inside the
        story a command beside a reported label in a short block is one too
        (`Image 1 of 6` / `Expand gallery`).  A counter's figure is one word
        (`1,204 people found this forecast useful`).  A line of whole
        sentences in which the site speaks to its reader is interface text
        anywhere (site_voice.py): the site's voice (`we`, `our`, `this
        article`), the reader addressed (`you`, a command opening a
        sentence) and a word of the site's business, with no reporting
        verb, quotation mark or writer speaking as one person (`If you
        value our reporting, please consider becoming a member today.`).
        On a fresh probe of such sentences set between paragraphs, written
        before the change: 1/15 caught at its first run, 9/15 after; a
        second probe never tuned on 0/15 -> 8/15, no article sentence of
        either flagged (0/30); aeb-dev validation whole pages 2242 -> 2248
        of 2737 furniture lines, gold unchanged.  Company blogs and
        marketing copy that speak to their reader as ``we`` are taken for
        the site's (cweb-dev's web sentences, a team blog's `We're still in
        the early stages ..., so if you want to help ...`).

    Why it matters:
        Extractors keep bits of the page around the story.  Left in, they
        end up in print, in search snippets and in training corpora as if
        the reporter wrote them.

    Example:
        Flagged::

            Type to search
            Also on AF: First Quarter Earnings Reveal China's Uneven Recovery
            Read more:

        Not flagged: the same words inside a sentence, or a headline:
        ``Readers can subscribe to the print edition.``

    Options:
        ``extend`` (list of phrases): extra whole-line interface labels, in
        the data-file format (plain phrase or ``re:`` pattern).
        ``disable`` (list): entries of the shipped lists to switch off,
        spelled exactly as in the data files (a line the word classes read
        as a label is still reported unless ``word-classes`` is off).
        ``max-banner-words`` (80): a cookie or newsletter phrase is reported
        only on a line at most this long, so a paragraph that discusses
        cookies is left alone.
        ``word-classes`` (true): also report widget lines by the classes of
        their words (above); false keeps to the lists.
        ``widget-clusters`` (false): with ``word-classes``, also report a
        short label (up to 4 words, no digit) right beside a line reported on
        its own evidence when the line model gives it P(ui or teaser) >= 0.8
        (`Accept all cookies` / `Reject non-essential`), and a label with one
        weak sign past the story when the model gives it P(ui) >= 0.99 (`Our
        partners`).  Off: it caught more on every fit part (batch E fit
        UI 16 -> 18/29, aeb-dev fit whole page +48 lines, no article line) but
        with NL302's ``split-lead-ins`` it flagged 2 more aeb-dev validation
        article lines (0.44% -> 0.59%) and one more list line of batch A
        validation (benchmarks/RESULTS.md, branch scrape5).

    Limitations:
        Interface text the vocabulary does not know inside a paragraph is
        not found, and a label glued to article text is found only when it
        follows a sentence end (`... choices.Type to search`); lists of
        links without a header are NL302's job.  A copyright notice or a
        newsletter prompt that a publisher prints in the body is reported
        like any other, and so is a promotional call to action in a web page's
        own copy (`Watch our video!`).  A menu or command above a headline
        that is itself short, or over a standfirst that does not end like a
        sentence, takes the headline for a label; a label the model reads as
        a byline or date is left out of an island (above the headline only
        when it has no lower-case word, as a name has none); a closing list
        of the article at the page's end with nothing under it, read by the
        model as interface text, is a widget row.  Measured with NL302 on
        fresh invented batches (tests/scraping_fixtures.py, _b.py to _k.py,
        wordings on no list): batch K, written after branch ui10's changes,
        67/77 = 0.870 of interface lines on its first run (fit 33/41,
        validation 34/36), no validation article, list or credit line; the
        validation halves of A to J (never tuned on) 232/272 = 0.853, no
        article line, 8/282 list lines (batch A's five, I's three, as
        before); on aeb-dev validation pages 0.861 of extractor leftovers and
        0.748 of whole-page furniture caught, 0.44% of article lines
        flagged; batch N (tests/scraping_fixtures_n.py, an extractor's
        leftovers written on 2026-12-06 before branch ui17's change) 35/46 =
        0.761 on its first run (fit 16/23, validation 19/23), fit 20/23
        after; the other figures are in benchmarks/RESULTS.md.
    """
    for item in classify(doc, ctx):
        if item.glued >= 0:
            start = item.line.start + item.glued
            end = item.line.start + len(item.line.text.rstrip())
            # Unsafe: the label is cut from a line of article text by its shape alone.
            glued = ctx.replacement(start, end, "", "remove the glued interface text", unsafe=True)
            yield ctx.finding(start, end, f"scraped interface text glued to the line: '{shorten(doc.text[start:end])}'", fix=glued)
        if item.kind is None and not item.shaped:
            continue
        start, end = line_span(item.line)
        kind = _KIND_TEXT[item.kind or UI]
        # A line caught by its words and shape alone (no listed label) is removed only with --unsafe-fixes.
        line = ctx.line_removal(start, end, "remove the interface line", unsafe=item.kind is None)
        yield ctx.finding(start, end, f"{kind}: '{shorten(item.line.text)}'", fix=line)
