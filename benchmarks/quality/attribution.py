"""Attribution family on real BBC articles (which carry no bylines).

* NL401 missing-attribution: each sampled article is linted untouched
  (uncredited: the rule must fire), with an AI notice that names no source
  (still uncredited), and with a byline or credit added in one of many
  real-world forms, including Markdown front matter and a JSONL ``author``
  field (credited: the rule must stay quiet).
* NL402 unattributed-quote: a quotation paragraph inserted between two
  paragraphs that have no speech verb and no quotation, once bare
  (must be reported at that line) and once with a speaker in one of several
  forms (must not be).
* NL403 vague-attribution: vague sourcing inserted into articles must be
  reported; the same claims with a named source must not.
* Clean articles: NL402 + NL501 + NL502 findings per untouched article.

The inserted text is in benchmarks/data/attribution_cases.jsonl (``batch``,
``kind``: credit, uncredited, attributed, bare, vague, named; ``where`` for a
credit; ``text``) and the names, quotations and speakers it is filled in with in
attribution_fillers.tsv.  All of it was written for this benchmark; none of it
is an entry of the rules' data files.  The ``dev`` batch was tuned on; each
held-out batch (C, D, E) is scored form by form, in an article of its own, with
its first-run figures (data/first_runs.tsv) beside its rows; their history is in
benchmarks/RESULTS.md.
"""
from __future__ import annotations

import json
import random
import re
from pathlib import Path
from typing import Any

from ..cases import Case, by_batch, first_runs, read_tsv, texts
from ..common import bbc_articles, run_newslint
from ..figures import Row

_FILLERS = read_tsv("attribution_fillers.tsv")
NAMES = [text for kind, text in _FILLERS if kind == "name"]
QUOTES = [text for kind, text in _FILLERS if kind == "quote"]
SPEAKERS = [text for kind, text in _FILLERS if kind == "speaker"]

_BATCHES = by_batch("attribution_cases.jsonl")
_DEV = _BATCHES["dev"]
# (where, template): "top" goes after the headline, "end" after the last
# paragraph, "dateline" is prefixed to the first paragraph; "markdown" is a
# front-matter line and "jsonl" the name of a record field.
CREDITS = [(c["where"], c["text"]) for c in _DEV["credit"]]
# A notice that credits nobody: the article stays uncredited.
AI_NOTICE = texts(_DEV, "uncredited")[0]
ATTRIBUTED_FORMS = texts(_DEV, "attributed")
VAGUE = texts(_DEV, "vague")
NAMED = texts(_DEV, "named")
# First runs of each held-out batch, before any change it prompted.
FIRST_RUN = first_runs("attribution")

# "No speaker nearby" means no speech verb and no quotation in the
# neighbouring paragraphs (a broad list, independent of the rule's data).
SPEECH = re.compile(r"\b(say|says|said|saying|told|tell|tells|add|added|adds|adding|according|stat\w+|asked|asks"
                    r"|warn\w*|argu\w+|claim\w*|wr[io]te\w*|explain\w*|admit\w*|pointed out|insist\w*|not(?:ed|es)"
                    r"|remark\w*|repl\w+|respond\w*|stress\w*|quot\w+|spokes\w+|interview\w*)\b"
                    r"|[\"“”]", re.IGNORECASE)


def _paras(text: str) -> list[str]:
    return [p for p in text.split("\n\n") if p.strip()]


def _fill(template: str, rng: random.Random) -> str:
    name, name2 = rng.sample(NAMES, 2)
    first, last = name.split()[0], name.split()[-1].replace("'", "")
    return template.format(name=name, name2=name2, NAME=name.upper(), email=f"{first[0]}{last}@example.com".lower(),
                           handle=f"{first}{last}")


def _credited(text: str, where: str, template: str, rng: random.Random) -> tuple[str, str]:
    """(file suffix, content) of the article with a credit added."""
    paras = _paras(text)
    if where == "top":
        return ".txt", "\n\n".join([paras[0], _fill(template, rng)] + paras[1:]) + "\n"
    if where == "dateline":
        return ".txt", "\n\n".join([paras[0], template + paras[1]] + paras[2:]) + "\n"
    if where == "end":
        return ".txt", "\n\n".join(paras + [_fill(template, rng)]) + "\n"
    if where == "markdown":
        return ".md", f"---\ntitle: {paras[0]}\n{_fill(template, rng)}\n---\n" + "\n\n".join(paras) + "\n"
    record = {"title": paras[0], "text": "\n\n".join(paras[1:]), template: rng.choice(NAMES)}
    return ".jsonl", json.dumps(record) + "\n"


def _quote_case(text: str, quote: str, form: str | None, rng: random.Random) -> tuple[str, int] | None:
    """The article with a quotation paragraph inserted where neither
    neighbour has a speech verb or a quotation; (text, 1-based line)."""
    paras = _paras(text)
    spots = [i for i in range(2, len(paras)) if not SPEECH.search(paras[i - 1]) and not SPEECH.search(paras[i])]
    if not spots:
        return None
    i = rng.choice(spots)
    inline = [j for j in spots if j + 1 < len(paras) and not SPEECH.search(paras[j + 1])]
    if form is None and inline and rng.random() < 0.5:
        # Inside a paragraph of its own article text, at the end.
        j = rng.choice(inline)
        paras[j] = paras[j].rstrip() + f' "{quote}"'
        return "\n\n".join(paras) + "\n", 1 + sum(p.count("\n") + 2 for p in paras[:j])
    if form is None:
        insert = f'"{quote}"' if rng.random() < 0.5 else f"“{quote}”"
    else:
        name = rng.choice(NAMES)
        speaker = rng.choice(SPEAKERS).format(last=name.split()[-1], name=name)
        insert = form.format(
            q=quote, q_comma=quote[:-1] + ",", q_lower=quote[0].lower() + quote[1:],
            q2=QUOTES[(QUOTES.index(quote) + 1) % len(QUOTES)] if quote in QUOTES else quote,
            speaker=speaker, Speaker=speaker[0].upper() + speaker[1:],
        )
    new = paras[:i] + [insert] + paras[i:]
    line = 1 + sum(p.count("\n") + 2 for p in paras[:i])
    return "\n\n".join(new) + "\n", line


def _by_path(out: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    found: dict[str, list[dict[str, Any]]] = {}
    for f in out["findings"]:
        found.setdefault(f["path"], []).append(f)
    return found


def run(corpus: Path, work: Path, rng: random.Random, smoke: bool) -> list[Row]:
    articles = bbc_articles(corpus)
    rows: list[Row] = []

    # NL401 -------------------------------------------------------------
    sample = rng.sample(articles, 40 if smoke else 400)
    credited, uncredited = [], []
    for n, src in enumerate(sample):
        text = src.read_text(encoding="utf-8")
        kind = n % 4
        if kind == 0:
            name = f"plain-{n:03d}.txt"
            (work / name).write_text(text, encoding="utf-8")
            uncredited.append(name)
        elif kind == 1:
            name = f"ainotice-{n:03d}.txt"
            (work / name).write_text(text.rstrip("\n") + "\n\n" + AI_NOTICE + "\n", encoding="utf-8")
            uncredited.append(name)
        else:
            where, template = CREDITS[(n // 4 * 2 + kind - 2) % len(CREDITS)]
            suffix, content = _credited(text, where, template, rng)
            name = f"credit-{n:03d}{suffix}"
            (work / name).write_text(content, encoding="utf-8")
            credited.append((name, template))
    found = _by_path(run_newslint([*uncredited, *(c[0] for c in credited)], "--select", "NL401", cwd=work))
    ok_unc = sum(1 for name in uncredited if found.get(name))
    ok_cred = [c for c in credited if not found.get(c[0])]
    missed = sorted({c[1] for c in credited if found.get(c[0])})
    rows.append(Row("attribution", f"NL401 right on uncredited ({len(uncredited)})", ok_unc / len(uncredited),
                    ">= 0.95", ok_unc / len(uncredited) >= 0.95))
    rows.append(Row("attribution", f"NL401 right on credited ({len(credited)}, {len(CREDITS)} forms)",
                    len(ok_cred) / len(credited), ">= 0.95", len(ok_cred) / len(credited) >= 0.95,
                    "credit not seen: " + " | ".join(missed[:4]) if missed else ""))

    # NL402 -------------------------------------------------------------
    qsample = rng.sample(articles, 40 if smoke else 600)
    bare: list[tuple[str, int, None]] = []
    attributed: list[tuple[str, int, str]] = []
    for n, src in enumerate(qsample):
        quote = QUOTES[n % len(QUOTES)]
        form = None if n % 2 == 0 else ATTRIBUTED_FORMS[(n // 2) % len(ATTRIBUTED_FORMS)]
        case = _quote_case(src.read_text(encoding="utf-8"), quote, form, rng)
        if case is None:
            continue
        name = f"quote-{n:03d}.txt"
        (work / name).write_text(case[0], encoding="utf-8")
        if form is None:
            bare.append((name, case[1], form))
        else:
            attributed.append((name, case[1], form))
    found = _by_path(run_newslint([c[0] for c in [*bare, *attributed]], "--select", "NL402", cwd=work))
    hits = sum(1 for name, line, _ in bare if any(f["line"] == line for f in found.get(name, [])))
    false = [form for name, line, form in attributed if any(f["line"] in (line, line + 2) for f in found.get(name, []))]
    rows.append(Row("attribution", f"NL402 recall, quotes with no speaker ({len(bare)})", hits / len(bare),
                    ">= 0.90", hits / len(bare) >= 0.90))
    rows.append(Row("attribution", f"NL402 quiet on quotes with a speaker ({len(attributed)})",
                    1 - len(false) / len(attributed), ">= 0.95", 1 - len(false) / len(attributed) >= 0.95,
                    "flagged: " + " | ".join(sorted(set(false))[:3]) if false else ""))

    # NL403 -------------------------------------------------------------
    vsample = rng.sample(articles, len(VAGUE) + len(NAMED))
    vague: list[tuple[str, int, str]] = []
    named: list[tuple[str, int, str]] = []
    for n, src in enumerate(vsample):
        sentence = (VAGUE + NAMED)[n]
        paras = _paras(src.read_text(encoding="utf-8"))
        i = len(paras) // 2
        paras[i] = paras[i].rstrip() + " " + sentence
        name = f"vague-{n:03d}.txt"
        (work / name).write_text("\n\n".join(paras) + "\n", encoding="utf-8")
        line = 1 + sum(p.count("\n") + 2 for p in paras[:i])
        (vague if n < len(VAGUE) else named).append((name, line, sentence))
    found = _by_path(run_newslint([c[0] for c in vague + named], "--select", "NL403", cwd=work))
    # The host article may have its own vague sourcing on that line: only a
    # finding inside the inserted sentence counts.
    def hit(name: str, line: int, sentence: str) -> bool:
        text = (work / name).read_text(encoding="utf-8").split("\n")[line - 1]
        col = text.index(sentence) + 1
        return any(f["line"] == line and f["column"] >= col for f in found.get(name, []))

    vhits = [s for name, line, s in vague if hit(name, line, s)]
    nfalse = [s for name, line, s in named if hit(name, line, s)]
    vmissed = [s for _, _, s in vague if s not in vhits]
    rows.append(Row("attribution", f"NL403 recall, vague sourcing ({len(vague)})", len(vhits) / len(vague),
                    ">= 0.90", len(vhits) / len(vague) >= 0.90, "missed: " + " | ".join(vmissed[:3]) if vmissed else ""))
    rows.append(Row("attribution", f"NL403 findings on named sources (of {len(named)})", float(len(nfalse)),
                    "0", not nfalse, " | ".join(nfalse[:3])))

    # Clean articles ------------------------------------------------------
    clean = articles if not smoke else rng.sample(articles, 100)
    out = run_newslint([str(p) for p in clean], "--select", "NL402,NL501,NL502")
    per = len(out["findings"]) / len(clean)
    rows.append(Row("attribution", f"NL402+NL501+NL502 per clean BBC article ({len(clean)})", per, "<= 0.1",
                    per <= 0.1, json.dumps(out["summary"]["by_rule"])))
    for batch, given in _BATCHES.items():
        if batch != "dev":
            rows += _held_out(articles, work, batch, given)
    return rows


def _held_out(articles: list[Path], work: Path, batch: str, given: dict[str, list[Case]]) -> list[Row]:
    """One row per rule and polarity, each form in one article of its own; a
    separate generator keeps the batch from shifting the rows above."""
    credits = [(c["where"], c["text"]) for c in given.get("credit", [])]
    uncredited, vague, named = texts(given, "uncredited"), texts(given, "vague"), texts(given, "named")
    attributed, bare = texts(given, "attributed"), texts(given, "bare")
    rng = random.Random(batch)
    tag = batch.replace(" ", "-")
    first = FIRST_RUN.get(batch, {})
    rows: list[Row] = []
    cred, unc = [], []
    for n, (where, template) in enumerate(credits):
        suffix, content = _credited(rng.choice(articles).read_text(encoding="utf-8"), where, template, rng)
        name = f"{tag}-credit-{n:02d}{suffix}"
        (work / name).write_text(content, encoding="utf-8")
        cred.append((name, template))
    for n, notice in enumerate(uncredited):
        name = f"{tag}-uncredited-{n:02d}.txt"
        text = rng.choice(articles).read_text(encoding="utf-8").rstrip("\n")
        (work / name).write_text(text + "\n\n" + notice + "\n", encoding="utf-8")
        unc.append((name, notice))
    # A batch may hold no credit cases (F: sourcing and quotations only).
    found = _by_path(run_newslint([c[0] for c in cred + unc], "--select", "NL401", cwd=work)) if cred else {}
    missed = [t for name, t in cred if found.get(name)]
    quiet = [t for name, t in unc if not found.get(name)]
    rows += [] if not cred else [Row("attribution", f"NL401 credit forms recognised, {batch} (of {len(cred)})",
                    1 - len(missed) / len(cred), ">= 0.90", 1 - len(missed) / len(cred) >= 0.90,
                    f"[{first.get('credit', '')}] " + " | ".join(missed) if first else " | ".join(missed)),
                                     Row("attribution", f"NL401 silenced by a non-credit, {batch} (of {len(unc)})",
                                         float(len(quiet)), "0", not quiet, " | ".join(quiet))]

    quotes = []
    for n, form in enumerate(attributed + bare):
        for _ in range(20):
            case = _quote_case(rng.choice(articles).read_text(encoding="utf-8"), QUOTES[n % len(QUOTES)], form, rng)
            if case is not None:
                break
        assert case is not None, f"no article has a place for a quotation ({form})"
        name = f"{tag}-quote-{n:02d}.txt"
        (work / name).write_text(case[0], encoding="utf-8")
        quotes.append((name, case[1], form, n >= len(attributed)))
    # A batch may hold no quotations (H: sourcing only).
    found = _by_path(run_newslint([c[0] for c in quotes], "--select", "NL402", cwd=work)) if quotes else {}
    flagged = {name: {f["line"] for f in found.get(name, [])} for name, *_ in quotes}
    false = [form for name, line, form, b in quotes if not b and flagged[name] & {line, line + 2}]
    hits = [form for name, line, form, b in quotes if b and line in flagged[name]]
    n_att, n_bare = len(attributed), len(bare)
    if n_bare:
        rows.append(Row("attribution", f"NL402 recall, quotes with no speaker, {batch} ({n_bare})", len(hits) / n_bare,
                        ">= 0.90", len(hits) / n_bare >= 0.90,
                        f"[{first.get('bare', '')}] " + " | ".join(f for f in bare if f not in hits)[:200]))
    if n_att:
        rows.append(Row("attribution", f"NL402 quiet on quotes with a speaker, {batch} ({n_att})", 1 - len(false) / n_att,
                        ">= 0.95", 1 - len(false) / n_att >= 0.95, f"[{first.get('said', '')}] " + " | ".join(false)))

    cases = []
    for n, sentence in enumerate(vague + named):
        paras = _paras(rng.choice(articles).read_text(encoding="utf-8"))
        i = len(paras) // 2
        paras[i] = paras[i].rstrip() + " " + sentence
        name = f"{tag}-vague-{n:02d}.txt"
        (work / name).write_text("\n\n".join(paras) + "\n", encoding="utf-8")
        cases.append((name, 1 + sum(p.count("\n") + 2 for p in paras[:i]), sentence))
    found = _by_path(run_newslint([c[0] for c in cases], "--select", "NL403", cwd=work))

    def hit(name: str, line: int, sentence: str) -> bool:
        text = (work / name).read_text(encoding="utf-8").split("\n")[line - 1]
        col = text.index(sentence) + 1
        return any(f["line"] == line and f["column"] >= col for f in found.get(name, []))

    vmissed = [s for name, line, s in cases[: len(vague)] if not hit(name, line, s)]
    nfalse = [s for name, line, s in cases[len(vague):] if hit(name, line, s)]
    rows.append(Row("attribution", f"NL403 recall, vague sourcing, {batch} ({len(vague)})", 1 - len(vmissed) / len(vague),
                    ">= 0.90", 1 - len(vmissed) / len(vague) >= 0.90,
                    f"[{first.get('vague', '')}] missed: " + " | ".join(vmissed)))
    rows.append(Row("attribution", f"NL403 findings on named sources, {batch} (of {len(named)})", float(len(nfalse)),
                    "0", not nfalse, f"[{first.get('named', '')}] " + " | ".join(nfalse[:4])))
    return rows
