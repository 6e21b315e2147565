"""A user's identity decisions: "these two are one" and "these two are not".

They are data, as nomenklatura's judgements are: kept in the store's own graph
<https://w3id.org/polkg/id/judgements> (`A owl:sameAs B`, `A owl:differentFrom
B`), so that they travel with the store (its directory, a TriG or N-Quads
export, a remote server) and are applied on every later load (merge.py). A new
decision about a pair replaces the earlier one.
"""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import URIRef
from rdflib.namespace import OWL

from polkg.graph.store.store import Store
from polkg.ontology import ID

JUDGEMENTS = ID["judgements"]


@dataclass(frozen=True)
class Judgements:
    same: frozenset[frozenset[URIRef]] = frozenset()
    distinct: frozenset[frozenset[URIRef]] = frozenset()


def read_judgements(store: Store) -> Judgements:
    rows = store.query("SELECT ?a ?p ?b WHERE { GRAPH ?g { ?a ?p ?b } }",
                       {"g": JUDGEMENTS}).rows
    return Judgements(frozenset(frozenset((a, b)) for a, p, b in rows if p == OWL.sameAs),
                      frozenset(frozenset((a, b)) for a, p, b in rows if p == OWL.differentFrom))


def record_judgement(store: Store, a: URIRef, b: URIRef, *, same: bool) -> Judgements:
    """Keep the decision that `a` and `b` are one entity (`same`) or two; returns them all."""
    if a == b:
        raise ValueError(f"<{a}> is one entity already")
    old = read_judgements(store)
    pair = frozenset((a, b))
    judged = Judgements(old.same - {pair} | ({pair} if same else set()),
                        old.distinct - {pair} | (set() if same else {pair}))
    quads = [(x, OWL.sameAs, y, JUDGEMENTS) for x, y in map(sorted, judged.same)]
    quads += [(x, OWL.differentFrom, y, JUDGEMENTS) for x, y in map(sorted, judged.distinct)]
    store.write_document(JUDGEMENTS, quads)
    return judged
