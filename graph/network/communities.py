"""Groups that hang together: modularity communities over the projection, walked undirected."""

from __future__ import annotations

import networkx as nx

from .network import undirected

METHODS = ("louvain", "greedy")


def communities(graph: nx.MultiDiGraph, *, method: str = "louvain", min_size: int = 2,
                seed: int = 0) -> list[list[str]]:
    """Node groups found by modularity (Louvain, seeded; or greedy modularity), largest first.

    Each group lists its nodes by label; groups smaller than `min_size` (lone
    nodes, by default) are left out.
    """
    if method not in METHODS:
        raise ValueError(f"unknown method {method!r} (choose from {', '.join(METHODS)})")
    walk = undirected(graph)
    if walk.number_of_edges() == 0:
        return []
    if method == "louvain":
        found = nx.community.louvain_communities(walk, seed=seed)
    else:
        found = nx.community.greedy_modularity_communities(walk)
    label = lambda n: (graph.nodes[n]["label"], n)  # noqa: E731
    groups = [sorted(group, key=label) for group in found if len(group) >= min_size]
    return sorted(groups, key=lambda g: (-len(g), label(g[0])))
