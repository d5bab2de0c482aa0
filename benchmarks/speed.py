"""Throughput of newslint against codespell and typos on the same files.

    .venv/bin/python benchmarks/speed.py            # best of 3, plus the 50 MB run
    .venv/bin/python benchmarks/speed.py --quick    # one run each, no 50 MB file

Inputs (read from ../shared/corpus, never copied into the repository):

* ``bbc-dev``: the 911 BBC articles (2.2 MB), as a folder;
* the same articles concatenated into one file (one big document);
* for newslint only, a 50 MB file (the articles repeated) to check that peak
  memory stays bounded on huge inputs.

Each tool runs as its real command in a subprocess with output discarded;
wall time is the best of ``--repeat`` runs, peak RSS comes from ``wait4``.
The folder is linted with ``--jobs 1`` (one process) and ``--jobs 2`` (two
forked workers; the default is one per CPU).
codespell and typos only look for known misspellings; newslint runs all its
default rules (typos, duplicates, scraped text, markup, attribution, AI text).
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from harness import EMPTY_CONFIG, corpus_dir, newslint_cmd  # noqa: E402

BIN = Path(sys.executable).parent


def run(cmds: list[list[str]]) -> tuple[float, int]:
    """Run commands at once; wall seconds and the largest peak RSS (KB)."""
    start = time.perf_counter()
    procs = [subprocess.Popen(c, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE) for c in cmds]
    rss = 0
    for p in procs:
        _, status, usage = os.wait4(p.pid, 0)
        p.returncode = os.waitstatus_to_exitcode(status)
        rss = max(rss, usage.ru_maxrss)
        err = p.stderr.read().decode("utf-8", "replace") if p.stderr else ""
        # codespell exits 65 when it finds something; a crash is what matters.
        if p.returncode < 0 or "Traceback" in err:
            sys.exit(f"{' '.join(p.args)} failed ({p.returncode}): {err[-2000:]}")
    return time.perf_counter() - start, rss


def best(cmds: list[list[str]], repeat: int) -> tuple[float, int]:
    runs = [run(cmds) for _ in range(repeat)]
    return min(t for t, _ in runs), max(r for _, r in runs)


def tool(name: str) -> str | None:
    path = BIN / name
    return str(path) if path.exists() else shutil.which(name)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--quick", action="store_true", help="one run each, skip the 50 MB file")
    args = ap.parse_args()
    repeat = 1 if args.quick else args.repeat

    folder = corpus_dir() / "bbc-dev"
    files = sorted(p for p in folder.rglob("*.txt"))
    size = sum(p.stat().st_size for p in files)
    work = Path(tempfile.mkdtemp(prefix="newslint-speed-"))
    big = work / "bbc-dev-all.txt"
    with open(big, "wb") as out:
        for p in files:
            out.write(p.read_bytes().rstrip(b"\n") + b"\n\n")
    newslint = [*newslint_cmd(), "--config", str(EMPTY_CONFIG), "--quiet", "--exit-zero"]
    rows: list[tuple[str, str, int, float, int]] = []

    def measure(label: str, what: str, nbytes: int, cmds: list[list[str]]) -> None:
        seconds, rss = best(cmds, repeat)
        rows.append((label, what, nbytes, seconds, rss))
        print(f"  {label:<28} {what:<22} {seconds:7.2f} s", file=sys.stderr, flush=True)

    tiny = work / "tiny.txt"
    tiny.write_text("One line.\n", encoding="utf-8")
    measure("newslint (startup)", "one 10-byte file", tiny.stat().st_size, [[*newslint, str(tiny)]])
    measure("newslint --jobs 1", "bbc-dev folder", size, [[*newslint, "--jobs", "1", str(folder)]])
    measure("newslint --jobs 2", "bbc-dev folder", size, [[*newslint, "--jobs", "2", str(folder)]])
    label = f"one {big.stat().st_size / 1e6:.1f} MB file"
    measure("newslint", label, big.stat().st_size, [[*newslint, str(big)]])
    for name, extra in (("codespell", []), ("typos", [])):
        exe = tool(name)
        if exe is None:
            print(f"  {name} not installed (pip install -e '.[bench]')", file=sys.stderr)
            continue
        measure(name, "bbc-dev folder", size, [[exe, *extra, str(folder)]])
        measure(name, label, big.stat().st_size, [[exe, *extra, str(big)]])
    if not args.quick:
        huge = work / "huge.txt"
        data = big.read_bytes()
        with open(huge, "wb") as out:
            for _ in range(50_000_000 // len(data) + 1):
                out.write(data)
        seconds, rss = run([[*newslint, str(huge)]])
        rows.append(("newslint", f"one {huge.stat().st_size / 1e6:.0f} MB file", huge.stat().st_size, seconds, rss))

    print(f"\n{'tool':<28} {'input':<22} {'MB':>6} {'best s':>8} {'MB/s':>7} {'peak RSS MB':>12}")
    print("-" * 88)
    for label, what, nbytes, seconds, rss in rows:
        mb = nbytes / 1e6
        print(f"{label:<28} {what:<22} {mb:6.2f} {seconds:8.2f} {mb / seconds:7.2f} {rss / 1024:12.0f}")
    print(f"\n{len(files)} files, best of {repeat}; os.cpu_count() = {os.cpu_count()}")
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
