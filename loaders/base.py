"""What every loader shares: the Document it yields, its errors, and document metadata.

A loader reads files and yields one Document per file (or a LoadError naming
the file and what was wrong). It never writes to the store and never queries
its own output: the store writes each Document's graph atomically.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, XSD

from polkg.graph.identity.identity import digest, slug
from polkg.graph.identity.linking import Linker, Post, posts_held
from polkg.graph.store.payload import RdfPayload
from polkg.ontology import ID, POL

from .lexicon import first_name_genders


@dataclass
class LoadError(Exception):
    """Bad input: which file, where in it, and what was expected."""

    path: Path
    message: str
    line: int | None = None
    column: int | None = None

    def __str__(self) -> str:
        where = str(self.path)
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        return f"{where}: {self.message}"


@dataclass
class Source:
    """A file about to be loaded: its path, bytes' hash and the IRI of its graph."""

    path: Path
    content: bytes
    #: Read from standard input: no file names it, so its content names its graph (each
    #: document piped in is its own, and piping one again changes nothing).
    stdin: bool = field(default=False, kw_only=True)

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.content).hexdigest()

    @property
    def name(self) -> str:
        """How messages and pol:fileName name the document."""
        return str(self.path)

    @property
    def graph(self) -> URIRef:
        """The document's node and named graph, minted from its absolute path."""
        if self.stdin:
            return ID[f"doc/stdin-{self.content_hash[:10]}"]
        resolved = self.path.resolve()
        return ID[f"doc/{slug(resolved.stem)}-{digest(resolved.as_posix(), length=10)}"]


@dataclass
class Document:
    """A loaded document: the triples of its own graph, or an RDF payload whose default graph
    lands in it (and whose named graphs, for TriG and N-Quads, stay as they are)."""

    source: Source
    loader: str
    loader_version: str
    #: The document's own triples: an rdflib Graph, or any collection of (s, p, o) tuples.
    triples: Graph | set[tuple] = field(default_factory=Graph)
    payload: RdfPayload | None = None
    other_graphs: set[URIRef] = field(default_factory=set)

    def metadata(self) -> Iterator[tuple]:
        """The triples that describe the document in its own graph."""
        doc = self.source.graph
        yield doc, RDF.type, POL.SourceDocument
        yield doc, POL.fileName, Literal(self.source.name)
        yield doc, POL.contentHash, Literal(self.source.content_hash)
        yield doc, POL.loader, Literal(self.loader)
        yield doc, POL.extractorVersion, Literal(self.loader_version)
        for graph in sorted(self.other_graphs - {doc}):  # what it may replace when reloaded
            yield doc, POL.namedGraph, graph
        now = datetime.now(UTC).replace(microsecond=0).isoformat()
        yield doc, POL.loadedAt, Literal(now, datatype=XSD.dateTime)

    def quads(self) -> Iterator:
        """The document's own triples and its metadata, as quads in its graph."""
        graph = self.source.graph
        for s, p, o in self.triples:
            yield s, p, o, graph
        for s, p, o in self.metadata():
            yield s, p, o, graph


@dataclass(frozen=True)
class KnownEntity:
    """An entity already in the store: a linking target for loaders."""

    iri: URIRef
    type: str  # the pol: class name: Person, Party, Organization, Constituency, Office, Election
    label: str
    aliases: tuple[str, ...] = ()
    #: "wikidata:Q291169" for pol:wikidataId, "scheme:value" for each pol:externalId.
    identifiers: tuple[str, ...] = ()
    #: The seats and offices a person held, with their dates (linking.Post).
    posts: tuple[Post, ...] = ()


_KNOWN = """
SELECT ?e ?type (SAMPLE(?l) AS ?label)
       (GROUP_CONCAT(DISTINCT ?a; separator="\\u001f") AS ?aliases)
       (GROUP_CONCAT(DISTINCT ?id; separator="\\u001f") AS ?ids)
WHERE {
  VALUES ?type { pol:Person pol:Party pol:Organization pol:Constituency pol:Office pol:Election }
  ?e a ?type ; rdfs:label ?l .
  OPTIONAL { ?e pol:alias ?a }
  OPTIONAL { { ?e pol:wikidataId ?w BIND (CONCAT("wikidata:", STR(?w)) AS ?id) }
             UNION { ?e pol:externalId ?x BIND (STR(?x) AS ?id) } }
}
GROUP BY ?e ?type"""


class ClusterError(Exception):
    """A cluster that parses articles (`load --scheduler`) could not be reached or failed."""


#: Parses article texts elsewhere (loaders/cluster.py): (pipeline, texts, the store's known
#: entities) to the texts' Docs in order, made with the pipeline's vocabulary.
Parser = Callable[[Any, list[str], list["KnownEntity"]], Iterator[Any]]


class LoadContext:
    """What a loader may know of the store: the entities already there, read once on demand;
    how many processes it may use (`workers`, at least 1); and, when a cluster parses the
    articles, its `parser`.

    Loaders link to these (an article's "Corbyn" to the Jeremy Corbyn of a
    results file); they never query the store for anything else.
    """

    def __init__(self, store=None, workers: int = 1, parser: Parser | None = None):
        self._store = store
        self.workers = max(1, workers)
        self.parser = parser
        self._known: list[KnownEntity] | None = None
        self._linker: Linker | None = None

    def known_entities(self) -> list[KnownEntity]:
        if self._known is None:
            rows = self._store.query(_KNOWN).rows if self._store is not None else []
            posts = posts_held(self._store) if self._store is not None else {}
            self._known = [
                KnownEntity(e, str(t).rsplit("#", 1)[-1], str(label), _split(aliases), _split(ids),
                            tuple(posts.get(e, ())))
                for e, t, label, aliases, ids in rows
            ]
        return self._known

    def linker(self) -> Linker:
        """The Linker of this load, shared by every loader so that all agree on entity nodes."""
        if self._linker is None:
            self._linker = Linker(self.known_entities(), first_name_genders())
        return self._linker


def available_cores() -> int:
    """The cores this process may run on (its CPU affinity, where the system tells it)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def _split(joined) -> tuple[str, ...]:
    return tuple(x for x in str(joined or "").split("\x1f") if x)


class Loader(Protocol):
    """A format's reader. Registered in polkg.loaders.LOADERS."""

    name: str
    version: str
    extensions: tuple[str, ...]

    def sniff(self, source: Source):
        """Whether the file is this loader's format, and why: a loaders.sniffing.Sniffed (true
        or false, with its reason)."""

    def read(self, sources: Iterable[Source],
             context: LoadContext) -> Iterator[Document | LoadError]:
        """One Document or LoadError per source, in order."""
