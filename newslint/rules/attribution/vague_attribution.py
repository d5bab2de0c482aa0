"""NL403 vague-attribution: sourcing to people nobody names."""
from __future__ import annotations

from typing import Iterator

import regex

from ...analysis.quotes import inside_quotes
from ...document import Document
from ...findings import Finding, Severity
from ...rule import Context, rule
from . import cues, inverted_subjects, subjects
from .sourcing import VaguePatterns, agrees, is_bare_noun, names_before, vague_patterns

# "sources close to the board", "people familiar with the plans".
_CLOSE_TO = regex.compile(r"\b(?:close\s+to|familiar\s+with|briefed\s+on|involved\s+in|knowledge\s+of)\b", regex.IGNORECASE)
_NEXT_WORDS = regex.compile(r"\s+[\w'’-]+")


def _subject_first(text: str, ctx: Context, p: VaguePatterns) -> Iterator[tuple[int, int]]:
    """Spans of "analysts say", "some industry observers believe"."""
    for m in cues.finditer(ctx, p.nouns):
        t = p.tail.match(text, m.end())
        if not t and _CLOSE_TO.search(m.group(0)):
            # "sources close to the board said": the object of "close to"
            # may run a few words before the verb.
            after = (p.tail.match(text, w.end()) for w in _NEXT_WORDS.finditer(text, m.end(), m.end() + 60))
            t = next((t for t in after if t), None)
        if not t:
            continue
        if not agrees(m.group(0), t.group("verb")):
            continue
        start = m.start()
        window = max(0, start - 60)
        mods = p.mods_before.search(text, window, start)
        if mods:
            start = mods.start()
        if names_before(text, start):
            continue
        yield start, t.end()


_PHRASE_END = regex.compile(r"[,.;:!?\n]")


def _inverted(text: str, ctx: Context, p: VaguePatterns) -> Iterator[tuple[int, int]]:
    """Spans of "said analysts", "according to people familiar with the plans"."""
    for m in cues.finditer(ctx, p.inverted):
        if is_bare_noun(m.group("noun")):
            continue
        end = m.end()
        if _CLOSE_TO.search(m.group("noun")):
            # Report up to the end of the phrase, not the shortest match.
            stop = _PHRASE_END.search(text, end, min(len(text), end + 60))
            end = stop.start() if stop else end
        yield m.start(), end


@rule("NL403", "vague-attribution", severity=Severity.INFO)
def vague_attribution(doc: Document, ctx: Context) -> Iterator[Finding]:
    """Sourcing to people nobody names: ``analysts say``, ``critics argue``.

    What it does:
        Reports a subject that names nobody before a speech or belief verb
        (``analysts say``, ``some Democratic officials think``, ``a friend
        said``, ``people who have battled online threats say``, ``critics
        have long argued``), the same phrase after ``according to`` or an
        inverted ``said`` (``according to a senior official``, ``"...," said
        one longtime aide``) and impersonal sourcing (``it is said``, ``it is
        understood``, ``who asked not to be named``, hearsay with no sayer:
        ``reportedly``, ``word is that``, ``rumours are circulating that``;
        and a passive of saying
        or believing before ``to`` whatever its subject: ``the chairman is
        understood to have resigned``, ``two bidders are thought to
        remain``).  Reporting verbs that carry a position count as well as
        speech and belief verbs (``critics charge that``, ``analysts pointed
        to``, ``others call it``, ``some passengers complained``, ``one
        reader wrote``).  The subject is told
        by its shape, not by a list of subjects: a plural or collective noun
        phrase, or one unnamed person (``a``, ``one``, ``another`` + noun),
        filling its clause, with no capitalised word before its
        post-modifier except a group's name (``Republicans``, ``US
        officials``; ``attribution_group_words.txt``) or a common word
        opening the sentence; ``those`` heading a post-modifier is one too
        (``those close to the talks``, ``those who have seen it``), and a
        present participle before a preposition opens a post-modifier (``an
        intelligence source speaking to Fox News said``; not ``activists
        trying to block ...``, an infinitive).  The verbs, quantifiers and the older subject
        classes are data files (``attribution_vague_verbs.txt``,
        ``..._quantifiers.txt``, ``..._subjects.txt``, ``..._modifiers.txt``,
        ``..._adverbs.txt``, ``..._inverted.txt``).  Nothing is reported
        when a name or organisation stands before the subject or after a
        preposition of affiliation (``Goldman Sachs analysts say``,
        ``analysts at Barclays say``, ``an adviser to Jane Doe said``, ``the
        bank's economists said``; ``to`` opens a post-modifier only after a
        plural or an agent noun and before a noun phrase: ``aides to the
        governor say`` is vague, ``a chance to raise questions`` no subject), when
        an aside names or lists them (``A top adviser, Jane Doe, said``,
        ``Critics, including the opposition leader, argue``), for a
        spokesperson (``a spokeswoman for the ministry said``), for part of
        a group the story has described (``most of the passengers``), when
        the sentence is the named words of someone (``..., said Jane Doe``),
        or when the phrase is inside a quotation.

    Why it matters:
        "Analysts say" lets a writer assert anything; readers and
        fact-checkers need to know who.  Severity is info: wire copy uses it
        legitimately, but an editor should look.

    Example:
        Flagged::

            However, analysts say the firm's rivals are more innovative.
            Opponents argue that the plan would stifle competition.

        Not flagged::

            Analysts at Goldman Sachs say the firm's rivals are stronger.
            "The plan is sound," said analyst Jane Doe.

    Options:
        None.

    Limitations:
        A subject named later in the sentence (``analysts say, among them
        Jane Doe``) is still reported, and so are unnamed documents
        (``records indicate``, ``a survey suggests``) and a place after the
        head (``reports in the Wall Street Journal suggested``).  Without a
        part-of-speech tagger a verb before the subject can be taken into it
        (``make three-year-olds feel``), a document as subject is taken for
        a source (``figures point to``), and sourcing by other verbs
        (``estimates put``, ``critics called for``), in the passive with an
        agent (``criticised by libertarians``) or as an
        object (``worried some analysts``, ``led some to question``) is
        missed.  Measured on the validation part of polnear-dev (``python -m
        benchmarks.polnear``): 100/137 (0.73) gold vague sources with a
        speech or belief cue found, 1 of 1,864 named sources reported; on BBC
        articles (quality harness) 29/29 inserted vague wordings found, 0
        findings on 19 named-source sentences; held-out batch F (fresh
        wordings) 14/20 found on its first run, 0 of 20 named sources;
        batch G (written later) 17/20 at its first run, 18/20 after ``to``,
        0 of 20 named; batch H 18/20 at its first run, 19/20 after
        ``those``, 0 of 20 named; batch I (hearsay, insiders, people who
        have seen a report) 17/20 at its first run, 20/20 after
        ``reportedly``, ``word is`` and ``rumours ... that``, 0 of 20 named.
        ``reportedly`` is reported even where a later clause names the
        report (``reportedly said, according to the Times``).  A verb taken for a plural noun before ``to`` makes a
        false subject (``That points to the bigger question``).
    """
    text = doc.text
    p = vague_patterns()
    # Each span is one integer (start * width + end: sorted as the pairs
    # are), gathered straight into a set: on a long file that repeats
    # "officials say" a list of pairs held about 250 bytes a finding.
    width = len(text) + 1
    found: set[int] = set()
    for spans in (
        _subject_first(text, ctx, p),
        _inverted(text, ctx, p),
        (m.span() for m in cues.finditer(ctx, p.passive)),
        subjects.subject_first(doc, ctx),
        inverted_subjects.inverted(doc, ctx),
    ):
        found.update(start * width + end for start, end in spans)
    last_end = -1
    # One message per phrase: a long file repeating "officials say" keeps one
    # string, not one per finding.
    messages: dict[str, str] = {}
    ordered = sorted(found)
    del found
    for start, end in (divmod(key, width) for key in ordered):
        if start < last_end:
            continue
        line = doc.line_at(start)
        if inside_quotes(line.text, start - line.start):
            continue
        last_end = end
        phrase = " ".join(text[start:end].split())
        message = messages.setdefault(phrase, f"vague attribution '{phrase}': name who says it")
        yield ctx.finding(start, end, message)
