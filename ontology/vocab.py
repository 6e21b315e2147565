"""The vocabulary as code reads it: event classes and tenure kinds, taken from pol.ttl.

Nothing here is typed twice: the classes, their labels, the verb phrases that
fact labels use, the relation a tenure is in the network (skos:altLabel), a tenure's two
properties (from the class's OWL
restrictions: the one whose values are persons is the agent's) and its
relation name (skos:notation, as gold files and the news rules write it) are
read from ontology/pol.ttl, once per process (pyoxigraph's parser: a few milliseconds), and
kept in the order pol.ttl declares them.

>>> event_classes()["Expelled"].verb
'expelled from'
>>> tenure("memberOf").agent == POL.member
True
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import pyoxigraph as ox
from rdflib import URIRef
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
def _statements() -> dict[str, dict[str, list[str]]]:
    """pol.ttl as subject -> predicate -> objects (IRIs, blank node ids, literal values), in the
    file's order. pyoxigraph parses it in milliseconds: every command starts with this."""
    statements: dict[str, dict[str, list[str]]] = {}
    for t in ox.parse(path=str(ontology_path()), format=ox.RdfFormat.TURTLE):
        statements.setdefault(t.subject.value, {}).setdefault(t.predicate.value, []).append(
            t.object.value)
    return statements


def _value(subject: str, predicate: URIRef) -> str:
    return _statements()[subject][str(predicate)][0]


def _subclasses(parent: URIRef) -> list[str]:
    return [s for s, props in _statements().items()
            if str(parent) in props.get(str(RDFS.subClassOf), ()) and s.startswith(str(POL))]


def _name(iri: str) -> str:
    return iri[len(str(POL)):]


@cache
def event_classes() -> dict[str, EventClass]:
    """pol:Event's subclasses by local name."""
    return {_name(c): EventClass(URIRef(c), _name(c), _value(c, RDFS.label),
                                 _value(c, POL.verbPhrase))
            for c in _subclasses(POL.Event)}


@cache
def tenure_kinds() -> dict[URIRef, TenureKind]:
    """pol:Tenure's subclasses by IRI."""
    statements = _statements()
    kinds = {}
    for c in _subclasses(POL.Tenure):
        restrictions = [statements[r] for r in statements[c][str(RDFS.subClassOf)]
                        if str(OWL.onProperty) in statements.get(r, {})]
        ends = {r[str(OWL.someValuesFrom)][0]: URIRef(r[str(OWL.onProperty)][0])
                for r in restrictions}
        agent = ends.pop(str(POL.Person))
        (target,) = ends.values()
        kinds[URIRef(c)] = TenureKind(URIRef(c), _name(c), _value(c, RDFS.label),
                                      _value(c, SKOS.notation), _value(c, SKOS.altLabel),
                                      agent, target, _value(c, POL.verbPhrase))
    return kinds


def tenure(relation: str) -> TenureKind:
    """The tenure kind of a relation name ("memberOf")."""
    return next(k for k in tenure_kinds().values() if k.relation == relation)
