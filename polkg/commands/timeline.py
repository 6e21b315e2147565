"""`polkg timeline`: a person's, party's or constituency's history, as text, data or a picture."""

from __future__ import annotations

from pathlib import Path

import click

from polkg.api import KnowledgeGraph
from polkg.clikit import Output, known_as_of_option, pass_kg, rows_output, user_errors
from polkg.graph.network.timeline import Timeline


@click.command("timeline")
@click.argument("entity")
@click.option("--from", "start", metavar="DATE",
              help="Keep what may have happened on or after this day, month or year.")
@click.option("--to", "end", metavar="DATE",
              help="Keep what may have happened on or before this day, month or year.")
@rows_output()
@click.option("--plot", type=click.Path(dir_okay=False, path_type=Path), metavar="FILE",
              help="Also draw the timeline into FILE.png or FILE.svg.")
@pass_kg
@known_as_of_option
def timeline_command(kg: KnowledgeGraph, entity, start, end, out: Output, plot):
    """Show the timeline of a person, party or constituency, oldest first.

    Each row is an event, or the start or end of a membership, leadership,
    office or seat, dated at the precision its sources give (2020, 2024-05,
    2024-07-05), with the counterpart and the documents that state it.
    Undated facts come last, marked "undated" (left out when --from/--to is
    given). --format json prints a list of objects.

    \b
    Examples:
      polkg timeline "Jeremy Corbyn"
      polkg timeline "Labour Party" --from 2015 --to 2020 --format json
      polkg timeline "Islington North" --plot islington.svg
      polkg timeline "Jeremy Corbyn" --known-as-of 2019-12-31
    """
    with user_errors():
        result = kg.timeline(entity, start=start, end=end)
        if plot is not None:
            from polkg.graph.network.timeline_plot import plot_timeline

            plot_timeline(result, plot)
    out.echo_rows(list(Timeline.COLUMNS), result.rows(),
                  document=[e.as_dict() for e in result.entries])
    if plot is not None:
        click.echo(f"wrote {plot}", err=True)
