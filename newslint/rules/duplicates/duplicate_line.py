"""NL201 duplicate-line: a line or paragraph that repeats an earlier one."""
from __future__ import annotations

from collections.abc import Iterator

import regex

from ...document import Document
from ...findings import Finding
from ...fixes import Fix
from ...rule import Context, rule

# Only runs that need changing: a plain single space left alone keeps sub()
# from building one string per word (a 50 MB line peaked at 1 GB RSS).
_SPACE = regex.compile(r"[^\S ]\s*| \s+")
# Leading list bullets and trailing punctuation are presentation, not content.
# The trailing run is found searching backwards from the end: a forward
# search for "[...]+$" rescanned every run of punctuation that was not at the
# end (20,000 ')' in a line took 7 s).
_LEAD = regex.compile(r"[\s\p{Pd}\p{Po}•·*>#]+")
_TRAIL = regex.compile(r"[\s\p{Po}\p{Pe}\p{Pf}]+\Z", regex.REVERSE)


def _key(text: str) -> str:
    lead = _LEAD.match(text)
    start = lead.end() if lead else 0
    trail = _TRAIL.search(text, start)
    end = trail.start() if trail else len(text)
    middle = text[start:end]
    if middle.isascii() and not _needs_spacing(middle):
        return middle.casefold()
    return _SPACE.sub(" ", middle).casefold()


def _needs_spacing(middle: str) -> bool:
    """Would ``_SPACE`` change the ASCII text ``middle`` (which neither starts
    nor ends with white space)?  These six are regex's ASCII white space
    (a paragraph holds line breaks, a line none); the scans in C cost a
    fraction of the pattern's pass over a paragraph-long line."""
    return "  " in middle or "\t" in middle or "\x0b" in middle or "\x0c" in middle or "\n" in middle or "\r" in middle


_WORD = regex.compile(r"\w+")


def _removal(ctx: Context, start: int, end: int, previous: str) -> Fix:
    """Removing the later copy is safe when it repeats the line or paragraph
    right above it exactly (white space aside): a caption scraped twice.  A
    copy further down may be a table header or a refrain that belongs where
    it is, and one that differs in case or punctuation may be the one to
    keep, so those removals are unsafe."""
    same = _SPACE.sub(" ", previous.strip()) == _SPACE.sub(" ", ctx.doc.text[start:end].strip())
    return ctx.line_removal(start, end, "remove the repeated copy", unsafe=not same)


@rule("NL201", "duplicate-line", options={"min-words": 4, "min-chars": 20})
def duplicate_line(doc: Document, ctx: Context) -> Iterator[Finding]:
    """A line or paragraph that repeats an earlier one in the same article.

    What it does:
        Compares every non-blank line (and every multi-line paragraph) with
        the ones before it, ignoring case, runs of white space, list bullets
        and trailing punctuation, and reports the later copy with the line of
        the first.  Three or more copies on consecutive lines (or
        paragraphs) are one finding that says how many there are.

    Why it matters:
        Scrapers often take a photo caption twice (once from the image, once
        from the figure caption) or repeat a pull quote; the repeat inflates
        the corpus and reads as an error in print.

    Example:
        Flagged (line 2 repeats line 1)::

            China's big state firms have been encouraged to invest.
            China's big state firms have been encouraged to invest.

        Not flagged: short repeated lines such as ``Advertisement`` or a
        repeated one-word heading (see ``min-words``).

    Options:
        ``min-words`` (4) and ``min-chars`` (20): shorter lines are ignored,
        since headings and labels legitimately repeat.

    Limitations:
        Near-duplicates that differ by a word are not reported.  Recall is
        1.00 on captions and paragraphs put twice into BBC dev articles
        (benchmarks/quality/duplicates.py; benchmarks/RESULTS.md has the
        other figures).
    """
    min_words = ctx.options["min-words"]
    min_chars = ctx.options["min-chars"]

    def long_enough(key: str) -> bool:
        # Count only up to min_words: findall on a 50 MB one-line file built
        # millions of strings (1 GB peak) just to compare with 4.
        return len(key) >= min_chars and sum(1 for _ in zip(range(min_words), _WORD.finditer(key))) >= min_words

    covered: set[int] = set()
    # Every key is kept, long enough or not: whether it is depends on the key
    # alone, so it is judged only for a key seen before (most lines are
    # unique), and a key too short to count is then passed over like one
    # never seen.
    seen_paras: dict[str, int] = {}  # key -> start of its first paragraph
    # Copies on consecutive lines (or paragraphs) are one finding with their
    # number, from RUN copies on: a scraped page that repeats a line a
    # million times is one problem, not a million.
    run = _Run(ctx, "paragraph repeats the one at line {first}")
    for i, para in enumerate(doc.paragraphs):
        if "\n" not in para.text and "\r" not in para.text:
            if run.key is not None:
                yield from run.flush()
            continue
        key = _key(para.text)
        if key not in seen_paras or not long_enough(key):
            if run.key is not None:
                yield from run.flush()
            seen_paras.setdefault(key, para.start)
            continue
        first_line, last_line = doc.position(para.start)[0], doc.position(para.end)[0]
        covered.update(range(first_line, last_line + 1))
        previous = doc.paragraphs[i - 1].text if i else ""
        first = doc.position(seen_paras[key])[0]
        yield from run.add(key, first, para.start, para.end, first_line, last_line, previous)
    if run.key is not None:
        yield from run.flush()
    seen: dict[str, int] = {}
    run = _Run(ctx, "repeats line {first}")
    above = ""  # the last non-blank line before this one
    for line in doc.lines:
        previous, above = above, (line.text if line.text.strip() else above)
        # An empty line's key (or one of spaces and tabs) is empty: not worked
        # out.
        key = _key(line.text) if line.text.strip(" \t") else ""
        if not key or key not in seen or line.number in covered or not long_enough(key):
            if run.key is not None:
                yield from run.flush()
            if key and key not in seen:
                seen[key] = line.number
            continue
        start = line.start + (len(line.text) - len(line.text.lstrip()))
        yield from run.add(key, seen[key], start, line.end, line.number, line.number, previous, line.number - 1)
    if run.key is not None:
        yield from run.flush()


# From this many copies in a row, the copies are one finding.  Fewer stay one
# finding each, so a directive or a baseline entry can still name one copy.
RUN = 3


class _Run:
    """Copies of one line (or paragraph) in a row."""

    def __init__(self, ctx: Context, message: str) -> None:
        self.ctx, self.message = ctx, message
        self.key: str | None = None
        self.first = self.to_line = 0
        self.copies: list[tuple[int, int, int, str]] = []  # start, end, first line, text above: of the first RUN copies
        self.end = self.count = 0
        self.exact = True  # every copy repeats the one right above it exactly

    def add(
        self, key: str, first: int, start: int, end: int, from_line: int, to_line: int, previous: str,
        after: int | None = None,
    ) -> Iterator[Finding]:
        """Take the next copy (``after``: the line it must follow to continue
        the run; None for paragraphs, which follow each other)."""
        if key != self.key or (after is not None and after != self.to_line):
            yield from self.flush()
            self.key, self.first, self.copies, self.count, self.exact = key, first, [], 0, True
        if len(self.copies) < RUN:
            self.copies.append((start, end, from_line, previous))
        self.exact = self.exact and _SPACE.sub(" ", previous.strip()) == _SPACE.sub(" ", self.ctx.doc.text[start:end].strip())
        self.end, self.to_line, self.count = end, to_line, self.count + 1

    def flush(self) -> Iterator[Finding]:
        if self.key is None:
            return
        message = self.message.format(first=self.first)
        self.key = None
        if self.count < RUN:
            for start, end, _, previous in self.copies:
                yield self.ctx.finding(start, end, message, fix=_removal(self.ctx, start, end, previous))
            return
        start, _, from_line, _ = self.copies[0]
        fix = self.ctx.line_removal(start, self.end, f"remove the {self.count:,} repeated copies", unsafe=not self.exact)
        yield self.ctx.finding(start, self.end, f"{message} ({self.count:,} times, lines {from_line}-{self.to_line})", fix=fix)
