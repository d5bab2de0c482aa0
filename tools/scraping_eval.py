"""NL301+NL302 on the fresh invented pages (tests/scraping_fixtures.py, batch A, and
tests/scraping_fixtures_b.py to _k.py, batches B to K; tests/scraping_fixtures_lists.py
and _lists2.py, the list batches of branch list8, and _lists3.py to _lists5.py, branch list10's, and _lists6.py and _lists7.py, branch list11's, and _lists8.py (bullets), list12's, and _lists16.py and _lists17.py (clean articles), list16's; tests/scraping_pages_w.py and _x.py,
batches W and X of whole pages of branch page8, _y.py and _z.py of branch page9, and _aa.py and _ab.py of branch page10, _ac.py and _ad.py (fit only) of branch page11, _ae.py and _af.py of branch page12 (``S``: the article's sub-headings), with the default options and with
``line-model`` on) and on aeb-dev,
each split into its fit and validation part (aeb-dev pages by
benchmarks/data/line_model_split.tsv).  Tune on the fit parts only: ``--misses``
prints the misses and false alarms of the fit parts, never of validation.

    NEWSLINT_CORPUS=/work/shared/corpus python tools/scraping_eval.py [--misses] [--fresh-only] [--line-model | --no-line-model] [--clusters]

NL302's whole-page pass (``line-model``) is on by default (branch page11);
``--no-line-model`` runs aeb-dev with it off; ``--line-model`` adds each batch of
A to I set inside invented page chrome (what the pass adds there).

``--clusters`` runs with NL301's ``widget-clusters`` and NL302's ``split-lead-ins`` on
(both off by default; benchmarks/RESULTS.md, branch scrape5).
"""
from __future__ import annotations

import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.aeb import EXTRACTORS  # noqa: E402
from benchmarks.common import corpus_dir, run_newslint  # noqa: E402
from benchmarks.quality.ui import ARTICLE_EXTRACTORS, flagged_lines, labelled_lines  # noqa: E402
from newslint.rules.scraping.related_links_block import related_links_block  # noqa: E402
from newslint.rules.scraping.stray_ui_text import stray_ui_text  # noqa: E402
from newslint.testing import findings  # noqa: E402
from tests import (  # noqa: E402
    scraping_fixtures,
    scraping_fixtures_b,
    scraping_fixtures_c,
    scraping_fixtures_d,
    scraping_fixtures_e,
    scraping_fixtures_f,
    scraping_fixtures_g,
    scraping_fixtures_h,
    scraping_fixtures_i,
    scraping_fixtures_j,
    scraping_fixtures_k,
    scraping_fixtures_l,
    scraping_fixtures_lists,
    scraping_fixtures_lists2,
    scraping_fixtures_lists3,
    scraping_fixtures_lists4,
    scraping_fixtures_lists5,
    scraping_fixtures_lists6,
    scraping_fixtures_lists7,
    scraping_fixtures_lists8,
    scraping_fixtures_lists9,
    scraping_fixtures_lists10,
    scraping_fixtures_lists11,
    scraping_fixtures_lists12,
    scraping_fixtures_lists13,
    scraping_fixtures_lists14,
    scraping_fixtures_lists15,
    scraping_fixtures_lists16,
    scraping_fixtures_lists17,
    scraping_fixtures_m,
    scraping_fixtures_n,
    scraping_pages_aa,
    scraping_pages_ab,
    scraping_pages_ac,
    scraping_pages_ad,
    scraping_pages_ae,
    scraping_pages_af,
    scraping_pages_w,
    scraping_pages_x,
    scraping_pages_y,
    scraping_pages_z,
)

SPLIT = ROOT / "benchmarks" / "data" / "line_model_split.tsv"


BATCHES = {"A": scraping_fixtures, "B": scraping_fixtures_b, "C": scraping_fixtures_c, "D": scraping_fixtures_d, "E": scraping_fixtures_e,
           "F": scraping_fixtures_f, "G": scraping_fixtures_g, "H": scraping_fixtures_h,
           "I": scraping_fixtures_i, "J": scraping_fixtures_j,
           "K": scraping_fixtures_k, "L": scraping_fixtures_l, "M": scraping_fixtures_m, "N": scraping_fixtures_n, "lists": scraping_fixtures_lists,
           "lists2": scraping_fixtures_lists2, "lists3": scraping_fixtures_lists3,
           "lists4": scraping_fixtures_lists4, "lists5": scraping_fixtures_lists5,
           "lists6": scraping_fixtures_lists6,
           "lists7": scraping_fixtures_lists7, "lists8": scraping_fixtures_lists8,
           "lists9": scraping_fixtures_lists9,
           "lists10": scraping_fixtures_lists10,
           "lists11": scraping_fixtures_lists11,
           "lists12": scraping_fixtures_lists12,
           "lists13": scraping_fixtures_lists13,
           "lists14": scraping_fixtures_lists14,
           "lists15": scraping_fixtures_lists15,
           "lists16": scraping_fixtures_lists16,
           "lists17": scraping_fixtures_lists17}


def fixtures(show: bool) -> None:
    for batch, module in BATCHES.items():
        _batch(batch, module, show)
    if "--line-model" in sys.argv:
        for batch, module in BATCHES.items():
            _whole_pages(batch, module, show)
    _real_pages("W", scraping_pages_w, show)
    _real_pages("X", scraping_pages_x, show)
    _real_pages("Y", scraping_pages_y, show)
    _real_pages("Z", scraping_pages_z, show)
    _real_pages("AA", scraping_pages_aa, show)
    _real_pages("AB", scraping_pages_ab, show)
    _real_pages("AC", scraping_pages_ac, show)
    _real_pages("AD", scraping_pages_ad, show)
    _real_pages("AE", scraping_pages_ae, show)
    _real_pages("AF", scraping_pages_af, show)


def _real_pages(batch: str, module: Any, show: bool) -> None:
    """A batch of whole invented pages (tests/scraping_pages_w.py): each page as it
    is, with the rules' default options and with NL302's ``line-model`` on."""
    for line_model in (False, True):
        total: Counter[tuple[str, str]] = Counter()
        hit: Counter[tuple[str, str]] = Counter()
        for name in module.PAGES:
            part, lines = module.tagged(name)
            lines_hit = _found(module.page_text(name), line_model)
            for number, (tag, text) in enumerate(lines, 1):
                if not tag:
                    continue
                total[part, tag] += 1
                hit[part, tag] += number in lines_hit
                if show and part == "fit" and (number in lines_hit) != (tag == "U"):
                    print(f"  {part} {name}:{number} {tag} {'FLAGGED' if number in lines_hit else 'missed'}: {text}")
        how = "line-model off" if not line_model else "line-model on, the default"
        for part in ("fit", "validation"):
            cells = [f"{tag} {hit[part, tag]}/{total[part, tag]}" for tag in ("U", "A", "L", "C", "S")
                     if tag != "S" or total[part, tag]]
            print(f"fresh {batch} {part} ({how}): flagged " + ", ".join(cells))


def _whole_pages(batch: str, module: Any, show: bool) -> None:
    """Each page of a batch set inside invented page chrome
    (tests/scraping_fixtures_d.py): the lines NL302's whole-page pass adds."""
    total: Counter[tuple[str, str]] = Counter()
    hit: Counter[tuple[str, str]] = Counter()
    for name in module.PAGES:
        part, lines = module.tagged(name)
        lines = scraping_fixtures_d.whole_page(lines)
        text = "\n".join(t for _, t in lines) + "\n"
        added = _found(text, True) - _found(text, False)
        for number, (tag, line) in enumerate(lines, 1):
            if not tag:
                continue
            total[part, tag] += 1
            hit[part, tag] += number in added
            if show and part == "fit" and number in added and tag != "U":
                print(f"  {part} {name}:{number} {tag} FLAGGED on the whole page: {line}")
    for part in ("fit", "validation"):
        cells = [f"{tag} {hit[part, tag]}/{total[part, tag]}" for tag in ("U", "A", "L", "C")]
        print(f"fresh {batch} {part} as whole pages: the pass adds " + ", ".join(cells))


CLUSTERS = "--clusters" in sys.argv


def _found(text: str, line_model: bool | None) -> set[int]:
    """Lines flagged by NL301+NL302; ``line_model`` None leaves that option at its default."""
    links: dict[str, bool] = {"split-lead-ins": CLUSTERS}
    if line_model is not None:
        links["line-model"] = line_model
    options = {"related-links-block": links, "stray-ui-text": {"widget-clusters": CLUSTERS}}
    found = findings([stray_ui_text, related_links_block], text, options=options)
    return {n for f in found for n in range(f.line, f.end_line + 1)}


def _batch(batch: str, module: Any, show: bool) -> None:
    total: Counter[tuple[str, str]] = Counter()
    hit: Counter[tuple[str, str]] = Counter()
    for name in module.PAGES:
        part, lines = module.tagged(name)
        lines_hit = _found(module.page_text(name), None)
        for number, (tag, text) in enumerate(lines, 1):
            if not tag:
                continue
            total[part, tag] += 1
            flagged = number in lines_hit
            hit[part, tag] += flagged
            if show and part == "fit" and flagged != (tag == "U"):
                print(f"  {part} {name}:{number} {tag} {'FLAGGED' if flagged else 'missed'}: {text}")
    for part in ("fit", "validation"):
        cells = [f"{tag} {hit[part, tag]}/{total[part, tag]}" for tag in ("U", "A", "L", "C")]
        print(f"fresh {batch} {part}: flagged " + ", ".join(cells))


def _options() -> list[str]:
    """``--no-line-model``: the run with NL302's whole-page pass off; ``--clusters``: with
    NL301's ``widget-clusters`` and NL302's ``split-lead-ins`` on (a config file)."""
    rows = []
    if "--no-line-model" in sys.argv:
        rows.append("[rules.related-links-block]\nline-model = false\n")
    if CLUSTERS:
        rows.append(("" if rows else "[rules.related-links-block]\n") + "split-lead-ins = true\n")
        rows.append("[rules.stray-ui-text]\nwidget-clusters = true\n")
    if not rows:
        return []
    config = Path(tempfile.gettempdir()) / "newslint-scraping-eval-options.toml"
    config.write_text("".join(rows), encoding="utf-8")
    return ["--config", str(config)]


def aeb(show: bool) -> None:
    part_of = {}
    for row in SPLIT.read_text(encoding="utf-8").splitlines():
        cells = row.split("\t")
        if cells[0] == "aeb-dev":
            part_of[cells[2]] = cells[3]
    corpus = corpus_dir() / "aeb-dev"
    files = sorted(p for ex in EXTRACTORS for p in (corpus / "extracted" / ex).glob("*.txt"))
    flagged = flagged_lines(run_newslint(files, "--select", "NL301,NL302", *_options()))
    total: Counter[tuple[str, str, str]] = Counter()
    hit: Counter[tuple[str, str, str]] = Counter()
    for key, label, line in labelled_lines(corpus, files):
        part = part_of.get(key[0], "?")
        group = "article" if key[1] in ARTICLE_EXTRACTORS else "page"
        label = "junk" if label in ("ui", "teaser") else label
        total[part, group, label] += 1
        hit[part, group, label] += key in flagged
        if show and part == "fit" and (label == "gold") == (key in flagged) and label in ("gold", "junk"):
            print(f"  {label} {'FLAGGED' if key in flagged else 'missed'} {key}: {line[:100]}")
    for part in ("fit", "validation"):
        cells = []
        for group in ("article", "page"):
            n, h = total[part, group, "junk"], hit[part, group, "junk"]
            cells.append(f"UI+teaser caught {group} {h}/{n} = {h / max(n, 1):.3f}")
        gn = sum(total[part, g, "gold"] for g in ("article", "page"))
        gh = sum(hit[part, g, "gold"] for g in ("article", "page"))
        cells.append(f"gold flagged {gh}/{gn} = {gh / max(gn, 1):.4f}")
        print(f"aeb {part}: " + "; ".join(cells))


if __name__ == "__main__":
    show = "--misses" in sys.argv
    fixtures(show)
    if "--fresh-only" not in sys.argv:
        aeb(show)
