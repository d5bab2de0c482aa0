"""NL401-NL403 on polnear-dev: credits, quotes and vague sources against PolNeAR's gold.

    python -m benchmarks.polnear                 # fit and validation figures
    python -m benchmarks.polnear --misses NL403  # what a rule gets wrong, fit part only

Reads polnear-dev from $NEWSLINT_CORPUS or ../shared/corpus (``text/``, brat
``attributions/``, ``metadata.tsv``; only the main annotator, first in ``annotators``).
Split: an article (file name without ``.txt``) is validation when
``int(sha1(id).hexdigest(), 16) % 5 == 0`` (169 of 840), fit otherwise. Tune on fit only:
``--misses`` never shows validation articles. Labels in benchmarks/data/polnear_*; no
corpus text is copied into the repository.

* NL401: each article with its metadata byline (``author``, empty names dropped, else
  ``wire``) put under the headline, as given and as ``By ...``, must be quiet; untouched,
  it must fire unless polnear_body_credits.tsv (hand-checked) says the body credits
  someone (``unclear`` ones are left out); the wire stories with the dateline's agency
  moved alone to the last line (``— AP``, ``(AP)``, ``AP``) must be quiet.
* NL402: a quotation is text in ``“...”``, ``"..."`` or ``''...''`` (unclosed: to the end
  of the paragraph) of four words or more, not a title (most words capitalised); it is
  attributed when half of it lies in the Content of a relation with a Source, bare
  otherwise, and polnear_quote_checks.tsv says, by hand, which bare ones are really bare.
  A bare one is found when a finding touches it or its paragraph (the rule reports a
  paragraph once); any other is wrongly flagged when a finding touches it.
* NL403: Source spans outside quotations are named (a capitalised word, other than a group
  word of polnear_group_words.txt, before the head's post-modifier: ``Clinton aides``, not
  ``people close to Trump``; at a sentence start only if the corpus writes it capitalised
  more often than not), vague (no such name, not a pronoun, not led by a definite or
  possessive word, not a poll's share: ``officials``, ``some Republicans``, ``a senior
  aide``) or left out. Vague sourcing is a vague Source whose cue (auxiliaries and adverbs
  dropped) starts with a word of polnear_sourcing_cues.txt (speech, report, belief). Found,
  or wrongly flagged, when an NL403 finding overlaps the Source.
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, NamedTuple

from benchmarks.common import corpus_location
from newslint import Finding, Linter
from newslint.config import Config

DATA = Path(__file__).resolve().parent / "data"
Span = tuple[int, int]


def corpus() -> Path:
    root = corpus_location() / "polnear-dev"
    if not (root / "metadata.tsv").is_file():
        sys.exit(f"polnear-dev not found at {root}: set NEWSLINT_CORPUS to the folder holding it")
    return root


def part(article_id: str) -> str:
    """'validation' for 1 article in 5 (by the id's SHA-1), 'fit' for the rest."""
    return "validation" if int(hashlib.sha1(article_id.encode()).hexdigest(), 16) % 5 == 0 else "fit"


class Relation(NamedTuple):
    sources: list[Span]
    contents: list[Span]
    cue: list[Span]


class Article(NamedTuple):
    id: str
    text: str
    author: str
    wire: str
    relations: list[Relation]


_T_LINE = re.compile(r"(T\d+)\t(\S+) ([\d; ]+)\t")
_E_LINE = re.compile(r"E\d+\t(.+)")


def read_ann(path: Path) -> list[Relation]:
    """The relations of a brat file; discontinuous spans ("a b;c d") kept as pieces."""
    lines = path.read_text(encoding="utf-8").splitlines()
    spans = {
        m.group(1): [(int(a), int(b)) for a, b in (piece.split() for piece in m.group(3).split(";"))]
        for m in map(_T_LINE.match, lines)
        if m
    }
    relations: list[Relation] = []
    for line in lines:
        m = _E_LINE.match(line)
        if not m:
            continue
        args = [a.split(":", 1) for a in m.group(1).split() if ":" in a]
        pieces = {role: [s for r, ref in args if r.startswith(role) for s in spans.get(ref, [])] for role in ("Source", "Content", "Cue")}
        if args:
            relations.append(Relation(pieces["Source"], pieces["Content"], pieces["Cue"]))
    return relations


def load(root: Path) -> list[Article]:
    articles = []
    with open(root / "metadata.tsv", encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            aid = row["filename"]
            main = row["annotators"].split("|")[0]
            text = (root / "text" / f"{aid}.txt").read_text(encoding="utf-8")
            rels = read_ann(root / "attributions" / f"{aid}_{main}.ann")
            articles.append(Article(aid, text, row["author"].strip(), row["wire"].strip(), rels))
    return articles


def _table(name: str) -> list[list[str]]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]


# ---- NL401: credited and uncredited copies -------------------------------------------
_NONE = ("", "None", "NA")
_AGENCY = {"ap": "AP", "upi": "UPI", "afp": "AFP", "reuters": "Reuters"}


def byline(a: Article) -> str | None:
    """The metadata byline as a line: "Renae Merle,,Jim Tankersley" -> "Renae Merle, Jim Tankersley"."""
    names = [p.strip() for p in a.author.split(",") if p.strip()] if a.author not in _NONE else []
    if not names and a.wire not in _NONE:
        names = [_AGENCY.get(a.wire.lower(), a.wire)]
    return ", ".join(names) or None


def under_headline(text: str, line: str) -> str:
    head, _, rest = text.partition("\n")
    return f"{head}\n\n{line}\n{rest}"


_DATELINE_AGENCY = re.compile(r"^(.{0,45}?)\s*\((?:AP|UPI|AFP|Reuters)\)", re.MULTILINE)
_SIGN_OFFS = ("— {}", "({})", "{}")


def signed_off(a: Article) -> str | None:
    """A wire story with the dateline's agency moved to a lone last line."""
    if a.wire.lower() not in _AGENCY:
        return None
    agency = _AGENCY[a.wire.lower()]
    body = _DATELINE_AGENCY.sub(r"\1", a.text, count=1)
    form = _SIGN_OFFS[int(hashlib.sha1(a.id.encode()).hexdigest(), 16) % len(_SIGN_OFFS)]
    return f"{body.rstrip()}\n\n{form.format(agency)}\n"


# ---- NL402: quotations -----------------------------------------------------------------
_QUOTE = re.compile(r"(“|\"|'')(.*?)(”|\"|''|$)")
_SMALL = frozenset("a an and as at but by for from in into nor of on or the to with".split())


class Quote(NamedTuple):
    span: Span  # the quotation marks included
    para: Span
    words: int
    title: bool


def quotations(text: str) -> list[Quote]:
    found = []
    for para in re.finditer(r"[^\n]+", text):
        for m in _QUOTE.finditer(para.group(0)):
            words = m.group(2).split()
            content = [w for w in words if w.lower().strip(".,!?:;") not in _SMALL]
            capitals = sum(1 for w in content if w[:1].isupper() or w[:1].isdigit())
            title = bool(content) and capitals >= 0.7 * len(content)
            span = (para.start() + m.start(), para.start() + m.end())
            found.append(Quote(span, para.span(), len(words), title))
    return found


def quote_classes(a: Article) -> Iterator[tuple[str, Quote]]:
    """("attributed" | "bare", quotation) for quotations of four words or more, not titles."""
    sourced = [r.contents for r in a.relations if r.sources]
    for q in quotations(a.text):
        if q.words < 4 or q.title:
            continue
        length = max(1, q.span[1] - q.span[0] - 2)
        covered = max((sum(max(0, min(q.span[1], e) - max(q.span[0], s)) for s, e in cs) for cs in sourced), default=0)
        yield ("attributed" if covered >= 0.5 * length else "bare"), q


# ---- NL403: vague and named sources ----------------------------------------------------
_WORD = re.compile(r"[\w’'.-]*\w[\w’'.-]*|[\w]")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;—]|\n)[\s“\"‘'(\[]*$")
_PRONOUNS = frozenset("he she they i we you it him her them us me who which that whom whose this these those one another".split())
_POST_MODIFIER = frozenset("close familiar privy briefed involved knowledgeable in inside within across around who whom that which whose".split())
_LEADS = frozenset("the this that these those his her their its our my your whose which both each all".split())
# One-word sources that are vague without a plural ending: "many say", "nobody believes".
_QUANTIFIERS = frozenset("many some others most few several everyone everybody nobody someone somebody anyone none".split())
# A poll's share is not a source: "53 percent said", "six in 10 voters", "about half of voters".
_FIGURE = re.compile(
    r"percent|%|\b\w+ (?:in|out of) (?:\d+|ten|four|five|three)\b|\b(?:half|thirds?|quarters?|majority|majorities)\b|^[\d\s,.]+$",
    re.IGNORECASE,
)


class WordCase:
    """How often the corpus writes each word capitalised mid-sentence and in lower case, to
    tell a name at a sentence start ("Trump said") from a common word ("Officials said")."""

    def __init__(self, texts: Iterable[str]) -> None:
        self.capital: Counter[str] = Counter()
        self.lower: Counter[str] = Counter()
        for text in texts:
            # Not the headline: many are in title case.
            for m in _WORD.finditer(text, text.find("\n") + 1):
                w = m.group(0).strip(".’'-")
                if w[:1].islower():
                    self.lower[w] += 1
                elif w[:1].isupper() and not _SENTENCE_START.search(text, max(0, m.start() - 4), m.start()):
                    self.capital[w] += 1

    def is_name(self, word: str, sentence_start: bool) -> bool:
        w = word.strip(".’'-")
        if not w[:1].isupper() or w == "I":
            return False
        if len(w) > 1 and w.isupper():
            return True  # "FBI", "FALLIN:" (a speaker in a transcript)
        return not sentence_start or self.capital[w] > self.lower[w.lower()]


def source_class(a: Article, spans: list[Span], case: WordCase, groups: frozenset[str], quoted: list[Span]) -> str | None:
    """"named", "vague" or None (left out) for one Source."""
    start = min(s for s, _ in spans)
    if any(qs < start < qe for qs, qe in quoted):
        return None  # sourcing inside a quotation is the speaker's, not the writer's
    text = " ".join(a.text[s:e] for s, e in sorted(spans))
    words = _WORD.findall(text)
    if not words or _FIGURE.search(text):
        return None
    opens = bool(_SENTENCE_START.search(a.text, max(0, start - 4), start))
    # A name after the head's post-modifier ("people familiar with Trump's
    # thinking", "officials in Washington", "aides who spoke to CNN") does not
    # name the source; one before it does ("Clinton aides", "Sen. Ted Cruz").
    cut = next((i for i, w in enumerate(words) if i and w.lower() in _POST_MODIFIER), len(words))
    if any(case.is_name(w, opens and i == 0) and w.strip(".’'-") not in groups for i, w in enumerate(words[:cut])):
        return "named"
    first = words[0].lower()
    if (len(words) == 1 and first in _PRONOUNS) or first in _LEADS:
        return None
    # One word is a source only as a plural or a quantifier ("voters", "many"), not "said".
    if len(words) == 1 and not (first in _QUANTIFIERS or len(first) > 3 and first.endswith("s")):
        return None
    return "vague"


_AUXILIARIES = frozenset("have has had having will would could can may might must should shall also to be been is are was were do does did not now often long still already just".split())


def sourcing_cue(a: Article, r: Relation, cues: frozenset[str]) -> bool:
    """Whether the relation's cue is one of speech, report or belief ("have long argued")."""
    words = [w.lower() for s, e in sorted(r.cue) for w in _WORD.findall(a.text[s:e])]
    words = [w for w in words if w not in _AUXILIARIES and not w.endswith("ly")]
    return bool(words) and words[0] in cues


# ---- running and scoring ---------------------------------------------------------------
def _touches(f: Finding, span: Span) -> bool:
    return f.start < span[1] and span[0] < f.end


@dataclass
class Tally:
    hit: int = 0
    total: int = 0

    def add(self, hit: bool) -> None:
        self.hit, self.total = self.hit + hit, self.total + 1

    def __str__(self) -> str:
        rate = f"{self.hit / self.total:.3f}" if self.total else "  -  "
        return f"{rate} ({self.hit}/{self.total})"


# (key, what, target): every figure is printed for both parts.
METRICS = [
    ("given", "NL401 quiet, byline under headline as given", "≥ 0.95"),
    ("by", "NL401 quiet, byline under headline 'By ...'", "≥ 0.95"),
    ("body", "NL401 quiet, body already credits someone", "≥ 0.95"),
    ("none", "NL401 fires, no credit anywhere", "≥ 0.95"),
    ("signed", "NL401 quiet, wire story signed off at the end", "≥ 0.95"),
    ("bare", "NL402 found, no source relation (bare)", "≥ 0.90"),
    ("sourced", "NL402 flagged, in a relation with a Source", "≤ 0.02"),
    ("checked-bare", "NL402 found, bare on checking by hand", "≥ 0.90"),
    ("checked-not", "NL402 flagged, no relation but attributed/titles", "≤ 0.02"),
    ("vague", "NL403 found, vague sourcing (speech/belief cue)", "≥ 0.70"),
    ("vague-any", "NL403 found, vague sources (any cue)", "-"),
    ("named", "NL403 flagged, named sources", "≤ 0.02"),
]

# A "≤" figure counts errors: there a hit is the unwanted outcome.
_UNWANTED = {key: target.startswith("≤") for key, _, target in METRICS}


class Benchmark:
    """Scores one article at a time into the tallies of its part."""

    def __init__(self, articles: list[Article], misses: str | None) -> None:
        self.credits = {row[0]: row[3] for row in _table("polnear_body_credits.tsv")}
        self.checked = {(row[0], int(row[1])): row[2] for row in _table("polnear_quote_checks.tsv")}
        self.cues = frozenset(row[0] for row in _table("polnear_sourcing_cues.txt"))
        self.groups = frozenset(row[0].strip(".’'-") for row in _table("polnear_group_words.txt"))
        self.case = WordCase(a.text for a in articles)
        self.all_rules = Linter(Config(), select=["NL401", "NL402", "NL403"])
        self.nl401 = Linter(Config(), select=["NL401"])
        self.misses = misses
        self.tallies = {p: {key: Tally() for key, _, _ in METRICS} for p in ("fit", "validation")}

    def add(self, a: Article, key: str, hit: bool, rule: str, error: str) -> None:
        """Count one case; ``hit`` is the event the metric counts (found, or flagged)."""
        self.tallies[part(a.id)][key].add(hit)
        if hit == _UNWANTED[key] and self.misses == rule and part(a.id) == "fit":
            print(f"{rule} {a.id}: {error}")

    def quiet(self, text: str) -> bool:
        return not any(f.rule == "NL401" for f in self.nl401.lint_text(text, "article.txt"))

    def article(self, a: Article) -> None:
        found = self.all_rules.lint_text(a.text, "article.txt")  # offsets are the corpus's own
        self.credit(a, any(f.rule == "NL401" for f in found))
        self.quotes(a, [f for f in found if f.rule == "NL402"])
        self.sources(a, [f for f in found if f.rule == "NL403"])

    def credit(self, a: Article, fired: bool) -> None:
        if len(a.text.split()) < 30:
            return  # under NL401's min-words: not an article
        line = byline(a)
        if line:
            by = line if line.lower().startswith("by ") else f"By {line}"
            for key, text in (("given", line), ("by", by)):
                self.add(a, key, self.quiet(under_headline(a.text, text)), "NL401", f"byline {text!r} not seen")
        label = self.credits.get(a.id)
        if label == "credit":
            self.add(a, "body", not fired, "NL401", "the body's credit not seen")
        elif label is None:
            self.add(a, "none", fired, "NL401", "quiet although nobody is credited")
        signed = signed_off(a)
        if signed:
            self.add(a, "signed", self.quiet(signed), "NL401", f"sign-off {signed.rstrip().splitlines()[-1]!r} not seen")

    def quotes(self, a: Article, findings: list[Finding]) -> None:
        for kind, q in quote_classes(a):
            snippet = a.text[q.span[0] : q.span[1]][:90]
            touched = any(_touches(f, q.span) for f in findings)
            if kind == "attributed":
                self.add(a, "sourced", touched, "NL402", f"attributed, flagged: {snippet}")
                continue
            hit = touched or any(_touches(f, q.para) for f in findings)
            self.add(a, "bare", hit, "NL402", f"no source relation, missed: {snippet}")
            verdict = self.checked.get((a.id, q.span[0]), "B")
            if verdict == "B":
                self.add(a, "checked-bare", hit, "NL402", f"bare, missed: {snippet}")
            else:
                self.add(a, "checked-not", touched, "NL402", f"checked {verdict}, flagged: {snippet}")

    def sources(self, a: Article, findings: list[Finding]) -> None:
        quoted = [q.span for q in quotations(a.text)]
        for r in a.relations:
            kind = source_class(a, r.sources, self.case, self.groups, quoted) if r.sources else None
            if kind is None:
                continue
            hit = any(_touches(f, s) for f in findings for s in r.sources)
            text = " ".join(a.text[s:e] for s, e in sorted(r.sources))
            if kind == "named":
                self.add(a, "named", hit, "NL403", f"named, flagged: {text!r}")
                continue
            start = min(r.sources)[0]
            context = a.text[max(0, start - 40) : start + 80]
            self.add(a, "vague-any", hit, "NL403-any", f"vague, missed: {text!r} in …{context!r}")
            if sourcing_cue(a, r, self.cues):
                self.add(a, "vague", hit, "NL403", f"vague, missed: {text!r} in …{context!r}")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--misses", choices=["NL401", "NL402", "NL403", "NL403-any"], help="print this rule's errors on the fit part")
    args = p.parse_args(argv)
    articles = load(corpus())
    bench = Benchmark(articles, args.misses)
    for a in articles:
        bench.article(a)
    sizes = Counter(part(a.id) for a in articles)
    print(f"polnear-dev: {sizes['fit']} fit and {sizes['validation']} validation articles")
    print(f"{'metric':<48} {'fit':<22} {'validation':<22} target")
    for key, what, target in METRICS:
        print(f"{what:<48} {bench.tallies['fit'][key]!s:<22} {bench.tallies['validation'][key]!s:<22} {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
