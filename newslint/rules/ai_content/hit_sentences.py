"""NL501: the sentences around its hits, with only their lines split (issue 12, branch speed17).

Document.sentences splits the whole article, and NL501 was the one rule
asking for it (the others split a line at a time, Document.line_sentences):
on bbc-dev a tenth of NL501's time went to splitting the articles of its few
hundred hits.  A sentence never crosses a line break, so the sentence
holding an offset is one of its line's, and splitting that line alone finds
the same one (tests/test_ai_disclosure_gates.py checks them against the
whole split).
"""
from __future__ import annotations

import bisect
from typing import Iterator, Sequence

from ...compact import offsets
from ...document import Block, Document

# A longer line is read from the document's (compact) sentences, as
# learned.sentence_spans does: a huge one-line article is not copied a
# sentence at a time into a list.
_SPLIT_ALONE = 20_000


def sentences_at(doc: Document, hits: list[int]) -> Iterator[Block]:
    """The sentences holding the offsets ``hits`` (ascending), each once, in
    order; an offset between sentences (white space, a line break) gives none."""
    seen: set[int] = set()
    # The line split last (its start), or -2 for the whole document's split.
    key = -1
    sentences: Sequence[Block] = []
    starts: Sequence[int] = []
    for pos in hits:
        line = doc.line_at(pos)
        long = line.end - line.start > _SPLIT_ALONE
        if (-2 if long else line.start) != key:
            # Hits come in order: each line is split once.
            key = -2 if long else line.start
            if long:
                # Machine integers: a 50 MB article has half a million sentences.
                sentences = doc.sentences
                starts = offsets(s.start for s in sentences)
            else:
                sentences = doc.line_sentences(line.start, line.end)
                starts = [s.start for s in sentences]
        i = bisect.bisect_right(starts, pos) - 1
        if i < 0 or pos >= sentences[i].end or sentences[i].start in seen:
            continue
        seen.add(sentences[i].start)
        yield sentences[i]
