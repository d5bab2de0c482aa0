"""Scraped page furniture: interface text (NL301) and teaser/link blocks (NL302).

Both rules share one line classifier: the phrase vocabulary lives in
newslint/data/ui_*.txt and is matched against the *shape* of a line (a whole
line, the start of a line, or a banner-length line), never as loose words in
running text, so `subscribe to` in a story about subscriptions stays clean.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Iterable, Iterator, NamedTuple, Sequence

import regex

from ..document import Document, Line
from ..hookspecs import hookimpl
from ..phrases import data_path, phrase_source, read_list
from ..rule import PatternTimeout, rule

# Bullets, arrows and quote marks that scrapers leave in front of a link.
_LEAD = r"^[\s\p{Pd}•·*>#|\[\(«»›‹→▸►▶\u2022.…]*"
# What may trail a label: punctuation, symbols (arrows, »), digits of a counter.
_TRAIL = r"[\s\p{P}\p{S}\d]*$"
_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’\-]*")
_BULLET = regex.compile(r"^[\s\p{Pd}•·*>|\u2022]+")
# A line that ends a sentence (or a clause, or an exclamation) reads as prose,
# not as a link; a teaser cut short mid-word with an ellipsis is still a link,
# a sentence trailing off after a space (`my approach …`) is not.
_PROSE_END = regex.compile(
    r"(?:(?<!\.\.)(?<!…)[.,;:!~]|\s(?:\.\.\.|…))(?:[\"'”’)\]]*)\s*$"
)
_SENTENCE_START = regex.compile(
    r"(?:^[\s\p{Pd}•·*>#|\[\(«»›‹→▸►▶\u2022.…]*|(?<=[.!?:])\s+)(?=[\p{Lu}\d©])"
)
_CONTINUES = regex.compile(r"^\s*\p{Ll}")
_ELLIPSIS = regex.compile(r"(?:\.\.\.|…)\s*$")
_SENTENCE = regex.compile(r"[.!?…](?:[\"'”’)\]]*)\s+(?=[\"'“‘(\[]?\p{Lu})")
# Credits and sign-offs end an article legitimately: never a footer fragment.
_CREDIT = regex.compile(
    r"^\s*(?:[—–\-•*]\s*)?(?:by\b|reporting|editing|additional|contributed|written|photo|image|"
    r"source|copyright|©|\(c\)|all rights)|\b(?:reuters|associated press|afp|ap|staff)\s*$"
    r"|^\s*\[[^\[\]]{1,40}\]\s*$",  # a bracketed source: `[ Wired ]`
    regex.IGNORECASE,
)
# The signature under an embedded post (`— Jane Doe (@jane) November 4, 2019`)
# belongs to the quote above it, not to a list of links.
_EMBED_SIGNATURE = regex.compile(
    r"^\s*[—–\-]\s*[^\n]{1,80}\(@\w{1,30}\)\s+\p{L}+\.?\s+\d{1,2},\s+\d{4}\s*$"
)

HEADER, UI, PREFIX, BANNER = "header", "ui", "prefix", "banner"
_KIND_TEXT = {
    HEADER: "section header of a scraped link list",
    UI: "scraped interface text",
    PREFIX: "scraped cross-promotion or link",
    BANNER: "scraped interface banner",
}


def _alternatives(entries: Iterable[str]) -> str:
    return "|".join(f"(?:{phrase_source(e)})" for e in entries) or "(?!)"


@lru_cache(maxsize=16)
def _patterns(
    headers: tuple[str, ...],
    lines: tuple[str, ...],
    prefixes: tuple[str, ...],
    phrases: tuple[str, ...],
    buttons: tuple[str, ...],
) -> tuple[regex.Pattern, regex.Pattern, regex.Pattern, regex.Pattern, regex.Pattern]:
    flags = regex.IGNORECASE | regex.VERSION1
    labels = f"(?:(?P<header>{_alternatives(headers)})|(?P<ui>{_alternatives(lines)})){_TRAIL}"
    # Possessive lead: backtracking into a long run of dashes let entries such
    # as `(?:\S+\s+){0,3}newsletters?` rescan the run from every position
    # (a line of 20,000 dashes took 2 s per rule; found by benchmarks/fuzz.py).
    whole = regex.compile(f"{_LEAD}+{labels}", flags)
    # A label glued to the end of a sentence by a lost line break:
    # `... energy ties.Type to search`.
    glued = regex.compile(f"(?<=[\\p{{Ll}}\\d][.!?…][\"”’)]?)(?-i:(?=\\p{{Lu}})){labels}", flags)
    # A prefix starts a line with a capital: a hard-wrapped sentence that
    # happens to go on with "subscribe to" on its next line is prose.
    prefix = regex.compile(f"{_LEAD}(?-i:(?=[\\p{{Lu}}\\[]))(?:{_alternatives(prefixes)})", flags)
    # A banner phrase opens a sentence (`Sign up for ...`, `Get a subscription
    # ...`, `This website uses cookies`): the same words in the middle of a
    # reporter's sentence are about the subject, not page furniture.  The
    # phrases are tried only where a sentence starts (much faster than a
    # search through the line).
    banner = regex.compile(f"(?:\\S+\\s+){{0,5}}?(?:{_alternatives(phrases)})", flags)
    # A button label shouts: a call-to-action verb opening a short line in
    # capitals (the caller checks that no lower-case letter follows).
    button = regex.compile(f"{_LEAD}(?:{_alternatives(buttons)})\\b", flags)
    return whole, prefix, banner, glued, button


@lru_cache(maxsize=1)
def _base_lists() -> tuple[tuple[str, ...], ...]:
    return tuple(
        tuple(read_list(data_path(f"ui_{name}.txt")))
        for name in ("headers", "lines", "prefixes", "phrases", "buttons")
    )


def _lists(options: dict) -> tuple[tuple[str, ...], ...]:
    headers, lines, prefixes, phrases, buttons = _base_lists()
    disable = set(options.get("disable", ()))
    extend = tuple(options.get("extend", ()))
    if disable:
        headers, lines, prefixes, phrases, buttons = (
            tuple(e for e in lst if e not in disable) for lst in (headers, lines, prefixes, phrases, buttons)
        )
    return headers, lines + extend, prefixes, phrases, buttons


class Classified(NamedTuple):
    line: Line
    kind: str | None
    words: int
    glued: int = -1  # offset in the line of an interface label glued to its end


def _limited(method, text: str, timeout: float | None, options: dict):
    # The label patterns hold the user's ``extend`` entries: run them under the
    # run's regex-timeout, as ctx.finditer does, so a catastrophic entry is an
    # NL003 finding instead of a hung run.
    try:
        return method(text, timeout=timeout)
    except TimeoutError:
        shown = " | ".join(options.get("extend", ())) or "interface labels"
        raise PatternTimeout(f"pattern {shown!r} took longer than {timeout:g}s") from None


def classify(doc: Document, options: dict, timeout: float | None = None) -> list[Classified]:
    """Each line with its interface kind (HEADER, UI, PREFIX, BANNER or None).

    The result is shared: NL301 and NL302 classify the same lines, and with
    the default options get the same list (callers must not change it)."""
    lists = _lists(options)
    max_banner = options.get("max-banner-words", 80)
    key = ("scraping.classify", lists, max_banner, timeout)
    cached = doc.memo.get(key)
    if cached is not None:
        return cached
    whole, prefix, banner, glued, button = _patterns(*lists)
    out: list[Classified] = []
    for line in doc.lines:
        text = line.text
        n = len(_WORD.findall(text))
        kind = None
        if n:
            m = _limited(whole.match, text, timeout, options)
            if m:
                kind = HEADER if m.group("header") is not None else UI
            elif prefix.match(text):
                kind = PREFIX
            elif n <= max_banner and any(banner.match(text, m.end()) for m in _SENTENCE_START.finditer(text)):
                kind = BANNER
            elif n <= 8 and button.match(text) and not _LOWER.search(text):
                kind = UI
        at = -1
        if kind is None and n > 3:
            g = _limited(glued.search, text, timeout, options)
            if g:
                at = g.start()
        out.append(Classified(line, kind, n, at))
    doc.memo[key] = out
    return out


def _span(line: Line) -> tuple[int, int]:
    text = line.text
    return line.start + (len(text) - len(text.lstrip())), line.start + len(text.rstrip())


def _quote(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


@rule("NL301", "stray-ui-text", options={"extend": [], "disable": [], "max-banner-words": 80})
def stray_ui_text(doc, ctx):
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
        ui_prefixes.txt, ui_phrases.txt and ui_buttons.txt.

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
        spelled exactly as in the data files.
        ``max-banner-words`` (80): a cookie or newsletter phrase is reported
        only on a line at most this long, so a paragraph that discusses
        cookies is left alone.

    Limitations:
        Interface text the vocabulary does not know inside a paragraph is
        not found, and a label glued to article text is found only when it
        follows a sentence end (`... choices.Type to search`); lists of
        links without a header are NL302's job.  A copyright notice or a
        newsletter prompt that a publisher prints in the body is reported
        like any other.  Measured (benchmarks/quality_ui.py, NL301 and NL302
        together, labels in benchmarks/data/aeb_labels.tsv): 91.5% of
        interface and teaser lines left by readability/trafilatura/goose3
        (216/236) and 84.0% of those in whole-page html-text flagged; 0.77%
        of gold article lines flagged (47/6133), 0.38% (23/6105) without the
        28 gold lines reviewed as furniture the annotators kept (copyright,
        newsletter, call-to-action, related-links, credit lines); 0.013
        findings per article on the 911 bbc-dev articles (NL301-303).
    """
    for item in classify(doc, ctx.options, ctx.regex_timeout):
        if item.glued >= 0:
            start = item.line.start + item.glued
            end = item.line.start + len(item.line.text.rstrip())
            yield ctx.finding(start, end, f"scraped interface text glued to the line: '{_quote(doc.text[start:end])}'")
        if item.kind is None:
            continue
        start, end = _span(item.line)
        yield ctx.finding(start, end, f"{_KIND_TEXT[item.kind]}: '{_quote(item.line.text)}'")


def _teaser_like(item: Classified, max_words: int) -> bool:
    """Short enough to be a link or a teaser, and at most two sentences."""
    if item.words == 0 or item.words > max_words:
        return False
    return len(_SENTENCE.findall(item.line.text.strip())) <= 1


def _paragraph(item: Classified) -> bool:
    """Running text: longer than any teaser's dek, or several sentences."""
    if item.words > 25 or len(_SENTENCE.findall(item.line.text.strip())) >= 1:
        return True
    return item.words >= 20 and bool(_PROSE_END.search(item.line.text))


def _dek(item: Classified, max_words: int) -> bool:
    return 0 < item.words <= max_words and not _SENTENCE.search(item.line.text.strip())


def _headline_like(item: Classified, max_words: int) -> bool:
    """A link-shaped line: short and not ending like a sentence."""
    return 0 < item.words <= max_words and not _PROSE_END.search(item.line.text)


# A section tag closing a headline: `[NEWS]`, `[Video]`, `[ Bloomberg ]`.
_TAGGED = regex.compile(r"[^\s.,;:]\s*\[\s*\p{Lu}[\p{L}'’&\-]*(?:\s+\p{Lu}[\p{L}'’&\-]*){0,2}\s*\]\s*$")
_LETTER = regex.compile(r"\p{L}")
_LOWER = regex.compile(r"\p{Ll}")


def _inline_teaser(item: Classified, max_words: int) -> bool:
    text = item.line.text
    if item.words < 4 or item.words > max_words + 4 or _PROSE_END.search(text):
        return False
    if _TAGGED.search(text):
        return True
    if item.words < 8 or text.rstrip().endswith("?"):
        return False
    letters = len(_LETTER.findall(text))
    return letters >= 20 and len(_LOWER.findall(text)) <= 0.05 * letters


# A teaser card flattened without a break: a title-case headline runs
# straight into its standfirst (`... Spots In DetroitHoodline crunched ...`).
_CAMEL = regex.compile(r"\p{Ll}{2}(?=\p{Lu}\p{Ll})")
_TITLE_WORD = regex.compile(r"^\p{Lu}")
_HEAD_STOP = regex.compile(r"[.,;!?]")


def _glued_teaser(item: Classified) -> bool:
    text = item.line.text
    if item.words < 12:
        return False
    m = _CAMEL.search(text)
    if not m:
        return False
    # Brand names glue capitals too (`MacBook`, `ThyssenKrupp`): only a head
    # of five or more title-case words with no punctuation reads as a headline.
    head = [w for w in _WORD.findall(text[: m.end()]) if not w[0].isdigit()]
    tail = _WORD.findall(text[m.end() :])
    if len(head) < 5 or len(tail) < 8 or _HEAD_STOP.search(text, 0, m.end()) or not _PROSE_END.search(text):
        return False
    return sum(bool(_TITLE_WORD.match(w)) for w in head) >= 0.8 * len(head)


_FIRST_SEP = regex.compile(r"^((?:[^:–—|@(\s]+\s+){0,4}?)[^:–—|@(\s]*([:–—|@(])")
_LIST_START = regex.compile(
    r"^[\s\p{Pd}•·*]*(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)",
    regex.IGNORECASE,
)


# Reference data rather than links: a time, a price, a phone number, a web
# or mail address, a numeric date, a span of weekdays.
_DATA = regex.compile(
    r"\b\d{1,2}(?::\d\d)?\s?(?:[ap]m|[ap]\.m\.)(?!\w)|\b\d{1,2}:\d\d\b"
    r"|\p{Sc}\s?\d|\d\s?\p{Sc}"
    r"|(?<![\d.])\(?\d{2,4}\)?[-. ]\d{3,4}[-. ]\d{3,4}(?![\d.])"
    r"|\b(?:19|20)\d\d[./-]\d{1,2}[./-]\d{1,2}\b|\b\d{1,2}[./]\d{1,2}[./](?:19|20)?\d\d\b"
    r"|\b(?:mon|tue|wed|thu|fri|sat|sun)\w*\.?\s*[-–—~]\s*(?:mon|tue|wed|thu|fri|sat|sun)"
    r"|\bwww\.|https?://|\b[\w.+-]{1,64}@[\w-]+\.\w",
    regex.IGNORECASE,
)


# A machine timestamp (`2019-11-19T08:57:40+01:00`) is page metadata, not
# something the article tells its reader.
_MACHINE_TIME = regex.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d")


def _reference(text: str) -> bool:
    return bool(_DATA.search(text)) and not _MACHINE_TIME.search(text)


def _uniform_list(texts: Iterable[str]) -> bool:
    """Items built on one template (`June 9 – City @ Venue`, `1 tsp cinnamon`,
    `Path A: ...`): a list in the article, where links and headlines vary."""
    signatures: dict[tuple[str, int], int] = {}
    starts = n = 0
    for text in texts:
        n += 1
        if _LIST_START.match(text):
            starts += 1

        m = _FIRST_SEP.match(text)
        if m:
            key = (m.group(2), len(m.group(1).split()))
            signatures[key] = signatures.get(key, 0) + 1
    if n < 3:
        return False
    best = max(signatures.values(), default=0)
    return best >= 0.6 * n or starts >= 0.6 * n


def _nonblank_with_gaps(items: Sequence[Classified]) -> Iterator[tuple[int, int]]:
    """(index, blank lines before it) for every line with a word in it."""
    gap = 0
    for i, item in enumerate(items):
        if item.words == 0:
            # A line of bare bullets or rules (`-`, `|`) separates list items
            # without ending the list: neither text nor a gap.
            if not item.line.text.strip():
                gap += 1
            continue
        yield i, gap
        gap = 0


@rule(
    "NL302",
    "related-links-block",
    options={"max-teaser-words": 40, "max-link-words": 14, "min-run": 4, "footer-words": 6},
)
def related_links_block(doc, ctx):
    """Teasers and links of other articles, and footer fragments, left in the text.

    What it does:
        Reports, one finding per line, (1) the lines that follow a section
        header such as `Read more:` or `Related Articles` (each at most
        ``max-teaser-words`` words and two sentences long, separated by at
        most one blank line); (2) any run of ``min-run`` or more link-shaped
        lines (short, no sentence-ending punctuation, at most one blank
        line apart), the shape of menus and teaser lists; (3) a footer
        fragment: a short unpunctuated last line after the final paragraph,
        such as a site's section name after the author bio; and (4) a lone
        teaser among the paragraphs: a headline of eight or more words all in
        capitals, a headline closed by a section tag (`... outbreak [NEWS]`),
        or a title-case headline run together with its standfirst (`The 4
        Best Vegan Spots In DetroitHoodline crunched the numbers ...`).

    Why it matters:
        Headlines of other stories are well-formed text, so they survive
        spelling and grammar checks and end up attributed to the wrong
        article in archives and training data.

    Example:
        Flagged (lines 3 and 4, after the header on line 1)::

            Read more:

            China Has Big Lead in Critical Emerging Technologies: Study
            China Scientists Split on US Tech Sanctions Impact – SCMP

        Not flagged: a headline or sub-heading followed by a paragraph, a
        list of fewer than ``min-run`` short lines, an article that ends with
        a full sentence or a credit line (``Reuters``, ``Additional reporting
        by ...``), a short capitalised sub-heading (``WHAT HAPPENS NEXT``),
        an info box of dates, prices, opening hours and contact details, a
        list led in by a sentence or by a `!`/`?` line right above it, and
        the signature line under an embedded post.

    Options:
        ``max-teaser-words`` (40): longest line taken as a teaser after a header.
        ``max-link-words`` (14): longest line taken as a link in a headerless run.
        ``min-run`` (4): shortest headerless run of link-shaped lines reported.
        ``footer-words`` (6): longest trailing line taken as a footer fragment.

    Limitations:
        A list of short items in the article itself (a caption and a list
        of artworks at the end of the text, a feature list) still looks like
        a link list when it has ``min-run`` or more unpunctuated items and
        nothing marks it as the article's own; lists introduced by a colon,
        `!` or `?`, built on one template (`June 4 – City @ Venue`), made
        of reference data, or set between paragraphs are left alone, and so
        are the teaser lists of deals (prices) when they carry no interface
        line.  A lone teaser in sentence case, or in capitals but shorter
        than eight words, is missed (capitalised sub-headings look the
        same).  The article's first line and any short line right above a
        paragraph (a headline or sub-heading) are never reported.  Measured
        with NL301 on aeb-dev (benchmarks/quality_ui.py): 91.5% of
        interface/teaser lines flagged after the article extractors, 84.0%
        in whole-page text, 0.77% of gold article lines flagged (0.38%
        without the gold lines reviewed as furniture); 0.013 findings per
        bbc-dev article.
    """
    opts = ctx.options
    max_teaser = opts["max-teaser-words"]
    max_link = opts["max-link-words"]
    min_run = opts["min-run"]
    items = classify(doc, opts, ctx.regex_timeout)
    nonblank = list(_nonblank_with_gaps(items))
    if not nonblank:
        return
    first = nonblank[0][0]
    flagged: dict[int, str] = {}
    teaser = "teaser or link of another page"

    # Hard-wrapped prose: a line that goes on with a lower-case word on the next
    # line is one sentence broken in two, however short and unpunctuated.
    wrapped: set[int] = set()
    for (a, _), (b, gap) in zip(nonblank, nonblank[1:]):
        if gap == 0 and items[a].words >= 6 and _CONTINUES.match(items[b].line.text):
            wrapped.update((a, b))

    # A short line right above a paragraph is that paragraph's headline or
    # sub-heading, never a link, however link-shaped it looks.
    # (A teaser's one-sentence dek looks the same, but another link follows it.)
    heading: set[int] = set()
    for k, ((a, _), (b, gap)) in enumerate(zip(nonblank, nonblank[1:])):
        if gap > 1 or items[b].kind is not None:
            continue
        after = items[nonblank[k + 2][0]] if k + 2 < len(nonblank) else None
        if _paragraph(items[b]) or (
            items[b].words >= 12
            and _PROSE_END.search(items[b].line.text)
            and (after is None or after.kind is not None or not _headline_like(after, max_link))
        ):
            heading.add(a)

    def linky(j: int) -> bool:
        return (
            j not in wrapped
            and j not in heading
            and _headline_like(items[j], max_link)
            and not _EMBED_SIGNATURE.match(items[j].line.text)
        )

    # (1) the block under a header: either link-shaped lines, or sentence-shaped
    # teasers that run to the end of the text or to a wide gap (followed
    # straight by more text, those are the article resuming under a widget
    # label such as `Trending`).
    def link(j: int) -> bool:
        item = items[j]
        return linky(j) or (item.words <= max_teaser and bool(_ELLIPSIS.search(item.line.text)))

    k = 0
    while k < len(nonblank):
        i, _ = nonblank[k]
        k += 1
        if items[i].kind != HEADER:
            continue
        block: list[int] = []
        links = None
        while k < len(nonblank):
            j, gap = nonblank[k]
            item = items[j]
            if gap > 1 or item.kind is not None or not _teaser_like(item, max_teaser):
                break
            if links is None:
                links = link(j)
            elif links and not link(j):
                break
            block.append(j)
            k += 1
        if not links and block and k < len(nonblank):
            j, gap = nonblank[k]
            if gap <= 1:
                block = []
        flagged.update((j, teaser) for j in block)

    # (2) headerless runs of link-shaped lines (interface lines count as
    # members).  A list inside the article -- introduced by a colon, or set
    # between paragraphs with no interface line in it -- is left alone.
    run: list[int] = []
    order = [i for i, _ in nonblank]
    position = {i: k for k, i in enumerate(order)}

    def prose(k: int) -> bool:
        if not 0 <= k < len(order):
            return False
        item = items[order[k]]
        return item.kind is None and item.words >= 15 and bool(_PROSE_END.search(item.line.text))

    def lead_in(k: int) -> bool:
        """A short sentence that introduces the list (`Our kit is simple.`)."""
        if not 0 <= k < len(order):
            return False
        item = items[order[k]]
        return item.kind is None and item.words >= 5 and bool(_PROSE_END.search(item.line.text))

    def close(run: list[int]) -> None:
        members = [j for j in run if j != first]
        if len(members) < min_run:
            return
        before, after = position[run[0]] - 1, position[run[-1]] + 1
        # the list's introduction may sit above its first, longer item
        for k in (before, before - 1):
            if 0 <= k < len(order) and items[order[k]].line.text.rstrip().endswith(":"):
                return
        # ... or end with `!` or `?` right above it, with no blank line between
        # (`What's new in 2.26?` / `New tasks for the game!` / items ...)
        if (
            before >= 0
            and nonblank[before][0] + 1 == run[0]
            and items[order[before]].kind is None
            and items[order[before]].words >= 4
            and items[order[before]].line.text.rstrip().endswith(("!", "?"))
        ):
            return
        ui = sum(items[j].kind is not None for j in members)
        if ui <= max(1, len(members) // 10) and _uniform_list(items[j].line.text for j in members[1:]):
            return
        if (prose(before) or lead_in(before)) and prose(after) and ui <= max(1, len(members) // 10):
            return
        # an info box (dates, prices, opening hours, contact details) is the
        # article's own reference data; links and headlines carry none
        # (share buttons under the box are judged, and reported, by NL301)
        core = list(members)
        while core and items[core[-1]].kind is not None:
            core.pop()
        data = sum(_reference(items[j].line.text) for j in core)
        core_ui = sum(items[j].kind is not None for j in core)
        if core and core_ui <= data // 4 and data >= len(core) / 3:
            return
        flagged.update((j, teaser) for j in members if items[j].kind is None)

    def member(i: int, gap: int) -> bool:
        item = items[i]
        if item.kind is not None or linky(i):
            return True
        # a one-sentence standfirst right under a link: the teaser's dek
        return (
            bool(run) and gap == 0 and run[-1] != first and items[run[-1]].kind is None
            and linky(run[-1])
            and i not in wrapped
            and _dek(item, max_teaser)
        )

    for i, gap in nonblank:
        ok = member(i, gap)
        if gap > 1 or not ok:
            close(run)
            run = []
        if ok:
            run.append(i)
    close(run)

    # (4) a lone teaser between paragraphs: the shape of a headline, not of a
    # sub-heading.  Sub-headings are short or ask the reader a question;
    # a long all-capitals headline, or a headline tagged with its section
    # (`... outbreak [NEWS]`, `... Review [Video]`), is a link to elsewhere.
    for i, _ in nonblank:
        if i != first and i not in flagged and i not in wrapped and items[i].kind is None:
            if _inline_teaser(items[i], max_link):
                flagged[i] = "inline teaser of another page"
            elif _glued_teaser(items[i]):
                flagged[i] = "teaser headline glued to its standfirst"

    # (3) a footer fragment: short, unpunctuated, after the last paragraph
    if len(nonblank) >= 5:
        (last, gap), (prev, _) = nonblank[-1], nonblank[-2]
        tail = items[last]
        before = items[prev]
        if (
            gap >= 1
            and tail.kind is None
            and 0 < tail.words <= opts["footer-words"]
            and not _PROSE_END.search(tail.line.text)
            and not tail.line.text.rstrip().endswith(("?", "!", "”", '"'))
            and not _CREDIT.search(tail.line.text)
            and before.words >= 15
            and _PROSE_END.search(before.line.text)
        ):
            flagged.setdefault(last, "footer fragment after the article")

    for i in sorted(flagged):
        line = items[i].line
        start, end = _span(line)
        yield ctx.finding(start, end, f"{flagged[i]}: '{_quote(line.text)}'")


@hookimpl
def newslint_register_rules():
    return [stray_ui_text, related_links_block]
