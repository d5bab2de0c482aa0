"""NL101 typo on invented sentences: benchmarks/data/typo_invented.tsv.

    python -m benchmarks.typo_invented            # every batch
    python -m benchmarks.typo_invented --show     # also list misses and false findings
                                                  # (never a -val batch's: those are for counts only)

Each sentence is linted as its own file with the real CLI (default
configuration).  A slip is found when a finding starts at the first
occurrence of its typed word (as a whole word); its first suggestion is right when it equals
the correction (ignoring case).  Every other finding is false.  A batch's
first run, before any change it prompted, is recorded in
benchmarks/data/first_runs.tsv and benchmarks/RESULTS.md.
"""
from __future__ import annotations

import argparse
import re
import tempfile
from collections import defaultdict
from pathlib import Path

from .typo_realworld import run_cli

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT / "benchmarks" / "data" / "typo_invented.tsv"


def read_cases(path: Path = CASES) -> list[tuple[str, dict[str, str], str]]:
    """(batch, {typed: right}, text) for every sentence."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        batch, slips, text = line.split("\t")
        pairs = dict(pair.split("=") for pair in slips.split(",") if pair)
        out.append((batch, pairs, text))
    return out


def _first(word: str, text: str) -> int:
    """Where ``word`` first occurs as a whole word (``a`` is not the a of "airline")."""
    m = re.search(rf"(?<![\w'’]){re.escape(word)}(?![\w'’])", text)
    if m is None:
        raise ValueError(f"{word!r} is not in: {text}")
    return m.start()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="list the misses and false findings")
    parser.add_argument("--show-validation", action="store_true",
                        help="with --show, also list the -val batches' cases (not while tuning)")
    args = parser.parse_args(argv)
    cases = read_cases()
    with tempfile.TemporaryDirectory() as work:
        paths = []
        for i, (_, _, text) in enumerate(cases):
            path = Path(work) / f"{i:04d}.txt"
            path.write_text(text + "\n", encoding="utf-8")
            paths.append(path)
        by_file = defaultdict(list)
        for f in run_cli(paths):
            by_file[Path(f["path"]).name].append(f)
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0, 0])  # slips, found, first right, clean, false, words
    notes = []
    for i, (batch, slips, text) in enumerate(cases):
        t = tally[batch]
        hidden = batch.endswith("-val") and not args.show_validation
        t[5] += len(text.split())
        findings = {f["column"] - 1: f for f in by_file[f"{i:04d}.txt"]}
        expected = {_first(typed, text): (typed, right) for typed, right in slips.items()}
        t[0] += len(expected)
        t[3] += not slips
        for col, (typed, right) in expected.items():
            f = findings.pop(col, None)
            if f is None:
                if not hidden:
                    notes.append(f"miss   {typed} -> {right}: {text}")
                continue
            t[1] += 1
            first = (f["suggestions"] or [""])[0]
            t[2] += first.lower() == right.lower()
            if first.lower() != right.lower() and not hidden:
                notes.append(f"wrong  {typed} -> {first} (want {right})")
        for f in findings.values():
            t[4] += 1
            if not hidden:
                notes.append(f"false  {f['message']} -> {f['suggestions'][:1]}: {text}")
    print("| batch | slips found | first suggestion right | false findings (in clean sentences + elsewhere) | words |")
    print("|---|---|---|---|---|")
    for batch, (slips, found, right, clean, false, words) in tally.items():
        print(f"| {batch} | {found}/{slips} = {found / max(slips, 1):.2f} | {right}/{found} = {right / max(found, 1):.2f} "
              f"| {false} ({clean} clean sentences) | {words} |")
    if args.show:
        print("\n".join(notes))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
