"""Fit the story-span pass of NL302 (newslint/rules/scraping/outside_story.py) on the
whole pages (html-text) of aeb-dev: three folds over the fit pages, grouped as
tools/train_line_model.py groups them, and counts only for the validation pages.

    NEWSLINT_CORPUS=/work/shared/corpus python tools/line_span_eval.py [--validation]

For each setting in GRID it prints, per fit fold and in all, the furniture lines
(ui, teaser) the pass adds to what NL301+NL302 already report, and the gold article
lines it adds.  ``--validation`` prints the same two counts for the validation pages
of the setting given by the rule's defaults (one look per candidate: record it in
benchmarks/RESULTS.md).
"""
from __future__ import annotations

import hashlib
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.common import corpus_dir  # noqa: E402
from benchmarks.quality.ui import labelled_lines  # noqa: E402
from newslint.analysis import line_roles as line_roles_module  # noqa: E402
from newslint.analysis.line_roles import build_model  # noqa: E402
from newslint.phrases import data_path  # noqa: E402
from newslint.rules.scraping import outside_story  # noqa: E402
from newslint.rules.scraping.related_links_block import related_links_block  # noqa: E402
from newslint.rules.scraping.stray_ui_text import stray_ui_text  # noqa: E402
from newslint.testing import findings  # noqa: E402

SPLIT = ROOT / "benchmarks" / "data" / "line_model_split.tsv"

# Settings tried on the fit folds (each overrides DEFAULTS).
GRID: list[dict[str, Any]] = [
    {"head_echo_words": 0, "sentence_echo": False},
    {"sentence_echo": False},
    {"head_echo_words": 0},
    {},
    {"head_echo_words": 4},
    {"head_echo_paragraphs": 2},
]


def pages(part: str) -> list[tuple[str, str, Path]]:
    """(page id, fold, html-text file) of the aeb-dev pages of ``part``."""
    out = []
    seen = set()
    for row in SPLIT.read_text(encoding="utf-8").splitlines():
        cells = row.split("\t")
        if cells[0] != "aeb-dev" or cells[3] != part or cells[2] in seen:
            continue
        seen.add(cells[2])
        path = corpus_dir() / "aeb-dev" / "extracted" / "html-text" / f"{cells[2]}.txt"
        if path.exists():
            fold = _fold(cells[1])
            out.append((cells[2], fold, path))
    return sorted(out)


def fold_models() -> dict[str, Any]:
    """A line model per fit fold, fitted without that fold (kept in a temporary folder,
    never in the repository), so the held-out fold's figures are not in-sample."""
    sys.path.insert(0, str(ROOT / "tools"))
    import train_line_model as T
    from line_data import samples, split

    cache = Path(tempfile.gettempdir()) / "newslint-fold-models"
    cache.mkdir(exist_ok=True)
    models = {}
    fit = None
    for fold in "012":
        path = cache / f"fold{fold}-{hashlib.sha256(data_path(T.MODEL_FILE).read_bytes()).hexdigest()[:12]}.json"
        if not path.exists():
            if fit is None:
                fit = split(samples(corpus_dir()))["fit"]
            train = [d for d in fit if _fold(d.group) != fold]
            path.write_text(json.dumps(T.FITTERS[T.BACKEND](T.training_set(train), **T.GRID[T.BACKEND][0])))
        models[fold] = build_model(json.loads(path.read_text()))
    return models


def _fold(group: str) -> str:
    return str(int(hashlib.sha256(group.encode()).hexdigest()[:4], 16) % 3)


def evaluate(part: str, grid: list[dict[str, Any]], models: dict[str, Any] | None = None
             ) -> dict[int, Counter[tuple[str, str]]]:
    """Per setting, (fold, label) counts of the lines the pass adds; with ``models``,
    each fold's lines are read by the model fitted without it."""
    aeb = corpus_dir() / "aeb-dev"
    added: dict[int, Counter[tuple[str, str]]] = {k: Counter() for k in range(len(grid))}
    for _page, fold, path in pages(part):
        if models:
            line_roles_module._model = lambda fold=fold: models[fold]  # type: ignore[assignment]
        text = path.read_text(encoding="utf-8")
        base = _lines(text, False)
        labels = {key[2]: label for key, label, _ in labelled_lines(aeb, [path])}
        for k, setting in enumerate(grid):
            outside_story.SETTINGS.update({**DEFAULTS, **setting})
            for number in _lines(text, True):
                if number in base:
                    continue
                label = labels.get(number, "unlabelled")
                label = "junk" if label in ("ui", "teaser") else label
                added[k][fold, label] += 1
                added[k]["all", label] += 1
    return added


DEFAULTS = dict(outside_story.SETTINGS)


def _lines(text: str, line_model: bool) -> set[int]:
    """The lines NL301+NL302 report, with the fifth pass on or off."""
    found = findings([stray_ui_text, related_links_block], text,
                     options={"related-links-block": {"line-model": line_model}})
    return {n for f in found for n in range(f.line, f.end_line + 1)}


def readability(grid: list[dict[str, Any]]) -> None:
    """The same counts on the fit pages of readability-dev (whole pages whose
    expected article gives the labels, tools/line_data.py), with the shipped model."""
    sys.path.insert(0, str(ROOT / "tools"))
    from line_data import part_of, readability_samples

    added: dict[int, Counter[str]] = {k: Counter() for k in range(len(grid))}
    for doc in readability_samples(corpus_dir()):
        if part_of(doc.corpus, doc.group) != "fit":
            continue
        text = "\n".join(doc.lines) + "\n"
        outside_story.SETTINGS.update(DEFAULTS)
        base = _lines(text, False)
        for k, setting in enumerate(grid):
            outside_story.SETTINGS.update({**DEFAULTS, **setting})
            for number in _lines(text, True) - base:
                kind = doc.kinds[number - 1] or "none"
                added[k]["article" if kind.startswith("article") else "furniture" if kind in ("ui", "teaser") else kind] += 1
    for k, counts in added.items():
        print(f"readability-dev fit {grid[k]}: +{counts['furniture']} furniture / +{counts['article']} article, {dict(counts)}")


def main() -> int:
    if "--validation" in sys.argv:
        got = evaluate("validation", [{}])[0]
        print(f"validation (defaults {DEFAULTS}): +{got['all', 'junk']} furniture, +{got['all', 'gold']} gold")
        return 0
    if "--readability" in sys.argv:
        readability(GRID)
        return 0
    models = fold_models() if "--in-sample" not in sys.argv else None
    for k, counts in evaluate("fit", GRID, models).items():
        folds = "  ".join(f"f{f} +{counts[f, 'junk']}/+{counts[f, 'gold']}" for f in "012")
        print(f"{GRID[k]}: all +{counts['all', 'junk']} furniture / +{counts['all', 'gold']} gold;  {folds}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
