"""The settings of NL302's whole-page pass (outside_story.py), fitted on the fit
pages of aeb-dev by tools/line_span_eval.py (three folds over the fit pages, each
read by a line model fitted without it; checked on the fit pages of readability-dev
and the fresh invented batches; see benchmarks/RESULTS.md).  A mapping in a module of
its own so the tools and tests can try others: outside_story.SETTINGS is this dict."""
from __future__ import annotations

from typing import Any

SETTINGS: dict[str, Any] = {
    # A body line at least this long counts toward the span, its words capped.
    "paragraph_words": 12,
    "word_cap": 40,
    # What a short link-shaped line costs the span (in words).
    "run_cost": 6.0,
    # How sure the model must be (P(ui or teaser)) of a line outside the span.
    "sure": 0.999,
    # A whole page: at least this many link-shaped lines before the span starts
    # (its menus; an extractor's article starts at its headline).
    "lead_links": 8,
    # ... and this many link-shaped lines in all.
    "min_links": 20,
    # ... and not within this many lines of the span, with at least this share of
    # its ``window`` neighbours on either side furniture (as below).
    "sure_near": 5,
    "sure_crowd": 0.5,
    # ... or P >= ``firm`` with at least ``firm_crowd`` of those neighbours
    # furniture (a comment widget's `Edit`/`Delete`, a rail's teaser among its
    # section labels); ``firm`` >= ``sure`` switches it off.
    "firm": 0.99,
    "firm_crowd": 0.8,
    # ... and no paragraph the model reads as body within this many positions
    # (the article resuming below a widget set into it, or a second section
    # the span left out: its short lines are the article's); 0 switches it off.
    "paragraph_reach": 2,
    # A line among furniture: further than ``near`` lines from the span, and each
    # of the ``window`` lines on either side reported or read as furniture with
    # P >= ``crowd``; then the line itself needs only P >= ``crowd_sure``, however
    # long (a teaser's blurb in a column of teasers).
    "near": 5,
    "window": 3,
    "crowd": 0.9,
    "crowd_sure": 0.9,
    # ... P >= this for a paragraph-long line.
    "crowd_long_sure": 0.999,
    # ... and for a line that reads like a sentence (SENTENCE_WORDS or more words,
    # ending like one): among furniture, as often a closing note, a caption or a
    # line of the article the extractor set apart (0.9 cost no fit article line
    # on aeb-dev but flagged one on readability-dev; 0.99 costs 9 aeb fit
    # furniture lines of 557).
    "crowd_sentence_sure": 0.99,
    # A line at most this many positions above a line the model reads as a byline,
    # itself above the span, is the article's head (its headline and standfirst
    # set apart from the story by share buttons and a photo); 0 switches it off.
    "byline_head": 3,
    # The span reaches back to the headline the model finds at most this many
    # lines above its first paragraph (what sits between is the article's: a
    # byline, a standfirst, a list of what a release brings).
    "headline_back": 12,
    # A short line is a heading of the article's text, table or list when the
    # model reads one of this many lines under it as the article's (a
    # table's heading over its column headers).
    "heading_reach": 3,
    # The share of the page's paragraph words the span must hold.
    "coverage": 0.5,
    # A lead-in counts when the model gives it P(ui or teaser) under this.
    "lead_in_p": 0.99,
    # The list under a lead-in stops at an interface line, and spares nothing when
    # more than this share of its lines are furniture the model is ``sure`` of;
    # False: the list runs to the next gap or paragraph, however long.
    "lead_in_stops": True,
    "lead_in_sure_share": 0.5,
    # A line of ``echo_min_words`` or more whose content words the story repeats
    # (at least ``echo_words`` of them and ``echo_share`` of the line's) is the
    # article's: a note, a caption, a paragraph the extractor set apart (shorter
    # lines that echo the story are as often teasers of related stories); 0
    # switches the guard off.
    "echo_words": 2,
    "echo_share": 0.5,
    "echo_min_words": 12,
    # ... and above the span, a line of ``head_echo_words`` words or more (0:
    # off) whose content words the span's first ``head_echo_paragraphs``
    # paragraphs repeat (its headline or standfirst; the whole story's words
    # are repeated by its site's and section's names as well).
    "head_echo_words": 6,
    "head_echo_paragraphs": 3,
    # ... and anywhere, a line that reads like a sentence (False: off).
    "sentence_echo": True,
    # A run of lines whose punctuation starts with the same this many marks (of
    # this many or more) is on one template as well (``_templated``); 0 switches it off.
    "template_head": 3,
    # A line sharing its punctuation with ``pattern_lines`` other lines within
    # ``pattern_window`` positions is a row of a table, even with other rows between.
    "pattern_lines": 2,
    "pattern_window": 3,
    # Spared (story_edges.py; 0 or False: off): a credit this many lines under the article's list or table, the
    # head block, a line this near one read as the article's text, a block of this many lines right under the span.
    "extent_gap": 2, "head_block": True, "article_reach": 3, "tail_block": 8,
    # ... and the lines between the span and the first line below it the strict
    # passes report or interface text, when there are at most this many.
    "tail_zone": 14,
}
