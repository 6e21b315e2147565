"""Mentions at work: a timeline row for a person named in no fact, and co-mention paths.

On articles written for the project: examples/news, tests/data/news's Corbyn article, and
below a short one that names Jeremy Corbyn and Keir Starmer and states no fact about them.

The file sorts after test_queries.py and test_endpoint.py on purpose: its Virtuoso runs
would upset them (SPARQLWrapper installs a process-wide digest-auth opener, which breaks
test_endpoint's plain urllib calls; and after a news article has been loaded and queried on
Virtuoso, events_between on the reset server returns nothing, with or without mentions).
"""

from __future__ import annotations

import pytest

from polkg import KnowledgeGraph
from polkg.graph.network.network import CO_MENTION, Period

from .conftest import CORBYN_ARTICLE, EXAMPLES

DINNER = ("date 2024-09-20\nOld rivals share a table at a charity dinner\n\n"
          "Jeremy Corbyn and Keir Starmer were both guests at a charity dinner in London on "
          "Thursday evening. Neither spoke to reporters as they left.\n")
TITLE = "Old rivals share a table at a charity dinner"
UNDATED = "Winter fair opens\n\nJeremy Corbyn opened the winter fair in a park on Saturday.\n"


@pytest.fixture
def dinner(tmp_path):
    path = tmp_path / "dinner.txt"
    path.write_text(DINNER, encoding="utf-8")
    return path


def comentions(path) -> list:
    return [h for h in path.hops if h.record["relation"] == CO_MENTION]


def test_a_person_named_in_no_fact_has_a_row_dated_by_the_article(kg, dinner, tmp_path):
    (tmp_path / "fair.txt").write_text(UNDATED, encoding="utf-8")
    assert not kg.load([CORBYN_ARTICLE, dinner, tmp_path / "fair.txt"]).failed
    entries = kg.timeline("Jeremy Corbyn").entries
    named = [(e.date_text, e.label, [s.name for s in e.sources]) for e in entries
             if e.type == "Named"]
    # The Corbyn article states facts about him: it adds no row of its own.
    assert named == [("2024-09-20", f"named in {TITLE}", ["dinner.txt"]),
                     ("undated", "named in Winter fair opens", ["fair.txt"])]
    assert entries[0].type != "Named"  # the facts of 1983 come first, as before
    in_range = [e.label for e in kg.timeline("Jeremy Corbyn", start="2024-09").entries]
    assert f"named in {TITLE}" in in_range and "named in Winter fair opens" not in in_range


def test_two_people_named_in_one_article_connect_through_a_co_mention(kg, dinner):
    assert not kg.load([dinner]).failed
    (path,) = kg.paths("Jeremy Corbyn", "Keir Starmer")
    (hop,) = comentions(path)
    assert hop.record["article"] == TITLE and hop.record["start"] == "2024-09-20"
    assert f'co-mentioned with, in "{TITLE}", 2024-09-20' in path.in_words()
    assert kg.paths("Jeremy Corbyn", "Keir Starmer", network=kg.network()) == []


def test_paths_made_of_facts_come_before_any_co_mention(kg, dinner):
    assert not kg.load([CORBYN_ARTICLE, dinner]).failed
    paths = kg.paths("Jeremy Corbyn", "Keir Starmer", max_paths=20)
    through = [bool(comentions(p)) for p in paths]
    assert through[0] is False and True in through
    assert through == sorted(through)  # every factual path before the first co-mention
    # The one-hop co-mention is shorter than any factual path, and still comes after them.
    assert min(p.length for p in paths if not comentions(p)) > 1
    assert paths[through.index(True)].length == 1


def test_examples_give_a_factual_path_first(run_cli, dinner):
    run_cli("load", str(EXAMPLES / "news"), str(dinner))
    out = run_cli("path", "Jeremy Corbyn", "Keir Starmer", "--max", "1").output
    assert out.startswith("Path 1 (2 hops): Jeremy Corbyn -(leader of)-> Labour Party")
    assert "co-mentioned" not in out


def test_cli_labels_the_co_mention_and_can_leave_it_out(run_cli, dinner):
    run_cli("load", str(dinner))
    result = run_cli("path", "Jeremy Corbyn", "Keir Starmer")
    assert result.exit_code == 0
    assert f'1. Jeremy Corbyn co-mentioned with Keir Starmer, in "{TITLE}", 2024-09-20' \
        in result.output
    facts_only = run_cli("path", "Jeremy Corbyn", "Keir Starmer", "--facts-only")
    assert facts_only.exit_code == 1 and "No path" in facts_only.output


def test_centrality_and_communities_see_no_co_mentions_unless_asked(dinner):
    kg = KnowledgeGraph(":memory:")
    assert not kg.load([dinner]).failed
    assert kg.network().number_of_edges() == 0
    assert kg.communities().groups == []
    assert {r.degree for r in kg.central()} == {0}
    assert [d["relation"] for *_, d in kg.network(comentions=True).edges(data=True)] == [
        CO_MENTION]
    assert kg.network(period=Period.as_of("2020"), comentions=True).number_of_edges() == 0
