"""Timelines: what happened to a person, a party or a constituency, in date order, with sources.

    kg = KnowledgeGraph("polkg-data")
    for entry in kg.timeline("Jeremy Corbyn").entries:
        print(entry.date_text, entry.what, entry.counterpart, [s.name for s in entry.sources])

A timeline is one of three named queries, chosen by the entity's class
(person_timeline, party_timeline, constituency_history), read into Entry objects.
Each entry is an event, or the start or end of a tenure (membership, leadership,
office, seat), or the first day a source attests a tenure whose start it does not give
("Membership held": a results file's polling day), with its date at the precision
the sources gave (2020, 2024-05, 2024-07-05), the counterpart (the party, office or
constituency; for a party or a constituency, the person), and the documents that
state it (a fact stated by two documents is one entry with two sources).

Facts of one type and counterpart whose dates nest are one entry (fuse()): "Expelled
2024" from one article and "Expelled 2024-05" from another are one entry at 2024-05 with
both sources; an undated claim joins the one dated entry it can be, never replaces it.
Dates that exclude each other stay two entries; when they lie within three months and
come from different sources ("Expelled 2024-05" here, "2024-06" there), each is marked
contested, naming the other claim and its sources (`polkg query conflicts` lists them
across the store).

Order: by the first day a date can mean; when two dates begin on the same day,
the coarser comes first (2024 before 2024-01 before 2024-01-01), because it may
well be earlier; then by type and counterpart. Undated facts come last and are
marked undated. What is kept is chosen once, by select(), for every caller: with a
range (`start`/`end`) an entry is kept when its date may fall within it (undated entries
cannot be placed in a range and are left out); `types` keeps the entries of the named
event or tenure classes (as `-p type=` names them: Elected, "became leader", Membership;
Event and Tenure mean all of theirs; Named, the mentions); `limit` keeps the first so many.

A person also has one "Named" entry per article that names them (pol:mentions) but
states none of the facts above about them: "named in <headline>", dated by the article's
publication date (undated for an undated article).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from rdflib import URIRef

from polkg.graph.identity.dates import DateFormatError, DateInterval, spans_meet
from polkg.graph.identity.resolve import UnknownClass, resolve, resolve_class
from polkg.graph.store.store import Store
from polkg.ontology.vocab import event_classes, tenure_kinds
from polkg.queries import ParameterError, named_queries

#: The named query that draws each kind of entity's timeline, and its parameter.
TIMELINE_QUERIES = {
    "Person": ("person_timeline", "person"),
    "Party": ("party_timeline", "party"),
    "Constituency": ("constituency_history", "constituency"),
}

_CLASSES = """
SELECT ?label ?type WHERE { ?entity a ?type ; rdfs:label ?label . }"""
_FILE_NAME = "SELECT ?name WHERE { ?document pol:fileName ?name }"
#: The documents naming an entity, with their headline and publication date, each from its
#: own graph (the date node's label is restated by every document using it).
_NAMED_IN = """
SELECT ?document ?title ?published WHERE {
  GRAPH ?document {
    ?document pol:mentions ?entity .
    OPTIONAL { ?document dcterms:title ?title }
    OPTIONAL { ?document pol:publicationDate/rdfs:label ?published }
  }
}"""
NAMED = "Named"


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


@dataclass(frozen=True)
class Period:
    """A tenure as a span, for drawing: from its start to its end, either may be unknown."""

    tenure: str
    counterpart: str
    label: str
    start: DateInterval | None
    end: DateInterval | None


@dataclass
class Timeline:
    entity: URIRef
    label: str
    kind: str  # Person, Party or Constituency
    entries: list[Entry] = field(default_factory=list)
    #: The range asked for, if any (first and last day).
    window: tuple[date, date] | None = None
    #: How many entries were selected before `limit` cut them (None: not cut).
    total: int | None = None

    #: Columns of the textual timeline.
    COLUMNS = ("date", "what", "counterpart", "label", "sources")

    def rows(self) -> list[tuple[str, ...]]:
        return [(e.date_text, e.what + "".join(f" (contested: {c})" for c in e.contested),
                 e.counterpart or "", e.label, ", ".join(s.name for s in e.sources))
                for e in self.entries]

    def periods(self) -> list[Period]:
        """Each distinct tenure once (from its start or end entry, or its undated entry); a
        held span (a term file's member) from the day it is attested to as far as its
        evidence is carried."""
        seen: dict[tuple, Period] = {}
        for e in self.entries:
            if e.tenure and e.type.endswith("Held") and e.date is not None:
                start, end = e.date, e.reach
            elif e.tenure and (e.start or e.end):
                start, end = e.start, e.end
            else:
                continue
            key = (e.tenure, e.counterpart_iri, start, end)
            seen.setdefault(key, Period(e.tenure, e.counterpart or "", e.label, start, end))
        return list(seen.values())


def timeline(store: Store, entity: str, *, start: str | None = None, end: str | None = None,
             types: Iterable[str] = (), limit: int | None = None) -> Timeline:
    """The timeline of a person, party or constituency, named by label, alias or IRI.

    start and end (YYYY, YYYY-MM or YYYY-MM-DD) keep the entries whose date may
    fall between the first day of start and the last day of end; types, the entries
    of those event or tenure classes; limit, the first so many (see select()).
    """
    window = _window(start, end)
    kinds = entry_kinds(types)
    iri = resolve(store, entity)
    label, kind = _describe(store, iri, entity)
    query, param = TIMELINE_QUERIES[kind]
    result = store.query(named_queries()[query].text, {param: iri})
    files: dict[str, str | None] = {}
    entries = fuse([entry for row in result.dicts() for entry in _entries(store, row, files)])
    if kind == "Person":
        entries += _named_in(store, iri, entries, files)
    entries.sort(key=sort_key)
    kept, found = select(entries, window=window, kinds=kinds, limit=limit)
    return Timeline(iri, label, kind, kept, window, found if len(kept) < found else None)


def select(entries: list[Entry], *, window: tuple[date, date] | None = None,
           kinds: frozenset[str] | None = None,
           limit: int | None = None) -> tuple[list[Entry], int]:
    """The first `limit` entries (None: all) whose date may fall in `window` (undated ones
    never do) and whose type (an event's class, a tenure's kind, Named) is among `kinds`
    (None: any); and how many there were before the limit."""
    kept = [e for e in entries
            if (window is None or (e.date is not None and e.date.earliest <= window[1]
                                   and e.date.latest >= window[0]))
            and (kinds is None or (e.tenure or e.type) in kinds)]
    return kept[:limit], len(kept)


def entry_kinds(names: Iterable[str]) -> frozenset[str] | None:
    """Class names as --type and `-p type=` take them, as the kinds select() keeps: an event
    class (Elected, "became leader"), a tenure kind (Membership), Event or Tenure for all of
    theirs, Named for mentions. No names: None, every kind."""
    kinds: set[str] = set()
    for name in names:
        if "".join(name.lower().split()) == NAMED.lower():
            kinds.add(NAMED)
            continue
        local = _class_name(name)
        if local == "Event":
            kinds.update(event_classes())
        elif local == "Tenure":
            kinds.update(k.name for k in tenure_kinds().values())
        else:
            kinds.add(local)
    return frozenset(kinds) if kinds else None


def _class_name(name: str) -> str:
    """The local name of the event class or tenure kind `name` means."""
    errors = []
    for base in ("Event", "Tenure"):
        try:
            return str(resolve_class(name, base)).rpartition("#")[2]
        except UnknownClass as exc:
            errors.append(str(exc))
    raise ParameterError(f"--type: {'; '.join(errors)}; nor is it Named")


PRECISION_ORDER = {"year": 0, "month": 1, "day": 2}
#: How far apart two dates of one event may be and still be one fact told two ways.
CONTESTED_DAYS = 92


def fuse(entries: list[Entry]) -> list[Entry]:
    """One entry per real fact. Entries of one type and counterpart whose dates nest ("2024"
    and "2024-05") are one, at the most precise date, with every source. A coarser or undated
    entry joins the one more precise entry it can be, and stays apart where it could be
    several (an undated "elected" beside ten dated elections) or none; dates that exclude
    each other (2024-05, 2024-06) stay two entries. An undated tenure joins the start of the
    one dated tenure of its kind and counterpart. Held spans of one membership that follow
    on (term after term, then an election result) are one entry at the first."""
    groups: dict[tuple, list[Entry]] = {}
    for entry in entries:
        groups.setdefault((entry.type, entry.counterpart_iri), []).append(entry)
    fused = {key: group if key[0] == NAMED else _fuse_group(group)  # NAMED: one per article
             for key, group in groups.items()}
    for key, group in fused.items():
        if key[0].endswith("Held"):
            fused[key] = _fuse_held(group)
    for key, group in fused.items():
        if group[0].tenure is None and key[0] != NAMED:
            fused[key] = _mark_contested(group)
    for (kind, counterpart), group in list(fused.items()):
        if group[0].tenure != kind:  # not an undated tenure
            continue
        dated = [k for k in (f"{kind}Start", f"{kind}Held") if (k, counterpart) in fused]
        starts = [fused[(k, counterpart)] for k in dated]
        if len(starts) == 1 and len(starts[0]) == 1:
            starts[0][0] = _with_sources(starts[0][0], group)
            del fused[(kind, counterpart)]
    return [entry for group in fused.values() for entry in group]


def _fuse_group(group: list[Entry]) -> list[Entry]:
    """The entries of one type and counterpart, most precise first, each joined to the one
    kept entry its date contains (or, failing one, the kept entry of the same date)."""
    group = sorted(group, key=lambda e: (e.date is None, -PRECISION_ORDER[e.date.precision]
                                         if e.date else 0, sort_key(e)))
    kept: list[Entry] = []
    for entry in group:
        homes = [i for i, k in enumerate(kept) if k.date is not None
                 and (entry.date is None or entry.date.contains(k.date))]
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


def _window(start: str | None, end: str | None) -> tuple[date, date] | None:
    if start is None and end is None:
        return None
    try:
        first = DateInterval.parse(start).earliest if start else date.min
        last = DateInterval.parse(end).latest if end else date.max
    except DateFormatError as exc:
        raise ParameterError(f"--from/--to: {exc}") from None
    if first > last:
        raise ParameterError(f"--from {start} is after --to {end}")
    return first, last


def _describe(store: Store, iri: URIRef, asked: str) -> tuple[str, str]:
    """The entity's label and which of Person, Party, Constituency it is."""
    rows = store.query(_CLASSES, {"entity": iri}).rows
    kinds = {str(t).rsplit("#", 1)[-1] for _, t in rows}
    for kind in TIMELINE_QUERIES:
        if kind in kinds:
            return str(next(label for label, _ in rows)), kind
    what = ", ".join(sorted(k for k in kinds if k)) or "not an entity in the graph"
    raise ParameterError(f"{asked!r} is {what}: timelines are drawn for persons, parties "
                         "and constituencies")


def _interval(earliest, precision) -> DateInterval | None:
    """The date from its first day and precision (labels are for reading, bounds for sorting)."""
    if earliest is None:
        return None
    day = earliest.toPython()
    text = {"year": f"{day.year:04d}", "month": f"{day.year:04d}-{day.month:02d}"}.get(
        str(precision), day.isoformat())
    return DateInterval.parse(text)


def _parse(label) -> DateInterval | None:
    try:
        return DateInterval.parse(str(label)) if label is not None else None
    except DateFormatError:
        return None


def _source(store: Store, document: str, files: dict[str, str | None]) -> Source:
    if document not in files:
        names = store.query(_FILE_NAME, {"document": URIRef(document)}).rows
        files[document] = str(names[0][0]) if names else None
    return Source(document, files[document])


def _named_in(store: Store, person: URIRef, facts: list[Entry],
              files: dict[str, str | None]) -> list[Entry]:
    """A "named in <headline>" entry per document naming the person that none of the fact
    entries cites: a mention adds nothing where the document's facts already show."""
    cited = {s.document for e in facts for s in e.sources}
    named = []
    for row in store.query(_NAMED_IN, {"entity": person}).dicts():
        document = str(row["document"])
        if document in cited:
            continue
        cited.add(document)
        source = _source(store, document, files)
        title = str(row["title"] or "") or source.name
        named.append(Entry(date=_parse(row["published"]), type=NAMED, what=NAMED,
                           label=f"named in {title}", sources=(source,)))
    return named


def _entries(store: Store, row: dict, files: dict[str, str | None]) -> list[Entry]:
    """An event's row is one entry; a tenure's row gives its start and its end entries."""
    sources = [_source(store, document, files)
               for document in sorted(str(row["sources"] or "").split())]
    counterpart = row["counterpart"]
    entry = Entry(
        date=_interval(row["earliest"], row["precision"]),
        type=str(row["type"]),
        what=str(row["what"]),
        label=str(row["label"]),
        counterpart=str(row["counterpartLabel"] or counterpart or "") or None,
        counterpart_iri=str(counterpart) if counterpart is not None else None,
        tenure=str(row["tenure"]) if row["tenure"] is not None else None,
        start=_parse(row["start"]),
        end=_parse(row["end"]),
        sources=tuple(sources),
        facts=tuple(str(row["facts"] or "").split()),
    )
    held = _parse(row["held"])
    if entry.tenure is None or (entry.start is None and entry.end is None and held is None):
        return [entry]
    edges = []
    if held is not None and entry.start is None:  # attested then; when it began is unknown
        edges.append(replace(entry, date=held, type=f"{entry.tenure}Held",
                             what=f"{entry.what} held", reach=_parse(row["reach"])))
    if entry.start is not None:
        edges.append(replace(entry, date=entry.date or entry.start, type=f"{entry.tenure}Start",
                             what=f"{entry.what} began"))
    if entry.end is not None:
        edges.append(replace(entry, date=entry.end, type=f"{entry.tenure}End",
                             what=f"{entry.what} ended"))
    return edges
