"""Taking documents out of the store, so that it holds what the remaining sources alone give.

Dropping a document's graph is not enough: loading it may have changed other documents'
graphs (the Linker put their names on its nodes, merge.py rewrote them to one node, or a
name's IRI being taken made theirs a qualified one). Every remaining document that names an
entity the removed one names, or one of its names, is therefore read again from its file,
after the removed ones are gone: identity is then settled as if they had never been loaded.
Facts are per document (their IRIs are minted from it), so the other sources' facts stay
with their own evidence.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from rdflib import URIRef

from polkg.graph.store.store import Store, StoreError
from polkg.loaders import Source

_DOCUMENTS = """
SELECT ?doc ?file WHERE { GRAPH ?doc { ?doc a pol:SourceDocument ; pol:fileName ?file } }"""
_ENTITY = "VALUES ?type { pol:Person pol:Party pol:Organization pol:Constituency pol:Office " \
          "pol:Election } ?e a ?type"
# Two queries, not a UNION: Oxigraph 0.5 does not push the bound graph into UNION branches.
_SHARING = (
    f"SELECT DISTINCT ?other WHERE {{ GRAPH ?gone {{ {_ENTITY} }} "
    "GRAPH ?other { ?e ?p ?o . ?other a pol:SourceDocument } }",
    f"SELECT DISTINCT ?other WHERE {{ GRAPH ?gone {{ {_ENTITY} ; rdfs:label|pol:alias ?name }} "
    "GRAPH ?other { ?x rdfs:label|pol:alias ?name . ?other a pol:SourceDocument } }",
)
_BROUGHT = "SELECT ?g WHERE { GRAPH ?doc { ?doc pol:namedGraph ?g } }"


class RemovalError(StoreError):
    """A document to remove that is not in the store, or one that cannot be read again."""


@dataclass
class Removal:
    """What a removal did: the documents taken out and those read again."""

    removed: list[tuple[URIRef, str]]
    reread: list[Path]


def find_documents(store: Store, names: Iterable[str]) -> dict[URIRef, str]:
    """The stored documents that `names` (document IRIs, paths, or file names as loaded)
    denote, with their file names; RemovalError naming any that is not there."""
    stored = {doc: str(file) for doc, file in store.query(_DOCUMENTS).rows}
    found, unknown = {}, []
    for name in names:
        matches = _matching(stored, name)
        if len(matches) > 1:
            raise RemovalError(f"{name!r} names {len(matches)} documents ("
                               + ", ".join(sorted(stored[d] for d in matches))
                               + "); give the path or the document IRI")
        if not matches:
            unknown.append(name)
        found.update({doc: stored[doc] for doc in matches})
    if unknown:
        raise RemovalError(f"no document {', '.join(map(repr, unknown))} in the store "
                           "(nothing was removed); `polkg query -e \"SELECT ?f WHERE "
                           "{ ?d pol:fileName ?f }\"` lists them")
    return found


def _matching(stored: dict[URIRef, str], name: str) -> list[URIRef]:
    iri = URIRef(name.strip("<>"))
    if iri in stored:
        return [iri]
    by_path = Source(Path(name), b"").graph  # a document's IRI is minted from its path
    if by_path in stored:
        return [by_path]
    return [doc for doc, file in stored.items() if file == name or Path(file).name == name]


def affected_documents(store: Store, gone: Iterable[URIRef]) -> set[URIRef]:
    """The other documents whose graphs may hold what loading `gone` did to them."""
    gone = set(gone)
    return {other for doc in gone for sparql in _SHARING
            for (other,) in store.query(sparql, {"gone": doc}).rows} - gone


def reread_paths(store: Store, documents: Iterable[URIRef]) -> list[Path]:
    """Each document's file, checked to be where it was loaded from (RemovalError if not)."""
    stored = {doc: str(file) for doc, file in store.query(_DOCUMENTS).rows}
    paths = []
    for doc in sorted(documents):
        path = Path(stored[doc])
        if not path.is_file() or Source(path, b"").graph != doc:  # moved, piped in, fetched
            raise RemovalError(
                f"{stored[doc]} shares entities with what is removed and must be read again, "
                "but its file is not where it was loaded from (run the command from the folder "
                "it was loaded from, or remove it too); nothing was removed")
        paths.append(path)
    return paths


def drop_documents(store: Store, documents: Iterable[URIRef]) -> None:
    """Drop each document's graph and the named graphs it brought."""
    for doc in documents:
        for (graph,) in store.query(_BROUGHT, {"doc": doc}).rows:
            store.drop_graph(graph)
        store.drop_graph(doc)
