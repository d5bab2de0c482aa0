"""Rules about the run itself: unreadable input, unused suppressions, rule crashes.

The engine and the suppression pass raise these findings; registering them as
rules lets users select, ignore and read about them like any other.
"""
from __future__ import annotations

from typing import Iterable

from ..document import Document
from ..findings import Finding, Severity
from ..hookspecs import hookimpl
from ..rule import Context, Rule, rule


@rule("NL001", "unreadable", severity=Severity.ERROR)
def unreadable(doc: Document, ctx: Context) -> Iterable[Finding]:
    """A file or record that could not be read or decoded.

    What it does:
        Reports files that are not UTF-8 text (Latin-1, binary, a NUL byte),
        files that vanished or cannot be opened, folders without permission,
        FIFOs and devices, and JSONL records that are not valid JSON.  The run
        goes on with the other files.

    Why it matters:
        A file that is silently skipped is a hole in the corpus nobody knows
        about.  Guessing the encoding instead would lint, and perhaps publish,
        text that is not what the file says.

    Example:
        Flagged: ``caf\\xe9.txt`` saved as Latin-1 ->
        ``caf.txt:1:4: NL001 [unreadable] not valid UTF-8: byte 0xe9 ...``
        Not flagged: the same file saved as UTF-8 or UTF-16 with a BOM.

    Options:
        None.

    Limitations:
        Only the first undecodable byte is reported.
    """
    return ()


@rule("NL002", "unused-suppression", severity=Severity.WARNING)
def unused_suppression(doc: Document, ctx: Context) -> Iterable[Finding]:
    """An inline ``newslint: ...`` directive that silenced nothing or names no rule.

    What it does:
        Reports suppression directives (``ignore``, ``ignore-next-line``,
        ``disable`` ... ``enable``, ``file-ignore``) whose rules raised no
        finding where the directive applies; directives that name no rule
        (``newslint: ignore`` alone); rule names newslint does not know, with
        a did-you-mean; and an ``enable`` with no ``disable`` before it.
        docs/workflow.md describes the directives.

    Why it matters:
        Stale directives hide future problems on that line and clutter the
        text; a directive without rules, or with a misspelt one, silences
        nothing and is a mistake.

    Example:
        Flagged: ``The board met. <!-- newslint: ignore[typo] -->`` (no typo there)
        Not flagged: ``The board encourafged it. <!-- newslint: ignore[typo] -->``

    Options:
        None.

    Limitations:
        Directives for rules that are not selected in this run are not
        reported, since they may matter in another configuration.  A
        directive counts only after comment punctuation (``<!--``, ``#``,
        ``//``, ``[`` ...), so one written in bare prose is neither applied
        nor reported.
    """
    return ()


@rule("NL003", "rule-error", severity=Severity.ERROR)
def rule_error(doc: Document, ctx: Context) -> Iterable[Finding]:
    """A rule crashed or its pattern ran past the time limit on this document.

    What it does:
        Reports, at the start of the document, a rule that raised an
        exception or whose regular expression exceeded ``regex-timeout``.
        Every other rule's findings for the document are kept.

    Why it matters:
        One broken plugin rule must neither hide the other findings nor
        hang a CI job; the report names the rule and plugin to fix.

    Example:
        Flagged: ``a.txt:1:1: NL003 [rule-error] rule ACME101 (house-style)
        in plugin local:house crashed: KeyError: 'x'``
        Not flagged: a rule that runs normally.

    Options:
        None (the time limit is the top-level ``regex-timeout`` setting).

    Limitations:
        Only patterns run through ``ctx.finditer`` are timed.
    """
    return ()


@hookimpl
def newslint_register_rules() -> list[Rule]:
    return [unreadable, unused_suppression, rule_error]
