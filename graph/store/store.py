"""The store: one interface over the embedded on-disk store, memory, and remote SPARQL servers.

The engine underneath the local stores is Oxigraph (pyoxigraph), picked by
measurement (docs/BENCHMARKS.md): in memory and on disk it loads and answers
date-filtered queries one to two orders of magnitude faster than rdflib's own
store. rdflib remains the toolkit for terms, per-document graphs and SHACL.

Every store holds one named graph per source document; queries see the union
of all graphs as their default graph.
"""

from __future__ import annotations

import abc
import os
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, TypeVar

import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Node

from polkg.ontology import POL, PREFIXES

from .bindings import names_dataset, with_values
from .date_index import (
    INDEX_GRAPH,
    READ,
    STALE,
    VERSION,
    date_keys,
    drop_keys,
    index_statement,
    with_date_keys,
)
from .formats import RDF_FORMATS
from .payload import RdfPayload
from .syntax import explain
from .terms import from_ox, to_ox

T = TypeVar("T")

#: A quad as rdflib terms, or a pyoxigraph Quad (RDF files skip the conversion).
Quad = tuple[Node, Node, Node, URIRef] | ox.Quad


class StoreError(Exception):
    """The store could not be opened, read or written."""


class NoStore(StoreError):
    """A store was to be read where there is none (nothing is created)."""


class StoreInUse(StoreError):
    """Another process (a server, a load) holds the on-disk store, so this one cannot write it."""


class QuerySyntaxError(StoreError):
    """The SPARQL text does not parse."""


@dataclass
class QueryResult:
    """What a query returned, in rdflib terms.

    kind is "select" (vars and rows), "ask" (boolean) or "graph" (triples).
    """

    kind: str
    vars: list[str] = field(default_factory=list)
    rows: list[tuple[Node | None, ...]] = field(default_factory=list)
    boolean: bool | None = None
    triples: list[tuple[Node, Node, Node]] = field(default_factory=list)

    def dicts(self) -> Iterator[dict[str, Node | None]]:
        """Each row as a {variable: term} dict."""
        for row in self.rows:
            yield dict(zip(self.vars, row))

    def graph(self) -> Graph:
        """CONSTRUCT/DESCRIBE triples as an rdflib Graph with the project's prefixes."""
        g = Graph()
        for prefix, iri in PREFIXES.items():
            g.bind(prefix, iri)
        for triple in self.triples:
            g.add(triple)
        return g

    def serialize(self, fmt: str) -> bytes:
        """CONSTRUCT/DESCRIBE triples in an RDF format (a name of formats.RDF_FORMATS), with
        the project's prefixes, written by the engine's serializer as `polkg export` is."""
        triples = [ox.Triple(*map(to_ox, t)) for t in self.triples]
        return ox.serialize(triples, format=RDF_FORMATS[fmt].native, prefixes=PREFIXES)


class Store(abc.ABC):
    """What every backend offers. Writes are per document and atomic."""

    #: Shown in messages: a path, ":memory:", or a URL.
    location: str
    #: True for a read-only view of a store another process writes: queries only, no recovery.
    read_only_view = False
    #: True when the engine evaluates `LATERAL { }` (SPARQL SEP-0006): the named queries then
    #: read their `# lateral` lines (polkg.queries).
    lateral = False

    @abc.abstractmethod
    def query(self, sparql: str, bindings: Mapping[str, Node] | None = None) -> QueryResult:
        """Run a SPARQL query over the union of all graphs.

        bindings pre-bind variables (without '?') to RDF terms: values are
        never pasted into the text.
        """

    def values(self, sparql: str,
               bindings: Mapping[str, Node] | None = None) -> list[tuple[str | None, ...]]:
        """A SELECT's rows as plain strings: IRIs, literals' lexical forms, None when unbound.

        For bulk readers that need no RDF terms (the network projection); a
        store may override it with a faster path than `query`.
        """
        return [tuple(None if t is None else str(t) for t in row)
                for row in self.query(sparql, bindings).rows]

    @abc.abstractmethod
    def write_document(self, graph: URIRef, quads: Iterable[Quad], *,
                       payload: RdfPayload | None = None,
                       other_graphs: Iterable[URIRef] = ()) -> int:
        """Replace a document's graph (and the named graphs it brings) with new content.

        `quads` and the payload's default-graph triples go to `graph`. The document is
        written whole or not at all: in one transaction, or (for large documents) by a
        bulk load that `recover()` undoes if it was interrupted. Returns the number of
        quads written.
        """

    def recover(self) -> list[URIRef]:
        """Drop document graphs left incomplete by an interrupted load; returns them."""
        return []

    def date_indexed(self) -> bool:
        """True when every dated fact carries its date index keys (graph/store/date_index.py),
        so that the named queries may read them."""
        return bool(self.query("ASK WHERE { GRAPH ?g { ?g pol:dateIndexVersion ?v } }",
                               {"g": URIRef(INDEX_GRAPH), "v": Literal(VERSION)}).boolean)

    def index_dates(self) -> None:
        """Key every dated fact of the store again, then record that the index is whole (for a
        store written before the index existed, or changed by a SPARQL update)."""
        raise StoreError(f"{self.location} cannot be indexed")

    @abc.abstractmethod
    def drop_graph(self, graph: URIRef) -> None:
        """Remove one named graph."""

    @abc.abstractmethod
    def has_graph(self, graph: URIRef) -> bool:
        """True when the named graph exists."""

    @abc.abstractmethod
    def dump(self, out: IO[bytes], fmt: str) -> None:
        """Write the whole store in an RDF format (a name of formats.RDF_FORMATS)."""

    @abc.abstractmethod
    def __len__(self) -> int:
        """Number of quads stored."""

    def close(self) -> None:  # noqa: B027 (a store with nothing to release needs no override)
        """Release the store (files, connections)."""

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


class OxigraphStore(Store):
    """pyoxigraph's store: on disk (RocksDB) when given a path, else in memory."""

    #: Documents with more quads than this are bulk-loaded (fast, not one transaction;
    #: the completion marker and recover() keep them whole-or-nothing).
    bulk_threshold = int(os.environ.get("POLKG_BULK_THRESHOLD", "50000"))
    lateral = True

    def __init__(self, path: str | Path | None = None):
        self.location = str(path) if path is not None else ":memory:"
        try:
            self._store = ox.Store(str(path)) if path is not None else ox.Store()
        except OSError as exc:
            if "lock" in str(exc).lower():
                raise StoreInUse(f"the store at {path} is in use by another process (polkg "
                                 "serve, a load, or another command still running)") from None
            raise StoreError(f"cannot open the store at {path}: {exc}") from None

    @classmethod
    def read_only(cls, path: str | Path) -> OxigraphStore:
        """A view of an on-disk store beside the process that writes it (the endpoint's query
        workers, a command run while `polkg serve` holds the store); it sees the store as it
        was when opened."""
        store = cls.__new__(cls)
        store.location = str(path)
        store.read_only_view = True
        try:
            store._store = _open_view(path)
        except OSError as exc:
            raise StoreError(f"cannot open the store at {path} to read: {exc}") from None
        return store

    @classmethod
    def for_reading(cls, path: str | Path) -> OxigraphStore:
        """An existing on-disk store, to read: the store itself, or a read-only view of it
        when another process holds it. NoStore where there is none (nothing is created)."""
        if not exists(path):
            raise NoStore(f"no store at {path}")
        try:
            return cls(path)
        except StoreInUse:
            return cls.read_only(path)

    def reading(self, read: Callable[[], T]) -> T:
        """read(); on a read-only view that lost files to the writer, again on a new view."""
        if not self.read_only_view:
            return read()
        tries = 0

        def attempt() -> T:
            nonlocal tries
            tries += 1
            if tries > 1:
                self._store = _open_view(self.location)
            return read()
        return _retry_vanished(attempt)

    def query(self, sparql: str, bindings: Mapping[str, Node] | None = None) -> QueryResult:
        return self.reading(lambda: self._query(sparql, bindings))

    def _query(self, sparql: str, bindings: Mapping[str, Node] | None) -> QueryResult:
        result = self.query_native(sparql, bindings)
        if isinstance(result, ox.QueryBoolean):
            return QueryResult("ask", boolean=bool(result))
        if isinstance(result, ox.QuerySolutions):
            names = [v.value for v in result.variables]
            rows = [tuple(map(from_ox, solution)) for solution in result]
            return QueryResult("select", vars=names, rows=rows)
        triples = [(from_ox(t.subject), from_ox(t.predicate), from_ox(t.object)) for t in result]
        return QueryResult("graph", triples=triples)

    def values(self, sparql: str,
               bindings: Mapping[str, Node] | None = None) -> list[tuple[str | None, ...]]:
        # Term values straight from the engine: no rdflib terms made (3x faster on big results).
        def read() -> list[tuple[str | None, ...]]:
            result = self.query_native(sparql, bindings)
            if not isinstance(result, ox.QuerySolutions):
                raise StoreError("values() takes a SELECT query")
            return [tuple(None if t is None else t.value for t in row) for row in result]
        return self.reading(read)

    def query_native(self, sparql: str, bindings: Mapping[str, Node] | None = None, *,
                     default_graphs: Sequence[str] = (), named_graphs: Sequence[str] = ()
                     ) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples:
        """Run a query and return the engine's own lazy result, to stream or serialize natively.

        The default graph is the union of all graphs unless the query (FROM) or
        default_graphs names it; named_graphs restricts what GRAPH reaches.
        """
        options: dict = {"prefixes": PREFIXES}
        if default_graphs:
            options["default_graph"] = [ox.NamedNode(g) for g in default_graphs]
        elif not names_dataset(sparql):
            options["use_default_graph_as_union"] = True
        if named_graphs:
            options["named_graphs"] = [ox.NamedNode(g) for g in named_graphs]
        text = with_values(sparql, bindings or {}, cast_dates=False)  # BindingError: the caller's
        try:
            return self._store.query(text, **options)
        except SyntaxError as exc:
            raise QuerySyntaxError(explain(str(exc), text)) from None
        except (OSError, ValueError) as exc:
            raise StoreError(str(exc)) from None

    def update(self, sparql: str) -> None:
        """Run a SPARQL 1.1 Update as one transaction: all of it or nothing. It may change
        dates without their index keys, so the same transaction marks the index stale (date
        questions read every fact) until `index_dates` runs (the next load, or open to write)."""
        # A trailing ";" ends the user's last operation; ours follows it.
        text = f"{sparql.rstrip().rstrip(';')} ;\n{STALE}"
        try:
            self._store.update(text, prefixes=PREFIXES)
        except SyntaxError as exc:
            raise QuerySyntaxError(explain(str(exc), sparql)) from None
        except (OSError, ValueError) as exc:
            raise StoreError(str(exc)) from None

    def write_document(self, graph: URIRef, quads: Iterable[Quad], *,
                       payload: RdfPayload | None = None,
                       other_graphs: Iterable[URIRef] = ()) -> int:
        target = ox.NamedNode(str(graph))
        other_graphs = set(other_graphs) - {INDEX_GRAPH}  # the store's own (date_index.py)
        ox_quads = [q if isinstance(q, ox.Quad) else ox.Quad(*map(to_ox, q)) for q in quads]
        existing = [g for g in {graph, *other_graphs} if self.has_graph(g)]
        size = len(ox_quads) + (payload.quad_count if payload else 0)
        if size > self.bulk_threshold:
            graphs = sorted({graph, *other_graphs})
            return self._bulk_write(target, ox_quads, payload, existing, graphs)
        if payload is not None:
            ox_quads += payload.quads(graph)
        ox_quads, written = with_date_keys(ox_quads)
        if not existing:
            # extend() is one transaction: all quads or none.
            self._store.extend(ox_quads)
        else:
            # One update is one transaction: the old graphs go and the new quads arrive
            # together, or nothing changes.
            drops = "".join(f"DROP SILENT GRAPH <{g}> ;\n" for g in existing)
            body = ox.serialize(ox_quads, format=ox.RdfFormat.N_QUADS).decode("utf-8")
            self._store.update(f"{drops}INSERT DATA {{\n{_nquads_as_graph_blocks(body)}}}")
        return written

    def _bulk_write(self, target: ox.NamedNode, ox_quads: list[ox.Quad],
                    payload: RdfPayload | None, existing: list[URIRef],
                    graphs: list[URIRef]) -> int:
        """Large documents: the engine's bulk loader, which is not one transaction.

        Each graph is flagged pol:loadStarted first (in a transaction), the data is
        bulk-loaded, and the flags are removed in a last transaction; recover() drops
        any graph still flagged, so a crash leaves the document absent, not partial.
        The date index keys go in before the flags come off: any key the payload brought
        is deleted, and the keys of all its dated facts are written.
        """
        drops = "".join(f"DROP SILENT GRAPH <{g}> ;\n" for g in existing)
        started = ox.Literal(datetime.now(UTC).replace(microsecond=0).isoformat(),
                             datatype=ox.NamedNode(str(XSD.dateTime)))
        flags = "\n".join(f"GRAPH <{g}> {{ <{g}> <{POL.loadStarted}> {started} }}"
                          for g in graphs)
        self._store.update(f"{drops}INSERT DATA {{ {flags} }}")
        ox_quads, written = with_date_keys(ox_quads)
        self._store.bulk_extend(ox_quads)
        if payload is not None:
            self._store.bulk_load(payload.content, payload.format, base_iri=payload.base_iri,
                                  to_graph=target)
            self._store.update(" ;\n".join(drop_keys(f"<{g}>") for g in graphs))
            # Keyed from the date-bearing quads these graphs now hold (the document's and the
            # payload's), not from the payload parsed again in Python: at 1M triples that
            # parse took seconds for the few dated quads it held (docs/BENCHMARKS.md).
            self._store.bulk_extend(date_keys(self._dated_quads(graphs)))
        self._store.update(f"DELETE WHERE {{ GRAPH ?g {{ ?g <{POL.loadStarted}> ?t }} }}")
        return written + (payload.quad_count if payload else 0)

    def index_dates(self) -> None:
        self._store.update(f"DROP SILENT GRAPH <{INDEX_GRAPH}> ;\n{drop_keys('?g')}")
        self._store.bulk_extend(date_keys(self._dated_quads([None])))
        self._store.extend([index_statement()])
        # The keys came in new files across the whole store: compacted, as the engine's docs
        # advise after a batch upload, lookups read fewer files (members_of at 10M triples
        # ran in 0.6x the time; docs/BENCHMARKS.md).
        self._store.optimize()

    def _dated_quads(self, graphs: Iterable[URIRef | None]) -> Iterator[ox.Quad]:
        """The quads the date keys are computed from, in these graphs (None: every graph),
        read as date_keys() consumes them (with the collector paused)."""
        return (q for g in graphs for p in READ for q in self._store.quads_for_pattern(
            None, ox.NamedNode(p), None, None if g is None else ox.NamedNode(str(g))))

    def recover(self) -> list[URIRef]:
        if self.read_only_view:  # the process that holds the store recovers it
            return []
        flagged = [g for (g,) in self.query(
            "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?g pol:loadStarted ?t } }").rows]
        for graph in flagged:
            self.drop_graph(graph)
        return flagged

    def drop_graph(self, graph: URIRef) -> None:
        self._store.remove_graph(ox.NamedNode(str(graph)))  # an IRI object, never query text

    def has_graph(self, graph: URIRef) -> bool:
        return self._store.contains_named_graph(ox.NamedNode(str(graph)))

    def dump(self, out: IO[bytes], fmt: str) -> None:
        rdf_format = RDF_FORMATS[fmt].native
        if RDF_FORMATS[fmt].keeps_graphs:
            self._store.dump(out, rdf_format, prefixes=PREFIXES)
        else:
            # Triple formats get the union of all graphs, each triple once.
            triples = self._store.query(
                "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", use_default_graph_as_union=True
            )
            ox.serialize(triples, out, rdf_format, prefixes=PREFIXES)

    def __len__(self) -> int:
        return len(self._store)

    def close(self) -> None:
        if self.location != ":memory:" and not self.read_only_view:
            self._store.flush()
        del self._store


#: How a read-only view fails when the writer has compacted its files away, and how many
#: times a read is tried on a reopened view.
_VANISHED = "No such file or directory"
_READ_ATTEMPTS = 6


def _open_view(path: str | Path) -> ox.Store:
    return _retry_vanished(lambda: ox.Store.read_only(str(path)))


def _retry_vanished(read: Callable[[], T]) -> T:
    """read(), tried again while it fails on a file the writer deleted meanwhile.

    The writer compacts in the background after it writes, deleting files that a view
    opened before (or while) it did still lists; a moment later the new files are there.
    """
    for attempt in range(_READ_ATTEMPTS):
        try:
            return read()
        except (OSError, RuntimeError, StoreError) as exc:
            if _VANISHED not in str(exc) or attempt == _READ_ATTEMPTS - 1:
                raise
            time.sleep(0.05 * 2 ** attempt)
    raise AssertionError("unreachable")


def exists(path: str | Path) -> bool:
    """True when an on-disk store was made at `path` (the engine's CURRENT file is there)."""
    return (Path(path) / "CURRENT").is_file()


def _nquads_as_graph_blocks(nquads: str) -> str:
    """Regroup N-Quads lines into SPARQL `GRAPH <g> { ... }` blocks for INSERT DATA."""
    blocks: dict[str, list[str]] = {}
    for line in nquads.splitlines():
        line = line.strip()
        if not line:
            continue
        body = line[:-1].rstrip()  # drop the final " ."
        graph_start = body.rfind(" <")
        graph = body[graph_start + 1 :]
        blocks.setdefault(graph, []).append(body[:graph_start] + " .")
    return "".join(f"GRAPH {g} {{\n" + "\n".join(lines) + "\n}\n" for g, lines in blocks.items())

