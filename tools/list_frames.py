"""Every FIT list of the invented batches in every frame (NL301+NL302; branch list11).

Each list of a fit page (its lead-in line, if the line right above it is article
text, and its items) is set under its own page's head and paragraphs, then one of
the fit pages' closing furniture blocks (teaser columns, widget rows) in turn, in
seven frames: a blank line between list and furniture or none, with its lead-in
or without, ending the article, closed by a sentence, a colon added to the
lead-in.  The fit halves alone say little once tuned on (they are near 0); the
frames ask how a list's own shape holds up where the batches did not put it.
Only fit pages are read: the validation halves stay unseen.

    python tools/list_frames.py [--show=FRAME ...|--show=all] [--teasers]

``--show`` prints the list lines flagged in a frame; ``--teasers`` the furniture missed.
"""
from __future__ import annotations

import importlib
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newslint.rules.scraping.related_links_block import related_links_block  # noqa: E402
from newslint.rules.scraping.stray_ui_text import stray_ui_text  # noqa: E402
from newslint.testing import findings  # noqa: E402

MODULES = (["scraping_fixtures"] + [f"scraping_fixtures_{x}" for x in "bcdefghijk"]
           + ["scraping_fixtures_lists"] + [f"scraping_fixtures_lists{n}" for n in range(2, 18)])
FRAMES = ("lead+blank", "lead+join", "nolead+join", "nolead+blank", "end", "mid", "colon+join")
CLOSE = "The organisers said they expected the event to be busier than last year."
Line = tuple[str, str]


def _fit_material() -> tuple[list[tuple[str, list[Line], str | None, list[str]]], list[list[str]]]:
    """The fit pages' lists (page, the lines above, lead-in, items) and closing furniture blocks."""
    lists, columns = [], []
    for name in MODULES:
        module = importlib.import_module(f"tests.{name}")
        for page in module.PAGES:
            part, lines = module.tagged(page)
            if part != "fit":
                continue
            first = next((k for k, (tag, _) in enumerate(lines) if tag == "L"), None)
            if first is not None:
                last = first
                while last + 1 < len(lines) and lines[last + 1][0] == "L":
                    last += 1
                lead = lines[first - 1][1] if first and lines[first - 1][0] == "A" else None
                top = list(lines[: first - (1 if lead else 0)])
                while top and not top[-1][0]:
                    top.pop()
                items = [text for _, text in lines[first : last + 1]]
                if len(items) >= 3 and sum(tag == "A" for tag, _ in top) >= 2:
                    lists.append((f"{name[18:] or 'A'}/{page}", top, lead, items))
            k = len(lines)
            while k and lines[k - 1][0] == "U":
                k -= 1
            if len(lines) - k >= 3:
                columns.append([text for _, text in lines[k:]])
    return lists, columns


def _frames(top: list[Line], lead: str | None, items: list[str], column: list[str]) -> Iterator[tuple[str, list[Line]]]:
    listed = [("L", t) for t in items]
    led = [("A", lead)] if lead else []
    blank = [("", "")]
    under = [("U", t) for t in column]
    yield "lead+blank", top + blank + led + listed + blank + under
    yield "lead+join", top + blank + led + listed + under
    yield "nolead+join", top + blank + listed + under
    yield "nolead+blank", top + blank + listed + blank + under
    yield "end", top + blank + led + listed
    yield "mid", top + blank + led + listed + blank + [("A", CLOSE)] + blank + under
    if lead and not lead.endswith(":"):
        yield "colon+join", top + blank + [("A", lead + ":")] + listed + under


def main() -> None:
    show = {a[7:] for a in sys.argv if a.startswith("--show=")}
    teasers = "--teasers" in sys.argv
    lists, columns = _fit_material()
    hit: Counter[tuple[str, str]] = Counter()
    total: Counter[tuple[str, str]] = Counter()
    for n, (page, top, lead, items) in enumerate(lists):
        column = columns[(n * 7 + 3) % len(columns)]
        for frame, lines in _frames(top, lead, items, column):
            text = "\n".join(t for _, t in lines) + "\n"
            found = findings([stray_ui_text, related_links_block], text)
            flagged = {k for f in found for k in range(f.line, f.end_line + 1)}
            for k, (tag, line) in enumerate(lines, 1):
                if not tag:
                    continue
                total[frame, tag] += 1
                hit[frame, tag] += k in flagged
                wrong = (k in flagged) != (tag == "U")
                if wrong and tag != "U" and (frame in show or "all" in show):
                    print(f"  {frame} {page}:{k} {tag} FLAGGED: {line}")
                if wrong and tag == "U" and teasers:
                    print(f"  {frame} {page}:{k} U missed: {line}")
    print(f"{len(lists)} fit lists, {len(columns)} furniture blocks")
    for frame in FRAMES:
        cells = [f"{tag} {hit[frame, tag]}/{total[frame, tag]}" for tag in ("L", "U", "A")]
        print(f"{frame:13} " + "  ".join(cells))
    lists_hit, lists_all = sum(hit[f, "L"] for f in FRAMES), sum(total[f, "L"] for f in FRAMES)
    ui_hit, ui_all = sum(hit[f, "U"] for f in FRAMES), sum(total[f, "U"] for f in FRAMES)
    print(f"all           L {lists_hit}/{lists_all}  U {ui_hit}/{ui_all}")


if __name__ == "__main__":
    main()
