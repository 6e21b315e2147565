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

Facts of one type and counterpart whose dates nest are one entry (fuse(), in
graph/network/fusion.py, which fuses the rows of the named queries too): "Expelled 2024" from
one article and "Expelled 2024-05" from another are one entry at 2024-05 with both sources;
an undated claim joins the one dated entry it can be, never replaces it; close dates that
exclude each other, from different sources, are two entries marked contested.

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
from dataclasses import dataclass, field
from datetime import date

from rdflib import URIRef

from polkg.graph.identity.dates import DateFormatError, DateInterval
from polkg.graph.identity.resolve import UnknownClass, resolve, resolve_class
from polkg.graph.store.store import Store
from polkg.ontology.vocab import event_classes, tenure_kinds
from polkg.queries import ParameterError, named_queries

from .fusion import NAMED, Entry, Source, fuse, parse_date, sort_key, timeline_entries

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
    entries = fuse([entry for row in result.dicts() for entry in timeline_entries(
        row, lambda document: _source(store, document, files))])
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
        named.append(Entry(date=parse_date(row["published"]), type=NAMED, what=NAMED,
                           label=f"named in {title}", sources=(source,)))
    return named
