"""Network commands: path, neighbours, central, communities (over polkg.graph's projection).

Each command asks KnowledgeGraph for the projection (graph/network/) and one
analysis of it; this module only parses options and prints.
"""

from __future__ import annotations

import contextlib
import functools
import json
import sys
from pathlib import Path

import click

from polkg.api import KnowledgeGraph
from polkg.clikit import (
    Output,
    interactive,
    known_as_of_option,
    output_options,
    pass_kg,
    progress_bar,
    rows_output,
    user_errors,
)
from polkg.graph.network.centrality import MEASURES, betweenness_sample
from polkg.graph.network.communities import METHODS
from polkg.graph.network.network import (
    NODE_TYPES,
    Period,
    dates_in_words,
    projection_steps,
)


def when_options(command):
    """--as-of DATE, or a period --from DATE --to DATE: the relations that hold then."""
    @click.option("--as-of", "as_of", metavar="DATE",
                  help="Only relations that hold on this day (YYYY, YYYY-MM or YYYY-MM-DD; a "
                       "coarser date means any day in it). Those the dates leave open are "
                       "kept, marked uncertain.")
    @click.option("--from", "start", metavar="DATE", help="Only relations that hold at some "
                  "time from this day on (up to --to, if given).")
    @click.option("--to", "end", metavar="DATE",
                  help="Only relations that hold at some time up to this day.")
    @functools.wraps(command)
    def wrapper(*args, as_of, start, end, **kwargs):
        if as_of and (start or end):
            raise click.UsageError("give --as-of or a period (--from/--to), not both")
        with user_errors():
            if as_of:
                period = Period.as_of(as_of)
            elif start or end:
                period = Period.between(start, end)
            else:
                period = None
        return command(*args, period=period, **kwargs)
    return wrapper


def _types(text: str | None) -> list[str] | None:
    return [t.strip() for t in text.split(",")] if text else None


def _project(kg: KnowledgeGraph, period: Period | None, types: list[str] | None = None,
             comentions: bool = False):
    with progress_bar("Projecting the network", projection_steps()) as tell:
        graph = kg.network(period=period, types=types, comentions=comentions, progress=tell)
    if interactive():
        click.echo(f"{graph.number_of_nodes():,} nodes, {graph.number_of_edges():,} relations",
                   err=True)
    return graph


def _plot(subgraph, out: Path, title: str, rows=()) -> None:
    from polkg.graph.network.plot import draw

    draw(subgraph, out, title=title, rows=rows)
    click.echo(f"wrote {out}", err=True)


def _echo_records(out: Output, columns: list[str], records: list[dict], document: dict) -> None:
    """json prints `document`; the other formats print `records` as rows of `columns`."""
    out.echo_rows(columns, [[_cell(r.get(c)) for c in columns] for r in records],
                  document=document)


def _cell(value) -> str:
    if isinstance(value, list):
        return ", ".join(map(str, value))
    if isinstance(value, float):
        return f"{value:.4f}"
    return "" if value is None else str(value)


_PLOT_OPTION = click.option(
    "--plot", type=click.Path(dir_okay=False, path_type=Path), metavar="FILE",
    help="Also draw the subgraph to FILE (.png or .svg).")


@click.command()
@click.argument("a")
@click.argument("b")
@when_options
@click.option("--max", "max_paths", type=click.IntRange(min=1), default=3, show_default=True,
              help="How many distinct paths to show, shortest first.")
@click.option("--via", metavar="TYPES",
              help=f"Pass only through these node types, comma-separated "
                   f"({', '.join(NODE_TYPES)}).")
@click.option("--facts-only", is_flag=True,
              help="Leave out co-mentions (two people named in one article).")
@output_options(rows=("table", "json"), headers=False)
@_PLOT_OPTION
@pass_kg
@known_as_of_option
def path(kg: KnowledgeGraph, a, b, period, max_paths, via, facts_only, out: Output, plot):
    """How are A and B connected? The shortest paths, each hop with its dates and sources.

    Relations are walked in either direction; exits 1 when there is no path. Paths made
    of facts come first; then paths through a co-mention (two people named in one
    article, the article's title given), unless --facts-only.

    \b
    Examples:
      polkg path "Jeremy Corbyn" "Keir Starmer"
      polkg path Corbyn Starmer --as-of 2024-06-01 --via party --format json
      polkg path Corbyn Starmer --plot corbyn-starmer.png
      polkg path Corbyn Starmer --known-as-of 2019-12-31
    """
    fmt = out.rows_format()  # paths in words (table) or JSON; a hop is not a row
    with user_errors():
        ends = kg.resolve(a), kg.resolve(b)
        graph = _project(kg, period, comentions=not facts_only)
        found = kg.paths(*ends, network=graph, max_paths=max_paths, via=_types(via))
        if plot and found:
            nodes = {n for p in found for n in p.nodes}
            title = " to ".join(graph.nodes[str(n)]["label"] for n in ends)
            _plot(graph.subgraph(nodes), plot, title, rows=[p.nodes for p in found])
    if not found:
        names = " and ".join(graph.nodes[str(n)]["label"] for n in ends)
        click.echo(f"No path between {names}" + (" through " + via if via else ""),
                   err=fmt == "json")
        if fmt == "json":
            click.echo(json.dumps({"paths": []}))
        sys.exit(1)
    if fmt == "json":
        click.echo(json.dumps({"paths": [p.as_dict() for p in found]}, ensure_ascii=False,
                              indent=2))
        return
    for number, found_path in enumerate(found, 1):
        click.echo(f"Path {number} ({found_path.length} hop{'s' * (found_path.length > 1)}): "
                   f"{found_path.in_words()}")
        for step, hop in enumerate(found_path.hops, 1):
            r = hop.record
            dates = dates_in_words(r)
            line = f"  {step}. {r['from']} {r['relation']} {r['to']}"
            line += f', in "{r["article"]}"' if "article" in r else ""
            line += f", {dates}" if dates else ""
            line += "" if r["certain"] else " (uncertain)"
            line += f"; sources: {', '.join(r['sources']) or 'none recorded'}"
            if hop.also:
                line += f"; also: {'; '.join(hop.also)}"
            click.echo(line)


@click.command()
@click.argument("entity")
@click.option("--depth", type=click.IntRange(min=1), default=1, show_default=True,
              help="How many hops out from ENTITY.")
@when_options
@rows_output()
@_PLOT_OPTION
@pass_kg
def neighbours(kg: KnowledgeGraph, entity, depth, period, out: Output, plot):
    """The ego network: ENTITY's relations, and theirs up to --depth hops out.

    \b
    Examples:
      polkg neighbours "Labour Party" --as-of 2019-06-01
      polkg neighbours Corbyn --depth 2 --format json --plot corbyn.svg
    """
    with user_errors():
        ego = kg.neighbours(entity, network=_project(kg, period), depth=depth)
        if plot:
            _plot(ego.graph, plot, f"{ego.graph.nodes[ego.center]['label']}: within {depth} "
                                   f"hop{'s' * (depth > 1)}")
    columns = ["hops", "from", "relation", "to", "start", "end", "certain", "sources"]
    _echo_records(out, columns, ego.relations(), ego.as_dict())


@click.command()
@click.option("--type", "types", metavar="TYPES",
              help=f"Rank only these node types, comma-separated ({', '.join(NODE_TYPES)}); "
                   "scores are computed on the whole network.")
@click.option("--measure", type=click.Choice(MEASURES), default="degree", show_default=True)
@when_options
@click.option("--top", type=click.IntRange(min=1), default=10, show_default=True)
@click.option("--sample", type=click.IntRange(min=1), metavar="K",
              help="Betweenness: estimate from K sampled source nodes (seed 0). Default: "
                   "every node up to 2,000 nodes, 500 sampled above (docs/NETWORK.md).")
@rows_output()
@pass_kg
def central(kg: KnowledgeGraph, types, measure, period, top, sample, out: Output):
    """Who is central? A ranking by degree, betweenness or PageRank.

    Betweenness over more than 2,000 nodes is estimated from 500 source nodes drawn
    with a fixed seed (the same ranking every run), unless --sample says how many; stderr
    says how many it used.

    \b
    Examples:
      polkg central --type person --measure betweenness --top 5
      polkg central --type party --as-of 2019-06-01 --format json
    """
    with user_errors():
        graph = _project(kg, period)
        sources = graph.number_of_nodes()
        drawn = betweenness_sample(sources, sample)
        if measure == "betweenness":
            if drawn is not None:
                click.echo(f"betweenness estimated from {drawn:,} of {sources:,} nodes as "
                           "sources (sampled with seed 0; --sample K to change)", err=True)
        with progress_bar("Betweenness", drawn or sources) if measure == "betweenness" \
                else contextlib.nullcontext() as tell:
            ranked = kg.central(measure, network=graph, types=_types(types), top=top,
                                sample=sample, progress=tell)
    records = [{"rank": i, "label": r.label, "type": r.type, "score": r.score,
                "degree": r.degree, "iri": r.iri} for i, r in enumerate(ranked, 1)]
    _echo_records(out, ["rank", "label", "type", "score", "degree", "iri"], records,
                  {"measure": measure, "ranking": records})


@click.command("communities")
@when_options
@click.option("--method", type=click.Choice(METHODS), default="louvain", show_default=True,
              help="networkx's Louvain (seeded, repeatable) or greedy modularity.")
@click.option("--min-size", type=click.IntRange(min=1), default=2, show_default=True,
              help="Leave out smaller groups (lone nodes by default).")
@click.option("--include-singletons", is_flag=True,
              help="Also list groups of one person's own: at most one person and no party, "
                   "organisation or election (a member with their seat and results). "
                   "Without it they are left out and stderr says how many.")
@rows_output()
@pass_kg
def communities_command(kg: KnowledgeGraph, period, method, min_size, include_singletons,
                        out: Output):
    """Groups that hang together, found by modularity; each listed with its members.

    Groups of one person's own (an MP with their seat: most groups, on a
    chamber's term file) are left out unless --include-singletons.

    \b
    Examples:
      polkg communities --as-of 2019-06-01
      polkg communities --method greedy --format json
      polkg communities --include-singletons
    """
    with user_errors():
        graph = _project(kg, period)
        if interactive():
            click.echo(f"Finding groups ({method})...", err=True)
        found = kg.communities(network=graph, method=method, min_size=min_size,
                               singletons=include_singletons)
    groups = found.groups
    if found.singletons:
        click.echo(f"left out {found.singletons} group(s) of one person's own "
                   "(--include-singletons lists them)", err=True)
    nodes = graph.nodes
    records = [{"group": i, "size": len(g), "members": [nodes[n]["label"] for n in g],
                "types": sorted({nodes[n]["type"] for n in g})} for i, g in enumerate(groups, 1)]
    document = {"communities": [
        {"group": i, "size": len(g), "members": [{"label": nodes[n]["label"],
                                                   "type": nodes[n]["type"], "iri": n}
                                                  for n in g]}
        for i, g in enumerate(groups, 1)], "singletons_left_out": found.singletons}
    _echo_records(out, ["group", "size", "types", "members"], records, document)
