"""Commands for structured sources: `polkg duplicates`."""

from __future__ import annotations

import click

from polkg.clikit import Output, Settings, rows_output, user_errors
from polkg.graph.identity.linking import TYPES


@click.command()
@click.option("--type", "entity_type", type=click.Choice(sorted(TYPES.values())),
              help="Only entities of this type.")
@click.option("--merge", nargs=2, metavar="A B",
              help="Record that A and B (names, aliases or IRIs) are one entity, and merge them.")
@click.option("--distinct", nargs=2, metavar="A B",
              help="Record that A and B are two entities: never merged, no longer listed.")
@rows_output()
@click.pass_obj
def duplicates(settings: Settings, entity_type, merge, distinct, out: Output):
    """List likely duplicate entities with the evidence for and against merging.

    People are compared by name (short forms such as Ed/Edward, middle names,
    initials), identifiers, the seats and offices they held and when, party and
    birth date; elections by kind, year and party or seat; other entities by
    name and identifiers. Pairs with strong evidence are merged on every load;
    the rest are listed, most likely first, where the evidence for outweighs the
    evidence against. --merge and --distinct record a decision in the store
    (its judgements graph), applied on every later load. docs/STRUCTURED.md

    \b
    Examples:
      polkg duplicates --type Person --format csv
      polkg duplicates --merge "Ed Davey" "Edward Davey"
      polkg duplicates --distinct "Ian Paisley" "Ian Paisley Jnr"
    """
    if merge and distinct:
        raise click.UsageError("give --merge or --distinct, not both")
    kg = settings.open(writes=bool(merge or distinct))  # a decision is written to the store
    with user_errors():
        if merge:
            kept = kg.judge(*merge, same=True)
            click.echo(f"{merge[0]} and {merge[1]} are one entity: <{kept}>")
            return
        if distinct:
            kg.judge(*distinct, same=False)
            click.echo(f"{distinct[0]} and {distinct[1]} are two entities")
            return
        pairs = kg.duplicates(entity_type)
    rows = [(p.type, p.a_label, str(p.a), p.b_label, str(p.b), p.score,
             "; ".join(p.evidence_for), "; ".join(p.evidence_against)) for p in pairs]
    out.echo_rows(["type", "label", "entity", "other_label", "other", "score", "for", "against"],
                  rows)
