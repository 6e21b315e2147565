"""The vocabulary as code reads it: event classes and tenure kinds, taken from pol.ttl.

Nothing here is typed twice: the classes, their labels, the verb phrases that
fact labels use, the relation a tenure is in the network (skos:altLabel), a tenure's two
properties (from the class's OWL
restrictions: the one whose values are persons is the agent's) and its
relation name (skos:notation, as gold files and the news rules write it) are
read from ontology/pol.ttl, once per process, and kept in the order pol.ttl declares them.

>>> event_classes()["Expelled"].verb
'expelled from'
>>> tenure("memberOf").agent == POL.member
True
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import pyoxigraph as ox
from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDFS, SKOS

from .namespace import POL, ontology_path


@dataclass(frozen=True)
class EventClass:
    """A subclass of pol:Event: Elected, Expelled, ResultDeclared..."""

    iri: URIRef
    name: str  # the local name: "Expelled"
    label: str  # "Expelled"
    verb: str  # "expelled from"


@dataclass(frozen=True)
class TenureKind:
    """A subclass of pol:Tenure, with the properties that tie it to its two ends."""

    iri: URIRef
    name: str  # the local name: "Membership"
    label: str  # "Membership"
    relation: str  # "memberOf" (gold files, news rules)
    edge: str  # "member of": the relation as the network names it
    agent: URIRef  # pol:member: the person
    target: URIRef  # pol:organization: the party, organisation, office or constituency
    verb: str  # "in": "Jeremy Corbyn in Labour Party"


@cache
def _ontology() -> Graph:
    return Graph().parse(ontology_path())


@cache
def _declared() -> dict[str, int]:
    """Each subject's place in pol.ttl (rdflib's graph keeps no order; the parser's stream does)."""
    order: dict[str, int] = {}
    for triple in ox.parse(path=str(ontology_path()), format=ox.RdfFormat.TURTLE):
        order.setdefault(triple.subject.value, len(order))
    return order


def _subclasses(parent: URIRef) -> list[URIRef]:
    graph = _ontology()
    return sorted((c for c in graph.subjects(RDFS.subClassOf, parent) if isinstance(c, URIRef)),
                  key=lambda c: _declared()[str(c)])


def _name(iri: URIRef) -> str:
    return str(iri)[len(str(POL)):]


@cache
def event_classes() -> dict[str, EventClass]:
    """pol:Event's subclasses by local name."""
    graph = _ontology()
    return {_name(c): EventClass(c, _name(c), str(graph.value(c, RDFS.label)),
                                 str(graph.value(c, POL.verbPhrase)))
            for c in _subclasses(POL.Event)}


@cache
def tenure_kinds() -> dict[URIRef, TenureKind]:
    """pol:Tenure's subclasses by IRI."""
    graph = _ontology()
    kinds = {}
    for c in _subclasses(POL.Tenure):
        ends = {graph.value(r, OWL.someValuesFrom): graph.value(r, OWL.onProperty)
                for r in graph.objects(c, RDFS.subClassOf) if (r, OWL.onProperty, None) in graph}
        agent = ends.pop(POL.Person)
        (target,) = ends.values()
        kinds[c] = TenureKind(c, _name(c), str(graph.value(c, RDFS.label)),
                              str(graph.value(c, SKOS.notation)),
                              str(graph.value(c, SKOS.altLabel)), agent, target,
                              str(graph.value(c, POL.verbPhrase)))
    return kinds


def tenure(relation: str) -> TenureKind:
    """The tenure kind of a relation name ("memberOf")."""
    return next(k for k in tenure_kinds().values() if k.relation == relation)
