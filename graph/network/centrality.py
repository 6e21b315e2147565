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
from typing import TYPE_CHECKING

import networkx as nx

from .network import check_types, undirected

if TYPE_CHECKING:
    import numpy as np

MEASURES = ("degree", "betweenness", "pagerank")
#: Betweenness is estimated from a sample of source nodes above this many nodes (exact, it
#: takes 7.6 CPU s on a 5,836-node network of real UK records: docs/NETWORK.md) ...
SAMPLE_ABOVE = 2_000
#: ... this many, unless asked otherwise.
DEFAULT_SAMPLE = 500
#: Source nodes per step of the betweenness computation (one progress report each).
CHUNK = 50
#: At most this many (source, node) cells in each of the arrays of one breadth-first pass
#: (a dozen arrays of 8-byte numbers: about 200 MB); fewer sources at once on a large network.
_CELLS = 2_000_000


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
    index = {node: i for i, node in enumerate(everyone)}
    adjacency = nx.to_scipy_sparse_array(walk, nodelist=everyone, weight=None, format="csr")
    adjacency.setdiag(0)  # a loop is on no shortest path
    adjacency.eliminate_zeros()
    import numpy as np  # here, not at the top: a tenth of a second for every command

    totals = np.zeros(n)
    at_once = max(1, _CELLS // n)
    for start in range(0, len(sources), CHUNK):
        chunk = [index[s] for s in sources[start:start + CHUNK]]
        for part in range(0, len(chunk), at_once):
            totals += _dependencies(adjacency, chunk[part:part + at_once])
        if progress is not None:
            progress(min(start + CHUNK, len(sources)), len(sources))
    # Each pair's paths were counted from both ends.
    scores = {node: float(value) / 2 for node, value in zip(everyone, totals, strict=True)}
    if n <= 2:
        return scores
    # Over the (n-1)(n-2)/2 pairs of other nodes, as networkx normalises it.
    scale = 2 / ((n - 1) * (n - 2)) * (n / len(sources))
    return {node: value * scale for node, value in scores.items()}


def _dependencies(adjacency, sources: list[int]) -> np.ndarray:
    """Brandes' dependencies of every node on the given source nodes, summed: a breadth-first
    search from all of them at once, one level at a time as sparse products (a row per source),
    then the dependencies accumulated back from the farthest level."""
    import numpy as np

    rows = np.arange(len(sources))
    sigma = np.zeros((len(sources), adjacency.shape[0]))  # shortest paths from each source
    sigma[rows, sources] = 1.0
    level = np.full(sigma.shape, -1)
    level[rows, sources] = 0
    frontier, depth = sigma.copy(), 0
    while True:
        reached = (adjacency @ frontier.T).T  # paths one step beyond the frontier
        new = (reached > 0) & (level < 0)
        if not new.any():
            break
        depth += 1
        level[new] = depth
        frontier = np.where(new, reached, 0.0)
        sigma += frontier
    delta = np.zeros(sigma.shape)
    safe = np.where(sigma > 0, sigma, 1.0)
    for d in range(depth, 0, -1):
        share = np.where(level == d, (1.0 + delta) / safe, 0.0)
        delta += np.where(level == d - 1, sigma * (adjacency @ share.T).T, 0.0)
    delta[rows, sources] = 0.0  # a source is on none of its own paths
    return delta.sum(axis=0)
