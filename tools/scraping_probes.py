"""Invented probe lists (written for branch page6, no corpus text) in frames the
fixture batches lack: NL301+NL302 lines flagged per list and frame.  Fit material:
the own-list rules of newslint/rules/scraping/own_lists.py were tuned on these
(benchmarks/RESULTS.md, batch F section).

    python tools/scraping_probes.py
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from newslint.rules.scraping.related_links_block import related_links_block
from newslint.rules.scraping.stray_ui_text import stray_ui_text
from newslint.testing import findings

HEAD = "Council names the new members of its youth panel"
PARA = "The council has named the young people who will advise it on transport, parks and housing for the next two years."
LISTS = {
    "names+desc": ["Tobi Adeyemi of Northgate", "Hannah Roe of Mill Lane", "Kasia Nowak of Riverside", "Dev Patel of Hillcrest", "Orla Byrne of Southmead"],
    "titles": ["The Glass Orchard by Mina Holt", "Cold Comfort Road by Ben Ashe", "A Year of Tides by Ruth Carr", "Paper Lanterns by Jon Ekwe"],
    "titlecase-only": ["Best Actor Jonah Reeve", "Best Actress Lila Moss", "Best Director Anand Rao", "Best Film The Long Field"],
    "roles": ["Chair - Maria Santos", "Vice-chair - Peter Lowe", "Treasurer - Aisha Khan", "Secretary - Liam Ford"],
    "parties": ["Labour 21", "Conservative 12", "Reform 9", "Green 4", "Liberal Democrat 3"],
    "facts": ["Population about 12,000", "Nearest hospital 14 miles away", "Bus services cut from six to two a day", "Two primary schools, no secondary"],
    "ingredients": ["flour, sugar and butter", "two eggs, beaten", "a pinch of salt", "zest of one orange"],
    "officials": ["Referee Sian Moyle", "Assistants Ravi Dutt and Cora Finch", "Fourth official Mark Steed"],
    "timeline": ["1998 Mill closes", "2004 Site sold to developer", "2011 First homes built", "2019 School opens"],
    "specs": ["6.1in OLED screen", "48MP main camera", "128GB storage", "USB-C charging"],
}
FRAMES = {
    "para/short4": (lambda items: [HEAD, "", PARA, "", *items, "", "They start in January.", "", "Share this story", "Most read"]),
    "para/none": (lambda items: [HEAD, "", PARA, "", *items, "", "Share this story", "Most read"]),
    "para/para": (lambda items: [HEAD, "", PARA, "", *items, "", PARA.replace("council", "mayor"), "", "Share this story"]),
    "headline/para": (lambda items: [HEAD, "", *items, "", PARA, "", "Share this story"]),
    "para/para-noblank": (lambda items: [HEAD, "", PARA, *items, PARA.replace("council", "mayor")]),
}
for fname, frame in FRAMES.items():
    row = []
    for lname, items in LISTS.items():
        lines = frame(items)
        text = "\n".join(lines) + "\n"
        found = findings([stray_ui_text, related_links_block], text)
        hit = {n for f in found for n in range(f.line, f.end_line + 1)}
        idx = [i + 1 for i, line in enumerate(lines) if line in items]
        k = sum(i in hit for i in idx)
        row.append(f"{lname}:{k}/{len(idx)}")
    print(fname, " ".join(row))
