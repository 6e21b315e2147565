"""`polkg eval` through click's runner, on hand-written RDF that a loader might produce.

tests/data/eval/docs/islington.ttl states, in the project's conventions, facts
about an article written for these tests (with deliberate mistakes); the rdf
loader reads it, so this tests the read-back queries and the command without
depending on the news extractor.
"""

from __future__ import annotations

import json
import shutil

from click.testing import CliRunner

from polkg import KnowledgeGraph
from polkg.cli import cli
from polkg.evaluation import Facts, document_facts, score
from polkg.loaders import Source

from .conftest import DATA

GOLD = DATA / "eval" / "gold"
DOCS = DATA / "eval" / "docs"


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def counts(block: dict) -> tuple[int, int, int]:
    return block["tp"], block["fp"], block["fn"]


def test_read_back_states_the_documents_facts():
    with KnowledgeGraph(":memory:") as kg:
        kg.load([DOCS / "islington.ttl"])
        facts = document_facts(kg, Source(DOCS / "islington.ttl", b"").graph, "islington.ttl")
    by_name = {e.name: e for e in facts.entities}
    assert sorted(by_name) == ["2024 general election", "Islington Gazette", "Islington North",
                               "Jeremy Corbyn", "Keir Starmer", "Labour Party"]
    assert by_name["Labour Party"].type == "Party"  # the most specific class
    assert by_name["Jeremy Corbyn"].aliases == ("Corbyn", "Mr Corbyn")
    election = by_name["2024 general election"]
    assert (election.kind, election.date) == ("general election", "2024-07-04")
    # The Elected event stated by two nodes is one fact.
    assert sorted((e.type, e.agent, e.object, e.date) for e in facts.events) == [
        ("Elected", "Jeremy Corbyn", "Islington North", "2024-07-05"),
        ("ElectionHeld", None, "2024 general election", "2024-07-04"),
        ("Expelled", "Jeremy Corbyn", "Labour Party", "2024"),
        ("Resigned", "Keir Starmer", "Labour Party", None),
    ]
    assert sorted((r.type, r.subject, r.object, r.start, r.end) for r in facts.relations) == [
        ("leaderOf", "Keir Starmer", "Labour Party", None, None),
        ("memberOf", "Jeremy Corbyn", "Labour Party", None, "2024"),
        ("memberOf", "Keir Starmer", "Labour Party", None, None),
        ("represents", "Jeremy Corbyn", "Islington North", "1983-06", None),
    ]


def test_eval_json_scores_each_measure():
    result = run("eval", str(GOLD), "--docs", str(DOCS), "--format", "json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert counts(report["entities"]) == (5, 1, 0)  # the Gazette is not in gold
    assert counts(report["events"]) == (3, 1, 1)  # a Resigned too many, the 1983 win missing
    assert counts(report["events_with_dates"]) == (2, 2, 2)  # "2024" is not within "2024-05"
    # Starmer's membership is implied by his gold leadership: not a false positive.
    assert counts(report["relations"]) == (3, 0, 0)
    assert counts(report["relations_with_dates"]) == (3, 0, 0)
    assert report["events"]["precision"] == 0.75 and report["entities"]["f1"] == 0.9091
    assert set(report["files"]) == {"islington"}
    assert report["files"]["islington"]["events"] == report["events"]


def test_eval_table_per_file_and_micro_average():
    result = run("eval", str(GOLD), "--docs", str(DOCS))
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["file", "measure", "precision", "recall", "f1", "tp", "fp", "fn"]
    assert lines[2].split() == ["islington", "entities", "0.833", "1.000", "0.909", "5", "1", "0"]
    assert lines[7].split() == ["ALL", "(micro)", "entities", "0.833", "1.000", "0.909", "5", "1",
                                "0"]
    assert len(lines) == 2 + 5 * 2


def test_facts_out_writes_what_any_scorer_scores_alike(tmp_path):
    out = tmp_path / "system"
    result = run("eval", str(GOLD), "--docs", str(DOCS), "--format", "json",
                 "--facts-out", str(out))
    report = json.loads(result.stdout)
    written = Facts.read(out / "islington.gold.json")
    assert written.document == "islington.ttl"
    rescored = score(Facts.read(GOLD / "islington.gold.json"), written)
    assert {m: s.to_json() for m, s in rescored.items()} == {
        m: report[m] for m in rescored}


def test_unpaired_files_are_reported_and_the_rest_scored(tmp_path):
    gold, docs = tmp_path / "gold", tmp_path / "docs"
    shutil.copytree(GOLD, gold)
    shutil.copytree(DOCS, docs)
    (docs / "orphan.ttl").write_text("<http://ex/a> <http://ex/b> <http://ex/c> .\n")
    shutil.copy(GOLD / "islington.gold.json", gold / "lost.gold.json")
    result = run("eval", str(gold), "--docs", str(docs), "--format", "json")
    assert result.exit_code == 0
    assert f"Warning: article orphan has no gold file in {gold}" in result.stderr
    assert f"Warning: gold file lost has no article in {docs}" in result.stderr
    report = json.loads(result.stdout)
    assert list(report["files"]) == ["islington"]
    assert report["articles_without_gold"] == ["orphan"]
    assert report["gold_without_article"] == ["lost"]


def test_article_that_fails_to_load_counts_as_stating_nothing(tmp_path):
    gold, docs = tmp_path / "gold", tmp_path / "docs"
    shutil.copytree(GOLD, gold)
    docs.mkdir()
    article = docs / "islington.ttl"
    article.write_text("<http://ex/a> <http://ex/b> \"open .\n")
    result = run("eval", str(gold), "--docs", str(docs), "--format", "json")
    assert result.exit_code == 0
    assert result.stderr.startswith(f"Warning: {article}:1:29: not valid Turtle")
    assert result.stderr.endswith("(scored as stating nothing)\n")
    report = json.loads(result.stdout)
    assert counts(report["entities"]) == (0, 0, 5)
    assert report["files"]["islington"]["error"].startswith(f"{article}:1:29:")


def test_bad_gold_file_is_an_error_naming_file_and_field(tmp_path):
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "islington.gold.json").write_text('{"events": [{"agent": "Jeremy Corbyn"}]}')
    result = run("eval", str(gold), "--docs", str(DOCS))
    assert result.exit_code == 1
    assert result.stderr == f"Error: {gold / 'islington.gold.json'}: $.events[0].type: missing\n"


def test_no_pairs_is_an_error(tmp_path):
    result = run("eval", str(tmp_path), "--docs", str(DOCS))
    assert result.exit_code == 1
    assert "no article in" in result.stderr and "has a gold file" in result.stderr


def test_missing_docs_folder_is_an_error(tmp_path):
    result = run("eval", str(GOLD), "--docs", str(tmp_path / "nowhere"))
    assert result.exit_code == 1
    assert result.stderr == f"Error: {tmp_path / 'nowhere'}: no such articles\n"


def test_document_queries_are_listed(run_cli):
    listed = run_cli("queries", "--format", "tsv").stdout
    for name in ("document_entities", "document_events", "document_relations"):
        assert f"\n{name}\tdocument (iri)\t" in listed


def test_unknown_loader_is_a_usage_error_listing_the_loaders():
    result = run("eval", str(GOLD), "--docs", str(DOCS), "--loader", "nosuch")
    assert result.exit_code == 2
    assert "Invalid value for '--loader': 'nosuch' is not one of" in result.stderr
    assert "'news'" in result.stderr and "'rdf'" in result.stderr


def test_docs_may_be_one_file():
    result = run("eval", str(GOLD), "--docs", str(DOCS / "islington.ttl"), "--format", "json")
    assert result.exit_code == 0
    assert counts(json.loads(result.stdout)["entities"]) == (5, 1, 0)


def test_identical_copy_of_an_article_is_reported_not_loaded_twice(tmp_path):
    gold, docs = tmp_path / "gold", tmp_path / "docs"
    shutil.copytree(GOLD, gold)
    shutil.copytree(DOCS, docs)
    shutil.copy(DOCS / "islington.ttl", docs / "twin.ttl")
    shutil.copy(GOLD / "islington.gold.json", gold / "twin.gold.json")
    result = run("eval", str(gold), "--docs", str(docs), "--format", "json")
    report = json.loads(result.stdout)
    assert f"{docs / 'twin.ttl'}: same content as another article" in result.stderr
    assert counts(report["files"]["twin"]["entities"]) == (0, 0, 5)
    assert counts(report["files"]["islington"]["entities"]) == (5, 1, 0)
