"""`polkg timeline`: a person's, party's or constituency's history, as text, data or a picture."""

from __future__ import annotations

from pathlib import Path

import click

from polkg.api import KnowledgeGraph
from polkg.clikit import (
    Output,
    known_as_of_option,
    pass_kg,
    rows_output,
    timeline_selection,
    user_errors,
)
from polkg.graph.network.timeline import Timeline
from polkg.graph.network.timeline_layout import DEFAULT_LANES, MAX_HEIGHT_PX, MAX_LANES, WIDTH_PX


@click.command("timeline")
@click.argument("entity")
@timeline_selection
@rows_output()
@click.option("--plot", type=click.Path(dir_okay=False, path_type=Path), metavar="FILE",
              help="Also draw the timeline into FILE.png or FILE.svg (the format is the "
                   "extension's).")
@click.option("--top", type=click.IntRange(1, MAX_LANES), default=DEFAULT_LANES,
              show_default=True, metavar="N",
              help=f"In the --plot, draw the N counterparts (a party's or a seat's members, a "
                   f"person's parties, offices and seats) longest in office, at most "
                   f"{MAX_LANES}; the rest are counted under the picture. The picture is "
                   f"{WIDTH_PX} px wide and at most {MAX_HEIGHT_PX} px high.")
@pass_kg
@known_as_of_option
def timeline_command(kg: KnowledgeGraph, entity, selection, out: Output, plot, top):
    """Show the timeline of a person, party or constituency, oldest first.

    Each row is an event, or the start or end of a membership, leadership,
    office or seat, dated at the precision its sources give (2020, 2024-05,
    2024-07-05), with the counterpart and the documents that state it.
    Undated facts come last, marked "undated" (left out when --from/--to is
    given). --format json prints a list of objects.

    The picture stays legible for a party of hundreds: one lane per
    counterpart, only the --top N longest in office (the others counted in a
    footnote), event labels in rows so that none overlaps another (a label
    with no room left is counted, not drawn), and a bounded size (--top).

    \b
    Examples:
      polkg timeline "Jeremy Corbyn"
      polkg timeline "Labour Party" --from 2015 --to 2020 --format json
      polkg timeline "Labour Party" --type Expelled,Suspended --limit 20
      polkg timeline "Labour Party" --plot labour.svg --top 30
      polkg timeline "Jeremy Corbyn" --known-as-of 2019-12-31
    """
    with user_errors():
        result = kg.timeline(entity, **selection)
        if plot is not None:
            from polkg.graph.network.timeline_plot import plot_timeline

            plot_timeline(result, plot, lanes=top)
    out.echo_rows(list(Timeline.COLUMNS), result.rows(),
                  document=[e.as_dict() for e in result.entries])
    if result.total is not None:
        click.echo(f"showing the first {len(result.entries)} of {result.total} entries "
                   "(--limit)", err=True)
    if plot is not None:
        click.echo(f"wrote {plot}", err=True)
