"""Likely duplicate entities, with the evidence for and against merging each pair.

Each kind is compared by its own keys. People: names (graph/identity/names.py:
the same name, a short form, middle names, initials), identifiers, the seats and
offices they held and when, their parties and birth dates. Elections: their
kind, year and what else the name says (the party of a leadership election, the
seat of a by-election), never a person's first and last name. Parties,
organisations, constituencies and offices: their names, aliases and identifiers.

A pair is `strong` when it shares an identifier, or when two people with
compatible names held the same seat or office over overlapping or consecutive
dates (one Parliament to the next) with the same party where both give one, and
nothing speaks against it (another identifier of one scheme, another birth
date); or when a person known only from articles is the one person on record
whose name fits theirs (sole_match.py). Strong pairs are merged on every load
(merge.py). The others are listed by `polkg duplicates`, most likely first,
when the evidence for outweighs the evidence against.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from itertools import combinations

from rdflib import URIRef

from polkg.graph.store.store import Store

from .dates import spans_meet
from .linking import REISSUED_SCHEMES, name_key, posts_held, scheme
from .names import NICKNAMES, compare_names
from .sole_match import Membership, on_record, party_disagreement, sole_matches

#: A key shared by more entities than this is a common name, not a lead (no pairs from it).
MAX_BLOCK = 25
#: What each piece of evidence weighs in a pair's score (for it: positive; against: negative).
WEIGHTS = {"identifier": 3, "same name": 2, "alias": 2, "name form": 1, "surname": 0,
           "same post": 2, "same post, other times": 1, "same party": 1, "same election": 3,
           "sole match": 2, "other identifier": -5, "other birth date": -3,
           "other party": -2, "other party that day": -2,
           "suffix": -1, "other name": -5, "other election": -3}

# Each part read in its own query, inside the graphs that state it: one query joining them
# multiplies rows by every graph restating an entity (Oxigraph 0.5; 500k rows at 200k triples).
_ENTITIES = """
SELECT DISTINCT ?e ?type ?label WHERE {
  VALUES ?type { pol:Person pol:Party pol:Organization pol:Constituency pol:Office pol:Election }
  GRAPH ?g { ?e a ?type ; rdfs:label ?label }
}"""
_ALIASES = "SELECT DISTINCT ?e ?alias WHERE { GRAPH ?g { ?e pol:alias ?alias } }"
_IDS = """
SELECT DISTINCT ?e ?id WHERE {
  { GRAPH ?g { ?e pol:wikidataId ?w } BIND (CONCAT("wikidata:", STR(?w)) AS ?id) }
  UNION { GRAPH ?g { ?e pol:externalId ?x } BIND (STR(?x) AS ?id) }
}"""
_BIRTHS = """
SELECT DISTINCT ?e ?earliest ?latest WHERE {
  GRAPH ?g { ?e pol:birthDate ?b . ?b pol:earliest ?earliest ; pol:latest ?latest }
}"""
# A membership's days as its source states them (begun/ended, or held from/until); how far a
# loader carries it (pol:carriedUntil) is a reading, not the source's word.
_MEMBERSHIPS = """
SELECT ?e ?party (MIN(?from) AS ?first) (MAX(?until) AS ?last) WHERE {
  GRAPH ?g { ?t a pol:Membership ; pol:member ?e ; pol:organization ?party . ?party a pol:Party }
  OPTIONAL { GRAPH ?g { ?t pol:start|pol:heldFrom ?s . ?s pol:earliest ?from } }
  OPTIONAL { GRAPH ?g { ?t pol:end|pol:heldUntil ?x . ?x pol:latest ?until } }
} GROUP BY ?g ?t ?e ?party"""
_LOADERS = """
SELECT DISTINCT ?e ?loader WHERE { GRAPH ?g { ?e a pol:Person . ?g pol:loader ?loader } }"""
# Two inner joins, not OPTIONALs over the union of graphs: every article that names an
# election restates its type and date, and the OPTIONALs multiplied those copies (74 s on the
# news archive's store; these take 0.01 s).
_ELECTION_KINDS = "SELECT DISTINCT ?e ?kind WHERE { ?e pol:electionKind ?kind }"
_ELECTION_DAYS = """
SELECT DISTINCT ?e ?day WHERE {
  ?e pol:date ?d . ?d pol:earliest ?day . FILTER EXISTS { ?e a pol:Election }
}"""


@dataclass
class _Entity:
    iri: URIRef
    type: str
    label: str
    aliases: set[str] = field(default_factory=set)
    ids: set[str] = field(default_factory=set)
    born: set[tuple[str, str]] = field(default_factory=set)
    #: Seats and offices held: post -> [(first day, last day or None while ongoing)].
    posts: dict[URIRef, list[tuple[date, date | None]]] = field(default_factory=dict)
    parties: set[URIRef] = field(default_factory=set)
    memberships: list[Membership] = field(default_factory=list)  # the dated ones
    loaders: set[str] = field(default_factory=set)  # of the documents naming a person
    kinds: set[str] = field(default_factory=set)  # an election's kind
    days: set[str] = field(default_factory=set)  # an election's polling days


@dataclass(frozen=True)
class DuplicatePair:
    type: str
    a: URIRef
    a_label: str
    b: URIRef
    b_label: str
    evidence_for: tuple[str, ...]
    evidence_against: tuple[str, ...]
    score: int = 0
    strong: bool = False
    #: The node to keep when merged, where one is preferred: the sole match's node on record.
    keep: URIRef | None = None


def likely_duplicates(store: Store, entity_type: str | None = None, *,
                      distinct: set[frozenset] = frozenset()) -> list[DuplicatePair]:
    """Pairs of entities that may be one, most likely first: strong pairs, then by score.
    Pairs a user judged distinct (`distinct`) are left out."""
    return [p for p in candidate_pairs(store, entity_type)
            if p.score > 0 and frozenset((p.a, p.b)) not in distinct]


def candidate_pairs(store: Store, entity_type: str | None = None) -> list[DuplicatePair]:
    """Every pair that shares a key, judged, whatever its score."""
    entities = _read(store)
    blocks: dict[tuple, set[URIRef]] = defaultdict(set)
    for ent in entities.values():
        if entity_type and ent.type != entity_type:
            continue
        for key in _keys(ent):
            blocks[(ent.type, key)].add(ent.iri)
    pairs: set[tuple[URIRef, URIRef]] = set()
    for members in blocks.values():
        if 1 < len(members) <= MAX_BLOCK:
            pairs.update(combinations(sorted(members), 2))
    found = {(a, b): _judge(entities[a], entities[b], entities) for a, b in pairs}
    if entity_type in (None, "Person"):  # a sole match may share no key (an initial fits)
        joined = [(p.a, p.b) for p in found.values() if p.strong and p.type == "Person"]
        people = (e for e in entities.values() if e.type == "Person")
        for a, b in map(sorted, sole_matches(people, joined)):
            found[a, b] = _judge(entities[a], entities[b], entities, sole=True)
    return sorted(found.values(), key=lambda p: (not p.strong, -p.score, p.type, p.a_label,
                                                 str(p.a), str(p.b)))


def _read(store: Store) -> dict[URIRef, _Entity]:
    entities: dict[URIRef, _Entity] = {}
    for e, t, label in store.query(_ENTITIES).rows:
        entities.setdefault(e, _Entity(e, str(t).rsplit("#", 1)[-1], str(label)))
    for e, alias in store.query(_ALIASES).rows:
        if e in entities:
            entities[e].aliases.add(str(alias))
    for e, ident in store.query(_IDS).rows:
        if e in entities:
            entities[e].ids.add(str(ident))
    for e, earliest, latest in store.query(_BIRTHS).rows:
        if e in entities:
            entities[e].born.add((str(earliest), str(latest)))
    for e, posts in posts_held(store).items():
        if e in entities:
            for post, start, end in posts:
                entities[e].posts.setdefault(post, []).append((start, end))
    for e, party, first, last in store.query(_MEMBERSHIPS).rows:
        if e in entities:
            entities[e].parties.add(party)
            if first is not None:
                entities[e].memberships.append(
                    (party, first.toPython(), last.toPython() if last is not None else None))
    for e, loader in store.query(_LOADERS).rows:
        if e in entities:
            entities[e].loaders.add(str(loader))
    for e, kind in store.query(_ELECTION_KINDS).rows:
        if e in entities:
            entities[e].kinds.add(str(kind).lower())
    for e, day in store.query(_ELECTION_DAYS).rows:
        if e in entities:
            entities[e].days.add(str(day))
    return entities


def _keys(ent: _Entity) -> set:
    """What a pair must share to be compared at all."""
    keys: set = {("id", i) for i in ent.ids}
    if ent.type == "Election":
        return keys | {("election", _election_key(ent)[:2])}
    keys |= {name_key(ent.type, n) for n in (ent.label, *ent.aliases)} - {""}
    if ent.type == "Person":
        keys |= {("post", post) for post in ent.posts}
        words = name_key(ent.type, ent.label).split()
        if len(words) > 1:  # "Ed Davey" meets "Edward Davey", "John Martin McDonnell" "John .."
            keys |= {f"{first} {words[-1]}" for first in NICKNAMES.get(words[0], {words[0]})}
    return keys


def _election_key(ent: _Entity) -> tuple[str, str, str]:
    """(kind, year, the rest of the name): ("leadership election", "2016", "conservative party")."""
    label = name_key("Election", ent.label)
    years = sorted({d[:4] for d in ent.days}) or re.findall(r"\b(?:1[89]|20)\d\d\b", label)
    kind = min(ent.kinds, default="")
    rest = label
    for word in (*years, *kind.split(), "election", "elections"):
        rest = re.sub(rf"\b{re.escape(word)}\b", " ", rest)
    return kind, years[0] if years else "", " ".join(rest.split())


def _judge(a: _Entity, b: _Entity, entities: dict[URIRef, _Entity],
           sole: bool = False) -> DuplicatePair:
    """The pair's evidence; `sole` when one is known only from articles and the other is the
    one person on record whose name fits (sole_match.py)."""
    pro: list[tuple[str, str]] = []  # (weight key, words)
    con: list[tuple[str, str]] = []
    pro += [("identifier", f"both have {i}") for i in sorted(a.ids & b.ids)]
    for i in sorted(a.ids):
        for j in sorted(b.ids):
            if scheme(i) == scheme(j) and i != j and scheme(i) not in REISSUED_SCHEMES:
                con.append(("other identifier", f"different {scheme(i)} ids: "
                                                f"{i.split(':', 1)[1]} and {j.split(':', 1)[1]}"))
    if a.born and b.born and not any(ae <= bl and be <= al for ae, al in a.born
                                     for be, bl in b.born):
        con.append(("other birth date", "birth dates differ"))
    strong_name = False
    if a.type == "Election":
        _judge_elections(a, b, pro, con)
    elif a.type == "Person":
        strong_name = _judge_people(a, b, entities, pro, con)
    else:
        _judge_names(a, b, pro)
    conflict = any(k in ("other identifier", "other birth date") for k, _ in con)
    sole = sole and not conflict and not any(k == "other party that day" for k, _ in con)
    on_file = (b if on_record(b) else a) if sole else None
    if on_file:
        pro.append(("sole match", f"{on_file.label!r} is the one person on record whose name "
                                  "fits"))
    score = sum(WEIGHTS[k] for k, _ in pro) + sum(WEIGHTS[k] for k, _ in con)
    shared_id = any(k == "identifier" for k, _ in pro)
    strong = shared_id or (strong_name and not conflict) or sole
    return DuplicatePair(a.type, a.iri, a.label, b.iri, b.label, tuple(w for _, w in pro),
                         tuple(w for _, w in con), score, strong, on_file and on_file.iri)


def _judge_names(a: _Entity, b: _Entity, pro: list) -> None:
    if name_key(a.type, a.label) == name_key(b.type, b.label):
        pro.append(("same name", f"same name {a.label!r}"))
        return
    for x, y in ((a, b), (b, a)):
        if name_key(y.type, y.label) in {name_key(x.type, n) for n in x.aliases}:
            pro.append(("alias", f"{y.label!r} is an alias of {x.label!r}"))


def _judge_people(a: _Entity, b: _Entity, entities: dict[URIRef, _Entity], pro: list,
                  con: list) -> bool:
    """Adds the people's evidence; True when names, a post and parties make a strong match."""
    _judge_names(a, b, pro)
    names = compare_names(a.label, b.label)
    if not any(k in ("same name", "alias") for k, _ in pro):
        if names.compatible:
            pro.append(("surname" if names.surname_only else "name form", names.why))
        else:
            con.append(("other name", names.why))
    if names.suffix_differs:
        con.append(("suffix", "Jnr or Snr on one name only"))
    shared = []
    for post in sorted(set(a.posts) & set(b.posts)):
        where = entities[post].label if post in entities else str(post)
        if spans_meet(a.posts[post], b.posts[post]):
            shared.append(post)
            pro.append(("same post", f"both held {where} at overlapping or consecutive dates"))
        else:  # a member may come back to a seat; a namesake may follow a parent into it
            pro.append(("same post, other times", f"both held {where}, at other times"))
    if a.parties & b.parties:
        pro.append(("same party", "same party"))
    elif a.parties and b.parties:
        con.append(("other party", "no party in common"))
    day = party_disagreement(a.memberships, b.memberships)
    if day is not None:
        con.append(("other party that day", f"no party in common on {day}"))
    return (names.compatible and not names.surname_only and bool(shared)
            and not (a.parties and b.parties and not a.parties & b.parties))


def _judge_elections(a: _Entity, b: _Entity, pro: list, con: list) -> None:
    (kind, year, rest_a), (_, _, rest_b) = _election_key(a), _election_key(b)
    days_differ = a.days and b.days and not a.days & b.days
    if rest_a and rest_b and rest_a != rest_b:
        con.append(("other election", f"{rest_a!r} and {rest_b!r} differ"))
    elif days_differ:
        con.append(("other election", "polling days differ"))
    else:
        both = f"both the {year} {kind or 'election'}"
        if rest_a != rest_b:
            both += f"; {rest_a or rest_b!r} in one name only"
        elif rest_a:
            both += f" of {rest_a!r}"
        pro.append(("same election", both))
