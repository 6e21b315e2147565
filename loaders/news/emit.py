"""ArticleFacts to the triples of the article's graph, in the team's modelling conventions."""

from __future__ import annotations

from decimal import Decimal

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, XSD

from polkg.graph.identity.dates import DateInterval
from polkg.graph.identity.identity import fact_iri
from polkg.graph.identity.linking import Linker
from polkg.ontology import POL

from .article import Article
from .extract import ArticleFacts
from .facts import CLASSES, Entity, Evidence

TENURES = {  # relation type -> (class, subject property, object property)
    "memberOf": (POL.Membership, POL.member, POL.organization),
    "leaderOf": (POL.Leadership, POL.leader, POL.organization),
    "holdsOffice": (POL.OfficeHolding, POL.holder, POL.office),
    "represents": (POL.Representation, POL.representative, POL.constituency),
}
WORDS = {"memberOf": "in", "leaderOf": "leader of", "holdsOffice": "as",
         "represents": "representing"}
EVENT_WORDS = {
    "Elected": "elected for", "Defeated": "defeated in", "StoodForElection": "stood in",
    "ElectionCalled": "called", "ElectionHeld": "held", "BecameLeader": "became leader of",
    "Appointed": "appointed", "Resigned": "resigned from", "Dismissed": "dismissed from",
    "Suspended": "suspended from", "Expelled": "expelled from", "Reinstated": "reinstated in",
    "Joined": "joined", "Left": "left",
}


def article_graph(article: Article, facts: ArticleFacts, version: str,
                  linker: Linker | None = None) -> Graph:
    """The article's graph. `linker` (the load's, shared with the other loaders) decides which
    node each entity is: one already stored under that name or alias, or a new one."""
    g = Graph()
    doc = article.source.graph
    g.add((doc, DCTERMS.title, Literal(article.title)))
    if article.published is not None:
        _date(g, doc, POL.publicationDate, DateInterval.of_day(article.published))
    linker = linker or Linker()
    linked: dict[int, URIRef] = {}

    def entity_node(entity: Entity) -> URIRef:
        """The entity's node, typed and labelled the first time a fact or the article names it."""
        if id(entity) not in linked:
            found = linker.link(entity.kind, entity.name)
            linked[id(entity)] = found.iri
            g.add((found.iri, RDF.type, POL[CLASSES[entity.kind]]))
            g.add((found.iri, RDFS.label, Literal(found.label)))
            for alias in sorted((entity.aliases | {entity.name}) - {found.label}):
                g.add((found.iri, POL.alias, Literal(alias)))
            if entity.kind == "election":
                g.add((found.iri, POL.electionKind, Literal(entity.election_kind)))
                if entity.date is not None:
                    _date(g, found.iri, POL.date, entity.date)
        return linked[id(entity)]

    for entity in facts.entities:
        entity_node(entity)
    for ev in facts.events:
        key = (ev.type, ev.agent and ev.agent.name, ev.object and ev.object.name, ev.date,
               ev.evidence.char_start)
        node = fact_iri("event", doc, *key)
        g.add((node, RDF.type, POL[ev.type]))
        if ev.agent is not None:
            g.add((node, POL.agent, entity_node(ev.agent)))
        if ev.object is not None:
            g.add((node, POL.object, entity_node(ev.object)))
            if ev.object.kind == "election":
                g.add((node, POL.election, entity_node(ev.object)))
        if ev.date is not None:
            _date(g, node, POL.date, ev.date)
        else:
            g.add((node, POL.dateUnknownReason, Literal(ev.date_reason or "not stated")))
        who = ev.agent.name + " " if ev.agent else ""
        what = ev.object.name if ev.object else "(unnamed)"
        g.add((node, RDFS.label, Literal(f"{who}{EVENT_WORDS[ev.type]} {what}".strip())))
        _evidence(g, node, doc, ev.evidence, version)
    for rel in facts.relations:
        cls, subj, obj = TENURES[rel.type]
        node = fact_iri(cls.split("#")[-1].lower(), doc, rel.type, rel.subject.name,
                        rel.object.name)
        g.add((node, RDF.type, cls))
        g.add((node, subj, entity_node(rel.subject)))
        g.add((node, obj, entity_node(rel.object)))
        g.add((node, RDFS.label,
               Literal(f"{rel.subject.name} {WORDS[rel.type]} {rel.object.name}")))
        if rel.start is not None:
            _date(g, node, POL.start, rel.start)
        if rel.end is not None:
            _date(g, node, POL.end, rel.end)
        _evidence(g, node, doc, rel.evidence, version)
    return g


def _date(g: Graph, node: URIRef, prop: URIRef, interval: DateInterval) -> None:
    g.add((node, prop, interval.iri))
    for triple in interval.triples():
        g.add(triple)


def _evidence(g: Graph, fact: URIRef, doc: URIRef, ev: Evidence, version: str) -> None:
    node = fact_iri("evidence", fact, ev.rule, ev.char_start)
    g.add((fact, POL.evidence, node))
    g.add((node, RDF.type, POL.Evidence))
    g.add((node, POL.sourceDocument, doc))
    g.add((node, POL.sentence, Literal(ev.sentence)))
    g.add((node, POL.charStart, Literal(ev.char_start, datatype=XSD.integer)))
    g.add((node, POL.charEnd, Literal(ev.char_end, datatype=XSD.integer)))
    g.add((node, POL.extractor, Literal(ev.rule)))
    g.add((node, POL.extractorVersion, Literal(version)))
    g.add((node, POL.confidence, Literal(Decimal(str(ev.confidence)), datatype=XSD.decimal)))
