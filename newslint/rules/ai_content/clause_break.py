"""Whether an agent is in the clause of the act it is said to have done (NL501).

A subordinate clause of time or cause takes an agent after it out of the
making's clause: in "This story was written after ChatGPT was released" the
story was written, and ChatGPT was released, but ChatGPT did not write it.
An agent before the act, or after it with no such clause opened between,
stays in: "This article was written with help from AI after the reporter
fell ill."
"""
from __future__ import annotations

import regex

_CLAUSE_BREAK = regex.compile(r"\b(?:after|before|since|until|when|while|because|although|though)\b", regex.IGNORECASE)


def opens_clause(sentence: str, start: int, end: int) -> bool:
    """Whether a clause of time or cause opens in sentence[start:end]."""
    return _CLAUSE_BREAK.search(sentence, start, end) is not None


def agent_in_clause(sentence: str, act_end: int) -> bool:
    """Whether some agent of the sentence (not the AI industry) stands before
    the act ending at ``act_end``, or after it in the same clause."""
    from .terms import terms  # terms.py reads notice_parts.py, which reads this module

    t = terms()
    for m in t.agent.finditer(sentence):
        if t.not_agent.match(sentence, m.end()):
            continue
        if m.start() < act_end or not opens_clause(sentence, act_end, m.start()):
            return True
    return False
