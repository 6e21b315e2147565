"""RdfPayload: an RDF file's bytes, handed to the store as they are."""

from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox
from rdflib import URIRef


@dataclass(frozen=True)
class RdfPayload:
    """An RDF file's bytes, checked to parse, handed to the store as they are so that a large
    file is bulk-loaded by the engine instead of going through Python objects."""

    content: bytes
    format: ox.RdfFormat
    base_iri: str | None
    quad_count: int

    def quads(self, graph: URIRef) -> list[ox.Quad]:
        """The payload's quads, its default-graph triples placed in `graph`."""
        own = ox.NamedNode(str(graph))
        return [q if not isinstance(q.graph_name, ox.DefaultGraph)
                else ox.Quad(q.subject, q.predicate, q.object, own)
                for q in ox.parse(self.content, format=self.format, base_iri=self.base_iri)]
