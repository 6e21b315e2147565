"""RDF formats: one table of names, the names people also use for them, and file extensions.

The CLI, the store's export and the endpoint all read it, so `--format json-ld`,
`-o graph.nt` and `Accept: application/rdf+xml` mean the same format everywhere
(names and aliases as Jena's riot takes them).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox


@dataclass(frozen=True)
class RdfFormat:
    name: str
    native: ox.RdfFormat
    #: True when the format keeps named graphs (a dump writes every graph as it is).
    keeps_graphs: bool
    extensions: tuple[str, ...]
    aliases: tuple[str, ...] = ()

    @property
    def media_type(self) -> str:
        return self.native.media_type


RDF_FORMATS: dict[str, RdfFormat] = {f.name: f for f in (
    RdfFormat("turtle", ox.RdfFormat.TURTLE, False, (".ttl",), ("ttl", "text/turtle")),
    RdfFormat("nt", ox.RdfFormat.N_TRIPLES, False, (".nt",),
              ("ntriples", "n-triples", "application/n-triples")),
    RdfFormat("nq", ox.RdfFormat.N_QUADS, True, (".nq",),
              ("nquads", "n-quads", "application/n-quads")),
    RdfFormat("trig", ox.RdfFormat.TRIG, True, (".trig",), ("application/trig",)),
    RdfFormat("jsonld", ox.RdfFormat.JSON_LD, True, (".jsonld",),
              ("json-ld", "application/ld+json")),
    RdfFormat("rdfxml", ox.RdfFormat.RDF_XML, False, (".rdf", ".owl"),
              ("rdf/xml", "rdf-xml", "xml", "application/rdf+xml")),
)}

#: Every spelling of a format (name or alias, lower case) -> its name.
SPELLINGS: dict[str, str] = {spelling: f.name for f in RDF_FORMATS.values()
                             for spelling in (f.name, *f.aliases)}


def format_of_path(path: str | Path) -> str | None:
    """The format a file's extension names, or None."""
    suffix = Path(path).suffix.lower()
    return next((f.name for f in RDF_FORMATS.values() if suffix in f.extensions), None)
