"""The network commands through click's runner: output, exit codes, files written."""

from __future__ import annotations

import json

import networkx as nx
import pytest

from .conftest import DATA

NETWORK = DATA / "network"
RECORDS = str(NETWORK / "party-records.ttl")
LEADERS = str(NETWORK / "leaders-and-offices.ttl")


@pytest.fixture
def polkg(run_cli):
    result = run_cli("load", str(NETWORK))
    assert result.exit_code == 0, result.output
    return run_cli


def test_path_in_words_with_sources(polkg):
    result = polkg("path", "Corbyn", "Starmer", "--as-of", "2012-01-01", "--max", "1")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == ("Path 1 (2 hops): Jeremy Corbyn -(member of, 1965 to 2024)-> Labour Party "
                        "<-(member of, from 1980)- Keir Starmer")
    assert lines[1] == (f"  1. Jeremy Corbyn member of Labour Party, 1965 to 2024; "
                        f"sources: {RECORDS}")
    assert len(lines) == 3


def test_path_json(polkg):
    result = polkg("path", "Jeremy Corbyn", "Keir Starmer", "--as-of", "2024-03-01",
                   "--format", "json")
    assert result.exit_code == 0, result.output
    paths = json.loads(result.stdout)["paths"]
    first = paths[0]
    assert first["length"] == 2
    corbyn, starmer = first["hops"]
    assert {k: corbyn[k] for k in ("from", "relation", "to", "start", "end", "certain")} == {
        "from": "Jeremy Corbyn", "relation": "member of", "to": "Labour Party",
        "start": "1965", "end": "2024", "certain": False}
    assert corbyn["sources"] == [RECORDS]
    assert (starmer["relation"], starmer["start"], starmer["end"]) == ("leader of",
                                                                       "2020-04-04", None)
    assert starmer["sources"] == [LEADERS]


def test_after_the_expulsion_not_through_the_membership(polkg):
    result = polkg("path", "Corbyn", "Starmer", "--as-of", "2025-01-01", "--via", "party")
    assert result.exit_code == 1
    assert result.stdout.strip() == "No path between Jeremy Corbyn and Keir Starmer through party"
    result = polkg("path", "Corbyn", "Starmer", "--as-of", "2025-01-01", "--format", "json")
    assert result.exit_code == 0
    hops = json.loads(result.stdout)["paths"][0]["hops"]
    assert [h["relation"] for h in hops] == ["agent of", "concerns", "leader of"]


def test_no_path_exits_1(polkg):
    result = polkg("path", "Corbyn", "Caroline Lucas")
    assert result.exit_code == 1
    assert result.stdout.strip() == "No path between Jeremy Corbyn and Caroline Lucas"
    result = polkg("path", "Corbyn", "Lucas", "--format", "json")
    assert result.exit_code == 1 and json.loads(result.stdout) == {"paths": []}


def test_unknown_and_ambiguous_names_as_the_query_commands_say(polkg):
    result = polkg("path", "Jeremy Corbin", "Starmer")
    assert result.exit_code == 1
    assert result.output.strip() == ("Error: no entity is named 'Jeremy Corbin'; "
                                     "closest: Jeremy Corbyn")
    result = polkg("neighbours", "Miliband")
    assert result.exit_code == 1
    assert result.output.startswith("Error: 'Miliband' is ambiguous: David Miliband (Person, ")
    query = polkg("query", "party_on_date", "-p", "person=Miliband", "-p", "date=2019")
    assert query.output == result.output


def test_bad_options(polkg):
    result = polkg("path", "Corbyn", "Starmer", "--via", "venue")
    assert result.exit_code == 1 and "unknown node type venue" in result.output
    result = polkg("path", "Corbyn", "Starmer", "--as-of", "2019-13-01")
    assert result.exit_code == 1 and "'2019-13-01' is not a valid date" in result.output
    result = polkg("path", "Corbyn", "Starmer", "--as-of", "2019", "--from", "2018")
    assert result.exit_code == 2 and "not both" in result.output
    result = polkg("path", "Corbyn", "Corbyn")
    assert result.exit_code == 1 and "two different entities" in result.output


def test_neighbours_table_and_json(polkg):
    result = polkg("neighbours", "Labour", "--as-of", "2012-01-01")
    assert result.exit_code == 0, result.output
    rows = result.stdout.splitlines()[2:]
    assert len(rows) == 4 and all(" member of " in r for r in rows)
    result = polkg("neighbours", "Islington North", "--depth", "2", "--format", "json")
    assert result.exit_code == 0
    ego = json.loads(result.stdout)
    assert ego["center"] == "Islington North" and ego["depth"] == 2
    hops = {n["label"]: n["hops"] for n in ego["nodes"]}
    assert hops["Jeremy Corbyn"] == 1 and hops["Labour Party"] == 2
    assert {"from": "Jeremy Corbyn", "relation": "represents", "to": "Islington North",
            "start": "1983-06-09", "end": None, "certain": True, "sources": [LEADERS],
            "hops": 1} in ego["relations"]


def test_central(polkg):
    result = polkg("central", "--type", "party", "--top", "1")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[2].split()[:3] == ["1", "Labour", "Party"]
    result = polkg("central", "--measure", "betweenness", "--sample", "5", "--format", "json")
    assert result.exit_code == 0
    ranking = json.loads(result.stdout)
    assert ranking["measure"] == "betweenness" and len(ranking["ranking"]) == 10
    scores = [r["score"] for r in ranking["ranking"]]
    assert scores == sorted(scores, reverse=True)
    assert polkg("central", "--measure", "pagerank", "--format", "csv").exit_code == 0


def test_communities(polkg):
    result = polkg("communities", "--format", "json")
    assert result.exit_code == 0, result.output
    groups = [{m["label"] for m in g["members"]} for g in json.loads(result.stdout)["communities"]]
    green = next(g for g in groups if "Green Party" in g)
    assert green == {"Green Party", "Caroline Lucas"}
    result = polkg("communities", "--as-of", "2012-01-01", "--method", "greedy")
    assert result.exit_code == 0 and "Labour Party" in result.stdout


@pytest.mark.parametrize("suffix,magic", [(".png", b"\x89PNG\r\n\x1a\n"), (".svg", b"<svg")])
def test_plots_are_written(polkg, tmp_path, suffix, magic):
    out = tmp_path / f"path{suffix}"
    result = polkg("path", "Corbyn", "Starmer", "--plot", str(out))
    assert result.exit_code == 0, result.output
    assert f"wrote {out}" in result.stderr
    content = out.read_bytes()
    assert len(content) > 5000 and magic in content[:400]
    ego = tmp_path / f"ego{suffix}"
    assert polkg("neighbours", "Labour", "--depth", "2", "--plot", str(ego)).exit_code == 0
    assert magic in ego.read_bytes()[:400]


def test_a_bad_plot_name_writes_nothing(polkg, tmp_path):
    out = tmp_path / "path.jpg"
    result = polkg("path", "Corbyn", "Starmer", "--plot", str(out))
    assert result.exit_code == 1 and "must end in .png or .svg" in result.output
    assert list(tmp_path.glob("path.jpg*")) == []


@pytest.mark.parametrize("fmt,reader", [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_export_network(polkg, tmp_path, fmt, reader):
    out = tmp_path / f"network.{fmt}"
    result = polkg("export", "--format", fmt, "-o", str(out))
    assert result.exit_code == 0, result.output
    graph = reader(out)
    labels = {d["label"] for _, d in graph.nodes(data=True)}
    assert {"Jeremy Corbyn", "Labour Party", "Prime Minister"} <= labels
    relations = {d["relation"] for *_, d in graph.edges(data=True)}
    assert relations == {"member of", "leader of", "holds", "represents", "agent of", "concerns"}


def test_export_turtle_still_works(polkg, tmp_path):
    out = tmp_path / "graph.ttl"
    assert polkg("export", "-o", str(out)).exit_code == 0
    assert "pol:Membership" in out.read_text()
