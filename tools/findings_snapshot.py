"""Record every finding newslint reports on the seeds and on each corpus, or compare with a record.

A refactor must leave findings byte-identical; this is the check, run before and after:

    python tools/findings_snapshot.py write /tmp/before      # on the old commit
    python tools/findings_snapshot.py compare /tmp/before    # on the new one: exit 1 on any change
    python tools/findings_snapshot.py compare /tmp/before --ignore-key fix   # leave out a key added since

Corpora are read from ../shared/corpus (or NEWSLINT_CORPUS); missing ones are skipped and said so.
``compare`` prints the changed findings of fit documents only and counts the rest: a
document any benchmark holds out (tools/snapshot_splits.py) stays unseen unless
``--show-validation`` is given.
"""
from __future__ import annotations

import argparse
import difflib
import html.parser
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

from snapshot_splits import is_validation  # noqa: E402


def _corpus() -> Path:
    """NEWSLINT_CORPUS, else the first shared/corpus beside this checkout or a folder above it."""
    if os.environ.get("NEWSLINT_CORPUS"):
        return Path(os.environ["NEWSLINT_CORPUS"])
    for folder in ROOT.parents:
        if (folder / "shared" / "corpus").is_dir():
            return folder / "shared" / "corpus"
    return ROOT.parent / "shared" / "corpus"


CORPUS = _corpus()


def targets() -> dict[str, list[str]]:
    """Snapshot name -> the paths given to the CLI (folders, or files of any extension)."""
    found: dict[str, list[str]] = {"seeds": ["seeds"]}
    folders = {
        "bbc-dev": "bbc-dev",
        "polnear-dev": "polnear-dev/text",
        "aeb-dev-gold": "aeb-dev/gold",
        "aeb-dev-extracted": "aeb-dev/extracted",
    }
    for name, rel in folders.items():
        if (CORPUS / rel).is_dir():
            found[name] = [str(CORPUS / rel)]
    globs = {
        "cweb-dev": "cweb-dev/raw/*.source",
        "gmeg-dev": "gmeg-dev/source",
        "misspellings-dev": "misspellings-dev/*.txt",
    }
    for name, pattern in globs.items():
        files = sorted(str(p) for p in CORPUS.glob(pattern))
        if files:
            found[name] = files
    pages = sorted(CORPUS.glob("readability-dev/*/source.html"))
    if pages:
        found["readability-dev"] = [str(page_text_folder(pages))]
    return found


class _Visible(html.parser.HTMLParser):
    """Visible text of a page, a line per block, as a naive scraper sees it."""

    _SKIP = {"script", "style", "noscript", "template", "svg"}
    _BLOCK = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr", "td", "th", "section",
              "article", "header", "footer", "nav", "aside", "figcaption", "blockquote", "dd", "dt", "ul", "ol"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: object) -> None:
        if tag in self._SKIP:
            self.skipping += 1
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP and self.skipping:
            self.skipping -= 1
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)

    def lines(self) -> list[str]:
        text = "".join(self.parts)
        return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def page_text_folder(pages: list[Path]) -> Path:
    """Each page's visible text as a .txt file in a temporary folder."""
    folder = Path(tempfile.mkdtemp(prefix="newslint-pages-"))
    for page in pages:
        parser = _Visible()
        parser.feed(page.read_text(encoding="utf-8", errors="replace"))
        (folder / f"{page.parent.name}.txt").write_text("\n".join(parser.lines()) + "\n", encoding="utf-8")
    return folder


def run(paths: list[str]) -> str:
    cmd = [sys.executable, "-m", "newslint", "--format", "json-lines", "--exit-zero", *paths]
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"newslint failed ({done.returncode}) on {paths[:1]}...: {done.stderr.strip()}")
    return done.stdout


def without_keys(jsonl: str, keys: list[str]) -> str:
    """The json-lines record with ``keys`` dropped from each finding (a key a
    change added on purpose, so the rest must still be identical)."""
    if not keys:
        return jsonl
    out = []
    for line in jsonl.splitlines():
        record = json.loads(line)
        for key in keys:
            record.pop(key, None)
        out.append(json.dumps(record, ensure_ascii=False) + "\n")
    return "".join(out)


def _visible(name: str, diff: list[str], show_validation: bool) -> tuple[list[str], int]:
    """The diff's lines on documents no benchmark holds out, and how many were left out."""
    shown, hidden = [], 0
    for line in diff:
        # Hunk headers only number the record's lines (and would point at the hidden ones).
        if line.startswith("@@") and not show_validation:
            continue
        if line[:1] in "+-" and not line.startswith(("+++", "---")) and not show_validation:
            record = json.loads(line[1:])
            if is_validation(name, record.get("path", ""), int(record.get("line", 0))):
                hidden += 1
                continue
        shown.append(line)
    return shown, hidden


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("action", choices=["write", "compare"])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--only", action="append", help="only this snapshot (repeatable)")
    ap.add_argument("--ignore-key", action="append", default=[], metavar="KEY",
                    help="compare: drop this key from every finding on both sides first (repeatable)")
    ap.add_argument("--show-validation", action="store_true",
                    help="compare: also print changed findings on documents a benchmark holds out")
    args = ap.parse_args(argv)
    todo = targets()
    if args.only:
        todo = {k: v for k, v in todo.items() if k in args.only}
    missing = sorted({"bbc-dev", "polnear-dev", "aeb-dev-gold", "readability-dev", "cweb-dev", "gmeg-dev"} - set(todo))
    if missing and not args.only:
        print(f"corpora not found under {CORPUS}, skipped: {', '.join(missing)}", file=sys.stderr)
    args.folder.mkdir(parents=True, exist_ok=True)
    changed = 0
    for name, paths in todo.items():
        out = run(paths)
        if name == "readability-dev":
            out = out.replace(paths[0] + os.sep, "readability-dev/")
        path = args.folder / f"{name}.jsonl"
        if args.action == "write":
            path.write_text(out, encoding="utf-8")
            print(f"{name}: {out.count(chr(10))} findings written")
            continue
        before = path.read_text(encoding="utf-8") if path.exists() else ""
        before, out = without_keys(before, args.ignore_key), without_keys(out, args.ignore_key)
        if before == out:
            print(f"{name}: identical ({out.count(chr(10))} findings)")
            continue
        changed += 1
        diff = list(difflib.unified_diff(before.splitlines(), out.splitlines(), "before", "after", lineterm="", n=0))
        print(f"{name}: CHANGED ({len(diff)} diff lines)")
        shown, hidden = _visible(name, diff, args.show_validation)
        print("\n".join(shown[:40]))
        if hidden:
            print(f"  ... and {hidden} changed findings on validation documents, not shown "
                  "(--show-validation shows them, and spends those documents)")
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
