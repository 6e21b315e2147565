"""Names to entities: the lookup every command that takes a name goes through.

A name matches an entity's rdfs:label or pol:alias, case-insensitively and
ignoring honorifics ("Sir Keir" finds "Keir Starmer" through its alias). An
IRI (in angle brackets or starting with http) is taken as it is.
"""

from __future__ import annotations

import difflib
import functools
from dataclasses import dataclass

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDFS

from polkg.graph.store.store import Store
from polkg.ontology import POL, ontology_path

from .identity import canonical_name


@dataclass(frozen=True)
class Candidate:
    iri: URIRef
    label: str
    type: str


class NameError_(LookupError):
    """Base of the two ways a name can fail to name one entity."""


class UnknownName(NameError_):
    def __init__(self, name: str, closest: list[str]):
        self.name, self.closest = name, closest
        hint = f"; closest: {', '.join(closest)}" if closest else ""
        super().__init__(f"no entity is named {name!r}{hint}")


class AmbiguousName(NameError_):
    def __init__(self, name: str, candidates: list[Candidate]):
        self.name, self.candidates = name, candidates
        listed = "; ".join(f"{c.label} ({c.type}, {c.iri})" for c in candidates)
        super().__init__(f"{name!r} is ambiguous: {listed}. Give the IRI instead")


# Path alternatives, not UNION: Oxigraph does not push the bound name into UNION branches,
# which made an exact lookup read every label in the store.
_EXACT = """
SELECT DISTINCT ?e ?label ?type WHERE {
  ?e rdfs:label|pol:alias ?n .
  ?e a ?type ; rdfs:label ?label .
  FILTER (STRSTARTS(STR(?type), STR(pol:)))
  FILTER (?type NOT IN (pol:DateInterval, pol:SourceDocument, pol:Evidence))
}"""
# The case-insensitive match scans names, so only those of entities (not of facts).
_BY_NAME = """
SELECT DISTINCT ?e ?label ?type WHERE {
  VALUES ?type { pol:Person pol:Party pol:Organization pol:Constituency pol:Office pol:Election }
  ?e a ?type ; rdfs:label|pol:alias ?n .
  FILTER (LCASE(STR(?n)) = ?lname)
  ?e rdfs:label ?label .
}"""

_ALL_NAMES = """
SELECT DISTINCT ?e ?n ?label ?type WHERE {
  VALUES ?type { pol:Person pol:Party pol:Organization pol:Constituency pol:Office pol:Election }
  ?e a ?type ; rdfs:label|pol:alias ?n ; rdfs:label ?label .
}"""


def resolve(store: Store, name: str, entity_class: str | None = None) -> URIRef:
    """The one entity `name` names (of `entity_class`, e.g. "Person", if given)."""
    name = name.strip()
    if name.startswith("<") and name.endswith(">"):
        return URIRef(name[1:-1])
    if name.startswith(("http://", "https://", "urn:")):
        return URIRef(name)
    wanted = str(POL[entity_class]) if entity_class else None
    # An exact label is an index lookup; the case-insensitive match scans labels.
    candidates = _candidates(store.query(_EXACT, {"n": Literal(name)}).rows, wanted)
    if not candidates:
        rows = store.query(_BY_NAME, {"lname": Literal(name.lower())}).rows
        candidates = _candidates(rows, wanted)
    if not candidates:
        # Second chance: compare canonical forms (honorifics, accents, punctuation).
        key = canonical_name(name)
        everything = store.query(_ALL_NAMES).rows
        rows = [(e, label, t) for e, n, label, t in everything if canonical_name(str(n)) == key]
        candidates = _candidates(rows, wanted)
        if not candidates:
            labels = sorted({str(label) for _, _, label, t in everything
                             if wanted is None or str(t) == wanted})
            raise UnknownName(name, difflib.get_close_matches(name, labels, n=5, cutoff=0.5))
    if len(candidates) > 1:
        raise AmbiguousName(name, candidates)
    return candidates[0].iri


def _candidates(rows, wanted: str | None) -> list[Candidate]:
    """One candidate per entity, keeping its most specific pol: type."""
    found: dict[URIRef, Candidate] = {}
    for e, label, t in rows:
        if wanted and str(t) != wanted and not (wanted == str(POL.Organization) and t == POL.Party):
            continue
        short = str(t).split("#")[-1]
        if e not in found or short == "Party":
            found[e] = Candidate(e, str(label), short)
    return sorted(found.values(), key=lambda c: (c.label, str(c.iri)))


class UnknownClass(LookupError):
    def __init__(self, name: str, base: str, closest: list[str]):
        hint = f"; closest: {', '.join(closest)}" if closest else ""
        super().__init__(f"{name!r} names no class of {base}{hint}")


@functools.cache
def _subclasses(base: str) -> dict[str, URIRef]:
    """Every ontology class under pol:`base` (itself included), by lowercased local name and
    label, spaces dropped ("became leader" and "BecameLeader" both say pol:BecameLeader)."""
    ontology = Graph().parse(ontology_path())
    names: dict[str, URIRef] = {}
    for cls in ontology.transitive_subjects(RDFS.subClassOf, POL[base]):
        local = str(cls).rpartition("#")[2]
        for name in (local, *map(str, ontology.objects(cls, RDFS.label))):
            names[_squeeze(name)] = cls
    return names


def resolve_class(name: str, base: str) -> URIRef:
    """The ontology class `name` means among pol:`base` and its subclasses, any case."""
    classes = _subclasses(base)
    found = classes.get(_squeeze(name))
    if found is None:
        close = difflib.get_close_matches(_squeeze(name), classes, n=5, cutoff=0.5)
        raise UnknownClass(name, base, list(dict.fromkeys(
            str(classes[key]).rpartition("#")[2] for key in close)))
    return found


def _squeeze(name: str) -> str:
    return "".join(name.lower().split())
