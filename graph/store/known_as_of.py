"""The store as the record stood on a date: only the sources published or dated by then.

Every question (named queries, timelines, the network projection) reads the store
through `Store.query` or `Store.values`, so restricting the dataset there, to the
graphs of the documents known by the date, restricts all of them at once: a view
that adds `FROM <g>` and `FROM NAMED <g>` for each such graph to every query.

A document's date is its `pol:publicationDate` (an article); a record without one
(a results file, a term list, hand-written RDF) is dated by the latest date it
states itself (an event's date, a tenure's start, end or the days it was held),
since it cannot have been written before then; the day a loader carries a
membership to (`pol:carriedUntil`) is its reading, not the record's. A document
counts when that date surely falls on or before the day asked about (a document
dated by month counts from the month's last day on); one with no date is left out.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import IO

from rdflib import URIRef
from rdflib.term import Node

from polkg.ontology import ONTOLOGY_IRI

from .bindings import names_dataset
from .remote import NO_GRAPH, with_dataset
from .store import QueryResult, Store, StoreError

_PUBLISHED = """
SELECT ?doc (MAX(?day) AS ?last) WHERE {
  GRAPH ?doc { ?doc a pol:SourceDocument ; pol:publicationDate/pol:latest ?day }
} GROUP BY ?doc"""
_STATED = """
SELECT ?doc (MAX(?day) AS ?last) WHERE {
  GRAPH ?doc { ?doc a pol:SourceDocument . ?fact ?p ?d . ?d pol:latest ?day
               FILTER (?p NOT IN (pol:carriedUntil, pol:publicationDate)) }
} GROUP BY ?doc"""
#: A server whose default graph is always the union (Oxigraph's `serve --union-default-graph`
#: overrides a query's FROM) cannot be narrowed to some graphs.
IGNORES_FROM = ("{location} ignores a query's FROM (it serves the union of all graphs as the "
                "default graph: Oxigraph's --union-default-graph), so it cannot answer from "
                "the sources known on a date; serve the store without that option")
_BROUGHT = "SELECT ?doc ?g WHERE { GRAPH ?doc { ?doc pol:namedGraph ?g } }"


def document_dates(store: Store) -> dict[URIRef, date]:
    """Each dated document's date: its publication, else the latest date it states."""
    dates = {doc: date.fromisoformat(str(day)) for doc, day in store.query(_STATED).rows}
    dates.update({doc: date.fromisoformat(str(day)) for doc, day in store.query(_PUBLISHED).rows})
    return dates


def known_as_of(store: Store, day: date) -> KnownAsOf:
    """A read-only view of `store` holding only the documents dated on or before `day`."""
    known = {doc for doc, when in document_dates(store).items() if when <= day}
    brought = {g for doc, g in store.query(_BROUGHT).rows if doc in known}
    return KnownAsOf(store, known | brought | {ONTOLOGY_IRI}, day)


class KnownAsOf(Store):
    """A store's view restricted to some of its graphs; queries only."""

    read_only_view = True

    def __init__(self, store: Store, graphs: set[URIRef], day: date):
        if store.query(f"ASK FROM <{NO_GRAPH}> WHERE {{ ?s ?p ?o }}").boolean:
            raise StoreError(IGNORES_FROM.format(location=store.location))
        self.inner = store
        self.lateral = store.lateral
        self.graphs = sorted(str(g) for g in graphs)
        self.location = f"{store.location} as known on {day.isoformat()}"

    def query(self, sparql: str, bindings: Mapping[str, Node] | None = None) -> QueryResult:
        return self.inner.query(self._within(sparql), bindings)

    def values(self, sparql: str,
               bindings: Mapping[str, Node] | None = None) -> list[tuple[str | None, ...]]:
        return self.inner.values(self._within(sparql), bindings)

    def _within(self, sparql: str) -> str:
        if names_dataset(sparql):
            raise StoreError("a query that names its own graphs (FROM, FROM NAMED) cannot be "
                             "restricted to the sources known on a date")
        return with_dataset(sparql, self.graphs)

    def has_graph(self, graph: URIRef) -> bool:
        return str(graph) in self.graphs

    def date_indexed(self) -> bool:
        return self.inner.date_indexed()  # the keys are in the document graphs it reads

    def __len__(self) -> int:
        return int(self.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
                   .rows[0][0])

    def write_document(self, graph, quads, *, payload=None, other_graphs=()) -> int:
        raise StoreError(f"{self.location} is read-only")

    def drop_graph(self, graph: URIRef) -> None:
        raise StoreError(f"{self.location} is read-only")

    def dump(self, out: IO[bytes], fmt: str) -> None:
        raise StoreError(f"{self.location} is read-only: export the whole store")
