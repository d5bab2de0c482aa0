"""What the story's own words say about a line outside its span (NL302's whole-page
pass, outside_story.py): a line whose content words the story repeats tells the
story's story -- a note, a caption, its headline set apart by widgets -- and is
the article's."""
from __future__ import annotations

from typing import Any, Mapping, Sequence

from ...analysis.line_roles import LineRole
from .page import Page
from .word_classes import content_words


def story_words(page: Page, span: tuple[int, int]) -> frozenset[str]:
    """The content words of the story's span."""
    out: set[str] = set()
    for k in range(span[0], span[1] + 1):
        out |= content_words(page.items[page.order[k]].line.text)
    return frozenset(out)


def lead_words(page: Page, roles: Sequence[LineRole], span: tuple[int, int], settings: Mapping[str, Any]) -> frozenset[str]:
    """The content words of the span's first ``head_echo_paragraphs`` paragraphs
    (what its headline and standfirst tell)."""
    out: set[str] = set()
    paragraphs = 0
    for k in range(span[0], span[1] + 1):
        i = page.order[k]
        if page.items[i].words >= settings["paragraph_words"] and roles[i].role == "body":
            out |= content_words(page.items[i].line.text)
            paragraphs += 1
            if paragraphs == settings["head_echo_paragraphs"]:
                break
    return frozenset(out)


def echoes(text: str, told: frozenset[str], settings: Mapping[str, Any]) -> bool:
    """Whether ``echo_words`` of the content words of ``text``, and ``echo_share``
    of them, are in ``told``."""
    words = content_words(text)
    shared = len(words & told)
    return shared >= settings["echo_words"] and shared >= settings["echo_share"] * len(words)
