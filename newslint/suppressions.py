"""Inline suppression directives: ``newslint: ignore[...]`` and friends, and ``[sic]``.

A directive is a comment in whatever markup the article uses::

    A line with a known oddity. <!-- newslint: ignore[typo] -->
    # newslint: ignore-next-line[NL3]
    // newslint: disable[duplicate-line] ... // newslint: enable[duplicate-line]
    [//]: # (newslint: file-ignore[missing-attribution])

It counts only right after comment-like punctuation (``<!--``, ``#``, ``//``,
``/*``, ``[``, ``(``, ``{``, ``%``, ``;``), so prose that mentions newslint is
left alone.  Rules are named by id, name or id prefix, comma-separated; ``ALL``
names every rule.  ``Teh [sic]`` silences, for that word, every rule that honours [sic] (the typo rule, NL101).

Directives that silence nothing, name no rule or name an unknown rule are
reported as NL002 (unused-suppression), but only for rules selected in the run:
a directive for a rule switched off here may matter in another configuration.
Findings that lie inside a directive's own text (``<!--`` looks like markup
residue) are dropped, so writing a directive never creates new findings.
"""
from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Iterable, Mapping

import regex

from .document import Document
from .findings import Finding, Severity
from .rule import Context

if TYPE_CHECKING:
    from .registry import Registry

UNUSED = "NL002"

_DIRECTIVE = regex.compile(
    r"(?P<open><!--|/\*|//|[#\[({%;])[^\S\r\n]*"
    r"(?P<head>newslint:[^\S\r\n]*(?P<kind>ignore-next-line|file-ignore|ignore|disable|enable)(?![\w-])"
    r"(?:\[(?P<rules>[^\]\r\n]*)\])?)"
    r"(?P<close>[^\S\r\n]*(?:-->|\*/|[\])}]))?"
)
_SIC_QUICK = regex.compile(r"\[sic", regex.I)
_TOKEN_SPLIT = regex.compile(r"[\s,]+")
# The word just before "[sic]", allowing a closing quote between: "Teh" [sic]
_SIC = regex.compile(r"(?P<word>\w+(?:['’-]\w+)*)[\"'’”)]?[^\S\r\n]*\[sic!?\]", regex.I)
_SPACE_AFTER = regex.compile(r"[^\S\r\n]*")
_INF = 1 << 62


@dataclass
class _Directive:
    kind: str
    line: int
    start: int  # offset of "newslint:" (where NL002 points)
    end: int
    tokens: list[str]
    # token -> rule ids it names (only known rules)
    ids: dict[str, frozenset[str]] = field(default_factory=dict)
    used: set[str] = field(default_factory=set)


@dataclass
class _Scope:
    directive: _Directive
    token: str
    first: int  # first and last line (inclusive) this scope covers
    last: int


def mask(doc: Document) -> Document:
    """``doc`` with each directive's text replaced by spaces, for the rules to read.

    Offsets and line numbers stay the same, but a caption followed by
    ``<!-- newslint: ignore[duplicate-line] -->`` still reads as a repeat of the
    caption before it, and ``<!--`` is not taken for markup residue.
    """
    text = doc.text
    if "newslint:" not in text:
        return doc
    masked = _DIRECTIVE.sub(lambda m: " " * len(m.group()), text)
    if masked == text:
        return doc
    from dataclasses import replace

    return replace(doc, text=masked)


def _resolve(token: str, registry: Registry) -> frozenset[str]:
    if token.upper() == "ALL":
        return frozenset(r.id for r in registry)
    rule = registry.get(token)
    if rule is not None:
        return frozenset((rule.id,))
    prefix = token.upper()
    return frozenset(r.id for r in registry if r.id.startswith(prefix))


def _last_line(f: Finding) -> int:
    # end is exclusive: a span ending at column 1 stops on the line before.
    if f.end_line > f.line and f.end_column == 1:
        return f.end_line - 1
    return f.end_line


def apply(
    doc: Document,
    findings: list[Finding],
    registry: Registry,
    active: Iterable[str],
    severities: Mapping[str, Severity] | None = None,
) -> list[Finding]:
    """Drop the findings that directives and ``[sic]`` silence; add NL002 findings."""
    filter = Suppressor(doc, registry, active, severities)
    if not filter.needed:
        return findings
    return [f for f in findings if filter.keep(f)] + filter.extra()


class Suppressor:
    """The directives and ``[sic]`` marks of one document, applied to its
    findings one at a time (a document may have millions), then the NL002
    findings for directives that silenced nothing."""

    def __init__(
        self,
        doc: Document,
        registry: Registry,
        active: Iterable[str],
        severities: Mapping[str, Severity] | None = None,
    ) -> None:
        self.doc, self.registry, self.active, self.severities = doc, registry, set(active), severities
        text = doc.text
        has_directive = "newslint:" in text
        has_sic = _SIC_QUICK.search(text) is not None
        self.needed = has_directive or has_sic
        self.sic_words: list[tuple[int, int]] = []
        self.sic_rules: set[str] = set()
        if has_sic:
            self.sic_words = [m.span("word") for m in _SIC.finditer(text)]
            self.sic_rules = {r.id for r in registry if r.honours_sic}
        self.directives: list[_Directive] = []
        self.spans: list[tuple[int, int]] = []
        self.scopes: dict[str, list[_Scope]] = {}
        self.problems: list[tuple[_Directive, str]] = []
        if has_directive:
            self._parse(text)

    def _parse(self, text: str) -> None:
        doc, registry = self.doc, self.registry
        for m in _DIRECTIVE.finditer(text):
            line = doc.position(m.start())[0]
            raw = m.group("rules") or ""
            tokens = [t for t in _TOKEN_SPLIT.split(raw) if t]
            d = _Directive(m.group("kind"), line, m.start("head"), m.end("head"), tokens)
            for t in tokens:
                ids = _resolve(t, registry)
                if ids:
                    d.ids[t] = ids
            self.directives.append(d)
            # The directive's own text, widened over blanks to the line's edges when
            # it stands alone, so a whole-line finding about it is dropped too.
            start, end = m.start(), m.end()
            line_start = text.rfind("\n", 0, start) + 1
            if not text[line_start:start].strip():
                start = line_start
            end = _SPACE_AFTER.match(text, end).end()
            self.spans.append((start, end))
        open_blocks: dict[str, list[_Scope]] = {}
        for d in self.directives:
            if d.kind == "enable":
                closed = False
                for t in d.tokens:
                    for rid in d.ids.get(t, ()):
                        for scope in open_blocks.pop(rid, ()):
                            scope.last = min(scope.last, d.line)
                            closed = True
                if d.tokens and not closed and d.ids:
                    self.problems.append((d, f"enable[{','.join(d.tokens)}] closes no earlier disable"))
                continue
            first, last = {
                "ignore": (d.line, d.line),
                "ignore-next-line": (d.line + 1, d.line + 1),
                "file-ignore": (-_INF, _INF),
                "disable": (d.line, _INF),
            }[d.kind]
            for t, ids in d.ids.items():
                for rid in ids:
                    scope = _Scope(d, t, first, last)
                    self.scopes.setdefault(rid, []).append(scope)
                    if d.kind == "disable":
                        open_blocks.setdefault(rid, []).append(scope)

    def keep(self, f: Finding) -> bool:
        """Whether ``f`` survives (marking the directives that silence it)."""
        if not self.needed:
            return True
        if f.rule in self.sic_rules and any(f.start < e and f.end > s for s, e in self.sic_words):
            return False
        if not self.directives:
            return True
        if f.end > f.start and any(s <= f.start and f.end <= e for s, e in self.spans):
            return False
        return not self._covered(f, True)

    def _covered(self, f: Finding, mark: bool) -> bool:
        hit = False
        for scope in self.scopes.get(f.rule, ()):
            d = scope.directive
            if d.kind in ("ignore", "ignore-next-line"):
                inside = f.line <= scope.first <= _last_line(f)
            else:
                inside = scope.first <= f.line <= scope.last
            if inside:
                hit = True
                if not mark:
                    return True
                d.used.add(scope.token)
        return hit

    def extra(self) -> list[Finding]:
        """NL002 findings, once every finding has been through :meth:`keep`."""
        if not self.directives or UNUSED not in self.active:
            return []
        unused_rule = self.registry.get(UNUSED)
        if unused_rule is None:
            return []
        ctx = Context(self.doc, unused_rule, {}, (self.severities or {}).get(UNUSED))
        known = [*self.registry.by_id, *self.registry.by_name]
        extra: list[Finding] = []
        for d in self.directives:
            head = f"newslint: {d.kind}"
            if not d.tokens:
                extra.append(ctx.finding(
                    d.start, d.end,
                    f"'{head}' names no rule, so it silences nothing; list the rules: {d.kind}[RULE,...]",
                ))
                continue
            for t in d.tokens:
                if t not in d.ids:
                    close = difflib.get_close_matches(t, known, n=1)
                    hint = f" (did you mean '{close[0]}'?)" if close else ""
                    extra.append(ctx.finding(d.start, d.end, f"'{head}' names unknown rule '{t}'{hint}"))
            if d.kind == "enable":
                continue
            unused = [
                t for t, ids in d.ids.items()
                if t not in d.used and (ids & self.active) - {UNUSED}
            ]
            if unused:
                extra.append(ctx.finding(
                    d.start, d.end, f"unused suppression: {d.kind}[{','.join(unused)}] silenced no finding"
                ))
        for d, message in self.problems:
            extra.append(ctx.finding(d.start, d.end, message))
        return [f for f in extra if not self._covered(f, False)]
