"""`polkg eval`: score what the loaders make of articles against gold facts."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from polkg.clikit import Output, interactive, rows_output, user_errors
from polkg.evaluation import MEASURES, EvaluationReport, evaluate
from polkg.evaluation.scoring import Score
from polkg.loaders import LOADERS

MICRO = "ALL (micro)"


@click.command("eval")
@click.argument("gold_dir", type=click.Path(file_okay=False, path_type=Path))
@click.option("--docs", "docs", required=True, type=click.Path(path_type=Path),
              help="The articles: a folder (searched recursively) or one file.")
@click.option("--loader", type=click.Choice(sorted(LOADERS)),
              help="Read the articles with this loader instead of choosing by extension and "
                   "content.")
@rows_output()
@click.option("--facts-out", type=click.Path(file_okay=False, path_type=Path), metavar="DIR",
              help="Also write the system's facts for each article as DIR/<name>.gold.json.")
def eval_command(gold_dir: Path, docs: Path, loader: str | None, out: Output,
                 facts_out: Path | None):
    """Score extraction against gold facts: precision, recall and F1.

    Loads the articles in --docs into a fresh in-memory store (the global
    --store is not touched), reads each article's facts back with SPARQL and
    compares them with GOLD_DIR/<name>.gold.json (article <name>.txt), for
    entities, events, events with dates, relations and relations with dates,
    per file and micro-averaged. Articles and gold files without a partner
    are listed on stderr. --format json prints one object: the five measures
    micro-averaged, and `files`.

    \b
    Example:
      polkg eval examples/gold --docs examples/news
      polkg eval gold/ --docs news/ --format json --facts-out system-facts/
    """
    with user_errors():  # a bad gold file, a missing folder: EvaluationError, GoldFormatError
        report = _run(gold_dir, docs, loader, facts_out)
    for name in report.articles_without_gold:
        click.echo(f"Warning: article {name} has no gold file in {gold_dir}", err=True)
    for name in report.gold_without_article:
        click.echo(f"Warning: gold file {name} has no article in {docs}", err=True)
    for result in report.files:
        if result.error:
            click.echo(f"Warning: {result.error} (scored as stating nothing)",
                       err=True)
    out.echo_rows(COLUMNS, score_rows(report), document=report.to_json())


def _run(gold_dir: Path, docs: Path, loader: str | None,
         facts_out: Path | None) -> EvaluationReport:
    if not interactive():
        return evaluate(gold_dir, docs, loader=loader, facts_out=facts_out)
    from polkg.evaluation.run import pair

    with click.progressbar(length=len(pair(gold_dir, docs)[0]), label="Loading", file=sys.stderr,
                           show_pos=True) as bar:
        return evaluate(gold_dir, docs, loader=loader, facts_out=facts_out,
                        progress=lambda path, status: bar.update(1))


COLUMNS = ["file", "measure", "precision", "recall", "f1", "tp", "fp", "fn"]


def score_rows(report: EvaluationReport) -> list[tuple[str, ...]]:
    """One block of rows per file, then the micro average over all files."""
    rows = []
    blocks = [(f.name, f.scores) for f in report.files] + [(MICRO, report.total)]
    for name, scores in blocks:
        rows += [(name if i == 0 else "", measure, *_cells(scores[measure]))
                 for i, measure in enumerate(MEASURES)]
    return rows


def _cells(s: Score) -> tuple[str, ...]:
    return (f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}", str(s.tp), str(s.fp),
            str(s.fn))
