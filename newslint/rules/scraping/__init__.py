"""The scraping family: what a scraper leaves of the page around the story.

NL301 stray-ui-text (stray_ui_text.py) and NL302 related-links-block
(related_links_block.py) share one classification of the lines (lines.py,
from the interface vocabulary in labels.py); NL302 reads it through page.py,
shapes.py and own_lists.py.  NL303 markup-residue (markup_residue.py) finds
HTML, mojibake (mojibake.py) and invisible characters (invisible.py).
"""
from __future__ import annotations

from ...hookspecs import hookimpl
from ...rule import Rule


@hookimpl
def newslint_register_rules() -> list[Rule]:
    # Imported on first call, not with the package: a run whose files are all
    # cache hits loads the plugin manager but never the rules (their patterns).
    # The modules, not their rules: a rule imported under its module's name
    # would hide the module (``scraping.stray_ui_text`` must stay the module).
    from . import markup_residue, related_links_block, stray_ui_text

    return [stray_ui_text.stray_ui_text, related_links_block.related_links_block, markup_residue.markup_residue]
