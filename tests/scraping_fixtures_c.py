"""A third fresh invented batch for NL301/NL302 (batch C, written for newslint before the
list-shaped-content round of issue 10 on branch scrape3; no real page's text, no wording
taken from newslint's lists, the corpora or batches A and B).

Batch C holds list-shaped article content of kinds A and B did not use (squad lists,
honours lists, road closures, exam results, auction lots, festival line-ups, a lifeboat
rota, a planning agenda) and interface lines in new widget wordings.  Every page is
``validation``: batch C is only measured, never tuned on (tune on A and B).  Same format
and tags as batch A: ``A`` article text, ``L`` list-shaped article content, ``U``
furniture or a teaser, ``  `` blank.
"""
from __future__ import annotations

PAGES: dict[str, tuple[str, list[str]]] = {
    "c-squad": ("validation", [
        "A Uncapped winger named in squad for autumn internationals",
        "  ",
        "A The head coach has named three uncapped players in a 26-man squad for next month's matches against the touring sides.",
        "  ",
        "A The forwards selected are:",
        "L Rhodri Penhallow (Harbour Town)",
        "L Callum Ashdown (Riverside)",
        "L Tevita Langi (Northgate)",
        "L Euan Strachan (Glenmore)",
        "L Dafydd Morcom (Harbour Town)",
        "  ",
        "A The squad meets at the training base on Sunday and the first match is a week later.",
        "  ",
        "U Tap the star to save this story for later",
        "U Got a tip? Message the sports desk",
    ]),
    "c-honours": ("validation", [
        "A Lollipop lady and lifeboat volunteer among county's honours",
        "  ",
        "A A school crossing patrol officer who has worked the same junction for forty years is among those recognised in the New Year list.",
        "  ",
        "L Margaret Okafor, crossing patrol officer - services to road safety",
        "L Desmond Hollins, lifeboat coxswain - services to maritime rescue",
        "L Priya Sandhu, food bank founder - services to the community",
        "L Alan Pettigrew, choir master - services to music",
        "  ",
        "A Mrs Okafor said she had told nobody except her husband when the letter arrived in November.",
        "  ",
        "U Pinch to enlarge the gallery",
        "U Your reading progress is saved on this device",
    ]),
    "c-road-closures": ("validation", [
        "A Roads to close for three days during marathon weekend",
        "  ",
        "A Several main roads in the city centre will be shut from Friday evening while barriers and water stations are put in place, the council said.",
        "  ",
        "A The closures are:",
        "L Quay Street: Friday 7pm to Sunday 6pm",
        "L Bridge Road (northbound): Saturday 5am to Sunday 4pm",
        "L Market Hill: Sunday 6am to 3pm",
        "L Castle Lane: Sunday 7am to 2pm",
        "  ",
        "A Diversions will be signed and buses will run from a temporary stop outside the library.",
        "  ",
        "U Traffic map loading, please wait",
        "U Set a travel alert for your route",
    ]),
    "c-exam-results": ("validation", [
        "A Sixth form celebrates best results in a decade",
        "  ",
        "A Students at the Meadowbank sixth form collected their results on Thursday, with more than half of all grades at A or above.",
        "  ",
        "L Chemistry: 14 entries, 9 at A or above",
        "L History: 22 entries, 12 at A or above",
        "L Music: 6 entries, 5 at A or above",
        "L Geography: 18 entries, 8 at A or above",
        "  ",
        "A The head teacher said the figures reflected two years of disrupted teaching that students had worked hard to overcome.",
        "  ",
        "U Rate this article from one to five stars",
        "U Spotted a mistake? Flag it to our corrections team",
    ]),
    "c-auction": ("validation", [
        "A Wartime letters and a ship's bell top village auction",
        "  ",
        "A A bundle of letters written by a signaller to his sister fetched four times its estimate at a sale in the village hall on Saturday.",
        "  ",
        "A The highest prices of the day:",
        "L Lot 41, signaller's letters, 1943-44 - 2,600 pounds",
        "L Lot 12, brass ship's bell - 1,900 pounds",
        "L Lot 87, oak longcase clock - 1,150 pounds",
        "L Lot 3, pair of cast-iron boot scrapers - 220 pounds",
        "  ",
        "A The auctioneer said a buyer from the signaller's home town had bid by telephone.",
        "  ",
        "U Swipe left for more pictures",
        "U Bookmarked stories appear in your library",
    ]),
    "c-festival": ("validation", [
        "A Folk festival reveals line-up for its twentieth year",
        "  ",
        "A Organisers of the riverside folk festival have named the acts for its anniversary weekend, which will run over three stages in July.",
        "  ",
        "L Friday: The Salt Marsh Band, Ellen Corrigan, Three Weir Ceilidh",
        "L Saturday: Hollow Pine, The Ferrymen, Aoife Dunlea",
        "L Sunday: Brackenridge Brass, The Gorse Sisters",
        "  ",
        "A Weekend tickets go on sale next week, with reduced prices for under-18s.",
        "  ",
        "U Autoplay is off",
        "U Picture-in-picture available",
        "U Add this event to your calendar",
    ]),
    "c-lifeboat-rota": ("validation", [
        "A Lifeboat station opens doors for summer visitors",
        "  ",
        "A The station on the harbour wall will open to the public on four afternoons this summer, volunteers have said.",
        "  ",
        "A Open afternoons:",
        "L Sunday 9 June",
        "L Sunday 7 July",
        "L Sunday 4 August",
        "L Sunday 1 September",
        "  ",
        "A Visitors will be able to see the boat and meet the crew, and entry is free.",
        "  ",
        "U Hide comments",
        "U Sort by newest first",
        "U Load earlier replies",
    ]),
    "c-planning": ("validation", [
        "A Plans for supermarket and flats go before committee",
        "  ",
        "A Four applications will be decided at Wednesday's planning committee, including a supermarket on the site of the old bus depot.",
        "  ",
        "L Former bus depot, Station Road: supermarket and 40 flats",
        "L Land off Mill Lane: 12 houses",
        "L The Old Forge, High Street: change of use to cafe",
        "L Ashfield Farm: solar array",
        "  ",
        "A Residents can speak at the meeting if they register by Monday.",
        "  ",
        "U Text too small? Adjust it here",
        "U Stories you read recently",
        "U Edition: UK",
    ]),
}


def tagged(name: str) -> tuple[str, list[tuple[str, str]]]:
    """The part of page ``name`` and its (tag, text) lines."""
    part, lines = PAGES[name]
    return part, [(line[0].strip(), line[2:]) for line in lines]


def page_text(name: str) -> str:
    """The text of page ``name`` as a document: one line per entry."""
    return "\n".join(text for _, text in tagged(name)[1]) + "\n"
