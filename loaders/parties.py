"""The one table of UK parties: canonical names, Wikidata ids, and how sources write them.

The table itself is data (data/lexicon.toml, `[[party]]`). The results files write
"Lab", EveryPolitician "Labour" or "Labour/Co-operative",
Wikidata "Labour Party": all are the Labour Party. Names not listed here pass
through unchanged (a Montserrat party keeps its own name). "Independent" and
the Speaker are not parties: NOT_PARTIES lists how sources write them. The
news gazetteer (loaders/news/gazetteer.py) takes each party's `written` names,
the spellings articles use.
"""

from __future__ import annotations

from dataclasses import dataclass

from polkg.graph.identity.identity import fold

from .lexicon import table


@dataclass(frozen=True)
class Party:
    name: str
    #: Short names and spellings of structured sources (compared folded: case and accents aside).
    aliases: tuple[str, ...]
    wikidata: str | None = None
    #: The names articles use, case-sensitive, as written (the news gazetteer's patterns).
    written: tuple[str, ...] = ()


#: The one party table, in data/lexicon.toml (read there: the table is data, not code).
PARTIES = [Party(p["name"], tuple(p["aliases"]), p.get("wikidata"), tuple(p["written"]))
           for p in table("party")]

#: How sources write "no party": an independent or the Speaker has no party membership.
NOT_PARTIES = frozenset(fold(n) for n in table("parties")["not_parties"])

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
