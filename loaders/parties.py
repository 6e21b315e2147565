"""The one table of UK parties: canonical names, Wikidata ids, and how sources write them.

The results files write "Lab", EveryPolitician "Labour" or "Labour/Co-operative",
Wikidata "Labour Party": all are the Labour Party. Names not listed here pass
through unchanged (a Montserrat party keeps its own name). "Independent" and
the Speaker are not parties: NOT_PARTIES lists how sources write them. The
news gazetteer (loaders/news/gazetteer.py) takes each party's `written` names,
the spellings articles use.
"""

from __future__ import annotations

from dataclasses import dataclass

from polkg.graph.identity.identity import fold


@dataclass(frozen=True)
class Party:
    name: str
    #: Short names and spellings of structured sources (compared folded: case and accents aside).
    aliases: tuple[str, ...]
    wikidata: str | None = None
    #: The names articles use, case-sensitive, as written (the news gazetteer's patterns).
    written: tuple[str, ...] = ()


# (canonical name, source spellings, Wikidata id where sure, article spellings)
PARTIES = [
    Party("Labour Party", ("Labour", "Lab", "Labour/Co-operative", "Labour Co-operative"),
          "Q9630", ("Labour", "Labour Party", "Labour party", "the Labour Party", "New Labour")),
    Party("Conservative Party", ("Conservative", "Conservatives", "Con", "Tory", "Tories"),
          "Q9626", ("Conservative Party", "Conservative party", "Conservatives", "Conservative",
                    "Tories", "Tory", "Tory party", "Tory Party")),
    Party("Liberal Democrats", ("Liberal Democrat", "Lib Dems", "LD"), "Q9624",
          ("Liberal Democrats", "Liberal Democrat", "Lib Dems", "Lib Dem", "LibDems",
           "Liberal Democrat party")),
    Party("Scottish National Party", ("SNP",), "Q10658", ("Scottish National Party", "SNP")),
    Party("Plaid Cymru", ("PC",), "Q10691", ("Plaid Cymru", "Plaid")),
    Party("Green Party", ("Green", "Greens", "Green Party of England and Wales"), "Q9669",
          ("Green Party", "Green party", "Greens", "Green Party of England and Wales")),
    Party("Reform UK", ("RUK", "Reform"), None, ("Reform UK",)),
    Party("Democratic Unionist Party", ("DUP",), "Q215519",
          ("Democratic Unionist Party", "DUP", "Democratic Unionists")),
    Party("Sinn Féin", ("SF", "Sinn Fein"), "Q76382", ("Sinn Féin", "Sinn Fein")),
    Party("Alba Party", ("Alba",), None, ("Alba Party", "Alba")),
    Party("UK Independence Party", ("UKIP",), None, ("UK Independence Party", "UKIP", "Ukip")),
    Party("Brexit Party", ("BRX", "The Brexit Party"), None, ("Brexit Party", "Brexit party")),
    Party("Scottish Conservative Party", (), None,
          ("Scottish Conservative Party", "Scottish Conservatives", "Scottish Tories",
           "Scottish Tory party", "Scottish Tory", "Scottish Conservative")),
    Party("Scottish Labour", (), None, ("Scottish Labour", "Scottish Labour Party")),
    Party("Welsh Labour", (), None, ("Welsh Labour",)),
    Party("Social Democratic and Labour Party", ("SDLP",), None,
          ("Social Democratic and Labour Party", "SDLP")),
    Party("Ulster Unionist Party", ("UUP",), None,
          ("Ulster Unionist Party", "UUP", "Ulster Unionists")),
    Party("Alliance Party of Northern Ireland", ("APNI", "Alliance"), None,
          ("Alliance Party", "Alliance Party of Northern Ireland")),
    Party("Social Democratic Party", (), None, ("Social Democratic Party", "SDP")),
    Party("Respect Party", (), None, ("Respect Party",)),
    Party("Workers Party of Britain", (), None, ("Workers Party of Britain", "Workers Party")),
]

#: How sources write "no party": an independent or the Speaker has no party membership.
NOT_PARTIES = frozenset(fold(n) for n in (
    "Independent", "Ind", "Independents", "independent politician", "Speaker", "Spk",
    "The Speaker", "Non-affiliated",
))

#: Structured sources' names: the parties they spell (the article-only ones pass through).
_BY_NAME = {fold(n): p for p in PARTIES if p.aliases for n in (p.name, *p.aliases)}
#: Wikidata ids of groups that are not one party (Labour Co-operative is Labour's and the
#: Co-operative Party's joint group; "independent politician").
_GROUP_IDS = frozenset({"Q6467393", "Q327591"})


def is_party(name: str) -> bool:
    """False for "Independent", "Ind", "Speaker" and empty names."""
    return bool(name.strip()) and fold(name) not in NOT_PARTIES


def canonical_party(name: str, wikidata: str | None = None) -> Party:
    """The canonical party a source's name (or abbreviation) means.

    >>> canonical_party("Lab").name
    'Labour Party'
    >>> canonical_party("MCAP", "Q6926622")
    Party(name='MCAP', aliases=(), wikidata='Q6926622')
    """
    known = _BY_NAME.get(fold(name))
    if known is not None:
        return known
    return Party(name.strip(), (), wikidata if wikidata not in _GROUP_IDS else None)
