"""The polkg vocabulary: namespace constants and the ontology files.

`POL` is a closed namespace made from ontology/pol.ttl, so a misspelt term
fails at once; vocab.py reads the event classes and tenure kinds from the same
file.
"""

from importlib.resources import files
from pathlib import Path

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, OWL, PROV, RDF, RDFS, SDO, SKOS, TIME, XSD

from .namespace import POL, ontology_path

ONTOLOGY_IRI = URIRef("https://w3id.org/polkg/ontology")
#: Where minted entity, fact and document IRIs live.
ID = Namespace("https://w3id.org/polkg/id/")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
OPENGOV = Namespace("http://www.w3.org/ns/opengov#")
WD = Namespace("http://www.wikidata.org/entity/")

#: Prefixes bound in exports and offered to every query.
PREFIXES: dict[str, str] = {
    "pol": str(POL),
    "id": str(ID),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "xsd": str(XSD),
    "owl": str(OWL),
    "skos": str(SKOS),
    "org": str(ORG),
    "foaf": str(FOAF),
    "schema": str(SDO),
    "time": str(TIME),
    "prov": str(PROV),
    "dcterms": str(DCTERMS),
    "sem": str(SEM),
    "wd": str(WD),
}


def shapes_path() -> Path:
    """Path of shapes.ttl, the SHACL consistency rules."""
    return Path(str(files(__package__) / "shapes.ttl"))


def sparql_prologue() -> str:
    """PREFIX declarations for every prefix in PREFIXES."""
    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())


__all__ = ["POL", "ID", "SEM", "OPENGOV", "WD", "PREFIXES", "ONTOLOGY_IRI",
           "ontology_path", "shapes_path", "sparql_prologue"]
