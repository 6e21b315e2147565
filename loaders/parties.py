"""UK party names as the sources write them, mapped to the canonical parties.

The results files write "Lab", EveryPolitician "Labour" or "Labour/Co-operative",
Wikidata "Labour Party": all are the Labour Party. Names not listed here pass
through unchanged (a Montserrat party keeps its own name). "Independent" and
the Speaker are not parties: NOT_PARTIES lists how sources write them.
"""

from __future__ import annotations

from dataclasses import dataclass

from polkg.graph.identity.identity import fold


@dataclass(frozen=True)
class Party:
    name: str
    aliases: tuple[str, ...]
    wikidata: str | None = None


# (canonical name, Wikidata id where sure, short names and source spellings)
PARTIES = [
    Party("Conservative Party", ("Conservative", "Conservatives", "Con", "Tory", "Tories"),
          "Q9626"),
    Party("Labour Party", ("Labour", "Lab", "Labour/Co-operative", "Labour Co-operative"),
          "Q9630"),
    Party("Liberal Democrats", ("Liberal Democrat", "Lib Dems", "LD"), "Q9624"),
    Party("Scottish National Party", ("SNP",), "Q10658"),
    Party("Plaid Cymru", ("PC",), "Q10691"),
    Party("Green Party", ("Green", "Greens", "Green Party of England and Wales"), "Q9669"),
    Party("Reform UK", ("RUK", "Reform")),
    Party("Brexit Party", ("BRX", "The Brexit Party")),
    Party("Democratic Unionist Party", ("DUP",), "Q215519"),
    Party("Sinn Féin", ("SF", "Sinn Fein"), "Q76382"),
    Party("Social Democratic and Labour Party", ("SDLP",)),
    Party("Ulster Unionist Party", ("UUP",)),
    Party("Alliance Party of Northern Ireland", ("APNI", "Alliance")),
    Party("Alba Party", ("Alba",)),
    Party("UK Independence Party", ("UKIP",)),
]

#: How sources write "no party": an independent or the Speaker has no party membership.
NOT_PARTIES = frozenset(fold(n) for n in (
    "Independent", "Ind", "Independents", "independent politician", "Speaker", "Spk",
    "The Speaker", "Non-affiliated",
))

_BY_NAME = {fold(n): p for p in PARTIES for n in (p.name, *p.aliases)}
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
