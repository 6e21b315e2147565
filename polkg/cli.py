"""The `polkg` command: a thin layer over KnowledgeGraph (polkg.api)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from polkg import __version__
from polkg.api import KnowledgeGraph
from polkg.clikit import (
    Settings,
    allow_service_option,
    echo_rows,
    interactive,
    pass_kg,
    rows_format_option,
    user_errors,
)
from polkg.commands import network
from polkg.commands.eval import eval_command
from polkg.commands.serve import serve
from polkg.commands.structured import duplicates
from polkg.commands.timeline import timeline_command
from polkg.graph.network.network_export import NETWORK_FORMATS
from polkg.graph.store.store import FORMATS
from polkg.queries import named_queries


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--store", metavar="PATH", envvar="POLKG_STORE",
              help="Directory of the embedded store (default ./polkg-data, or $POLKG_STORE); "
                   "':memory:' for a throwaway one.")
@click.option("--endpoint", metavar="URL", help="Use a remote SPARQL 1.1 query endpoint instead.")
@click.option("--update-endpoint", metavar="URL",
              help="The remote server's SPARQL update endpoint (default: --endpoint).")
@click.option("--auth", type=click.Choice(["basic", "digest", "bearer"]),
              help="How to authenticate to --endpoint (default: bearer with a token, basic "
                   "with a user). docs/REMOTE.md")
@click.option("--user", envvar="POLKG_ENDPOINT_USER", help="User at --endpoint.")
@click.option("--password", envvar="POLKG_ENDPOINT_PASSWORD",
              help="Password at --endpoint; prefer $POLKG_ENDPOINT_PASSWORD.")
@click.option("--token", envvar="POLKG_ENDPOINT_TOKEN",
              help="Bearer token for --endpoint; prefer $POLKG_ENDPOINT_TOKEN.")
@click.version_option(__version__, prog_name="polkg")
@click.pass_context
def cli(ctx, store, endpoint, update_endpoint, auth, user, password, token):
    """polkg: a knowledge graph of politicians, parties and events.

    Load news articles and structured data, then ask timeline questions in
    SPARQL, find paths between people, and export RDF.

    \b
    Example:
      polkg load examples/
      polkg query party_on_date -p person="Jeremy Corbyn" -p date=2019-06-01
      polkg --endpoint http://localhost:7878/query \\
            --update-endpoint http://localhost:7878/update load examples/
    """
    ctx.obj = Settings(store, endpoint, update_endpoint, (auth, user, password, token))


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--format", "fmt", metavar="NAME",
              help="Force a loader (rdf, popolo, results-csv, everypolitician-csv, ...) "
                   "instead of choosing by extension and content.")
@click.option("--wikidata", "qids", multiple=True, metavar="QID|SET",
              help="Also fetch this Wikidata entity's positions and parties, or those of "
                   "every member of a named set: current-mps (repeatable).")
@click.option("--from-endpoint", "endpoint", metavar="URL",
              help="SPARQL endpoint for --wikidata (default: https://query.wikidata.org/sparql).")
@pass_kg
def load(kg: KnowledgeGraph, paths, fmt, qids, endpoint):
    """Load files and folders (recursively), and Wikidata entities, into the graph.

    Each document becomes one named graph, written whole or not at all. An
    unchanged document is skipped; a changed one replaces its earlier graph.

    \b
    Examples:
      polkg load examples/ data/members.ttl
      polkg load --wikidata Q291169 --wikidata Q6383398
      polkg load --wikidata current-mps
    """
    if not paths and not qids:
        raise click.UsageError("give files or folders to load, or --wikidata QID")
    with user_errors():
        plan = kg.plan(paths, format=fmt, wikidata=qids, endpoint=endpoint)
        if interactive():
            with click.progressbar(length=len(plan), label="Loading", file=sys.stderr,
                                   show_pos=True) as bar:
                report = kg.write(plan, progress=lambda p, s: bar.update(1))
        else:
            report = kg.write(plan)
    for error in report.failed:
        click.echo(f"Error: {error}", err=True)
    click.echo(report.summary())
    if report.failed:
        sys.exit(1)


@cli.command()
@click.argument("name", required=False)
@click.option("-p", "--param", "params", multiple=True, metavar="KEY=VALUE",
              help="A parameter of the named query (repeatable).")
@click.option("-f", "--file", "query_file", type=click.Path(exists=True, path_type=Path),
              help="Run the SPARQL in this file.")
@click.option("-e", "--expression", help="Run this SPARQL text.")
@rows_format_option(formats=("table", "json", "csv", "tsv", "md", "turtle"))
@allow_service_option
@pass_kg
def query(kg: KnowledgeGraph, name, params, query_file, expression, fmt, allow_service):
    """Run a named query, a .rq file or a SPARQL expression.

    SELECT prints rows (json is SPARQL 1.1 Query Results JSON); CONSTRUCT and
    DESCRIBE print Turtle; ASK prints true or false and exits 1 on false.

    \b
    Examples:
      polkg query party_on_date -p person="Jeremy Corbyn" -p date=2019-06-01
      polkg query -e 'SELECT ?p WHERE { ?p a pol:Person }' --format csv
    """
    given = [x for x in (name, query_file, expression) if x]
    if len(given) != 1:
        raise click.UsageError("give exactly one of NAME, -f FILE or -e SPARQL")
    kg.allow_service = frozenset(allow_service)
    with user_errors():
        if name:
            result = kg.run(name, **_parse_params(params))
        else:
            if params:
                raise click.UsageError("-p goes with a named query")
            text = query_file.read_text(encoding="utf-8") if query_file else expression
            result = kg.query(text)
    if result.kind == "ask":
        click.echo("true" if result.boolean else "false")
        sys.exit(0 if result.boolean else 1)
    if result.kind == "graph":
        click.echo(result.graph().serialize(format="turtle"))
        return
    echo_rows(result.vars, result.rows, "table" if fmt == "turtle" else fmt)


def _parse_params(params) -> dict[str, str]:
    parsed = {}
    for item in params:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise click.BadParameter(f"{item!r} is not KEY=VALUE", param_hint="-p")
        parsed[key.strip()] = value
    return parsed


@cli.command("queries")
@rows_format_option()
def list_queries(fmt):
    """List the named queries with their parameters.

    \b
    Example:
      polkg queries --format md
    """
    with user_errors():
        rows = [(q.name, ", ".join(p.signature for p in q.params), q.description)
                for q in named_queries().values()]
    echo_rows(["name", "parameters", "description"], rows, fmt)


@cli.command()
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write to this file (default: standard output).")
@click.option("--format", "fmt", type=click.Choice(sorted(FORMATS) + list(NETWORK_FORMATS)),
              default="turtle", show_default=True,
              help="turtle/nt: the union of all graphs; trig/nq/jsonld keep named graphs; "
                   "graphml/gexf: the network projection (docs/NETWORK.md).")
@pass_kg
def export(kg: KnowledgeGraph, output, fmt):
    """Export the graph as RDF, with the project's prefixes, or its network as GraphML/GEXF.

    TriG and N-Quads keep each document's named graph and its provenance.

    \b
    Example:
      polkg export -o graph.ttl
      polkg export --format trig -o graph.trig
      polkg export --format graphml -o network.graphml
    """
    write = kg.export if fmt in FORMATS else kg.export_network
    with user_errors():
        if output is None:
            write(sys.stdout.buffer, fmt)
            return
        # Write beside the target, then rename: a failed export leaves no half file.
        partial = output.with_name(output.name + ".partial")
        try:
            with partial.open("wb") as out:
                write(out, fmt)
            partial.replace(output)
        finally:
            partial.unlink(missing_ok=True)
    click.echo(f"wrote {output}", err=True)


@cli.command()
@rows_format_option(formats=("table", "json"))
@pass_kg
def stats(kg: KnowledgeGraph, fmt):
    """Count persons, parties, organizations, constituencies, offices, elections,
    events, memberships, documents and triples.

    \b
    Example:
      polkg stats --format json
    """
    import json

    with user_errors():
        counts = kg.stats()
    if fmt == "json":
        click.echo(json.dumps(counts, indent=2))
    else:
        width = max(map(len, counts))
        for key, value in counts.items():
            click.echo(f"{key.ljust(width)}  {value}")


@cli.command()
@pass_kg
def validate(kg: KnowledgeGraph):
    """Check the graph against the consistency rules (ontology/shapes.ttl).

    Prints each finding in words; exits 1 when there is any violation
    (warnings alone exit 0).

    \b
    Example:
      polkg validate
    """
    with user_errors():
        report = kg.validate()
    for finding in report.findings:
        click.echo(str(finding))
    violations = len(report.violations)
    click.echo(f"{violations} violations, {len(report.findings) - violations} warnings")
    if not report.conforms:
        sys.exit(1)


cli.add_command(network.path)
cli.add_command(network.neighbours)
cli.add_command(network.central)
cli.add_command(network.communities_command)
cli.add_command(duplicates)
cli.add_command(eval_command)
cli.add_command(serve)
cli.add_command(timeline_command)


def main() -> None:
    cli(prog_name="polkg")


if __name__ == "__main__":
    main()
