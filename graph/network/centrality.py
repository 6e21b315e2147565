"""Who is central? Degree, betweenness or PageRank over the projection, walked undirected."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import networkx as nx

from .network import check_types, undirected

MEASURES = ("degree", "betweenness", "pagerank")


@dataclass(frozen=True)
class Ranked:
    iri: str
    label: str
    type: str
    score: float
    degree: int


def rank(graph: nx.MultiDiGraph, measure: str = "degree", *, types: Iterable[str] | None = None,
         top: int = 10, sample: int | None = None, seed: int = 0) -> list[Ranked]:
    """The `top` nodes (of `types`, if given) by `measure`, computed on the whole network.

    sample: estimate betweenness from this many source nodes (faster on large
    graphs; seeded, so repeatable).
    """
    if measure not in MEASURES:
        raise ValueError(f"unknown measure {measure!r} (choose from {', '.join(MEASURES)})")
    if top < 1:
        raise ValueError("--top must be at least 1")
    kept = check_types(types)
    walk = undirected(graph)
    if walk.number_of_nodes() == 0:
        return []
    if measure == "degree":
        scores = nx.degree_centrality(walk)
    elif measure == "betweenness":
        k = min(sample, walk.number_of_nodes()) if sample else None
        scores = nx.betweenness_centrality(walk, k=k, seed=seed)
    else:
        scores = nx.pagerank(walk)
    nodes = graph.nodes
    ranked = sorted((n for n in walk if nodes[n]["type"] in kept),
                    key=lambda n: (-scores[n], nodes[n]["label"], n))
    return [Ranked(n, nodes[n]["label"], nodes[n]["type"], scores[n], walk.degree(n))
            for n in ranked[:top]]
