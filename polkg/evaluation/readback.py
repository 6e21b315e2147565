"""What the graph says about one document, read back with the named queries a user would run.

queries/document_entities.rq, document_events.rq and document_relations.rq
turn a document's named graph into facts in the gold format: entities with
their labels and the aliases the document used, events by type, agent,
object and date label, and tenures as memberOf/leaderOf/holdsOffice/represents
with start and end labels. Nothing here knows how a loader extracted them.
"""

from __future__ import annotations

from rdflib import URIRef

from polkg.api import KnowledgeGraph

from .facts import Entity, Event, Facts, Relation

_PUBLISHED = """
SELECT ?date WHERE { ?document pol:publicationDate ?d . ?d rdfs:label ?date }"""


def _text(value) -> str | None:
    text = "" if value is None else str(value).strip()
    return text or None


def document_facts(kg: KnowledgeGraph, document: URIRef, name: str) -> Facts:
    """The facts that the graph states in `document`'s named graph, in the gold format.

    The same fact stated twice (two nodes with the same content) is listed once.
    """
    published = kg.query(_PUBLISHED, {"document": document}).rows
    facts = Facts(name, _text(published[0][0]) if published else None)
    for row in kg.run("document_entities", document=str(document)).dicts():
        aliases = sorted({a for a in str(row["aliases"] or "").split(" | ") if a}
                         - {str(row["label"])})
        election = row["type"].toPython() == "Election"
        facts.entities.append(Entity(
            str(row["type"]), _text(row["label"]) or str(row["entity"]), tuple(aliases),
            _text(row["kind"]) if election else None, _text(row["date"]) if election else None,
        ))
    events = (Event(str(r["type"]), _text(r["agent"]), _text(r["object"]), _text(r["date"]))
              for r in kg.run("document_events", document=str(document)).dicts())
    facts.events = list(dict.fromkeys(events))
    relations = (Relation(str(r["type"]), str(r["subject"]), str(r["object"]),
                          _text(r["start"]), _text(r["end"]))
                 for r in kg.run("document_relations", document=str(document)).dicts())
    facts.relations = list(dict.fromkeys(relations))
    return facts
