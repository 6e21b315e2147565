"""POL (ontology/namespace.py) and ontology/pol.ttl define exactly the same terms."""

from __future__ import annotations

from rdflib import Graph
from rdflib.namespace import OWL, RDF

from polkg.ontology import POL, ontology_path

_KINDS = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)


def _defined_in_ttl() -> set[str]:
    graph = Graph().parse(ontology_path())
    ns = str(POL)
    return {str(s)[len(ns):] for kind in _KINDS for s in graph.subjects(RDF.type, kind)
            if str(s).startswith(ns)}


def _listed_in_pol() -> set[str]:
    return set(POL.__annotations__)


def test_pol_lists_every_term_of_the_ontology():
    missing = sorted(_defined_in_ttl() - _listed_in_pol())
    assert not missing, f"add to ontology/namespace.py: {missing}"


def test_pol_lists_no_term_the_ontology_lacks():
    extra = sorted(_listed_in_pol() - _defined_in_ttl())
    assert not extra, f"remove from ontology/namespace.py or define in pol.ttl: {extra}"


def test_every_term_has_label_comment_and_alignment():
    from rdflib.namespace import RDFS, SKOS

    graph = Graph().parse(ontology_path())
    aligning = (RDFS.subClassOf, RDFS.subPropertyOf, OWL.equivalentClass, SKOS.exactMatch,
                SKOS.closeMatch, SKOS.relatedMatch)
    for name in sorted(_defined_in_ttl()):
        term = POL[name]
        assert graph.value(term, RDFS.label), f"pol:{name} has no rdfs:label"
        assert graph.value(term, RDFS.comment), f"pol:{name} has no rdfs:comment"
        assert any(graph.value(term, p) for p in aligning) or name in _UNALIGNED, \
            f"pol:{name} states no counterpart (subClassOf, subPropertyOf, skos match)"


#: Core terms that state no counterpart yet: listed here so the gap stays visible, and so a
#: new term without an alignment fails this test.
_UNALIGNED = {"charEnd", "charStart", "confidence", "contentHash", "dateUnknownReason", "election",
              "electionKind", "extractor", "extractorVersion", "fileName", "recordLocator",
              "representative"}
