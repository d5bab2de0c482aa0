"""Rebuild newslint/data/typo_context.json.gz, the evidence of NL103 real-word.

    NEWSLINT_CORPUS=/path/to/corpus python tools/build_typo_context.py [--no-gmeg] [--out PATH]

Counts neighbouring-token pairs in edited text: the fit part of bbc-dev
(every article whose path is in the fit part, benchmarks/typo_realworld.py's
split), the fit part of polnear-dev (edited US political news, split as in
benchmarks/polnear.py; the typo benchmarks never read it) and the corrected side of gmeg-dev's fit part (its first reference
for every fit sentence, detokenised as the benchmark does).  Validation
items are never read.  ``--no-gmeg`` leaves gmeg-dev out (to see how much of
the fit figure is the fit sentences' own corrections).

The confusion sets are made here too: two words are confusable when they
are one edit apart (a letter or apostrophe inserted, dropped, changed, or two
neighbours swapped), both at least MIN_ZIPF in the typo rule's lexicon
(wordfreq's large English list) and accepted in lower case by its en_US or
en_GB dictionary (so ``jan`` and ``dan`` are names, not words), and the intended one seen at least
MIN_COUNT times in the counted text (so there is evidence to weigh).  Only
pairs whose words are in some confusion set are kept, so the file stays small.
"""
from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.polnear import part as polnear_part  # noqa: E402
from benchmarks.typo_realworld import corpus_dir, detokenise, part  # noqa: E402
from newslint.rules.typos.context import BOUNDARY, DATA_FILE, tokens  # noqa: E402
from newslint.rules.typos.lexicon import zipf  # noqa: E402
from newslint.rules.typos.spelling import spelled_right  # noqa: E402

MIN_ZIPF = 3.0      # both words of a confusion set at least this frequent in the lexicon
MIN_COUNT = 5       # the intended word seen this often in the counted text
MIN_LENGTH = 2      # single letters ("s", "o") are left to other rules ...
ONE_LETTER = {"a"}  # ... except the article (a/an is a commonest real-word slip)
_LETTERS = "abcdefghijklmnopqrstuvwxyz'"


def texts(corpus: Path, with_gmeg: bool, with_polnear: bool) -> list[str]:
    out = []
    base = corpus / "bbc-dev"
    for path in sorted(base.glob("*/*.txt")):
        if part(path.relative_to(base).as_posix()) == "fit":
            out.append(path.read_text(encoding="utf-8"))
    if with_polnear:
        for path in sorted((corpus / "polnear-dev" / "text").glob("*.txt")):
            if polnear_part(path.stem) == "fit":
                out.append(path.read_text(encoding="utf-8"))
    if with_gmeg:
        ref = (corpus / "gmeg-dev" / "ref0").read_text(encoding="utf-8").split("\n")
        for n, line in enumerate(ref, start=1):
            if line.strip() and part(f"gmeg:{n}") == "fit":
                out.append(detokenise(line.split())[0])
    return out


def edits1(word: str) -> set[str]:
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    out = {a + b[1:] for a, b in splits if b}
    out |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    out |= {a + c + b[1:] for a, b in splits if b for c in _LETTERS}
    out |= {a + c + b for a, b in splits for c in _LETTERS}
    out.discard(word)
    return {w for w in out if w and w[0] != "'" and w[-1] != "'" and "''" not in w}


def build(corpus: Path, with_gmeg: bool, with_polnear: bool = True) -> dict:
    unigrams: Counter = Counter()
    bigrams: Counter = Counter()
    for text in texts(corpus, with_gmeg, with_polnear):
        seq = [t.norm for t in tokens(text)] + [BOUNDARY]
        unigrams.update(seq)
        bigrams.update(zip(seq, seq[1:]))
    confusions: dict[str, list[str]] = {}
    candidates = {w for w in unigrams if (len(w) >= MIN_LENGTH or w in ONE_LETTER) and w[0].isalpha()
                  and zipf(w) >= MIN_ZIPF and spelled_right(w)}
    intended = {w for w in candidates if unigrams[w] >= MIN_COUNT}
    for w in sorted(candidates):
        partners = sorted(c for c in edits1(w) if c in intended)
        if partners:
            confusions[w] = partners
    # a/an by the next word's first two letters (its sound, roughly): the
    # back-off when the word itself was never seen after either article.
    articles: dict[str, list[int]] = {}
    for (a, b), n in bigrams.items():
        if a in ("a", "an") and b.isalpha() and len(b) > 1:
            articles.setdefault(b[:2], [0, 0])[a == "an"] += n
    members = set(confusions) | {c for cs in confusions.values() for c in cs}
    kept = {f"{a} {b}": n for (a, b), n in sorted(bigrams.items()) if a in members or b in members}
    return {
        "about": "NL103 real-word evidence; rebuilt by tools/build_typo_context.py (counts from the fit parts of "
                 "bbc-dev, polnear-dev and gmeg-dev's first reference); do not edit by hand",
        "unigrams": dict(sorted(unigrams.items())),
        "bigrams": kept,
        "confusions": confusions,
        "articles": dict(sorted(articles.items())),
    }


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--no-gmeg", action="store_true", help="count bbc-dev's fit part only")
    p.add_argument("--no-polnear", action="store_true", help="leave polnear-dev out")
    p.add_argument("--out", type=Path, default=ROOT / "newslint" / "data" / DATA_FILE)
    args = p.parse_args(argv)
    data = build(corpus_dir(), not args.no_gmeg, not args.no_polnear)
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"
    # mtime=0: the same counts give the same bytes.
    args.out.write_bytes(gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0))
    print(f"{args.out}: {len(data['unigrams'])} words, {len(data['bigrams'])} pairs, "
          f"{len(data['confusions'])} confusable words")
    return 0


if __name__ == "__main__":
    sys.exit(main())
