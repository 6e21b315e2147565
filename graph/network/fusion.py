"""Fusion: one fact, one entry, whichever documents state it and at whatever precision.

Facts are per document: an expulsion stated by three articles is three nodes, dated 2024,
2024-05 and not at all. fuse() makes the entries of one type, subject and counterpart whose
dates nest one entry at the most precise date, with every source: "Expelled 2024" and
"Expelled 2024-05" are one entry at 2024-05. A coarser or undated claim joins the one dated
entry it can be, and never narrows or replaces it; where it could be several (an undated
"elected" beside ten dated elections) or none it stays apart. Dates that exclude each other
stay two entries; within CONTESTED_DAYS and from different sources ("Expelled 2024-05" here,
"2024-06" there) each is marked contested, naming the other claim and its sources (`polkg
query conflicts` lists them across the store). An undated tenure joins the start of the one
dated tenure of its kind and counterpart; held spans of one membership that follow on (term
after term, then an election result) are one entry at the first.

The same function serves the timeline (graph/network/timeline.py) and the named queries whose
header has a `fuse:` line (fuse_rows(), which KnowledgeGraph.run applies to their rows):

    # fuse: timeline
        the timeline columns (person_timeline, party_timeline, constituency_history): each
        row is cut into the entries the timeline shows (a tenure's start, held span and end),
        they are fused, and each tenure is put together again from its fused parts
    # fuse: date=COLUMN type=COLUMN subject=COLUMN counterpart=COLUMN end=COLUMN
        rows of one type, subject and counterpart (each role optional but the date) whose
        dates (labels in the date column) nest: events_between, office_holders (whose rows
        are tenures: an undated one whose end comes before a dated one's start is another)
    # fuse: on-date subject=COLUMN
        claims of tenures, one row per holder on the date asked (leader_on_date,
        party_on_date, members_of; graph/network/on_date.py)

A fused row is the row of its most precise claim, with `sources` (and `facts`, where the
query has it) holding those of every row fused into it, and a `contested` column naming the
other claims where sources disagree (`2024-06 per <document>`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from rdflib import Literal
from rdflib.term import Node

from polkg.graph.identity.dates import DateFormatError, DateInterval, spans_meet
from polkg.graph.network.on_date import ON_DATE, TenureReader, on_date_rows
from polkg.graph.store.store import QueryResult
from polkg.queries import QueryDefinitionError

#: The type of a timeline's "named in <headline>" entries: one per article, never fused.
NAMED = "Named"
PRECISION_ORDER = {"year": 0, "month": 1, "day": 2}
#: How far apart two dates of one event may be and still be one fact told two ways.
CONTESTED_DAYS = 92
#: The `fuse:` header of the queries with the timeline's columns.
TIMELINE = "timeline"
#: The roles a `fuse:` header may give columns; `date` is required (`end`: a tenure's).
ROLES = ("date", "type", "subject", "counterpart", "end")
#: The column fuse_rows() adds.
CONTESTED = "contested"


@dataclass(frozen=True)
class Source:
    """A document behind an entry: its graph IRI and, when known, the file it was loaded from."""

    document: str
    file: str | None = None

    @property
    def name(self) -> str:
        """How a person reads it: the file's name, or the IRI's last segment."""
        return Path(self.file).name if self.file else self.document.rsplit("/", 1)[-1]

    def as_dict(self) -> dict[str, str | None]:
        return {"document": self.document, "file": self.file}


@dataclass(frozen=True)
class Claim:
    """Another source's date for a contested entry."""

    date: DateInterval
    sources: tuple[Source, ...]

    def __str__(self) -> str:
        return f"{self.date} per {', '.join(s.name for s in self.sources)}"


@dataclass(frozen=True)
class Entry:
    """One line of a timeline: an event, or a tenure's start or end."""

    date: DateInterval | None
    type: str  # the event class (Elected...); tenure class + Start/End (MembershipEnd) or Held
    # (attested on that date, pol:heldFrom), or the bare tenure class for a tenure without dates
    what: str  # the same in words: "Elected", "Membership ended"
    label: str  # the fact's own label: "Jeremy Corbyn expelled from the Labour Party"
    counterpart: str | None = None  # label of the party, office, constituency or person
    counterpart_iri: str | None = None
    tenure: str | None = None  # Membership, Leadership, OfficeHolding, Representation
    start: DateInterval | None = None  # the tenure's start and end, for tenure entries
    end: DateInterval | None = None
    sources: tuple[Source, ...] = ()
    #: For a held tenure (type ...Held): how far its evidence is carried; None: open.
    reach: DateInterval | None = None
    #: The fact nodes (events, tenures) behind the entry: where its evidence hangs.
    facts: tuple[str, ...] = ()
    #: Other claims of the same event that its date excludes, close to it, from other
    #: sources (Expelled 2024-05 here, 2024-06 there): the fact is contested.
    contested: tuple[Claim, ...] = ()
    #: Whom the fact is about, where one list holds many people's (events_between's agent);
    #: None on a timeline, which is one entity's.
    subject: str | None = None
    #: The query row the entry was read from, for fuse_rows() to give back.
    row: dict[str, Node | None] | None = field(default=None, compare=False, repr=False)

    @property
    def undated(self) -> bool:
        return self.date is None

    @property
    def date_text(self) -> str:
        return "undated" if self.date is None else str(self.date)

    def as_dict(self) -> dict:
        """JSON-ready: the date as written (None when undated) and its bounds."""
        return {
            "date": None if self.date is None else str(self.date),
            "precision": None if self.date is None else self.date.precision,
            "earliest": None if self.date is None else self.date.earliest.isoformat(),
            "latest": None if self.date is None else self.date.latest.isoformat(),
            "undated": self.undated,
            "type": self.type,
            "what": self.what,
            "label": self.label,
            "counterpart": self.counterpart,
            "counterpart_iri": self.counterpart_iri,
            "tenure": self.tenure,
            "sources": [s.as_dict() for s in self.sources],
            "facts": list(self.facts),
            "contested": [{"date": str(c.date), "sources": [s.as_dict() for s in c.sources]}
                          for c in self.contested],
        }


def fuse(entries: list[Entry]) -> list[Entry]:
    """One entry per real fact (the rules are in the module's docstring)."""
    groups: dict[tuple, list[Entry]] = {}
    for entry in entries:
        groups.setdefault((entry.type, entry.subject, entry.counterpart_iri), []).append(entry)
    fused = {key: group if key[0] == NAMED else _fuse_group(group)  # NAMED: one per article
             for key, group in groups.items()}
    for key, group in fused.items():
        if group[0].tenure is not None and key[0] == f"{group[0].tenure}Held":
            fused[key] = _fuse_held(group)
    for key, group in fused.items():
        if group[0].tenure is None and key[0] != NAMED:
            fused[key] = _mark_contested(group)
    for (kind, subject, counterpart), group in list(fused.items()):
        if group[0].tenure != kind:  # not an undated tenure
            continue
        starts = [fused[key] for key in ((f"{kind}Start", subject, counterpart),
                                         (f"{kind}Held", subject, counterpart)) if key in fused]
        if len(starts) == 1 and len(starts[0]) == 1:
            starts[0][0] = _with_sources(starts[0][0], group)
            del fused[(kind, subject, counterpart)]
    return [entry for group in fused.values() for entry in group]


def _fuse_group(group: list[Entry]) -> list[Entry]:
    """The entries of one type and counterpart, most precise first, each joined to the one
    kept entry its date contains (or, failing one, the kept entry of the same date)."""
    group = sorted(group, key=lambda e: (e.date is None, -PRECISION_ORDER[e.date.precision]
                                         if e.date else 0, sort_key(e)))
    kept: list[Entry] = []
    for entry in group:
        homes = [i for i, k in enumerate(kept) if k.date is not None
                 and (entry.date is None or entry.date.contains(k.date))
                 # a tenure that surely ended before the kept one began is another
                 and (entry.end is None or entry.end.latest >= k.date.earliest)]
        if len(homes) != 1:  # none, or several it could be: only the same date joins
            homes = [i for i, k in enumerate(kept) if k.date == entry.date]
        if homes:
            kept[homes[0]] = _with_sources(kept[homes[0]], [entry])
        else:
            kept.append(entry)
    return kept


def _mark_contested(group: list[Entry]) -> list[Entry]:
    """Events of one type and counterpart whose dates exclude each other but lie within
    CONTESTED_DAYS, stated by different sources: one fact told two ways, each entry naming
    the other claim (re-elections and the like lie further apart)."""
    marked = []
    for entry in group:
        others = tuple(Claim(o.date, o.sources) for o in group if o is not entry
                       and entry.date is not None and o.date is not None
                       and not (entry.date.contains(o.date) or o.date.contains(entry.date))
                       and _days_apart(entry.date, o.date) <= CONTESTED_DAYS
                       and not set(entry.sources) & set(o.sources))
        marked.append(replace(entry, contested=others) if others else entry)
    return marked


def _days_apart(a: DateInterval, b: DateInterval) -> int:
    return max((b.earliest - a.latest).days, (a.earliest - b.latest).days, 0)


def _fuse_held(group: list[Entry]) -> list[Entry]:
    """Held spans in date order, each joined to the one before when that one's evidence is
    carried up to it (or without limit): one membership sat term after term."""
    kept: list[Entry] = []
    for entry in sorted(group, key=sort_key):
        last = kept[-1] if kept else None
        if last is not None and (last.reach is None or spans_meet(
                [(last.date.earliest, last.reach.latest)], [(entry.date.earliest, None)])):
            reach = None if last.reach is None or entry.reach is None else max(
                last.reach, entry.reach)
            kept[-1] = replace(_with_sources(last, [entry]), reach=reach)
        else:
            kept.append(entry)
    return kept


def _with_sources(entry: Entry, others: list[Entry]) -> Entry:
    sources = entry.sources + tuple(s for other in others for s in other.sources)
    facts = entry.facts + tuple(f for other in others for f in other.facts)
    return replace(entry, sources=tuple(dict.fromkeys(sources)),
                   facts=tuple(dict.fromkeys(facts)))


def sort_key(entry: Entry) -> tuple:
    """Undated last; then by first possible day, coarser first (2024 < 2024-01 < 2024-01-01)."""
    if entry.date is None:
        return (1, date.max, 0, entry.type, entry.counterpart or "")
    return (0, entry.date.earliest, PRECISION_ORDER[entry.date.precision], entry.type,
            entry.counterpart or "")


# -- the rows of the timeline queries ------------------------------------------------------

def timeline_entries(row: dict[str, Node | None],
                     source: Callable[[str], Source] = Source) -> list[Entry]:
    """A timeline query's row as entries: an event's row is one entry; a tenure's gives its
    start, held span and end entries. `source` makes a Source of a document IRI."""
    counterpart = row["counterpart"]
    entry = Entry(
        date=_interval(row["earliest"], row["precision"]),
        type=str(row["type"]),
        what=str(row["what"]),
        label=str(row["label"]),
        counterpart=str(row["counterpartLabel"] or counterpart or "") or None,
        counterpart_iri=str(counterpart) if counterpart is not None else None,
        tenure=str(row["tenure"]) if row["tenure"] is not None else None,
        start=parse_date(row["start"]),
        end=parse_date(row["end"]),
        sources=tuple(source(d) for d in sorted(str(row["sources"] or "").split())),
        facts=tuple(str(row["facts"] or "").split()),
        row=row,
    )
    held = parse_date(row["held"])
    if entry.tenure is None or (entry.start is None and entry.end is None and held is None):
        return [entry]
    edges = []
    if held is not None and entry.start is None:  # attested then; when it began is unknown
        edges.append(replace(entry, date=held, type=f"{entry.tenure}Held",
                             what=f"{entry.what} held", reach=parse_date(row["reach"])))
    if entry.start is not None:
        edges.append(replace(entry, date=entry.date or entry.start, type=f"{entry.tenure}Start",
                             what=f"{entry.what} began"))
    if entry.end is not None:
        edges.append(replace(entry, date=entry.end, type=f"{entry.tenure}End",
                             what=f"{entry.what} ended"))
    return edges


def parse_date(label) -> DateInterval | None:
    """A date label as an interval; None for none, or for one that is not a date."""
    try:
        return DateInterval.parse(str(label)) if label is not None else None
    except DateFormatError:
        return None


def _interval(earliest, precision) -> DateInterval | None:
    """The date from its first day and precision (labels are for reading, bounds for sorting)."""
    if earliest is None:
        return None
    day = earliest.toPython()
    text = {"year": f"{day.year:04d}", "month": f"{day.year:04d}-{day.month:02d}"}.get(
        str(precision), day.isoformat())
    return DateInterval.parse(text)


# -- named queries' rows ------------------------------------------------------------------

def fuse_spec(spec: str, columns: Iterable[str] | None = None) -> dict[str, str] | None:
    """A `fuse:` header's roles and columns (None for `timeline`); QueryDefinitionError if
    it is malformed or names a column the query's `columns` lack."""
    if spec.strip() == TIMELINE:
        return None
    kind, _, rest = spec.strip().partition(" ")
    on_date = kind == ON_DATE
    roles = dict(item.partition("=")[::2] for item in (rest if on_date else spec).split())
    bad = set(roles) != {"subject"} if on_date else (
        "date" not in roles or bool(set(roles) - set(ROLES)))
    if bad or not all(roles.values()):
        raise QueryDefinitionError(f"bad fuse line {spec!r} (expected: {TIMELINE}; "
                                   f"{ON_DATE} subject=COLUMN; or "
                                   f"{' '.join(r + '=COLUMN' for r in ROLES)}, date required)")
    missing = [] if columns is None else sorted(set(roles.values()) - set(columns))
    if missing:
        raise QueryDefinitionError(f"fuse line {spec!r}: the query has no column "
                                   f"{', '.join(missing)}")
    return roles


def fuse_rows(result: QueryResult, spec: str, tenures: TenureReader | None = None
              ) -> QueryResult:
    """A named query's rows with each fact once (its header's `fuse:` line, `spec`), in the
    order of the rows kept, with a `contested` column; `tenures` reads the rest of the
    holders' tenures where the query has a tenures form (on-date only: on_date.py)."""
    roles = fuse_spec(spec, result.vars)
    if spec.split()[0] == ON_DATE:  # tenures on a date: one row per holder
        return on_date_rows(result, roles["subject"], tenures)
    rows = list(result.dicts())
    if roles is None:
        fused = _timeline_rows(fuse([e for row in rows for e in timeline_entries(row)]))
    else:
        fused = [_row(e) for e in fuse([_row_entry(row, roles) for row in rows])]
    order = {id(row): i for i, row in enumerate(rows)}
    fused.sort(key=lambda pair: order[id(pair[0])])
    columns = [*result.vars, CONTESTED]
    return QueryResult("select", vars=columns,
                       rows=[tuple(row.get(c) for c in columns) for _, row in fused])


def _row_entry(row: dict[str, Node | None], roles: dict[str, str]) -> Entry:
    def text(role: str) -> str | None:
        value = row[roles[role]] if role in roles else None
        return None if value is None else str(value)

    return Entry(date=parse_date(row[roles["date"]]), type=text("type") or "", what="",
                 label="", subject=text("subject"), counterpart_iri=text("counterpart"),
                 end=parse_date(text("end")),
                 sources=tuple(Source(d) for d in sorted(str(row["sources"] or "").split())),
                 facts=tuple(str(row.get("facts") or "").split()), row=row)


def _row(entry: Entry, *parts: Entry, **cells: Node | None) -> tuple[dict, dict]:
    """The entry's row (the row its claim was read from: the key to order it by) and that row
    with the sources and facts of the entry and of `parts` (a tenure's end), and `cells`."""
    sources = dict.fromkeys(s.document for e in (entry, *parts) for s in e.sources)
    facts = dict.fromkeys(f for e in (entry, *parts) for f in e.facts)
    claims = [c for e in (entry, *parts) for c in e.contested]
    row = {**entry.row, "sources": Literal(" ".join(sources)), **cells,
           CONTESTED: Literal("; ".join(f"{c.date} per {' '.join(s.document for s in c.sources)}"
                                        for c in claims)) if claims else None}
    if "facts" in entry.row:
        row["facts"] = Literal(" ".join(facts))
    return entry.row, row


def _timeline_rows(entries: list[Entry]) -> list[tuple[dict, dict]]:
    """The fused entries as the timeline queries' rows: an event as it is; a tenure's start,
    held span or undated entry with the end entries of the same facts (an end is read from
    the most precise source; ends that exclude each other are contested); an end no start
    shares a fact with on its own row."""
    ends = [e for e in entries if e.tenure and e.type == f"{e.tenure}End"]
    ends_of: dict[tuple, list[Entry]] = {}  # by tenure and counterpart: a party's hundreds
    for end in ends:
        ends_of.setdefault((end.tenure, end.counterpart_iri), []).append(end)
    rows, attached = [], set()
    for entry in entries:
        if entry.tenure is None:
            rows.append(_row(entry))
            continue
        if entry.type == f"{entry.tenure}End":
            continue
        own = sorted((e for e in ends_of.get((entry.tenure, entry.counterpart_iri), [])
                      if set(e.facts) & set(entry.facts)), key=sort_key)
        attached.update(map(id, own))
        cells: dict[str, Node | None] = {"end": _label(own[0].date) if own else None}
        if entry.type == f"{entry.tenure}Held":
            cells.update(held=_label(entry.date), reach=_label(entry.reach))
        row = _row(entry, *own, **cells)
        if len(own) > 1:  # ends that exclude each other: the first, and the others as claims
            row[1][CONTESTED] = Literal("; ".join(
                f"end {e.date} per {' '.join(s.document for s in e.sources)}" for e in own[1:]))
        rows.append(row)
    rows += [_row(e, end=_label(e.date)) for e in ends if id(e) not in attached]
    return rows


def _label(day: DateInterval | None) -> Literal | None:
    return None if day is None else Literal(str(day))
