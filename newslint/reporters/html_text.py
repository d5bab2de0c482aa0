"""Untrusted text to HTML for the HTML report: escaping, and lines with flagged spans marked.

Everything here treats its input as hostile: article lines, messages (which quote
the article), paths and plugin-supplied rule names all go through :func:`esc`, and
nothing from them ever lands in a tag name, an attribute name, a URL or a script.
"""
from __future__ import annotations

import html
import unicodedata
from dataclasses import dataclass
from typing import Iterable, Sequence

import regex

# A line longer than this is shown as a window around its flagged spans, so one
# 700 KB scraped line cannot make the page unusable.
LINE_WINDOW = 600
_WINDOW_MARGIN = 120


def _visible(ch: str) -> str:
    """One character as HTML, with controls and invisible characters shown by name.

    Bidirectional overrides (U+202E) would reorder the page's text around them
    and zero-width characters are exactly what markup-residue flags, so both are
    shown as ``U+XXXX`` instead of being passed through.
    """
    code = ord(ch)
    if ch == "\t":
        return ch
    if code < 0x20:
        return chr(0x2400 + code)  # the Unicode control picture (␀, ␛ ...)
    if 0xD800 <= code <= 0xDFFF or unicodedata.category(ch) in ("Cc", "Cf", "Co", "Cn", "Zl", "Zp"):
        return f'<span class="cp">U+{code:04X}</span>'
    return html.escape(ch, quote=True)


def _plain(ch: str) -> bool:
    return ch.isprintable() and not 0xD800 <= ord(ch) <= 0xDFFF


def esc(text: str) -> str:
    """``text`` as HTML text or attribute content (quotes escaped too)."""
    if all(_plain(ch) for ch in text):
        return html.escape(text, quote=True)
    return "".join(_visible(ch) for ch in text)


# ``literal`` in a rule docstring (reStructuredText), after escaping.
_LITERAL = regex.compile(r"``(.+?)``|`([^`]+)`")


def literals(doc_text: str) -> str:
    """A rule's summary line as HTML, with its ``literals`` set as code."""
    return _LITERAL.sub(lambda m: f"<code>{m.group(1) or m.group(2)}</code>", esc(doc_text))


@dataclass(frozen=True)
class Span:
    """Columns ``[start, end)`` (0-based code points in one line) of finding ``key``."""

    start: int
    end: int
    key: str
    severity: str


def window(length: int, spans: Sequence[Span]) -> tuple[int, int]:
    """The part of a line of ``length`` characters worth showing around ``spans``."""
    if length <= LINE_WINDOW:
        return 0, length
    first = min((s.start for s in spans), default=0)
    start = max(0, first - _WINDOW_MARGIN)
    return start, min(length, start + LINE_WINDOW)


def _boundaries(spans: Iterable[Span], lo: int, hi: int) -> list[int]:
    points = {lo, hi}
    for s in spans:
        points.add(min(max(s.start, lo), hi))
        points.add(min(max(s.end, lo), hi))
    return sorted(points)


def marked_line(text: str, spans: Sequence[Span]) -> str:
    """The line as HTML with each flagged span in a ``<mark>`` naming its findings.

    Overlapping spans split the line into segments; a segment's mark lists every
    finding covering it (``data-f``) so the page's filters can un-highlight a
    segment once all of its findings are hidden.  A zero-width span becomes an
    empty mark the style sheet draws as a caret.
    """
    lo, hi = window(len(text), spans)
    out: list[str] = ['<span class="cut">…</span>'] if lo > 0 else []
    points = _boundaries(spans, lo, hi)
    carets = sorted({(s.start, s.key, s.severity) for s in spans if s.start == s.end and lo <= s.start <= hi})
    caret_at: dict[int, list[tuple[str, str]]] = {}
    for pos, key, severity in carets:
        caret_at.setdefault(pos, []).append((key, severity))
    for a, b in zip(points, points[1:] + [None]):
        for key, severity in caret_at.pop(a, ()):
            out.append(f'<mark class="pt s-{esc(severity)}" data-f="{esc(key)}"></mark>')
        if b is None or a == b:
            continue
        segment = esc(text[a:b])
        covering = [s for s in spans if s.start < b and s.end > a]
        if covering:
            worst = _worst(s.severity for s in covering)
            keys = " ".join(sorted({s.key for s in covering}))
            out.append(f'<mark class="s-{esc(worst)}" data-f="{esc(keys)}">{segment}</mark>')
        else:
            out.append(segment)
    if hi < len(text):
        out.append('<span class="cut">…</span>')
    return "".join(out)


_RANK = {"error": 3, "warning": 2, "info": 1}


def _worst(severities: Iterable[str]) -> str:
    return max(severities, key=lambda s: _RANK.get(s, 0))
