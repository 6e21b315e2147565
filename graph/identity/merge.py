"""One node per entity: pairs known to be one (strong evidence, a user's judgement) are merged.

Run after every load, so that the order in which sources arrive does not decide
identity: a results file's "Ed Davey" loaded before or after EveryPolitician's
"Edward Davey" of the same seat ends as one node. The node kept is the one a pair
prefers (the person on record over an article's name for them: only the articles'
graphs are rewritten), else the one with the shortest IRI (the name's own, not one
qualified by an identifier or a seat), then the most identifiers; every graph that
names the other is rewritten to name it, the other's label becoming an alias. A pair judged
distinct is never merged. Each graph is rewritten whole, in one write; if a run
is cut short, the next load finds the same pairs and finishes it.
"""

from __future__ import annotations

from collections.abc import Iterable

from rdflib import Literal, URIRef
from rdflib.namespace import RDFS

from polkg.graph.store.store import Store
from polkg.ontology import ONTOLOGY_IRI, POL

from .duplicates import candidate_pairs
from .groups import groups
from .judgements import JUDGEMENTS, read_judgements

# Two queries, not a UNION: Oxigraph 0.5 does not push the bound node into UNION branches.
_GRAPHS_NAMING = ("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?node ?p ?o } }",
                  "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?node } }")
_IDENTIFIERS = """
SELECT (COUNT(DISTINCT ?id) AS ?n) WHERE { ?node pol:wikidataId|pol:externalId ?id }"""


def merge_known_duplicates(store: Store) -> dict[URIRef, URIRef]:
    """Merge every strong pair and every pair judged the same; returns merged -> kept."""
    judged = read_judgements(store)
    strong = [p for p in candidate_pairs(store) if p.strong]
    pairs = [frozenset((p.a, p.b)) for p in strong]
    pairs += [p for p in judged.same if all(_exists(store, node) for node in p)]
    preferred = {p.keep for p in strong if p.keep}
    mapping = _survivors(store, [p for p in pairs if p not in judged.distinct], preferred)
    if mapping:
        merge_nodes(store, mapping)
    return mapping


def merge_nodes(store: Store, mapping: dict[URIRef, URIRef]) -> None:
    """Rewrite every graph naming a key of `mapping` to name its value instead."""
    graphs = {g for node in mapping for sparql in _GRAPHS_NAMING
              for (g,) in store.query(sparql, {"node": node}).rows}
    labels = {kept: _label(store, kept) for kept in set(mapping.values())}
    for graph in sorted(graphs - {JUDGEMENTS, ONTOLOGY_IRI}):
        rows = store.query("SELECT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }", {"g": graph}).rows
        store.write_document(graph, _rewritten(rows, mapping, labels, graph))


def _rewritten(rows: Iterable[tuple], mapping: dict, labels: dict, graph: URIRef) -> set[tuple]:
    quads = set()
    for s, p, o in rows:
        if s in mapping and p == RDFS.label:  # the merged node's name lives on as an alias
            kept = mapping[s]
            quads.add((kept, RDFS.label, labels[kept], graph))
            if o != labels[kept]:
                quads.add((kept, POL.alias, o, graph))
            continue
        quads.add((mapping.get(s, s), p, mapping.get(o, o), graph))
    return {q for q in quads if not (q[1] == POL.alias and q[2] == labels.get(q[0]))}


def _survivors(store: Store, pairs: list[frozenset],
               preferred: set[URIRef] = frozenset()) -> dict[URIRef, URIRef]:
    """Groups of nodes joined by the pairs (transitively), each mapped to its kept node."""
    mapping = {}
    for members in set(groups(pairs).values()):
        kept = min(members, key=lambda n: (n not in preferred, len(n),
                                           -_identifier_count(store, n), str(n)))
        mapping.update({node: kept for node in members if node != kept})
    return mapping


def _identifier_count(store: Store, node: URIRef) -> int:
    return int(store.query(_IDENTIFIERS, {"node": node}).rows[0][0])


def _label(store: Store, node: URIRef) -> Literal:
    rows = store.query("SELECT ?l WHERE { ?node rdfs:label ?l } ORDER BY ?l LIMIT 1",
                       {"node": node}).rows
    return rows[0][0] if rows else Literal(str(node))


def _exists(store: Store, node: URIRef) -> bool:
    return bool(store.query("ASK { ?node rdfs:label ?l }", {"node": node}).boolean)
