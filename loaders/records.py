"""Structured records to triples: what the Popolo, results, EveryPolitician and Wikidata
loaders share.

A RecordWriter holds one document's graph and the Linker that decides entity
nodes; its methods write an entity, a tenure or an event in the shapes of the
modelling conventions, each fact with evidence pointing at its record
("line 12", "$.memberships[3]").
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from decimal import Decimal

from rdflib import Literal, URIRef
from rdflib.namespace import RDF, RDFS, XSD

from polkg.graph.identity.dates import DateInterval
from polkg.graph.identity.identity import HONORIFICS, fact_iri
from polkg.graph.identity.linking import TYPES, Linker, identifier_triples
from polkg.ontology import POL

from .base import Document, LoadContext, LoadError, Source
from .parties import canonical_party, is_party

_CONFIDENCE = Literal(Decimal("1.0"), datatype=XSD.decimal)
#: Terms looked up once: DefinedNamespace attribute access is slow in loops over 100k records.
_CLASS = {kind: POL[name] for kind, name in TYPES.items()}
_ALIAS, _START, _END, _ROLE, _EVIDENCE = POL.alias, POL.start, POL.end, POL.role, POL.evidence

#: Tenure class -> (kind for fact_iri, person property, other property, label verb)
TENURES = {
    POL.Membership: ("membership", POL.member, POL.organization, "in"),
    POL.Leadership: ("leadership", POL.leader, POL.organization, "leads"),
    POL.OfficeHolding: ("officeholding", POL.holder, POL.office, "holds"),
    POL.Representation: ("representation", POL.representative, POL.constituency, "sits for"),
}


class RecordError(ValueError):
    """A malformed record or field: where it is (line, column or JSON path) and what is wrong."""

    def __init__(self, message: str, line: int | None = None, column: int | None = None,
                 path: str | None = None):
        super().__init__(f"{path}: {message}" if path else message)
        self.line, self.column = line, column


class RecordLoader:
    """A loader of structured records: one RecordWriter per file, a RecordError stops the file.

    Subclasses set name, version, extensions, sniff() and write(source, writer).
    """

    name: str
    version: str

    def read(self, sources: Iterable[Source],
             context: LoadContext) -> Iterator[Document | LoadError]:
        for source in sources:
            writer = RecordWriter(source.graph, context.linker(), self.name, self.version)
            try:
                self.write(source, writer)
            except RecordError as exc:
                yield LoadError(source.path, str(exc), exc.line, exc.column)
                continue
            yield writer.document(source, self.name, self.version)

    def write(self, source: Source, writer: RecordWriter) -> None:
        raise NotImplementedError


class RecordWriter:
    """One document's triples, written record by record."""

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
               aliases: Iterable[str] = (), hint: str = "", born: str | None = None) -> URIRef:
        """The entity's node, typed and named; a name other than its label becomes an alias."""
        ids = list(identifiers)
        if kind == "person":
            name, aliases = without_honorifics(name), (name, *aliases)
        linked = self.linker.link(kind, name, ids, hint, born)
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

    def date(self, text: str | None) -> URIRef | None:
        """A date node at the text's precision (added to the graph); None for no date."""
        if not text:
            return None
        iri = self._dates.get(text)
        if iri is None:
            interval = DateInterval.parse(text)
            iri = self._dates[text] = interval.iri
            for triple in interval.triples():
                self._add(triple)
        return iri

    def literal(self, subject: URIRef, prop: URIRef, value) -> None:
        if value is not None and value != "":
            self._add((subject, prop, value if isinstance(value, Literal) else Literal(value)))

    # -- facts -------------------------------------------------------------

    def evidence(self, locator: str) -> URIRef:
        """The evidence node of one record (shared by the facts read from it)."""
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

    def tenure(self, cls: URIRef, person: URIRef, other: URIRef, *, start: str | None = None,
               end: str | None = None, locator: str, role: str | None = None,
               extra: Iterable[tuple[URIRef, URIRef]] = ()) -> URIRef:
        """A Membership, Leadership, OfficeHolding or Representation node with its dates."""
        kind, person_prop, other_prop, verb = TENURES[cls]
        node = fact_iri(kind, self.doc, person, other, start, end, role)
        add = self._add
        add((node, RDF.type, cls))
        add((node, person_prop, person))
        add((node, other_prop, other))
        add((node, RDFS.label, Literal(f"{self.label_of(person)} {verb} {self.label_of(other)}")))
        for prop, text in ((_START, start), (_END, end)):
            date = self.date(text)
            if date is not None:
                add((node, prop, date))
        if role:
            add((node, _ROLE, Literal(role)))
        for prop, value in extra:
            add((node, prop, value))
        add((node, _EVIDENCE, self.evidence(locator)))
        return node

    def event(self, cls: URIRef, label: str, *, agent: URIRef | None = None,
              obj: URIRef | None = None, date: str | None, locator: str,
              extra: Iterable[tuple[URIRef, URIRef]] = ()) -> URIRef:
        """An event node (pol:Elected, pol:ResultDeclared...) with its date and evidence."""
        node = fact_iri("event", self.doc, cls, agent, obj, date, label)
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
            add((node, POL.dateUnknownReason, Literal("the source gives no date")))
        for prop, value in extra:
            add((node, prop, value))
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
