r"""A phrase list's alternation with shared beginnings factored out (a trie).

``(?:\bsaid\b)|(?:\bsays\b)|(?:\bsaying\b)`` becomes ``\bsa(?:id\b|y(?:s\b|ing\b))``:
the engine then tries one branch per next letter instead of every entry at
every position, and the source it parses is shorter.

The result matches exactly what the flat alternation matches, in the same
order of preference, when the pattern is matched forwards: an alternation
takes the first entry (in list order) that matches at a position.  Two
branches of a trie node that begin with different characters cannot both
match at one position, so only an entry that ends at a node while longer
entries go on from it needs care; the branches for longer entries listed
before it go first, those listed after it go after it.  So:

* only plain phrases are factored; a ``re:`` entry stays where it is and
  splits the list into runs factored one by one;
* a list with two entries whose beginnings differ only by case at the same
  place (``Apple`` and ``apple``) is left flat, since under IGNORECASE both
  branches would match;
* never use it where the pattern runs backwards (``(?r)``, a lookbehind):
  there, entries with different beginnings can match at one place.
"""
from __future__ import annotations

from typing import Iterable, Sequence, Union

import regex

from . import buildcache

# One step of an entry: a literal character, or the run of spaces between words.
_SPACE = ("space",)
Unit = Union[str, tuple[str]]
Entry = tuple[int, tuple[Unit, ...]]  # (position in the list, its steps)
_WORD = regex.compile(r"\w")


def units(phrase: str) -> tuple[Unit, ...]:
    """The steps of a plain phrase: its characters, one space step between words."""
    out: list[Unit] = []
    for k, word in enumerate(phrase.split()):
        if k:
            out.append(_SPACE)
        out.extend(word)
    return tuple(out)


def _folds_together(a: str, b: str) -> bool:
    return a.lower() == b.lower() or a.upper() == b.upper() or a.casefold() == b.casefold()


def _unit_source(unit: Unit) -> str:
    return r"\s+" if unit == _SPACE else regex.escape(unit)


def _join(options: list[str]) -> str:
    if len(options) == 1:
        return options[0]
    return "(?:" + "|".join(options) + ")"


def _branches(entries: list[Entry], depth: int) -> list[str]:
    """One option per distinct next step of ``entries`` (all longer than ``depth``)."""
    groups: dict[Unit, list[Entry]] = {}
    for entry in entries:
        groups.setdefault(entry[1][depth], []).append(entry)
    out = []
    for unit, group in groups.items():
        left = r"\b" if depth == 0 and isinstance(unit, str) and _WORD.match(unit) else ""
        out.append(left + _unit_source(unit) + _node(group, depth + 1))
    return out


def _node(entries: list[Entry], depth: int) -> str:
    """The source matching the rest of ``entries`` (which share ``depth`` steps)."""
    ending = [e for e in entries if len(e[1]) == depth]
    longer = [e for e in entries if len(e[1]) > depth]
    if not ending:
        return _join(_branches(longer, depth))
    first, steps = min(ending)
    last = steps[-1] if steps else ""
    end = r"\b" if isinstance(last, str) and _WORD.match(last) else ""
    before = _branches([e for e in longer if e[0] < first], depth) if longer else []
    after = _branches([e for e in longer if e[0] > first], depth) if longer else []
    options = before + [end] + after
    if options == [""]:
        return ""
    return "(?:" + "|".join(options) + ")" if len(options) > 1 else options[0]


def _ambiguous(entries: list[Entry]) -> bool:
    """Whether two entries part at one place on characters of one case class
    (under IGNORECASE both branches would match there)."""
    seen: dict[tuple[Unit, ...], set[str]] = {}
    for _, steps in entries:
        for depth, unit in enumerate(steps):
            if isinstance(unit, str):
                seen.setdefault(steps[:depth], set()).add(unit)
    for chars in seen.values():
        if len(chars) > 1:
            folded = sorted(chars)
            for i, a in enumerate(folded):
                if any(_folds_together(a, b) for b in folded[i + 1 :]):
                    return True
    return False


# Inline flags that make a pattern run backwards or fold case to several
# characters ("ß" matching "ss"): with them two branches can both match.
_UNSAFE_FLAGS = regex.compile(r"\(\?[a-zA-Z0-9-]*(?:r|f|V1)")


def factored(sources: Sequence[str], plain: Sequence[str | None], caseless: bool = True) -> str:
    """The alternation of ``sources`` (one regular expression per entry), with
    the runs of plain phrases (``plain[i]`` is entry i's phrase, or None for a
    ``re:`` entry) factored into tries.  ``caseless=False`` says the pattern
    is compiled without IGNORECASE (so "ANSA" and "Anadolu" part safely).
    Results are kept between runs (:mod:`newslint.buildcache`)."""
    return _factored(tuple(sources), tuple(plain), bool(caseless))


@buildcache.kept(buildcache.strings)
def _factored(sources: Sequence[str], plain: Sequence[str | None], caseless: bool) -> str:
    if any(_UNSAFE_FLAGS.search(s) for s in sources):
        return "|".join(f"(?:{s})" for s in sources)
    out: list[str] = []
    run: list[Entry] = []

    def flush() -> None:
        if not run:
            return
        if len(run) == 1 or (caseless and _ambiguous(run)):
            out.extend(f"(?:{sources[i]})" for i, _ in run)
        else:
            out.append(f"(?:{_node(run, 0)})")
        run.clear()

    for i, (source, phrase) in enumerate(zip(sources, plain)):
        if phrase is None or not phrase.split():
            flush()
            out.append(f"(?:{source})")
        else:
            run.append((i, units(phrase)))
    flush()
    return "|".join(out)


def plain_phrases(entries: Iterable[str]) -> list[str | None]:
    """Each entry's phrase, or None for a ``re:`` entry."""
    return [None if e.startswith("re:") else e for e in entries]
