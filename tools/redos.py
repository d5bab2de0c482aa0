"""Look for super-linear (ReDoS-prone) behaviour in newslint's own patterns and rules.

    .venv/bin/python tools/redos.py [--size 4000] [--limit 8]

Two passes:

1. Every compiled pattern at module level in newslint (``regex``/``re`` objects,
   also inside tuples, lists and dicts) plus the combined pattern of every data
   file that holds phrase entries, run with ``finditer`` over adversarial lines
   of N and 4N characters.  The lines repeat characters the pattern itself
   names (so partial matches start everywhere and fail late) and generic
   troublemakers (spaces, dots, quotes, newlines).
2. Every rule's whole check (and the Document helpers) on adversarial
   documents of N and 4N characters: many blank lines, one long line, many
   short lines, quote runs, bullet runs.

Linear code shows a time ratio near 4; quadratic near 16.  Rows whose ratio
exceeds ``--limit`` (and whose 4N time is above noise) are printed as SUSPECT,
and the exit status is 1 if there is any.
"""
from __future__ import annotations

import argparse
import importlib
import pkgutil
import re
import sys
import time
from typing import Any, Callable, Iterator

import regex

NOISE = 0.02  # seconds: below this at 4N a ratio means nothing
GENERIC = [" ", "a", "a ", ".", "\n", "\n\n", " \n", '"', "“", "'", "-", "*", "<", "&", "A", "1", "ab.", "The ", "\t", "é"]


def iter_modules() -> Iterator[Any]:
    import newslint

    for info in pkgutil.walk_packages(newslint.__path__, "newslint."):
        if info.name.endswith("__main__"):
            continue
        try:
            yield importlib.import_module(info.name)
        except Exception as exc:  # a module mid-edit by someone else
            print(f"skip {info.name}: {type(exc).__name__}: {exc}")


def module_patterns() -> list[tuple[str, Any]]:
    out: dict[int, tuple[str, Any]] = {}

    def visit(name: str, value: Any, depth: int = 0) -> None:
        if isinstance(value, (regex.Pattern, re.Pattern)):
            out.setdefault(id(value), (name, value))
        elif depth < 2 and isinstance(value, (list, tuple, frozenset, set)):
            for i, v in enumerate(value):
                visit(f"{name}[{i}]", v, depth + 1)
        elif depth < 2 and isinstance(value, dict):
            for k, v in value.items():
                visit(f"{name}[{k!r}]", v, depth + 1)

    for module in iter_modules():
        for attr, value in vars(module).items():
            visit(f"{module.__name__}.{attr}", value)
    return sorted(out.values(), key=lambda item: item[0])


def data_patterns() -> list[tuple[str, Any]]:
    from newslint.pattern_files import read_patterns
    from newslint.phrases import DATA_DIR, compile_phrases, read_list

    out = []
    for path in sorted(DATA_DIR.glob("*.txt")):
        # A pattern file's lines are patterns and examples (newslint.pattern_files),
        # not phrases; rules read them as re: entries of their list.
        if path.name.endswith("_patterns.txt"):
            entries = tuple("re:" + p.source for p in read_patterns(path))
            if entries:
                out.append((f"data/{path.name}", compile_phrases(entries)))
            continue
        try:
            entries = tuple(read_list(path))
        except Exception:
            continue
        # Word lists are not phrase lists; only lists with phrases or re: entries.
        if not entries or len(entries) > 5000:
            continue
        if not any(e.startswith("re:") or " " in e for e in entries):
            continue
        try:
            out.append((f"data/{path.name}", compile_phrases(entries)))
        except regex.error as exc:
            print(f"skip data/{path.name}: {exc}")
    return out


def attacks(pattern: Any) -> list[str]:
    """Short units whose repetition tends to drive a pattern into backtracking."""
    source = pattern.pattern if isinstance(pattern.pattern, str) else ""
    literals = sorted(set(regex.findall(r"(?<!\\)[A-Za-z:;,.!?\"'“”‘’()\[\]<>&#/ -]", source)))[:12]
    words = sorted(set(regex.findall(r"[A-Za-z]{3,}", source)))[:6]
    units = list(GENERIC) + literals + [w + " " for w in words] + [w + ": " for w in words[:2]]
    return list(dict.fromkeys(u for u in units if u))


def timed(fn: Callable[[], Any], budget: float) -> float:
    start = time.perf_counter()
    try:
        fn()
    except TimeoutError:
        return budget * 2  # ran past the budget: surely super-linear
    return time.perf_counter() - start


def scan_patterns(size: int, budget: float) -> Iterator[tuple[str, str, float, float]]:
    for name, pattern in module_patterns() + data_patterns():
        if not isinstance(pattern.pattern, str):
            continue
        worst = (0.0, 0.0, 0.0, "")
        for unit in attacks(pattern):
            # End on a character that breaks most matches, so partial matches fail late.
            small = (unit * (size // len(unit) + 1))[:size] + "\x00"
            large = (unit * (4 * size // len(unit) + 1))[: 4 * size] + "\x00"
            if isinstance(pattern, regex.Pattern):
                t1 = timed(lambda p=pattern, s=small: list(p.finditer(s, timeout=budget)), budget)
                t4 = timed(lambda p=pattern, s=large: list(p.finditer(s, timeout=budget)), budget)
            else:
                t1 = timed(lambda p=pattern, s=small: list(p.finditer(s)), budget)
                t4 = timed(lambda p=pattern, s=large: list(p.finditer(s)), budget)
            if t4 >= budget:  # already past the limit: no need to try more units
                worst = (t1, t4, t4 / max(t1, 1e-6), unit)
                break
            ratio = t4 / max(t1, 1e-6)
            if t4 > worst[1] or (t4 > NOISE and ratio > worst[2]):
                worst = (t1, t4, ratio, unit)
        yield (name, repr(worst[3]), worst[0], worst[1])


def documents(size: int) -> dict[str, str]:
    n = size
    return {
        "blank lines": "\n" * n,
        "spaces": " " * n,
        "one long line": ("Officials said the plan would work. " * (n // 36 + 1))[:n],
        "no spaces": "a" * n,
        "short lines": "ab\n" * (n // 3),
        "quotes": '"' * n,
        "open quote, no close": "“He said " + "word " * (n // 5),
        "bullets": "* Read more\n" * (n // 12),
        "dots": "." * n,
        "caps words": "BREAKING NEWS " * (n // 14),
        "tags": "<div>" * (n // 5),
        "entities": "&amp" * (n // 4),
        "repeated sentence lines": "The minister said the plan would work well.\n" * (n // 44),
        "words no punct": "the council report today " * (n // 25),
        "mixed breaks": "a\r\nb\rc\n" * (n // 7),
        "dotted run": "ab." * (n // 3),
        "hyphen run": "a-" * (n // 2),
        "punctuation then letter": "!)]" * (n // 3) + "x",
        "long token": "x" * n,
    }


def scan_rules(size: int, budget: float) -> Iterator[tuple[str, str, float, float]]:
    from newslint import Document, Linter
    from newslint.config import Config

    linter = Linter(Config(regex_timeout=30.0), select=["ALL"])
    helpers: list[tuple[str, Callable[[Document], Any]]] = [
        ("Document.lines", lambda d: d.lines),
        ("Document.paragraphs", lambda d: d.paragraphs),
        ("Document.sentences", lambda d: d.sentences),
    ]
    checks = helpers + [(f"rule {r.name}", (lambda d, r=r: linter.lint_document(d, [r]))) for r in linter.rules]
    small_docs, large_docs = documents(size), documents(4 * size)
    for name, fn in checks:
        worst = (0.0, 0.0, 0.0, "")
        for kind in small_docs:
            t1 = timed(lambda f=fn, k=kind: f(Document("x.txt", small_docs[k])), budget)
            if t1 > budget / 4:  # 4x the input would take minutes if quadratic
                worst = (t1, t1 * 16, 16.0, kind + " (4x skipped)")
                break
            t4 = timed(lambda f=fn, k=kind: f(Document("x.txt", large_docs[k])), budget)
            ratio = t4 / max(t1, 1e-6)
            if t4 > worst[1] or (t4 > NOISE and ratio > worst[2]):
                worst = (t1, t4, ratio, kind)
        yield (name, worst[3], worst[0], worst[1])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--size", type=int, default=2000, help="N: characters in the 1x input (default 2000)")
    ap.add_argument("--limit", type=float, default=8.0, help="ratio above which a row is SUSPECT (default 8)")
    ap.add_argument("--budget", type=float, default=1.0, help="time limit per pattern run, seconds")
    ap.add_argument("--only", choices=("patterns", "rules"), help="run one pass only")
    args = ap.parse_args()
    suspects = 0
    passes = []
    if args.only != "rules":
        passes.append(("patterns (finditer on adversarial lines)", scan_patterns(args.size, args.budget)))
    if args.only != "patterns":
        passes.append(("rules and Document helpers (adversarial documents)", scan_rules(args.size * 4, args.budget * 4)))
    for title, rows in passes:
        print(f"\n{title}", flush=True)
        print(f"{'name':<58} {'worst input':<24} {'1x s':>8} {'4x s':>8} {'ratio':>6}")
        for name, unit, t1, t4 in rows:
            ratio = t4 / max(t1, 1e-6)
            bad = t4 > NOISE and ratio > args.limit
            # A pattern row is the worst case for search()/finditer(); one used
            # only with match() at a known position is not exposed, so only
            # whole rules (what users run) decide the exit status.
            suspects += bad and title.startswith("rules")
            print(f"{name[:58]:<58} {unit[:24]:<24} {t1:8.4f} {t4:8.4f} {ratio:6.1f}{'  SUSPECT' if bad else ''}", flush=True)
    print(f"\n{suspects} suspect rule(s) or helper(s); linear is ~4x, quadratic ~16x")
    return 1 if suspects else 0


if __name__ == "__main__":
    sys.exit(main())
