"""Labelled line sequences for the line model, from the dev corpora (read in place,
never copied), and the fit/validation split.

Where the role labels come from (see newslint/analysis/line_roles.py for the roles):

- aeb-dev (each extractor's output of 80 pages): a line in the gold body is ``body``;
  the other lines carry benchmarks' labels (aeb_labels.tsv: ui, teaser, meta, text).
  ``meta`` is split by pattern into ``headline`` (the page title), ``byline``
  (credit words), ``date`` (a date or time) and ``meta`` (the rest: captions, bios);
  ``text`` is ``list`` (a bullet), ``table`` (cell rules) or ``body``.  Gold lines
  reviewed as furniture keep their reviewed label.
- readability-dev (English pages only): visible lines of source.html aligned with the
  lines of expected.html are article (``list`` inside li, ``table`` inside td or pre --
  code listings are preformatted like tables -- else ``body``);
  in both, article lines in a list's shape (a run of three or more short lines that do
  not end like sentences) are ``list``: an article's fixtures, dates and features;
  the other lines are ``headline``/``byline``/``standfirst`` when they match the page
  metadata, else ``ui`` (three words or fewer) or ``teaser``: the aeb rule.
- bbc-dev and polnear-dev: line 1 ``headline`` (USA Today's deck line ``standfirst``),
  the rest ``body``, except credit lines (``contributed reporting``) which are
  ``byline``.  Half the polnear articles (by hash) get their metadata byline put under
  the headline, and their ``h/t`` credit at the end, as ``byline`` lines.

The split: every page, site or article goes wholly to ``fit`` or ``validation``, by
the first 8 hex digits of sha256("<corpus>/<group>") (validation below 0.3 of the
range); aeb pages are grouped by site (the page title's suffix), so two pages of one
site never straddle the split.  benchmarks/data/line_model_split.tsv records it.
"""
from __future__ import annotations

import difflib
import hashlib
import json
import re
import sys
from pathlib import Path
from typing import Iterator, NamedTuple

ROOT = Path(__file__).resolve().parents[1]
SPLIT_FILE = ROOT / "benchmarks" / "data" / "line_model_split.tsv"
VALIDATION_SHARE = 0.3

sys.path.insert(0, str(Path(__file__).resolve().parent))
# label_aeb.py is moving from benchmarks/ to tools/: import it from either place.
sys.path.append(str(ROOT / "benchmarks"))
import label_aeb  # noqa: E402
from page_lines import page_lines  # noqa: E402


class Sample(NamedTuple):
    """One document: its raw lines, the role of each (None: not scored), and the
    benchmark category of each line (None: not counted)."""

    corpus: str  # aeb-<extractor>, readability-dev, bbc-dev, polnear-dev
    group: str  # what the split is keyed on
    name: str
    lines: list[str]
    roles: list[str | None]
    kinds: list[str | None]


def part_of(corpus: str, group: str) -> str:
    family = "aeb-dev" if corpus.startswith("aeb-") else corpus
    h = int(hashlib.sha256(f"{family}/{group}".encode()).hexdigest()[:8], 16)
    return "validation" if h < VALIDATION_SHARE * 0x100000000 else "fit"


# --- aeb-dev -------------------------------------------------------------------------

_BYLINE = re.compile(
    r"^(?:by|written by|words by|story by|reporting by|editing by|additional reporting|contributed)\b|"
    r"\b(?:staff writer|correspondent|contributed (?:reporting|to this)|editor|reporter|columnist)\b",
    re.IGNORECASE,
)
_PHOTO = re.compile(r"^(?:photo|image|picture|credit|source)\b|\b(?:getty|shutterstock|/ ?ap\b|file photo)", re.IGNORECASE)
_DATEISH = re.compile(
    r"\b(?:19|20)\d\d\b|\b\d{1,2}:\d\d\b|\b(?:updated|published|posted)\b|\b\d+ (?:hours?|minutes?|days?) ago\b",
    re.IGNORECASE,
)
_SITE_SUFFIX = re.compile(r"\s(?:\||-|–|—)\s([^|–—-]{2,40})$")


def _meta_role(line: str, title: str) -> str:
    low = line.casefold()
    if title and (low == title or (len(low) > 20 and (low in title or title in low))):
        return "headline"
    words = len(line.split())
    if _BYLINE.search(line) and words <= 25:
        return "byline"
    if _PHOTO.search(line) and words <= 12:
        return "byline"  # a photo credit is a credit
    if _DATEISH.search(line) and words <= 14:
        return "date"
    return "meta"


def _text_role(line: str) -> str:
    if line.startswith("|") or line.endswith("|"):
        return "table"
    return "list" if label_aeb._BULLET.match(line) else "body"


# Article lines in a list's shape (a run of at least this many short lines that do not
# end like sentences: tour dates, qualifiers, a product's features) are ``list``.
_LIST_RUN = 3
_LIST_WORDS = 15


def _list_shaped(lines: list[str], article: list[bool]) -> set[int]:
    """Positions of article lines in a run of short, unpunctuated article lines."""
    out: set[int] = set()
    run: list[int] = []
    for k, line in enumerate(lines + [""]):
        text = line.strip()
        if not text and k < len(lines):
            continue  # blank lines do not break a list
        short = bool(text) and article[k] and len(text.split()) <= _LIST_WORDS and text[-1] not in ".!?"
        if short:
            run.append(k)
            continue
        if len(run) >= _LIST_RUN:
            out.update(run)
        run = []
    return out


def _aeb_site(corpus: Path, page: str) -> str:
    path = corpus / "extracted" / "html-text" / f"{page}.txt"
    first = path.read_text(encoding="utf-8").split("\n", 1)[0].strip() if path.exists() else ""
    m = _SITE_SUFFIX.search(first)
    return m.group(1).strip().casefold() if m else page


def aeb_samples(corpus: Path) -> Iterator[Sample]:
    aeb = corpus / "aeb-dev"
    labels: dict[tuple[str, str, int], tuple[str, str]] = {}
    for raw in label_aeb.LABELS.read_text(encoding="utf-8").splitlines():
        if raw.startswith("#") or not raw.strip():
            continue
        page, extractor, number, lab, *reason = raw.split("\t")
        labels[page, extractor, int(number)] = (lab, reason[0] if reason else "")
    for extractor in label_aeb.EXTRACTORS:
        for path in sorted((aeb / "extracted" / extractor).glob("*.txt")):
            page = path.stem
            gold = (aeb / "gold" / path.name).read_text(encoding="utf-8")
            gold_lines = {label_aeb.norm(x) for x in gold.splitlines() if x.strip()}
            gold_text = label_aeb.norm(gold)
            title = label_aeb.title_of(aeb, page)
            lines = path.read_text(encoding="utf-8").split("\n")
            roles: list[str | None] = []
            kinds: list[str | None] = []
            for number, raw in enumerate(lines, 1):
                line = label_aeb.norm(raw)
                if not label_aeb.has_word(line):
                    roles.append(None)
                    kinds.append(None)
                    continue
                lab, reason = labels.get((page, extractor, number), ("", ""))
                if label_aeb.is_gold(line, gold_lines, gold_text):
                    kinds.append("gold-reviewed" if reason else "gold")
                    roles.append({"ui": "ui", "teaser": "teaser", "meta": "byline"}.get(lab, "body") if reason else "body")
                    continue
                kinds.append(lab or "unlabelled")
                roles.append(
                    _meta_role(line, title) if lab == "meta" else _text_role(line) if lab == "text" else lab or "ui"
                )
            for k in _list_shaped(lines, [kind == "gold" for kind in kinds]):
                roles[k], kinds[k] = "list", "gold-list"
            yield Sample(f"aeb-{extractor}", _aeb_site(aeb, page), page, lines, roles, kinds)


# --- readability-dev ------------------------------------------------------------------

_ENGLISH = {"the", "and", "of", "to", "in", "is", "that", "for", "it", "with", "was", "on"}


def _english(texts: list[str]) -> bool:
    words = " ".join(texts).casefold().split()
    return bool(words) and sum(w in _ENGLISH for w in words) / len(words) > 0.08


def readability_samples(corpus: Path) -> Iterator[Sample]:
    for page in sorted((corpus / "readability-dev").iterdir()):
        if not (page / "source.html").exists():
            continue
        source = page_lines((page / "source.html").read_text(encoding="utf-8", errors="replace"))
        expected = [x.text for x in page_lines((page / "expected.html").read_text(encoding="utf-8", errors="replace"))]
        if not _english(expected):
            continue
        meta = json.loads((page / "expected-metadata.json").read_text(encoding="utf-8"))
        texts = [x.text for x in source]
        article = _aligned(texts, expected)
        expected_text = " ".join(expected)
        title = " ".join((meta.get("title") or "").split()).casefold()
        byline = " ".join((meta.get("byline") or "").split()).casefold()
        excerpt = " ".join((meta.get("excerpt") or "").split()).casefold()
        roles: list[str | None] = []
        kinds: list[str | None] = []
        for k, line in enumerate(source):
            low = line.text.casefold()
            if k in article or (len(line.text) >= 25 and line.text in expected_text):
                role = {"li": "list", "td": "table", "pre": "table"}.get(line.tag, "body")
                roles.append(role)
                kinds.append("article-pre" if line.tag == "pre" else "article-list" if role != "body" else "article")
                continue
            if title and (low == title or (len(low) > 20 and (low in title or title in low))):
                role = "headline"
            elif len(byline) >= 4 and (low == byline or (len(low) <= 80 and byline in low)):
                role = "byline"
            elif excerpt and low == excerpt:
                role = "standfirst"
            else:
                role = "ui" if len(line.text.split()) <= 3 else "teaser"
            roles.append(role)
            kinds.append(role if role in ("ui", "teaser") else "meta")
        for k in _list_shaped(texts, [kind == "article" for kind in kinds]):
            roles[k], kinds[k] = "list", "article-list"
        yield Sample("readability-dev", page.name, page.name, texts, roles, kinds)


def _aligned(source: list[str], expected: list[str]) -> set[int]:
    """Positions of source lines matched, in order, to expected lines: a repeated short
    line (a heading also used as a menu entry) counts once, where the article has it."""
    a = [x.casefold() for x in source]
    b = [x.casefold() for x in expected]
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    out: set[int] = set()
    for block in matcher.get_matching_blocks():
        out.update(range(block.a, block.a + block.size))
    return out


# --- bbc-dev and polnear-dev ------------------------------------------------------------

_CREDIT_LINE = re.compile(
    r"contributed (?:reporting|to this (?:report|story))|^(?:additional )?reporting by|^editing by|^(?:h/t|hat tip)\b",
    re.IGNORECASE,
)


def _clean_roles(lines: list[str], deck: bool) -> list[str | None]:
    roles: list[str | None] = []
    for k, line in enumerate(lines):
        if not line.strip():
            roles.append(None)
        elif k == 0:
            roles.append("headline")
        elif k == 1 and deck:
            roles.append("standfirst")
        elif _CREDIT_LINE.search(line) and len(line.split()) <= 40:
            roles.append("byline")
        else:
            roles.append("body")
    return roles


def bbc_samples(corpus: Path) -> Iterator[Sample]:
    for path in sorted((corpus / "bbc-dev").glob("*/*.txt")):
        lines = path.read_text(encoding="utf-8", errors="replace").split("\n")
        roles = _clean_roles(lines, deck=False)
        name = f"{path.parent.name}/{path.stem}"
        yield Sample("bbc-dev", name, name, lines, roles, ["clean" if r else None for r in roles])


def _byline(author: str, key: str) -> str:
    names = [n.strip() for n in re.split(r",+|;", author) if n.strip()]
    text = " and ".join(names) if len(names) <= 2 else ", ".join(names[:-1]) + " and " + names[-1]
    if text.casefold().startswith("by "):
        return text
    # Bylines come with and without "By": half of each, by hash.
    return f"By {text}" if int(hashlib.sha256(key.encode()).hexdigest()[8:10], 16) % 2 else text


def polnear_samples(corpus: Path) -> Iterator[Sample]:
    root = corpus / "polnear-dev"
    meta: dict[str, dict[str, str]] = {}
    rows = (root / "metadata.tsv").read_text(encoding="utf-8").splitlines()
    head = rows[0].split("\t")
    for row in rows[1:]:
        values = dict(zip(head, row.split("\t")))
        meta[values["filename"]] = values
    for path in sorted((root / "text").glob("*.txt")):
        lines = path.read_text(encoding="utf-8", errors="replace").split("\n")
        info = meta.get(path.stem, {})
        deck = len(lines) > 1 and bool(lines[1].strip())
        roles = _clean_roles(lines, deck=deck)
        kinds: list[str | None] = ["clean" if r else None for r in roles]
        author = info.get("author", "None")
        if author not in ("", "None") and int(hashlib.sha256(path.stem.encode()).hexdigest()[:2], 16) % 2:
            at = 2 if deck else 1
            lines[at:at] = ["", _byline(author, path.stem)]
            roles[at:at] = [None, "byline"]
            kinds[at:at] = [None, "byline"]
            credit = info.get("credit", "None")
            if credit not in ("", "None"):
                lines += ["", credit]
                roles += [None, "byline"]
                kinds += [None, "byline"]
        yield Sample("polnear-dev", path.stem, path.stem, lines, roles, kinds)


def samples(corpus: Path) -> list[Sample]:
    """Every labelled document of the corpora found under ``corpus``."""
    out: list[Sample] = []
    loaders = (("aeb-dev", aeb_samples), ("readability-dev", readability_samples),
               ("bbc-dev", bbc_samples), ("polnear-dev", polnear_samples))
    for folder, loader in loaders:
        if (corpus / folder).is_dir():
            out.extend(loader(corpus))
        else:
            print(f"{corpus / folder} not found: skipped", file=sys.stderr)
    return out


def split(docs: list[Sample], write: bool = False) -> dict[str, list[Sample]]:
    """Fit and validation parts; ``write`` records the split in SPLIT_FILE."""
    parts: dict[str, list[Sample]] = {"fit": [], "validation": []}
    rows = set()
    for doc in docs:
        part = part_of(doc.corpus, doc.group)
        parts[part].append(doc)
        family = "aeb-dev" if doc.corpus.startswith("aeb-") else doc.corpus
        rows.add((family, doc.group, doc.name, part))
    if write:
        with open(SPLIT_FILE, "w", encoding="utf-8", newline="\n") as fh:
            fh.write("# corpus\tgroup\tdocument\tpart  (written by tools/train_line_model.py; rule in tools/line_data.py)\n")
            for row in sorted(rows):
                fh.write("\t".join(row) + "\n")
    return parts
