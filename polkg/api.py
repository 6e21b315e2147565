"""The public Python API: KnowledgeGraph. The CLI is a thin layer over it."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import IO

import networkx as nx
import pyoxigraph as ox
from rdflib import Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Node

from polkg.fetches import check_fetches
from polkg.graph.identity.dates import DateInterval
from polkg.graph.identity.duplicates import DuplicatePair, likely_duplicates
from polkg.graph.identity.judgements import read_judgements, record_judgement
from polkg.graph.identity.merge import merge_known_duplicates
from polkg.graph.identity.resolve import UnknownClass, resolve, resolve_class
from polkg.graph.network.centrality import Ranked, rank
from polkg.graph.network.comention import add_comentions
from polkg.graph.network.communities import Communities, communities
from polkg.graph.network.ego import EgoNetwork, ego_network
from polkg.graph.network.fusion import fuse_rows
from polkg.graph.network.network import Period, project
from polkg.graph.network.network_export import write_network
from polkg.graph.network.on_date import tenure_reader
from polkg.graph.network.paths import Path as NetworkPath
from polkg.graph.network.paths import find_paths
from polkg.graph.network.profile import Profile, profile
from polkg.graph.network.timeline import Timeline, timeline
from polkg.graph.store import open_store
from polkg.graph.store.date_index import INDEX_GRAPH, question_keys, tenure_key
from polkg.graph.store.known_as_of import known_as_of
from polkg.graph.store.parts import cores, query_in_parts, shares
from polkg.graph.store.remote import RemoteStore
from polkg.graph.store.store import OxigraphStore, QueryResult, Store, StoreError
from polkg.loaders import (
    Document,
    LoadContext,
    Loader,
    LoadError,
    Skipped,
    Source,
    Verdict,
    read,
)
from polkg.ontology import ONTOLOGY_IRI, POL, ontology_path
from polkg.ontology.vocab import event_classes
from polkg.queries import NamedQuery, Param, ParameterError, named_queries
from polkg.removal import (
    Removal,
    RemovalError,
    affected_documents,
    drop_documents,
    find_documents,
    reread_paths,
)

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


@dataclass
class LoadReport:
    """What one load did, file by file."""

    loaded: list[tuple[Path, int]] = field(default_factory=list)
    unchanged: list[Path] = field(default_factory=list)
    failed: list[LoadError] = field(default_factory=list)
    #: Files in the folders loaded that no loader takes (a README, notes), with the reason.
    skipped: list[Skipped] = field(default_factory=list)

    @property
    def triples_added(self) -> int:
        return sum(n for _, n in self.loaded)

    def summary(self) -> str:
        skipped = f", {len(self.skipped)} skipped" if self.skipped else ""
        return (f"{len(self.loaded)} loaded, {len(self.unchanged)} unchanged, "
                f"{len(self.failed)} failed{skipped}; {self.triples_added} triples added")


ProgressCallback = Callable[[Path, str], None]


@dataclass
class LoadPlan:
    """What a load will do, found in one pass: folders expanded, each file read once and given
    its loader (Wikidata entities fetched), unchanged and unreadable files set aside."""

    batches: dict[str, tuple[Loader, list[Source]]] = field(default_factory=dict)
    unchanged: list[Path] = field(default_factory=list)
    failed: list[LoadError] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    #: Each file's loader and why it was chosen: path -> (loader name, reason).
    chosen: dict[Path, tuple[str, str]] = field(default_factory=dict)

    def __len__(self) -> int:
        """How many documents the load will report on."""
        return (sum(len(sources) for _, sources in self.batches.values())
                + len(self.unchanged) + len(self.failed))

    def unit(self) -> str:
        """What the load's progress counts: articles when it loads only news, else documents."""
        return "articles" if set(self.batches) == {"news"} else "documents"


class KnowledgeGraph:
    """A knowledge graph on a store: load documents, ask questions, export.

    >>> kg = KnowledgeGraph(":memory:")
    >>> kg.stats()["persons"]
    0
    """

    def __init__(self, store: str | Path | Store | None = DEFAULT_STORE, *,
                 endpoint: str | None = None, update_endpoint: str | None = None,
                 allow_service: Iterable[str] = (), for_reading: bool = False):
        """`for_reading`: open an existing store only (NoStore where there is none), as a
        read-only view when another process (`polkg serve`, a load) holds it."""
        if isinstance(store, Store):
            self.store = store
        else:
            self.store = open_store(store, endpoint=endpoint, update_endpoint=update_endpoint,
                                    for_reading=for_reading)
        #: Hosts that SERVICE and LOAD may fetch from (polkg.fetches); none by default.
        self.allow_service = frozenset(allow_service)
        self.store.recover()
        self._restore_ontology()
        if self.embedded and not self.read_only:
            self.ensure_date_index()

    # -- loading -----------------------------------------------------------

    def load(self, paths: Iterable[str | Path] = (), *, loader: str | None = None,
             wikidata: Iterable[str] = (), endpoint: str | None = None,
             progress: ProgressCallback | None = None, workers: int = 1,
             scheduler: str | None = None) -> LoadReport:
        """Load files and folders (recursively), and Wikidata entities by Q-id.

        Each document is written whole or not at all. A file whose content is
        already stored is left alone ("unchanged"); a changed file replaces its
        earlier graph. Bad files are reported in LoadReport.failed and do not stop
        the others. `wikidata` Q-ids are fetched from `endpoint` (default:
        Wikidata's public SPARQL endpoint), one document per entity. The same as
        write(plan(...)); a caller that shows progress plans first, to know how many.
        `workers`: the processes news articles are parsed in; `scheduler`: the address of a
        Dask scheduler whose workers parse them instead (the output is the same).
        """
        return self.write(self.plan(paths, loader=loader, wikidata=wikidata, endpoint=endpoint),
                          progress, workers, scheduler)

    def plan(self, paths: Iterable[str | Path] = (), *, loader: str | None = None,
             wikidata: Iterable[str] = (), endpoint: str | None = None) -> LoadPlan:
        """Expand, read and choose the loader of each document, once (see load)."""
        plan = LoadPlan()
        known_hashes = self._stored_hashes()
        found = list(read([Path(p) for p in paths], loader))
        if wikidata:
            from polkg.loaders.wikidata import DEFAULT_ENDPOINT, WikidataLoader

            remote = WikidataLoader(endpoint or DEFAULT_ENDPOINT)
            found += [f if isinstance(f, LoadError) else (f, Verdict(remote, "--wikidata"))
                      for f in remote.fetch(wikidata)]
        for item in found:
            if isinstance(item, LoadError):
                plan.failed.append(item)
            elif isinstance(item, Skipped):
                plan.skipped.append(item)
            else:
                source, verdict = item
                plan.chosen[source.path] = (verdict.loader.name, verdict.reason)
                if source.content_hash in known_hashes:
                    plan.unchanged.append(source.path)
                else:
                    known_hashes.add(source.content_hash)
                    plan.batches.setdefault(verdict.loader.name,
                                            (verdict.loader, []))[1].append(source)
        return plan

    def write(self, plan: LoadPlan, progress: ProgressCallback | None = None,
              workers: int = 1, scheduler: str | None = None) -> LoadReport:
        """Read each planned document with its loader and write it (see load). Loaders may
        read in up to `workers` processes, or news articles be parsed by the workers of the
        Dask scheduler at `scheduler` (loaders/cluster.py; a ClusterError when it cannot be
        reached, before anything is written); this process writes each document's graph
        whole."""
        if scheduler is None:
            return self._write(plan, progress, LoadContext(self.store, workers))
        from polkg.loaders.cluster import Cluster  # distributed is imported for a cluster only

        with Cluster(scheduler) as cluster:
            return self._write(plan, progress, LoadContext(self.store, parser=cluster.parse))

    def _write(self, plan: LoadPlan, progress: ProgressCallback | None,
               context: LoadContext) -> LoadReport:
        report = LoadReport(unchanged=list(plan.unchanged), failed=list(plan.failed),
                            skipped=list(plan.skipped))
        for path in plan.unchanged:
            _notify(progress, path, "unchanged")
        for error in plan.failed:
            _notify(progress, error.path, "failed")
        for loader, sources in plan.batches.values():
            for outcome in loader.read(sources, context):
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
        if report.loaded:  # identity does not hang on the order sources arrive in
            merge_known_duplicates(self.store)
        if report.loaded or report.unchanged:  # unchanged: a killed run may have missed it
            self.ensure_ontology()
            self.ensure_date_index()
        return report

    def remove(self, documents: Iterable[str | Path]) -> Removal:
        """Take documents out (document IRIs, paths, or file names as loaded): the store then
        holds what loading the remaining sources alone gives (polkg/removal.py). Documents
        that shared entities with them are read again from their files; an unknown document,
        or one to read again whose file is gone, is a RemovalError and nothing is removed."""
        gone = find_documents(self.store, [str(d) for d in documents])
        again = affected_documents(self.store, gone)
        paths = reread_paths(self.store, again)
        drop_documents(self.store, [*gone, *again])
        if paths:
            report = self.load(paths)
            if report.failed:  # a file changed since into one that no longer loads
                raise RemovalError("removed, but reading again failed (load those files "
                                   "again once fixed): " + "; ".join(map(str, report.failed)))
        return Removal(removed=sorted(gone.items()), reread=paths)

    def _foreign_graph(self, document: Document) -> LoadError | None:
        """A named graph the document's file may not write: one already in the store that
        this document did not bring itself (another document's graph, the ontology's...)."""
        own = document.source.graph
        brought = {g for (g,) in self.store.query(
            "SELECT ?g WHERE { GRAPH ?doc { ?doc pol:namedGraph ?g } }", {"doc": own}).rows}
        # The date index's graph is the store's: a file's copy of it is dropped as it is written.
        for graph in sorted(document.other_graphs - brought - {own, INDEX_GRAPH}):
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

    def ensure_date_index(self) -> None:
        """Key every dated fact for the date index (graph/store/date_index.py) unless the
        store says they all are: a store written before the index existed, or changed by a
        SPARQL update, is keyed again (about a minute per 10M triples)."""
        if not self.store.date_indexed():
            self.store.index_dates()

    def _restore_ontology(self) -> None:
        """A load killed after its documents but before the ontology graph left documents
        without it: write it when the embedded store is opened (a remote store is not asked
        anything on open; its next load restores the ontology)."""
        if not isinstance(self.store, OxigraphStore) or self.read_only:
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
        if not isinstance(self.store, RemoteStore):  # a server decides its own fetches
            check_fetches(sparql, self.allow_service)
        return self.store.query(sparql, bindings)

    def query_native(self, sparql: str, bindings: Mapping[str, Node] | None = None, *,
                     default_graphs: Sequence[str] = (), named_graphs: Sequence[str] = ()
                     ) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples:
        """The embedded engine's own lazy result, to stream or serialize natively (the endpoint).

        default_graphs and named_graphs set the dataset as the SPARQL protocol's
        default-graph-uri and named-graph-uri do. The embedded store only (see `embedded`).
        """
        return self._embedded_store().query_native(
            sparql, bindings, default_graphs=default_graphs, named_graphs=named_graphs)

    def update(self, sparql: str) -> None:
        """Run a SPARQL 1.1 Update on the embedded store as one transaction."""
        self._embedded_store().update(sparql)

    @property
    def embedded(self) -> bool:
        """True on the embedded Oxigraph store (on disk or in memory), False on a server."""
        return isinstance(self.store, OxigraphStore)

    @property
    def read_only(self) -> bool:
        """True on a read-only view of a store another process holds (see for_reading)."""
        return self.store.read_only_view

    @property
    def location(self) -> str:
        """The store's directory, ":memory:", or its server's URL."""
        return self.store.location

    def _embedded_store(self) -> OxigraphStore:
        if not isinstance(self.store, OxigraphStore):
            raise StoreError(f"{self.location} is not the embedded store (--store)")
        return self.store

    def queries(self) -> dict[str, NamedQuery]:
        return named_queries()

    def run(self, name: str, **params: str) -> QueryResult:
        """Run a named query; entity parameters may be names, aliases or IRIs. A query with a
        `fuse:` header gives one row per fact, with all its sources and a `contested` column
        (graph/network/fusion.py)."""
        try:
            named = named_queries()[name]
        except KeyError:
            raise ParameterError(f"no named query {name!r}; `polkg queries` lists them") from None
        # The project's own text with its parameters bound as terms: it names no URL to fetch,
        # so it skips check_fetches (parsing it costs a one-off command a tenth of a second).
        text, bindings = self.prepare(named, params)
        parts = shares(cores()) if named.parts and self.embedded else []
        if len(parts) > 1:  # the engine's work on every core (graph/store/parts.py)
            result = query_in_parts(self.store, [
                self.prepare(named, params, part)[0] for part in parts], bindings, named.order)
        else:
            result = self.store.query(text, bindings)
        if not named.fuse:
            return result
        # One row per fact, with every source, where the query's header says how (fuse:); the
        # holders' other claims where it has a tenures form (members_of).
        tenures = self.tenures_form(named)
        return fuse_rows(result, named.fuse, tenures and tenure_reader(
            self.store.query, tenures, bindings))

    def tenures_form(self, named: NamedQuery) -> str | None:
        """The named query's `tenures` form for this store (queries/__init__.py), or None."""
        return named.form(tenures=True, lateral=self.store.lateral) if named.reads_tenures \
            else None

    def prepare(self, named: NamedQuery, params: Mapping[str, str],
                part: tuple[str, str] | None = None
                ) -> tuple[str, dict[str, Node | tuple[Node, ...]]]:
        """A named query's text and bindings for these parameters: the form that reads the
        date index when the store has one and it serves the question, and its `LATERAL`
        blocks on an engine that takes them; else the plain one (the same rows either way).
        `part`: the form for one part's share of its rows (graph/store/parts.py)."""
        bindings = self.bind(named, params)
        keys = self._index_keys(named, bindings)
        text = named.form(indexed=keys is not None, lateral=self.store.lateral, part=part)
        return text, bindings if keys is None else {**bindings, "indexKey": keys}

    def _index_keys(self, named: NamedQuery, bindings: Mapping[str, Node]
                    ) -> tuple[Literal, ...] | None:
        """The date index keys a named query joins on (its `index` header), or None."""
        if not named.index:
            return None
        dates = [name for name in named.index if f"{name}Latest" in bindings]
        # "party:organization": the entity parameter, and the property a tenure holds it by.
        entity = [(prop, str(bindings[name])) for name, _, prop in
                  (item.partition(":") for item in named.index if item not in dates)]
        if not dates or not self.store.date_indexed():
            return None
        buckets = question_keys(date.fromisoformat(str(bindings[dates[0]])),
                                date.fromisoformat(str(bindings[f"{dates[-1]}Latest"])))
        if buckets is None:
            return None
        return tuple(Literal(tenure_key(b, *entity[0]) if entity else b) for b in buckets)

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

    def known_as_of(self, day: str) -> KnowledgeGraph:
        """The graph as the record stood on `day` (YYYY, YYYY-MM or YYYY-MM-DD; a month or a
        year means its last day): a read-only KnowledgeGraph whose every question (run,
        timeline, paths, the network...) reads only the documents published (articles) or
        dated (records: by the latest date they state) by then (graph/store/known_as_of.py)."""
        try:
            last = DateInterval.parse(day).latest
        except ValueError as exc:
            raise ParameterError(f"known_as_of: {exc}") from None
        return KnowledgeGraph(known_as_of(self.store, last), allow_service=self.allow_service)

    def resolve(self, name: str, entity_class: str | None = None) -> URIRef:
        """The entity a label, alias or IRI names (UnknownName, AmbiguousName otherwise)."""
        return resolve(self.store, name, entity_class)

    def timeline(self, entity: str, *, start: str | None = None, end: str | None = None,
                 types: Iterable[str] = (), limit: int | None = None) -> Timeline:
        """The timeline of a person, party or constituency, cut to a range, to event or
        tenure classes, and to its first `limit` entries (graph/network/timeline.py)."""
        return timeline(self.store, entity, start=start, end=end, types=types, limit=limit)

    def entity(self, entity: str) -> Profile:
        """An entity (by name, alias or IRI; any node by IRI) as its page shows it: names,
        identifiers, relations, timeline, and the evidence of each fact
        (graph/network/profile.py). UnknownName when the graph says nothing of it."""
        return profile(self.store, self.resolve(entity))

    def duplicates(self, entity_type: str | None = None) -> list[DuplicatePair]:
        """Likely duplicate entities, with the evidence for and against merging them, most
        likely first; pairs judged distinct are left out (graph/identity/duplicates.py)."""
        return likely_duplicates(self.store, entity_type,
                                 distinct=read_judgements(self.store).distinct)

    def judge(self, a: str, b: str, *, same: bool) -> URIRef:
        """Record that entities `a` and `b` (names, aliases or IRIs) are one (`same`) or two,
        kept with the store and applied on every later load; returns the node `a` is now."""
        ends = self.resolve(a), self.resolve(b)
        record_judgement(self.store, *ends, same=same)
        merged = merge_known_duplicates(self.store) if same else {}
        return merged.get(ends[0], ends[0])

    # -- the network (graph/network/) --------------------------------------
    # Each analysis takes a projection from network(), so that several questions share one;
    # without it, it projects the whole graph.

    def network(self, *, period: Period | None = None, types: Iterable[str] | None = None,
                comentions: bool = False,
                progress: Callable[[int, int, str], None] | None = None) -> nx.MultiDiGraph:
        """The NetworkX projection: entities and events, relations with dates and sources;
        with `comentions`, also people named in one article (graph/network/comention.py).
        `progress` is told (steps done, steps in all, the next step) as it reads the store."""
        graph = project(self.store, period=period, types=types, progress=progress)
        return add_comentions(self.store, graph, period) if comentions else graph

    def paths(self, a: str, b: str, *, network: nx.MultiDiGraph | None = None,
              max_paths: int = 3, via: Iterable[str] | None = None) -> list[NetworkPath]:
        """How A and B (names, aliases or IRIs) are connected: up to max_paths shortest paths,
        those made of facts first, then those through a co-mention (without `network`, or
        with one made with `comentions`)."""
        ends = self.resolve(a), self.resolve(b)
        graph = self.network(comentions=True) if network is None else network
        return find_paths(graph, *ends, max_paths=max_paths, via=via)

    def neighbours(self, entity: str, *, network: nx.MultiDiGraph | None = None,
                   depth: int = 1) -> EgoNetwork:
        """The entity's ego network, up to `depth` hops out."""
        return ego_network(self._network(network), self.resolve(entity), depth)

    def central(self, measure: str = "degree", *, network: nx.MultiDiGraph | None = None,
                types: Iterable[str] | None = None, top: int = 10, sample: int | None = None,
                progress: Callable[[int, int], None] | None = None) -> list[Ranked]:
        """The `top` nodes by degree, betweenness or PageRank. Betweenness over more than
        2,000 nodes is estimated from a seeded sample of 500 source nodes unless `sample`
        says how many (graph/network/centrality.py); `progress` is told (sources done,
        sources in all) as it goes."""
        return rank(self._network(network), measure, types=types, top=top, sample=sample,
                    progress=progress)

    def communities(self, *, network: nx.MultiDiGraph | None = None, method: str = "louvain",
                    min_size: int = 2, singletons: bool = False) -> Communities:
        """Groups found by modularity, largest first, each a list of node IRIs; groups of one
        person's own (a member and their seat) left out and counted unless `singletons`."""
        return communities(self._network(network), method=method, min_size=min_size,
                           singletons=singletons)

    def export_network(self, out: IO[bytes], fmt: str, *, period: Period | None = None) -> None:
        """Write the projection as graphml or gexf."""
        write_network(self.network(period=period), out, fmt)

    def _network(self, network: nx.MultiDiGraph | None) -> nx.MultiDiGraph:
        return self.network() if network is None else network

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
        values = " ".join(f"<{c.iri}>" for c in event_classes().values())
        q = f"SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ VALUES ?c {{ {values} }} ?x a ?c }}"
        counts["events"] = int(self.query(q).rows[0][0])
        counts["triples"] = len(self.store)
        order = ["persons", "parties", "organizations", "constituencies", "offices", "elections",
                 "events", "memberships", "documents", "triples"]
        return {k: counts[k] for k in order}

    def export(self, out: IO[bytes], fmt: str = "turtle") -> None:
        """Write the graph: turtle/nt (union of graphs) or trig/nq/jsonld (named graphs kept)."""
        self.store.dump(out, fmt)

    def validate(self, progress: Callable[[str, int], None] | None = None):
        """Check the graph against ontology/shapes.ttl; returns a ValidationReport.
        `progress` is told each rule before it is checked, and how many checks there are."""
        from polkg.graph.identity.validate import validate

        return validate(self.store, progress)

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
