"""AI-generated content: disclosure notices (NL501) and assistant text left in the copy (NL502).

One module per rule (``ai_disclosure``, ``chatbot_leakage``); beside them
what they are built from: ``terms`` (the parts of a disclosure notice),
``candidates`` (which lines and windows NL502 scans, and its shipped list),
``shapes`` (general shapes of assistant speech), ``compose`` (notices and
asides as compositions of word classes), ``leakage_score`` (the score
over weak signals), ``learned`` (the learned sentence scorer beside
both rules' patterns), ``vocab`` (word lists as pattern pieces) and
``word_start`` (list alternations without the ``\b`` a guard already asserts).
What only spares work, with the same findings: ``word_places`` (one scan for
where either rule's words may start), ``gate_table``, ``heads`` and
``list_gate`` (which of NL502's shapes and list entries a line may hold),
``class_gate`` and ``score_bound`` (the scorer's searches left out).
"""
from __future__ import annotations

from ...hookspecs import hookimpl
from ...rule import Rule


@hookimpl
def newslint_register_rules() -> list[Rule]:
    # Imported on first call, not with the package: a run whose files are all
    # cache hits loads the plugin manager but never the rules (their patterns).
    from . import ai_disclosure, chatbot_leakage

    return [ai_disclosure.ai_disclosure, chatbot_leakage.chatbot_leakage]
