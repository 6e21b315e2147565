"""`polkg serve`: the SPARQL 1.1 endpoint over the store."""

from __future__ import annotations

import signal

import click

from polkg.api import KnowledgeGraph
from polkg.clikit import allow_service_option, pass_kg, user_errors


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (loopback unless told otherwise).")
@click.option("--port", default=7878, show_default=True, type=click.IntRange(0, 65535),
              help="Port to listen on (0: any free port).")
@click.option("--update-token", metavar="TOKEN", envvar="POLKG_UPDATE_TOKEN",
              help="Accept SPARQL updates carrying 'Authorization: Bearer TOKEN' "
                   "(or $POLKG_UPDATE_TOKEN). Without it the endpoint is read-only.")
@click.option("--timeout", default=30.0, show_default=True, type=click.FloatRange(min=0.001),
              metavar="SECONDS", help="Stop a query that runs longer (503).")
@click.option("--max-rows", default=10_000, show_default=True, type=click.IntRange(min=0),
              metavar="N", help="Cut results after N rows or triples (0: no limit).")
@allow_service_option
@click.option("--allowed-hosts", "allowed_hosts", multiple=True, metavar="NAME",
              help="Also answer requests whose Host header is NAME (repeatable; '.example.org' "
                   "takes its subdomains; '*' any). By default only the bound address and, on "
                   "loopback, localhost.")
@click.option("--cors-origin", "cors_origins", multiple=True, metavar="ORIGIN",
              help="Let web pages of ORIGIN read the answers (repeatable). Default: any origin "
                   "on a read-only endpoint, none with --update-token (where '*' is refused).")
@pass_kg(writes=True)
def serve(kg: KnowledgeGraph, host, port, update_token, timeout, max_rows, allow_service,
          allowed_hosts, cors_origins):
    """Serve the graph as a SPARQL 1.1 endpoint, with named queries and a query page.

    \b
    /sparql         SPARQL 1.1 Protocol (GET, POST form, POST sparql-query/update)
    /queries        the named queries (JSON); /queries/NAME?param=value runs one
    /               a query page for the browser (?query=SPARQL or ?named=NAME&... runs one)
    /entity?iri=IRI an entity's page: names, timeline (table and chart), relations, evidence
    Stop with Ctrl-C.

    \b
    Example:
      polkg serve --port 7878
      curl -H 'Accept: text/csv' 'http://127.0.0.1:7878/queries/party_on_date?person=Jeremy%20Corbyn&date=2019-06-01'
    """
    from polkg.endpoint import EndpointServer

    with user_errors():
        server = EndpointServer(kg, host, port, update_token=update_token, timeout=timeout,
                                max_rows=max_rows or None, allow_service=allow_service,
                                allowed_hosts=allowed_hosts, cors_origins=cors_origins or None)
    mode = "updates with the token" if update_token else "read-only"
    click.echo(f"polkg serves {kg.location} ({mode}) at {server.url}sparql; "
               f"query page {server.url}", err=True)
    # A service manager's SIGTERM stops the server as Ctrl-C does: cleanly.
    signal.signal(signal.SIGTERM, _interrupt)
    try:
        server.serve_forever()  # returns on Ctrl-C or SIGTERM
    except KeyboardInterrupt:  # one that came outside the server's loop
        pass
    finally:
        server.stop()
    click.echo("stopped", err=True)


def _interrupt(signum, frame):
    raise KeyboardInterrupt
