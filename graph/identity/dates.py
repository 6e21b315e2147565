"""Dates that keep their precision.

A date is stored as the interval it can mean: "2020" is 2020-01-01..2020-12-31
at year precision, never 2020-01-01. Date nodes are minted from their text, so
the same date stated twice is one node.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from rdflib import Literal, URIRef
from rdflib.namespace import RDF, RDFS, TIME, XSD

from polkg.ontology import ID, POL

PRECISIONS = {"year": TIME.unitYear, "month": TIME.unitMonth, "day": TIME.unitDay}
_PATTERN = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


class DateFormatError(ValueError):
    """A date string that is not YYYY, YYYY-MM or YYYY-MM-DD."""


@dataclass(frozen=True, order=True)
class DateInterval:
    """A date at day, month or year precision, as its earliest and latest days."""

    earliest: date
    latest: date
    precision: str  # "year" | "month" | "day"

    @classmethod
    def parse(cls, text: str) -> DateInterval:
        """Read YYYY, YYYY-MM or YYYY-MM-DD (an ISO date-time keeps its day).

        >>> DateInterval.parse("2020").latest
        datetime.date(2020, 12, 31)
        >>> str(DateInterval.parse("2024-07"))
        '2024-07'
        """
        text = text.strip()
        match = _PATTERN.match(text[:10] if "T" in text else text)
        if not match:
            raise DateFormatError(f"{text!r} is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)")
        year, month, day = match.groups()
        try:
            if day:
                d = date(int(year), int(month), int(day))
                return cls(d, d, "day")
            if month:
                m = int(month)
                last = calendar.monthrange(int(year), m)[1]
                return cls(date(int(year), m, 1), date(int(year), m, last), "month")
            return cls(date(int(year), 1, 1), date(int(year), 12, 31), "year")
        except ValueError as exc:
            raise DateFormatError(f"{text!r} is not a valid date: {exc}") from None

    @classmethod
    def of_day(cls, d: date) -> DateInterval:
        return cls(d, d, "day")

    def __str__(self) -> str:
        if self.precision == "year":
            return f"{self.earliest.year:04d}"
        if self.precision == "month":
            return f"{self.earliest.year:04d}-{self.earliest.month:02d}"
        return self.earliest.isoformat()

    @property
    def iri(self) -> URIRef:
        return ID[f"date/{self}"]

    def triples(self):
        """The triples that describe this date node."""
        node = self.iri
        yield node, RDF.type, POL.DateInterval
        yield node, RDFS.label, Literal(str(self))
        yield node, POL.earliest, Literal(self.earliest.isoformat(), datatype=XSD.date)
        yield node, POL.latest, Literal(self.latest.isoformat(), datatype=XSD.date)
        yield node, POL.precision, PRECISIONS[self.precision]

    def contains(self, other: DateInterval) -> bool:
        """True when every day `other` can mean lies within this interval."""
        return self.earliest <= other.earliest and other.latest <= self.latest


#: The longest gap between one tenure of a seat and the next that still reads as one sitting
#: member: dissolution to polling day is five weeks; a by-election may take two months.
ELECTION_GAP = timedelta(days=62)


def spans_meet(spans_a: Iterable[tuple[date, date | None]],
               spans_b: Iterable[tuple[date, date | None]]) -> bool:
    """True when a span (first day, last day or None while ongoing) of one overlaps a span of
    the other, or follows it within ELECTION_GAP (one Parliament to the next).

    >>> spans_meet([(date(2017, 6, 8), date(2019, 11, 6))], [(date(2019, 12, 12), None)])
    True
    """
    spans_b = list(spans_b)
    return any(sa <= _reach(eb) and sb <= _reach(ea) for sa, ea in spans_a for sb, eb in spans_b)


def _reach(end: date | None) -> date:
    """The last day a successor of a tenure ending on `end` may begin."""
    return date.max if end is None else end + ELECTION_GAP
