"""Attribution family on real BBC articles (which carry no bylines).

* NL401 missing-attribution: each sampled article is linted untouched
  (uncredited: the rule must fire), with an AI notice that names no source
  (still uncredited), and with a byline or credit added in one of many
  real-world forms, including Markdown front matter and a JSONL ``author``
  field (credited: the rule must stay quiet).
* NL402 unattributed-quote: a quotation paragraph inserted between two
  paragraphs that have no speech verb and no quotation, once bare
  (must be reported at that line) and once with a speaker in one of several
  forms (must not be).
* NL403 vague-attribution: vague sourcing inserted into articles must be
  reported; the same claims with a named source must not.
* Clean articles: NL402 + NL501 + NL502 findings per untouched article.

All inserted text was written for this benchmark; none of it is a data-file
entry.  Reads the corpus from ../shared/corpus (or $NEWSLINT_CORPUS).
"""
from __future__ import annotations

import json
import random
import re
from pathlib import Path

from harness import Row, run_newslint

NAMES = ["Jane Doe", "Ravi Patel", "Maria Gonzalez", "Tom O'Brien", "Chen Wei", "Amara Okafor",
         "Lukas Becker", "Sophie Martin", "Kenji Sato", "Fatima Al-Sayed"]

# (where, template): "top" goes after the headline, "end" after the last
# paragraph, "dateline" is prefixed to the first paragraph.
CREDITS = [
    ("top", "By {name}"),
    ("top", "By {name}, Business reporter"),
    ("top", "BY {NAME}"),
    ("top", "By {name} and {name2}"),
    ("top", "{name} | Reuters"),
    ("top", "By {name} | Updated 14 March 2025"),
    ("dateline", "LONDON (Reuters) - "),
    ("dateline", "NEW YORK (AP) — "),
    ("dateline", "PARIS (AFP) - "),
    ("end", "Reporting by {name}; Editing by {name2}"),
    ("end", "Additional reporting by {name} in Frankfurt"),
    ("end", "— AFP"),
    ("end", "Source: Associated Press"),
    ("end", "© 2025 Bloomberg L.P."),
    ("end", "Copyright 2025 The Associated Press. All rights reserved."),
    ("end", "Written by {name}"),
    ("end", "{name} is a senior correspondent for the paper's business desk."),
    ("end", "{name} is an economics writer based in Lagos."),
    ("end", "Reuters and AFP contributed to this report."),
    ("end", "Compiled by {name}"),
    ("end", "Author: {name}"),
    ("end", "{name}, Reuters"),
    ("end", "(c) 2024 Thomson Reuters"),
    ("end", "  • Reuters with additional reporting by {name}"),
    ("end", "Guardian staff and agencies"),
    ("end", "Words by {name}"),
    ("end", "With agency reports"),
    ("end", "Story by {name}. Photographs by {name2}."),
    ("markdown", "author: {name}"),
    ("markdown", "byline: \"{name}\""),
    ("jsonl", "author"),
    ("jsonl", "source"),
    # Second batch: first run as a held-out check (9 of 24 forms recognised),
    # then used for tuning.
    ("end", "{name}, Staff Writer"),
    ("top", "{name} | The Guardian"),
    ("top", "Posted by {name}"),
    ("top", "By: {name}"),
    ("top", "Story: {name}"),
    ("end", "{name} reports from Nairobi."),
    ("end", "{name} covers technology for the paper."),
    ("end", "Photo: AP / {name}"),
    ("end", "Contributor: {name}"),
    ("end", "{name} is a freelance journalist based in Berlin."),
    ("end", "(With reporting by {name}; editing by {name2})"),
    ("end", "This article originally appeared on The Conversation."),
    ("end", "This story was first published by ProPublica."),
    ("end", "Republished with permission from The Conversation."),
    ("end", "Originally published in the Financial Times."),
    ("end", "Source: BBC News"),
    ("end", "Via Reuters"),
    ("end", "— Associated Press"),
    ("end", "{name}, AFP"),
    ("end", "Text and photos: {name}"),
    ("top", "Written and reported by {name}"),
    ("end", "{name} is the Guardian's economics editor."),
    ("top", "Report by {name}"),
    ("top", "{name}, Reporter"),
]

AI_NOTICE = "This summary was produced automatically from several source articles."

QUOTES = [
    "We have never seen demand like this in the thirty years we have been trading.",
    "The numbers simply do not add up, and customers will end up paying the price.",
    "It is a difficult decision but the right one for the long-term health of the business.",
    "Nobody expected the market to turn so quickly, least of all the regulators.",
    "Our priority now is to protect jobs and keep the factories running through the winter.",
    "This is a vote of confidence in the British economy and in our workforce.",
    "If prices keep rising at this rate, many small firms will not survive the year.",
    "We are confident that the deal will be approved once the authorities have seen the details.",
    "There is still a lot of uncertainty about what happens after the election.",
    "People want faster broadband and they are prepared to pay for it.",
    "The technology is ready, but the business model is not there yet.",
    "I think we will look back on this as the moment the industry changed.",
]

SPEAKERS = ["the firm's chief executive", "Ms {last}", "a company spokeswoman", "Mr {last}",
            "the union's general secretary", "{name}, an economist at the bank"]

# (template, position of the speaker relative to the quote)
ATTRIBUTED_FORMS = [
    '"{q_comma}" {speaker} said.',
    '{Speaker} said: "{q}"',
    '"{q_comma}" said {speaker}.',
    '“{q_comma}” {speaker} told the BBC.',
    '{Speaker} added: “{q}”',
    '"{q}"\n\nThat was the view of {speaker}, who said the company would publish its plans next month.',
    'According to {speaker}, "{q_lower}"',
    '“{q}” {speaker} wrote in a letter to shareholders.',
    '“{q}”\n\n— {Speaker}',
    '"{q}" — {Speaker}',
]

VAGUE = [
    # Moved here from the named list: an unnamed group before a speech verb is
    # vague by its shape (NL403 since the polnear-dev benchmark, benchmarks/polnear.py).
    "Investors said they were pleased with the results.",
    "Industry insiders believe the merger could be announced within weeks.",
    "Critics have long argued that the scheme favours large landowners.",
    "Sceptics contend that the savings will never materialise.",
    "Many observers feel the central bank has been too slow to act.",
    "Sources close to the talks said a deal was unlikely before the summer.",
    "It is widely believed that the chairman will step down next year.",
    "The figures are misleading, according to some experts.",
    "One source said the board had been split over the decision.",
    "Some economists fear a sharp slowdown in consumer spending.",
    "Opponents warn that the tax will drive investment abroad.",
    "Others point out that the firm has missed every previous target.",
    "Market watchers expect further falls, while some predict a rebound.",
    # Second batch: first run as a held-out check (10 of 16 found), then
    # used for tuning.
    "Market observers reckon the shares are undervalued.",
    "Many in the industry believe the cuts are overdue.",
    "Some commentators have suggested the chief executive will resign.",
    "Insiders say the board is divided.",
    "It has been suggested that the routes could be sold.",
    "Several economists have warned of a recession.",
    "Rumours suggest a takeover bid is imminent.",
    "According to people familiar with the plans, the deal is worth £2bn.",
    "Some have questioned whether the savings are real.",
    "Experts have cautioned against reading too much into the figures.",
    "A senior source told the paper that talks had collapsed.",
    "Unnamed officials said the decision was final.",
    "Industry sources suggest the price could rise.",
    "Detractors claim the scheme is unfair.",
    "Skeptics point out that similar plans have failed before.",
    "Some observers have noted the timing of the announcement.",
]

NAMED = [
    "Analysts at Barclays believe the merger could be announced within weeks.",
    "Goldman Sachs economists said a deal was unlikely before the summer.",
    "The figures are misleading, said Jane Doe, an analyst at Citi.",
    "Critics, including the opposition leader, argue that the scheme favours landowners.",
    "According to analysts at Morgan Stanley, the savings will never materialise.",
    "Barclays analyst Ravi Patel said the board had been split over the decision.",
    "The bank's economists believe consumer spending will slow sharply.",
    "Moody's analysts warned that the tax will drive investment abroad.",
    "The figures are overstated, said analysts at Fitch.",
    "Deutsche Bank strategists say further falls are likely.",
    "Analysts at HSBC reckon the shares are undervalued.",
    "Barclays economist Ravi Patel warned of a recession.",
    "Critics such as the consumer group Which? say the scheme is unfair.",
    "Some analysts, including Chen Wei at Jefferies, say the cuts are overdue.",
    "The union's officials said the decision was final.",
    "Experts from the Institute for Fiscal Studies say the savings are real.",
    "According to economists at the Bank of England, inflation will fall.",
    "Some routes will close in March.",
    "Many of the staff will be redeployed.",
]

# ---------------------------------------------------------------------------
# Held-out batch C: written before any change the batch prompted, and run
# once as a held-out check (figures in FIRST_RUN).  Forms are scored once
# each, in their own article, so a row counts forms, not articles.
CREDITS_C = [
    ("dateline", "WASHINGTON (AP) — "),
    ("dateline", "TOKYO, March 4 (Reuters) - "),
    ("dateline", "BEIJING, March 4 (Xinhua) -- "),
    ("dateline", "GENEVA, 4 March (IPS) — "),
    ("top", "By {name} | Reuters"),
    ("top", "By {name} in Brussels"),
    ("top", "By {name}, CNN"),
    ("top", "{name}\nBusiness reporter, BBC News"),
    ("top", "{name}\nSenior Economics Correspondent"),
    ("top", "Story by {name} • 4 min read"),
    ("top", "By {name} • Updated March 4, 2025 at 5:02 p.m. ET"),
    ("top", "{name}, Senior Political Correspondent"),
    ("end", "Reporting by {name} in Tokyo; Editing by {name2}"),
    ("end", "— With assistance from {name} and {name2}."),
    ("end", "(Additional reporting by {name} in Seoul; Writing by {name2}; Editing by Mark Potter)"),
    ("end", "Copyright © 2024 Nikkei Inc. All rights reserved."),
    ("end", "Contact the author: {email}"),
    ("end", "{name} covers energy for Bloomberg News in Houston."),
    ("end", "Source: Bloomberg"),
    ("end", "Distributed by Tribune Content Agency, LLC."),
    ("end", "©2024 The New York Times Company"),
    ("end", "— {name}, The Washington Post"),
    ("end", "Follow {name} on X: @{handle}"),
    ("end", "Email {name} at {email}."),
    ("end", "Translated by {name}"),
    ("end", "— Bloomberg's {name} contributed."),
    ("end", "Reuters"),
    ("markdown", "authors:\n  - {name}\n  - {name2}"),
    ("markdown", "reporter: {name}"),
    ("jsonl", "author_name"),
    ("jsonl", "publisher"),
]
# Notices that credit nobody: the article stays uncredited.  A correction
# notice says the text was edited, not who wrote or supplied it.
UNCREDITED_C = [
    "This story has been corrected to show that revenue was in dollars, not euros.",
    "Sign up for our morning newsletter.",
    "Share this article: Facebook Twitter Email",
]

VAGUE_C = [
    # Moved here from the named list: an unnamed group before a speech verb is
    # vague by its shape (NL403 since the polnear-dev benchmark, benchmarks/polnear.py).
    "Residents told the local council the noise was unbearable.",
    "Observers have long warned that the bridge is unsafe.",
    "Insiders claim the project is far over budget.",
    "People familiar with the matter said the bid would be raised.",
    "A source close to the minister said she would not resign.",
    "Some economists fear the rate cut came too late.",
    "It has been reported that the chairman is unwell.",
    "Many believe the election will be close.",
    "Those in the know say the deal is done.",
    "Well-placed sources indicate the plan has been shelved.",
    "Campaigners allege the company ignored the warnings.",
    "According to reports, the club is close to signing the striker.",
    "Government insiders expect a reshuffle in the autumn.",
    "A person with direct knowledge of the negotiations said talks had stalled.",
    "Some legal experts have questioned the ruling.",
    "Diplomats privately concede the target will be missed.",
    "Several people briefed on the talks said an announcement was imminent.",
    "Most analysts now expect two more rate rises.",
    "Conventional wisdom holds that the party cannot win the seat.",
    "Naysayers insist the technology will never work.",
    "It is thought that the fire started in the kitchen.",
]
NAMED_C = [
    "Economists at ING said the rate cut came too late.",
    "The bridge is unsafe, said Jane Doe, an analyst at Fitch Ratings.",
    "ING economist Bert Colijn said the figures were weak.",
    "A spokeswoman for the ministry said the minister would not resign.",
    "Analysts at JPMorgan expect two more rate rises.",
    "Critics of the plan, led by the Green Party, allege the company ignored warnings.",
    "Capital Economics economists fear the slowdown will deepen.",
    "Experts at the World Health Organization warned of a second wave.",
    "The IMF's economists believe growth will slow.",
    "Observers from the European Union said the vote was fair.",
    "Analysts polled by Reuters expect inflation to ease.",
    "Oxford Economics analysts predict a recession.",
    "According to Jane Doe, chief economist at Nomura, the yen will weaken.",
    "Experts such as Prof Ravi Patel of Imperial College say the risk is low.",
    "Morningstar analyst Chen Wei said the shares were cheap.",
    "Opponents of the bill, including Senator Jane Doe, argue it goes too far.",
    "Bank of America strategists think the rally will fade.",
    "Economists surveyed by Bloomberg predict a rate cut in June.",
    "Most of the shops will close on Sunday.",
]
ATTRIBUTED_C = [
    '"{q_comma}" {speaker} says.',
    '"{q_comma}" {speaker} explained to reporters.',
    '{Speaker} put it bluntly: "{q}"',
    '"{q_comma}" {speaker} wrote on X.',
    '"{q_comma}" {speaker} posted on Instagram.',
    'In a statement, {speaker} said: "{q}"',
    '"{q_comma}" {speaker} tells the BBC.',
    '“{q_comma}” according to {speaker}.',
    '{Speaker}, speaking at the conference, was blunt. "{q}"',
    '"{q_comma}" reckons {speaker}.',
    '"{q_comma}" {speaker} said in an emailed statement.',
    '{Speaker} was asked about the plans. "{q}"',
    '"{q_comma}" {speaker} admits.',
    '"{q}" That is how {speaker} summed up the mood on Tuesday.',
    '{Speaker} disagrees. "{q}"',
    '"{q_comma}" {speaker} insisted on Monday.',
    '{Speaker} (pictured) said: "{q}"',
    'Asked about the plans, {speaker} replied: "{q}"',
    '"{q_comma}" {speaker} told CNBC in an interview.',
    '"{q}"\n\n{Speaker} made the remarks at a briefing in Leeds.',
]
BARE_C = [
    '“{q} {q2}”',
    'The mood has changed. "{q}" Shares fell 3% in early trading.',
    'The message was clear. "{q}"',
    '"{q}" The company\'s shares closed 2% lower.',
    '“{q}” It was not the first warning this year.',
    '"{q}\n\n"{q2}"',
    '“{q}“',
    '"{q}"',
    'By the evening the verdict was in. “{q}”',
    '"{q} {q2}"',
    'Nobody doubts it now. "{q}"',
    '“{q}”',
    'One line stood out in the report. "{q}"',
    '"{q}" The plant employs 400 people.',
    '"{q}" Production is due to resume in May.',
]

# Held-out batch D: written after the changes batch C prompted, run once as a
# held-out check of those changes (figures in FIRST_RUN).
CREDITS_D = [
    ("dateline", "MEXICO CITY (AP) — "),
    ("dateline", "KYIV, Ukraine (AP) — "),
    ("dateline", "FRANKFURT, Germany (dpa) - "),
    ("top", "By {name}\nAssociated Press"),
    ("top", "By {name} and {name2}\nThe New York Times"),
    ("top", "Words by {name} | Photography by {name2}"),
    ("top", "{name} - Business Editor"),
    ("top", "Written by {name}, edited by {name2}"),
    ("top", "{name} · 6 min read"),
    ("end", "{name} is a Washington-based correspondent for Reuters."),
    ("end", "{name} writes about climate for The Guardian."),
    ("end", "{name} reported from Kyiv. {name2} contributed from London."),
    ("end", "Editing by {name}"),
    ("end", "(Reporting by {name}; Writing by {name2})"),
    ("end", "— The Associated Press"),
    ("end", "AP writer {name} in Chicago contributed to this report."),
    ("end", "Copyright 2025 NPR"),
    ("end", "© 2025 Los Angeles Times. Visit latimes.com. Distributed by Tribune Content Agency, LLC."),
    ("end", "Have a tip? Email {name} at {email}"),
    ("end", "About the author: {name} is a former diplomat."),
    ("end", "{name} (@{handle}) is a staff reporter."),
    ("end", "Agencies"),
    ("end", "Staff report"),
    ("markdown", "byline: By {name}"),
    ("markdown", "article_author: \"{name}\""),
    ("jsonl", "creator"),
    ("jsonl", "authors"),
]
UNCREDITED_D = [
    "Updated 5 March 2025, 10:14 GMT",
    "Related topics: Energy, Shipping",
    "Image caption: Ships queued outside the port",
]
VAGUE_D = [
    "Some observers worry the reforms have stalled.",
    "Plenty of economists doubt the forecast.",
    "Critics counter that the scheme is too costly.",
    "Officials speaking on condition of anonymity said the visit was cancelled.",
    "A well-placed source told the newspaper the bid was rejected.",
    "Industry veterans warn that prices could double.",
    "According to one insider, the board met in secret.",
    "Several analysts have raised doubts about the timing.",
    "It is rumoured that the team will be sold.",
    "People close to the singer say she is recovering.",
    "Many experts now agree the policy failed.",
    "Some have argued that the ban is unenforceable.",
    "Commentators were quick to point out the irony.",
    "A former colleague, who asked not to be named, said he was difficult to work with.",
    "Local sources reported heavy fighting near the border.",
    "Market participants speculate that rates will rise.",
    "There are fears among experts that the virus will spread.",
]
NAMED_D = [
    "Economists at Deutsche Bank doubt the forecast.",
    "Critics of the scheme, such as the Taxpayers' Alliance, say it is too costly.",
    "Jane Doe, a senior analyst at Wood Mackenzie, warned that prices could double.",
    "According to Ravi Patel, an insider at the firm, the board met in secret.",
    "Nomura analysts have raised doubts about the timing.",
    "The minister's aides said the visit was cancelled.",
    "Observers from the OSCE reported irregularities.",
    "UBS economists speculate that rates will rise.",
    "Experts including Prof Chen Wei agree the policy failed.",
    "The club's supporters say the sale is overdue.",
    "Colleagues described him as difficult, said Jane Doe, his former editor.",
    "Ratings agency S&P said the outlook was stable.",
    "Citigroup analysts warn that demand is softening.",
    "Some of the 40 passengers said the flight was delayed.",
    "Many shops closed early on Friday.",
    "Analysts at Jefferies, led by Chen Wei, see further upside.",
]
ATTRIBUTED_D = [
    '"{q_comma}" {speaker} said on Tuesday.',
    '"{q_comma}" {speaker} wrote in a blog post.',
    '"{q}" {speaker} told a news conference.',
    '{Speaker} struck a defiant tone. "{q}"',
    '“{q}”\n\n{Speaker} was speaking after the meeting.',
    '"{q_comma}" {speaker} said, adding that more details would follow.',
    '{Speaker} told the committee: "{q}"',
    '"{q_comma}" {speaker} continued.',
    '"{q_comma}" {speaker} conceded.',
    '"{q_comma}" {speaker} noted.',
    'For {speaker}, the lesson is simple: "{q}"',
    'Speaking to the BBC, {speaker} said: "{q}"',
    '{Speaker} shrugged. "{q}"',
    '"{q_comma}" {speaker} mused.',
]
BARE_D = [
    '"{q}" Analysts had expected a smaller fall.',
    '“{q}”\n\nThe company was founded in 1998.',
    'It was a familiar refrain. “{q}”',
    '“{q}” The shares have halved since January.',
    '"{q}"\n\n"{q2}"',
    'In the end, one sentence summed up the year. "{q}"',
    'Then came the twist. "{q}"',
    '"{q}" The deal is expected to close in June.',
    'Shares rose 4%. “{q}” Bonds were little changed.',
    '"{q}" The factory opened in 1962.',
    '"{q}"\n\nThe firm employs 2,000 people.',
    '“{q}”',
]

# Held-out batch E: written after the batch-D changes, run once as the final
# held-out check; not tuned on.
CREDITS_E = [
    ("dateline", "JOHANNESBURG (Bloomberg) -- "),
    ("dateline", "SEOUL, South Korea (AP) — "),
    ("dateline", "OTTAWA — The Canadian Press — "),
    ("top", "By {name}, Special to the Globe"),
    ("top", "{name}\nChief Political Correspondent"),
    ("top", "By {NAME} Staff Writer"),
    ("top", "{name} | Published 09:14, 2 June 2025"),
    ("top", "Reported by {name} · Edited by {name2}"),
    ("end", "{name} is a reporter on the Metro desk. She joined the paper in 2019."),
    ("end", "{name} contributed to this report from Brussels."),
    ("end", "Writing by {name}; editing by {name2} and Mark Potter"),
    ("end", "This article was produced by Kaiser Health News."),
    ("end", "© The Economist Newspaper Limited 2025. All rights reserved."),
    ("end", "Follow {name} on Threads: @{handle}"),
    ("end", "— Staff and wire reports"),
    ("end", "By {name}, The Wall Street Journal"),
    ("markdown", "author:\n  name: {name}"),
    ("jsonl", "byline_text"),
]
UNCREDITED_E = [
    "Click here to subscribe for unlimited access.",
    "Correction: An earlier version of this article gave the wrong date.",
]
VAGUE_E = [
    "Two people with knowledge of the deal said it would be announced on Monday.",
    "Some in Westminster fear the vote will be lost.",
    "Sceptical economists argue the figures are flattered by one-offs.",
    "It was claimed at the time that the files had been destroyed.",
    "Government sources briefed that the minister would be moved.",
    "Several senior figures have privately expressed doubts.",
    "A spokesperson, who declined to give their name, said the matter was closed.",
    "Analysts broadly agree that the worst is over.",
    "According to some estimates, half the stock is unsold.",
    "Many fans believe the manager should go.",
]
NAMED_E = [
    "Two executives at Shell said the deal would be announced on Monday.",
    "Labour MPs, including Jane Doe, fear the vote will be lost.",
    "Economists at Pantheon argue the figures are flattered by one-offs.",
    "The ministry claimed at the time that the files had been destroyed.",
    "Downing Street briefed that the minister would be moved.",
    "Analysts at Berenberg broadly agree that the worst is over.",
    "According to estimates by Knight Frank, half the stock is unsold.",
    "The club's owner, Ravi Patel, believes the manager should stay.",
    "Several senior figures, among them Chen Wei, resigned.",
    "Fans at the ground booed the manager.",
]
ATTRIBUTED_E = [
    '"{q_comma}" {speaker} said in a radio interview.',
    '{Speaker} was unrepentant. "{q}"',
    '"{q}"\n\nThose were the words of {speaker} on Wednesday.',
    '"{q_comma}" {speaker} wrote on LinkedIn.',
    'Asked whether the plan would work, {speaker} said: "{q}"',
    '"{q_comma}" {speaker} told the Financial Times.',
    '"{q_comma}" {speaker} recalled.',
    '{Speaker} sounded a note of caution. "{q}"',
]
BARE_E = [
    '"{q}" The hearing continues next week.',
    'Prices have since doubled. “{q}”',
    '“{q}”\n\nTrading resumes on Monday.',
    '"{q}" Profits fell by a third.',
    'That was in 2019. "{q} {q2}"',
    '“{q}” The inquiry is due to report in the spring.',
    '"{q}"',
    'The vote is on Thursday. "{q}"',
]

# First runs of each held-out batch, before any change it prompted.
FIRST_RUN: dict[str, dict[str, str]] = {
    "held-out C": {
        "credit": "first run 15/31; 0/3 non-credits silenced it",
        "bare": "first run 14/15",
        "said": "first run 16/20 quiet",
        "vague": "first run 9/20",
        "named": "first run 0/20",
    },
    "held-out D": {
        "credit": "first run 23/27; 0/3 non-credits silenced it",
        "bare": "first run 11/12",
        "said": "first run 12/14 quiet",
        "vague": "first run 7/17",
        "named": "first run 0/16",
    },
    "held-out E": {
        "credit": "first run 16/18; 0/2 non-credits silenced it",
        "bare": "first run 6/8",
        "said": "first run 5/8 quiet",
        "vague": "first run 2/10",
        "named": "first run 0/10",
    },
}

# "No speaker nearby" means no speech verb and no quotation in the
# neighbouring paragraphs (a broad list, independent of the rule's data).
SPEECH = re.compile(r"\b(say|says|said|saying|told|tell|tells|add|added|adds|adding|according|stat\w+|asked|asks"
                    r"|warn\w*|argu\w+|claim\w*|wr[io]te\w*|explain\w*|admit\w*|pointed out|insist\w*|not(?:ed|es)"
                    r"|remark\w*|repl\w+|respond\w*|stress\w*|quot\w+|spokes\w+|interview\w*)\b"
                    r"|[\"“”]", re.IGNORECASE)


def _articles(corpus: Path) -> list[Path]:
    return sorted((corpus / "bbc-dev").glob("*/*.txt"))


def _paras(text: str) -> list[str]:
    return [p for p in text.split("\n\n") if p.strip()]


def _fill(template: str, rng: random.Random) -> str:
    name, name2 = rng.sample(NAMES, 2)
    first, last = name.split()[0], name.split()[-1].replace("'", "")
    return template.format(name=name, name2=name2, NAME=name.upper(), email=f"{first[0]}{last}@example.com".lower(),
                           handle=f"{first}{last}")


def _credited(text: str, where: str, template: str, rng: random.Random) -> tuple[str, str]:
    """(file suffix, content) of the article with a credit added."""
    paras = _paras(text)
    if where == "top":
        return ".txt", "\n\n".join([paras[0], _fill(template, rng)] + paras[1:]) + "\n"
    if where == "dateline":
        return ".txt", "\n\n".join([paras[0], template + paras[1]] + paras[2:]) + "\n"
    if where == "end":
        return ".txt", "\n\n".join(paras + [_fill(template, rng)]) + "\n"
    if where == "markdown":
        return ".md", f"---\ntitle: {paras[0]}\n{_fill(template, rng)}\n---\n" + "\n\n".join(paras) + "\n"
    record = {"title": paras[0], "text": "\n\n".join(paras[1:]), template: rng.choice(NAMES)}
    return ".jsonl", json.dumps(record) + "\n"


def _quote_case(text: str, quote: str, form: str | None, rng: random.Random) -> tuple[str, int] | None:
    """The article with a quotation paragraph inserted where neither
    neighbour has a speech verb or a quotation; (text, 1-based line)."""
    paras = _paras(text)
    spots = [i for i in range(2, len(paras)) if not SPEECH.search(paras[i - 1]) and not SPEECH.search(paras[i])]
    if not spots:
        return None
    i = rng.choice(spots)
    inline = [j for j in spots if j + 1 < len(paras) and not SPEECH.search(paras[j + 1])]
    if form is None and inline and rng.random() < 0.5:
        # Inside a paragraph of its own article text, at the end.
        j = rng.choice(inline)
        paras[j] = paras[j].rstrip() + f' "{quote}"'
        return "\n\n".join(paras) + "\n", 1 + sum(p.count("\n") + 2 for p in paras[:j])
    if form is None:
        insert = f'"{quote}"' if rng.random() < 0.5 else f"“{quote}”"
    else:
        name = rng.choice(NAMES)
        speaker = rng.choice(SPEAKERS).format(last=name.split()[-1], name=name)
        insert = form.format(
            q=quote, q_comma=quote[:-1] + ",", q_lower=quote[0].lower() + quote[1:],
            q2=QUOTES[(QUOTES.index(quote) + 1) % len(QUOTES)] if quote in QUOTES else quote,
            speaker=speaker, Speaker=speaker[0].upper() + speaker[1:],
        )
    new = paras[:i] + [insert] + paras[i:]
    line = 1 + sum(p.count("\n") + 2 for p in paras[:i])
    return "\n\n".join(new) + "\n", line


def _by_path(out: dict) -> dict[str, list[dict]]:
    found: dict[str, list[dict]] = {}
    for f in out["findings"]:
        found.setdefault(f["path"], []).append(f)
    return found


def run(corpus: Path, work: Path, rng: random.Random, smoke: bool) -> list[Row]:
    articles = _articles(corpus)
    rows: list[Row] = []

    # NL401 -------------------------------------------------------------
    sample = rng.sample(articles, 40 if smoke else 400)
    credited, uncredited = [], []
    for n, src in enumerate(sample):
        text = src.read_text(encoding="utf-8")
        kind = n % 4
        if kind == 0:
            name = f"plain-{n:03d}.txt"
            (work / name).write_text(text, encoding="utf-8")
            uncredited.append(name)
        elif kind == 1:
            name = f"ainotice-{n:03d}.txt"
            (work / name).write_text(text.rstrip("\n") + "\n\n" + AI_NOTICE + "\n", encoding="utf-8")
            uncredited.append(name)
        else:
            where, template = CREDITS[(n // 4 * 2 + kind - 2) % len(CREDITS)]
            suffix, content = _credited(text, where, template, rng)
            name = f"credit-{n:03d}{suffix}"
            (work / name).write_text(content, encoding="utf-8")
            credited.append((name, template))
    found = _by_path(run_newslint([*uncredited, *(c[0] for c in credited)], "--select", "NL401", cwd=work))
    ok_unc = sum(1 for name in uncredited if found.get(name))
    ok_cred = [c for c in credited if not found.get(c[0])]
    missed = sorted({c[1] for c in credited if found.get(c[0])})
    rows.append(Row("attribution", f"NL401 right on uncredited ({len(uncredited)})", ok_unc / len(uncredited),
                    ">= 0.95", ok_unc / len(uncredited) >= 0.95))
    rows.append(Row("attribution", f"NL401 right on credited ({len(credited)}, {len(CREDITS)} forms)",
                    len(ok_cred) / len(credited), ">= 0.95", len(ok_cred) / len(credited) >= 0.95,
                    "credit not seen: " + " | ".join(missed[:4]) if missed else ""))

    # NL402 -------------------------------------------------------------
    qsample = rng.sample(articles, 40 if smoke else 600)
    bare, attributed = [], []
    for n, src in enumerate(qsample):
        quote = QUOTES[n % len(QUOTES)]
        form = None if n % 2 == 0 else ATTRIBUTED_FORMS[(n // 2) % len(ATTRIBUTED_FORMS)]
        case = _quote_case(src.read_text(encoding="utf-8"), quote, form, rng)
        if case is None:
            continue
        name = f"quote-{n:03d}.txt"
        (work / name).write_text(case[0], encoding="utf-8")
        (bare if form is None else attributed).append((name, case[1], form))
    found = _by_path(run_newslint([c[0] for c in bare + attributed], "--select", "NL402", cwd=work))
    hits = sum(1 for name, line, _ in bare if any(f["line"] == line for f in found.get(name, [])))
    false = [form for name, line, form in attributed if any(f["line"] in (line, line + 2) for f in found.get(name, []))]
    rows.append(Row("attribution", f"NL402 recall, quotes with no speaker ({len(bare)})", hits / len(bare),
                    ">= 0.90", hits / len(bare) >= 0.90))
    rows.append(Row("attribution", f"NL402 quiet on quotes with a speaker ({len(attributed)})",
                    1 - len(false) / len(attributed), ">= 0.95", 1 - len(false) / len(attributed) >= 0.95,
                    "flagged: " + " | ".join(sorted(set(false))[:3]) if false else ""))

    # NL403 -------------------------------------------------------------
    vsample = rng.sample(articles, len(VAGUE) + len(NAMED))
    vague, named = [], []
    for n, src in enumerate(vsample):
        sentence = (VAGUE + NAMED)[n]
        paras = _paras(src.read_text(encoding="utf-8"))
        i = len(paras) // 2
        paras[i] = paras[i].rstrip() + " " + sentence
        name = f"vague-{n:03d}.txt"
        (work / name).write_text("\n\n".join(paras) + "\n", encoding="utf-8")
        line = 1 + sum(p.count("\n") + 2 for p in paras[:i])
        (vague if n < len(VAGUE) else named).append((name, line, sentence))
    found = _by_path(run_newslint([c[0] for c in vague + named], "--select", "NL403", cwd=work))
    # The host article may have its own vague sourcing on that line: only a
    # finding inside the inserted sentence counts.
    def hit(name: str, line: int, sentence: str) -> bool:
        text = (work / name).read_text(encoding="utf-8").split("\n")[line - 1]
        col = text.index(sentence) + 1
        return any(f["line"] == line and f["column"] >= col for f in found.get(name, []))

    vhits = [s for name, line, s in vague if hit(name, line, s)]
    nfalse = [s for name, line, s in named if hit(name, line, s)]
    vmissed = [s for _, _, s in vague if s not in vhits]
    rows.append(Row("attribution", f"NL403 recall, vague sourcing ({len(vague)})", len(vhits) / len(vague),
                    ">= 0.90", len(vhits) / len(vague) >= 0.90, "missed: " + " | ".join(vmissed[:3]) if vmissed else ""))
    rows.append(Row("attribution", f"NL403 findings on named sources (of {len(named)})", float(len(nfalse)),
                    "0", not nfalse, " | ".join(nfalse[:3])))

    # Clean articles ------------------------------------------------------
    clean = articles if not smoke else rng.sample(articles, 100)
    out = run_newslint([str(p) for p in clean], "--select", "NL402,NL501,NL502")
    per = len(out["findings"]) / len(clean)
    rows.append(Row("attribution", f"NL402+NL501+NL502 per clean BBC article ({len(clean)})", per, "<= 0.1",
                    per <= 0.1, json.dumps(out["summary"]["by_rule"])))
    rows += _held_out(articles, work, "held-out C", CREDITS_C, UNCREDITED_C, VAGUE_C, NAMED_C, ATTRIBUTED_C, BARE_C)
    rows += _held_out(articles, work, "held-out D", CREDITS_D, UNCREDITED_D, VAGUE_D, NAMED_D, ATTRIBUTED_D, BARE_D)
    rows += _held_out(articles, work, "held-out E", CREDITS_E, UNCREDITED_E, VAGUE_E, NAMED_E, ATTRIBUTED_E, BARE_E)
    return rows


def _held_out(articles: list[Path], work: Path, batch: str, credits: list[tuple[str, str]], uncredited: list[str],
              vague: list[str], named: list[str], attributed: list[str], bare: list[str]) -> list[Row]:
    """One row per rule and polarity, each form in one article of its own; a
    separate generator keeps the batch from shifting the rows above."""
    rng = random.Random(batch)
    tag = batch.replace(" ", "-")
    first = FIRST_RUN.get(batch, {})
    rows: list[Row] = []
    cred, unc = [], []
    for n, (where, template) in enumerate(credits):
        suffix, content = _credited(rng.choice(articles).read_text(encoding="utf-8"), where, template, rng)
        name = f"{tag}-credit-{n:02d}{suffix}"
        (work / name).write_text(content, encoding="utf-8")
        cred.append((name, template))
    for n, notice in enumerate(uncredited):
        name = f"{tag}-uncredited-{n:02d}.txt"
        text = rng.choice(articles).read_text(encoding="utf-8").rstrip("\n")
        (work / name).write_text(text + "\n\n" + notice + "\n", encoding="utf-8")
        unc.append((name, notice))
    found = _by_path(run_newslint([c[0] for c in cred + unc], "--select", "NL401", cwd=work))
    missed = [t for name, t in cred if found.get(name)]
    quiet = [t for name, t in unc if not found.get(name)]
    rows.append(Row("attribution", f"NL401 credit forms recognised, {batch} (of {len(cred)})",
                    1 - len(missed) / len(cred), ">= 0.90", 1 - len(missed) / len(cred) >= 0.90,
                    f"[{first.get('credit', '')}] " + " | ".join(missed) if first else " | ".join(missed)))
    rows.append(Row("attribution", f"NL401 silenced by a non-credit, {batch} (of {len(unc)})", float(len(quiet)),
                    "0", not quiet, " | ".join(quiet)))

    quotes = []
    for n, form in enumerate(attributed + bare):
        for _ in range(20):
            case = _quote_case(rng.choice(articles).read_text(encoding="utf-8"), QUOTES[n % len(QUOTES)], form, rng)
            if case is not None:
                break
        name = f"{tag}-quote-{n:02d}.txt"
        (work / name).write_text(case[0], encoding="utf-8")
        quotes.append((name, case[1], form, n >= len(attributed)))
    found = _by_path(run_newslint([c[0] for c in quotes], "--select", "NL402", cwd=work))
    flagged = {name: {f["line"] for f in found.get(name, [])} for name, *_ in quotes}
    false = [form for name, line, form, b in quotes if not b and flagged[name] & {line, line + 2}]
    hits = [form for name, line, form, b in quotes if b and line in flagged[name]]
    n_att, n_bare = len(attributed), len(bare)
    rows.append(Row("attribution", f"NL402 recall, quotes with no speaker, {batch} ({n_bare})", len(hits) / n_bare,
                    ">= 0.90", len(hits) / n_bare >= 0.90,
                    f"[{first.get('bare', '')}] " + " | ".join(f for f in bare if f not in hits)[:200]))
    rows.append(Row("attribution", f"NL402 quiet on quotes with a speaker, {batch} ({n_att})", 1 - len(false) / n_att,
                    ">= 0.95", 1 - len(false) / n_att >= 0.95, f"[{first.get('said', '')}] " + " | ".join(false)))

    cases = []
    for n, sentence in enumerate(vague + named):
        paras = _paras(rng.choice(articles).read_text(encoding="utf-8"))
        i = len(paras) // 2
        paras[i] = paras[i].rstrip() + " " + sentence
        name = f"{tag}-vague-{n:02d}.txt"
        (work / name).write_text("\n\n".join(paras) + "\n", encoding="utf-8")
        cases.append((name, 1 + sum(p.count("\n") + 2 for p in paras[:i]), sentence))
    found = _by_path(run_newslint([c[0] for c in cases], "--select", "NL403", cwd=work))

    def hit(name: str, line: int, sentence: str) -> bool:
        text = (work / name).read_text(encoding="utf-8").split("\n")[line - 1]
        col = text.index(sentence) + 1
        return any(f["line"] == line and f["column"] >= col for f in found.get(name, []))

    vmissed = [s for name, line, s in cases[: len(vague)] if not hit(name, line, s)]
    nfalse = [s for name, line, s in cases[len(vague):] if hit(name, line, s)]
    rows.append(Row("attribution", f"NL403 recall, vague sourcing, {batch} ({len(vague)})", 1 - len(vmissed) / len(vague),
                    ">= 0.90", 1 - len(vmissed) / len(vague) >= 0.90,
                    f"[{first.get('vague', '')}] missed: " + " | ".join(vmissed)))
    rows.append(Row("attribution", f"NL403 findings on named sources, {batch} (of {len(named)})", float(len(nfalse)),
                    "0", not nfalse, f"[{first.get('named', '')}] " + " | ".join(nfalse[:4])))
    return rows
