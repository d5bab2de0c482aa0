"""NL303 markup-residue on real bbc-dev text with residue inserted at known places.

Each case is one bbc-dev article with one defect put into one paragraph:
a sentence decoded with the wrong codec (UTF-8 bytes read as cp1252 or
Latin-1), an HTML entity, an HTML tag, a U+FFFD, or an invisible character
(zero-width space or joiner, soft hyphen, BOM, bidi control).  A case is
detected when NL303 reports a finding overlapping the defect.  Legit cases put
`AT&T`, `R&D`, `a < b`, `café`, emoji and non-Latin words into the text: any
NL303 finding on them is a false positive.
"""
from __future__ import annotations

import random
import re
from collections import Counter
from pathlib import Path
from typing import Any

from ..cases import read_jsonl
from ..common import bbc_articles, run_newslint
from ..figures import Row

FAMILY = "markup (NL303)"
# What is put into the text (benchmarks/data/markup_inserts.jsonl): HTML
# entities with the character they stand for, tags, invisible characters, and
# legitimate lines (AT&T, café, emoji) that must stay clean.
_INSERTS = read_jsonl("markup_inserts.jsonl")
ENTITIES = [(c["char"], c["text"]) for c in _INSERTS if c["kind"] == "entity"]
TAGS = [c["text"] for c in _INSERTS if c["kind"] == "tag"]
INVISIBLE = [c["text"] for c in _INSERTS if c["kind"] == "invisible"]
LEGIT = [c["text"] for c in _INSERTS if c["kind"] == "legit"]
_WORD = re.compile(r"\b[a-z]{6,}\b")


def _paragraph_lines(text: str) -> list[int]:
    lines = text.split("\n")
    return [i for i, line in enumerate(lines) if i > 0 and len(line.split()) >= 15]


def _make_case(text: str, kind: str, rng: random.Random) -> tuple[str, int, int, int, str] | None:
    """(new text, line index, start col, end col (0-based, exclusive), expected fix)."""
    lines = text.split("\n")
    candidates = _paragraph_lines(text)
    if not candidates:
        return None
    i = rng.choice(candidates)
    line = lines[i]
    if kind in ("cp1252", "latin-1"):
        # A sentence needs a non-ASCII character to show the wrong decode.
        words = line.split(" ")
        k = rng.randrange(1, len(words) - 1)
        fragment_words = words[k : k + 6]
        original = " ".join(fragment_words)
        original = original.replace("'", "’", 1) if "'" in original else original + " – " + rng.choice(["café", "£5m", "naïve", "“quoted”"])
        try:
            bad = original.encode("utf-8").decode(kind)
        except UnicodeDecodeError:
            return None
        before = " ".join(words[:k]) + " "
        new_line = before + bad + " " + " ".join(words[k + 6 :])
        start = len(before)
        # the defect is the changed stretch only
        first = next(j for j, (a, b) in enumerate(zip(original, bad)) if a != b)
        end_bad = len(bad) - next(j for j, (a, b) in enumerate(zip(reversed(original), reversed(bad))) if a != b)
        span = (start + first, start + end_bad)
        fix = original
    elif kind == "entity":
        char, entity = rng.choice(ENTITIES)
        pos = [m.start() for m in re.finditer(re.escape(char), line)] if char in line else []
        if pos:
            p = rng.choice(pos)
            new_line = line[:p] + entity + line[p + 1 :]
        else:
            p = line.rfind(" ", 0, len(line) // 2) + 1
            new_line = line[:p] + entity + " " + line[p:]
        span = (p, p + len(entity))
        fix = char
    elif kind == "tag":
        tag = rng.choice(TAGS)
        p = line.find(". ") + 2 if ". " in line else 0
        new_line = line[:p] + tag + line[p:]
        span = (p, p + len(tag))
        fix = ""
    elif kind == "fffd":
        m = rng.choice(list(_WORD.finditer(line)) or [None])
        if m is None:
            return None
        p = m.start() + 2
        new_line = line[:p] + "\ufffd" + line[p + 1 :]
        span = (p, p + 1)
        fix = ""
    else:  # invisible
        ch = rng.choice(INVISIBLE)
        m = rng.choice(list(_WORD.finditer(line)) or [None])
        if m is None:
            return None
        p = m.start() + 3
        new_line = line[:p] + ch + line[p:]
        span = (p, p + 1)
        fix = ""
    lines[i] = new_line
    return "\n".join(lines), i, span[0], span[1], fix


def run(corpus: Path, work: Path, rng: random.Random, smoke: bool) -> list[Row]:
    articles = bbc_articles(corpus)
    n_cases = 60 if smoke else 400
    kinds = ["cp1252", "latin-1", "entity", "tag", "fffd", "invisible"]
    cases: dict[str, tuple[str, int, int, int, str]] = {}
    sources: dict[str, Path] = {}
    (work / "cases").mkdir()
    (work / "legit").mkdir()
    attempts = 0
    while len(cases) < n_cases and attempts < n_cases * 5:
        attempts += 1
        kind = kinds[len(cases) % len(kinds)]
        source = rng.choice(articles)
        made = _make_case(source.read_text(encoding="utf-8"), kind, rng)
        if made is None:
            continue
        text, line, c1, c2, fix = made
        name = f"{len(cases):04d}_{kind}.txt"
        (work / "cases" / name).write_text(text, encoding="utf-8")
        cases[name] = (kind, line + 1, c1 + 1, c2 + 1, fix)
        sources[name] = source
    legit_lines: dict[str, int] = {}
    for k in range(60 if smoke else 200):
        source = rng.choice(articles)
        lines = source.read_text(encoding="utf-8").split("\n")
        where = rng.choice(_paragraph_lines("\n".join(lines)) or [len(lines) - 1])
        lines.insert(where + 1, rng.choice(LEGIT))
        name = f"{k:04d}_legit.txt"
        (work / "legit" / name).write_text("\n".join(lines), encoding="utf-8")
        legit_lines[name] = where + 2
        sources[name] = source

    result = run_newslint([work / "cases", work / "legit"], "--select", "NL303")
    by_file: dict[str, list[dict[str, Any]]] = {}
    for f in result["findings"]:
        by_file.setdefault(Path(f["path"]).name, []).append(f)

    found: Counter[str] = Counter()
    total: Counter[str] = Counter()
    fixed = fixable = 0
    for name, (kind, line, c1, c2, fix) in cases.items():
        total[kind] += 1
        hits = [
            f for f in by_file.get(name, [])
            if f["line"] == line and f["column"] < c2 and c1 < f["end_column"] and f["end_line"] == line
        ]
        if hits:
            found[kind] += 1
        if kind in ("cp1252", "latin-1", "entity"):
            fixable += 1
            if any(fix in "".join(f["suggestions"]) or any(s and s in fix for s in f["suggestions"]) for f in hits):
                fixed += 1
    rows = []
    n = sum(total.values())
    rate = sum(found.values()) / n if n else 0.0
    rows.append(Row(FAMILY, f"inserted residue found at its place ({n})", rate, ">= 0.95", rate >= 0.95))
    for kind in kinds:
        r = found[kind] / total[kind] if total[kind] else 0.0
        rows.append(Row(FAMILY, f"  {kind}", r, "", True, f"{found[kind]}/{total[kind]}"))
    r = fixed / fixable if fixable else 0.0
    rows.append(Row(FAMILY, "mojibake/entity: right repair suggested, info", r, "", True, f"{fixed}/{fixable}"))
    legit_fp = sum(
        1 for name, line in legit_lines.items() for f in by_file.get(name, []) if f["line"] == line
    )
    rows.append(Row(FAMILY, f"findings on legit AT&T/R&D/café/emoji lines ({len(legit_lines)})", float(legit_fp), "0", legit_fp == 0))
    other = sum(len(v) for k, v in by_file.items() if k.endswith("_legit.txt")) - legit_fp
    other += sum(
        1 for name, (kind, line, c1, c2, fix) in cases.items() for f in by_file.get(name, [])
        if not (f["line"] == line and f["column"] < c2 and c1 < f["end_column"])
    )
    # bbc-dev itself holds a few genuine entities (`&#233;`): not false alarms.
    used = sorted(set(sources.values()))
    genuine = Counter(Path(f["path"]).as_posix() for f in run_newslint(used, "--select", "NL303")["findings"])
    already = sum(genuine[p.as_posix()] for p in sources.values())
    rows.append(Row(FAMILY, "findings elsewhere, beyond the source's own residue", float(other - already), "0",
                    other - already == 0, f"{other} elsewhere, {already} already in the bbc-dev source"))
    return rows
