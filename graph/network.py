"""The NetworkX projection: who is connected to what, when, and on whose word.

`project(store)` reads the store with a handful of bulk SPARQL queries (the
entities, the date nodes, the document file names, one per tenure kind, one
for events) and returns a `networkx.MultiDiGraph`:

- nodes are entities and events, keyed by IRI, with attributes `iri`,
  `label` and `type` (person, party, organization, constituency, office,
  election, event; events also carry `event_type`, e.g. "Expelled");
- edges come from tenures (person -> organisation/office/constituency:
  "member of", "leader of", "holds", "represents") and from event
  participation, kept as a node: agent -> event ("agent of"), event ->
  object ("concerns"), event -> election ("in election").

Each edge carries `relation`, its dates (`start`, `start_precision`,
`start_earliest`, `start_latest`, the same for `end`; missing dates are
absent), `certain`, `sources` (file names, or document IRIs where a document
has none) and `documents` (document IRIs), and `facts` (the tenure or event
IRIs). The same relation stated by several documents is one edge with all
their sources. Event participation holds from the event's date on.

With `as_of` or a `Period`, only relations that can hold during the period
are kept; those that may or may not (a year-precision end, a missing start)
are kept with `certain` False.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import cache

import networkx as nx
import pyoxigraph as ox
from rdflib import URIRef
from rdflib.namespace import RDFS

from polkg.ontology import POL, ontology_path

from .dates import PRECISIONS, DateInterval
from .store import Store

#: Node types, from the most specific: an entity typed both Party and Organization is a party.
ENTITY_TYPES = {
    "person": POL.Person,
    "party": POL.Party,
    "organization": POL.Organization,
    "constituency": POL.Constituency,
    "office": POL.Office,
    "election": POL.Election,
}
NODE_TYPES = (*ENTITY_TYPES, "event")

#: Tenure kind -> (class, agent property, target property, relation name).
TENURES = {
    "membership": (POL.Membership, POL.member, POL.organization, "member of"),
    "leadership": (POL.Leadership, POL.leader, POL.organization, "leader of"),
    "office holding": (POL.OfficeHolding, POL.holder, POL.office, "holds"),
    "representation": (POL.Representation, POL.representative, POL.constituency, "represents"),
}
#: Event participation: the edges an event node has.
AGENT_OF, CONCERNS, IN_ELECTION = "agent of", "concerns", "in election"

# The classes are the ontology's own constants (no user input reaches these texts).
_ENTITIES = f"""
SELECT ?e ?type ?label WHERE {{
  VALUES ?type {{ {" ".join(f"<{c}>" for c in ENTITY_TYPES.values())} }}
  ?e a ?type .
  OPTIONAL {{ ?e rdfs:label ?label }}
}}"""
_DATES = """
SELECT ?d ?earliest ?latest ?precision WHERE {
  ?d a pol:DateInterval ; pol:earliest ?earliest ; pol:latest ?latest .
  OPTIONAL { ?d pol:precision ?precision }
}"""
_FILES = "SELECT ?doc ?file WHERE { ?doc a pol:SourceDocument ; pol:fileName ?file }"
# A fact's documents: the graphs that state it, and the documents its evidence cites.
_TENURES = """
SELECT ?fact ?agent ?target ?start ?end ?role ?doc WHERE {
  ?fact a ?class ; ?agentProperty ?agent ; ?targetProperty ?target .
  OPTIONAL { ?fact pol:start ?start }
  OPTIONAL { ?fact pol:end ?end }
  OPTIONAL { ?fact pol:role ?role }
  OPTIONAL { { GRAPH ?doc { ?fact a ?class } }
             UNION { ?fact pol:evidence/pol:sourceDocument ?doc } }
}"""
_EVENTS = """
SELECT ?event ?type ?label ?agent ?object ?election ?date ?doc WHERE {
  VALUES ?type { %s }
  ?event a ?type .
  OPTIONAL { ?event rdfs:label ?label }
  OPTIONAL { ?event pol:agent ?agent }
  OPTIONAL { ?event pol:object ?object }
  OPTIONAL { ?event pol:election ?election }
  OPTIONAL { ?event pol:date ?date }
  OPTIONAL { { GRAPH ?doc { ?event a ?type } }
             UNION { ?event pol:evidence/pol:sourceDocument ?doc } }
}"""


@dataclass(frozen=True)
class Period:
    """The days a projection looks at: relations that can hold on any of them are kept.

    `Period.as_of("2019-06-01")` is one day; a coarser date is all its days
    ("2019" is the whole year). Either bound may be open (None).
    """

    first: date | None = None
    last: date | None = None

    @classmethod
    def as_of(cls, when: str | DateInterval) -> Period:
        interval = DateInterval.parse(when) if isinstance(when, str) else when
        return cls(interval.earliest, interval.latest)

    @classmethod
    def between(cls, start: str | None, end: str | None) -> Period:
        first = DateInterval.parse(start).earliest if start else None
        last = DateInterval.parse(end).latest if end else None
        if first and last and last < first:
            raise ValueError(f"the period ends ({end}) before it starts ({start})")
        return cls(first, last)

    def holds(self, start: DateInterval | None, end: DateInterval | None) -> bool | None:
        """None when a relation from `start` to `end` cannot overlap the period; else whether
        it surely does (False: the dates' precision, or a missing start, leaves it open)."""
        if self.last and start and start.earliest > self.last:
            return None
        if self.first and end and end.latest < self.first:
            return None
        surely_started = start is not None and (self.last is None or start.latest <= self.last)
        surely_not_ended = end is None or self.first is None or end.earliest >= self.first
        return surely_started and surely_not_ended


def project(store: Store, *, types: Iterable[str] | None = None,
            period: Period | None = None) -> nx.MultiDiGraph:
    """The store as a NetworkX MultiDiGraph (see the module's docstring).

    types: the node types to keep (default all of NODE_TYPES); relations to
    other types are dropped. period: keep only relations that can hold during
    it (Period.as_of(date) for one day).
    """
    kept = check_types(types)
    graph = nx.MultiDiGraph()
    for iri, (kind, label) in _entities(store).items():
        if kind in kept:
            graph.add_node(iri, iri=iri, label=label, type=kind)
    dates = _dates(store)
    files = _file_names(store)
    edges = _EdgeCollector(graph, files)
    for relation_class, agent_p, target_p, relation in TENURES.values():
        rows = store.query(_TENURES, {"class": relation_class, "agentProperty": agent_p,
                                      "targetProperty": target_p}).rows
        for fact, agent, target, start, end, role, doc in rows:
            edges.add(str(agent), str(target), relation, str(fact), dates.get(start),
                      dates.get(end), doc, role=str(role) if role is not None else None)
    if "event" in kept:
        _add_events(store, graph, edges, dates)
    edges.flush(period)
    if "event" in kept:
        # An event whose participation falls outside the period goes with its edges.
        graph.remove_nodes_from([n for n, d in graph.nodes(data=True)
                                 if d["type"] == "event" and graph.degree(n) == 0])
    return graph


def undirected(graph: nx.MultiDiGraph) -> nx.Graph:
    """A plain undirected graph over the same nodes: one edge per connected pair.

    Paths, centrality and communities walk relations in either direction.
    """
    simple = nx.Graph()
    simple.add_nodes_from(graph.nodes(data=True))
    simple.add_edges_from(graph.edges())
    return simple


class NotInNetwork(ValueError):
    """An entity that exists but has no place in the projection asked for."""


def require(graph: nx.MultiDiGraph, node: str) -> str:
    """`node` (an IRI, as a string or URIRef) as the projection's key; NotInNetwork if absent."""
    node = str(node)
    if node not in graph:
        raise NotInNetwork(f"{node} is not a node of this network: it is not a person, party, "
                           "organization, constituency, office, election or event, or its type "
                           "was left out")
    return node


def relation_record(graph: nx.MultiDiGraph, source: str, target: str, edge: dict) -> dict:
    """An edge as plain data, its ends by label: what tables and JSON output show."""
    return {"from": graph.nodes[source]["label"], "relation": edge["relation"],
            "to": graph.nodes[target]["label"], "start": edge.get("start"),
            "end": edge.get("end"), "certain": edge["certain"], "sources": list(edge["sources"])}


def dates_in_words(edge: dict) -> str:
    """'1965 to 2024-05', 'from 2020-04-04', 'until 2024', or '' when undated."""
    start, end = edge.get("start"), edge.get("end")
    if edge.get("relation") in (AGENT_OF, CONCERNS, IN_ELECTION):
        return start or ""
    if start and end:
        return f"{start} to {end}"
    if start:
        return f"from {start}"
    return f"until {end}" if end else ""


def check_types(types: Iterable[str] | None) -> set[str]:
    """The node types named (all when None); an unknown one raises ValueError."""
    if types is None:
        return set(NODE_TYPES)
    kept = {t.strip().lower() for t in types if t.strip()}
    unknown = sorted(kept - set(NODE_TYPES))
    if unknown:
        raise ValueError(f"unknown node type {', '.join(unknown)} "
                         f"(choose from {', '.join(NODE_TYPES)})")
    return kept


def _entities(store: Store) -> dict[str, tuple[str, str]]:
    """IRI -> (node type, label), each entity once at its most specific type."""
    order = list(ENTITY_TYPES)
    by_class = {cls: kind for kind, cls in ENTITY_TYPES.items()}
    found: dict[str, tuple[str, str]] = {}
    for e, cls, label in store.query(_ENTITIES).rows:
        iri, kind = str(e), by_class[cls]
        seen = found.get(iri)
        if seen is None or order.index(kind) < order.index(seen[0]):
            found[iri] = (kind, str(label) if label is not None else _tail(iri))
    return found


def _dates(store: Store) -> dict[URIRef, DateInterval]:
    names = {v: k for k, v in PRECISIONS.items()}
    dates = {}
    for d, earliest, latest, precision in store.query(_DATES).rows:
        first, last = earliest.toPython(), latest.toPython()
        if not isinstance(first, date) or not isinstance(last, date):
            continue  # a malformed date node: `polkg validate` reports it
        dates[d] = DateInterval(first, last, names.get(precision, "day" if first == last
                                                       else "year"))
    return dates


def _file_names(store: Store) -> dict[URIRef, str]:
    return {doc: str(name) for doc, name in store.query(_FILES).rows}


def _add_events(store: Store, graph: nx.MultiDiGraph, edges: _EdgeCollector,
                dates: dict[URIRef, DateInterval]) -> None:
    kinds = _event_classes()
    query = _EVENTS % " ".join(f"<{c}>" for c in kinds)
    for event, cls, label, agent, obj, election, when, doc in store.query(query).rows:
        iri = str(event)
        if iri not in graph:
            graph.add_node(iri, iri=iri, label=str(label) if label is not None
                           else f"{kinds[cls]} ({_tail(iri)})", type="event",
                           event_type=kinds[cls])
        interval = dates.get(when)
        if agent is not None:
            edges.add(str(agent), iri, AGENT_OF, iri, interval, None, doc)
        if obj is not None:
            edges.add(iri, str(obj), CONCERNS, iri, interval, None, doc)
        if election is not None and election != obj:
            edges.add(iri, str(election), IN_ELECTION, iri, interval, None, doc)


@cache
def _event_classes() -> dict[URIRef, str]:
    """pol:Event's subclasses and their labels, read from the ontology file."""
    subclass, label = ox.NamedNode(str(RDFS.subClassOf)), ox.NamedNode(str(RDFS.label))
    event = ox.NamedNode(str(POL.Event))
    triples = list(ox.parse(path=str(ontology_path()), format=ox.RdfFormat.TURTLE))
    classes = {t.subject for t in triples if t.predicate == subclass and t.object == event}
    labels = {t.subject: t.object.value for t in triples if t.predicate == label}
    return {URIRef(c.value): labels.get(c, _tail(c.value)) for c in sorted(classes, key=str)}


class _EdgeCollector:
    """Gathers relation rows (one per fact and document) into one edge per distinct relation."""

    def __init__(self, graph: nx.MultiDiGraph, files: dict[URIRef, str]):
        self.graph, self.files = graph, files
        self.pending: dict[tuple, dict] = {}

    def add(self, source: str, target: str, relation: str, fact: str,
            start: DateInterval | None, end: DateInterval | None, doc: URIRef | None,
            role: str | None = None) -> None:
        if source not in self.graph or target not in self.graph:
            return
        key = (source, target, relation, start, end, role)
        edge = self.pending.get(key)
        if edge is None:
            edge = self.pending[key] = {"facts": set(), "documents": set(),
                                        "interval": (start, end), "role": role}
        edge["facts"].add(fact)
        if doc is not None:
            edge["documents"].add(doc)

    def flush(self, period: Period | None) -> None:
        for (source, target, relation, *_), edge in self.pending.items():
            start, end = edge["interval"]
            certain = True if period is None else period.holds(start, end)
            if certain is None:
                continue
            facts = sorted(edge["facts"])
            attrs = {"relation": relation, "certain": certain, "facts": facts,
                     "documents": sorted(map(str, edge["documents"])),
                     "sources": sorted(self.files.get(d, str(d)) for d in edge["documents"])}
            if edge["role"]:
                attrs["role"] = edge["role"]
            for name, interval in (("start", start), ("end", end)):
                if interval is not None:
                    attrs.update({name: str(interval), f"{name}_precision": interval.precision,
                                  f"{name}_earliest": interval.earliest.isoformat(),
                                  f"{name}_latest": interval.latest.isoformat()})
            self.graph.add_edge(source, target, key=f"{relation}|{facts[0]}", **attrs)
        self.pending.clear()


def _tail(iri: str) -> str:
    return iri.rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1]
