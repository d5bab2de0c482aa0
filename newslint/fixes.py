"""Fixes are data on findings: character edits a rule proposes and the engine applies.

A rule never changes text.  It attaches a :class:`Fix` to a finding -- one or
more :class:`Edit` spans of ``doc.text`` with their replacement -- and marks it
``safe`` (applied by ``--fix``) or ``unsafe`` (applied only with
``--unsafe-fixes``: it may change meaning or lose text a careful editor would
keep).  The fixer (newslint/fixer.py) applies them; the writer
(newslint/writer.py) puts the result on disk.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Iterable

from .compact import has_text

if TYPE_CHECKING:
    from .document import Document

SAFE = "safe"
UNSAFE = "unsafe"
APPLICABILITIES = (SAFE, UNSAFE)


@dataclass(frozen=True)
class Edit:
    """Replace ``doc.text[start:end]`` (end exclusive) with ``replacement``.

    ``start == end`` inserts; an empty ``replacement`` deletes.  The line and
    column fields are filled in by ``ctx.finding`` for reporters (1-based,
    code points, end exclusive, like a finding's).
    """

    start: int
    end: int
    replacement: str = ""
    line: int = field(default=0, compare=False)
    column: int = field(default=0, compare=False)
    end_line: int = field(default=0, compare=False)
    end_column: int = field(default=0, compare=False)

    @property
    def is_deletion(self) -> bool:
        return self.replacement == "" and self.end > self.start


@dataclass(frozen=True)
class Fix:
    """The edits that resolve one finding, applied together or not at all.

    ``applicability`` is ``"safe"`` or ``"unsafe"``; ``message`` says what the
    fix does (``remove the interface line``), for ``--show-fixes`` and the
    JSON and SARIF reports.
    """

    edits: tuple[Edit, ...]
    applicability: str = SAFE
    message: str = ""

    @property
    def safe(self) -> bool:
        return self.applicability == SAFE

    @property
    def start(self) -> int:
        return min(e.start for e in self.edits)


def applicable(fix: Fix | None, unsafe: bool) -> bool:
    """Whether ``--fix`` applies ``fix`` (with ``--unsafe-fixes`` when ``unsafe``)."""
    return fix is not None and (fix.safe or unsafe)


def checked(fix: object, doc: Document) -> Fix:
    """``fix`` validated against ``doc`` and with its edits located and sorted.

    Raises TypeError or ValueError naming the problem: the engine reports a
    bad fix like a bad finding (NL003), never applies it.
    """
    if not isinstance(fix, Fix):
        raise TypeError(f"ctx.finding(..., fix={fix!r}): a fix must be a newslint.Fix")
    if fix.applicability not in APPLICABILITIES:
        raise ValueError(f"Fix applicability {fix.applicability!r} must be 'safe' or 'unsafe'")
    if not isinstance(fix.message, str) or "\n" in fix.message or "\r" in fix.message:
        raise ValueError(f"Fix message {fix.message!r} must be one line of text")
    edits = tuple(fix.edits) if isinstance(fix.edits, Iterable) else None
    if not edits or not all(isinstance(e, Edit) for e in edits):
        raise TypeError(f"Fix edits {fix.edits!r} must be a non-empty sequence of newslint.Edit")
    size = len(doc.text)
    for e in edits:
        if type(e.start) is not int or type(e.end) is not int or not 0 <= e.start <= e.end <= size:
            raise ValueError(f"Edit({e.start!r}, {e.end!r}, ...) is not a span of the text (0..{size})")
        if not isinstance(e.replacement, str):
            raise TypeError(f"Edit replacement {e.replacement!r} must be a string")
    ordered = sorted(edits, key=lambda e: (e.start, e.end)) if len(edits) > 1 else edits
    for a, b in zip(ordered, ordered[1:]):
        if overlap(a, b):
            raise ValueError(f"the edits of one Fix overlap ({a.start}-{a.end} and {b.start}-{b.end})")
    # Built directly rather than with dataclasses.replace: every finding of a
    # scraped corpus may carry a fix, and this runs for each.
    located = tuple(Edit(e.start, e.end, e.replacement, *doc.position(e.start), *doc.position(e.end)) for e in ordered)
    return Fix(located, fix.applicability, fix.message)


def overlap(a: Edit, b: Edit) -> bool:
    """Edits that cannot both apply: they share characters (an insertion
    inside the other's span counts), or both insert at one point."""
    if a.start < b.end and b.start < a.end:
        return True
    return a.start == a.end == b.start == b.end


def line_removal_span(doc: Document, start: int, end: int) -> tuple[int, int]:
    """The span that removes every line ``doc.text[start:end]`` touches, with
    a line break, keeping the text's layout and its ending.

    A line goes with the break before it, so removing the last lines of a
    text keeps its ending as it was (a final newline, or none), however many
    fixes remove them; the first line goes with the break after it.  Lines
    that stand as a paragraph of their own (blank lines, or the edge of the
    text, above and below) also take the blank lines above them (below, for
    the first paragraph), so no double gap is left where they were.
    """
    # Each line is fetched once: a huge document builds a line on every access,
    # and a scraped page may remove a million of them.
    lines = doc.lines
    n = len(lines)
    first = doc.line_index(start)
    last = doc.line_index(end - 1 if end > start else start)
    above = lines[first - 1] if first > 0 else None
    below = lines[last + 1] if last + 1 < n else None
    alone = (above is None or not has_text(above.text)) and (below is None or not has_text(below.text))
    if above is not None:
        k, kept = first - 1, above
        while alone and k > 0 and not has_text(kept.text):
            k -= 1
            kept = lines[k]
        return (kept.end if has_text(kept.text) or not alone else 0), lines[last].end
    k, after = last + 1, below
    while alone and after is not None and not has_text(after.text):
        k += 1
        after = lines[k] if k < n else None
    if after is None:
        return 0, len(doc.text)
    return 0, after.start
