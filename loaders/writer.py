"""The one writer of facts: entities, tenures, events, dates, evidence and mentions, in the
modelling conventions (docs/ONTOLOGY.md), for every loader.

A FactWriter holds one document's triples and the Linker that decides entity
nodes. Structured loaders cite the record a fact was read from (`locator`:
"line 12", "$.memberships[3]"); the news loader cites the passage
(`passage()`: the sentence, its offsets, the rule, a confidence). Class names,
tenure properties and the verbs of fact labels come from ontology/pol.ttl
(ontology/vocab.py).
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from rdflib import Literal, URIRef
from rdflib.namespace import RDF, RDFS, XSD

from polkg.graph.identity.dates import DateInterval
from polkg.graph.identity.identity import HONORIFICS, fact_iri, title_gender
from polkg.graph.identity.linking import TYPES, Linker, Post, identifier_triples
from polkg.ontology import POL
from polkg.ontology.vocab import tenure_kinds

from .base import Document, Source
from .parties import canonical_party, is_party

_CONFIDENCE = Literal(Decimal("1.0"), datatype=XSD.decimal)
#: Terms looked up once: DefinedNamespace attribute access is slow in loops over 100k records.
_CLASS = {kind: POL[name] for kind, name in TYPES.items()}
_ALIAS, _START, _END, _ROLE, _EVIDENCE = POL.alias, POL.start, POL.end, POL.role, POL.evidence
_HELD_FROM, _HELD_UNTIL, _CARRIED = POL.heldFrom, POL.heldUntil, POL.carriedUntil
#: Tenure class -> (kind for fact_iri, person property, other property, label verb).
_TENURES = {k.iri: (k.name.lower(), k.agent, k.target, k.verb) for k in tenure_kinds().values()}


class FactWriter:
    """One document's triples, written fact by fact."""

    def __init__(self, doc: URIRef, linker: Linker, extractor: str, version: str):
        self.doc, self.linker = doc, linker
        self.extractor, self.version = Literal(extractor), Literal(version)
        # A set, not an rdflib Graph: adding to a Graph costs several times more, and the
        # store takes the triples as they are.
        self.triples: set[tuple] = set()
        self._add = self.add = self.triples.add
        self._dates: dict[str, URIRef] = {}
        self._evidence: dict[str, URIRef] = {}
        self._labels: dict[URIRef, str] = {}
        self._parties: dict[tuple, URIRef | None] = {}

    def document(self, source: Source, loader: str, version: str) -> Document:
        """The document of the triples written, for the store to write as its graph."""
        return Document(source, loader, version, self.triples)

    # -- entities ----------------------------------------------------------

    def entity(self, kind: str, name: str, identifiers: Iterable[str] = (),
               aliases: Iterable[str] = (), hint: str = "", born: str | None = None,
               post: Post | None = None, gender: str | None = None) -> URIRef:
        """The entity's node, typed and named; a name other than its label becomes an alias.
        `post` is the seat or office the source has the person hold (linking.post_of);
        `gender` what the source tells of the person's ("m", "f"; else the name's title)."""
        ids = list(identifiers)
        if kind == "person":
            gender = gender or title_gender(name)
            name, aliases = without_honorifics(name), (name, *aliases)
        linked = self.linker.link(kind, name, ids, hint, born, post, gender)
        iri = linked.iri
        add = self._add
        add((iri, RDF.type, _CLASS[kind]))
        add((iri, RDFS.label, Literal(linked.label)))
        self._labels[iri] = linked.label
        for alias in (name, *aliases):
            if alias and alias != linked.label:
                add((iri, _ALIAS, Literal(alias)))
        for triple in identifier_triples(iri, ids):
            add(triple)
        return iri

    def party(self, name: str, identifiers: Iterable[str] = (),
              aliases: Iterable[str] = ()) -> URIRef | None:
        """The party a source names, canonicalised; None for "Independent" and the like.

        A source's Wikidata id for a listed party gives way to the table's (EveryPolitician
        gives Labour/Co-operative MPs the joint group's id).
        """
        key = (name, tuple(identifiers), tuple(aliases))
        if key not in self._parties:
            self._parties[key] = self._party(name, *key[1:])
        return self._parties[key]

    def _party(self, name: str, identifiers: tuple, aliases: tuple) -> URIRef | None:
        if not is_party(name):
            return None
        ids = list(identifiers)
        wikidata = next((i[9:] for i in ids if i.startswith("wikidata:")), None)
        party = canonical_party(name, wikidata)
        ids = [i for i in ids if not i.startswith("wikidata:")]
        if party.wikidata:
            ids.insert(0, f"wikidata:{party.wikidata}")
        names = [a for a in (name, *party.aliases, *aliases) if a != party.name]
        return self.entity("party", party.name, ids, names)

    def label_of(self, iri: URIRef) -> str:
        return self._labels[iri]

    def date(self, when: str | DateInterval | None) -> URIRef | None:
        """A date node at the precision given (added to the graph); None for no date."""
        if not when:
            return None
        text = str(when)
        iri = self._dates.get(text)
        if iri is None:
            interval = when if isinstance(when, DateInterval) else DateInterval.parse(text)
            iri = self._dates[text] = interval.iri
            for triple in interval.triples():
                self._add(triple)
        return iri

    def literal(self, subject: URIRef, prop: URIRef, value) -> None:
        if value is not None and value != "":
            self._add((subject, prop, value if isinstance(value, Literal) else Literal(value)))

    # -- facts -------------------------------------------------------------

    def evidence(self, locator: str) -> URIRef:
        """The evidence node of one record (shared by the facts read from it): a structured
        source's line or JSON path."""
        ev = self._evidence.get(locator)
        if ev is not None:
            return ev
        ev = self._evidence[locator] = fact_iri("evidence", self.doc, locator)
        add = self._add
        add((ev, RDF.type, POL.Evidence))
        add((ev, POL.sourceDocument, self.doc))
        add((ev, POL.recordLocator, Literal(locator)))
        add((ev, POL.extractor, self.extractor))
        add((ev, POL.extractorVersion, self.version))
        add((ev, POL.confidence, _CONFIDENCE))
        return ev

    def passage(self, fact: URIRef, sentence: str, start: int, end: int, rule: str,
                confidence: float) -> URIRef:
        """The evidence node of a fact read from text: the sentence, its character offsets, the
        rule that read it and how sure the rule is."""
        node = fact_iri("evidence", fact, rule, start)
        add = self._add
        add((fact, _EVIDENCE, node))
        add((node, RDF.type, POL.Evidence))
        add((node, POL.sourceDocument, self.doc))
        add((node, POL.sentence, Literal(sentence)))
        add((node, POL.charStart, Literal(start, datatype=XSD.integer)))
        add((node, POL.charEnd, Literal(end, datatype=XSD.integer)))
        add((node, POL.extractor, Literal(rule)))
        add((node, POL.extractorVersion, self.version))
        add((node, POL.confidence, Literal(Decimal(str(confidence)), datatype=XSD.decimal)))
        return node

    def mention(self, entity: URIRef, start: int, end: int) -> URIRef:
        """Where the document first names `entity` (offsets into the decoded file), fact or not:
        a pol:Mention node, and a plain `doc pol:mentions entity` for cheap questions."""
        node = fact_iri("mention", self.doc, entity)
        add = self._add
        add((self.doc, POL.mentions, entity))
        add((node, RDF.type, POL.Mention))
        add((node, POL.mentionIn, self.doc))
        add((node, POL.mentionOf, entity))
        add((node, POL.charStart, Literal(start, datatype=XSD.integer)))
        add((node, POL.charEnd, Literal(end, datatype=XSD.integer)))
        return node

    def tenure(self, cls: URIRef, person: URIRef, other: URIRef, *,
               start: str | DateInterval | None = None, end: str | DateInterval | None = None,
               held: tuple[str | None, str | None] = (None, None),
               carried_until: str | None = None,
               locator: str | None = None, role: str | None = None, key: tuple = (),
               extra: Iterable[tuple[URIRef, URIRef]] = ()) -> URIRef:
        """A Membership, Leadership, OfficeHolding or Representation node with its dates.

        `start` and `end` are when it began and ended. `held` is the span a source attests
        without saying either (an election result: polling day; a term file: the term), and
        `carried_until` how far that evidence reaches (docs/QUERIES.md, "Dates and certain").
        Its IRI is minted from `key`, or else from its ends, dates and role; `locator` names
        the record it was read from (a fact read from text cites its passage instead).
        """
        kind, person_prop, other_prop, verb = _TENURES[cls]
        attested = (*held, carried_until) if any(held) else ()
        node = fact_iri(kind, self.doc, *(key or (person, other, start, end, role, *attested)))
        add = self._add
        add((node, RDF.type, cls))
        add((node, person_prop, person))
        add((node, other_prop, other))
        add((node, RDFS.label, Literal(f"{self.label_of(person)} {verb} {self.label_of(other)}")))
        carried = carried_until if any(held) else None
        for prop, text in ((_START, start), (_END, end), (_HELD_FROM, held[0]),
                           (_HELD_UNTIL, held[1]), (_CARRIED, carried)):
            date = self.date(text)
            if date is not None:
                add((node, prop, date))
        if role:
            add((node, _ROLE, Literal(role)))
        for prop, value in extra:
            add((node, prop, value))
        if locator is not None:
            add((node, _EVIDENCE, self.evidence(locator)))
        return node

    def event(self, cls: URIRef, label: str, *, agent: URIRef | None = None,
              obj: URIRef | None = None, date: str | DateInterval | None,
              locator: str | None = None, key: tuple = (),
              date_reason: str = "the source gives no date",
              extra: Iterable[tuple[URIRef, URIRef]] = ()) -> URIRef:
        """An event node (pol:Elected, pol:ResultDeclared...) with its date and evidence.

        Its IRI is minted from `key`, or else from its class, ends, date and label; an event
        without a date states why (`date_reason`).
        """
        node = fact_iri("event", self.doc, *(key or (cls, agent, obj, date, label)))
        add = self._add
        add((node, RDF.type, cls))
        add((node, RDFS.label, Literal(label)))
        if agent is not None:
            add((node, POL.agent, agent))
        if obj is not None:
            add((node, POL.object, obj))
        date_node = self.date(date)
        if date_node is not None:
            add((node, POL.date, date_node))
        else:
            add((node, POL.dateUnknownReason, Literal(date_reason)))
        for prop, value in extra:
            add((node, prop, value))
        if locator is not None:
            add((node, POL.evidence, self.evidence(locator)))
        return node

    def vote_count(self, result: URIRef, party: URIRef, votes: int) -> URIRef:
        """The votes one party received in a declared result."""
        node = fact_iri("votecount", result, party)
        add = self._add
        add((node, RDF.type, POL.VoteCount))
        add((node, POL.votesFor, party))
        add((node, POL.votes, Literal(votes)))
        add((node, RDFS.label, Literal(f"{self.label_of(party)}: {votes}")))
        add((result, POL.voteCount, node))
        return node


def without_honorifics(name: str) -> str:
    """A person's name without leading titles: 'Dr. Ingrid Buffonge' -> 'Ingrid Buffonge'."""
    words = name.split()
    while len(words) > 1 and words[0].lower().strip(".") in HONORIFICS:
        words = words[1:]
    return " ".join(words)
