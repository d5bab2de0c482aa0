"""Invented news pages for the line model's tests (written for newslint; no real page's text).

Each page is a list of lines, every line tagged by its first two characters:
``A `` article text (headline, byline, body), ``L `` list-shaped article content
(fixtures, winners, feature lists, officials: body, never a teaser), ``U `` interface
furniture or a teaser of another page, in wordings that are not on any newslint list,
``  `` a blank line.
"""
from __future__ import annotations

PAGES: dict[str, list[str]] = {
    "cup-fixtures": [
        "A Harbourside draw Millbrook in cup quarter-final",
        "  ",
        "A By Priya Nandakumar, Sports Reporter",
        "  ",
        "A Harbourside will travel to Millbrook in the last eight of the county cup after a draw that kept the two league leaders apart until the final.",
        "  ",
        "A The ties will be played on the weekend of 14 March, with kick-offs confirmed by the county association on Monday.",
        "  ",
        "A The full draw:",
        "L Millbrook v Harbourside",
        "L Eastfield Rovers v Kingsmoor",
        "L Ashgate Town v Westbury Athletic",
        "L Old Quarry v Danemouth United",
        "  ",
        "A Millbrook's manager said his side would relish the chance to face the holders on their own ground.",
        "  ",
        "U Keep up with our sports desk on Mastodon and Bluesky",
        "U Spotted a mistake in this story? Let our editors know",
        "U More from Sport",
        "U Danemouth sign winger on two-year deal",
        "U Kingsmoor groundsman retires after 41 seasons",
        "U Westbury fans' trust elects new chair",
    ],
    "awards": [
        "U Skip to main navigation",
        "U Menu",
        "U Culture",
        "A Glassworks studio sweeps regional design awards",
        "A Judges praised a year of unusually ambitious public projects",
        "A Tom Ellery, Arts Correspondent",
        "A The Glassworks studio took four prizes at the regional design awards on Thursday night, including the overall award for its restored lido.",
        "A The winners were:",
        "L Building of the year: Northgate Lido, by Glassworks",
        "L Best small project: The Reading Shed, by Fen & Field",
        "L Landscape award: Quarry Gardens, by Hollin Studio",
        "L Emerging designer: Mara Quist",
        "A The jury chair said the shortlist showed how much could be done on modest budgets.",
        "U Enlarge the text on this page",
        "U Print-friendly version",
        "U Reading mode: on",
        "U 23 readers have weighed in. Add your voice",
        "U Be first to start the conversation",
    ],
    "gadget-review": [
        "A The Lumen 3 lamp is the rare smart gadget that gets out of the way",
        "A Our verdict after a month of use",
        "A Updated 9:15 am, 6 October 2023",
        "A The Lumen 3 is a desk lamp that learns when you work and dims itself when you stop, and for the most part it does so without fuss.",
        "A What you get:",
        "L Adjustable colour temperature from warm to daylight",
        "L A wireless charging pad in the base",
        "L Two USB-C ports",
        "L A five-year warranty",
        "A At its asking price it faces stiff competition, but none of its rivals is as easy to live with.",
        "U This clip can't be played on your device right now",
        "U Tap to unmute",
        "U Hear this story read aloud",
        "U Get our weekly gadget digest in your inbox every Friday",
        "U Your email address",
        "U We'll never pass your details on",
        "U Story continues after this message",
    ],
    "council-vote": [
        "A Council backs riverside housing plan",
        "A Updated 20 May 2024",
        "A Councillors approved plans for 340 homes on the former wharf site after a four-hour meeting on Tuesday.",
        "A The vote was:",
        "L Labour: 18 for, 2 against",
        "L Liberal Democrats: 6 for, 1 against",
        "L Independents: 3 for, 4 against",
        "A Residents' groups said they would consider a legal challenge.",
        "U Keep reading: the full story is below the map",
        "U There's more to this story - scroll down",
        "U Most watched",
        "U Flood warning issued for lower valley",
        "U Bus depot to close after 90 years",
        "U A-Z of services",
        "U Accessibility statement",
        "U Ask us a question",
    ],
    "match-report": [
        "A Tigers edge past Falcons in final-over thriller",
        "A Report by Sam Okafor",
        "A The Tigers won by two wickets with a ball to spare after their tail-enders scrambled 14 runs from the final over.",
        "A Match officials:",
        "L Umpires: R Patel and J Moore",
        "L Third umpire: K Lindqvist",
        "L Match referee: D Osei",
        "A The result lifts the Tigers to third in the table.",
        "U Turn on alerts so you never miss a wicket",
        "U Listen to the full commentary",
        "U The scorecard is loading",
        "U Have your say below",
        "U Sponsored: Five gadgets every cricket fan needs",
    ],
}


def tagged(page: str) -> tuple[list[str], list[str]]:
    """The page's lines and their tags ("A", "L", "U", or "" for a blank line)."""
    lines, tags = [], []
    for raw in PAGES[page]:
        tag, text = raw[:2].strip(), raw[2:]
        lines.append(text if tag else "")
        tags.append(tag)
    return lines, tags
