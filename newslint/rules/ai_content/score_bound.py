"""The learned scorer's sentences turned down from a bound on their score (issue 12, branch speed15).

The scorer (learned.py) is a sum of weights over a sentence's features, and
a sentence is reported when the sum reaches its rule's threshold.  Most of
the features are read without a class search: the words, the first word,
the sentence's shape (a question, a "!" near the start, short, long) and a
few patterns matched at its start (:func:`plain_features`).  The rest come
from about twenty class searches.  Before those, the sum is bounded from
above: the plain features' weights, plus every other feature's weight where
it is positive, less those of the features that cannot be there because
none of their class's strings is in the sentence (class_gate.py: one
Aho-Corasick pass, NL502 only; NL501's sentences are turned down without
it).  A sentence whose bound stays under the threshold cannot be reported,
and its searches are left out: the same answer.  On bbc-dev, 766 of NL502's
778 scored sentences and all 545 of NL501's are turned down so.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any

from .class_gate import ClassGate
from .heads import fold

# The features plain_features() reads besides the words ("w:"), word pairs
# ("b:") and the first word ("s:"): any of these it leaves out is absent.
PLAIN_FLAGS = frozenset(
    {
        "c:imperative", "c:i", "c:question", "c:placeholder", "c:exclaim", "c:colon_end", "c:third",
        "c:name", "c:label", "c:short", "c:long", "r:label_part", "r:dash_open",
    }
)
_PLAIN_PREFIXES = ("w:", "b:", "s:")
# Float sums in another order differ in their last bits: a bound this close
# under the threshold is not trusted.
_SLACK = 1e-9


def plain_features(sentence: str, low: str, toks: list[str], rule: str, c: Any, r: Any) -> set[str]:
    """The features of the sentence read without a class search (``low``:
    its lower case, ``toks``: its tokens, ``c`` and ``r``: learned.classes()
    and learned.reply_classes())."""
    out = {"w:" + t for t in toks}
    if rule != "NL502":
        # NL502's scorer does without word pairs: they fitted the batches'
        # exact wordings (cross-validated leaving one batch out, 391/865 of
        # the leakage lines without them, 387 with, at a third of the
        # training time) where the reply classes generalise.
        out.update("b:" + a + "_" + b for a, b in zip(toks, toks[1:]))
    if toks:
        out.add("s:" + toks[0])
        if toks[0] in c.imperatives:
            out.add("c:imperative")
    flags = {
        "c:i": c.first.search(low) is not None,
        "c:question": sentence.rstrip().endswith("?"),
        "c:placeholder": c.placeholder.search(sentence) is not None,
        "c:exclaim": "!" in " ".join(sentence.split()[:4]),
        "c:colon_end": sentence.rstrip().endswith(":"),
        "c:third": c.third.search(low) is not None,
        "c:name": c.name.search(sentence) is not None,
        "c:label": c.label.match(low) is not None,
        "c:short": len(toks) <= 8,
        "c:long": len(toks) > 25,
    }
    if rule == "NL502":
        flags["r:label_part"] = r.label_part.match(low) is not None
        flags["r:dash_open"] = any(d in " ".join(sentence.split()[:4]) for d in ("\u2014", "\u2013", " - "))
    out.update(k for k, v in flags.items() if v)
    return out


@lru_cache(maxsize=None)
def _open_gain(rule: str) -> tuple[float, dict[str, float]]:
    """(the sum of the positive weights of ``rule``'s features not read
    plainly, each of those weights by name)."""
    from .learned import model  # learned.py asks for this bound

    positive = {
        f: w for f, w in model(rule).weights.items() if w > 0 and f not in PLAIN_FLAGS and not f.startswith(_PLAIN_PREFIXES)
    }
    return sum(positive.values()), positive


def absent(gone: set[str], i_: bool) -> set[str]:
    """The features that cannot be there when the classes ``gone`` (class_gate
    names) cannot match and the sentence has an "I" or not (``i_``): the
    class features themselves and those made from them (learned.py)."""
    out = {"c:you" if k == "second" else (k if k.startswith("r:") else "c:" + k) for k in gone}
    # "r:part" is the part pattern or the pointed-at part.
    out.discard("r:part")
    if "r:part" in gone and "r:part_ref" in gone:
        out.add("r:part")
    if "second" in gone:
        out.update(("c:i+you", "c:you+meta", "r:part+you"))
    if "meta_ref" in gone:
        out.update(("c:i+meta", "c:you+meta"))
    if "r:part_ref" in gone:
        out.update(("r:part+no_person", "r:part+you"))
    if "r:world" in gone:
        out.add("r:world+i")
    if i_:
        out.update(("r:no_person", "r:part+no_person"))
    else:
        out.update(("c:i+you", "c:i+meta", "r:world+i"))
    return out


def may_reach(rule: str, plain: set[str], low: str, gate: ClassGate | None) -> bool:
    """Whether a sentence with the plain features ``plain`` (lower case
    ``low``) may reach ``rule``'s threshold (False: it cannot); ``gate``
    (class_gate.py, or None) is read only when the plain bound is not enough."""
    from .learned import model

    m = model(rule)
    weights = m.weights
    known = m.bias + sum(weights.get(f, 0.0) for f in plain)
    gain, positive = _open_gain(rule)
    if known + gain < m.threshold - _SLACK:
        return False
    if gate is None:
        return True
    present = {s for _, s in gate.automaton.iter(fold(low))}
    gone = {k for k, strings in gate.strings.items() if strings.isdisjoint(present)}
    gain -= sum(positive.get(f, 0.0) for f in absent(gone, "c:i" in plain))
    return known + gain >= m.threshold - _SLACK
