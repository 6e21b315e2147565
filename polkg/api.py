"""The public Python API: KnowledgeGraph. The CLI is a thin layer over it."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

import pyoxigraph as ox
from rdflib import Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Node

from polkg.fetches import check_fetches
from polkg.graph.dates import DateInterval
from polkg.graph.resolve import UnknownClass, resolve, resolve_class
from polkg.graph.store import OxigraphStore, QueryResult, Store, open_store
from polkg.loaders import Document, LoadContext, LoadError, Source, find, loader_for, read_source
from polkg.ontology import ONTOLOGY_IRI, POL, ontology_path
from polkg.queries import NamedQuery, Param, named_queries

#: Where the store lives when neither --store nor POLKG_STORE says.
DEFAULT_STORE = "polkg-data"

STAT_CLASSES = {
    "persons": POL.Person,
    "parties": POL.Party,
    "organizations": POL.Organization,
    "constituencies": POL.Constituency,
    "offices": POL.Office,
    "elections": POL.Election,
    "memberships": POL.Membership,
    "documents": POL.SourceDocument,
}
EVENT_CLASSES = (
    "Elected Defeated StoodForElection ElectionCalled ElectionHeld BecameLeader Appointed "
    "Resigned Dismissed Suspended Expelled Reinstated Joined Left"
).split()


class ParameterError(ValueError):
    """A named query's parameter is missing, unknown or malformed."""


@dataclass
class LoadReport:
    """What one load did, file by file."""

    loaded: list[tuple[Path, int]] = field(default_factory=list)
    unchanged: list[Path] = field(default_factory=list)
    failed: list[LoadError] = field(default_factory=list)

    @property
    def triples_added(self) -> int:
        return sum(n for _, n in self.loaded)

    def summary(self) -> str:
        return (f"{len(self.loaded)} loaded, {len(self.unchanged)} unchanged, "
                f"{len(self.failed)} failed; {self.triples_added} triples added")


ProgressCallback = Callable[[Path, str], None]


class KnowledgeGraph:
    """A knowledge graph on a store: load documents, ask questions, export.

    >>> kg = KnowledgeGraph(":memory:")
    >>> kg.stats()["persons"]
    0
    """

    def __init__(self, store: str | Path | Store | None = DEFAULT_STORE, *,
                 endpoint: str | None = None, update_endpoint: str | None = None,
                 allow_service: Iterable[str] = ()):
        if isinstance(store, Store):
            self.store = store
        else:
            self.store = open_store(store, endpoint=endpoint, update_endpoint=update_endpoint)
        #: Hosts that SERVICE and LOAD may fetch from (polkg.fetches); none by default.
        self.allow_service = frozenset(allow_service)
        self.store.recover()
        self._restore_ontology()

    # -- loading -----------------------------------------------------------

    def load(self, paths: Iterable[str | Path] = (), *, format: str | None = None,
             wikidata: Iterable[str] = (), endpoint: str | None = None,
             progress: ProgressCallback | None = None) -> LoadReport:
        """Load files and folders (recursively), and Wikidata entities by Q-id.

        Each document is written whole or not at all. A file whose content is
        already stored is left alone ("unchanged"); a changed file replaces its
        earlier graph. Bad files are reported in LoadReport.failed and do not stop
        the others. `wikidata` Q-ids are fetched from `endpoint` (default:
        Wikidata's public SPARQL endpoint), one document per entity.
        """
        report = LoadReport()
        known_hashes = self._stored_hashes()
        batches: dict[str, list[Source]] = {}
        loaders = {}

        def queue(source: Source | None, loader, error: LoadError | None) -> None:
            if error is not None:
                report.failed.append(error)
                _notify(progress, error.path, "failed")
            elif source.content_hash in known_hashes:
                report.unchanged.append(source.path)
                _notify(progress, source.path, "unchanged")
            else:
                known_hashes.add(source.content_hash)
                batches.setdefault(loader.name, []).append(source)
                loaders[loader.name] = loader

        files, unwalked = find([Path(p) for p in paths])
        for error in unwalked:
            queue(None, None, error)
        for path in files:
            source, error = read_source(path)
            loader = None
            if error is None:
                loader = loader_for(source, format)
                if loader is None:
                    error = LoadError(path, f"no loader reads {path.suffix or 'extensionless'} "
                                            "files; use --format to choose one")
            queue(source, loader, error)
        if wikidata:
            from polkg.loaders.wikidata import DEFAULT_ENDPOINT, WikidataLoader

            remote = WikidataLoader(endpoint or DEFAULT_ENDPOINT)
            for fetched in remote.fetch(wikidata):
                failed = isinstance(fetched, LoadError)
                queue(None if failed else fetched, remote, fetched if failed else None)
        context = LoadContext(self.store)
        for name, sources in batches.items():
            for outcome in loaders[name].read(sources, context):
                if isinstance(outcome, LoadError):
                    report.failed.append(outcome)
                    _notify(progress, outcome.path, "failed")
                    continue
                foreign = self._foreign_graph(outcome)
                if foreign is not None:
                    report.failed.append(foreign)
                    _notify(progress, outcome.source.path, "failed")
                    continue
                count = self.store.write_document(
                    outcome.source.graph, outcome.quads(), payload=outcome.payload,
                    other_graphs=outcome.other_graphs)
                report.loaded.append((outcome.source.path, count))
                _notify(progress, outcome.source.path, "loaded")
        if report.loaded or report.unchanged:  # unchanged: a killed run may have missed it
            self.ensure_ontology()
        return report

    def _foreign_graph(self, document: Document) -> LoadError | None:
        """A named graph the document's file may not write: one already in the store that
        this document did not bring itself (another document's graph, the ontology's...)."""
        own = document.source.graph
        brought = {g for (g,) in self.store.query(
            "SELECT ?g WHERE { GRAPH ?doc { ?doc pol:namedGraph ?g } }", {"doc": own}).rows}
        for graph in sorted(document.other_graphs - brought - {own}):
            if self.store.has_graph(graph):
                owner = self._owner(graph)
                return LoadError(document.source.path,
                                 f"holds quads for the graph <{graph}>, which {owner}; a file "
                                 "may write only its own document's graph and graphs no other "
                                 "document holds (nothing of this file was loaded)")
        return None

    def _owner(self, graph: URIRef) -> str:
        if graph == ONTOLOGY_IRI:
            return "holds the ontology"
        for sparql, says in (
                ("SELECT ?f WHERE { GRAPH ?g { ?g pol:fileName ?f } }", "is the document {}"),
                ("SELECT ?f WHERE { GRAPH ?d { ?d pol:namedGraph ?g ; pol:fileName ?f } }",
                 "was brought by {}")):
            rows = self.store.query(sparql, {"g": graph}).rows
            if rows:
                return says.format(rows[0][0])
        return "is already in the store"

    def ensure_ontology(self) -> None:
        """Keep the ontology in its own graph, so queries can read class labels and hierarchy."""
        content = ontology_path().read_bytes()
        content_hash = Source(ontology_path(), content).content_hash
        if content_hash in self._stored_hashes():
            return
        graph = ox.NamedNode(str(ONTOLOGY_IRI))
        quads = [ox.Quad(t.subject, t.predicate, t.object, graph)
                 for t in ox.parse(content, format=ox.RdfFormat.TURTLE)]
        quads.append(ox.Quad(graph, ox.NamedNode(str(POL.contentHash)), ox.Literal(content_hash),
                             graph))
        self.store.write_document(ONTOLOGY_IRI, quads)

    def _restore_ontology(self) -> None:
        """A load killed after its documents but before the ontology graph left documents
        without it: write it when the embedded store is opened (a remote store is not asked
        anything on open; its next load restores the ontology)."""
        if not isinstance(self.store, OxigraphStore):
            return
        documents = self.store.query("SELECT ?doc WHERE { ?doc a pol:SourceDocument } LIMIT 1")
        if documents.rows and not self.store.has_graph(ONTOLOGY_IRI):
            self.ensure_ontology()

    def _stored_hashes(self) -> set[str]:
        rows = self.store.query("SELECT ?h WHERE { GRAPH ?g { ?g pol:contentHash ?h } }").rows
        return {str(h) for (h,) in rows}

    # -- questions ---------------------------------------------------------

    def query(self, sparql: str, bindings: Mapping[str, Node] | None = None) -> QueryResult:
        """Run SPARQL over the union of all graphs; bindings pre-bind variables to terms.

        On a local store, SERVICE may reach only the hosts in `allow_service` (FetchRefused);
        a remote store's server decides for itself what it fetches.
        """
        if isinstance(self.store, OxigraphStore):
            check_fetches(sparql, self.allow_service)
        return self.store.query(sparql, bindings)

    def queries(self) -> dict[str, NamedQuery]:
        return named_queries()

    def run(self, name: str, **params: str) -> QueryResult:
        """Run a named query; entity parameters may be names, aliases or IRIs."""
        try:
            named = named_queries()[name]
        except KeyError:
            raise ParameterError(f"no named query {name!r}; `polkg queries` lists them") from None
        return self.query(named.text, self.bind(named, params))

    def bind(self, named: NamedQuery, params: Mapping[str, str]) -> dict[str, Node]:
        """Turn textual parameters into RDF terms, resolving names to entities."""
        declared = {p.name: p for p in named.params}
        unknown = sorted(set(params) - set(declared))
        if unknown:
            raise ParameterError(f"{named.name} takes no parameter {', '.join(unknown)} "
                                 f"(it takes: {_signatures(named.params)})")
        missing = [p.name for p in named.params if not p.optional and p.name not in params]
        if missing:
            raise ParameterError(f"{named.name} needs {', '.join(missing)} "
                                 f"(it takes: {_signatures(named.params)})")
        bindings: dict[str, Node] = {}
        for key, value in params.items():
            bindings.update(self._bind_one(declared[key], value))
        return bindings

    def _bind_one(self, param: Param, value: str) -> dict[str, Node]:
        if param.type == "entity":
            return {param.name: resolve(self.store, value, param.entity_class)}
        if param.type == "class":
            try:
                return {param.name: resolve_class(value, param.entity_class or "Event")}
            except UnknownClass as exc:
                raise ParameterError(f"{param.name}: {exc}") from None
        if param.type == "date":
            try:
                interval = DateInterval.parse(value)
            except ValueError as exc:
                raise ParameterError(f"{param.name}: {exc}") from None
            # ?date is the first day meant, ?dateLatest the last: "2017" covers the year.
            return {param.name: Literal(interval.earliest.isoformat(), datatype=XSD.date),
                    f"{param.name}Latest": Literal(interval.latest.isoformat(), datatype=XSD.date)}
        if param.type == "integer":
            if not value.lstrip("-").isdigit():
                raise ParameterError(f"{param.name}: {value!r} is not a whole number")
            return {param.name: Literal(int(value))}
        if param.type == "iri":
            return {param.name: URIRef(value.strip("<>"))}
        return {param.name: Literal(value)}

    # -- summaries and output ----------------------------------------------

    def stats(self) -> dict[str, int]:
        """Counts of persons, parties, organizations (other than parties), constituencies,
        offices, elections, events, memberships, documents, and triples (quads stored)."""
        counts = {}
        for key, cls in STAT_CLASSES.items():
            if key == "organizations":
                q = ("SELECT (COUNT(DISTINCT ?x) AS ?n) "
                     "WHERE { ?x a ?c FILTER NOT EXISTS { ?x a pol:Party } }")
            else:
                q = "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x a ?c }"
            counts[key] = int(self.query(q, {"c": cls}).rows[0][0])
        values = " ".join(f"pol:{c}" for c in EVENT_CLASSES)
        q = f"SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ VALUES ?c {{ {values} }} ?x a ?c }}"
        counts["events"] = int(self.query(q).rows[0][0])
        counts["triples"] = len(self.store)
        order = ["persons", "parties", "organizations", "constituencies", "offices", "elections",
                 "events", "memberships", "documents", "triples"]
        return {k: counts[k] for k in order}

    def export(self, out: IO[bytes], fmt: str = "turtle") -> None:
        """Write the graph: turtle/nt (union of graphs) or trig/nq/jsonld (named graphs kept)."""
        self.store.dump(out, fmt)

    def validate(self):
        """Check the graph against ontology/shapes.ttl; returns a ValidationReport."""
        from polkg.graph.validate import validate

        return validate(self.store)

    def close(self) -> None:
        self.store.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def _notify(progress: ProgressCallback | None, path: Path, status: str) -> None:
    if progress is not None:
        progress(path, status)


def _signatures(params: Iterable[Param]) -> str:
    return ", ".join(p.signature for p in params) or "nothing"
