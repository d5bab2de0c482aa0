"""NL103 real-word: a real word where its neighbours expect another one edit away."""
from __future__ import annotations

import math
from collections.abc import Iterator
from itertools import islice
from typing import NamedTuple

from ...document import Document
from ...findings import Finding
from ...rule import Context, rule
from .context import BOUNDARY, Model, evidence, model, scan, wrong_article
from .lexicon import zipf
from .tokens import chunks

# Tuned on the fit parts (benchmarks/typo_realworld.py --fit-only): the log
# evidence a confusable must have over the typed word, and how often the
# edited text must show it beside one of the two neighbours.
MIN_EVIDENCE = 6.5
MIN_SUPPORT = 5


class Suspect(NamedTuple):
    start: int
    end: int
    typed: str
    other: str
    score: float
    support: int  # the edited text's pairs of the other word with a neighbour (0: an article)


def suspects(text: str, m: Model, min_evidence: float, min_support: int) -> Iterator[Suspect]:
    """Every word whose best confusable has strong evidence over it."""
    # 64 KB at a time, cut at white space, so a huge one-line text never has
    # all its tokens in memory at once (a pair across a cut is not read).
    for lo, hi in chunks(text):
        yield from _chunk_suspects(text, lo, hi, m, min_evidence, min_support)


def _chunk_suspects(text: str, lo: int, hi: int, m: Model, min_evidence: float,
                    min_support: int) -> Iterator[Suspect]:
    norms, starts, ends, initials = scan(text, lo, hi)
    # A boundary after the last token, so every word has a right neighbour.
    norms.append(BOUNDARY)
    starts.append(hi)
    ends.append(hi)
    confusions, pairs = m.confusions, m.bigrams
    line = 0  # the index of the boundary before the current line
    foreign: dict[int, bool] = {}
    for i in range(1, len(norms) - 1):
        word = norms[i]
        if word == BOUNDARY:
            line = i
            continue
        others = confusions.get(word)
        if not others:
            continue
        left, right = norms[i - 1], norms[i + 1]
        # A typed word the edited text shows beside either neighbour is never
        # reported (the pair exists, whatever the odds), and most are: this
        # one test settles nearly every word, so it comes first.
        article = word in ("a", "an")
        if not article and pairs.beside(left, word, right):
            continue
        start, end = starts[i], ends[i]
        raw = text[start:end]
        # Capitals mid-sentence are names (``Bee Gees``), all capitals are
        # acronyms: their neighbours say nothing about a slip.
        if raw[1:] != raw[1:].lower() or (raw[0].isupper() and not initials[i]):
            continue
        # Part of a hyphened compound (``pick-ups``, ``co-workers``): its
        # neighbours are the compound's, not the word's.
        if text[start - 1:start] == "-" or text[end:end + 1] == "-":
            continue
        # Glued to a number or word (``Pixel 3a``): not a word of its own.
        if start and text[start - 1].isalnum():
            continue
        found: tuple[str, float, int] | None = None
        if article and _article_slip(text, word, norms[i + 1], starts[i + 1], ends[i + 1], m):
            found = ("an" if word == "a" else "a"), math.inf, 0
        elif not article or not pairs.beside(left, word, right):
            for other in others:
                score, support, _ = evidence(m, left, word, other, right)
                if score >= min_evidence and support >= min_support and (found is None or score > found[1]):
                    found = other, score, support
        if found is None:
            continue
        # Looked at only now (few lines have a suspect): is the line English?
        if line not in foreign:
            foreign[line] = _foreign(norms, line)
        if foreign[line]:
            continue
        other, score, support = found
        if raw[0].isupper():
            other = other[0].upper() + other[1:]
        yield Suspect(start, end, raw, other, score, support)


# A line whose words are mostly not frequent English words is in another
# language (``a`` and ``en`` are Spanish, ``an`` German): its pairs are
# not English pairs.  From FOREIGN_WORDS words on, at least FOREIGN_SHARE.
FOREIGN_WORDS = 3
FOREIGN_SHARE = 0.3
COMMON_ZIPF = 3.0


def _foreign(norms: list[str], boundary: int) -> bool:
    """Does the line after the boundary token at ``boundary`` look written in another language?"""
    words = rare = 0
    for norm in islice(norms, boundary + 1, None):
        if norm == BOUNDARY:
            break
        if norm[0].isalpha():
            words += 1
            rare += zipf(norm) < COMMON_ZIPF
    return words >= FOREIGN_WORDS and rare >= FOREIGN_SHARE * words


def _article_slip(text: str, typed: str, norm: str, start: int, end: int, m: Model) -> bool:
    """``an new``, ``a engine``: judged by the next word (``norm``, at
    ``start:end``), unless that is an acronym or a letter (``an MP``, ``a
    B``: said letter by letter) or has digits, or the article is spelled out
    as a word (``a/an``, ``'a'``)."""
    word = text[start:end]
    if not norm.isalpha() or len(word) < 2 or word[1:2].isupper() or text[start - 1:start] != " ":
        return False
    # The first part of a compound (``an un-senatorial``, ``a X-ray``) may be
    # said as letters or as a prefix: the counts cannot tell.
    if text[end:end + 1] == "-":
        return False
    return wrong_article(m, typed, norm)


# Off by default: on the corpora 14 of its 37 findings were true slips, and
# it costs about a quarter more CPU a run (neighbour counts, 0.15 s to load).
@rule("NL103", "real-word", severity="info", enabled=False,
      options={"min-evidence": MIN_EVIDENCE, "min-support": MIN_SUPPORT})
def real_word(doc: Document, ctx: Context) -> Iterator[Finding]:
    """A real word that its neighbours say is a slip for another one edit away.

    What it does:
        For every word with a confusable (another frequent word one edit
        away: ``there``/``their``, ``form``/``from``, ``loose``/``lose``,
        ``its``/``it's``), compares how well each fits between the word
        before and the word after, from counts of neighbouring pairs in
        edited news and corrected encyclopedic text
        (newslint/data/typo_context.json.gz, rebuilt by
        ``python tools/build_typo_context.py``).  Reported only when the
        other word is far better supported (``min-evidence``, a log ratio)
        and the edited text shows it beside one of the neighbours at least
        ``min-support`` times, and only when the typed word is never seen
        beside either neighbour there.

    Why it matters:
        A slip that makes another word (``I may bee wrong``, ``an new
        road``, ``a lot off complaints``) passes every spelling check, and
        so it is the slip most often left in published copy.

    Example:
        Flagged (info)::

            The council said an new road would be built by the spring.

        Not flagged: ``Applicants must fill in a form and send it``.

    Options:
        Off by default: turn it on with ``--extend-select real-word`` or
        ``extend-select = ["real-word"]`` in the config.  ``min-evidence``
        (default 6.5) and ``min-support`` (default 5): raise them for fewer
        and surer findings.

    Limitations:
        It sees one word on each side, learned from about a million words
        of edited text, so most real-word errors are missed: a slip whose
        neighbours fit both words (``said there fans``), or whose typed
        word the counts saw beside a neighbour (``recalled form the``:
        ``form the`` is common), is never reported; agreement errors
        (``the lyrics emphasizes``), words two edits apart
        (``there``/``their``, ``brake``/``break``), capitalised words
        mid-sentence and single letters other than ``a`` are not checked;
        ``a``/``an`` goes by the next word's first two letters when the
        counts never saw the word itself (``a herb``, ``an ukulele`` are
        left alone).  Lines mostly of uncommon words (another language)
        are skipped, and a line break ends a context (``a`` at the end of a
        line is not read with the next line's first word).  A construction
        the counts never saw may still be reported (``position us well``).

    Accuracy (benchmarks/typo_realworld.py, gmeg-dev and cweb-dev sentences
    and bbc-dev articles, fit and validation parts; with NL101): on the fit
    parts it adds 6 of gmeg-dev's 67 real-word gold slips (3 of them
    ``a``/``an``) with no false finding there, 3 false findings in cweb-dev's
    103k words (+0.29 per 10k) and none in bbc-dev's (whose fit part it
    learned from); on validation it finds none of the 15 real-word slips
    and adds 3 false findings in bbc-dev's 76k words (+0.39 per 10k) and
    none in cweb-dev's.  Fresh invented batch G: 3 of 30 real-word errors,
    0 false in 30 clean sentences that use the same words rightly.  Over
    every corpus (seeds, bbc, polnear, aeb, cweb, gmeg, readability) it
    made 37 findings, 14 of them true slips (2 with the wrong suggestion).
    """
    text = doc.text
    if not text.strip():
        return
    min_evidence = float(ctx.options.get("min-evidence", MIN_EVIDENCE))
    min_support = int(ctx.options.get("min-support", MIN_SUPPORT))
    for s in suspects(text, model(), min_evidence, min_support):
        yield ctx.finding(
            s.start, s.end, f"possible real-word error '{s.typed}'",
            suggestions=[s.other],
        )
