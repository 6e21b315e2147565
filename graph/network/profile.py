"""An entity's profile, as its page shows it: names and identifiers, what it is, its relations,
its timeline, and the sentence or record behind each fact.

    kg = KnowledgeGraph("polkg-data")
    profile = kg.entity("Jeremy Corbyn")
    for entry in profile.timeline.entries:
        print(entry.date_text, entry.label, [e.sentence for e in profile.evidence_of(entry)])

Any node has a profile (a person, a party, an event, a document): what it states of itself
(`statements`), and the facts it takes part in (`relations`). Persons, parties and
constituencies also have a timeline (graph/network/timeline.py), each entry carrying its fact
nodes, whose evidence is read with the named query sources_of: a sentence of an article (with
the rule that read it) or a record of a data file (its line or JSON path). A fact loaded from
an RDF file has no evidence node: its document is its source.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rdflib import URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS

from polkg.graph.identity.resolve import UnknownName
from polkg.graph.store.store import Store
from polkg.ontology import POL
from polkg.ontology.vocab import tenure_kinds
from polkg.queries import ParameterError, named_queries

from .timeline import TIMELINE_QUERIES, Entry, Timeline, timeline

#: How many timeline entries a profile carries (the chart draws them all).
MAX_ENTRIES = 500
#: How many of the node's own statements it carries.
MAX_STATEMENTS = 500

#: What the profile shows apart from the node's other statements.
_OWN = (RDF.type, RDFS.label, POL.alias)
_IDS = (POL.wikidataId, POL.externalId, DCTERMS.identifier)
_OWN_TERMS = " ".join(p.n3() for p in (*_OWN, *_IDS))
#: The properties that tie a fact to its participants: an event's, and each tenure's two ends
#: (read from the ontology, so a new tenure kind is shown without a change here).
_ROLES = " ".join(sorted(p.n3() for p in {POL.agent, POL.object, POL.place, POL.election} | {
    end for kind in tenure_kinds().values() for end in (kind.agent, kind.target)}))
_ABOUT = f"""
SELECT DISTINCT ?property ?value ?valueLabel WHERE {{
  VALUES ?property {{ {_OWN_TERMS} }}
  ?entity ?property ?value .
  OPTIONAL {{ ?value rdfs:label ?valueLabel }}
}}"""
_STATEMENTS = f"""
SELECT DISTINCT ?property ?propertyLabel ?value ?valueLabel WHERE {{
  ?entity ?property ?value .
  FILTER (?property NOT IN ({_OWN_TERMS.replace(' ', ', ')}))
  OPTIONAL {{ ?property rdfs:label ?propertyLabel }}
  OPTIONAL {{ ?value rdfs:label ?valueLabel }}
}}
ORDER BY ?property ?value
LIMIT {MAX_STATEMENTS}"""
#: The entities that share a fact with this one, by the fact's class and both roles.
_RELATIONS = f"""
SELECT ?relation ?role ?other (SAMPLE(?label) AS ?otherLabel) ?otherRole
       (COUNT(DISTINCT ?fact) AS ?facts) WHERE {{
  VALUES ?role {{ {_ROLES} }}
  VALUES ?otherRole {{ {_ROLES} }}
  GRAPH ?graph {{ ?fact ?role ?entity ; ?otherRole ?other ; a ?class }}
  FILTER (?other != ?entity)
  ?class rdfs:label ?relation .
  OPTIONAL {{ ?other rdfs:label ?label }}
}}
GROUP BY ?relation ?role ?other ?otherRole
ORDER BY ?relation ?otherLabel"""


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: the document, and the sentence (articles) or record (data files)."""

    document: str
    file: str | None
    sentence: str | None
    locator: str | None
    extractor: str | None
    confidence: float | None

    def as_dict(self) -> dict:
        return {"document": self.document, "file": self.file, "sentence": self.sentence,
                "locator": self.locator, "extractor": self.extractor,
                "confidence": self.confidence}


@dataclass(frozen=True)
class Relation:
    """This entity and another share `facts` facts of one class (Membership, Elected...)."""

    relation: str
    role: str  # this entity's role in them (member, agent...)
    other: str
    other_label: str | None
    other_role: str  # the other's (organization, object...)
    facts: int

    def as_dict(self) -> dict:
        return {"relation": self.relation, "role": self.role, "other": self.other,
                "other_label": self.other_label, "other_role": self.other_role,
                "facts": self.facts}


@dataclass
class Profile:
    iri: URIRef
    label: str | None
    types: list[tuple[str, str | None]]  # (class IRI, its label)
    aliases: list[str]
    identifiers: list[tuple[str, str]]  # (property, value)
    statements: list[tuple[str, str | None, str, str | None, bool]]
    relations: list[Relation]
    timeline: Timeline | None
    #: Why there is no timeline (not a person, party or constituency).
    no_timeline: str | None = None
    #: Evidence by fact node; "" holds the evidence about the entity itself.
    evidence: dict[str, list[Evidence]] = field(default_factory=dict)

    def evidence_of(self, entry: Entry) -> list[Evidence]:
        """The sentences and records behind a timeline entry, each once."""
        found = [e for fact in entry.facts for e in self.evidence.get(fact, [])]
        return list(dict.fromkeys(found))

    def as_dict(self) -> dict:
        """JSON-ready, as the endpoint's /entity.json serves it."""
        entries = self.timeline.entries if self.timeline else []
        return {
            "iri": str(self.iri),
            "label": self.label,
            "types": [{"iri": t, "label": label} for t, label in self.types],
            "aliases": self.aliases,
            "identifiers": [{"property": p, "value": v} for p, v in self.identifiers],
            "statements": [{"property": p, "property_label": pl, "value": v, "value_label": vl,
                            "iri": is_iri} for p, pl, v, vl, is_iri in self.statements],
            "relations": [r.as_dict() for r in self.relations],
            "timeline": None if self.timeline is None else {
                "kind": self.timeline.kind,
                "total": self.timeline.total or len(entries),
                "entries": [{**e.as_dict(),
                             "evidence": [ev.as_dict() for ev in self.evidence_of(e)]}
                            for e in entries],
            },
            "no_timeline": self.no_timeline,
            "evidence_itself": [ev.as_dict() for ev in self.evidence.get("", [])],
        }


def profile(store: Store, iri: URIRef) -> Profile:
    """The profile of the node `iri`; UnknownName when the graph says nothing of it."""
    about = list(store.query(_ABOUT, {"entity": iri}).dicts())
    relations = [_relation(row) for row in store.query(_RELATIONS, {"entity": iri}).dicts()]
    statements = [_statement(row) for row in store.query(_STATEMENTS, {"entity": iri}).dicts()]
    if not (about or relations or statements):
        raise UnknownName(str(iri), [])
    values: dict[URIRef, list] = {}
    for row in about:
        values.setdefault(row["property"], []).append(row)
    labels = sorted(str(r["value"]) for r in values.get(RDFS.label, []))
    types = sorted({(str(r["value"]), _text(r["valueLabel"])) for r in values.get(RDF.type, [])})
    kinds = {t.rpartition("#")[2] for t, _ in types} & set(TIMELINE_QUERIES)
    found, why = None, "timelines are drawn for persons, parties and constituencies"
    if kinds:
        try:
            found, why = timeline(store, str(iri), limit=MAX_ENTRIES), None
        except ParameterError as exc:
            why = str(exc)
    return Profile(
        iri=iri, label=labels[0] if labels else None, types=types,
        aliases=sorted({str(r["value"]) for r in values.get(POL.alias, [])} - set(labels[:1])),
        identifiers=sorted({(_local(p), str(r["value"])) for p in _IDS
                            for r in values.get(p, [])}),
        statements=statements, relations=relations, timeline=found, no_timeline=why,
        evidence=_evidence(store, iri))


def _evidence(store: Store, iri: URIRef) -> dict[str, list[Evidence]]:
    by_fact: dict[str, list[Evidence]] = {}
    for row in store.query(named_queries()["sources_of"].text, {"entity": iri}).dicts():
        fact = "" if row["role"] is not None and str(row["role"]) == "itself" else str(row["fact"])
        confidence = row["confidence"]
        by_fact.setdefault(fact, []).append(Evidence(
            document=str(row["document"]), file=_text(row["file"]),
            sentence=_text(row["sentence"]), locator=_text(row["locator"]),
            extractor=_text(row["extractor"]),
            confidence=None if confidence is None else float(confidence.toPython())))
    return by_fact


def _relation(row: dict) -> Relation:
    return Relation(relation=str(row["relation"]), role=_local(row["role"]),
                    other=str(row["other"]), other_label=_text(row["otherLabel"]),
                    other_role=_local(row["otherRole"]), facts=int(row["facts"]))


def _statement(row: dict) -> tuple[str, str | None, str, str | None, bool]:
    value = row["value"]
    return (str(row["property"]), _text(row["propertyLabel"]), str(value),
            _text(row["valueLabel"]), isinstance(value, URIRef))


def _local(iri) -> str:
    """A property's name: pol:externalId -> externalId, dcterms:identifier -> identifier."""
    return str(iri).rpartition("#")[2].rpartition("/")[2]


def _text(term) -> str | None:
    return None if term is None else str(term)
