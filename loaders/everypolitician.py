"""EveryPolitician term CSV: one row per party-group membership of a legislature's member.

A member who changed group has several rows, each with its start and end dates
(a whip suspension reads Conservative until 2017-11-02, Independent from
2017-11-03 to 2018-12-11, Conservative again from 2018-12-12). Per row: a
Membership of the party; "Independent" and "Speaker" rows give no party
membership and end nothing by themselves. Per member and seat: one
Representation from the first row's start to the last row's end. An empty
start or end means the term's own: for the House of Commons, the Parliament's
polling day and dissolution (loaders/data/uk-parliaments.csv).

Sitting for a party is evidence of membership, not its beginning or end: a
membership's dates are its start and end (pol:start, pol:end) only where the
member changed group within the term. Where the row begins with the term, or
with the member's arrival (a by-election), and where it ends with the term or
the member's departure (death, resignation), they are the span the file
attests (pol:heldFrom, pol:heldUntil), carried to the next polling day
(pol:carriedUntil): the next term's file, or an election result, says more.
"""

from __future__ import annotations

import re

from polkg.graph.identity.linking import post_of
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


def _next_polling_day(day: str | None) -> str | None:
    """The first general election polling day after `day`, where the table has one."""
    return next((p.election.isoformat() for p in parliaments()
                 if day and p.election.isoformat() > day), None)


def _read_file(source: Source, w: FactWriter) -> None:
    rows = list(read_rows(source.content, REQUIRED))
    by_member: dict[str, list[Row]] = {}
    for row in rows:
        if not row.get("id"):
            raise row.error("id", "empty")
        by_member.setdefault(row.get("id"), []).append(row)
    for own in by_member.values():
        own.sort(key=lambda r: r.get("start_date"))  # an empty start is the term's: first
    seats: dict[tuple, dict] = {}
    for row in rows:
        locator = f"line {row.line}"
        name, area = row.get("name"), row.get("area")
        if not name:
            raise row.error("name", "empty")
        term_start, term_end = _term_bounds(row)
        start = row.date("start_date") or term_start
        end = row.date("end_date") or term_end
        seat = None
        if area:
            ids = _qid(row, "wikidata_area")
            if row.get("area_id").startswith("uk.org.publicwhip/"):
                ids.append("publicwhip:" + row.get("area_id").removeprefix("uk.org.publicwhip/"))
            seat = w.entity("constituency", area, ids)
        person = w.entity("person", name,
                          [*_qid(row, "wikidata"), f"everypolitician:{row.get('id')}"], hint=area,
                          post=post_of(seat, start, end) if seat else None)
        w.literal(person, POL.gender, row.get("gender"))
        party = w.party(row.get("group"), _qid(row, "wikidata_group"))
        if party is not None:
            # A change of group begins or ends a membership; the term's bounds, an arrival
            # and a departure are only how far the file sees it.
            own = by_member[row.get("id")]
            began = own.index(row) > 0 and bool(row.date("start_date"))
            ended = own.index(row) < len(own) - 1 and bool(row.date("end_date"))
            w.tenure(POL.Membership, person, party, start=start if began else None,
                     end=end if ended else None,
                     held=(None if began else start, None if ended else end),
                     carried_until=None if ended else _next_polling_day(end), locator=locator)
        if seat:
            span = seats.setdefault((person, seat), {"starts": [], "ends": [], "line": row.line})
            span["starts"].append(start)
            span["ends"].append(end)
    for (person, seat), span in seats.items():
        starts, ends = span["starts"], span["ends"]
        w.tenure(POL.Representation, person, seat,
                 start=None if None in starts else min(starts),  # ISO dates sort as text
                 end=None if None in ends else max(ends),
                 locator=f"line {span['line']}")
