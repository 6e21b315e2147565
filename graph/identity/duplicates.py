"""Likely duplicate entities, with the evidence for and against merging each pair.

Candidates share a type and a name key: the same canonical name or alias, or
(persons) the same first and last name ("Jeremy Corbyn" and "Jeremy Bernard
Corbyn"). For each pair the evidence is spelled out:
- for: the same name, an alias of one is the other's name, a shared
  identifier, a constituency both represent;
- against: identifiers of one scheme that differ (two Wikidata ids, two
  EveryPolitician ids), birth dates that cannot both be true.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from itertools import combinations

from rdflib import URIRef

from polkg.graph.store.store import Store

from .linking import REISSUED_SCHEMES, name_key, scheme

#: A name shared by more entities than this is a common name, not a lead (no pairs from it).
MAX_BLOCK = 25

_ENTITIES = """
SELECT ?e ?type ?label ?alias ?id ?bornEarliest ?bornLatest ?seat WHERE {
  VALUES ?type { pol:Person pol:Party pol:Organization pol:Constituency pol:Office pol:Election }
  ?e a ?type ; rdfs:label ?label .
  OPTIONAL { ?e pol:alias ?alias }
  OPTIONAL { { ?e pol:wikidataId ?w BIND (CONCAT("wikidata:", STR(?w)) AS ?id) }
             UNION { ?e pol:externalId ?x BIND (STR(?x) AS ?id) } }
  OPTIONAL { ?e pol:birthDate ?b . ?b pol:earliest ?bornEarliest ; pol:latest ?bornLatest }
  OPTIONAL { ?r pol:representative ?e ; pol:constituency/rdfs:label ?seat }
}"""


@dataclass
class _Entity:
    iri: URIRef
    type: str
    label: str
    aliases: set[str] = field(default_factory=set)
    ids: set[str] = field(default_factory=set)
    born: set[tuple[str, str]] = field(default_factory=set)
    seats: set[str] = field(default_factory=set)


@dataclass(frozen=True)
class DuplicatePair:
    type: str
    a: URIRef
    a_label: str
    b: URIRef
    b_label: str
    evidence_for: tuple[str, ...]
    evidence_against: tuple[str, ...]

    @property
    def score(self) -> int:
        return len(self.evidence_for) - 2 * len(self.evidence_against)


def likely_duplicates(store: Store, entity_type: str | None = None) -> list[DuplicatePair]:
    """Pairs of entities that may be one, most likely first."""
    entities: dict[URIRef, _Entity] = {}
    for e, t, label, alias, ident, earliest, latest, seat in store.query(_ENTITIES).rows:
        type_ = str(t).rsplit("#", 1)[-1]
        if entity_type and type_ != entity_type:
            continue
        ent = entities.setdefault(e, _Entity(e, type_, str(label)))
        if alias is not None:
            ent.aliases.add(str(alias))
        if ident is not None:
            ent.ids.add(str(ident))
        if earliest is not None:
            ent.born.add((str(earliest), str(latest)))
        if seat is not None:
            ent.seats.add(str(seat))
    blocks: dict[tuple[str, str], set[URIRef]] = defaultdict(set)
    for ent in entities.values():
        for key in _keys(ent):
            blocks[(ent.type, key)].add(ent.iri)
    pairs: set[tuple[URIRef, URIRef]] = set()
    for members in blocks.values():
        if 1 < len(members) <= MAX_BLOCK:
            pairs.update(combinations(sorted(members), 2))
    found = [_judge(entities[a], entities[b]) for a, b in pairs]
    return sorted(found, key=lambda p: (-p.score, p.type, p.a_label, str(p.a), str(p.b)))


def _keys(ent: _Entity) -> set[str]:
    keys = {name_key(ent.type, n) for n in (ent.label, *ent.aliases)}
    if ent.type == "Person":
        words = name_key(ent.type, ent.label).split()
        if len(words) > 2:
            keys.add(f"{words[0]} {words[-1]}")
    return {k for k in keys if k}


def _judge(a: _Entity, b: _Entity) -> DuplicatePair:
    pro, con = [], []
    if name_key(a.type, a.label) == name_key(b.type, b.label):
        pro.append(f"same name {a.label!r}")
    else:
        for x, y in ((a, b), (b, a)):
            if name_key(y.type, y.label) in {name_key(x.type, n) for n in x.aliases}:
                pro.append(f"{y.label!r} is an alias of {x.label!r}")
        if not pro:
            pro.append(f"same first and last name ({a.label!r}, {b.label!r})")
    pro += [f"both have {i}" for i in sorted(a.ids & b.ids)]
    pro += [f"both represent {s}" for s in sorted(a.seats & b.seats)]
    for i in sorted(a.ids):
        for j in sorted(b.ids):
            if scheme(i) == scheme(j) and i != j and scheme(i) not in REISSUED_SCHEMES:
                con.append(f"different {scheme(i)} ids: {i.split(':', 1)[1]} and "
                           f"{j.split(':', 1)[1]}")
    if a.born and b.born and not any(ae <= bl and be <= al for ae, al in a.born
                                     for be, bl in b.born):
        con.append("birth dates differ")
    return DuplicatePair(a.type, a.iri, a.label, b.iri, b.label, tuple(pro), tuple(con))
