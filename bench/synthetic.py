"""Synthetic political data in the polkg conventions, at any size, for benchmarks.

    >>> lines = list(generate(2_000, seed=1))
    >>> len(lines) >= 2_000 and lines[0].endswith(" .")
    True

`generate(n_triples, seed)` yields N-Quads lines (str, no trailing newline), at
least `n_triples` of them and a few hundred more at most (it stops after the
person that crosses the count). The same arguments give the same lines.

Shape (the modelling conventions of HELPERS.md, as the loaders write them):
- One registry graph (<id/doc/synthetic-registry>) names every entity: persons
  ("Ada Fenwick 17", an alias "Fenwick 17"), 12 parties ("Party 0".."Party 11",
  alias "P0"...), constituencies ("Seat 0"...; one per 40 persons), 25 offices
  ("Office 0"...) and one leadership election per party and decade
  ("1990 Party 3 leadership election").
- Each person has a career of facts: 1-3 successive party memberships, a seat
  (a Representation plus Elected events), sometimes an office (OfficeHolding +
  Appointed/Resigned) or a party leadership (Leadership + BecameLeader), and
  Joined/Left/Suspended/Expelled/Reinstated events. Dates are day, month or year
  precision (date nodes with pol:earliest/latest/precision/rdfs:label, added
  to each document graph that uses them); about 2% of events are undated
  (pol:dateUnknownReason).
- Every fact is a per-document node in a document graph (<id/doc/synthetic-N>,
  a pol:SourceDocument with a pol:fileName and the pol:contentHash marker the
  store keeps complete documents by; about 60 facts each) with
  pol:evidence (sentence, offsets, extractor, confidence); one fact in ten is
  stated again by a second document, as news coverage does.
A fact costs about 20 quads; a person about 150.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date

from polkg.graph.identity.dates import DateInterval
from polkg.graph.identity.identity import digest, entity_iri, fact_iri
from polkg.ontology import ID, POL

RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
RDFS_LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"
XSD = "http://www.w3.org/2001/XMLSchema#"
REGISTRY = ID["doc/synthetic-registry"]
PARTIES = 12
OFFICES = 25
FACTS_PER_DOCUMENT = 60
FIRST = ("Ada Ben Cora Dev Eli Fay Gus Hana Ivo Jun Kit Lea Max Nia Oto Pia Raf Sia Tom Uma "
         "Vic Wyn Xan Yara Zed").split()
LAST = ("Fenwick Garth Holt Irwin Joss Kerr Lyle Marsh Nash Orme Pryce Quill Rudd Shaw Tate "
        "Umber Vane Webb Yates Zorn").split()


def _iri(term: str) -> str:
    return f"<{term}>"


def _lit(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _typed(value: str, datatype: str) -> str:
    return f'"{value}"^^<{XSD}{datatype}>'


P = {name: _iri(POL[name]) for name in (
    "Person Party Constituency Office Election Membership Leadership OfficeHolding "
    "Representation Evidence SourceDocument DateInterval alias member organization leader "
    "holder office representative constituency start end agent object date dateUnknownReason "
    "evidence sourceDocument sentence charStart charEnd extractor confidence fileName contentHash "
    "earliest latest precision electionKind election").split()}
UNITS = {"year": "<http://www.w3.org/2006/time#unitYear>",
         "month": "<http://www.w3.org/2006/time#unitMonth>",
         "day": "<http://www.w3.org/2006/time#unitDay>"}


class _Writer:
    """Accumulates quads; knows which date nodes each document graph already describes."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.lines: list[str] = []
        self.dated: dict[str, set[str]] = {}
        self.documents = 0
        self.facts_in_document = FACTS_PER_DOCUMENT
        self.graph = ""

    def quad(self, s: str, p: str, o: str, g: str) -> None:
        self.lines.append(f"{s} {p} {o} {g} .")

    def next_document(self) -> str:
        """The graph of the document the next fact goes to (a new one every 60 facts)."""
        if self.facts_in_document >= FACTS_PER_DOCUMENT:
            self.documents += 1
            self.facts_in_document = 0
            self.graph = _iri(ID[f"doc/synthetic-{self.documents}"])
            self.dated[self.graph] = set()
            self.quad(self.graph, RDF_TYPE, P["SourceDocument"], self.graph)
            self.quad(self.graph, P["fileName"], _lit(f"synthetic-{self.documents}.txt"),
                      self.graph)
            # The store's completion marker: a document graph without it is dropped on open.
            self.quad(self.graph, P["contentHash"], _lit(digest("synthetic", self.documents)),
                      self.graph)
        self.facts_in_document += 1
        return self.graph

    def date(self, when: DateInterval, graph: str) -> str:
        node = _iri(when.iri)
        if node not in self.dated[graph]:
            self.dated[graph].add(node)
            self.quad(node, RDF_TYPE, P["DateInterval"], graph)
            self.quad(node, RDFS_LABEL, _lit(str(when)), graph)
            self.quad(node, P["earliest"], _typed(when.earliest.isoformat(), "date"), graph)
            self.quad(node, P["latest"], _typed(when.latest.isoformat(), "date"), graph)
            self.quad(node, P["precision"], UNITS[when.precision], graph)
        return node

    def fact(self, kind: str, cls: str, label: str, roles: dict[str, str],
             dates: dict[str, DateInterval | None], sentence: str) -> None:
        """One fact node per stating document (one in ten is stated twice)."""
        copies = 2 if self.rng.random() < 0.1 else 1
        for copy in range(copies):
            if copy:  # a second document states it: start one
                self.facts_in_document = FACTS_PER_DOCUMENT
            graph = self.next_document()
            node = _iri(fact_iri(kind, graph, label, *sorted(roles.items()),
                                 *(f"{k}={v}" for k, v in sorted(dates.items()))))
            self.quad(node, RDF_TYPE, P[cls] if cls in P else _iri(POL[cls]), graph)
            self.quad(node, RDFS_LABEL, _lit(label), graph)
            for prop, target in roles.items():
                self.quad(node, P[prop], target, graph)
            for prop, when in dates.items():
                if when is None:
                    self.quad(node, P["dateUnknownReason"], _lit("the source gives none"), graph)
                else:
                    self.quad(node, P[prop], self.date(when, graph), graph)
            evidence = _iri(fact_iri("evidence", node, graph))
            start = self.rng.randrange(0, 5000)
            self.quad(node, P["evidence"], evidence, graph)
            self.quad(evidence, RDF_TYPE, P["Evidence"], graph)
            self.quad(evidence, P["sourceDocument"], graph, graph)
            self.quad(evidence, P["sentence"], _lit(sentence), graph)
            self.quad(evidence, P["charStart"], _typed(str(start), "integer"), graph)
            self.quad(evidence, P["charEnd"], _typed(str(start + len(sentence)), "integer"), graph)
            self.quad(evidence, P["extractor"], _lit("synthetic"), graph)
            self.quad(evidence, P["confidence"], _typed("0.8", "decimal"), graph)


def _day(rng: random.Random, year: int) -> date:
    return date(year, rng.randint(1, 12), rng.randint(1, 28))


def _interval(rng: random.Random, day: date) -> DateInterval:
    """The day as a source might state it: to the day, the month or the year."""
    roll = rng.random()
    if roll < 0.5:
        return DateInterval.of_day(day)
    if roll < 0.8:
        return DateInterval.parse(f"{day.year:04d}-{day.month:02d}")
    return DateInterval.parse(f"{day.year:04d}")


def _registry(w: _Writer, entity: str, cls: str, label: str, alias: str | None = None) -> None:
    g = _iri(REGISTRY)
    w.quad(entity, RDF_TYPE, P[cls], g)
    w.quad(entity, RDFS_LABEL, _lit(label), g)
    if alias:
        w.quad(entity, P["alias"], _lit(alias), g)


def _career(w: _Writer, rng: random.Random, index: int, parties: list[tuple[str, str]],
            offices: list[tuple[str, str]]) -> None:
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)} {index}"
    person = _iri(entity_iri("person", name))
    _registry(w, person, "Person", name, name.split(" ", 1)[1])
    seat_name = f"Seat {index // 40}"
    seat = _iri(entity_iri("constituency", seat_name))
    if index % 40 == 0:
        _registry(w, seat, "Constituency", seat_name)
    year = rng.randint(1950, 2015)
    # Successive party memberships, each ended by leaving or an expulsion.
    for n in range(rng.choice((1, 1, 2, 3))):
        party_name, party = rng.choice(parties)
        joined = _day(rng, year)
        year = min(year + rng.randint(2, 20), 2024)
        left = _day(rng, year) if rng.random() < 0.6 else None
        start, end = _interval(rng, joined), left and _interval(rng, left)
        w.fact("membership", "Membership", f"{name} in {party_name}",
               {"member": person, "organization": party}, {"start": start, "end": end}
               if end else {"start": start}, f"{name} was a member of {party_name}.")
        w.fact("event", "Joined", f"{name} joined {party_name}",
               {"agent": person, "object": party}, {"date": start},
               f"{name} joined {party_name}.")
        if end is not None:
            cls = rng.choice(("Left", "Left", "Expelled", "Resigned"))
            if cls == "Expelled":
                w.fact("event", "Suspended", f"{name} suspended from {party_name}",
                       {"agent": person, "object": party},
                       {"date": _interval(rng, _day(rng, max(left.year - 1, joined.year)))},
                       f"{party_name} suspended {name}.")
            w.fact("event", cls, f"{name} {cls.lower()} {party_name}",
                   {"agent": person, "object": party},
                   {"date": None if rng.random() < 0.02 else end},
                   f"{name} and {party_name} parted ({cls.lower()}).")
        if n == 0 and rng.random() < 0.05:
            led = _interval(rng, _day(rng, joined.year + 1))
            until = _interval(rng, _day(rng, joined.year + rng.randint(2, 8)))
            w.fact("leadership", "Leadership", f"{name} leads {party_name}",
                   {"leader": person, "organization": party}, {"start": led, "end": until},
                   f"{name} led {party_name}.")
            w.fact("event", "BecameLeader", f"{name} became leader of {party_name}",
                   {"agent": person, "object": party}, {"date": led},
                   f"{name} became leader of {party_name}.")
    # A seat, won at one to five elections.
    elected = _day(rng, rng.randint(1960, 2020))
    won = _interval(rng, elected)
    lost = _interval(rng, _day(rng, elected.year + 5)) if rng.random() < 0.5 else None
    dates = {"start": won, "end": lost} if lost else {"start": won}
    w.fact("representation", "Representation", f"{name} sits for {seat_name}",
           {"representative": person, "constituency": seat}, dates,
           f"{name} is MP for {seat_name}.")
    for k in range(rng.randint(1, 5)):
        w.fact("event", "Elected", f"{name} elected for {seat_name}",
               {"agent": person, "object": seat},
               {"date": _interval(rng, _day(rng, elected.year + 4 * k))},
               f"{name} won {seat_name}.")
    if rng.random() < 0.3:
        office_name, office = rng.choice(offices)
        appointed = _interval(rng, _day(rng, elected.year + 2))
        resigned = _interval(rng, _day(rng, elected.year + 4))
        w.fact("officeholding", "OfficeHolding", f"{name} as {office_name}",
               {"holder": person, "office": office, "constituency": seat},
               {"start": appointed, "end": resigned}, f"{name} served as {office_name}.")
        w.fact("event", "Appointed", f"{name} appointed {office_name}",
               {"agent": person, "object": office}, {"date": appointed},
               f"{name} was appointed {office_name}.")


def generate(n_triples: int, seed: int = 0) -> Iterator[str]:
    """N-Quads lines of synthetic data: at least n_triples, stopping after a whole person."""
    rng = random.Random(seed)
    w = _Writer(rng)
    registry = _iri(REGISTRY)
    w.dated[registry] = set()
    w.quad(registry, RDF_TYPE, P["SourceDocument"], registry)
    w.quad(registry, P["contentHash"], _lit(digest("synthetic", "registry")), registry)
    parties = []
    for i in range(PARTIES):
        label = f"Party {i}"
        party = _iri(entity_iri("party", label))
        _registry(w, party, "Party", label, f"P{i}")
        parties.append((label, party))
        for decade in range(1950, 2030, 10):
            election = f"{decade} {label} leadership election"
            node = _iri(entity_iri("election", election))
            _registry(w, node, "Election", election)
            w.quad(node, P["electionKind"], _lit("leadership election"), registry)
            w.quad(node, P["date"], w.date(DateInterval.parse(str(decade)), registry), registry)
    offices = []
    for i in range(OFFICES):
        label = f"Office {i}"
        office = _iri(entity_iri("office", label))
        _registry(w, office, "Office", label)
        offices.append((label, office))
    produced, index = 0, 0
    while produced < n_triples:
        _career(w, rng, index, parties, offices)
        index += 1
        produced += len(w.lines)
        yield from w.lines
        w.lines.clear()
