"""How are two entities connected? The shortest paths through the projection, hop by hop.

Paths walk relations in either direction (a party links its members); each
hop reports the relation as stored, with its direction, dates and sources.
Where two nodes are linked by several relations (member and leader), the hop
shows the surest, most specific one and lists the others in `also`.

In a projection with co-mentions (comention.py), paths made only of facts come first;
paths through a co-mention follow, ranked with each co-mention weighing COMENTION_WEIGHT
factual hops, and a hop shows a co-mention only where the pair has no factual relation.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import islice

import networkx as nx

from polkg.ontology.vocab import tenure_kinds

from .network import (
    AGENT_OF,
    CO_MENTION,
    CONCERNS,
    IN_ELECTION,
    check_types,
    dates_in_words,
    relation_in_words,
    relation_record,
    require,
    undirected,
)

#: Which relation a hop shows when a pair has several: the more telling first.
_PREFERENCE = [k.edge for k in tenure_kinds().values()][::-1] + [AGENT_OF, CONCERNS, IN_ELECTION,
                                                                   CO_MENTION]
#: How many factual hops one co-mention counts as, when ranking paths through co-mentions.
COMENTION_WEIGHT = 3


@dataclass(frozen=True)
class Hop:
    """One step of a path: `source -(relation)-> target` as stored, walked forward or back."""

    source: str
    target: str
    forward: bool
    record: dict = field(compare=False, hash=False)
    also: tuple[str, ...] = ()

    def as_dict(self) -> dict:
        return {**self.record, "also": list(self.also)}

    def arrow(self) -> str:
        """`-(member of, until 2024)->` walked forward; `<-(leader of, from 2020)-` walked back."""
        words = ", ".join(x for x in (relation_in_words(self.record), dates_in_words(self.record),
                                      "" if self.record["certain"] else "uncertain") if x)
        return f"-({words})->" if self.forward else f"<-({words})-"


@dataclass(frozen=True)
class Path:
    """A path as a sequence of hops; `nodes` are the IRIs it passes, in order."""

    nodes: tuple[str, ...]
    hops: tuple[Hop, ...]

    @property
    def length(self) -> int:
        return len(self.hops)

    def in_words(self) -> str:
        """The path as one line: 'A -(member of, until 2024)-> B <-(leader of)- C'."""
        first = self.hops[0]
        parts = [first.record["from"] if first.forward else first.record["to"]]
        for hop in self.hops:
            parts += [hop.arrow(), hop.record["to"] if hop.forward else hop.record["from"]]
        return " ".join(parts)

    def as_dict(self) -> dict:
        return {"length": self.length, "hops": [h.as_dict() for h in self.hops]}


def find_paths(graph: nx.MultiDiGraph, a: str, b: str, *, max_paths: int = 3,
               via: Iterable[str] | None = None, walk: nx.Graph | None = None) -> list[Path]:
    """Up to `max_paths` distinct simple paths from node `a` to node `b`, shortest first.

    via: the node types a path may pass through (its ends may be of any type).
    walk: `undirected(graph)`, made once, when asking for several paths at a time in one
    graph many times (a single path needs none; a graph with co-mentions does not use it).
    An empty list means the two are not connected.
    """
    a, b = require(graph, a), require(graph, b)
    if a == b:
        raise ValueError("a path needs two different entities")
    if max_paths < 1:
        raise ValueError("the number of paths must be at least 1")
    allowed = None if via is None else check_types(via)

    def passable(view):
        if allowed is None:
            return view
        return nx.subgraph_view(view, filter_node=lambda n: n in (a, b)
                                or graph.nodes[n]["type"] in allowed)

    facts = graph
    if graph.graph.get("comentions"):
        facts, walk = nx.subgraph_view(graph, filter_edge=lambda u, v, k: not k.startswith(
            f"{CO_MENTION}|")), None
    try:
        if max_paths == 1 and walk is None:
            # One path needs no simple graph: a breadth-first search on an undirected view.
            found = [nx.bidirectional_shortest_path(passable(facts.to_undirected(as_view=True)),
                                                    a, b)]
        else:
            simple = undirected(facts) if walk is None else walk
            found = list(islice(nx.shortest_simple_paths(passable(simple), a, b), max_paths))
    except nx.NetworkXNoPath:
        found = []
    paths = [_path(facts, nodes) for nodes in found]
    if facts is not graph and len(found) < max_paths:
        try:
            weighted = nx.shortest_simple_paths(passable(_weighted(graph)), a, b, "weight")
            more = islice((p for p in weighted if p not in found), max_paths - len(found))
            paths += [_path(graph, nodes) for nodes in more]
        except nx.NetworkXNoPath:
            pass
    return paths


def _path(graph: nx.MultiDiGraph, nodes: list[str]) -> Path:
    return Path(tuple(nodes), tuple(_hop(graph, u, v) for u, v in zip(nodes, nodes[1:])))


def _weighted(graph: nx.MultiDiGraph) -> nx.Graph:
    """One undirected edge per connected pair, weighing 1 where a fact links the pair and
    COMENTION_WEIGHT where only co-mentions do."""
    simple = nx.Graph()
    simple.add_nodes_from(graph)
    for u, v, relation in graph.edges(data="relation"):
        weight = COMENTION_WEIGHT if relation == CO_MENTION else 1
        if not simple.has_edge(u, v) or simple[u][v]["weight"] > weight:
            simple.add_edge(u, v, weight=weight)
    return simple


def _hop(graph: nx.MultiDiGraph, u: str, v: str) -> Hop:
    """The hop from u to v, by the relation that best describes it."""
    choices = [(True, d) for d in (graph.get_edge_data(u, v) or {}).values()]
    choices += [(False, d) for d in (graph.get_edge_data(v, u) or {}).values()]

    def rank(choice):
        forward, edge = choice
        return (edge["relation"] == CO_MENTION, not edge["certain"],
                _PREFERENCE.index(edge["relation"]),
                -len(edge["sources"]), edge.get("start") or "", not forward)

    choices.sort(key=rank)
    forward, edge = choices[0]
    source, target = (u, v) if forward else (v, u)
    also = tuple(f"{relation_in_words(d)} {dates_in_words(d)}".strip() for _, d in choices[1:])
    return Hop(source, target, forward, relation_record(graph, source, target, edge), also)
