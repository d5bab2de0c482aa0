"""Fuzz the readers and every rule with malformed and adversarial input.

    .venv/bin/python tools/fuzz.py --seconds 600            # mutation engine
    .venv/bin/python tools/fuzz.py --seconds 60 --engine atheris

Each input is a file's bytes plus a suffix (.txt, .md, .jsonl) that picks the
reader; it goes through ``Linter.lint_bytes`` with every rule selected (``ALL``),
in process.  A crash is any of:

* an exception escaping the engine (a reader or the engine itself broke);
* an NL003 finding: a rule raised, or a built-in pattern ran past the time limit;
* a finding whose line/column/end lies outside its document, or ends before it starts;
* one input taking longer than ``--slow`` seconds (a hang or a super-linear rule).

The mutation engine (default) keeps going after a crash, groups crashes by where
they happened, and saves the smallest input of each group in ``--save`` (default
``fuzz-crashes/`` under the system temp folder) so it can become a regression
test in ``tests/regressions/``.  The atheris engine (coverage-guided libFuzzer;
``pip install atheris``) stops at the first crash, as libFuzzer does, and
prints libFuzzer's own summary ("Done N runs in S second(s)").

Seeds come from ``seeds/``, the dev corpus (read from ../shared/corpus, never
copied) and a list of hand-made hostile snippets below.
"""
from __future__ import annotations

import argparse
import codecs
import hashlib
import json
import os
import random
import signal
import sys
import tempfile
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

SUFFIXES = (".txt", ".md", ".jsonl")

# Fragments that have broken text tools before: encodings, line breaks, markup,
# invisible and combining characters, huge repetitions.
HOSTILE = [
    b"", b"\x00", b"\xff\xfe", b"\xfe\xff", codecs.BOM_UTF8, b"\xed\xa0\x80", b"\xc3", b"\xe2\x80",
    b"\r", b"\n", b"\r\n", b"\n\r", b"\x0b", b"\x0c", "\u2028".encode(), "\u2029".encode(), "\x85".encode(),
    "\u0301\u0301\u0301".encode(), "\u200b\u200d\ufeff".encode(), "\u202e".encode(), "\ufffd".encode(),
    "🇬🇧👩‍👩‍👧".encode(), "漢字かな".encode(), "مرحبا بالعالم".encode(), "â€™â€œ".encode(),
    b"&amp;&#x27;&#0;&#99999999;", b"<div class='x'>", b"</p>", b"<!--", b"-->", b"<script>",
    b"---\nauthor: x\n---\n", b"+++\ntitle = 1\n+++\n", b"---\n", b"# Heading\n", b"* item\n",
    b"{\"text\": \"", b"\"}\n", b"{\"text\": 1}\n", b"[1,2]\n", b"{\"content\": \"a\\u0000b\"}\n",
    b"\"", b"\xe2\x80\x9c", b"\xe2\x80\x9d", b"'", b"...", b"!!!", b"??", b"Mr. ", b"U.S. ",
    b"Read more:", b"Related Articles", b"Type to search", b"As an AI language model",
    b"analysts say", b"the the ", b"Reuters", b"By ", b"newslint: ignore", b"# newslint: ignore[NL201]",
    b"     ", b"\t\t", b"a" * 200, b"word " * 50, b"(" * 50, b")" * 50, b"-" * 80, b"=" * 80,
]


def load_seeds(corpus: Path | None, rng: random.Random, limit: int) -> list[tuple[str, bytes]]:
    seeds: list[tuple[str, bytes]] = []
    for p in sorted((ROOT / "seeds").glob("*")):
        if p.is_file():
            seeds.append((".txt", p.read_bytes()))
    files: list[Path] = []
    if corpus and corpus.is_dir():
        files = sorted(p for p in corpus.rglob("*") if p.is_file() and p.suffix in (".txt", ".md", ".jsonl"))
    for p in rng.sample(files, min(limit, len(files))):
        raw = p.read_bytes()
        if p.suffix == ".jsonl":
            raw = b"\n".join(raw.split(b"\n")[:5])
        seeds.append((p.suffix, raw[:20000]))
    # A JSONL file built from text seeds, so the JSONL reader sees real articles.
    texts = [s for suffix, s in seeds if suffix == ".txt"][:5]
    lines = [json.dumps({"text": t.decode("utf-8", "replace"), "author": "x"}).encode() for t in texts]
    seeds.append((".jsonl", b"\n".join(lines)))
    seeds.append((".md", b"---\ntitle: T\nauthor: A\n---\n" + (texts[0] if texts else b"x")))
    return seeds


def mutate(data: bytes, rng: random.Random, pool: list[tuple[str, bytes]], max_len: int) -> bytes:
    for _ in range(rng.randint(1, 6)):
        n = len(data)
        op = rng.randrange(12)
        i = rng.randint(0, n)
        j = min(n, i + rng.randint(0, 64))
        if op == 0 and n:  # flip a byte
            k = rng.randrange(n)
            data = data[:k] + bytes([rng.randrange(256)]) + data[k + 1 :]
        elif op == 1:  # insert a hostile fragment
            data = data[:i] + rng.choice(HOSTILE) + data[i:]
        elif op == 2:  # delete a range
            data = data[:i] + data[j:]
        elif op == 3:  # duplicate a range (repeated lines, captions)
            data = data[:j] + data[i:j] * rng.randint(1, 8) + data[j:]
        elif op == 4:  # splice with another input
            other = rng.choice(pool)[1]
            k = rng.randint(0, len(other))
            data = data[:i] + other[k : k + rng.randint(0, 2000)] + data[i:]
        elif op == 5:  # change line endings
            data = data.replace(b"\n", rng.choice([b"\r\n", b"\r", b"\n\n", b"\x0b", "\u2028".encode()]))
        elif op == 6:  # re-encode
            text = data.decode("utf-8", "replace")
            enc = rng.choice(["utf-16", "utf-16-le", "utf-32", "latin-1", "utf-8-sig", "cp1252"])
            data = text.encode(enc, "replace")
        elif op == 7:  # truncate (may split a multi-byte character)
            data = data[:i]
        elif op == 8:  # one very long line
            data = data[:i] + rng.choice(HOSTILE[40:]) * rng.randint(10, 500) + data[i:]
        elif op == 9:  # many short lines
            data = data[:i] + rng.choice([b"a\n", b"\n", b"x.\n", b"- \n"]) * rng.randint(10, 2000) + data[i:]
        elif op == 10:  # swap case of a range
            data = data[:i] + data[i:j].swapcase() + data[j:]
        else:  # random bytes
            data = data[:i] + os.urandom(rng.randint(1, 16)) + data[j:]
    return data[:max_len]


class Slow(Exception):
    pass


def _alarm(signum, frame):
    raise Slow("input took longer than the --slow limit")


class Target:
    """Lint one input and check the invariants; return a crash key or None."""

    def __init__(self, regex_timeout: float) -> None:
        from newslint import Linter
        from newslint.config import Config

        self.linter = Linter(Config(regex_timeout=regex_timeout), select=["ALL"])

    def __call__(self, suffix: str, raw: bytes) -> tuple[str, str] | None:
        path = f"fuzz{suffix}"
        try:
            results = self.linter.lint_bytes(path, raw)
            docs = {d.record: d for d in self.linter.read(path, raw) if not isinstance(d, Exception)}
        except Slow:
            return ("slow", "input took longer than the --slow limit")
        except Exception as exc:
            frames = traceback.extract_tb(exc.__traceback__)
            ours = [f for f in frames if "newslint" in f.filename] or frames
            last = ours[-1] if ours else None
            where = f"{Path(last.filename).name}:{last.lineno}" if last else "?"
            return (f"{type(exc).__name__} at {where}", traceback.format_exc())
        for f in results.findings:
            if f.rule == "NL003":
                # group by rule and exception type, not by the varying detail
                head = f.message.split(":")[0]
                return (f"NL003 {head}", f.message)
            if f.rule == "NL001":
                continue
            doc = docs.get(f.record)
            if doc is None:
                return ("finding for an unknown record", repr(f))
            lines = doc.lines
            first = doc.first_line
            ok = (
                first <= f.line <= f.end_line < first + len(lines)
                and 1 <= f.column <= len(lines[f.line - first].text) + 1
                and 1 <= f.end_column <= len(lines[f.end_line - first].text) + 1
                and (f.line, f.column) <= (f.end_line, f.end_column)
            )
            if not ok:
                return (f"{f.rule} finding outside its document", repr(f))
        return None


def run_mutation(args, target: Target, seeds, rng: random.Random, save: Path) -> dict:
    crashes: dict[str, tuple[str, bytes, str]] = {}
    pool = list(seeds)
    iterations = 0
    start = time.monotonic()
    deadline = start + args.seconds
    last_report = start
    use_alarm = hasattr(signal, "SIGALRM")
    if use_alarm:
        signal.signal(signal.SIGALRM, _alarm)
    while time.monotonic() < deadline:
        suffix, base = rng.choice(pool)
        if rng.random() < 0.1:
            suffix = rng.choice(SUFFIXES)
        data = mutate(base, rng, pool, args.max_len)
        if use_alarm:
            signal.setitimer(signal.ITIMER_REAL, args.slow)
        try:
            crash = target(suffix, data)
        finally:
            if use_alarm:
                signal.setitimer(signal.ITIMER_REAL, 0)
        iterations += 1
        if crash:
            key, detail = crash
            known = crashes.get(key)
            if known is None or len(data) < len(known[1]):
                if known is None:
                    print(f"[{time.monotonic() - start:7.1f}s] new crash: {key}", flush=True)
                crashes[key] = (suffix, data, detail)
        elif rng.random() < 0.02 and len(pool) < 2000:
            pool.append((suffix, data))  # keep some survivors: mutations compound
        if time.monotonic() - last_report > 60:
            last_report = time.monotonic()
            rate = iterations / (last_report - start)
            print(f"[{last_report - start:7.1f}s] {iterations} inputs, {rate:.0f}/s, {len(crashes)} crash kinds", flush=True)
    elapsed = time.monotonic() - start
    if crashes:
        save.mkdir(parents=True, exist_ok=True)
    for key, (suffix, data, detail) in sorted(crashes.items()):
        name = hashlib.sha1(data).hexdigest()[:12] + suffix
        (save / name).write_bytes(data)
        print(f"\nCRASH {key}\n  input: {save / name} ({len(data)} bytes)\n  " + detail.strip().replace("\n", "\n  ")[-1500:])
    return {"engine": "mutation", "seconds": elapsed, "iterations": iterations, "crashes": len(crashes)}


def run_atheris(args, seeds) -> dict:
    import importlib
    import pkgutil

    import atheris

    with atheris.instrument_imports(include=["newslint"]):
        import newslint

        # Rules and readers arrive later through entry points: import them
        # here so they are instrumented for coverage too.
        for info in pkgutil.walk_packages(newslint.__path__, "newslint."):
            if not info.name.endswith("__main__"):
                importlib.import_module(info.name)
    Path(args.save).mkdir(parents=True, exist_ok=True)
    target = Target(args.regex_timeout)
    count = {"n": 0}

    def test_one(data: bytes) -> None:
        count["n"] += 1
        suffix = SUFFIXES[data[0] % 3] if data else ".txt"
        crash = target(suffix, data[1:])
        if crash:
            raise RuntimeError(f"{crash[0]}\n{crash[1]}")

    corpus_dir = Path(tempfile.mkdtemp(prefix="newslint-fuzz-seeds-"))
    for i, (suffix, raw) in enumerate(seeds):
        (corpus_dir / f"{i}").write_bytes(bytes([SUFFIXES.index(suffix)]) + raw[:4000])
    start = time.monotonic()
    argv = [sys.argv[0], f"-max_total_time={int(args.seconds)}", f"-max_len={args.max_len}",
            f"-timeout={int(args.slow)}", f"-artifact_prefix={args.save}/", str(corpus_dir)]
    atheris.Setup(argv, test_one)
    try:
        atheris.Fuzz()
    except SystemExit:
        pass
    return {"engine": "atheris", "seconds": time.monotonic() - start, "iterations": count["n"], "crashes": 0}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seconds", type=float, default=60, help="time budget (default 60)")
    ap.add_argument("--engine", choices=("mutation", "atheris"), default="mutation")
    ap.add_argument("--seed", type=int, default=None, help="random seed (default: time-based, printed)")
    ap.add_argument("--max-len", type=int, default=100_000, help="largest input in bytes")
    ap.add_argument("--slow", type=float, default=20.0, help="seconds after which one input counts as a hang")
    ap.add_argument("--regex-timeout", type=float, default=5.0)
    ap.add_argument("--seed-files", type=int, default=60, help="how many corpus files to seed from")
    ap.add_argument("--save", default=str(Path(tempfile.gettempdir()) / "fuzz-crashes"))
    args = ap.parse_args()
    seed = args.seed if args.seed is not None else int(time.time())
    print(f"fuzz: engine={args.engine} seconds={args.seconds:g} seed={seed}", flush=True)
    rng = random.Random(seed)
    corpus = Path(os.environ.get("NEWSLINT_CORPUS", ROOT.parent / "shared" / "corpus"))
    seeds = load_seeds(corpus, rng, args.seed_files)
    if args.engine == "atheris":
        stats = run_atheris(args, seeds)
    else:
        stats = run_mutation(args, Target(args.regex_timeout), seeds, rng, Path(args.save))
    from newslint import Linter

    rules = ", ".join(r.name for r in Linter(select=["ALL"]).rules)
    print(
        f"\nfuzz summary: engine={stats['engine']} seconds={stats['seconds']:.0f} "
        f"iterations={stats['iterations']} ({stats['iterations'] / max(stats['seconds'], 1e-9):.0f}/s) "
        f"crash-kinds={stats['crashes']} seed={seed}\nrules fuzzed: {rules}"
    )
    return 1 if stats["crashes"] else 0


if __name__ == "__main__":
    sys.exit(main())
