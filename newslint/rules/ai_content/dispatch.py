"""An alternation regrouped by first character, the same matches (issue 12, branch speed10).

The stdlib engine tries an alternation's branches one by one at every
position it reaches; a branch led by a literal is turned down after one
comparison, but that is still one comparison per branch: the 131 entries of
NL502's two lists cost about 10 ns each at every word start of a candidate
line, and the scan found nothing on bbc-dev at about 0.1 CPU s a pass.  Here
a run of literal-led branches becomes one branch per first character
(``i(?:'m\\s+...|\\s+hope...)|a(?:s\\s+an?...)``), so a position is turned
down after a comparison per distinct first character.  The matches are the
same: at a position only the branches led by its character can match, each
keeps its place among those, and a branch not led by a literal (a
lookbehind, a class) stays where it was, between runs.  A branch that opens
with a group of alternatives (``(?:shall|should)\\s+i ...``) is first split
into one branch per alternative, in order, which is what the engine tries.
"""
from __future__ import annotations

import re

from newslint import buildcache, regex_source
from newslint.regex_source import token_end

_SPECIAL = set("\\.^$*+?{}[]|()")
_QUANTIFIERS = set("*+?{")
# A group's alternatives are spread out only while the pattern stays small.
_MOST_SPREAD = 40
# "\\1" then "0" would read as "\\10": such an alternative stays in its group.
_BACKREF_END = re.compile(r"\\\d$")


def split_top(source: str) -> list[str]:
    """The top-level alternatives of ``source``, in order."""
    out, start, i = [], 0, 0
    while i < len(source):
        if source[i] == "|":
            out.append(source[start:i])
            start = i + 1
            i += 1
        else:
            i = token_end(source, i)
    out.append(source[start:])
    return out


def _spread(branch: str) -> list[str]:
    """``(?:a|b)rest`` as ``a rest``, ``b rest`` (and ``(?:a)?rest`` as
    ``a rest``, ``rest``: greedy, so with it first): the order the engine
    tries them in.  Anything else (a quantified group, a named group in
    ``rest``, many alternatives) as it is."""
    if not branch.startswith("(?:"):
        return [branch]
    end = token_end(branch, 0)
    inner, rest = branch[3 : end - 1], branch[end:]
    alts = split_top(inner)
    optional = rest[:1] == "?" and rest[1:2] not in ("?", "+")
    if (rest[:1] in _QUANTIFIERS and not optional) or len(alts) > _MOST_SPREAD or "(?P" in rest:
        return [branch]
    if optional:
        rest = rest[1:]
    if any(_BACKREF_END.search(a) for a in alts):
        return [branch]
    # An alternative has no "|" of its own, so written before ``rest`` it
    # reads as it did inside the group.
    return [a + rest for a in alts] + ([rest] if optional else [])


def _lead(branch: str) -> tuple[str, str] | None:
    """(first character, the rest) of a branch led by a plain literal."""
    if not branch:
        return None
    if branch[0] == "(" and branch.startswith("(?:"):
        # "(?:x)..." from _spread: led by x when x is, and x leads alone.
        end = token_end(branch, 0)
        inner = branch[3 : end - 1]
        if branch[end : end + 1] in _QUANTIFIERS or len(split_top(inner)) != 1:
            return None
        got = _lead(inner)
        return None if got is None else (got[0], f"(?:{got[1]}){branch[end:]}")
    if branch[0] == "\\":
        if len(branch) < 2 or branch[1].isalnum() or branch[1] == "_":
            return None  # \s, \b, \d ...: a class or an assertion
        first, size = branch[1], 2
    elif branch[0] in _SPECIAL:
        return None
    else:
        first, size = branch[0], 1
    if branch[size : size + 1] in _QUANTIFIERS:
        return None
    return first, branch[size:]


def _branches(source: str, depth: int = 3) -> list[str]:
    """``source``'s alternatives, each opening group spread (:func:`_spread`),
    a few levels down (``(?:(?:a|b)c|d)`` is ``ac``, ``bc``, ``d``)."""
    out: list[str] = []
    for top in split_top(source):
        spread = _spread(top)
        if depth > 1 and spread != [top]:
            out.extend(b for part in spread for b in _branches(part, depth - 1))
        else:
            out.extend(spread)
    return out


@buildcache.kept(buildcache.strings, str(regex_source.__file__))
def dispatched(sources: list[str]) -> str:
    """The alternation ``(?:s1)|(?:s2)|...`` regrouped by first character
    (module docstring); "(?!)" for none."""
    branches = [b for s in sources for b in _branches(s)]
    parts: list[str] = []
    run: dict[str, list[str]] = {}

    order: list[str] = []

    def close() -> None:
        firsts = list(run)
        if any(re.fullmatch(re.escape(a), b, re.IGNORECASE) for a in firsts for b in firsts if a != b):
            # Two first characters one text character could match (a pattern
            # may also be used case-insensitively): the run stays in order.
            parts.extend(f"(?:{b})" for b in order)
        else:
            for first, tails in run.items():
                parts.append(re.escape(first) + "(?:" + "|".join(f"(?:{t})" for t in tails) + ")")
        run.clear()
        order.clear()

    for branch in branches:
        got = _lead(branch)
        if got is None:
            close()
            parts.append(f"(?:{branch})")
        else:
            run.setdefault(got[0], []).append(got[1])
            order.append(branch)
    close()
    return "|".join(parts) or "(?!)"
