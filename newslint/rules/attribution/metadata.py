"""Credits in a document's metadata: Markdown front matter or JSONL record fields."""
from __future__ import annotations

from typing import Any, Mapping

import regex

from .lists import entries

# Fields that credit an author or source, whole or as a word of a compound key.
META_KEYS = frozenset(entries("attribution_metadata_keys.txt"))
# Words of a compound key ("publisher_name") that credit someone.
_META_WORDS = frozenset(entries("attribution_metadata_words.txt"))
_KEY_SPLIT = regex.compile(r"[\s_.:\-]+")


def _credit_key(key: str) -> bool:
    # "author_name", "og:author", "byline-text": any word of the key may carry it.
    key = key.strip().lower()
    return key in META_KEYS or any(w in META_KEYS or w in _META_WORDS for w in _KEY_SPLIT.split(key))


# A value that names someone: letters and spaces with the punctuation names
# carry ("Jane O'Brien", "Doe, Jane", "Staff & agencies", "J. Doe (AFP)").  A
# data pipeline's "source" is as often a file path, a URL, an id or a hash,
# which credit nobody.
_NAME_VALUE = regex.compile(r"[\p{L}\p{M}][\p{L}\p{M}\s.,'’&()\-]*")
# "port-strike.txt", "example.org": a file or a domain, one word with an extension.
_FILE_NAME = regex.compile(r"\S*[\p{L}\d]{2}\.[\p{L}\d]{1,6}")
# "dc", "id3": too short to tell a name from a code once digits are gone.
_MIN_LETTERS = 2


def looks_like_credit(value: str) -> bool:
    """Whether a metadata value reads as an agency, outlet or person's name."""
    text = " ".join(value.split())
    if not _NAME_VALUE.fullmatch(text) or _FILE_NAME.fullmatch(text):
        return False  # a path, URL, file, number, hash or e-mail address
    return sum(ch.isalpha() for ch in text) >= _MIN_LETTERS


def _credits(value: Any) -> bool:
    if isinstance(value, str):
        return looks_like_credit(value)
    if isinstance(value, Mapping):
        return any(_credits(v) for v in value.values())
    if isinstance(value, (list, tuple)):
        return any(_credits(v) for v in value)
    return False


def metadata_credit(metadata: Mapping[str, Any]) -> str | None:
    """The metadata key whose value credits an author or source, if any."""
    for key, value in metadata.items():
        if _credit_key(str(key)) and _credits(value):
            return key
    return None
