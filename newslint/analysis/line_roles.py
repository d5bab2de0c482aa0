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
from functools import lru_cache
from operator import mul
from typing import Any, Mapping, NamedTuple, Sequence

from ..document import Document
from ..phrases import data_path
from .line_features import features

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


def line_roles(doc: Document) -> list[LineRole]:
    """One LineRole per entry of ``doc.lines``; computed once per document."""
    key = ("line_roles",)
    if key not in doc.memo:
        doc.memo[key] = label_lines([line.text for line in doc.lines], first=doc.lines[0].number if doc.lines else 1)
    return doc.memo[key]


def label_lines(lines: Sequence[str], first: int = 1, model: _Model | None = None) -> list[LineRole]:
    """Roles of raw line texts (numbered from ``first``)."""
    model = model or _model()
    feats = features(lines)
    out = [LineRole(first + i, BLANK, 1.0) for i in range(len(lines))]
    if not feats.index:
        return out
    posteriors = _posteriors(_emissions(feats.core, feats.context, model), model)
    roles_ = model.roles
    for i, post in zip(feats.index, posteriors):
        best = max(range(len(roles_)), key=post.__getitem__)
        out[i] = LineRole(first + i, roles_[best], post[best], post, roles_)
    return out


def _emissions(core: Sequence[Sequence[str]], context: Sequence[Sequence[str]], model: _Model) -> list[list[float]]:
    """exp(score) of every role for every content line, scaled so each line's largest is 1."""
    own, prev, nxt, bias = model.own, model.prev, model.next, model.bias
    none_prev, none_next = prev.get("none"), nxt.get("none")
    n = len(core)
    out = []
    for k in range(n):
        rows = [bias]
        rows += [w for w in map(own.get, core[k]) if w]
        rows += [w for w in map(own.get, context[k]) if w]
        if k:
            rows += [w for w in map(prev.get, core[k - 1]) if w]
        elif none_prev:
            rows.append(none_prev)
        if k + 1 < n:
            rows += [w for w in map(nxt.get, core[k + 1]) if w]
        elif none_next:
            rows.append(none_next)
        scores = [sum(col) for col in zip(*rows)]
        top = max(scores)
        out.append([math.exp(s - top) for s in scores])
    return out


def _posteriors(emit: list[list[float]], model: _Model) -> list[tuple[float, ...]]:
    """Forward-backward over the role transitions (scaled at every step, so no logs)."""
    into, out_of = model.into, model.out_of
    size = len(model.roles)
    alphas = []
    alpha = [s * e for s, e in zip(model.start, emit[0])]
    for k in range(len(emit)):
        if k:
            alpha = [e * sum(map(mul, alpha, col)) for e, col in zip(emit[k], into)]
        total = sum(alpha)
        alpha = [a / total for a in alpha] if total else [1.0 / size] * size
        alphas.append(alpha)
    posts: list[tuple[float, ...]] = [()] * len(emit)
    beta = list(model.end)
    for k in range(len(emit) - 1, -1, -1):
        if k + 1 < len(emit):
            ahead = list(map(mul, emit[k + 1], beta))
            beta = [sum(map(mul, row, ahead)) for row in out_of]
            total = sum(beta)
            beta = [b / total for b in beta] if total else [1.0] * size
        joint = list(map(mul, alphas[k], beta))
        total = sum(joint)
        posts[k] = tuple(j / total for j in joint) if total else tuple([1.0 / size] * size)
    return posts
