"""The role of every line of a document (headline, byline, body, list, UI, teaser, ...).

A learned line model: a linear score per role over the line's features and its
neighbours' (line_features.py), then a sequence pass -- forward-backward over role
transitions -- that gives each line the probability of each role given the whole
document.  The weights are a data file, ``data/line_model.json``, written by
``tools/train_line_model.py`` (which says how they were fitted and measured); this
module is pure Python and needs nothing at run time.

Roles (the labelled data cannot tell some finer roles apart, so they are merged):

- ``headline``, ``standfirst`` (the deck under a headline), ``byline`` (bylines and
  credits: reporting, editing and photo credits, republication notes, agency
  sign-offs), ``date`` (datelines and time stamps), ``meta`` (the article's other
  own metadata: captions, author bios, tags);
- ``body`` (running text, quotes and sub-headings: the labels do not separate them),
  ``list`` (a list item of the article), ``table`` (a table row or a preformatted line,
  such as a code listing, of the article);
- ``ui`` (interface furniture: menus, buttons, share/follow/newsletter prompts, player
  notices, footers and copyright lines) and ``teaser`` (links to and blurbs of other
  pages).  The labels split these two mainly by length, so trust their union
  (``FURNITURE``) more than either alone;
- ``blank`` for blank lines and lines of bare punctuation, which are not scored.
"""
from __future__ import annotations

import json
import math
from array import array
from functools import lru_cache
from operator import mul
from typing import Any, Iterator, Mapping, NamedTuple, Sequence

from ..compact import COMPACT_LINES, View, indices
from ..document import Document
from ..phrases import data_path
from .line_features import stream

MODEL_FILE = "line_model.json"
BLANK = "blank"
# Roles that are not the article: what NL301/NL302 would report.
FURNITURE = frozenset({"ui", "teaser"})


class LineRole(NamedTuple):
    """The role of one line, its probability, and every role's probability
    (``probabilities[k]`` is that of ``roles[k]``; both empty for blank lines)."""

    number: int
    role: str
    probability: float
    probabilities: tuple[float, ...] = ()
    roles: tuple[str, ...] = ()

    def p(self, *roles: str) -> float:
        """Probability that the line has one of ``roles``."""
        if not self.probabilities:
            return 1.0 if self.role in roles else 0.0
        return sum(p for r, p in zip(self.roles, self.probabilities) if r in roles)


class _Model(NamedTuple):
    roles: tuple[str, ...]
    role_index: dict[str, int]
    bias: tuple[float, ...]
    own: dict[str, tuple[float, ...]]
    prev: dict[str, tuple[float, ...]]
    next: dict[str, tuple[float, ...]]
    start: tuple[float, ...]
    end: tuple[float, ...]
    # exp(transition scores): columns (into a role) and rows (out of one)
    into: tuple[tuple[float, ...], ...]
    out_of: tuple[tuple[float, ...], ...]
    threshold: float


def load_model(path: str | None = None) -> _Model:
    """Read a weight file (the shipped one by default)."""
    with open(path or data_path(MODEL_FILE), encoding="utf-8") as fh:
        return build_model(json.load(fh))


def build_model(raw: Mapping[str, Any]) -> _Model:
    """The inference tables of a weight file's contents (see tools/train_line_model.py)."""
    roles = tuple(raw["roles"])
    own: dict[str, tuple[float, ...]] = {}
    prev: dict[str, tuple[float, ...]] = {}
    nxt: dict[str, tuple[float, ...]] = {}
    for name, weights in raw["weights"].items():
        table, key = (prev, name[2:]) if name.startswith("p:") else (nxt, name[2:]) if name.startswith("n:") else (own, name)
        table[key] = tuple(weights)
    trans = [[math.exp(w) for w in row] for row in raw["transitions"]]
    return _Model(
        roles=roles,
        role_index={r: i for i, r in enumerate(roles)},
        bias=tuple(raw["bias"]),
        own=own,
        prev=prev,
        next=nxt,
        start=tuple(math.exp(w) for w in raw["start"]),
        end=tuple(math.exp(w) for w in raw["end"]),
        into=tuple(tuple(row[j] for row in trans) for j in range(len(roles))),
        out_of=tuple(tuple(row) for row in trans),
        threshold=float(raw.get("furniture_threshold", 0.5)),
    )


@lru_cache(maxsize=1)
def _model() -> _Model:
    return load_model()


def roles() -> tuple[str, ...]:
    """The roles of the shipped model, in the order of ``LineRole.probabilities``."""
    return _model().roles


def furniture_threshold() -> float:
    """The P(ui or teaser) above which the shipped model's validation figures call a
    line furniture (chosen on the fit part; see tools/train_line_model.py).  Rules that
    must rarely flag article text use it rather than the most likely role."""
    return _model().threshold


def line_roles(doc: Document) -> Sequence[LineRole]:
    """One LineRole per entry of ``doc.lines``; computed once per document, when a
    rule first asks."""
    key = ("line_roles",)
    if key not in doc.memo:
        lines = doc.lines
        # A huge document's texts straight from its text (no Line built per read).
        texts: Sequence[str] = View(doc.line_text, len(lines)) if isinstance(lines, View) else [line.text for line in lines]
        doc.memo[key] = label_lines(texts, first=lines[0].number if lines else 1)
    return doc.memo[key]


def label_lines(lines: Sequence[str], first: int = 1, model: _Model | None = None) -> Sequence[LineRole]:
    """Roles of raw line texts (numbered from ``first``): a list, or for a huge
    document a view that keeps only each content line's role probabilities (an
    array of floats) and builds its LineRole when asked."""
    model = model or _model()
    index, pairs = stream(lines)
    size = len(model.roles)
    blank = indices(len(lines), [-1]) * len(lines)
    for k, i in enumerate(index):
        blank[i] = k
    posts = _forward_backward(_emissions(pairs, len(index), model), len(index), model) if len(index) else array("d")
    roles_ = model.roles
    best_of = range(size)

    def make(i: int) -> LineRole:
        k = blank[i]
        if k < 0:
            return LineRole(first + i, BLANK, 1.0)
        post = tuple(posts[k * size : (k + 1) * size])
        best = max(best_of, key=post.__getitem__)
        return LineRole(first + i, roles_[best], post[best], post, roles_)

    view = View(make, len(lines))
    return list(view) if len(lines) <= COMPACT_LINES else view


# A huge document (a scraped page, a dump of many) repeats its lines' features:
# its menus and teasers, and lines whose features are all alike (a million
# short lines of one shape), so each line's scores are kept by its features and
# its neighbours', up to this many at a time.  Same features, same sums: the
# same floats.  An ordinary document is scored line by line, as before.
_KEPT_SCORES = 4096


def _emissions(pairs: Iterator[tuple[tuple[str, ...], list[str]]], n: int, model: _Model) -> array:
    """exp(score) of every role for every content line, scaled so each line's largest
    is 1, flat (line k's at ``k * roles``): the features of each line are dropped
    once it and its neighbours are scored."""
    own, prev, nxt, bias = model.own, model.prev, model.next, model.bias
    none_prev, none_next = prev.get("none"), nxt.get("none")
    out = array("d")
    exp = math.exp
    kept: dict[tuple[object, ...], list[float]] | None = {} if n > COMPACT_LINES else None
    before: tuple[str, ...] = ()
    current = next(pairs, None)
    for k in range(n):
        ahead = next(pairs, None)
        core, context = current  # type: ignore[misc]
        key: tuple[object, ...] | None = None
        if kept is not None:
            key = (core, tuple(context), before if k else None, ahead[0] if ahead is not None else None)
            row = kept.get(key)
            if row is not None:
                out.extend(row)
                before, current = core, ahead
                continue
        rows = [bias]
        rows += [w for w in map(own.get, core) if w]
        rows += [w for w in map(own.get, context) if w]
        if k:
            rows += [w for w in map(prev.get, before) if w]
        elif none_prev:
            rows.append(none_prev)
        if ahead is not None:
            rows += [w for w in map(nxt.get, ahead[0]) if w]
        elif none_next:
            rows.append(none_next)
        scores = [sum(col) for col in zip(*rows)]
        top = max(scores)
        row = [exp(s - top) for s in scores]
        out.extend(row)
        if kept is not None and key is not None:
            if len(kept) >= _KEPT_SCORES:
                kept.clear()
            kept[key] = row
        before, current = core, ahead
    return out


def _posteriors(emit: Sequence[Sequence[float]], model: _Model) -> list[tuple[float, ...]]:
    """Posteriors of per-line emission rows (the tests' view of ``_forward_backward``)."""
    size = len(model.roles)
    flat = _forward_backward(array("d", [e for row in emit for e in row]), len(emit), model)
    return [tuple(flat[k * size : (k + 1) * size]) for k in range(len(emit))]


# The forward pass keeps the forward probabilities of one line in this many,
# and the backward pass works out the rest again a block at a time: with all of
# them kept beside the emissions, a document of a million lines held 160 MB of
# floats at once; so it holds one array of emissions, rewritten as posteriors.
_BLOCK = 1024


def _forward_backward(emit: array, n: int, model: _Model) -> array:
    """Forward-backward over the role transitions (scaled at every step, so no logs):
    the posteriors, flat like ``emit``, written over ``emit`` itself (which is
    consumed).

    The forward probabilities are kept at every ``_BLOCK``-th line only; the
    backward pass, going from the last block to the first, works out each block's
    again from its first (the same operations on the same values: the same
    floats) and writes line k's posteriors where line k+1's emissions were, the
    last thing that read them, so no second array of the document's size is ever
    held."""
    into = model.into
    size = len(model.roles)
    if not n:
        return emit

    def forward(k: int, alpha: list[float]) -> list[float]:
        """Line k's forward probabilities, normalised, from line k-1's."""
        if k:
            alpha = [e * sum(map(mul, alpha, col)) for e, col in zip(emit[k * size : (k + 1) * size], into)]
        total = sum(alpha)
        return [a / total for a in alpha] if total else [1.0 / size] * size

    checkpoints = []
    alpha = [s * e for s, e in zip(model.start, emit[0:size])]
    for k in range(n):
        alpha = forward(k, alpha)
        if not k % _BLOCK:
            checkpoints.append(alpha)
    emit.extend(array("d", [0.0]) * size)  # room for the last line's posteriors
    out_of = model.out_of
    beta = list(model.end)
    for number in range(len(checkpoints) - 1, -1, -1):
        start = number * _BLOCK
        stop = min(n, start + _BLOCK)
        alpha = checkpoints[number]
        block = [alpha]
        for k in range(start + 1, stop):
            alpha = forward(k, alpha)
            block.append(alpha)
        for k in range(stop - 1, start - 1, -1):
            here = (k + 1) * size
            if k + 1 < n:
                ahead = list(map(mul, emit[here : here + size], beta))
                beta = [sum(map(mul, row, ahead)) for row in out_of]
                total = sum(beta)
                beta = [b / total for b in beta] if total else [1.0] * size
            joint = list(map(mul, block[k - start], beta))
            total = sum(joint)
            emit[here : here + size] = array("d", [j / total for j in joint] if total else [1.0 / size] * size)
    del emit[:size]  # line 0's emissions: the posteriors now start at 0
    return emit
