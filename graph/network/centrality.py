"""Who is central? Degree, betweenness or PageRank over the projection, walked undirected.

Betweenness is exact up to SAMPLE_ABOVE nodes. On a larger network it is estimated from
DEFAULT_SAMPLE source nodes drawn with a fixed seed (the same ranking every run), as
networkx's `betweenness_centrality(k=..., seed=...)` does, unless a sample size is given;
docs/NETWORK.md gives the figures. It is computed a chunk of sources at a time
(`betweenness_centrality_subset`), so that a terminal can show progress.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import networkx as nx

from .network import check_types, undirected

MEASURES = ("degree", "betweenness", "pagerank")
#: Betweenness is estimated from a sample of source nodes above this many nodes (exact, it
#: took 107 CPU s on a 5,836-node network of real UK records: docs/NETWORK.md) ...
SAMPLE_ABOVE = 2_000
#: ... this many, unless asked otherwise.
DEFAULT_SAMPLE = 500
#: Source nodes per step of the betweenness computation (one progress report each).
CHUNK = 50


@dataclass(frozen=True)
class Ranked:
    iri: str
    label: str
    type: str
    score: float
    degree: int


def betweenness_sample(nodes: int, sample: int | None = None) -> int | None:
    """How many source nodes betweenness is computed from (None: all of them)."""
    if sample is None and nodes > SAMPLE_ABOVE:
        sample = DEFAULT_SAMPLE
    return None if sample is None or sample >= nodes else sample


def rank(graph: nx.MultiDiGraph, measure: str = "degree", *, types: Iterable[str] | None = None,
         top: int = 10, sample: int | None = None, seed: int = 0,
         progress: Callable[[int, int], None] | None = None) -> list[Ranked]:
    """The `top` nodes (of `types`, if given) by `measure`, computed on the whole network.

    sample: estimate betweenness from this many source nodes (default: DEFAULT_SAMPLE on a
    network of more than SAMPLE_ABOVE nodes; seeded, so repeatable). progress: told
    (sources done, sources in all) as betweenness goes.
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
        scores = betweenness(walk, betweenness_sample(walk.number_of_nodes(), sample), seed,
                             progress)
    else:
        scores = nx.pagerank(walk)
    nodes = graph.nodes
    ranked = sorted((n for n in walk if nodes[n]["type"] in kept),
                    key=lambda n: (-scores[n], nodes[n]["label"], n))
    return [Ranked(n, nodes[n]["label"], nodes[n]["type"], scores[n], walk.degree(n))
            for n in ranked[:top]]


def betweenness(walk: nx.Graph, sample: int | None, seed: int = 0,
                progress: Callable[[int, int], None] | None = None) -> dict[str, float]:
    """Normalised betweenness of an undirected graph, from every node or from `sample` source
    nodes drawn with `seed` (then scaled by nodes / sample: an unbiased estimate)."""
    n = walk.number_of_nodes()
    everyone = sorted(walk)
    sources = everyone if sample is None else random.Random(seed).sample(everyone, sample)
    scores = dict.fromkeys(walk, 0.0)
    for start in range(0, len(sources), CHUNK):
        part = nx.betweenness_centrality_subset(walk, sources[start:start + CHUNK], everyone,
                                                normalized=False)
        for node, value in part.items():
            scores[node] += value
        if progress is not None:
            progress(min(start + CHUNK, len(sources)), len(sources))
    if n <= 2:
        return scores
    # Over the (n-1)(n-2)/2 pairs of other nodes, as networkx normalises it.
    scale = 2 / ((n - 1) * (n - 2)) * (n / len(sources))
    return {node: value * scale for node, value in scores.items()}
