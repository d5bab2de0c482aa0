"""AI-content family: disclosure notices (NL501) and chatbot leakage (NL502)
inserted into real BBC articles, and sentences ABOUT AI that must stay clean.

The sentences are in benchmarks/data/ai_sentences.jsonl, one a line: ``batch``
(``dev``, then held-out ``A`` to ``Z``, each reported on its own rows),
``kind`` (``disclosure``, ``leakage``, ``about``, ``human``) and ``text``.  Every one was
written for this benchmark and none is an entry of the rules' data files, so
this measures the general signals, not the lists.  Which batches were tuned on
after their first run, and the first-run figures (also printed beside each
leakage row, from data/first_runs.tsv), are in benchmarks/RESULTS.md: expect
wordings never seen to do about as well as a batch's first run, not as its
current row.

Each sentence goes into a different article, at the top, in the middle as
its own paragraph, at the end, or appended to an existing paragraph; a hit
is a finding of the right rule on the line the sentence went to.  An
about-AI case (news about AI, political prose) or a human case (first-person
columns, letters, reader comments) is a false positive when the article gets
any NL501/NL502 finding; the rows also count error-level ones.  Batch H was
tuned on; batch I was first run after that tuning and never tuned on.
"""
from __future__ import annotations

import random
from pathlib import Path

from ..cases import by_batch, first_runs, texts
from ..common import bbc_articles, run_newslint
from ..figures import Row

# (batch, disclosures, leakage, about-AI sentences, human prose), in the data file's order.
BATCHES = [
    (batch, texts(kinds, "disclosure"), texts(kinds, "leakage"), texts(kinds, "about"), texts(kinds, "human"))
    for batch, kinds in by_batch("ai_sentences.jsonl").items()
]
NEGATIVE_KINDS = (("about", "about-AI"), ("human", "human prose"))
# The lines of a batch's validation half are counted, never printed: a row's
# detail must not show what may not be read while tuning.
HELD_BACK = frozenset(
    c["text"] for kinds in by_batch("ai_sentences.jsonl").values() for cases in kinds.values() for c in cases
    if c.get("round") == "validation"
)


def _shown(sentences: list[str]) -> list[str]:
    return [s if s not in HELD_BACK else "(a validation line)" for s in sentences]
# Leakage found and about-AI sentences flagged at each batch's first run.
FIRST_RUN = {batch: rows["leakage"] for batch, rows in first_runs("ai").items() if "leakage" in rows}

MODES = ("top", "middle", "end", "inline")


def insert(lines: list[str], sentence: str, mode: str, rng: random.Random) -> tuple[list[str], int]:
    """The article's lines with ``sentence`` put in; returns (lines, 1-based line)."""
    paras = [i for i, line in enumerate(lines) if i > 0 and line.strip()]
    if mode == "top":
        idx = 2
        return lines[:idx] + [sentence, ""] + lines[idx:], idx + 1
    if mode == "end":
        return lines + ["", sentence], len(lines) + 2
    if mode == "middle":
        idx = paras[len(paras) // 2]
        return lines[:idx] + [sentence, ""] + lines[idx:], idx + 1
    idx = paras[rng.randrange(len(paras))]
    out = list(lines)
    out[idx] = out[idx].rstrip() + " " + sentence
    return out, idx + 1


def run(corpus: Path, work: Path, rng: random.Random, smoke: bool) -> list[Row]:
    articles = bbc_articles(corpus)
    total = sum(len(d) + len(lk) + len(a) + len(h) for _, d, lk, a, h in BATCHES)
    # One article per sentence while the corpus lasts; reuse is harmless since
    # each case is its own file.
    picks = rng.sample(articles, min(total, len(articles)))
    picks += [articles[rng.randrange(len(articles))] for _ in range(total - len(picks))]
    cases: list[tuple[str, str, str, Path, int]] = []  # (batch, kind, sentence, file, line)
    n = 0
    for b, (batch, disc, leak, about, human) in enumerate(BATCHES):
        for kind, sentences in (("disclosure", disc), ("leakage", leak), ("about", about), ("human", human)):
            if smoke:
                sentences = sentences[:8]
            for i, sentence in enumerate(sentences):
                src = picks[n]
                n += 1
                lines = src.read_text(encoding="utf-8").splitlines()
                mode = "inline" if kind in ("about", "human") and i % 2 == 0 else MODES[i % len(MODES)]
                if kind == "leakage" and mode == "inline" and sentence.lstrip().startswith(("[", "*", "(", "#", "-")):
                    mode = "end"
                new, line = insert(lines, sentence, mode, rng)
                path = work / f"{b}-{kind}-{i:02d}.txt"
                path.write_text("\n".join(new) + "\n", encoding="utf-8")
                cases.append((batch, kind, sentence, path, line))
    out = run_newslint([c[3].name for c in cases], "--select", "NL501,NL502", cwd=work)
    found: dict[str, list[tuple[int, str]]] = {}
    errors: set[str] = set()
    for f in out["findings"]:
        found.setdefault(f["path"], []).append((f["line"], f["rule"]))
        if f["severity"] == "error":
            errors.add(f["path"])
    rows: list[Row] = []
    for batch, *_ in BATCHES:
        for kind, rule, label in (("disclosure", "NL501", "ai-disclosure"), ("leakage", "NL502", "chatbot-leakage")):
            mine = [c for c in cases if c[0] == batch and c[1] == kind]
            if not mine:
                continue
            missed = [c[2] for c in mine if (c[4], rule) not in found.get(c[3].name, [])]
            recall = 1 - len(missed) / len(mine)
            detail = "missed: " + " | ".join(_shown(missed[:6])) if missed else ""
            if kind == "leakage" and batch in FIRST_RUN:
                detail = f"[{FIRST_RUN[batch]}] {detail}"
            rows.append(Row("ai", f"{label} recall, {batch} ({len(mine)})", recall, ">= 0.90", recall >= 0.90, detail))
        for kind, label in NEGATIVE_KINDS:
            negatives = [c for c in cases if c[0] == batch and c[1] == kind]
            if not negatives:
                continue
            fp = [c[2] for c in negatives if found.get(c[3].name)]
            n_err = sum(1 for c in negatives if c[3].name in errors)
            rows.append(Row("ai", f"{label} with a finding, {batch} (of {len(negatives)})", float(len(fp)), "0",
                            not fp, f"{n_err} at error level; " * bool(fp) + " | ".join(_shown(fp[:6]))))
    return rows
