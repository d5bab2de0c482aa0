"""Document evidence: a rare word used once, one slip from a rare word the
same article spells otherwise.

A writer who spells a name right once and wrong once (``Roman Abramovich
... Abramovic later``, ``aurangzeb ... auranzeb``) leaves the right
spelling beside the slip; no lexicon knows most such names, so the article
is the only witness.  Which of the two is the slip: the one the web list
knows less (or, both unknown, the one the article uses less); a tie is two
spellings of two things and stays quiet.  Endings (a last letter
changed or added: ``Kowalski``/``Kowalska``, ``tiene``/``tienen``), accented
words, spellings a dictionary accepts (``organise`` beside
``organize``) and words after a title or a first name (``Ms Nwachukwu and
Mr Nwachuku``: two people introduced) or before a surname (``Mikee
Johnson``) are not slips.

Cost: one pass over the article's rare tokens (the rule has them already),
grouped by their first and last letters; only words of one group are
compared, so about linear in the number of distinct rare words; nothing
runs for a common word.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Sequence

from .lexicon import zipf
from .names import name_key
from .spelling import spelled_right

# Shorter words have too many one-slip neighbours to be told apart.
_MIN_LENGTH = 5
# Longer tokens are skipped by the rule anyway; the index is per letter.
_MAX_LENGTH = 40
# A text where this share of the words are rare lower-case words is mostly
# in another language (German, French, Czech pages: 0.26 to 0.77; English
# news, web and Wikipedia text: 0.05 or less): its near-identical words are
# inflections of that language (``neben``/``neuen``), not slips.
_FOREIGN_SHARE = 0.15
# ... counted only past a handful (a one-line sentence with two rare words).
_FOREIGN_MIN = 5
# The slip must be rarer on the web than its twin by this many Zipf points
# (or both unknown and the slip used less in the article).
_MIN_GAP = 0.3
# A spelling the web list knows this well is a word or a name of its own.
_MAX_SLIP_ZIPF = 2.0


def _swap(a: str, b: str) -> bool:
    """Do ``a`` and ``b`` differ by two neighbouring letters swapped?"""
    if len(a) != len(b):
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


def _one_slip(a: str, b: str) -> bool:
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1 or _swap(a, b)
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


# Names and foreign words differ in their endings (``Kowalski``/``Kowalska``,
# ``tiene``/``tienen``, ``Ecologics``/``Ecologies``): a slip must keep the
# last letter; the writers' slips found this way were all inside the word.


def _ending(a: str, b: str) -> bool:
    """Do ``a`` and ``b`` differ in their last letter, or in an ending (one
    is the other plus letters: ``Sunni``/``Sunnis``; ``-man``/``-men``:
    ``strawman``/``strawmen``)?"""
    return (
        a[-1] != b[-1] or a.startswith(b) or b.startswith(a)
        or ({a[-3:], b[-3:]} == {"man", "men"} and a[:-3] == b[:-3])
    )


def mostly_foreign(rare: Sequence[tuple[str, int, int]], words: int) -> bool:
    """Is a text of about ``words`` words, with these rare tokens, mostly
    in another language (see _FOREIGN_SHARE)?"""
    lower = sum(word[0].islower() for word, _, _ in rare)
    return lower > max(_FOREIGN_MIN, _FOREIGN_SHARE * words)


def document_twins(rare: Sequence[tuple[str, int, int]], words: int,
                   introduced: Callable[[int, int], bool]) -> dict[int, str]:
    """Start offset of a rare token that is a slip for another rare word of
    the article -> that word as the article writes it.  ``words``: about how
    many words the article has.  ``introduced(start, end)``
    says the token there may be a twin but never a slip (a name after a
    title or a first name)."""
    # Keyed by the case of the first letter too: ``Mitras`` (a name) is no
    # slip for ``mitres``.
    uses: Counter[str] = Counter()
    where: dict[str, tuple[int, int]] = {}
    spelt: dict[str, str] = {}
    for word, start, _ in rare:
        key = name_key(word) if ("'" in word or "’" in word) else word
        if not (_MIN_LENGTH <= len(key) <= _MAX_LENGTH) or not key.isascii() or not key.isalpha():
            continue  # accented words are foreign (``můžete``/``můžeme``)
        low = key[:1] + key[1:].lower()
        uses[low] += 1
        if low not in where:
            where[low] = (start, start + len(key))
            spelt[low] = key
    if len(uses) < 2 or mostly_foreign(rare, words):
        return {}
    # A twin keeps the first and the last letter (see _ending), so only
    # words that share both are compared: the groups are tiny.
    groups: dict[tuple[str, str], list[str]] = defaultdict(list)
    for low in uses:
        groups[low[0], low[-1]].append(low)
    out: dict[int, str] = {}
    for group in groups.values():
        if len(group) < 2:
            continue
        for low in group:
            if uses[low] != 1:
                continue
            twin = _twin(low, [other for other in group if other != low], uses)
            if twin is not None and not introduced(*where[low]) and not spelled_right(spelt[low]):
                out[where[low][0]] = spelt[twin]
    return out


def _twin(low: str, near: list[str], uses: Counter[str]) -> str | None:
    """The one word of ``near`` that ``low`` is a slip for, if exactly one."""
    own = zipf(low.casefold())
    if own >= _MAX_SLIP_ZIPF:
        return None
    found = []
    for other in near:
        if not _one_slip(low, other) or _ending(low, other):
            continue
        theirs = zipf(other.casefold())
        if theirs >= own + _MIN_GAP or (theirs == own == 0.0 and uses[other] > uses[low]):
            found.append(other)
    return found[0] if len(found) == 1 else None
