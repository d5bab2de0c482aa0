"""Write benchmarks/data/aeb_labels.tsv: a label for every non-gold line of the
aeb-dev extractor outputs (page_id, extractor, line, label; never the text).

    python -m tools.label_aeb [--corpus DIR] [--show LABEL]    # from the repository root

It shares the file's format and the gold-line test with the benchmark that reads
it (benchmarks/aeb.py), hence ``-m`` from the root, where ``benchmarks`` imports.

Labels: ``ui`` interface furniture, ``teaser`` other articles' teasers and
links, ``meta`` this article's own metadata (headline, byline, date, captions,
credits, author bio), ``text`` article text in another format.  Lines that are
in the gold body are not written: the benchmark recomputes them from gold.

The labeller is deliberately independent of newslint's rules: it uses what the
rules cannot see -- the gold body, the page <title> (html-text's first line)
and word overlap with the article -- plus simple byline/date/credit patterns,
and the label of every line was then spot-checked by reading samples
(``--show LABEL`` prints them); OVERRIDES records the corrections.
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

try:
    from benchmarks.aeb import EXTRACTORS, LABELS, has_word, is_gold, norm
    from benchmarks.common import corpus_dir
except ModuleNotFoundError as exc:  # run as a script: the repository root is not on the path
    sys.exit(f"{exc}: run `python -m tools.label_aeb` from the repository root")

_WORD = re.compile(r"[^\W\d_]{3,}")
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_META = re.compile(
    r"^(?:by |written by|photo|image|credit|source:|getty|©|\(c\)|copyright|published|updated|posted|"
    r"last updated|first published|contributed|additional reporting|reporting by|editing by|"
    r"this (?:article|story) (?:was|originally)|originally published)"
    r"|\b(?:getty images|associated press|reuters|afp|shutterstock|\(image:|\(photo:|photograph:|"
    r"\(credit:|staff writer|contributed reporting|\| bloomberg|/ ap\b|, ap$|file photo)"
    rf"|^{_MONTH} \d{{1,2}},? \d{{4}}|\b\d{{1,2}}:\d\d ?(?:am|pm|a\.m\.|p\.m\.)?\b.*\b(?:20\d\d|et|est|pst|gmt|bst)\b"
    rf"|^\w+day,? {_MONTH} \d|^\d{{1,2}} {_MONTH} 20\d\d",
    re.IGNORECASE,
)


def words(text: str) -> list[str]:
    return [w.casefold() for w in _WORD.findall(text)]


def title_of(corpus: Path, page: str) -> str:
    """The headline, from the page <title> (html-text's first line) minus the site name."""
    path = corpus / "extracted" / "html-text" / f"{page}.txt"
    if not path.exists():
        return ""
    first = norm(path.read_text(encoding="utf-8").split("\n", 1)[0])
    return norm(re.split(r" (?:\||-|–|—|::) (?!.* (?:\||-|–|—) .{0,20}$)", first)[0]).casefold()


_BULLET = re.compile(r"^(?:[-•*·–]|\d{1,2}[.)])\s+|\s*\|$")


def label(line: str, title: str, gold_words: set[str], gold_text: str) -> str:
    low = line.casefold()
    ws = words(line)
    # List items and table rows: gold keeps their text without the bullet or cell rule.
    bare = _BULLET.sub("", line)
    if bare != line:
        if bare in gold_text:
            return "text"
        bws = words(bare)
        if bws and sum(w in gold_words for w in bws) / len(bws) >= 0.6:
            return "text"
    if title and (low == title or (len(low) > 20 and (low in title or title in low))):
        return "meta"
    if _META.search(line) and len(ws) <= 40:
        return "meta"
    if line.startswith("|") and line.endswith("|"):
        return "text"  # a table cell
    # A teaser of a related story shares the topic's words, so only long lines
    # made almost entirely of the article's own words count as its text.
    if len(ws) >= 12:
        overlap = sum(w in gold_words for w in ws) / len(ws)
        if overlap >= 0.9:
            return "text"
    return "ui" if len(line.split()) <= 3 else "teaser"


# (page, extractor, line) -> label: corrections made while reading samples.
_REVIEWED = {
    # captions, standfirsts, bylines and headlines the patterns above miss
    "meta": {
        "05844573ca7e1fba": {"readability": [3, 7, 11, 18, 22]},
        "374ac9a59a85196c": {"readability": [1], "goose3": [1]},
        "3c5bf8db4272925b": {"readability": [17]},
        "65bf3048b500bbd8": {"readability": [1, 9, 22, 29, 34, 54, 70, 82, 90, 104, 113, 125],
                             "trafilatura": [1, 11, 16, 21, 35, 48, 56, 61, 71, 81, 91]},
        "776a1c046798b474": {"readability": [1, 3], "trafilatura": [1], "goose3": [1]},
        "851498a2b9f4f0b5": {"readability": [1, 31]},
        "aec5deeaada8b2fb": {"readability": [3, 7, 9, 13, 15]},
        "c00962aabe7bdd1f": {"readability": [1], "trafilatura": [1], "goose3": [1]},
        "db6b0816c612296c": {"readability": [3, 7, 11, 16, 20]},
        "e1c7023ee2148901": {"readability": [1, 13, 23, 25], "goose3": [18, 19]},
        "ecb46e3e489d2aac": {"readability": [25, 29, 34, 38], "trafilatura": [2]},
        "f81c6c05d9cbc933": {"readability": [1]},
        "d1c57d7821e5a5b2": {"readability": [15]},
        "1f765c48780665e8": {"readability": [1]},
        "55bb6340e3d7dd86": {"readability": [1], "goose3": [1]},
        "042bb7b5fedab6ea": {"trafilatura": [2]},
        "08f793762792bd25": {"trafilatura": [2]},
        "63db31a161b3c5b6": {"trafilatura": [1]},
        "7a664e40d256470f": {"readability": [11, 19, 29, 39, 53, 63], "trafilatura": [1]},
        "9a440270bf8625d5": {"trafilatura": [2]},
        "3d8f3404cf975af8": {"goose3": [1]},
        "432362af0be43f6d": {"goose3": [1]},
        "921019755f4a96ac": {"goose3": [1]},
        "c69e539d689a8335": {"readability": [13, 14], "trafilatura": [7, 8]},
        "5ae11e580afc12d3": {"trafilatura": [10, 11]},
        "680c2848e94a96f9": {"trafilatura": [5, 10, 12, 16, 19, 26, 28, 32, 34, 36]},
    },
    # lists and tables of the article itself
    "text": {
        "33fe2471fd553c65": {"readability": [23, 25, 27, 29], "trafilatura": [14, 15, 16, 17],
                             "goose3": [25]},
        "bd673bd7988144f0": {"goose3": [23]},
        "c582d3b772578e8f": {"trafilatura": [32]},
        # the gold line `... It's Complicated [ Bloomberg ]` without the spaces in the brackets
        "55bb6340e3d7dd86": {"goose3": [27], "trafilatura": [15]},
        # a paragraph whose links the extractor split onto lines of their own
        "d605bdef2cde7308": {"readability": [3, 7, 9, 13, 15, 21, 23, 37, 39]},
    },
    # related-story lists written as bullets
    "teaser": {
        "3c5bf8db4272925b": {"trafilatura": [14, 15, 16], "goose3": [26]},
    },
}
# Gold lines that are page furniture all the same: the annotators kept them in
# the body, but no editor would publish them as the article.  (page, extractor,
# line) -> (label, reason code).  The benchmark reports the false-alarm rate on
# gold lines both raw and with these lines left out; recall never counts them.
# Reason codes: copyright (a site's copyright notice), newsletter (a sign-up
# prompt), call-to-action (a download/click button), related-links (a widget of
# links to other stories), credit (a syndication or wire credit line).
_GOLD_REVIEWED: dict[tuple[str, str], dict[str, dict[str, list[int]]]] = {
    ("ui", "copyright"): {
        "c467d507551a836e": {"readability": [9], "trafilatura": [5], "html-text": [134]},
        "f344ca5fb36e130f": {"trafilatura": [9], "html-text": [131]},
    },
    ("ui", "newsletter"): {
        "fde930b01859de83": {"readability": [20], "trafilatura": [25, 50, 75], "html-text": [49]},
    },
    ("ui", "call-to-action"): {
        "a860fb5eda1ac75d": {"readability": [11, 31], "trafilatura": [8, 20], "goose3": [6, 23],
                             "html-text": [98, 124]},
    },
    ("teaser", "related-links"): {
        "06ee193de4bd611f": {"html-text": [63, 65, 66]},
    },
    ("meta", "credit"): {
        "3c5bf8db4272925b": {"readability": [29], "trafilatura": [17], "html-text": [75]},
        "e1c7023ee2148901": {"html-text": [96]},
        "432362af0be43f6d": {"readability": [15], "trafilatura": [8], "html-text": [119]},
    },
}
GOLD_OVERRIDES: dict[tuple[str, str, int], tuple[str, str]] = {
    (page, extractor, number): key
    for key, pages in _GOLD_REVIEWED.items()
    for page, by_extractor in pages.items()
    for extractor, numbers in by_extractor.items()
    for number in numbers
}
OVERRIDES: dict[tuple[str, str, int], str] = {
    (page, extractor, number): lab
    for lab, pages in _REVIEWED.items()
    for page, by_extractor in pages.items()
    for extractor, numbers in by_extractor.items()
    for number in numbers
}


def build(corpus: Path) -> list[tuple]:
    """Label rows (page, extractor, line, label), then the reviewed gold lines
    (page, extractor, line, label, reason)."""
    rows: list[tuple] = []
    gold_rows: list[tuple] = []
    for extractor in EXTRACTORS:
        for path in sorted((corpus / "extracted" / extractor).glob("*.txt")):
            page = path.stem
            gold = (corpus / "gold" / path.name).read_text(encoding="utf-8")
            gold_lines = {norm(x) for x in gold.splitlines() if x.strip()}
            gold_text = norm(gold)
            gold_words = set(words(gold))
            title = title_of(corpus, page)
            for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                line = norm(raw)
                if not has_word(line):
                    continue
                if is_gold(line, gold_lines, gold_text):
                    if (page, extractor, number) in GOLD_OVERRIDES:
                        gold_rows.append((page, extractor, number, *GOLD_OVERRIDES[page, extractor, number]))
                    continue
                lab = OVERRIDES.get((page, extractor, number)) or label(line, title, gold_words, gold_text)
                if extractor == "html-text" and number == 1:
                    lab = "meta"  # the page <title>
                rows.append((page, extractor, number, lab))
    return rows + gold_rows


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--corpus", type=Path, default=None)
    p.add_argument("--show", metavar="LABEL", help="print the lines given LABEL, for review")
    args = p.parse_args(argv)
    corpus = (args.corpus or corpus_dir()) / "aeb-dev"
    rows = build(corpus)
    if args.show:
        for page, extractor, number, lab, *_ in rows:
            if lab == args.show:
                text = (corpus / "extracted" / extractor / f"{page}.txt").read_text(encoding="utf-8")
                print(page, extractor, number, norm(text.splitlines()[number - 1])[:140], sep="\t")
        return 0
    with open(LABELS, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("# page_id\textractor\tline\tlabel  (written by tools/label_aeb.py)\n")
        fh.write("# a fifth column (reason) marks a gold line reviewed as furniture: see GOLD_OVERRIDES\n")
        for row in rows:
            fh.write("\t".join(map(str, row)) + "\n")
    counts: dict[tuple[str, str], int] = {}
    for _, extractor, _, lab, *reason in rows:
        lab = f"gold>{lab}" if reason else lab
        counts[extractor, lab] = counts.get((extractor, lab), 0) + 1
    for key in sorted(counts):
        print(*key, counts[key], sep="\t")
    return 0


if __name__ == "__main__":
    sys.exit(main())
