"""Typo family (NL101 typo): recall, first suggestion and false findings.

Cases: every misspelling of Peter Norvig's spelling test sets
(corpus/misspellings-dev/spell-testset*.txt, ``right: wrong1 wrong2``) is put
in place of its correct word at a random occurrence inside a real BBC dev
article (never the headline on line 1), keeping the occurrence's capital
letter.  One article copy per case, all linted in one run of the real CLI.
A case is found when an NL101 finding starts at the exact line:column; its
first suggestion is right when it equals the correct word (ignoring case).

Some misspellings are themselves common words (``contended`` for
``contented``, ``where`` for ``were``): a context-free checker cannot catch
those, so recall is also given over the non-word cases (misspellings below
Zipf 3.0, the rule's default ``max-zipf``).

Set NEWSLINT_BENCH_VERBOSE=1 to list the misses and false findings on stderr.

False findings: the untouched BBC dev articles, per 10,000 words, after
removing the genuine slips in the published text that we looked at and
verified (benchmarks/data/typo_genuine_slips.tsv).

Held-out rows, never used for tuning: 400 synthetic one-slip non-words
(doubled, dropped or swapped letter, neighbouring key; never the first
letter) put into the 80 AEB dev gold bodies, and every finding on the
untouched gold bodies (which hold no typo we know of) counted as false.
"""
from __future__ import annotations

import os
import random
import sys
from collections import defaultdict
from pathlib import Path

import regex

from ..cases import read_tsv
from ..common import bbc_articles, run_newslint
from ..figures import Row
from ..internals import near_keys, zipf

FAMILY = "typo"
_WORD = regex.compile(r"\p{L}+(?:['’]\p{L}+)*")
# A misspelling at least this frequent in the lexicon is a real word (the
# rule's default max-zipf): context-free checking cannot catch it.
REAL_WORD_ZIPF = 3.0

# Slips in the published BBC dev articles, each looked at in context and
# verified as a genuine typo: (file relative to bbc-dev/, the word as written).
GENUINE = frozenset((path, word) for path, word in read_tsv("typo_genuine_slips.tsv"))


def _load_pairs(folder: Path) -> list[tuple[str, str]]:
    pairs: list[tuple[str, str]] = []
    for path in sorted(folder.glob("spell-testset*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if ":" not in line:
                continue
            right, wrongs = line.split(":", 1)
            pairs.extend((right.strip(), w) for w in wrongs.split())
    return pairs


def _index(texts: list[str]) -> dict[str, list[tuple[int, int]]]:
    """lower-case word -> [(article, offset)], body text only (not line 1)."""
    index: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for i, text in enumerate(texts):
        body = text.find("\n") + 1 if "\n" in text else len(text)
        for m in _WORD.finditer(text, body):
            index[m.group().lower()].append((i, m.start()))
    return index


def _position(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    col = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, col


def _match_case(model: str, word: str) -> str:
    if model.isupper() and len(model) > 1:
        return word.upper()
    if model[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def run(corpus: Path, work: Path, rng: random.Random, smoke: bool) -> list[Row]:
    pairs = _load_pairs(corpus / "misspellings-dev")
    paths = bbc_articles(corpus)
    texts = [p.read_text(encoding="utf-8") for p in paths]
    index = _index(texts)

    missing_rights = sorted({r for r, _ in pairs if not index.get(r.lower())})
    usable = [(r, w) for r, w in pairs if index.get(r.lower())]
    skipped = len(pairs) - len(usable)
    if smoke:
        usable = rng.sample(usable, min(50, len(usable)))

    cases_dir = work / "cases"
    cases_dir.mkdir()
    cases: dict[str, tuple[str, str, int, int]] = {}
    shown: dict[str, str] = {}
    for n, (right, wrong) in enumerate(usable):
        art, offset = rng.choice(index[right.lower()])
        text = texts[art]
        model = text[offset : offset + len(right)]
        inserted = _match_case(model, wrong)
        new = text[:offset] + inserted + text[offset + len(right) :]
        line, col = _position(new, offset)
        name = f"{n:04d}.txt"
        (cases_dir / name).write_text(new, encoding="utf-8")
        cases[name] = (right, wrong, line, col)
        shown[name] = f"{paths[art].parent.name}/{paths[art].name}:{line}:{col} {inserted}"

    result = run_newslint([cases_dir], "--select", "typo")
    by_case: dict[str, dict[tuple[int, int], list[str]]] = defaultdict(dict)
    for f in result["findings"]:
        by_case[Path(f["path"]).name][(f["line"], f["column"])] = f.get("suggestions", [])

    found = right_first = 0
    nonword_total = nonword_found = 0
    missed: list[str] = []
    wrong_first: list[str] = []
    for name, (right, wrong, line, col) in sorted(cases.items()):
        hit = by_case.get(name, {}).get((line, col))
        nonword = zipf(wrong.lower()) < REAL_WORD_ZIPF
        nonword_total += nonword
        if hit is not None:
            found += 1
            nonword_found += nonword
            if hit and hit[0].lower() == right.lower():
                right_first += 1
            else:
                wrong_first.append(f"{wrong}->{right} got {'/'.join(hit[:3])}")
        else:
            missed.append(shown[name])
    total = len(cases)

    # False findings on the untouched articles.
    fp_paths = paths[:120] if smoke else paths
    clean = run_newslint(fp_paths, "--select", "typo")
    words = sum(len(_WORD.findall(texts[i])) for i in range(len(fp_paths)))
    base = corpus / "bbc-dev"
    false: list[str] = []
    genuine: list[str] = []
    for f in clean["findings"]:
        rel = Path(f["path"]).resolve().relative_to(base.resolve()).as_posix()
        text = texts[paths.index(base / rel)]
        word = _word_at(text, f["line"], f["column"])
        (genuine if (rel, word) in GENUINE else false).append(f"{rel}:{f['line']}:{f['column']} {word}")
    per_10k = len(false) / words * 10000 if words else 0.0

    if os.environ.get("NEWSLINT_BENCH_VERBOSE"):
        print("missed:", *missed, sep="\n  ", file=sys.stderr)
        print("wrong first suggestion:", *wrong_first, sep="\n  ", file=sys.stderr)
        print("false:", *false, sep="\n  ", file=sys.stderr)

    held_out = _held_out(corpus, work, 100 if smoke else 400)

    return [
        Row(FAMILY, "recall at exact line:col (all cases)", found / total, ">= 0.95", found / total >= 0.95,
            f"{found}/{total} cases; skipped {skipped} misspellings of {len(missing_rights)} right words "
            "found in no article"),
        Row(FAMILY, "recall at exact line:col (non-word cases)", nonword_found / max(nonword_total, 1),
            ">= 0.95", nonword_found / max(nonword_total, 1) >= 0.95,
            f"{nonword_found}/{nonword_total}; {total - nonword_total} misspellings are words "
            f"with Zipf >= {REAL_WORD_ZIPF}"),
        Row(FAMILY, "first suggestion right (all cases)", right_first / total, ">= 0.75",
            right_first / total >= 0.75, f"{right_first}/{total}"),
        Row(FAMILY, "false typo findings per 10k words (BBC dev)", per_10k, "<= 1.0", per_10k <= 1.0,
            f"{len(false)} false in {words} words of {len(fp_paths)} articles; "
            f"{len(genuine)} verified genuine slips not counted"),
        *held_out,
    ]


# Held-out check, never used for tuning: synthetic slips in the AEB dev gold
# bodies (other articles, other publishers, and slips that are not Norvig's).
_HELD_OUT_SEED = 20261122
_ALPHA = "abcdefghijklmnopqrstuvwxyz"


def _slip(word: str, rng: random.Random) -> str:
    """One typing slip anywhere but the first letter: a doubled letter, a
    dropped letter, two letters swapped, or a neighbouring key."""
    i = rng.randrange(1, len(word))
    kind = rng.randrange(4)
    if kind == 0:
        return word[:i] + word[i] + word[i:]
    if kind == 1:
        return word[:i] + word[i + 1 :]
    if kind == 2 and i + 1 < len(word):
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    near = sorted(near_keys(word[i])) or list(_ALPHA)
    return word[:i] + rng.choice(near) + word[i + 1 :]


def _held_out(corpus: Path, work: Path, n: int) -> list[Row]:
    rng = random.Random(_HELD_OUT_SEED)
    paths = sorted((corpus / "aeb-dev" / "gold").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in paths]
    spots = [
        (i, m.start(), m.group())
        for i, text in enumerate(texts)
        for m in _WORD.finditer(text)
        if len(m.group()) >= 5 and m.group().isascii() and m.group().isalpha() and m.group().islower()
    ]
    folder = work / "held-out"
    folder.mkdir()
    cases: dict[str, tuple[int, int]] = {}
    for n_case in range(n):
        while True:
            art, offset, word = rng.choice(spots)
            wrong = _slip(word, rng)
            # A slip that makes another word cannot be caught without context.
            if wrong != word and zipf(wrong) < REAL_WORD_ZIPF:
                break
        new = texts[art][:offset] + wrong + texts[art][offset + len(word) :]
        name = f"{n_case:04d}.txt"
        (folder / name).write_text(new, encoding="utf-8")
        cases[name] = _position(new, offset)
    result = run_newslint([folder], "--select", "typo")
    hits = {(Path(f["path"]).name, f["line"], f["column"]) for f in result["findings"]}
    found = sum((name, *pos) in hits for name, pos in cases.items())

    clean = run_newslint(paths, "--select", "typo")
    words = sum(len(_WORD.findall(t)) for t in texts)
    false = len(clean["findings"])
    return [
        Row(FAMILY, "held-out recall: one-slip non-words in AEB bodies", found / n, "(report)", True,
            f"{found}/{n} slips (doubled, dropped, swapped letter, neighbouring key; not the first letter)"),
        Row(FAMILY, "held-out false findings per 10k words (AEB bodies)", false / words * 10000, "<= 1.0",
            false / words * 10000 <= 1.0, f"{false} findings in {words} words of {len(paths)} gold bodies"),
    ]


def _word_at(text: str, line: int, column: int) -> str:
    lines = text.split("\n")
    m = _WORD.match(lines[line - 1], column - 1)
    return m.group() if m else ""
