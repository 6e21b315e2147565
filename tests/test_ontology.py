"""The ontology: every term documented and aligned; POL in step with pol.ttl; shapes parse."""

from __future__ import annotations

from rdflib import Graph
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from polkg.ontology import POL, ontology_path, shapes_path

ALIGNMENT = (RDFS.subClassOf, RDFS.subPropertyOf, OWL.equivalentClass, OWL.equivalentProperty,
             SKOS.exactMatch, SKOS.closeMatch, SKOS.relatedMatch)
EVENT_TYPES = ("Elected Defeated StoodForElection ElectionCalled ElectionHeld BecameLeader "
               "Appointed Resigned Dismissed Suspended Expelled Reinstated Joined Left").split()


def _terms(graph: Graph) -> set:
    return {s for s in graph.subjects(RDF.type, None) if str(s).startswith(str(POL))}


def test_every_term_has_label_comment_and_alignment():
    graph = Graph().parse(ontology_path())
    for term in _terms(graph):
        assert graph.value(term, RDFS.label), f"{term} has no rdfs:label"
        assert graph.value(term, RDFS.comment), f"{term} has no rdfs:comment"
        aligned = any(True for p in ALIGNMENT for _ in graph.objects(term, p))
        assert aligned, f"{term} states no counterpart in a standard vocabulary"


def test_namespace_lists_exactly_the_ontology_terms():
    graph = Graph().parse(ontology_path())
    defined = {str(t)[len(str(POL)):] for t in _terms(graph)}
    declared = set(POL.__annotations__)
    assert defined == declared


def test_each_event_type_is_an_event_subclass():
    graph = Graph().parse(ontology_path())
    for name in EVENT_TYPES:
        assert (POL[name], RDFS.subClassOf, POL.Event) in graph


def test_shapes_parse():
    assert len(Graph().parse(shapes_path())) > 0
