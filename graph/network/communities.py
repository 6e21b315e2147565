"""Groups that hang together: modularity communities over the projection, walked undirected.

On a chamber's term file, modularity makes one group of each member and their seat
(196 of 204 groups for the 2017 Parliament): true, and nothing to read. Such a
group, one person's own, is left out and counted unless asked for.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import networkx as nx

from .network import undirected

METHODS = ("louvain", "greedy")
#: Node types that join people: a group with one is more than one person's own.
JOINING = ("party", "organization", "election")


@dataclass
class Communities:
    """The groups, largest first, each a list of node IRIs sorted by label; and how many
    groups of one person's own were left out."""

    groups: list[list[str]] = field(default_factory=list)
    singletons: int = 0


def communities(graph: nx.MultiDiGraph, *, method: str = "louvain", min_size: int = 2,
                seed: int = 0, singletons: bool = False) -> Communities:
    """Node groups found by modularity (Louvain, seeded; or greedy modularity), largest first.

    Groups smaller than `min_size` (lone nodes, by default) are left out, and, unless
    `singletons`, so are groups of one person's own (is_singleton), counted.
    """
    if method not in METHODS:
        raise ValueError(f"unknown method {method!r} (choose from {', '.join(METHODS)})")
    walk = undirected(graph)
    if walk.number_of_edges() == 0:
        return Communities()
    if method == "louvain":
        found = nx.community.louvain_communities(walk, seed=seed)
    else:
        found = nx.community.greedy_modularity_communities(walk)
    label = lambda n: (graph.nodes[n]["label"], n)  # noqa: E731
    groups = [sorted(group, key=label) for group in found if len(group) >= min_size]
    kept = [g for g in groups if singletons or not is_singleton(graph, g)]
    return Communities(sorted(kept, key=lambda g: (-len(g), label(g[0]))),
                       len(groups) - len(kept))


def is_singleton(graph: nx.MultiDiGraph, group: list[str]) -> bool:
    """One person's own group: at most one person and no party, organisation or election (a member
    with their seat and their results)."""
    types = [graph.nodes[n]["type"] for n in group]
    return types.count("person") <= 1 and not any(t in JOINING for t in types)
