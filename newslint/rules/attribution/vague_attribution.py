"""NL403 vague-attribution: sourcing to people nobody names."""
from __future__ import annotations

from typing import Iterator

import regex

from ...analysis.quotes import inside_quotes
from ...document import Document
from ...findings import Finding, Severity
from ...rule import Context, rule
from . import subjects
from .sourcing import VaguePatterns, agrees, is_bare_noun, names_before, vague_patterns

# "sources close to the board", "people familiar with the plans".
_CLOSE_TO = regex.compile(r"\b(?:close\s+to|familiar\s+with|briefed\s+on|involved\s+in|knowledge\s+of)\b", regex.IGNORECASE)
_NEXT_WORDS = regex.compile(r"\s+[\w'’-]+")


def _subject_first(text: str, ctx: Context, p: VaguePatterns) -> Iterator[tuple[int, int]]:
    """Spans of "analysts say", "some industry observers believe"."""
    for m in ctx.finditer(p.nouns):
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
    for m in ctx.finditer(p.inverted):
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
        Reports a vague subject followed by a speech or belief verb
        (``analysts say``, ``some experts believe``, ``critics have long
        argued``, ``sources said``, ``many fear``), the inverted form
        (``said analysts``, ``according to sources``) and impersonal
        sourcing (``it is said``, ``it is understood``).  Subjects, the
        words allowed before and after them and verbs are classes in data
        files (``attribution_vague_subjects.txt``, ``..._modifiers.txt``,
        ``..._adverbs.txt``, ``..._verbs.txt``; the inverted form's verbs in
        ``..._inverted.txt``), so new combinations are caught without
        listing phrases.  Nothing is reported when a name or organisation stands
        before the subject (``Goldman Sachs analysts say``, ``the bank's
        economists said``) or follows the inverted form (``said analysts at
        Citi``, ``according to analysts including Jane Doe``), or when the
        phrase is inside a quotation.

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
        Jane Doe``) is still reported; a nationality (``US officials``) is
        treated as a name, and plain ``officials said`` is not reported.
        Subjects outside the classes (``senior figures``, ``many fans``) are
        missed, so expect well under 0.9 recall on new wordings (held-out
        first runs: benchmarks/RESULTS.md).  An adjective opening the
        sentence (``Sceptical economists``) is told from a name only by its
        ending.  Measured (quality harness, attribution family): 28/28 vague
        wordings inserted into BBC articles found, 0 findings on 20
        named-source sentences.
    """
    text = doc.text
    p = vague_patterns()
    spans = [
        *_subject_first(text, ctx, p),
        *_inverted(text, ctx, p),
        *(m.span() for m in ctx.finditer(p.passive)),
        *subjects.subject_first(doc, ctx),
        *subjects.inverted(doc, ctx),
    ]
    last_end = -1
    for start, end in sorted(spans):
        if start < last_end:
            continue
        line = doc.line_at(start)
        if inside_quotes(line.text, start - line.start):
            continue
        last_end = end
        phrase = " ".join(text[start:end].split())
        yield ctx.finding(start, end, f"vague attribution '{phrase}': name who says it")
