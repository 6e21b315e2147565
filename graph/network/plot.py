"""Drawing a small part of the network (a path, an ego network) to PNG or SVG with matplotlib.

Nodes are coloured by type and labelled; each link is labelled with its
relations and dates. Drawing is headless (the Agg backend): no display needed.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import networkx as nx

from .network import NODE_TYPES, dates_in_words

PLOT_FORMATS = (".png", ".svg")
_COLOURS = dict(zip(NODE_TYPES, ("#4c72b0", "#dd8452", "#937860", "#55a868", "#8172b3",
                                 "#c44e52", "#bbbbbb")))
#: Above this many links, edge labels would cover each other: they are left out.
_MAX_EDGE_LABELS = 60
#: Kamada-Kawai is quadratic: larger drawings fall back to a spring layout.
_MAX_SPREAD_LAYOUT = 300


def draw(graph: nx.MultiDiGraph, out: Path, *, title: str = "",
         rows: Sequence[Sequence[str]] = ()) -> None:
    """Draw `graph` to `out` (.png or .svg).

    rows: node IRIs laid out as horizontal rows, left to right (one per path);
    the other nodes, or all when none are given, are placed by a spring layout.
    """
    out = Path(out)
    if out.suffix.lower() not in PLOT_FORMATS:
        raise ValueError(f"{out}: a plot must end in .png or .svg")
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot as plt
    from matplotlib.lines import Line2D

    size = max(6.0, min(24.0, 2.0 + graph.number_of_nodes() ** 0.5 * 2.2))
    fig, ax = plt.subplots(figsize=(size * 1.4, size))
    try:
        pos = _layout(graph, rows)
        nodes = list(graph.nodes)
        nx.draw_networkx_nodes(graph, pos, ax=ax, nodelist=nodes, node_size=900, alpha=0.9,
                               node_color=[_COLOURS[graph.nodes[n]["type"]] for n in nodes])
        nx.draw_networkx_labels(graph, pos, ax=ax, font_size=9,
                                labels={n: _wrap(graph.nodes[n]["label"]) for n in nodes})
        links = _links(graph)
        nx.draw_networkx_edges(nx.DiGraph(list(links)), pos, ax=ax, arrows=True, arrowsize=14,
                               node_size=900, edge_color="#555555")
        if len(links) <= _MAX_EDGE_LABELS:
            nx.draw_networkx_edge_labels(nx.DiGraph(list(links)), pos, ax=ax, edge_labels=links,
                                         font_size=7, label_pos=0.5, rotate=False)
        used = sorted({graph.nodes[n]["type"] for n in nodes}, key=NODE_TYPES.index)
        ax.legend(handles=[Line2D([], [], marker="o", linestyle="", markersize=10,
                                  color=_COLOURS[t], label=t) for t in used],
                  loc="lower right", fontsize=8, frameon=False)
        ax.set_title(title, fontsize=11)
        ax.axis("off")
        ax.margins(0.12)
        fig.tight_layout()
        partial = out.with_name(out.name + ".partial")
        try:
            fig.savefig(partial, format=out.suffix.lower().lstrip("."), dpi=120)
            partial.replace(out)
        finally:
            partial.unlink(missing_ok=True)
    finally:
        plt.close(fig)


def _links(graph: nx.MultiDiGraph) -> dict[tuple[str, str], str]:
    """One drawn arrow per ordered pair, labelled with each of its relations and their dates."""
    labels: dict[tuple[str, str], list[str]] = {}
    for u, v, d in graph.edges(data=True):
        words = ", ".join(x for x in (d["relation"], dates_in_words(d)) if x)
        labels.setdefault((u, v), []).append(words + ("" if d["certain"] else " (?)"))
    return {pair: "\n".join(sorted(set(words))) for pair, words in labels.items()}


def _layout(graph: nx.MultiDiGraph, rows: Sequence[Sequence[str]]) -> dict:
    fixed = {}
    for y, row in enumerate(rows):
        for x, node in enumerate(row):
            fixed.setdefault(node, (x / max(1, len(row) - 1), -y * 0.6))
    if len(fixed) == graph.number_of_nodes():
        return fixed
    simple = nx.Graph(graph.to_undirected(as_view=True))
    if not fixed and graph.number_of_nodes() <= _MAX_SPREAD_LAYOUT:
        # Kamada-Kawai spreads a small network evenly: the labels stay apart.
        return nx.kamada_kawai_layout(simple)
    return nx.spring_layout(simple, pos=fixed or None, fixed=list(fixed) or None, seed=7,
                            k=1.5 / max(1, graph.number_of_nodes()) ** 0.5)


def _wrap(label: str, width: int = 16) -> str:
    lines, line = [], ""
    for word in label.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return "\n".join([*lines, line])
