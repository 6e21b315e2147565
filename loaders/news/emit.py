"""ArticleFacts to the triples of the article's graph, through the loaders' one FactWriter."""

from __future__ import annotations

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS

from polkg.graph.identity.linking import Linker
from polkg.loaders.writer import FactWriter
from polkg.ontology import POL
from polkg.ontology.vocab import event_classes, tenure

from .article import Article
from .extract import ArticleFacts
from .facts import Entity, Evidence


def article_graph(article: Article, facts: ArticleFacts, version: str,
                  linker: Linker | None = None) -> set[tuple]:
    """The article's triples. `linker` (the load's, shared with the other loaders) decides which
    node each entity is: one already stored under that name or alias, or a new one."""
    doc = article.source.graph
    w = FactWriter(doc, linker or Linker(), "news", version)
    w.add((doc, DCTERMS.title, Literal(article.title)))
    if article.published is not None:
        w.add((doc, POL.publicationDate, w.date(article.published.isoformat())))
    linked: dict[int, URIRef] = {}

    def entity_node(entity: Entity) -> URIRef:
        """The entity's node, typed and labelled the first time a fact or the article names it."""
        if id(entity) not in linked:
            node = linked[id(entity)] = w.entity(entity.kind, entity.name, (),
                                                 sorted(entity.aliases), gender=entity.gender)
            if entity.kind == "election":
                w.literal(node, POL.electionKind, entity.election_kind)
                if entity.date is not None:
                    w.add((node, POL.date, w.date(entity.date)))
        return linked[id(entity)]

    for entity in facts.entities:
        entity_node(entity)
    for entity, start, end in facts.mentions:
        w.mention(entity_node(entity), start, end)
    for ev in facts.events:
        who = ev.agent.name + " " if ev.agent else ""
        what = ev.object.name if ev.object else "(unnamed)"
        election = [(POL.election, entity_node(ev.object))] \
            if ev.object is not None and ev.object.kind == "election" else []
        node = w.event(
            POL[ev.type], f"{who}{event_classes()[ev.type].verb} {what}".strip(),
            agent=ev.agent and entity_node(ev.agent), obj=ev.object and entity_node(ev.object),
            date=ev.date, date_reason=ev.date_reason or "not stated", extra=election,
            key=(ev.type, ev.agent and ev.agent.name, ev.object and ev.object.name, ev.date,
                 ev.evidence.char_start))
        _cite(w, node, ev.evidence)
    seen: dict[tuple, int] = {}
    for rel in facts.relations:
        key = (rel.type, rel.subject.name, rel.object.name)
        seen[key] = seen.get(key, -1) + 1  # a second tenure of the same (extract's
        # _merge_relations keeps one that ended before another began) is a node of its own
        node = w.tenure(tenure(rel.type).iri, entity_node(rel.subject), entity_node(rel.object),
                        start=rel.start, end=rel.end,
                        key=(*key, seen[key]) if seen[key] else key)
        _cite(w, node, rel.evidence)
    return w.triples


def _cite(w: FactWriter, fact: URIRef, ev: Evidence) -> None:
    w.passage(fact, ev.sentence, ev.char_start, ev.char_end, ev.rule, ev.confidence)
