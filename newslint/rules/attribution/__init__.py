"""Attribution: bylines and credits, quotations without a speaker, vague sourcing.

One module per rule (missing_attribution NL401, unattributed_quote NL402,
vague_attribution NL403); the heuristics they use sit beside them: credits,
bylines, credits told by place and shape (placement) and metadata (NL401),
quotations, speakers and cue_words (NL402), sourcing, subjects told by shape
(before the verb; inverted_subjects after it) and naming (NL403), lists (the
family's data files), frequencies (wordfreq's common words, kept between
runs) and cues with prefilter (where a phrase-list
pattern can match, found by one scan of a looser twin of it for the C ``re``
engine, so that it is tried only there).
"""
from __future__ import annotations

from ...hookspecs import hookimpl
from ...rule import Rule


@hookimpl
def newslint_register_rules() -> list[Rule]:
    # Imported on first call, not with the package: a run whose files are all
    # cache hits loads the plugin manager but never the rules (their patterns).
    from .missing_attribution import missing_attribution
    from .unattributed_quote import unattributed_quote
    from .vague_attribution import vague_attribution

    return [missing_attribution, unattributed_quote, vague_attribution]
