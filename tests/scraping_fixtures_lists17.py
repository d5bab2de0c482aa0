"""A seventeenth fresh invented batch of list-shaped article content for NL301/NL302
(batch "lists17", written for newslint on 2026-12-06 after branch list16's change
and run once, never tuned on; no real page's text, no wording taken from
newslint's lists, the corpora or the earlier batches).

As lists16: clean articles, a headline and paragraphs with a list and no page
furniture, the lists in the kinds issue 10 names (a race's results, a
shortlist, a council's cuts, a gig's support acts, a recall's models, a
course's modules, a transfer window's signings, a garden's prize winners, a
hospital's new services, a storm's damage, a quiz's rounds, a library's most
borrowed books), most ending the article, some closed by a sentence; headline
columns ending a clean article as controls (``U``).  Half the pages are
``fit``, half ``validation``.  Same format and tags as batch A.
"""
from __future__ import annotations

from .scraping_fixtures import page_helpers

PAGES: dict[str, tuple[str, list[str]]] = {
    "t-sportive-results": ("fit", [
        "A Teacher wins the hill-climb sportive for a second year",
        "  ",
        "A More than 400 riders took part in the event, which climbs the old mining road above the village three times.",
        "  ",
        "L Men: Gethin Rowe, 1hr 52min",
        "L Women: Nia Caldwell, 2hr 04min",
        "L Under-18s: Tom Hesketh, 2hr 11min",
        "L Tandem: the Okoro brothers, 2hr 20min",
    ]),
    "t-prize-shortlist": ("validation", [
        "A Debut novels dominate the regional book prize shortlist",
        "  ",
        "A Four of the six books chosen by the judges are their authors' first, and two were published by presses run from a single room.",
        "  ",
        "L Salt on the Window by Efa Lloyd",
        "L The Quiet Farm by Rashid Moreno",
        "L Borrowed Light by Helen Ayres",
        "L A Year of Small Weather by Conor Vail",
        "L Under the Viaduct by Sunita Rao",
        "L Ghost Tide by Paul Brennock",
    ]),
    "t-council-cuts": ("fit", [
        "A Council sets out where 9 million pounds of savings will come from",
        "  ",
        "A The cabinet will be asked to approve the plans next month after a consultation in which more than 3,000 people took part.",
        "  ",
        "L Street lights dimmed after midnight on most residential roads",
        "L Two recycling centres open four days a week instead of seven",
        "L Grants to community centres cut by a fifth",
        "L Parking charges introduced at three country parks",
    ]),
    "t-support-acts": ("validation", [
        "A Folk festival names the bands joining its headliner",
        "  ",
        "A The festival, now in its twentieth year, will spread across two fields for the first time after selling out in a week.",
        "  ",
        "L The Marram Grass",
        "L Hollow Oak Collective",
        "L Sister Tern",
        "L The Ravensworth Ceilidh Band",
        "  ",
        "A Day tickets go on sale on Friday.",
    ]),
    "t-recall-models": ("fit", [
        "A Carmaker recalls 40,000 vehicles over a seatbelt fault",
        "  ",
        "A Owners will be contacted by letter and the repair, which takes about an hour, will be done free of charge at any dealer.",
        "  ",
        "L Hatchbacks built between March and October 2023",
        "L Estates built in the same months at the Spanish plant",
        "L Vans with a second row of seats fitted at the factory",
    ]),
    "t-course-modules": ("validation", [
        "A College launches a free course for would-be carers",
        "  ",
        "A The ten-week course is aimed at people who have looked after a relative and want to do the work for a living.",
        "  ",
        "L Moving and handling",
        "L First aid and medicines",
        "L Dementia awareness",
        "L Safeguarding adults at risk",
        "L Food hygiene",
    ]),
    "t-transfer-signings": ("fit", [
        "A Promoted side make five signings on deadline day",
        "  ",
        "A The club spent more on the final day of the window than in its previous three seasons together, its chairman said.",
        "  ",
        "L Jonas Feld, striker, from Hanover on a three-year deal",
        "L Kwame Asante, midfielder, on loan from a Premier League club",
        "L Rory Gallen, goalkeeper, free transfer",
        "L Luis Ortega, defender, undisclosed fee",
        "L Sam Whitlock, winger, from the club's own academy",
    ]),
    "t-garden-winners": ("validation", [
        "A Retired postman's dahlias take the top prize at the flower show",
        "  ",
        "A Judges said the standard was the highest in the show's 120-year history despite a wet summer.",
        "  ",
        "L Best in show: Len Ashcroft's dahlias",
        "L Vegetables: a collection of leeks from the allotment society",
        "L Children's garden in a wheelbarrow: Year 4 at St Peter's",
        "L Wild flower meadow: the parish council",
    ]),
    "t-hospital-services": ("fit", [
        "A New community hospital opens its doors to patients",
        "  ",
        "A The hospital replaces two older buildings and brings services that used to mean a 40-mile round trip into one place.",
        "  ",
        "L A minor injuries unit open from 8am to 10pm",
        "L Kidney dialysis for up to 24 patients a day",
        "L X-ray and ultrasound scans",
        "L Clinics run by visiting specialists twice a week",
    ]),
    "t-storm-damage": ("validation", [
        "A Clean-up begins after storm batters the coast",
        "  ",
        "A Gusts of more than 90mph were recorded overnight, the strongest in the area since records began at the lighthouse.",
        "  ",
        "L Roofs torn off two houses on Harbour Terrace",
        "L The promenade shelter destroyed",
        "L Power cut to 8,000 homes, most of them reconnected by noon",
        "L Beach huts at Westcliff smashed against the sea wall",
    ]),
    "t-quiz-rounds": ("fit", [
        "A Village hall hosts its hundredth quiz night",
        "  ",
        "A The monthly quiz, started to pay for a new roof for the hall, has now raised more than 20,000 pounds for local causes.",
        "  ",
        "A The rounds on the night were:",
        "  ",
        "L Local history",
        "L Music of the 1980s",
        "L Picture round",
        "L Science and nature",
        "L The jackpot question",
    ]),
    "t-library-loans": ("validation", [
        "A Crime fiction tops the list of the county's most borrowed books",
        "  ",
        "A Library users borrowed almost two million books last year, up by a tenth on the year before, the county council said.",
        "  ",
        "L A Death on the Broads",
        "L The Silent Orchard",
        "L Blood Moon Over Whitby",
        "L The Ferryman's Daughter",
        "L Nine Days in Ludlow",
    ]),
    "t-rail-after-sport": ("fit", [
        "A Town complete a comeback to win the county cup",
        "  ",
        "A Two goals in the last ten minutes gave Town the trophy for the first time since 1994.",
        "  ",
        "U Cricket club appoints its first woman captain",
        "U Swimming pool to close for a month of repairs",
        "U Runners raise 10,000 pounds for the hospice",
        "U Bowls club celebrates its centenary",
    ]),
    "t-rail-after-council": ("validation", [
        "A Residents win their fight to save the village green",
        "  ",
        "A A planning inspector has refused permission for twelve houses on the green, which has been used for fetes since the 1800s.",
        "  ",
        "U Bypass work to start in the new year",
        "U School wins an award for its recycling scheme",
        "U Police launch a campaign against speeding",
        "U Shop owner retires after fifty years",
    ]),
    "t-rail-after-arts": ("fit", [
        "A Gallery buys a lost painting of the harbour",
        "  ",
        "A The painting, missing for more than a century, was found in a loft in Devon and bought with help from a national fund.",
        "  ",
        "U Theatre announces its spring season",
        "U Choir to sing at the cathedral on Christmas Eve",
        "U Poet laureate visits the town's schools",
        "U Film festival returns after a year away",
    ]),
    "t-rail-after-weather": ("validation", [
        "A Hottest September day on record for the county",
        "  ",
        "A A temperature of 31C was recorded at the airport on Tuesday afternoon, beating the record set in 2016.",
        "  ",
        "U Farmers warn of a poor apple harvest",
        "U Reservoir levels lower than last year",
        "U Wildfire on the moor brought under control",
        "U Water company lifts its hosepipe ban",
    ]),
}

tagged, page_text = page_helpers(PAGES)
