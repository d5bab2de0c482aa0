"""Peak memory of newslint on issue 12's two stress inputs, at full size.

    python -m benchmarks.memory                 # one 50 MB line, a million short lines
    python -m benchmarks.memory --line-mb 10 --lines 200000

Issue 12's target is a peak resident set of at most 250 MB on any input.  The
test suite lints the same two shapes at a fifth of the size
(tests/test_robustness.py: an answer, no traceback, memory bounded); this
script runs them at the size the target names and prints each run's peak RSS
(``wait4``'s ``ru_maxrss``) and CPU seconds (user + system).  The commands
are those the tests run: every rule, default settings, no config search.  It
exits 1 when a run crashes or goes over the target.

Each input is run twice on a user cache folder (``NEWSLINT_USER_CACHE``) made
empty for it: the first run is a first start on a new machine, which builds
the cache (``fresh``), the second reads it back (``warm``).  A process the run
starts and waits for counts too: ``ru_maxrss`` is the largest of the run's
processes, not their sum.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from .common import EMPTY_CONFIG, newslint_cmd

TARGET_MB = 250
# One sentence with a vague source in it ("officials say") and a name-led one
# ("The minister said"): every rule family has work at each repeat.
LINE_UNIT = "The minister said the needle plan would work, officials say. "


def write_single_line(path: Path, nbytes: int) -> Path:
    """One line of about ``nbytes`` bytes, no line break: LINE_UNIT repeated."""
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(LINE_UNIT * (nbytes // len(LINE_UNIT)))
    return path


def write_short_lines(path: Path, lines: int) -> Path:
    """``lines`` short lines (997 distinct ones, repeated), the last one ``last needle``."""
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("".join(f"l{i % 997}\n" for i in range(lines - 1)))
        fh.write("last needle\n")
    return path


def single_line_args(path: Path) -> list[str]:
    return ["--config", str(EMPTY_CONFIG), "--select", "ALL", "--quiet", str(path)]


def short_lines_args(path: Path, report: Path) -> list[str]:
    # A finding a line: the report goes to a file, as a corpus run's would.
    return ["--config", str(EMPTY_CONFIG), "--select", "ALL", "--format", "json", "--output-file", str(report), str(path)]


def measure(args: list[str], cwd: Path, user_cache: Path) -> tuple[int, float, int, str]:
    """Peak RSS (KB), CPU seconds, exit code and standard error of one run of the CLI."""
    env = {**os.environ, "NEWSLINT_USER_CACHE": str(user_cache)}
    # The older per-part variables would win over the folder chosen here.
    for legacy in ("NEWSLINT_PATTERN_CACHE", "NEWSLINT_TYPO_CACHE"):
        env.pop(legacy, None)
    with tempfile.TemporaryFile() as err:
        proc = subprocess.Popen([*newslint_cmd(), *args], stdout=subprocess.DEVNULL, stderr=err, cwd=cwd, env=env)
        _, status, usage = os.wait4(proc.pid, 0)
        err.seek(0)
        text = err.read().decode("utf-8", "replace")
    return usage.ru_maxrss, usage.ru_utime + usage.ru_stime, os.waitstatus_to_exitcode(status), text


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m benchmarks.memory", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--line-mb", type=float, default=50.0, help="size of the single line in MB (default 50)")
    ap.add_argument("--lines", type=int, default=1_000_000, help="number of short lines (default 1,000,000)")
    args = ap.parse_args(argv)
    failed = False
    with tempfile.TemporaryDirectory(prefix="newslint-memory-") as tmp:
        work = Path(tmp)
        line = write_single_line(work / "huge.txt", int(args.line_mb * 1_000_000))
        lines = write_short_lines(work / "lines.txt", args.lines)
        runs = [
            (f"one {args.line_mb:g} MB line", single_line_args(line)),
            (f"{args.lines:,} short lines", short_lines_args(lines, work / "report.json")),
        ]
        print(f"| input | user cache | peak RSS MB | CPU s | target {TARGET_MB} MB |")
        print("|---|---|---:|---:|---|")
        for n, (label, cli_args) in enumerate(runs):
            user_cache = work / f"usercache-{n}"
            # The findings cache as a user's run keeps it, in the scratch folder;
            # a new one for each run, so that the warm run lints again.
            for state in ("fresh", "warm"):
                cache = ["--cache-dir", str(work / f"cache-{n}-{state}")]
                rss_kb, cpu, code, err = measure([*cache, *cli_args], work, user_cache)
                crashed = code not in (0, 1) or "Traceback" in err
                over = rss_kb > TARGET_MB * 1024
                failed = failed or crashed or over
                verdict = f"crashed ({code}): {err.strip()[-300:]}" if crashed else ("over" if over else "met")
                print(f"| {label} | {state} | {rss_kb / 1024:.0f} | {cpu:.1f} | {verdict} |", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
