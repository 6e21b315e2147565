"""--known-as-of: the questions read only the sources published or dated by a day, on the
embedded store and SPARQL servers, and through the three doors of the CLI."""

from __future__ import annotations

import pytest

from polkg import KnowledgeGraph
from polkg.graph.identity.resolve import UnknownName
from polkg.graph.store.store import StoreError

from .conftest import DATA

#: Labour's leadership as recorded after the 2019 election, and after the 2020 leadership vote.
RECORDS = [DATA / "known-as-of" / "labour-2019.ttl", DATA / "known-as-of" / "labour-2020.ttl"]
LEADER = {"party": "Labour", "date": "2020-06-01"}


def leaders(kg) -> list[str]:
    return [str(row["label"]) for row in kg.run("leader_on_date", **LEADER).dicts()]


@pytest.fixture(params=["memory", "oxigraph_plain", "virtuoso_server"])
def kg(request) -> KnowledgeGraph:
    """The embedded store, and servers that honour a query's FROM (see the next test)."""
    if request.param == "memory":
        return KnowledgeGraph(":memory:")
    server = request.getfixturevalue(request.param)
    server.reset()
    return KnowledgeGraph(server.store())


def test_a_server_that_ignores_from_is_refused(oxigraph_server):
    oxigraph_server.reset()
    kg = KnowledgeGraph(oxigraph_server.store())
    kg.load(RECORDS)
    with pytest.raises(StoreError, match="ignores a query's FROM"):
        kg.known_as_of("2020-01-01")


def test_only_sources_dated_by_the_day_are_read(kg):
    kg.load(RECORDS)
    # The 2019 record gives Corbyn's leadership no end; the 2020 record ends it, and an open
    # end never outlasts the end another claim of the same leadership gives.
    assert leaders(kg) == ["Keir Starmer"]
    then = kg.known_as_of("2020-01-01")
    assert leaders(then) == ["Jeremy Corbyn"]
    assert leaders(kg.known_as_of("2020-04-03")) == ["Jeremy Corbyn"]
    assert leaders(kg.known_as_of("2020-04-04")) == ["Keir Starmer"]
    assert leaders(kg.known_as_of("2020-04")) == ["Keir Starmer"]  # read by the month's end

    said = {entry.what for entry in kg.timeline("Jeremy Corbyn").entries}
    said_then = {entry.what for entry in then.timeline("Jeremy Corbyn").entries}
    assert said - said_then == {"Leadership ended"}

    assert kg.paths("Keir Starmer", "Jeremy Corbyn")  # both led Labour
    assert then.paths("Keir Starmer", "Jeremy Corbyn") == []

    with pytest.raises(UnknownName):  # before either record, no one is known
        kg.known_as_of("2019-12-11").resolve("Jeremy Corbyn")


def test_the_three_doors_take_known_as_of(run_cli):
    assert run_cli("load", *map(str, RECORDS)).exit_code == 0
    query = ["query", "leader_on_date", "-p", "party=Labour", "-p", "date=2020-06-01",
             "--format", "csv"]
    assert "Keir Starmer" in run_cli(*query).output
    result = run_cli(*query, "--known-as-of", "2020-01-01")
    assert result.exit_code == 0 and "Keir Starmer" not in result.output
    assert "Jeremy Corbyn" in result.output

    timeline = ["timeline", "Jeremy Corbyn", "--format", "csv"]
    assert "Leadership ended" in run_cli(*timeline).output
    result = run_cli(*timeline, "--known-as-of", "2020-01-01")
    assert result.exit_code == 0 and "Leadership ended" not in result.output

    assert run_cli("path", "Keir Starmer", "Jeremy Corbyn").exit_code == 0
    result = run_cli("path", "Keir Starmer", "Jeremy Corbyn", "--known-as-of", "2020-01-01")
    assert result.exit_code == 1
    assert "No path between Keir Starmer and Jeremy Corbyn" in result.output

    result = run_cli(*query, "--known-as-of", "soon")
    assert result.exit_code == 1 and result.output.startswith("Error: known_as_of:")
