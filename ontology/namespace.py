"""POL: the closed namespace of ontology/pol.ttl, made from the file itself.

Every term pol.ttl declares (a subject with an rdf:type) is a member; any other
name fails at once (`POL.Expeled` raises AttributeError), as with rdflib's own
DefinedNamespaces. Adding a class to pol.ttl adds it here: nothing is retyped.
"""

from importlib.resources import files
from pathlib import Path

import pyoxigraph as ox
from rdflib import URIRef
from rdflib.namespace import RDF, DefinedNamespace, Namespace

IRI = "https://w3id.org/polkg/ontology#"


def ontology_path() -> Path:
    """Path of pol.ttl, the OWL ontology."""
    return Path(str(files(__package__) / "pol.ttl"))


def _terms() -> list[str]:
    """The local names of the terms pol.ttl declares, in its order."""
    typed = (t.subject.value for t in ox.parse(path=str(ontology_path()),
                                               format=ox.RdfFormat.TURTLE)
             if t.predicate.value == str(RDF.type) and isinstance(t.subject, ox.NamedNode))
    return list(dict.fromkeys(iri[len(IRI):] for iri in typed if iri.startswith(IRI)))


POL = type(DefinedNamespace)("POL", (DefinedNamespace,), {
    "_NS": Namespace(IRI), "_fail": True,
    "__annotations__": dict.fromkeys(_terms(), URIRef),
    "__doc__": __doc__,
})
