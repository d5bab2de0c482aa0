"""NL201 duplicate-line: a line or paragraph that repeats an earlier one."""
from __future__ import annotations

from collections.abc import Iterator

import regex

from ...document import Document
from ...findings import Finding
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
    return _SPACE.sub(" ", text[start:end]).casefold()


_WORD = regex.compile(r"\w+")


@rule("NL201", "duplicate-line", options={"min-words": 4, "min-chars": 20})
def duplicate_line(doc: Document, ctx: Context) -> Iterator[Finding]:
    """A line or paragraph that repeats an earlier one in the same article.

    What it does:
        Compares every non-blank line (and every multi-line paragraph) with
        the ones before it, ignoring case, runs of white space, list bullets
        and trailing punctuation, and reports the later copy with the line of
        the first.  Copies in a row (only blank lines between them) are one
        finding that says how many there are.

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
        (benchmarks/quality_duplicates.py; benchmarks/RESULTS.md has the
        other figures).
    """
    min_words = ctx.options["min-words"]
    min_chars = ctx.options["min-chars"]

    def long_enough(key: str) -> bool:
        # Count only up to min_words: findall on a 50 MB one-line file built
        # millions of strings (1 GB peak) just to compare with 4.
        return len(key) >= min_chars and sum(1 for _ in zip(range(min_words), _WORD.finditer(key))) >= min_words

    covered: set[int] = set()
    seen_paras: dict[str, int] = {}
    # Copies in a row (nothing else between them but blank lines) are one
    # finding with their number: a scraped page that repeats a line a
    # million times is one problem, not a million.
    run = _Run(ctx, "paragraph repeats the one at line {first}")
    for para in doc.paragraphs:
        if "\n" not in para.text and "\r" not in para.text:
            yield from run.flush()
            continue
        key = _key(para.text)
        first_line = doc.position(para.start)[0]
        if not long_enough(key):
            yield from run.flush()
            continue
        last_line = doc.position(para.end)[0]
        if key in seen_paras:
            covered.update(range(first_line, last_line + 1))
            yield from run.add(key, seen_paras[key], para.start, para.end, first_line, last_line)
        else:
            yield from run.flush()
            seen_paras[key] = first_line
    yield from run.flush()
    seen: dict[str, int] = {}
    run = _Run(ctx, "repeats line {first}")
    for line in doc.lines:
        if not line.text.strip():
            continue  # a blank line does not end a run
        key = _key(line.text)
        if not key or not long_enough(key) or line.number in covered or key not in seen:
            yield from run.flush()
            if key and long_enough(key) and key not in seen:
                seen[key] = line.number
            continue
        start = line.start + (len(line.text) - len(line.text.lstrip()))
        yield from run.add(key, seen[key], start, line.end, line.number, line.number)
    yield from run.flush()


class _Run:
    """Copies of one line (or paragraph) in a row, reported as one finding."""

    def __init__(self, ctx: Context, message: str) -> None:
        self.ctx, self.message = ctx, message
        self.key: str | None = None
        self.first = self.start = self.end = self.copies = self.from_line = self.to_line = 0

    def add(self, key: str, first: int, start: int, end: int, from_line: int, to_line: int) -> Iterator[Finding]:
        """Take the next copy; yields the finished run when this copy starts another."""
        if key == self.key:
            self.end, self.to_line, self.copies = end, to_line, self.copies + 1
            return
        yield from self.flush()
        self.key, self.first, self.start, self.end, self.copies = key, first, start, end, 1
        self.from_line, self.to_line = from_line, to_line

    def flush(self) -> Iterator[Finding]:
        if self.key is None:
            return
        message = self.message.format(first=self.first)
        if self.copies > 1:
            message += f" ({self.copies:,} times, lines {self.from_line}-{self.to_line})"
        self.key = None
        yield self.ctx.finding(self.start, self.end, message)
