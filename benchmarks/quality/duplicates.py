"""duplicate-line: recall on duplicates inserted into real BBC articles, and
false findings per clean article.

Cases, per sampled bbc-dev article:
  caption   the first sentence of a paragraph of another article inserted twice, as its own
            lines, at a random paragraph break (a caption scraped twice);
  paragraph a random paragraph repeated at a later paragraph break.
The finding must be on the second copy (its line, column 1).
"""
from __future__ import annotations

import random
from pathlib import Path

import regex

from ..common import bbc_articles, run_newslint
from ..figures import Row

_FIRST_SENTENCE = regex.compile(r"^.+?[.!?](?=\s|$)")


def run(corpus: Path, work: Path, rng: random.Random, smoke: bool) -> list[Row]:
    articles = bbc_articles(corpus)
    sample = rng.sample(articles, 40 if smoke else 300)
    expected: dict[str, tuple[int, str]] = {}
    for i, src in enumerate(sample):
        text = src.read_text(encoding="utf-8")
        paras = [p for p in text.split("\n\n")]
        if len(paras) < 4:
            continue
        kind = "caption" if i % 2 == 0 else "paragraph"
        if kind == "caption":
            # Taken from another article, so the only duplicate is the one made here.
            donor = [p for p in rng.choice(articles).read_text(encoding="utf-8").split("\n\n")[1:] if p.strip()]
            m = _FIRST_SENTENCE.match(rng.choice(donor).strip()) if donor else None
            if not m:
                continue
            caption = m.group(0)
            at = rng.randrange(1, len(paras))
            new = paras[:at] + [f"{caption}\n{caption}"] + paras[at:]
            second_line = sum(p.count("\n") + 1 for p in new[:at]) + at + 1 + 1
        else:
            k = rng.randrange(1, len(paras) - 1)
            at = rng.randrange(k + 1, len(paras) + 1)
            new = paras[:at] + [paras[k]] + paras[at:]
            second_line = sum(p.count("\n") + 1 for p in new[:at]) + at + 1
        name = f"{kind}-{i:03d}.txt"
        (work / name).write_text("\n\n".join(new), encoding="utf-8")
        expected[name] = (second_line, kind)

    result = run_newslint([work], "--select", "duplicate-line")
    found: dict[str, list[int]] = {}
    for f in result["findings"]:
        found.setdefault(Path(f["path"]).name, []).append(f["line"])
    hits = {"caption": [0, 0], "paragraph": [0, 0]}
    extra = 0
    for name, (line, kind) in expected.items():
        lines = found.get(name, [])
        hits[kind][1] += 1
        if line in lines:
            hits[kind][0] += 1
        extra += len([x for x in lines if x != line])

    clean = run_newslint([p for p in articles], "--select", "duplicate-line")
    false_clean = len(clean["findings"])
    rows = []
    total_hit = sum(h[0] for h in hits.values())
    total = sum(h[1] for h in hits.values())
    rows.append(Row("duplicate-line", f"recall, all ({total} cases)", total_hit / total, ">= 0.98", total_hit / total >= 0.98))
    for kind, (h, n) in hits.items():
        rows.append(Row("duplicate-line", f"recall, {kind} ({n})", h / n, ">= 0.98", h / n >= 0.98))
    per_article = (false_clean + extra) / (len(articles) + len(expected))
    rows.append(
        Row(
            "duplicate-line",
            f"false findings / article ({len(articles)} clean)",
            per_article,
            "<= 0.01",
            per_article <= 0.01,
            f"{false_clean} on clean articles, {extra} stray on modified ones",
        )
    )
    return rows
