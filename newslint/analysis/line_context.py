"""Where each line sits in its document: the context features of the line model.

Position against the article's long paragraphs (before the first, after the last,
inside the main text block), blank lines around it, runs of short link-like lines and
what frames them, lines that repeat the shape of their neighbours, distances to the
nearest prose, and signs of interface text conjoined with the kind of document (mostly
prose, or a whole page).  See line_features.py for the features of a line on its own.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Callable, Iterator, Sequence

from ..compact import has_text, offsets

_DIGIT = re.compile(r"\d")


def _share(part: int, whole: int, cuts: tuple[float, ...]) -> int:
    """Index of the bucket that part/whole falls in."""
    value = part / whole
    for i, cut in enumerate(cuts):
        if value < cut:
            return i
    return len(cuts)


def _coarse_words(n: int) -> str:
    """A line's length in four buckets: button, title, sentence, paragraph."""
    return "1-3" if n <= 3 else "4-9" if n <= 9 else "10-24" if n <= 24 else "25+"


# A "prose" line: long and ending like a sentence.  The article body lies between
# the first and the last of them; furniture mostly lies outside.
_PROSE_WORDS = 20
_SIZE_CAP = 255
# A "link-like" line: short and not ending like a sentence (nor introducing a list).
# Runs of them are menus, lists of related stories and tag clouds -- or an article's
# own list.
_LINK_WORDS = 9


def context_features(lines: Sequence[str], index: Sequence[int], texts: Sequence[str], ends: Sequence[str],
                     core: Callable[[int], tuple[str, ...]]) -> Iterator[tuple[tuple[str, ...], list[str]]]:
    """The core and context features of each content line, one line at a time:
    ``index`` gives their positions in ``lines``, ``texts`` their whitespace-normalised
    text (read twice, so it may be a view that builds each text on access), ``ends``
    their end class and ``core(k)`` their own features (line_features.py).

    A generator, and the per-line facts it keeps are small integers, so a document of
    a million lines never holds a million feature lists at once."""
    n = len(texts)
    # Repeated lines are counted by their text, or in a huge document (whose texts
    # are not held) by their hash: holding every text would double its size, and
    # a collision is a ~1e-9 chance per huge page.
    exact = isinstance(texts, list)
    hashes = offsets()
    # Word counts are read only against 9, 20, 24 and 60 (``_coarse_words``,
    # ``_main_span``): a byte a line, capped at 255, not 8 bytes.
    sizes = bytearray()
    shape_ids: dict[tuple[str, bool, bool], int] = {}
    shapes = offsets()
    for text in texts:
        # The texts are whitespace-normalised: one space between words.  Counted
        # so, a 50 MB line is not split into a list of its words.
        sizes.append(min(text.count(" ") + 1, _SIZE_CAP) if text else 0)
        if not exact:
            hashes.append(hash(text))
        shape = _shape(text)
        # Shape 0 is the empty skeleton, which never matches its neighbours.
        shapes.append(shape_ids.setdefault(shape, len(shape_ids) + 1) if shape[0] else 0)
    del shape_ids
    # Per-line flags and small counts are kept a byte a line: lists of them cost
    # 8 bytes a line each (and an int object per distance), a dozen of them over
    # 100 MB on a scraped page of a million lines.
    is_prose = bytearray(n)
    linky = bytearray(n)
    prose_count, first_prose, last_prose = 0, -1, -1
    for k, end in enumerate(ends):
        size = sizes[k]
        if size >= _PROSE_WORDS and end in (".", "!", "?", "quo"):
            is_prose[k] = 1
            prose_count += 1
            if first_prose < 0:
                first_prose = k
            last_prose = k
        if size <= _LINK_WORDS and end not in (".", "!", "?", ":"):
            linky[k] = 1
    runs = _run_lengths(linky)
    main_start, main_end = _main_span(sizes)
    same = bytearray(n)
    for k in range(n):
        shape = shapes[k]
        if shape and ((k and shapes[k - 1] == shape) or (k + 1 < n and shapes[k + 1] == shape)):
            same[k] = 1
    same_runs = _run_lengths(same)
    del shapes  # read no further: 8 bytes a line while the emissions grow
    before = _distances(is_prose)
    after = _distances(is_prose[::-1])[::-1]
    # What frames each run of link-like lines: an article's list is introduced by a
    # colon or by prose and followed by more prose; a menu or link block mostly is not.
    framing = bytearray(n)  # an index into _FRAMES (0: not in a run)
    k = 0
    while k < n:
        if not linky[k]:
            k += 1
            continue
        j = k
        while j < n and linky[j]:
            j += 1
        head = "colon" if k and ends[k - 1] == ":" else "prose" if k and is_prose[k - 1] else "other"
        tail = "prose" if j < n and is_prose[j] else "other"
        framing[k:j] = bytes((_FRAMES.index(f"frame={head}|{tail}"),)) * (j - k)
        k = j
    no_blanks = all(map(has_text, lines))
    # Mostly prose (an extractor's output, an article file) or mostly short lines (a
    # whole page): the same line means different things in each.
    kind = "prose" if n and prose_count * 3 >= n else "mixed" if prose_count * 8 >= n else "page"
    doc = f"doc={_doc_bucket(n)}|{kind}"
    keys: Sequence[object] = texts if exact else hashes
    counts = Counter(keys)
    first_key = keys[0] if n else None
    # Whether each line repeats (1) and repeats the first line (2), so that the
    # hashes and their counts are let go before the lines are scored.
    repeats = bytearray(n)
    for k in range(n):
        key = keys[k]
        if counts[key] > 1:
            repeats[k] = 1 | (2 if k and key == first_key else 0)
    del keys, counts, hashes
    for k in range(n):
        i = index[k]
        ctx = [doc, f"pos={min(4, k * 5 // n)}"]
        if k == 0:
            ctx.append("first")
        if k == n - 1:
            ctx.append("last")
        if not prose_count:
            ctx.append("reg=none")
        elif k < first_prose:
            ctx.append("reg=before")
        elif k > last_prose:
            ctx.append("reg=after")
        elif k in (first_prose, last_prose):
            ctx.append("reg=edge")
        else:
            ctx.append("reg=in")
        if main_start <= k <= main_end:
            ctx.append("main=in")
        else:
            gap = main_start - k if k < main_start else k - main_end
            ctx.append(f"main={'before' if k < main_start else 'after'}{'-near' if gap <= 3 else ''}")
        near = sum(is_prose[max(0, k - 3) : k + 4]) - is_prose[k]
        ctx.append(f"pw={min(near, 3)}")
        ctx.append(_DISTANCES[before[k]][after[k]])
        if framing[k]:
            ctx.append(_FRAMES[framing[k]])
        if same[k]:
            ctx.append("same" if same_runs[k] < 3 else "same3")
        if i > 0 and not has_text(lines[i - 1]):
            ctx.append("bb")
        if i + 1 < len(lines) and not has_text(lines[i + 1]):
            ctx.append("ba")
        if no_blanks:
            ctx.append("noblank")
        if linky[k]:
            run = runs[k]
            ctx.append("run=1" if run == 1 else "run=2" if run == 2 else "run=3-4" if run <= 4 else
                       "run=5-9" if run <= 9 else "run=10+")
        window = linky[max(0, k - 3) : k + 4]
        ctx.append(f"win={_share(sum(window), len(window), (0.2, 0.5, 0.8))}")
        if repeats[k]:
            ctx.append("dup")
            if repeats[k] & 2:
                ctx.append("dupfirst")
        for off, name in ((-2, "p2"), (2, "n2")):
            j = k + off
            ctx.append(f"{name}={_coarse_words(sizes[j])}" if 0 <= j < n else f"{name}=none")
        own = core(k)
        # Signs of interface text count most where little else is interface text.
        ctx += [f"{f}|{kind}" for f in own if f in _DOC_KIND_SIGNS]
        yield own, ctx


_DOC_KIND_SIGNS = frozenset({
    "imp_short", "imp", "you|imp", "label", "caps", "k1:navigation", "k:social", "k:ui_nouns", "k:ui_verbs",
    "k:commerce", "k:legal", "k1:ui_verbs", "url", "w=1", "w=2", "w=3", "e=alpha", "e=ell", "tc=3",
})


# The main text block: the stretch of lines with the most words beyond this many a
# line (the maximum-sum segment), as body-text extraction does with text density.
_MAIN_WORDS = 8


def _main_span(sizes: Sequence[int]) -> tuple[int, int]:
    best, best_span = 0, (0, -1)
    total, start = 0, 0
    for k, size in enumerate(sizes):
        if total <= 0:
            total, start = 0, k
        total += min(size, 60) - _MAIN_WORDS
        if total > best:
            best, best_span = total, (start, k)
    return best_span


_NOT_PUNCTUATION = re.compile(r"[\w\s]+")


def _shape(text: str) -> tuple[str, bool, bool]:
    """A line's skeleton: its punctuation marks, and where its digits are.  An article's
    own list repeats one skeleton (``June 9 - City @ Venue``); a list of other stories'
    headlines seldom does."""
    return _NOT_PUNCTUATION.sub("", text[:200]), bool(_DIGIT.search(text[:3])), bool(_DIGIT.search(text))


def _distances(flags: Sequence[int]) -> bytearray:
    """For each position, how many lines back the nearest earlier true flag is, as
    a byte: 0 for none, at most 10 (``_distance_bucket`` reads no further)."""
    out, last = bytearray(len(flags)), -1
    for k, flag in enumerate(flags):
        if last >= 0:
            out[k] = min(k - last, 10)
        if flag:
            last = k
    return out


def _distance_bucket(d: int) -> str:
    return "none" if d < 0 else "1" if d == 1 else "2-3" if d <= 3 else "4-9" if d <= 9 else "10+"


# The ``dp=`` feature of each pair of distance bytes (before, after), made once.
_DISTANCES = tuple(tuple(f"dp={_distance_bucket(b or -1)}|{_distance_bucket(a or -1)}" for a in range(11))
                   for b in range(11))
_FRAMES = ("",) + tuple(f"frame={head}|{tail}" for head in ("colon", "prose", "other") for tail in ("prose", "other"))
# A run length is read only up to "10+" (and "3 or more"): kept as a byte.
_RUN_CAP = 255


def _run_lengths(flags: Sequence[int]) -> bytearray:
    """For each position, the length of the run of true flags it belongs to (0 if
    false), as a byte: runs longer than ``_RUN_CAP`` count as ``_RUN_CAP``."""
    n = len(flags)
    out = bytearray(n)
    k = 0
    while k < n:
        if not flags[k]:
            k += 1
            continue
        j = k
        while j < n and flags[j]:
            j += 1
        out[k:j] = bytes((min(j - k, _RUN_CAP),)) * (j - k)
        k = j
    return out


def _doc_bucket(n: int) -> str:
    return "1-9" if n < 10 else "10-39" if n < 40 else "40-149" if n < 150 else "150+"
