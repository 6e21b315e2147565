"""The projection as GraphML or GEXF, for Gephi, Cytoscape, igraph and other network tools.

Both formats take scalar attributes only: lists (sources, documents, facts)
are joined with "; " and absent values are left out.
"""

from __future__ import annotations

from typing import IO

import networkx as nx

from polkg.graph.store.store import Store

from .network import Period, project

NETWORK_FORMATS = ("gexf", "graphml")
LIST_SEPARATOR = "; "


def write_network(graph: nx.MultiDiGraph, out: IO[bytes], fmt: str) -> None:
    """Write a projection as `fmt` (graphml or gexf) to a binary stream."""
    if fmt not in NETWORK_FORMATS:
        raise ValueError(f"unknown network format {fmt!r} (choose from "
                         f"{', '.join(NETWORK_FORMATS)})")
    flat = nx.MultiDiGraph()
    flat.add_nodes_from((n, _scalars(d)) for n, d in graph.nodes(data=True))
    flat.add_edges_from((u, v, k, _scalars(d)) for u, v, k, d in graph.edges(keys=True, data=True))
    if fmt == "graphml":
        nx.write_graphml(flat, out, encoding="utf-8")
    else:
        nx.write_gexf(flat, out, encoding="utf-8")


def export_network(store: Store, out: IO[bytes], fmt: str, *,
                   period: Period | None = None) -> None:
    """Project the store and write it as graphml or gexf."""
    write_network(project(store, period=period), out, fmt)


def _scalars(data: dict) -> dict:
    flat = {}
    for key, value in data.items():
        if isinstance(value, list | tuple | set):
            flat[key] = LIST_SEPARATOR.join(map(str, value))
        elif value is not None:
            flat[key] = value
    return flat
