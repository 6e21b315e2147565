"""The ego network: everything within a few hops of one entity, relations walked either way."""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx

from .network import relation_record, require


@dataclass
class EgoNetwork:
    """The centre, the subgraph around it, and each node's distance (in hops) from it."""

    center: str
    depth: int
    graph: nx.MultiDiGraph
    distance: dict[str, int]

    def relations(self) -> list[dict]:
        """Each relation as plain data, nearest first, then by relation and labels."""
        rows = [relation_record(self.graph, u, v, d) | {"hops": max(self.distance[u],
                                                                   self.distance[v])}
                for u, v, d in self.graph.edges(data=True)]
        return sorted(rows, key=lambda r: (r["hops"], r["relation"], r["from"], r["to"],
                                           r["start"] or ""))

    def as_dict(self) -> dict:
        nodes = [{"iri": n, "label": d["label"], "type": d["type"], "hops": self.distance[n]}
                 for n, d in self.graph.nodes(data=True)]
        nodes.sort(key=lambda n: (n["hops"], n["type"], n["label"]))
        return {"center": self.graph.nodes[self.center]["label"], "depth": self.depth,
                "nodes": nodes, "relations": self.relations()}


def ego_network(graph: nx.MultiDiGraph, center: str, depth: int = 1) -> EgoNetwork:
    """The nodes within `depth` hops of `center` and the relations among them."""
    center = require(graph, center)
    if depth < 1:
        raise ValueError("the depth must be at least 1")
    distance = nx.single_source_shortest_path_length(graph.to_undirected(as_view=True), center,
                                                     cutoff=depth)
    return EgoNetwork(center, depth, graph.subgraph(distance).copy(), distance)
