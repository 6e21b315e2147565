"""House of Commons Library general election results, one row per constituency.

Per row: the constituency (ONS id as pol:externalId "ons:...", region, country),
the seat's winner, who represents it from polling day and was Elected there,
the winner's party: a Membership held on polling day (pol:heldFrom, pol:heldUntil;
the file says nothing of when it began or ends), carried until the Parliament it
elects dissolves (pol:carriedUntil, none while it sits), and the declared
result (electorate, valid and invalid votes, majority, votes per party). Polling day comes from the
"Declaration time" column (2019) or the year in the file name (2024), checked
against the UK Parliaments table.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from rdflib import Literal

from polkg.graph.identity.linking import post_of
from polkg.ontology import POL

from .base import Source
from .csvfile import Row, header_has, parliaments, read_rows
from .records import RecordError, RecordLoader
from .sniffing import Sniffed
from .writer import FactWriter

REQUIRED = ("ONS ID", "Constituency name", "Region name", "Country name", "Member first name",
            "Member surname", "Result", "First party", "Electorate", "Valid votes",
            "Invalid votes", "Majority", "All other candidates")
#: Party columns as the Library writes them (2019 has BRX where 2024 has RUK).
PARTY_COLUMNS = ("Con", "Lab", "LD", "RUK", "BRX", "Green", "SNP", "PC", "DUP", "SF", "SDLP",
                 "UUP", "APNI")


class ResultsCsvLoader(RecordLoader):
    name = "results-csv"
    version = "1"
    extensions = (".csv",)

    def sniff(self, source: Source) -> Sniffed:
        return header_has(source.content, ("ONS ID", "Valid votes"),
                          "House of Commons Library results")

    def write(self, source: Source, w: FactWriter) -> None:
        rows = read_rows(source.content, REQUIRED)
        first = next(rows, None)
        if first is None:
            raise RecordError("no rows", 2)
        polling_day = _polling_day(source, first)
        day = polling_day.isoformat()
        election = w.entity("election", f"{polling_day.year} general election")
        w.literal(election, POL.electionKind, "general election")
        w.add((election, POL.date, w.date(day)))
        # The winners sit for their party until the Parliament they are elected to dissolves.
        until = next((p.dissolution.isoformat() for p in parliaments()
                      if p.election == polling_day and p.dissolution), None)
        for row in (first, *rows):
            _read_row(row, w, election, day, until)


def _polling_day(source: Source, row: Row) -> date:
    polls = [p.election for p in parliaments()]
    declared = row.get("Declaration time")
    if declared:
        try:
            when = datetime.strptime(declared, "%d/%m/%Y %H:%M").date()
        except ValueError:
            raise row.error("Declaration time", f"{declared!r} is not DD/MM/YYYY HH:MM") from None
        # Counts run overnight: the declaration is on polling day or the day after.
        for day in polls:
            if day in (when, when - timedelta(days=1)):
                return day
        raise row.error("Declaration time", f"{declared} follows no general election polling day"
                        " that polkg knows (loaders/data/uk-parliaments.csv)")
    years = re.findall(r"(?<!\d)(19\d\d|20\d\d)(?!\d)", source.path.name)
    for day in polls:
        if str(day.year) in years:
            return day
    raise RecordError("cannot tell which general election this is: no 'Declaration time' "
                      "column, and the file name holds no general election year (e.g. GE2024)", 1)


def _read_row(row: Row, w: FactWriter, election, day: str, until: str | None) -> None:
    locator = f"line {row.line}"
    name = row.get("Constituency name")
    if not name:
        raise row.error("Constituency name", "empty")
    ons = row.get("ONS ID")
    if not re.fullmatch(r"[EWSN]\d{8}", ons):
        raise row.error("ONS ID", f"{ons!r} is not an ONS code (like E14001305)")
    seat = w.entity("constituency", name, [f"ons:{ons}"])
    w.literal(seat, POL.region, row.get("Region name"))
    w.literal(seat, POL.country, row.get("Country name"))
    numbers = {col: row.integer(col) for col in
               ("Electorate", "Valid votes", "Invalid votes", "Majority", "All other candidates")}
    votes = {col: row.integer(col) for col in PARTY_COLUMNS if col in row.fields}

    winner_name = f"{row.get('Member first name')} {row.get('Member surname')}".strip()
    if not winner_name:
        raise row.error("Member surname", "no winner named")
    winner = w.entity("person", winner_name, hint=name, post=post_of(seat, day, None))
    w.literal(winner, POL.gender, row.get("Member gender"))
    w.tenure(POL.Representation, winner, seat, start=day, locator=locator)
    w.event(POL.Elected, f"{winner_name} elected for {name}", agent=winner, obj=seat, date=day,
            locator=locator, extra=[(POL.election, election)])
    party = w.party(row.get("First party"))
    if party is not None:  # a member on polling day, not a membership that began or ended then
        w.tenure(POL.Membership, winner, party, held=(day, day), carried_until=until,
                 locator=locator)

    result = w.event(POL.ResultDeclared, f"{name}: result of the {day[:4]} general election",
                     obj=seat, date=day, locator=locator, extra=[(POL.election, election)])
    for col, prop in (("Electorate", POL.electorate), ("Valid votes", POL.validVotes),
                      ("Invalid votes", POL.invalidVotes), ("Majority", POL.majority),
                      ("All other candidates", POL.otherVotes)):
        w.literal(result, prop, Literal(numbers[col]))
    for col, count in votes.items():
        if count:
            w.vote_count(result, w.party(col), count)
