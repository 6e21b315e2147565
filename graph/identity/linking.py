"""One entity, many sources: identifiers first, then unambiguous names, then a new node.

Entity IRIs are minted from names (identity.entity_iri), but a name is not an
identity: "Jeremy Bernard Corbyn" from Wikidata and "Jeremy Corbyn" from a
results file are one person when they share Q291169, and two "David Davies"
are two people when their EveryPolitician ids differ. A Linker decides which
node a source's (kind, name, identifiers) denotes:

1. an identifier already known (in the store, or earlier in this load) wins;
2. else a node of the same type with the same canonical name or alias, when
   exactly one such node exists and it carries no conflicting identifier
   (the same scheme with another value), no incompatible birth date, and, when
   both give dated seats or offices, held one at dates that overlap or adjoin
   the source's (a seat renamed at a boundary review follows on; but Ian Paisley
   sat for North Antrim until 2010 and the Ian Paisley elected there in 2019 is
   his son, and the Mike Wood of Batley until 2015 is not the Mike Wood of
   Dudley South: there a name alone is weak evidence, `polkg duplicates` lists it),
   and has no gender other than the one the source tells ("Baroness Kennedy" is not
   the Charles Kennedy an article called "Kennedy");
3. else a new node: the name's IRI, or, when that node belongs to another
   entity (conflicting identifier), the name's IRI qualified by the identifier.

Identifiers are strings "scheme:value": "wikidata:Q291169" (stored as
pol:wikidataId), "everypolitician:<uuid>", "ons:E14001305" (pol:externalId).
Loaders of every kind (structured files, Wikidata, news) share this. What a
single load cannot see (the son's other name loaded later) the merge after
each load settles (merge.py).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from rdflib import Literal, URIRef

from polkg.graph.store.store import Store
from polkg.ontology import POL

from .dates import DateInterval, spans_meet
from .identity import canonical_name, entity_iri, fold, title_gender

#: A seat or office held: (the constituency or office, first day, last day or None).
Post = tuple[URIRef, date, date | None]

#: Entity kind (identity.entity_iri) -> pol: class name.
TYPES = {"person": "Person", "party": "Party", "organization": "Organization",
         "constituency": "Constituency", "office": "Office", "election": "Election"}


#: Schemes whose codes are reissued when an entity is revised: the Office for National
#: Statistics gave every constituency a new code at the 2024 boundary review, so Islington
#: North is E14000763 in 2019 and E14001305 in 2024. A second code of such a scheme is no
#: evidence of a second entity; the node keeps both.
REISSUED_SCHEMES = frozenset({"ons"})


# Read in each fact's graph: the union default graph repeats a date node per graph (Oxigraph 0.5).
_POSTS = """
SELECT DISTINCT ?e ?post ?start ?end WHERE {
  GRAPH ?g { ?t pol:representative|pol:holder ?e ; pol:constituency|pol:office ?post . }
  GRAPH ?g { ?t pol:start/pol:earliest ?start }
  OPTIONAL { GRAPH ?g { ?t pol:end/pol:latest ?end } }
}"""


def posts_held(store: Store) -> dict[URIRef, list[Post]]:
    """The dated seats and offices each person holds in the store (undated ones say nothing
    of when)."""
    held: dict[URIRef, list[Post]] = {}
    for e, post, start, end in store.query(_POSTS).rows:
        held.setdefault(e, []).append((post, start.toPython(),
                                       end.toPython() if end is not None else None))
    return held


def post_of(where: URIRef, start: str | None, end: str | None) -> Post | None:
    """A source's seat or office with its dates as written (YYYY[-MM[-DD]]); None undated."""
    if not start:
        return None
    last = DateInterval.parse(end).latest if end else None
    return where, DateInterval.parse(start).earliest, last


@lru_cache(maxsize=65536)
def name_key(kind_or_type: str, name: str) -> str:
    """The form names are compared in: honorifics dropped for persons, folded for all."""
    return canonical_name(name) if kind_or_type in ("person", "Person") else fold(name)


def scheme(identifier: str) -> str:
    return identifier.split(":", 1)[0]


def identifier_triples(iri: URIRef, identifiers: Iterable[str]) -> Iterator[tuple]:
    """pol:wikidataId for wikidata:Q..., pol:externalId "scheme:value" for the others."""
    for ident in identifiers:
        if ident.startswith("wikidata:"):
            yield iri, POL.wikidataId, Literal(ident.split(":", 1)[1])
        else:
            yield iri, POL.externalId, Literal(ident)


@dataclass(frozen=True)
class Linked:
    """Where a source's entity landed: its node, and the name that node is labelled with."""

    iri: URIRef
    label: str
    new: bool  # minted by this link (the source is the first to name it)


class Linker:
    """Decides entity nodes for one load; learns from each decision.

    >>> linker = Linker()
    >>> a = linker.link("person", "Jeremy Corbyn", ["wikidata:Q291169"])
    >>> linker.link("person", "Jeremy Bernard Corbyn", ["wikidata:Q291169"]).iri == a.iri
    True
    >>> linker.link("person", "Jeremy Corbyn", ["wikidata:Q1"]).iri == a.iri
    False
    """

    def __init__(self, known: Iterable = (), first_names: Mapping[str, str] | None = None):
        #: The gender a first name gives where near certain (the loaders' lexicon).
        self._first_names = first_names or {}
        self._gender: dict[URIRef, str | None] = {}
        self._by_id: dict[str, URIRef] = {}
        self._ids: dict[URIRef, set[str]] = {}
        self._by_name: dict[tuple[str, str], set[URIRef]] = {}
        self._label: dict[URIRef, str] = {}
        self._born: dict[URIRef, str] = {}
        self._posts: dict[URIRef, list[Post]] = {}
        for entity in known:  # loaders.base.KnownEntity
            self._learn(entity.iri, entity.type, entity.label, entity.identifiers)
            self._posts[entity.iri] = list(entity.posts)
            if entity.type == "Person":
                self._gender[entity.iri] = self._gender_of(entity.label, entity.aliases)
            for alias in entity.aliases:
                self._by_name.setdefault((entity.type, name_key(entity.type, alias)),
                                         set()).add(entity.iri)

    def link(self, kind: str, name: str, identifiers: Iterable[str] = (),
             hint: str = "", born: str | None = None, post: Post | None = None,
             gender: str | None = None) -> Linked:
        """The node for an entity of `kind` named `name` with `identifiers`.

        `hint` (a constituency, a birth year) tells apart two new entities that
        share a name and have no identifier. `born` (YYYY[-MM[-DD]]) keeps a name
        from merging with a namesake born on another date, `post` (post_of()) with
        one who held that seat or office only at other times, `gender` ("m", "f": what the
        source tells, as 'Baroness Kennedy' does) with one known to be of the other (by the
        titles it was named with, else its first name). A source that tells no gender links
        by name as before: a first name alone ("Alex") is not evidence enough against a
        stored person.
        """
        type_ = TYPES[kind]
        ids = [i for i in dict.fromkeys(identifiers) if i]
        iri = next((self._by_id[i] for i in ids if i in self._by_id), None)
        if iri is None:
            minted = entity_iri(kind, name)
            qualifier = ids[0] if ids else hint
            qualified = entity_iri(kind, f"{name} {qualifier}") if qualifier else minted
            candidates = sorted(c for c in self._by_name.get((type_, name_key(kind, name)), ())
                                if not self._conflicts(c, ids, born, post, gender))
            if len(candidates) == 1:
                iri = candidates[0]
            elif candidates:  # ambiguous: names alone do not merge
                iri = qualified if qualifier else min(candidates, key=lambda c: c != minted)
            else:
                iri = qualified if minted in self._label else minted
        new = iri not in self._label
        self._learn(iri, type_, name, ids)
        if born:
            self._born.setdefault(iri, born)
        if post:
            self._posts.setdefault(iri, []).append(post)
        if gender and not self._gender.get(iri):
            self._gender[iri] = gender
        return Linked(iri, self._label[iri], new)

    def identifiers_of(self, iri: URIRef) -> set[str]:
        return set(self._ids.get(iri, ()))

    def _gender_of(self, name: str, others: Iterable[str] = ()) -> str | None:
        """The gender the titles of a name and its other forms give, else its first name's;
        None when nothing tells, or they disagree."""
        told = {g for n in (name, *others) if n and (g := title_gender(n))}
        if not told and name.split():
            told = {g for g in (self._first_names.get(name.split()[0]),) if g}
        return told.pop() if len(told) == 1 else None

    def _conflicts(self, iri: URIRef, ids: list[str], born: str | None = None,
                   post: Post | None = None, gender: str | None = None) -> bool:
        """True when the node has an identifier of one of `ids`' schemes but not that one,
        a birth date that cannot be `born` (1960 fits 1960-03; 1960-03 does not fit 1961),
        seats and offices held at none of the dates that overlap or adjoin `post`'s, or a
        known gender other than `gender`."""
        if gender:  # (a stored person's was read with its aliases; one this load made, by its name)
            theirs = self._gender[iri] if iri in self._gender \
                else self._gender_of(self._label.get(iri, ""))
            if theirs and theirs != gender:
                return True
        held = self._posts.get(iri)
        if post is not None and held and not spans_meet([p[1:] for p in held], [post[1:]]):
            return True  # both give seats, at times that do not meet: a name alone is not enough
        theirs_born = self._born.get(iri)
        if born and theirs_born and not (born.startswith(theirs_born)
                                         or theirs_born.startswith(born)):
            return True
        theirs = self._ids.get(iri, set())
        return any(scheme(i) == scheme(t) and i != t and scheme(i) not in REISSUED_SCHEMES
                   for i in ids for t in theirs)

    def _learn(self, iri: URIRef, type_: str, name: str, ids: Iterable[str]) -> None:
        self._label.setdefault(iri, name)
        self._by_name.setdefault((type_, name_key(type_, name)), set()).add(iri)
        for ident in ids:
            self._by_id.setdefault(ident, iri)
            self._ids.setdefault(iri, set()).add(ident)
