"""How a slip's corrections rank beyond their frequency and edit cost: by
the sound of the typed word, and by the article's British or American
spelling (``suggest.rank`` adds these bonuses to each candidate's score)."""
from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from .candidates import Candidate, sound_key
from .variety import lean, pair_side

# In an article in British spelling, the British one of two corrections
# that are a British/American pair ranks up (``colur``: colour, not color),
# and the American one in American spelling: worth this many Zipf points.
VARIETY_BONUS = 1.0


def bonuses(found: Sequence[Candidate], vocabulary: Counter[str], typed: str, best: Candidate) -> dict[str, float]:
    """Zipf points to add to the scores of some of ``found`` (most get none),
    ``best`` the one that ranks first without them."""
    if not typed:
        return {}
    out = dict.fromkeys(_sounding(found, best, typed), SOUND_BONUS)
    words = [c.word for c in found]
    sides = {w: s for w in words if (s := pair_side(w, words))}
    if sides:
        leaning = lean(vocabulary)
        for w, s in sides.items():
            if s == leaning:
                out[w] = out.get(w, 0.0) + VARIETY_BONUS
    return out


# A correction one edit away that sounds as the typed word does is the
# likelier of two alike in spelling and frequency: writers spell by ear
# (``develope`` is develop with a silent e, not developed with its d
# dropped; ``reache`` is reach), worth this many Zipf points.  Not a dearer
# one (``suppor`` is not super, two edits away) but the -ies of a -y word
# (``familys``: families), nor one more than
# _SOUND_MAX_GAP Zipf points rarer than the best correction without it (nor
# supper, 60 times rarer than support).
SOUND_BONUS = 0.6
_SOUND_MAX_GAP = 1.0


def _sounding(found: Sequence[Candidate], best: Candidate, typed: str) -> frozenset[str]:
    """The candidates that earn SOUND_BONUS for the lower-case ``typed`` word."""
    key = sound_key(typed)
    floor = best.zipf - _SOUND_MAX_GAP
    return frozenset(
        c.word for c in found
        if c.zipf >= floor and (one_edit(typed, w := c.word.replace("’", "'")) or _ies_plural(typed, w))
        and sound_key(w) == key
    )


def _ies_plural(typed: str, word: str) -> bool:
    """Is ``word`` the regular -ies form of a -y word that ``typed`` wrote
    with a plain -s (``familys``: families; ``carrys``: carries)?"""
    return (
        typed.endswith("ys") and len(typed) > 3 and typed[-3] not in "aeiou"
        and word == typed[:-2] + "ies"
    )


def one_edit(a: str, b: str) -> bool:
    """Are ``a`` and ``b`` one deletion, insertion, substitution or swap of
    neighbours apart?"""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        swapped = a[i + 1 : i + 2] == b[i : i + 1] and a[i : i + 1] == b[i + 1 : i + 2] and a[i + 2 :] == b[i + 2 :]
        return a[i + 1 :] == b[i + 1 :] or swapped
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return short[i:] == long_[i + 1 :]


