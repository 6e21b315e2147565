"""The SPARQL 1.1 Service Description of the endpoint (what GET /sparql without a query returns)."""

from __future__ import annotations

import pyoxigraph as ox

from .formats import GRAPH_FORMATS, RESULT_FORMATS

SD = "http://www.w3.org/ns/sparql-service-description#"
FORMATS_NS = "http://www.w3.org/ns/formats/"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
_RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
_RDFS_LABEL = ox.NamedNode(RDFS + "label")

#: Result format IRIs from the W3C format registry (https://www.w3.org/ns/formats/).
_FORMAT_IRIS = {"json": "SPARQL_Results_JSON", "xml": "SPARQL_Results_XML",
                "csv": "SPARQL_Results_CSV", "tsv": "SPARQL_Results_TSV",
                "turtle": "Turtle", "nt": "N-Triples", "nq": "N-Quads", "trig": "TriG",
                "jsonld": "JSON-LD", "rdfxml": "RDF_XML"}


def service_description(endpoint_url: str, *, updates: bool) -> list[ox.Triple]:
    """Triples describing the endpoint at endpoint_url (SPARQL 1.1 Service Description)."""
    service = ox.BlankNode("service")
    dataset = ox.BlankNode("dataset")

    def sd(name: str) -> ox.NamedNode:
        return ox.NamedNode(SD + name)

    triples = [
        ox.Triple(service, _RDF_TYPE, sd("Service")),
        ox.Triple(service, _RDFS_LABEL, ox.Literal("polkg SPARQL endpoint")),
        ox.Triple(service, sd("endpoint"), ox.NamedNode(endpoint_url)),
        ox.Triple(service, sd("supportedLanguage"), sd("SPARQL11Query")),
        # Queries see the union of every document's named graph as their default graph.
        ox.Triple(service, sd("feature"), sd("UnionDefaultGraph")),
        ox.Triple(service, sd("defaultDataset"), dataset),
        ox.Triple(dataset, _RDF_TYPE, sd("Dataset")),
    ]
    if updates:
        triples.append(ox.Triple(service, sd("supportedLanguage"), sd("SPARQL11Update")))
    for fmt in (*RESULT_FORMATS, *GRAPH_FORMATS):
        iri = ox.NamedNode(FORMATS_NS + _FORMAT_IRIS[fmt.name])
        triples.append(ox.Triple(service, sd("resultFormat"), iri))
    return triples
