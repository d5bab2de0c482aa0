"""newslint findings as LSP objects: diagnostics, code actions and hover text.

newslint counts 1-based lines split at \\r\\n, \\r and \\n (as LSP does) and
1-based columns in code points; LSP counts 0-based lines and columns in the
negotiated position encoding (UTF-16 unless the client offers another).
"""
from __future__ import annotations

from typing import Any, Sequence

import regex
from lsprotocol import types

SOURCE = "newslint"
TYPO = "NL101"
SEVERITY = {
    "error": types.DiagnosticSeverity.Error,
    "warning": types.DiagnosticSeverity.Warning,
    "info": types.DiagnosticSeverity.Information,
}
_LINE_BREAK = regex.compile(r"\r\n|\r|\n")
_MARKDOWN = (".md", ".markdown", ".mdown")


def split_lines(text: str) -> list[str]:
    return _LINE_BREAK.split(text)


def _units(text: str, encoding: str) -> int:
    if encoding == types.PositionEncodingKind.Utf8:
        return len(text.encode("utf-8", "surrogatepass"))
    if encoding == types.PositionEncodingKind.Utf32:
        return len(text)
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def position(lines: Sequence[str], line: int, column: int, encoding: str) -> types.Position:
    """LSP position of newslint's 1-based ``line:column`` (code points)."""
    index = min(max(line - 1, 0), max(len(lines) - 1, 0))
    text = lines[index] if lines else ""
    return types.Position(line=index, character=_units(text[: max(column - 1, 0)], encoding))


def code_points(lines: Sequence[str], pos: types.Position, encoding: str) -> int:
    """0-based code-point column of an LSP position (clamped to the line)."""
    if not 0 <= pos.line < len(lines):
        return 0
    text = lines[pos.line]
    count = 0
    for i, ch in enumerate(text):
        if count >= pos.character:
            return i
        count += _units(ch, encoding)
    return len(text)


def diagnostic(finding: dict[str, Any], lines: Sequence[str], encoding: str) -> types.Diagnostic:
    start = position(lines, finding["line"], finding["column"], encoding)
    end = position(lines, finding["end_line"], finding["end_column"], encoding)
    hint = ""
    if finding["suggestions"]:
        hint = " (did you mean " + " or ".join(f"'{s}'" for s in finding["suggestions"][:3]) + "?)"
    return types.Diagnostic(
        range=types.Range(start=start, end=end),
        message=f"[{finding['name']}] {finding['message']}{hint}",
        severity=SEVERITY.get(finding["severity"], types.DiagnosticSeverity.Warning),
        code=finding["rule"],
        source=SOURCE,
        data={"rule": finding["rule"], "name": finding["name"], "suggestions": finding["suggestions"], "fixes": finding["fixes"]},
    )


def error_diagnostic(message: str) -> types.Diagnostic:
    """A configuration or worker problem, shown where the user will see it."""
    return types.Diagnostic(
        range=types.Range(start=types.Position(line=0, character=0), end=types.Position(line=0, character=0)),
        message=f"newslint: error: {message}",
        severity=types.DiagnosticSeverity.Error,
        source=SOURCE,
    )


def _overlaps(a: types.Range, b: types.Range) -> bool:
    def key(p: types.Position) -> tuple[int, int]:
        return (p.line, p.character)

    return key(a.start) <= key(b.end) and key(b.start) <= key(a.end)


def contains(r: types.Range, p: types.Position) -> bool:
    return (r.start.line, r.start.character) <= (p.line, p.character) <= (r.end.line, r.end.character)


def directive(path: str, name: str) -> str:
    """An inline ignore for one rule, in the document's own comment syntax (docs/workflow.md)."""
    if path.lower().endswith(_MARKDOWN):
        return f" <!-- newslint: ignore[{name}] -->"
    return f" # newslint: ignore[{name}]"


def _edit(uri: str, r: types.Range, text: str) -> types.WorkspaceEdit:
    return types.WorkspaceEdit(changes={uri: [types.TextEdit(range=r, new_text=text)]})


def code_actions(
    uri: str, path: str, requested: types.Range, diagnostics: Sequence[types.Diagnostic], lines: Sequence[str], encoding: str
) -> list[types.CodeAction]:
    """Quick fixes for newslint's diagnostics that touch ``requested``."""
    actions: list[types.CodeAction] = []
    for diag in diagnostics:
        if diag.source != SOURCE or not isinstance(diag.data, dict) or not _overlaps(diag.range, requested):
            continue
        data = diag.data
        single_line = diag.range.start.line == diag.range.end.line and diag.range.start != diag.range.end
        for i, suggestion in enumerate(data.get("suggestions", []) if single_line else []):
            actions.append(
                types.CodeAction(
                    title=f"Replace with '{suggestion}'",
                    kind=types.CodeActionKind.QuickFix,
                    diagnostics=[diag],
                    is_preferred=i == 0,
                    edit=_edit(uri, diag.range, suggestion),
                )
            )
        fixes = data.get("fixes", [])
        if fixes:
            # One finding has one fix; its edits are applied together, as --fix does.
            edits = [
                types.TextEdit(
                    range=types.Range(
                        start=position(lines, e["line"], e["column"], encoding),
                        end=position(lines, e["end_line"], e["end_column"], encoding),
                    ),
                    new_text=e["replacement"],
                )
                for e in fixes
            ]
            label = "Apply newslint's fix" + ("" if all(e.get("safe", True) for e in fixes) else " (unsafe)")
            actions.append(
                types.CodeAction(
                    title=label,
                    kind=types.CodeActionKind.QuickFix,
                    diagnostics=[diag],
                    edit=types.WorkspaceEdit(changes={uri: edits}),
                )
            )
        if data.get("rule") == TYPO and single_line:
            after = types.Range(start=diag.range.end, end=diag.range.end)
            actions.append(
                types.CodeAction(
                    title="Mark as intended: add [sic]",
                    kind=types.CodeActionKind.QuickFix,
                    diagnostics=[diag],
                    edit=_edit(uri, after, " [sic]"),
                )
            )
        line = diag.range.start.line
        if 0 <= line < len(lines):
            eol = types.Position(line=line, character=_units(lines[line], encoding))
            actions.append(
                types.CodeAction(
                    title=f"Ignore {data.get('name', diag.code)} on this line",
                    kind=types.CodeActionKind.QuickFix,
                    diagnostics=[diag],
                    edit=_edit(uri, types.Range(start=eol, end=eol), directive(path, str(data.get("name") or diag.code))),
                )
            )
    return actions


_SENTENCE = regex.compile(r"(?<=[.!?])\s+(?=[A-Z`(])")
_HOVER_CHARS = 320


def _short(text: str) -> str:
    """The first sentences of a rule's "What it does", up to a hover's worth,
    with reStructuredText ``literals`` as Markdown `code`."""
    out = ""
    for sentence in _SENTENCE.split(text.strip()):
        if out and len(out) + len(sentence) > _HOVER_CHARS:
            break
        out = f"{out} {sentence}".strip()
    return out.replace("``", "`")


def hover_text(diagnostics: Sequence[types.Diagnostic], rules: dict[str, dict[str, str]]) -> str:
    """Markdown: each rule under the cursor with its short documentation."""
    parts: list[str] = []
    seen: set[str] = set()
    for diag in diagnostics:
        rid = str(diag.code or "")
        if diag.source != SOURCE or not rid or rid in seen:
            continue
        seen.add(rid)
        info = rules.get(rid, {})
        name = info.get("name") or (diag.data or {}).get("name", "")
        block = [f"**{rid} {name}**"]
        if info.get("summary"):
            block.append(info["summary"].replace("``", "`"))
        what = _short(info.get("what", ""))
        if what and what != info.get("summary"):
            block.append(what)
        block.append(f"Full documentation: `newslint rule {name or rid}`")
        parts.append("\n\n".join(block))
    return "\n\n---\n\n".join(parts)
