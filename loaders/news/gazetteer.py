"""What the English model does not know: UK parties, constituencies, offices and institutions.

Everything here becomes EntityRuler patterns (placed ahead of the model's NER)
whose `id` is the canonical name the graph uses. Constituency names ship as
data (data/constituencies.txt, written by bench/build_constituencies.py).
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from polkg.loaders.parties import PARTIES as PARTY_TABLE

#: Canonical party name -> the names articles use (case-sensitive, as written), from the one
#: party table (loaders/parties.py).
PARTIES: dict[str, tuple[str, ...]] = {p.name: p.written for p in PARTY_TABLE if p.written}

#: Party names that are also common words: a party only as "Reform's" or "Reform party".
POSSESSIVE_ONLY_PARTIES = {"Reform": "Reform UK", "Alba": "Alba Party", "Plaid": "Plaid Cymru"}

#: Canonical office title -> other titles for the same post (matched case-insensitively).
OFFICES: dict[str, tuple[str, ...]] = {
    "Prime Minister": ("prime minister", "PM"),
    "Deputy Prime Minister": ("deputy prime minister",),
    "Chancellor of the Exchequer": ("chancellor", "chancellor of the exchequer"),
    "Home Secretary": ("home secretary",),
    "Foreign Secretary": ("foreign secretary",),
    "Leader of the Opposition": ("leader of the opposition", "opposition leader"),
    "Speaker of the House of Commons": ("speaker", "commons speaker"),
    "First Minister of Scotland": ("first minister of scotland",),
    "First Minister of Wales": ("first minister of wales",),
    "First Minister": ("first minister",),
    "Deputy First Minister": ("deputy first minister",),
    "Chief Secretary to the Treasury": ("chief secretary to the treasury",),
    "Attorney General": ("attorney general",),
    "Justice Secretary": ("justice secretary", "lord chancellor"),
    "Health Secretary": ("health secretary",),
    "Education Secretary": ("education secretary",),
    "Defence Secretary": ("defence secretary",),
    "Business Secretary": ("business secretary",),
    "Culture Secretary": ("culture secretary",),
    "Environment Secretary": ("environment secretary",),
    "Transport Secretary": ("transport secretary",),
    "Work and Pensions Secretary": ("work and pensions secretary",),
    "Trade and Industry Secretary": ("trade and industry secretary",),
    "Northern Ireland Secretary": ("northern ireland secretary",),
    "Scotland Secretary": ("scotland secretary", "scottish secretary"),
    "Wales Secretary": ("wales secretary", "welsh secretary"),
    "Leader of the House of Commons": ("leader of the house of commons", "leader of the house"),
    "Chief Whip": ("chief whip",),
    "Party Chair": ("party chair", "party chairman", "party chairwoman"),
    "Mayor of London": ("mayor of london", "london mayor"),
}

#: Head nouns of posts; a noun phrase headed by one of these is an office.
TITLE_NOUNS = frozenset(
    "secretary minister chancellor spokesman spokeswoman spokesperson chairman chairwoman "
    "co-chairman co-chair chair treasurer whip speaker director president commissioner "
    "mayor attorney solicitor governor deputy".split()
)

#: Institutions of politics that the model tends to miss (organisations, not parties).
INSTITUTIONS: dict[str, tuple[str, ...]] = {
    "Parliament": ("Parliament", "UK Parliament", "Westminster"),
    "House of Commons": ("House of Commons", "Commons"),
    "House of Lords": ("House of Lords", "Lords"),
    "Scottish Parliament": ("Scottish Parliament", "Holyrood"),
    "Senedd": ("Senedd", "Welsh Assembly", "Welsh Parliament"),
    "Northern Ireland Assembly": ("Northern Ireland Assembly", "Stormont"),
    "Cabinet": ("Cabinet",),
    "Treasury": ("Treasury",),
    "Scottish Executive": ("Scottish Executive",),
    "Scottish Government": ("Scottish Government",),
    "Electoral Commission": ("Electoral Commission",),
    "European Union": ("European Union", "EU"),
    "European Commission": ("European Commission",),
    "European Parliament": ("European Parliament",),
    "Vote Leave": ("Vote Leave",),
    "Leave.EU": ("Leave.EU",),
    "Britain Stronger in Europe": ("Britain Stronger in Europe", "Stronger In"),
}


#: Capitalised words of politics that name no organisation or person: events, budgets,
#: campaign sides and slogans ("the Budget", "Partygate", "Remain", "Project Fear").
NOT_NAMES = frozenset({"Budget", "Brexit", "Partygate", "Remain", "Leave", "Project Fear",
                       "Brexiters", "Brexiteers", "Remainers", "Leavers", "Covid", "Government",
                       "Justice", "Public", "Flag", "Mayoral", "Question Time"})
#: Prefixes that make a name an adjective: "pro-Brexit", "post-Brexit", "anti-EU".
ADJECTIVE_PREFIXES = ("pro-", "anti-", "post-", "pre-", "non-")


@lru_cache(maxsize=1)
def constituencies() -> tuple[str, ...]:
    """The official constituency names (2024 seats and retired 2019 ones)."""
    text = resources.files("polkg.loaders.news").joinpath("data/constituencies.txt")
    return tuple(line.strip() for line in text.read_text(encoding="utf-8").splitlines()
                 if line.strip())


def party_adjectives() -> dict[str, str]:
    """Every party alias, lower case, to its canonical name (for 'Tory co-chairman')."""
    return {alias.lower(): name for name, aliases in PARTIES.items() for alias in aliases}


def office_titles() -> dict[str, str]:
    """Every office title, lower case, to its canonical title."""
    titles = {name.lower(): name for name in OFFICES}
    titles.update({alias.lower(): name for name, aliases in OFFICES.items() for alias in aliases})
    return titles


def ruler_patterns() -> list[dict]:
    """EntityRuler patterns (PARTY, CONSTITUENCY, OFFICE, INSTITUTION) with canonical ids."""
    patterns: list[dict] = []
    for name, aliases in PARTIES.items():
        patterns += [{"label": "PARTY", "pattern": alias, "id": name} for alias in {name, *aliases}]
    for name, aliases in INSTITUTIONS.items():
        patterns += [{"label": "INSTITUTION", "pattern": a, "id": name} for a in {name, *aliases}]
    for name in constituencies():
        if " " in name:  # one-word names ("Bath", "Gordon") are only seats in context
            patterns.append({"label": "CONSTITUENCY", "pattern": name, "id": name})
    for title, name in office_titles().items():
        if title in ("pm", "speaker"):  # as written: "a speaker" is not the Speaker
            patterns.append({"label": "OFFICE", "pattern": title.upper() if title == "pm"
                             else "Speaker", "id": name})
            continue
        words = [{"LOWER": w} for w in title.split()]
        patterns.append({"label": "OFFICE", "pattern": words, "id": name})
        patterns.append({"label": "OFFICE", "pattern": [{"LOWER": "shadow"}, *words],
                         "id": f"Shadow {name}"})
    return patterns


#: Common first names whose bearer's gender is near certain, for "she"/"his" when the
#: article gives no Mr/Mrs/Sir/Dame ("Ed Miliband accepted her resignation": not his).
#: Names worn by both (Sam, Hilary, Jo as Joseph...) are left out.
FIRST_NAMES = {
    **dict.fromkeys(
        "Adam Alan Alastair Alex Alistair Andrew Andy Anthony Ben Bill Boris Charles Chris "
        "Christopher Chuka Dan Daniel David Dominic Douglas Ed Edward Gavin George Gordon Grant "
        "Greg Harry Humza Iain Ian Jack Jacob James Jeremy Jim John Jonathan Keir Ken Kenneth "
        "Kwasi Lee Liam Mark Martin Matt Matthew Michael Mike Nadhim Neil Nicholas Nick Nigel "
        "Oliver Owen Paul Peter Philip Phillip Richard Rishi Robert Rory Sajid Simon Stephen "
        "Steve Tom Tony Vince Vincent Wes William".split(), "m"),
    **dict.fromkeys(
        "Amber Andrea Angela Anna Anne Bridget Caroline Carla Cheryl Diane Emily Esther "
        "Harriet Helen Jacqui Jess Jill Kate Kelly Kemi Layla Liz Lisa Louise Lucy Margaret "
        "Mhairi Nadine Natalie Nicola Patricia Penny Priti Rachel Rebecca Rhona Ruth Sarah Shona "
        "Siân Suella Theresa Tracy Yvette".split(), "f"),
}
