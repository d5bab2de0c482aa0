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


def metadata_credit(metadata: Mapping[str, Any]) -> str | None:
    """The metadata key that credits an author or source, if any."""
    for key, value in metadata.items():
        if not _credit_key(str(key)):
            continue
        if isinstance(value, str) and value.strip():
            return key
        if isinstance(value, (list, tuple, dict)) and any(str(v).strip() for v in value):
            return key
    return None
