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
`start_earliest`, `start_latest`, the same for `end`, `held_from` and
`held_until` for a span a source attests without a start or end; missing
dates are absent), `certain`, `sources` (file names, or document IRIs where a document
has none) and `documents` (document IRIs), and `facts` (the tenure or event
IRIs). The same relation stated by several documents is one edge with all
their sources. Event participation holds from the event's date on.

With `as_of` or a `Period`, only relations that can hold during the period
are kept; those that may or may not (a year-precision end, a missing start, a
membership carried from an election result) are kept with `certain` False. A
relation with no date at all is "sometime": it is in no period.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date

import networkx as nx

from polkg.graph.identity.dates import PRECISIONS, DateInterval
from polkg.graph.store.store import Store
from polkg.ontology import POL
from polkg.ontology.vocab import event_classes, tenure_kinds

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

#: Event participation: the edges an event node has.
AGENT_OF, CONCERNS, IN_ELECTION = "agent of", "concerns", "in election"
#: Two people named in one article (comention.py): no fact, so only on request.
CO_MENTION = "co-mentioned with"

# Facts are read from the named graphs that state them: each graph is a source
# document (its evidence cites the same document). The classes spelt into these
# texts are the ontology's own constants; no user input reaches them.
#
# Entities and date nodes are described again in every document that uses them. In the
# union default graph each copy of a triple counts, so joining k copies of each of n
# patterns makes k^n rows: entities are joined within one graph at a time (k rows), and
# date nodes are read one property per row, without a join, and put together here.
_ENTITIES = f"""
SELECT DISTINCT ?e ?type ?label WHERE {{
  VALUES ?type {{ {" ".join(f"<{c}>" for c in ENTITY_TYPES.values())} }}
  GRAPH ?g {{
    ?e a ?type .
    OPTIONAL {{ ?e rdfs:label ?label }}
  }}
}}"""
_DATES = """
SELECT DISTINCT ?d ?property ?value WHERE {
  VALUES ?property { pol:earliest pol:latest pol:precision }
  ?d ?property ?value .
}"""
_FILES = "SELECT ?doc ?file WHERE { ?doc a pol:SourceDocument ; pol:fileName ?file }"
_TENURES = """
SELECT ?fact ?agent ?target ?start ?end ?heldFrom ?heldUntil ?carried ?role ?doc WHERE {
  GRAPH ?doc {
    ?fact a ?class ; ?agentProperty ?agent ; ?targetProperty ?target .
    OPTIONAL { ?fact pol:start ?start }
    OPTIONAL { ?fact pol:end ?end }
    OPTIONAL { ?fact pol:heldFrom ?heldFrom }
    OPTIONAL { ?fact pol:heldUntil ?heldUntil }
    OPTIONAL { ?fact pol:carriedUntil ?carried }
    OPTIONAL { ?fact pol:role ?role }
  }
}"""
_EVENTS = """
SELECT ?event ?type ?label ?agent ?object ?election ?date ?doc WHERE {
  VALUES ?type { %s }
  GRAPH ?doc {
    ?event a ?type .
    OPTIONAL { ?event rdfs:label ?label }
    OPTIONAL { ?event pol:agent ?agent }
    OPTIONAL { ?event pol:object ?object }
    OPTIONAL { ?event pol:election ?election }
    OPTIONAL { ?event pol:date ?date }
  }
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

    def holds(self, start: DateInterval | None, end: DateInterval | None,
              held: tuple = (None, None, None)) -> bool | None:
        """None when a relation from `start` to `end` cannot overlap the period, or has no
        date at all ("sometime" is in no period); else whether it surely does (False: the
        dates' precision, or a missing start, leaves it open). `held` is a tenure's attested
        span and how far it is carried (pol:heldFrom, heldUntil, carriedUntil), read as
        members_of reads it: listed from heldFrom to carriedUntil, sure within the span."""
        held_from, held_until, carried = held
        if start is None and end is None and held_from is None and held_until is None:
            return None
        first = start or held_from
        last = end or (carried if held_from or held_until else None)
        if self.last and first and first.earliest > self.last:
            return None
        if self.first and last and last.latest < self.first:
            return None
        until = end or held_until
        surely_started = first is not None and (self.last is None or first.latest <= self.last)
        surely_not_ended = until is None or self.first is None or until.earliest >= self.first
        return surely_started and surely_not_ended


#: Told each step of a projection as it is done: (steps done, steps in all, what is next).
Progress = Callable[[int, int, str], None]


def project(store: Store, *, types: Iterable[str] | None = None,
            period: Period | None = None, progress: Progress | None = None) -> nx.MultiDiGraph:
    """The store as a NetworkX MultiDiGraph (see the module's docstring).

    types: the node types to keep (default all of NODE_TYPES); relations to
    other types are dropped. period: keep only relations that can hold during
    it (Period.as_of(date) for one day). progress: told after each bulk query.
    """
    kept = check_types(types)
    kinds = list(tenure_kinds().values())
    step = _stepper(progress, projection_steps())
    with _bulk():
        graph = nx.MultiDiGraph()
        step("entities")
        graph.add_nodes_from((iri, {"iri": iri, "label": label, "type": kind})
                             for iri, (kind, label) in _entities(store).items() if kind in kept)
        step("dates and sources")
        edges = _EdgeCollector(graph, file_names(store), _dates(store))
        for kind in kinds:
            step(kind.edge)
            rows = store.values(_TENURES, {"class": kind.iri, "agentProperty": kind.agent,
                                           "targetProperty": kind.target})
            for fact, agent, target, start, end, *held, role, doc in rows:
                edges.add(agent, target, kind.edge, fact, start, end, doc, role, tuple(held))
        step("events")
        if "event" in kept:
            _add_events(store, graph, edges)
        step("edges")
        edges.flush(period)
        step("done")
    if "event" in kept:
        # An event whose participation falls outside the period goes with its edges.
        graph.remove_nodes_from([n for n, d in graph.nodes(data=True)
                                 if d["type"] == "event" and graph.degree(n) == 0])
    return graph


def projection_steps() -> int:
    """How many steps `project` tells its progress of."""
    return len(tenure_kinds()) + 5


def _stepper(progress: Progress | None, total: int) -> Callable[[str], None]:
    """A function to call at each step: it tells `progress` how many are done."""
    done = -1

    def step(what: str) -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(done, total, what)
    return step


def undirected(graph: nx.MultiDiGraph) -> nx.Graph:
    """A plain undirected graph over the same nodes: one edge per connected pair.

    Paths, centrality and communities walk relations in either direction. It
    carries no attributes: read them from the projection.
    """
    with _bulk():
        simple = nx.Graph()
        simple.add_nodes_from(graph)
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
    record = {"from": graph.nodes[source]["label"], "relation": edge["relation"],
              "to": graph.nodes[target]["label"], "start": edge.get("start"),
              "end": edge.get("end"), "certain": edge["certain"],
              "sources": list(edge["sources"])}
    if "article" in edge:
        record["article"] = edge["article"]
    return record


def relation_in_words(edge: dict) -> str:
    """The relation, and for a co-mention the article's title: 'co-mentioned with, in "..."'."""
    if "article" in edge:
        return f'{edge["relation"]}, in "{edge["article"]}"'
    return edge["relation"]


def dates_in_words(edge: dict) -> str:
    """'1965 to 2024-05', 'from 2020-04-04', 'until 2024', or '' when undated."""
    start, end = edge.get("start"), edge.get("end")
    if edge.get("relation") in (AGENT_OF, CONCERNS, IN_ELECTION, CO_MENTION):
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
    rank = {str(cls): (i, kind) for i, (kind, cls) in enumerate(ENTITY_TYPES.items())}
    kinds: dict[str, tuple[int, str]] = {}
    labels: dict[str, str] = {}
    for iri, cls, label in store.values(_ENTITIES):
        kinds[iri] = min(kinds.get(iri, rank[cls]), rank[cls])
        if label is not None and (iri not in labels or label < labels[iri]):
            labels[iri] = label  # documents may disagree: the same one every time
    return {iri: (kind, labels.get(iri) or _tail(iri)) for iri, (_, kind) in kinds.items()}


def _dates(store: Store) -> dict[str, DateInterval]:
    names = {str(v): k for k, v in PRECISIONS.items()}
    fields: dict[str, dict[str, str]] = {}
    for d, prop, value in store.values(_DATES):
        fields.setdefault(d, {})[prop.rsplit("#", 1)[-1]] = value
    dates = {}
    for d, given in fields.items():
        try:
            first = date.fromisoformat(given["earliest"])
            last = date.fromisoformat(given["latest"])
        except (KeyError, ValueError):
            continue  # a malformed date node: `polkg validate` reports it
        precision = names.get(given.get("precision", ""), "day" if first == last else "year")
        dates[d] = DateInterval(first, last, precision)
    return dates


def file_names(store: Store) -> dict[str, str]:
    return dict(store.values(_FILES))


def _add_events(store: Store, graph: nx.MultiDiGraph, edges: _EdgeCollector) -> None:
    kinds = {str(c.iri): c.label for c in event_classes().values()}
    query = _EVENTS % " ".join(f"<{c}>" for c in kinds)
    for iri, cls, label, agent, obj, election, when, doc in store.values(query):
        if iri not in graph:
            graph.add_node(iri, iri=iri, label=label if label is not None
                           else f"{kinds[cls]} ({_tail(iri)})", type="event",
                           event_type=kinds[cls])
        if agent is not None:
            edges.add(agent, iri, AGENT_OF, iri, when, None, doc)
        if obj is not None:
            edges.add(iri, obj, CONCERNS, iri, when, None, doc)
        if election is not None and election != obj:
            edges.add(iri, election, IN_ELECTION, iri, when, None, doc)


class _EdgeCollector:
    """Gathers relation rows (one per fact and document) into one edge per distinct relation."""

    def __init__(self, graph: nx.MultiDiGraph, files: dict[str, str],
                 dates: dict[str, DateInterval]):
        self.graph, self.files, self.dates = graph, files, dates
        #: (source, target, relation, start IRI, end IRI, role, held IRIs) -> (facts, documents)
        self.pending: dict[tuple, tuple[set, set]] = {}

    def add(self, source: str, target: str, relation: str, fact: str, start: str | None,
            end: str | None, doc: str | None, role: str | None = None,
            held: tuple = (None, None, None)) -> None:
        if source not in self.graph or target not in self.graph:
            return
        key = (source, target, relation, start, end, role, held)
        edge = self.pending.get(key)
        if edge is None:
            edge = self.pending[key] = (set(), set())
        edge[0].add(fact)
        if doc is not None:
            edge[1].add(doc)

    def flush(self, period: Period | None) -> None:
        self.graph.add_edges_from(self._edges(period))
        self.pending.clear()

    def _edges(self, period: Period | None):
        dates, files, described = self.dates, self.files, {}
        for (source, target, relation, start, end, role, held), (facts, docs) in \
                self.pending.items():
            start_date, end_date = dates.get(start), dates.get(end)
            held_dates = tuple(dates.get(d) for d in held)
            certain = True if period is None else period.holds(start_date, end_date, held_dates)
            if certain is None:
                continue
            facts = sorted(facts)
            attrs = {"relation": relation, "certain": certain, "facts": facts,
                     "documents": sorted(docs), "sources": sorted(files.get(d, d) for d in docs)}
            if role:
                attrs["role"] = role
            for name, interval in (("start", start_date), ("end", end_date),
                                   ("held_from", held_dates[0]), ("held_until", held_dates[1])):
                if interval is not None:
                    fields = described.get((name, interval))
                    if fields is None:
                        fields = described[name, interval] = {
                            name: str(interval), f"{name}_precision": interval.precision,
                            f"{name}_earliest": interval.earliest.isoformat(),
                            f"{name}_latest": interval.latest.isoformat()}
                    attrs.update(fields)
            yield source, target, f"{relation}|{facts[0]}", attrs


@contextmanager
def _bulk():
    """Pause the cyclic garbage collector while building: the projection makes many small
    objects and no cycles, and collections triggered by them cost a third of the time."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _tail(iri: str) -> str:
    return iri.rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1]
