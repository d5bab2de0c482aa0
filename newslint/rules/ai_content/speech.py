"""NL502: a first- or second-person phrase told from somebody's reported speech."""
from __future__ import annotations

import regex

# Reported speech: a first- or second-person phrase in a sentence with a
# reporting verb is somebody quoted ("I'm sorry, but I can't comment, the
# police chief said"), not an assistant talking to its user.
ATTRIBUTION = regex.compile(
    r"\b(?:said|says|told|tells|(?<!\bi\s)(?<!\bi've\s)(?<!\bi’ve\s)(?<!\bhave\s)added|adds|wrote|writes|replied|replies|explained|insisted|warned|warns|"
    r"urged|urges|reported|according\s+to|tweeted|posted|promised|vowed|admitted|conceded|joked|claimed|argued?|argues|"
    r"(?<!you\s)asked(?!\s+for))\b",
    regex.IGNORECASE,
)
# A reporting verb inside a clause the first person is about ("As a
# language model, I can't verify whether the mayor actually said this")
# reports nothing the sentence's speaker said.
_EMBEDDING = regex.compile(r"\b(?:whether|if|what|how|that)\s+(?:[\w'’-]+\s+){0,3}$", regex.IGNORECASE)


def attributed(text: str, s: int, e: int) -> bool:
    """Whether the sentence text[s:e] has a reporting verb of its own."""
    return any(
        _EMBEDDING.search(text, max(s, m.start() - 60), m.start()) is None for m in ATTRIBUTION.finditer(text, s, e)
    )
