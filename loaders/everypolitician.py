"""EveryPolitician term CSV: one row per party-group membership of a legislature's member.

A member who changed group has several rows, each with its start and end dates
(a whip suspension reads Conservative until 2017-11-02, Independent from
2017-11-03 to 2018-12-11, Conservative again from 2018-12-12). Per row: a
Membership of the party with those dates; "Independent" and "Speaker" rows
give no party membership and end nothing by themselves. Per member and seat:
one Representation from the first row's start to the last row's end. An empty
start or end means the term's own: for the House of Commons, the Parliament's
polling day and dissolution (loaders/data/uk-parliaments.csv). The file speaks
of membership of the party's group in that term, so what it states ends with
the term; a later source says whether the membership went on.
"""

from __future__ import annotations

import re

from polkg.ontology import POL

from .base import Source
from .csvfile import Row, header_has, parliaments, read_rows
from .records import RecordLoader
from .sniffing import Sniffed
from .writer import FactWriter

REQUIRED = ("id", "name", "group", "area", "term", "start_date", "end_date")
_QID = re.compile(r"Q\d+")


class EveryPoliticianCsvLoader(RecordLoader):
    name = "everypolitician-csv"
    version = "1"
    extensions = (".csv",)

    def sniff(self, source: Source) -> Sniffed:
        return header_has(source.content, ("id", "name", "group", "area", "term"),
                          "an EveryPolitician term CSV")

    def write(self, source: Source, writer: FactWriter) -> None:
        _read_file(source, writer)


def _term_bounds(row: Row) -> tuple[str | None, str | None]:
    """The term's first and last day, where the chamber is the House of Commons."""
    if row.get("chamber") not in ("", "House of Commons") or not row.get("term").isdigit():
        return None, None
    number = int(row.get("term"))
    for p in parliaments():
        if p.number == number:
            return p.election.isoformat(), p.dissolution.isoformat() if p.dissolution else None
    return None, None


def _qid(row: Row, column: str) -> list[str]:
    value = row.get(column)
    if not value:
        return []
    if not _QID.fullmatch(value):
        raise row.error(column, f"{value!r} is not a Wikidata id (Q followed by digits)")
    return [f"wikidata:{value}"]


def _read_file(source: Source, w: FactWriter) -> None:
    seats: dict[tuple, dict] = {}
    for row in read_rows(source.content, REQUIRED):
        locator = f"line {row.line}"
        name, area = row.get("name"), row.get("area")
        if not row.get("id"):
            raise row.error("id", "empty")
        if not name:
            raise row.error("name", "empty")
        term_start, term_end = _term_bounds(row)
        start = row.date("start_date") or term_start
        end = row.date("end_date") or term_end
        person = w.entity("person", name,
                          [*_qid(row, "wikidata"), f"everypolitician:{row.get('id')}"], hint=area)
        w.literal(person, POL.gender, row.get("gender"))
        party = w.party(row.get("group"), _qid(row, "wikidata_group"))
        if party is not None:
            w.tenure(POL.Membership, person, party, start=start, end=end, locator=locator)
        if area:
            ids = _qid(row, "wikidata_area")
            if row.get("area_id").startswith("uk.org.publicwhip/"):
                ids.append("publicwhip:" + row.get("area_id").removeprefix("uk.org.publicwhip/"))
            seat = w.entity("constituency", area, ids)
            span = seats.setdefault((person, seat), {"starts": [], "ends": [], "line": row.line})
            span["starts"].append(start)
            span["ends"].append(end)
    for (person, seat), span in seats.items():
        starts, ends = span["starts"], span["ends"]
        w.tenure(POL.Representation, person, seat,
                 start=None if None in starts else min(starts),  # ISO dates sort as text
                 end=None if None in ends else max(ends),
                 locator=f"line {span['line']}")

