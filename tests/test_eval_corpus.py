"""`polkg eval` end to end: the real news loader on the project's example articles."""

from __future__ import annotations

import json

from click.testing import CliRunner

from polkg.cli import cli
from polkg.evaluation import MEASURES, Facts, score

from .conftest import EXAMPLES


def test_eval_on_the_example_articles(tmp_path):
    gold_dir, news = EXAMPLES / "gold", EXAMPLES / "news"
    out = tmp_path / "system"
    result = CliRunner().invoke(cli, ["eval", str(gold_dir), "--docs", str(news),
                                      "--format", "json", "--facts-out", str(out)],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    golds = {p.name[: -len(".gold.json")]: Facts.read(p) for p in gold_dir.glob("*.gold.json")}
    assert sorted(report["files"]) == sorted(golds)
    assert not report["articles_without_gold"] and not report["gold_without_article"]
    assert not [name for name, f in report["files"].items() if "error" in f]
    # Every gold fact is either found or missed: nothing is lost between loader and scorer.
    sizes = {"entities": sum(len(g.entities) for g in golds.values()),
             "events": sum(len(g.events) for g in golds.values()),
             "relations": sum(len(g.relations) for g in golds.values())}
    for measure in MEASURES:
        block = report[measure]
        assert block["tp"] + block["fn"] == sizes[measure.removesuffix("_with_dates")]
    # The loader states real facts (floors well below the targets, to catch breakage).
    assert report["entities"]["f1"] >= 0.75
    assert report["events"]["f1"] >= 0.5 and report["relations"]["f1"] >= 0.5
    # The facts written out score the same under the scorer's own reading of them.
    for name, gold in golds.items():
        rescored = score(gold, Facts.read(out / f"{name}.gold.json"))
        assert {m: s.to_json() for m, s in rescored.items()} == {
            m: report["files"][name][m] for m in MEASURES}
