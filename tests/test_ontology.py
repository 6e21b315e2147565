"""The ontology: every term documented and aligned; POL in step with pol.ttl; shapes parse."""

from __future__ import annotations

from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SH, SKOS

from polkg import KnowledgeGraph
from polkg.evaluation import document_facts
from polkg.evaluation.facts import EVENT_TYPES as GOLD_EVENT_TYPES
from polkg.evaluation.facts import RELATION_TYPES
from polkg.graph.identity.linking import Linker
from polkg.loaders import Source
from polkg.loaders.writer import FactWriter
from polkg.ontology import POL, ontology_path, shapes_path
from polkg.ontology.vocab import event_classes, tenure_kinds

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


def test_every_event_class_is_counted_known_to_the_evaluation_and_written(tmp_path):
    """Adding a subclass of pol:Event to pol.ttl is all it takes for stats, eval and writer."""
    graph = Graph().parse(ontology_path())
    declared = set(graph.subjects(RDFS.subClassOf, POL.Event))
    classes = event_classes()
    assert {c.iri for c in classes.values()} == declared
    assert all(c.label and c.verb != "None" for c in classes.values())
    assert set(GOLD_EVENT_TYPES) == set(classes)
    shapes = Graph().parse(shapes_path())
    shaped = set(shapes.objects(URIRef("https://w3id.org/polkg/shapes#EventShape"), SH.targetClass))
    assert shaped == declared, "ontology/shapes.ttl: pols:EventShape must target every event class"
    source = Source(tmp_path / "events.txt", b"one of each")
    writer = FactWriter(source.graph, Linker(), "test", "1")
    person = writer.entity("person", "Ann Example")
    party = writer.entity("party", "Example Party")
    for c in classes.values():
        writer.event(c.iri, f"Ann Example {c.verb} Example Party", agent=person, obj=party,
                     date="2020", locator="line 1")
    kg = KnowledgeGraph(":memory:")
    document = writer.document(source, "test", "1")
    kg.store.write_document(source.graph, document.quads())
    kg.ensure_ontology()  # the event queries read the class hierarchy from it
    assert kg.stats()["events"] == len(classes)
    read_back = document_facts(kg, source.graph, source.path.name)
    assert sorted(e.type for e in read_back.events) == sorted(classes)


def test_tenure_kinds_come_with_their_properties():
    kinds = tenure_kinds()
    graph = Graph().parse(ontology_path())
    assert set(kinds) == set(graph.subjects(RDFS.subClassOf, POL.Tenure))
    assert [k.relation for k in kinds.values()] == list(RELATION_TYPES)
    for kind in kinds.values():
        assert (kind.agent, RDFS.range, POL.Person) in graph
        assert kind.target != kind.agent and kind.edge and kind.verb
