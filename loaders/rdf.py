"""RDF files load as they are: Turtle, N-Triples, N-Quads, TriG, JSON-LD, RDF/XML.

Triples go to the document's own graph; TriG and N-Quads keep the named
graphs they name (so an exported TriG file reloads as it was).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import pyoxigraph as ox
from rdflib import URIRef

from .base import Document, LoadContext, LoadError, RdfPayload, Source
from .files import literal_too_long
from .sniffing import Sniffed

_FORMATS = {
    ".ttl": ox.RdfFormat.TURTLE,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".nq": ox.RdfFormat.N_QUADS,
    ".trig": ox.RdfFormat.TRIG,
    ".jsonld": ox.RdfFormat.JSON_LD,
    ".rdf": ox.RdfFormat.RDF_XML,
    ".owl": ox.RdfFormat.RDF_XML,
}


class RdfLoader:
    name = "rdf"
    version = "1"
    extensions = tuple(_FORMATS)

    def sniff(self, source: Source) -> Sniffed:
        suffix = source.path.suffix.lower()
        if suffix in _FORMATS:
            return Sniffed(True, f"{suffix} is an RDF extension ({_FORMATS[suffix].name})")
        return Sniffed(False, f"{suffix or 'no extension'} is not an RDF extension")

    def read(self, sources: Iterable[Source], context: LoadContext | None = None
             ) -> Iterator[Document | LoadError]:
        for source in sources:
            yield self._read_one(source)

    def _read_one(self, source: Source) -> Document | LoadError:
        fmt = _FORMATS.get(source.path.suffix.lower(), ox.RdfFormat.TURTLE)
        base_iri = source.path.resolve().as_uri()
        count, named = 0, set()
        try:
            # Parse once to reject bad input before anything is written; the store then
            # loads the bytes themselves.
            for quad in ox.parse(source.content, format=fmt, base_iri=base_iri):
                count += 1
                named.add(quad.graph_name)
                if isinstance(quad.object, ox.Literal) and (
                        refused := literal_too_long(quad.object.value)):
                    return LoadError(source.path, f"{refused}, the object of {quad.subject} "
                                                  f"{quad.predicate}")
        except SyntaxError as exc:
            line, column = (exc.lineno, exc.offset) if exc.lineno else (None, None)
            return LoadError(source.path, f"not valid {fmt.name}: {exc.msg}", line, column)
        except ValueError as exc:  # invalid UTF-8 and the like
            return LoadError(source.path, f"not valid {fmt.name}: {exc}")
        payload = RdfPayload(source.content, fmt, base_iri, count)
        other_graphs = {URIRef(g.value) for g in named if not isinstance(g, ox.DefaultGraph)}
        return Document(source, self.name, self.version, payload=payload,
                        other_graphs=other_graphs)
