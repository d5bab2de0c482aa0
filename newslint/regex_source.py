"""Where a token of a regular expression's source ends.

Two translators read pattern source when the rules are built, never per
document: the AI family regroups alternations by first character
(``rules/ai_content/dispatch.py``) and the attribution family derives an
exact gate from its patterns (``rules/attribution/prefilter.py``).  Both
must step over an escape, a character class or a whole group as one token,
the way the ``regex`` module reads them; this module is that one reading.
"""
from __future__ import annotations


class UnbalancedSource(ValueError):
    """A group or class that is never closed."""


def class_end(src: str, i: int) -> int:
    """The index after the ``]`` closing the class opened at ``i``.

    A ``]`` first in the class (after an optional ``^``) is a literal, and so
    is a ``[`` inside it (``regex``'s default version 0)."""
    j = i + 1
    if src[j : j + 1] == "^":
        j += 1
    if src[j : j + 1] == "]":
        j += 1
    while j < len(src):
        if src[j] == "\\":
            j += 2
            continue
        if src[j] == "]":
            return j + 1
        j += 1
    raise UnbalancedSource(f"unclosed class at {i}")


def token_end(src: str, i: int) -> int:
    """The index just past the token at ``i``: an escape, a class, a group
    with all it contains, or one character."""
    ch = src[i]
    if ch == "\\":
        return i + 2
    if ch == "[":
        return class_end(src, i)
    if ch != "(":
        return i + 1
    depth, j = 0, i
    while j < len(src):
        ch = src[j]
        if ch == "\\" or ch == "[":
            j = token_end(src, j)
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return j + 1
        j += 1
    raise UnbalancedSource(f"unbalanced group at {i}")
