"""Rule objects and the context a rule reports findings through."""
from __future__ import annotations

import inspect
import time
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator, Mapping, Optional, Sequence, TypeVar

import regex

from .document import Document
from .findings import Finding, Severity
from .fixes import SAFE, UNSAFE, Edit, Fix, checked, line_removal_span

CheckFn = Callable[[Document, "Context"], Optional[Iterable[Finding]]]
_T = TypeVar("_T")

_RULE_ID = regex.compile(r"[A-Z]{1,8}[0-9]{3,4}")
_RULE_NAME = regex.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*")


class PatternTimeout(Exception):
    """A rule's regular expression ran past the time limit on a document."""


@dataclass(frozen=True)
class Rule:
    """A lint rule: a stable id, a readable name and a check function.

    ``check(doc, ctx)`` yields :class:`Finding` objects made with
    ``ctx.finding(start, end, message)``; it must be a pure function of the
    document and ``ctx.options`` so documents can be linted in any order or in
    parallel.  ``options`` maps each option name to its default value; the
    default's type is the option's type.  ``doc`` defaults to the check
    function's docstring and is what ``newslint rule NAME`` prints.
    """

    id: str
    name: str
    check: CheckFn
    severity: Severity = Severity.WARNING
    enabled_by_default: bool = True
    options: Mapping[str, Any] = field(default_factory=dict)
    summary: str = ""
    doc: str = ""
    plugin: str = ""
    # "Teh [sic]" marks a spelling as intended: rules about spelling set this
    # so that a finding on the word before "[sic]" is dropped.
    honours_sic: bool = False

    def __post_init__(self) -> None:
        if not _RULE_ID.fullmatch(self.id):
            raise ValueError(
                f"rule id {self.id!r} must be 1-8 capital letters and 3-4 digits, e.g. ACME101"
            )
        if not _RULE_NAME.fullmatch(self.name):
            raise ValueError(f"rule name {self.name!r} must be lower-case words joined by '-'")
        object.__setattr__(self, "severity", Severity.parse(self.severity))
        if not self.doc:
            object.__setattr__(self, "doc", inspect.cleandoc(self.check.__doc__ or ""))
        if not self.summary:
            first = self.doc.strip().splitlines()[0] if self.doc.strip() else ""
            object.__setattr__(self, "summary", first)


def rule(
    id: str,
    name: str,
    *,
    severity: Severity | str = Severity.WARNING,
    enabled: bool = True,
    options: Mapping[str, Any] | None = None,
    summary: str = "",
    honours_sic: bool = False,
) -> Callable[[CheckFn], Rule]:
    """Decorator that turns a check function into a :class:`Rule`.

    The function's docstring becomes the rule's documentation::

        @rule("ACME101", "beijing-says", options={"severity_hint": "x"})
        def beijing_says(doc, ctx):
            '''What it does ...'''
            for m in regex.finditer(r"Beijing says", doc.text):
                yield ctx.finding(m.start(), m.end(), "name the ministry or official")
    """

    def wrap(fn: CheckFn) -> Rule:
        return Rule(
            id=id,
            name=name,
            check=fn,
            severity=Severity.parse(severity),
            enabled_by_default=enabled,
            options=dict(options or {}),
            summary=summary,
            honours_sic=honours_sic,
        )

    return wrap


# Matches handed over at a time by Context.finditer.
_BATCH = 1024


class Context:
    """What a rule sees besides the document: its options and a way to report."""

    __slots__ = ("doc", "rule", "options", "severity", "regex_timeout", "_located")

    def __init__(
        self,
        doc: Document,
        rule: Rule,
        options: Mapping[str, Any],
        severity: Severity | None = None,
        regex_timeout: float = 2.0,
    ) -> None:
        self.doc = doc
        self.rule = rule
        self.options = options
        self.severity = severity or rule.severity
        self.regex_timeout = regex_timeout
        # The last fix line_removal made, valid and located by construction.
        self._located: Fix | None = None

    def finding(
        self,
        start: int,
        end: int,
        message: str,
        suggestions: Sequence[str] = (),
        severity: Severity | str | None = None,
        fix: Fix | None = None,
    ) -> Finding:
        """A finding for the characters ``doc.text[start:end]`` (end exclusive).

        Offsets past the text are clamped to it.  Raises ``ValueError`` for
        ``end < start`` or a message of several lines and ``TypeError`` for
        suggestions that are not a sequence of strings: the engine reports
        that as NL003 at the rule's line instead of printing a garbled finding.
        ``fix`` (a :class:`Fix`, e.g. from :meth:`replacement` or
        :meth:`line_removal`) is checked the same way: edits outside the
        text or overlapping each other raise ``ValueError``.
        """
        if end < start:
            raise ValueError(f"ctx.finding({start}, {end}, ...): end is before start")
        if not isinstance(message, str) or "\n" in message or "\r" in message:
            raise ValueError(f"ctx.finding(..., message={message!r}): the message must be one line of text")
        if isinstance(suggestions, (str, bytes)) or not all(isinstance(s, str) for s in suggestions):
            raise TypeError(
                f"ctx.finding(..., suggestions={suggestions!r}): suggestions must be a list of strings"
                + (f" (did you mean [{suggestions!r}]?)" if isinstance(suggestions, str) else "")
            )
        doc = self.doc
        start = max(0, min(start, len(doc.text)))
        end = max(start, min(end, len(doc.text)))
        line, column = doc.position(start)
        end_line, end_column = doc.position(end)
        if fix is not None and fix is not self._located:
            fix = checked(fix, doc)
        return Finding(
            path=doc.path,
            line=line,
            column=column,
            end_line=end_line,
            end_column=end_column,
            rule=self.rule.id,
            name=self.rule.name,
            severity=Severity.parse(severity) if severity else self.severity,
            message=message,
            suggestions=tuple(suggestions),
            record=doc.record,
            start=start,
            end=end,
            fix=fix,
        )

    # -- fixes: edits proposed with a finding, applied by the engine (newslint/fixes.py)

    def replacement(self, start: int, end: int, text: str, message: str = "", *, unsafe: bool = False) -> Fix:
        """A fix that replaces ``doc.text[start:end]`` with ``text`` (``""`` deletes)."""
        return Fix((Edit(start, end, text),), UNSAFE if unsafe else SAFE, message or f"replace with {text!r}")

    def line_removal(self, start: int, end: int, message: str = "", *, unsafe: bool = False) -> Fix:
        """A fix that removes the whole lines ``doc.text[start:end]`` touches,
        with their line breaks (and the blank lines that separated them, when
        they stand as a paragraph of their own)."""
        doc = self.doc
        s, e = line_removal_span(doc, start, end)
        message = message or "remove the line"
        applicability = UNSAFE if unsafe else SAFE
        if not isinstance(message, str) or "\n" in message or "\r" in message:
            return Fix((Edit(s, e, ""),), applicability, message)  # ctx.finding raises on it, as for any fix
        # Located here, so that ctx.finding need not check it again (a scraped
        # page may remove a million lines): what ``checked`` would return.
        fix = Fix((Edit(s, e, "", *doc.position(s), *doc.position(e)),), applicability, message)
        self._located = fix
        return fix

    def finditer(self, pattern: Any, text: str | None = None, flags: int = 0) -> Iterator[Any]:
        """``regex.finditer`` under the run's time limit (see :meth:`limited`).

        Use it for any pattern a user or a data file supplies: a catastrophic
        pattern on an adversarial article then becomes a finding naming the rule
        instead of a hung CI job.  The matches come a batch at a time, and the
        limit counts the time spent finding them, not the caller's time between
        them.
        """
        text = self.doc.text if text is None else text
        compiled = regex.compile(pattern, flags) if isinstance(pattern, str) else pattern
        shown = str(getattr(pattern, "pattern", pattern))
        if compiled.flags & regex.REVERSE:
            # A reversed search runs from the end: it cannot resume at an offset.
            return iter(self.limited(lambda t, timeout: list(compiled.finditer(t, timeout=timeout)), text, shown))
        return self._batches(compiled, text, shown)

    def _batches(self, pattern: Any, text: str, shown: str) -> Iterator[Any]:
        # A list of every match held about 180 bytes a match: hundreds of
        # megabytes on a 50 MB line of "officials say".  A batch ends after a
        # match that is not empty, so finditer from its end goes on exactly as
        # the one search would (it may not take an empty match where the last
        # empty one was).  regex counts a finditer's timeout in CPU time from its
        # start, the caller's work included: each batch gets what is left.
        limit = self._limit(text)
        spent, pos = 0.0, 0
        while True:
            began = time.process_time()
            batch: list[Any] = []
            try:
                for m in pattern.finditer(text, pos, timeout=max(limit - spent, 1e-6)):
                    batch.append(m)
                    if len(batch) >= _BATCH and m.end() > m.start():
                        break
            except TimeoutError as exc:
                raise self._timeout(shown, limit) from exc
            spent += time.process_time() - began
            yield from batch
            if len(batch) < _BATCH or batch[-1].end() == batch[-1].start():
                return
            pos = batch[-1].end()

    def limited(self, run: Callable[..., _T], text: str, shown: str) -> _T:
        """``run(text, timeout=limit)`` -- a compiled pattern's ``match`` or
        ``search``, say -- with a timeout turned into :class:`PatternTimeout`
        naming ``shown`` (the pattern, or the entries it was built from).

        The limit is ``regex-timeout`` seconds per megabyte of text (at least
        one), so a linear pattern over a huge file is not mistaken for a
        runaway one.
        """
        limit = self._limit(text)
        try:
            return run(text, timeout=limit)
        except TimeoutError as exc:
            raise self._timeout(shown, limit) from exc

    def limited_stream(self, run: Callable[..., Iterable[_T]], text: str, shown: str) -> Iterator[_T]:
        """The items of ``run(text, timeout=limit)``, as they come, for a ``run``
        whose every step is a search of its own under the limit (``match`` at
        chosen places, say); a timeout becomes :class:`PatternTimeout` as in
        :meth:`limited`."""
        limit = self._limit(text)
        try:
            yield from run(text, timeout=limit)
        except TimeoutError as exc:
            raise self._timeout(shown, limit) from exc

    def _limit(self, text: str) -> float:
        return self.regex_timeout * max(1.0, len(text) / 1_000_000)

    @staticmethod
    def _timeout(shown: str, limit: float) -> PatternTimeout:
        if len(shown) > 200:
            # A combined phrase list runs to kilobytes: one line must stay readable.
            shown = f"{shown[:80]}…{shown[-80:]}"
        return PatternTimeout(f"pattern {shown!r} took longer than {limit:g}s")

