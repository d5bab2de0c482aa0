"""Apply the fixes rules attach to findings: choose, apply, re-lint, repeat.

Rules propose (newslint/fixes.py); this module decides.  In each pass the
applicable fixes of a document are taken in text order and a fix is skipped
when one of its edits collides with an edit already taken; deletions may
overlap each other, since removing the union of two spans removes nothing
either did not ask for.  The document is then linted again, because a fix
can make or unmake other findings, until no applicable fix is left or
``MAX_PASSES`` is reached.  Nothing here touches a file.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Callable, Sequence

from . import baseline as baseline_file
from .document import Document
from .errors import ReadError
from .findings import Finding
from .fixes import Edit, applicable, overlap
from .rewrite import Unwritable, rebuild

if TYPE_CHECKING:
    from .engine import Linter
    from .rule import Rule

# Passes per document before giving up on fixes that keep producing fixes;
# real articles settle in two or three.
MAX_PASSES = 10


@dataclass(frozen=True)
class Applied:
    """A finding whose fix was applied, in pass ``round`` (its edits' offsets
    are into the text as that pass read it)."""

    finding: Finding
    round: int


@dataclass
class DocumentFix:
    """A document after fixing: the final text, what was applied, and
    whether applicable fixes were still left after ``MAX_PASSES``."""

    doc: Document
    applied: list[Applied] = field(default_factory=list)
    settled: bool = True


def choose(text: str, findings: Sequence[Finding], unsafe: bool) -> tuple[list[Finding], list[Edit]]:
    """The findings whose fixes one pass applies, and the edits to make
    (sorted, no two colliding; overlapping deletions merged into one)."""
    candidates = sorted(
        (f for f in findings if applicable(f.fix, unsafe)),
        key=lambda f: (f.fix.start, f.rule, f.sort_key),  # type: ignore[union-attr]
    )
    taken: list[Edit] = []  # sorted by (start, end); overlaps only between deletions
    keys: list[tuple[int, int]] = []
    chosen: list[Finding] = []
    for f in candidates:
        edits = [e for e in f.fix.edits if text[e.start : e.end] != e.replacement]  # type: ignore[union-attr]
        if not edits or not _fits(edits, len(text)) or any(_collides(e, taken, keys) for e in edits):
            continue
        for e in edits:
            _take(e, taken, keys)
        chosen.append(f)
    return chosen, taken


def _fits(edits: list[Edit], size: int) -> bool:
    """Spans of the text, in order, not overlapping (ctx.finding checks this;
    a finding copied onto another document might not hold)."""
    ends = [(e.start, e.end) for e in edits]
    return all(0 <= s <= e <= size for s, e in ends) and all(
        not overlap(a, b) and a.start <= b.start for a, b in zip(edits, edits[1:])
    )


def _collides(e: Edit, taken: list[Edit], keys: list[tuple[int, int]]) -> bool:
    # Taken edits do not overlap except deletions, whose merged runs are
    # disjoint too: only the neighbours around e's position can collide.
    i = bisect.bisect_left(keys, (e.start, e.end))
    for j in (i - 1, i):
        if 0 <= j < len(taken) and overlap(e, taken[j]) and not (e.is_deletion and taken[j].is_deletion):
            return True
    # A long deletion may reach over several taken edits after it.
    j = i
    while j < len(taken) and taken[j].start < e.end:
        if overlap(e, taken[j]) and not (e.is_deletion and taken[j].is_deletion):
            return True
        j += 1
    return False


def _take(e: Edit, taken: list[Edit], keys: list[tuple[int, int]]) -> None:
    if e.is_deletion:
        # Merge with every deletion it overlaps: one span, one edit.  Touching
        # ones stay apart, or an insertion between them would end up inside.
        start, end = e.start, e.end
        j = max(0, bisect.bisect_left(keys, (start, start)) - 1)
        merged = []
        while j < len(taken) and taken[j].start < end:
            t = taken[j]
            if t.is_deletion and t.end > start:
                start, end = min(start, t.start), max(end, t.end)
                merged.append(j)
            j += 1
        for j in reversed(merged):
            del taken[j], keys[j]
        e = Edit(start, end, "")
    i = bisect.bisect_left(keys, (e.start, e.end))
    taken.insert(i, e)
    keys.insert(i, (e.start, e.end))


def apply_edits(text: str, edits: Sequence[Edit]) -> str:
    """``text`` with ``edits`` (sorted, not colliding) made; every character
    outside their spans is kept, in order."""
    out: list[str] = []
    pos = 0
    for e in edits:
        out.append(text[pos : e.start])
        out.append(e.replacement)
        pos = e.end
    out.append(text[pos:])
    return "".join(out)


def fix_document(
    doc: Document,
    lint: Callable[[Document], list[Finding]],
    unsafe: bool = False,
    max_passes: int = MAX_PASSES,
) -> DocumentFix:
    """Fix ``doc`` with the findings ``lint`` reports, pass after pass."""
    result = DocumentFix(doc)
    for round in range(1, max_passes + 1):
        chosen, edits = choose(result.doc.text, lint(result.doc), unsafe)
        if not chosen:
            return result
        result.applied.extend(Applied(f, round) for f in chosen)
        result.doc = replace(result.doc, text=apply_edits(result.doc.text, edits))
    result.settled = not choose(result.doc.text, lint(result.doc), unsafe)[0]
    return result


# -- one file -------------------------------------------------------------------------


@dataclass
class FileFix:
    """One file after fixing: its new bytes (None when nothing changed), the
    fixes applied, and why it cannot be written, if it cannot."""

    path: str
    old: bytes
    new: bytes | None = None
    applied: list[Applied] = field(default_factory=list)
    problem: str | None = None
    settled: bool = True


def fix_file(linter: Linter, path: str, raw: bytes, unsafe: bool = False, max_passes: int = MAX_PASSES) -> FileFix:
    """Fix every document in one file's bytes with ``linter``'s rules and
    settings (selection, per-file-ignores, inline suppressions; findings
    the baseline accounts for are left alone)."""
    rules = _rules_for(linter, path)
    outcome = FileFix(path, raw)
    fixed: dict[int | None, tuple[str, str]] = {}
    for doc in linter.read(path, raw):
        if isinstance(doc, ReadError):
            continue
        done = fix_document(doc, _reported(linter, rules), unsafe, max_passes)
        if done.applied:
            fixed[doc.record] = (doc.text, done.doc.text)
            outcome.applied.extend(done.applied)
        outcome.settled = outcome.settled and done.settled
    if fixed:
        try:
            outcome.new = rebuild(path, raw, fixed, linter.config)
        except Unwritable as exc:
            outcome.problem, outcome.applied = str(exc), []
    return outcome


def _rules_for(linter: Linter, path: str) -> list[Rule]:
    if not linter.config.per_file_ignores:
        return list(linter.rules)
    ignored = linter.registry.resolve(linter.config.ignored_for(path), "per-file-ignores")
    return [r for r in linter.rules if r.id not in ignored]


def _reported(linter: Linter, rules: list[Rule]) -> Callable[[Document], list[Finding]]:
    """Lint a document as a run reports it: findings a baseline accounts for
    are not fixed (they were accepted as they are)."""

    def lint(doc: Document) -> list[Finding]:
        found = sorted(linter.lint_document(doc, rules), key=lambda f: f.sort_key)
        if linter.baseline is None:
            return found
        known, base = linter.baseline

        def line_text(f: Finding) -> str | None:
            index = f.line - doc.first_line
            return doc.lines[index].text if 0 <= index < len(doc.lines) else None

        return baseline_file.new_findings(found, known, line_text, base)

    return lint
