"""The `polkg` command: a thin layer over KnowledgeGraph (polkg.api)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from polkg import __version__
from polkg.api import KnowledgeGraph
from polkg.clikit import (
    Output,
    Rate,
    Settings,
    allow_service_option,
    interactive,
    known_as_of_option,
    output_options,
    pass_kg,
    rdf_output,
    rows_output,
    user_errors,
)
from polkg.commands import network
from polkg.commands.eval import eval_command
from polkg.commands.serve import serve
from polkg.commands.structured import duplicates
from polkg.commands.timeline import timeline_command
from polkg.graph.network.network_export import NETWORK_FORMATS
from polkg.graph.store.formats import RDF_FORMATS
from polkg.loaders import LOADERS
from polkg.loaders.base import available_cores
from polkg.queries import named_queries
from polkg.render import ROW_FORMATS


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
@click.option("--debug", is_flag=True, envvar="POLKG_DEBUG",
              help="On an error, also print the traceback (or set POLKG_DEBUG=1).")
@click.version_option(__version__, prog_name="polkg")
@click.pass_context
def cli(ctx, store, endpoint, update_endpoint, auth, user, password, token, debug):
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
    ctx.obj = Settings(store, endpoint, update_endpoint, (auth, user, password, token), debug)


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path, allow_dash=True))
@click.option("--loader", type=click.Choice(sorted(LOADERS)),
              help="Read every file with this loader instead of choosing by extension and "
                   "content.")
@click.option("--format", "old_loader", type=click.Choice(sorted(LOADERS)), hidden=True,
              help="Deprecated spelling of --loader.")
@click.option("--wikidata", "qids", multiple=True, metavar="QID|SET",
              help="Also fetch this Wikidata entity's positions and parties, or those of "
                   "every member of a named set: current-mps (repeatable).")
@click.option("--from-endpoint", "endpoint", metavar="URL",
              help="SPARQL endpoint for --wikidata (default: https://query.wikidata.org/sparql).")
@click.option("-w", "--workers", type=click.IntRange(min=1), metavar="N",
              help="Parse news articles in N processes (default: the cores available); the "
                   "facts are the same whatever N is.")
@click.option("--scheduler", metavar="ADDRESS",
              help="Parse news articles on the workers of this Dask scheduler "
                   "(tcp://HOST:8786) instead; this process still runs the rules and writes, "
                   "and the facts are the same (docs/SCALE.md).")
@click.option("-v", "--verbose", is_flag=True,
              help="Say which loader reads each file, and why it was chosen.")
@pass_kg(writes=True, creates=True)
def load(kg: KnowledgeGraph, paths, loader, old_loader, qids, endpoint, workers, scheduler,
         verbose):
    """Load files and folders (recursively), and Wikidata entities, into the graph.

    Each document becomes one named graph, written whole or not at all. An
    unchanged document is skipped; a changed one replaces its earlier graph.
    Each file goes to the loader that claims its extension and content; a
    file in a folder that no loader takes (a README, notes) is skipped with a
    warning, a named one is an error. '-' reads standard input (with --loader).

    \b
    Examples:
      polkg load examples/ data/members.ttl
      polkg load -v examples/
      polkg load --workers 4 archive/news/
      polkg load --scheduler tcp://10.0.0.5:8786 archive/news/
      cat clipping.txt | polkg load --loader news -
      polkg load --wikidata Q291169 --wikidata Q6383398
      polkg load --wikidata current-mps
    """
    if not paths and not qids:
        raise click.UsageError("give files or folders to load, or --wikidata QID")
    if old_loader:
        click.echo("Warning: load --format is deprecated; use --loader", err=True)
        loader = loader or old_loader
    if workers and scheduler:
        raise click.UsageError("--workers N parses here, --scheduler ADDRESS on a cluster: "
                               "give one of them")
    if Path("-") in paths and not loader:
        raise click.UsageError("reading standard input ('-') needs --loader NAME: there is "
                               "no file name to tell the format by")
    with user_errors():
        plan = kg.plan(paths, loader=loader, wikidata=qids, endpoint=endpoint)
        for skipped in plan.skipped:
            click.echo(f"Warning: skipped {skipped}", err=True)
        if verbose:
            for path, (name, reason) in plan.chosen.items():
                click.echo(f"{path}: {name} ({reason})", err=True)
        workers = workers or available_cores()
        if interactive():
            rate = Rate(plan.unit())
            with click.progressbar(length=len(plan), label="Loading", file=sys.stderr,
                                   show_pos=True, item_show_func=rate.show) as bar:
                report = kg.write(plan, progress=lambda p, s: bar.update(1, rate.count(s)),
                                  workers=workers, scheduler=scheduler)
        else:
            report = kg.write(plan, workers=workers, scheduler=scheduler)
    for error in report.failed:
        click.echo(f"Error: {error}", err=True)
    click.echo(report.summary())
    if report.failed:
        sys.exit(1)


@cli.command()
@click.argument("documents", nargs=-1, required=True, metavar="DOC...")
@rows_output()
@pass_kg(writes=True)
def remove(kg: KnowledgeGraph, documents, out: Output):
    """Take documents out of the graph, as if they had never been loaded.

    DOC is a document's file name as it was loaded (members.ttl), its path
    (data/members.ttl, relative or absolute), or its document IRI. Its named
    graph goes, and with it every fact and entity no other source supports;
    other documents that named one of its entities are read again from their
    files, so the store then holds what loading the remaining sources alone
    gives. An unknown document, or one to read again whose file has moved, is
    an error and nothing is removed. Prints each document removed or read again.

    \b
    Examples:
      polkg remove 2024-07-05_corbyn_islington_north.txt
      polkg remove data/term-57.csv https://w3id.org/polkg/id/doc/members-0123456789
    """
    with user_errors():
        removal = kg.remove(documents)
    rows = [("removed", file, str(doc)) for doc, file in removal.removed]
    rows += [("read again", str(path), "") for path in removal.reread]
    out.echo_rows(["action", "file", "document"], rows)


@cli.command()
@click.argument("name", required=False)
@click.option("-p", "--param", "params", multiple=True, metavar="KEY=VALUE",
              help="A parameter of the named query (repeatable).")
@click.option("-f", "--file", "query_file", type=click.File("r", encoding="utf-8"),
              help="Run the SPARQL in this file ('-': standard input).")
@click.option("-e", "--expression", help="Run this SPARQL text.")
@output_options(rows=ROW_FORMATS, rdf=tuple(RDF_FORMATS), to_file=True,
                help="Rows of a SELECT (default: table), or RDF of a CONSTRUCT or DESCRIBE "
                     "(default: turtle); from the -o file's extension when not given.")
@allow_service_option
@pass_kg
@known_as_of_option
def query(kg: KnowledgeGraph, name, params, query_file, expression, out: Output, allow_service):
    """Run a named query, a .rq file or a SPARQL expression.

    SELECT prints rows (json is SPARQL 1.1 Query Results JSON); CONSTRUCT and
    DESCRIBE print RDF (Turtle unless told); ASK prints true or false (or
    SPARQL JSON with --format json) and exits 1 on false. A format that does
    not fit the query's answer is an error.

    \b
    Examples:
      polkg query party_on_date -p person="Jeremy Corbyn" -p date=2019-06-01
      polkg query -e 'SELECT ?p WHERE { ?p a pol:Person }' --format csv
      polkg query -f describe.rq -o corbyn.nt
      echo 'ASK { ?p a pol:Person }' | polkg query -f -
      polkg query leader_on_date -p party=Labour -p date=2020-06-01 --known-as-of 2020-01-01
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
            result = kg.query(query_file.read() if query_file else expression)
    if result.kind == "ask":
        _echo_boolean(result.boolean, out)
    elif result.kind == "graph":
        fmt = out.rdf_format()
        out.write(lambda stream: stream.write(result.serialize(fmt)))
    else:
        out.echo_rows(result.vars, result.rows)


def _echo_boolean(value: bool, out: Output) -> None:
    """ASK: true or false (json: SPARQL 1.1 Query Results JSON); exit 1 on false."""
    fmt = out.rows_format()
    if fmt not in ("table", "json"):
        raise click.UsageError(f"--format {fmt} does not apply to ASK; give table or json")
    text = json.dumps({"head": {}, "boolean": value}) if fmt == "json" else str(value).lower()
    out.write(lambda stream: stream.write(text.encode("utf-8") + b"\n"))
    sys.exit(0 if value else 1)


def _parse_params(params) -> dict[str, str]:
    parsed = {}
    for item in params:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise click.BadParameter(f"{item!r} is not KEY=VALUE", param_hint="-p")
        parsed[key.strip()] = value
    return parsed


@cli.command("queries")
@rows_output()
def list_queries(out: Output):
    """List the named queries with their parameters.

    \b
    Example:
      polkg queries --format md
    """
    with user_errors():
        rows = [(q.name, ", ".join(p.signature for p in q.params), q.description)
                for q in named_queries().values()]
    out.echo_rows(["name", "parameters", "description"], rows)


@cli.command()
@rdf_output(extra=NETWORK_FORMATS,
            help="turtle/nt/rdfxml: the union of all graphs; trig/nq/jsonld keep named graphs; "
                 "graphml/gexf: the network projection (docs/NETWORK.md). Default: from the -o "
                 "file's extension, else turtle.")
@pass_kg
def export(kg: KnowledgeGraph, out: Output):
    """Export the graph as RDF, with the project's prefixes, or its network as GraphML/GEXF.

    TriG and N-Quads keep each document's named graph and its provenance.

    \b
    Example:
      polkg export -o graph.ttl
      polkg export -o graph.trig
      polkg export --format json-ld > graph.jsonld
      polkg export -o network.graphml
    """
    fmt = out.rdf_format()
    write = kg.export_network if fmt in NETWORK_FORMATS else kg.export
    out.write(lambda stream: write(stream, fmt))


@cli.command()
@rows_output()
@pass_kg
def stats(kg: KnowledgeGraph, out: Output):
    """Count persons, parties, organizations, constituencies, offices, elections,
    events, memberships, documents and triples.

    \b
    Example:
      polkg stats --format json
    """
    with user_errors():
        counts = kg.stats()
    out.echo_rows(["what", "count"], [(key, value) for key, value in counts.items()],
                  document=counts)


@cli.command()
@pass_kg
def validate(kg: KnowledgeGraph):
    """Check the graph against the consistency rules (ontology/shapes.ttl).

    Each rule runs as a SPARQL query on the store's own engine (pyshacl only
    for a rule that does not compile to one). Prints each finding in words,
    with the documents that state it; exits 1 when there is any violation
    (warnings alone exit 0). On a terminal, a progress bar names the rule
    being checked.

    \b
    Example:
      polkg validate
    """
    with user_errors():
        if interactive():
            with click.progressbar(length=1, label="Checking", file=sys.stderr,
                                   item_show_func=lambda rule: rule) as bar:
                report = kg.validate(progress=lambda rule, total: _step(bar, rule, total))
        else:
            report = kg.validate()
    for finding in report.findings:
        click.echo(str(finding))
    violations = len(report.violations)
    click.echo(f"{violations} violations, {len(report.findings) - violations} warnings")
    if not report.conforms:
        sys.exit(1)


def _step(bar, rule: str, total: int) -> None:
    """One more check begins: the bar learns the count and shows the rule."""
    bar.length = total
    bar.update(1, rule)


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
