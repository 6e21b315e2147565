"""Commands for structured sources: `polkg duplicates`."""

from __future__ import annotations

import click

from polkg.api import KnowledgeGraph
from polkg.clikit import Output, pass_kg, rows_output, user_errors
from polkg.graph.identity.linking import TYPES


@click.command()
@click.option("--type", "entity_type", type=click.Choice(sorted(TYPES.values())),
              help="Only entities of this type.")
@rows_output()
@pass_kg
def duplicates(kg: KnowledgeGraph, entity_type, out: Output):
    """List likely duplicate entities with the evidence for and against merging.

    Pairs share a type and a name (or alias, or first and last name); the
    evidence for (same name, shared identifier, same constituency) and against
    (different Wikidata or EveryPolitician ids, different birth dates) is listed.
    Most likely pairs first.

    \b
    Example:
      polkg duplicates --type Person --format csv
    """
    with user_errors():
        pairs = kg.duplicates(entity_type)
    rows = [(p.type, p.a_label, str(p.a), p.b_label, str(p.b), "; ".join(p.evidence_for),
             "; ".join(p.evidence_against)) for p in pairs]
    out.echo_rows(["type", "label", "entity", "other_label", "other", "for", "against"], rows)
