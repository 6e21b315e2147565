"""CSV files as rows of named fields, with the line each row starts on, and the UK
Parliaments (polling day, dissolution) that the CSV loaders date their records by."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib.resources import files

from polkg.graph.identity.dates import DateInterval

from .records import RecordError
from .sniffing import Sniffed


@dataclass(frozen=True)
class Row:
    line: int
    fields: dict[str, str]
    header: tuple[str, ...]

    def get(self, name: str) -> str:
        return (self.fields.get(name) or "").strip()

    def column(self, name: str) -> int:
        return self.header.index(name) + 1

    def error(self, name: str, message: str) -> RecordError:
        return RecordError(f"column {name!r}: {message}", self.line, self.column(name))

    def date(self, name: str) -> str | None:
        """A YYYY[-MM[-DD]] date field as written, or None when empty."""
        text = self.get(name)
        if not text:
            return None
        try:
            DateInterval.parse(text)
        except ValueError as exc:
            raise self.error(name, str(exc)) from None
        return text

    def integer(self, name: str) -> int:
        """A whole number, with or without thousands separators ("35,755")."""
        text = self.get(name).replace(",", "")
        if not text.isdigit():
            raise self.error(name, f"{self.get(name)!r} is not a whole number")
        return int(text)


def header_of(content: bytes) -> list[str]:
    """The first line's fields (for sniffing)."""
    first = content[:4096].decode("utf-8-sig", errors="replace").splitlines()[:1]
    return next(csv.reader(first), []) if first else []


def header_has(content: bytes, columns: tuple[str, ...], what: str) -> Sniffed:
    """Taken when the header names every one of `columns`, which mark the format `what`."""
    header = set(header_of(content))
    missing = [c for c in columns if c not in header]
    if missing:
        return Sniffed(False, f"its header has no {', '.join(missing)}")
    return Sniffed(True, f"its header has {', '.join(columns)} ({what})")


def read_rows(content: bytes, required: tuple[str, ...]) -> Iterator[Row]:
    """Each row with its line number; a missing column or a short row is a RecordError."""
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise RecordError(f"not UTF-8 text (byte {exc.start})") from None
    reader = csv.reader(io.StringIO(text, newline=""))
    header = tuple(h.strip() for h in next(reader, []))
    missing = [c for c in required if c not in header]
    if missing:
        raise RecordError(f"missing column(s) {', '.join(missing)}", 1)
    line = 2
    try:
        for values in reader:
            start, line = line, reader.line_num + 1
            if not any(v.strip() for v in values):
                continue
            if len(values) != len(header):
                raise RecordError(f"{len(values)} fields where the header has {len(header)}",
                                  start, min(len(values), len(header)) + 1)
            yield Row(start, dict(zip(header, values)), header)
    except csv.Error as exc:
        raise RecordError(f"not valid CSV: {exc}", reader.line_num) from None


@dataclass(frozen=True)
class Parliament:
    number: int
    election: date
    dissolution: date | None


@cache
def parliaments() -> tuple[Parliament, ...]:
    """UK Parliaments from loaders/data/uk-parliaments.csv, oldest first."""
    text = (files(__package__) / "data" / "uk-parliaments.csv").read_text(encoding="utf-8")
    return tuple(
        Parliament(int(r["parliament"]), date.fromisoformat(r["election"]),
                   date.fromisoformat(r["dissolution"]) if r["dissolution"] else None)
        for r in csv.DictReader(io.StringIO(text))
    )
