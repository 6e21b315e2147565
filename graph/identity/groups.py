"""Nodes joined by pairs, transitively: A-B and B-C make one group of three."""

from __future__ import annotations

from collections.abc import Iterable

from rdflib import URIRef


def groups(pairs: Iterable[Iterable[URIRef]]) -> dict[URIRef, frozenset[URIRef]]:
    """Each node of the pairs -> every node joined to it through them, itself included.

    >>> a, b, c = URIRef("a"), URIRef("b"), URIRef("c")
    >>> sorted(groups([(a, b), (c, b)])[a])
    [rdflib.term.URIRef('a'), rdflib.term.URIRef('b'), rdflib.term.URIRef('c')]
    """
    group: dict[URIRef, frozenset[URIRef]] = {}
    for pair in pairs:
        joined = frozenset(pair).union(*(group.get(node, ()) for node in pair))
        for node in joined:
            group[node] = joined
    return group
