"""Figures of a line model on labelled samples: per-role precision and recall, and the
targets of issue 10 (UI and teaser lines caught; article and list lines spared)."""
from __future__ import annotations

from collections import Counter
from typing import NamedTuple, Sequence

from line_data import Sample

from newslint.analysis.line_roles import LineRole

Pair = tuple[Sample, list[LineRole]]  # a document and the roles the model gave its lines

FURNITURE = frozenset({"ui", "teaser"})
ARTICLE_EXTRACTORS = ("aeb-readability", "aeb-trafilatura", "aeb-goose3")
WHOLE_PAGES = ("aeb-html-text", "readability-dev")


class Target(NamedTuple):
    name: str
    hits: int
    total: int
    goal: str  # ">= 0.85" or "<= 0.005"

    @property
    def value(self) -> float:
        return self.hits / self.total if self.total else 0.0

    @property
    def met(self) -> bool:
        op, bound = self.goal.split()
        return self.value >= float(bound) if op == ">=" else self.value <= float(bound)


def _count(pairs: Sequence[Pair], corpora: tuple[str, ...] | None, kinds: frozenset[str],
           threshold: float | None) -> tuple[int, int]:
    """Lines of these kinds, and how many of them are flagged: given a furniture role
    (threshold None) or P(ui or teaser) >= threshold."""
    hits = total = 0
    for sample, predicted in pairs:
        if corpora and sample.corpus not in corpora:
            continue
        for kind, lr in zip(sample.kinds, predicted):
            if kind in kinds and lr.role != "blank":
                total += 1
                hits += lr.role in FURNITURE if threshold is None else lr.p("ui", "teaser") >= threshold
    return hits, total


def targets(pairs: Sequence[Pair], threshold: float | None = None) -> list[Target]:
    junk = frozenset({"ui", "teaser"})
    article = frozenset({"gold", "gold-list", "article", "article-list"})

    def count(corpora: tuple[str, ...] | None, kinds: frozenset[str]) -> tuple[int, int]:
        return _count(pairs, corpora, kinds, threshold)

    return [
        Target("UI+teaser caught, extractor leftovers (aeb)", *count(ARTICLE_EXTRACTORS, junk), ">= 0.85"),
        Target("UI+teaser caught, whole pages (aeb html-text + readability)", *count(WHOLE_PAGES, junk), ">= 0.80"),
        Target("article lines flagged (aeb gold + readability article)", *count(None, article), "<= 0.005"),
        Target("  aeb gold lines only", *count(None, frozenset({"gold", "gold-list"})), "<= 0.005"),
        Target("  the same with gold lines reviewed as furniture",
               *count(None, article | {"gold-reviewed"}), "<= 0.005"),
        Target("list-shaped article content flagged", *count(None, frozenset({"text", "gold-list", "article-list"})),
               "<= 0.01"),
        Target("preformatted article lines (code) flagged, info", *count(None, frozenset({"article-pre"})), "<= 0.01"),
        Target("clean article lines flagged (bbc-dev + polnear-dev)", *count(None, frozenset({"clean"})), "<= 0.005"),
    ]


def per_role(pairs: Sequence[Pair]) -> dict[str, tuple[float, float, int]]:
    """role -> (precision, recall, support) over every labelled content line."""
    tp: Counter[str] = Counter()
    gold: Counter[str] = Counter()
    said: Counter[str] = Counter()
    for sample, predicted in pairs:
        for truth, lr in zip(sample.roles, predicted):
            role = lr.role
            if truth is None or role == "blank":
                continue
            gold[truth] += 1
            said[role] += 1
            tp[truth] += truth == role
    return {
        r: (tp[r] / said[r] if said[r] else 0.0, tp[r] / gold[r] if gold[r] else 0.0, gold[r])
        for r in sorted(set(gold) | set(said))
    }


def report(title: str, pairs: Sequence[Pair], threshold: float) -> str:
    """Per-role figures, then the targets twice: flagging the lines whose role is ui or
    teaser, and flagging those with P(ui or teaser) >= threshold."""
    lines = [f"== {title}: {len(pairs)} documents"]
    lines.append(f"  {'role':<11} {'precision':>9} {'recall':>7} {'lines':>7}")
    for role, (p, r, n) in per_role(pairs).items():
        lines.append(f"  {role:<11} {p:>9.3f} {r:>7.3f} {n:>7}")
    lines.append(f"  {'target':<60} {'by role':>15}  {f'p >= {threshold:.2f}':>15}  goal")
    for by_role, by_p in zip(targets(pairs), targets(pairs, threshold)):
        cells = [f"{t.value:.4f} {'+' if t.met else '-'}{t.hits:>4}/{t.total:<5}" for t in (by_role, by_p)]
        lines.append(f"  {by_role.name:<60} {cells[0]:>15}  {cells[1]:>15}  {by_role.goal}")
    return "\n".join(lines)
