"""The Wikidata loader against a real Oxigraph server holding Wikidata-shaped RDF."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from rdflib import Literal

from polkg import KnowledgeGraph

from .conftest import DATA

FIXTURE = DATA / "wikidata-fixture.ttl"


def _oxigraph() -> str:
    found = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
    if not Path(found).exists():
        pytest.fail("the oxigraph server binary is missing: pip install -e '.[test]'")
    return found


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def endpoint(tmp_path_factory):
    """A real Oxigraph server on a free port, loaded with the fixture; stopped after."""
    binary, location = _oxigraph(), tmp_path_factory.mktemp("wikidata-server")
    subprocess.run([binary, "load", "--location", str(location), "--file", str(FIXTURE)],
                   check=True, capture_output=True)
    port = _free_port()
    server = subprocess.Popen([binary, "serve", "--location", str(location), "--bind",
                               f"127.0.0.1:{port}"], stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/query"
    deadline = time.monotonic() + 20
    while True:
        try:
            urllib.request.urlopen(f"{url}?query=ASK%7B%7D", timeout=1).close()
            break
        except OSError:
            if time.monotonic() > deadline or server.poll() is not None:
                server.kill()
                pytest.fail("the Oxigraph server did not start")
            time.sleep(0.1)
    yield url
    server.terminate()
    server.wait(timeout=10)


def _rows(kg, sparql: str, **bindings) -> set[tuple]:
    return {tuple(None if v is None else str(v) for v in row)
            for row in kg.query(sparql, {k: Literal(v) for k, v in bindings.items()}).rows}


TENURES = """
SELECT ?type ?label ?start ?end ?cause ?causeType WHERE {
  ?t a ?c ; rdfs:label ?label ; pol:evidence/pol:recordLocator ?statement .
  FILTER (?c IN (pol:Membership, pol:Representation, pol:OfficeHolding))
  BIND (STRAFTER(STR(?c), "#") AS ?type)
  OPTIONAL { ?t pol:start/rdfs:label ?start } OPTIONAL { ?t pol:end/rdfs:label ?end }
  OPTIONAL { ?t pol:endCause ?ev . ?ev rdfs:label ?cause ; a ?ct
             BIND (STRAFTER(STR(?ct), "#") AS ?causeType) }
}"""


def test_positions_and_parties_map_with_dates_at_their_precision(kg, endpoint):
    report = kg.load(wikidata=["Q291169"], endpoint=endpoint)
    assert not report.failed and len(report.loaded) == 1
    assert _rows(kg, TENURES) == {
        ("Membership", "Jeremy Corbyn in Labour Party", "1965", "2024-05", None, None),
        ("Representation", "Jeremy Corbyn sits for Islington North", "2017-06-08",
         "2019-11-06", "Jeremy Corbyn: dissolution of parliament (Islington North)", "Event"),
        ("OfficeHolding", "Jeremy Corbyn holds Leader of the Opposition", "2015-09-12",
         "2020-04-04", "Jeremy Corbyn: resignation (Leader of the Opposition)", "Resigned"),
        ("Representation", "Jeremy Corbyn sits for Islington North", "2024-07-04", None, None,
         None),
    }  # "independent politician" is no party; the deprecated statement is left out
    assert _rows(kg, 'SELECT ?q WHERE { ?c rdfs:label "Islington North" ; pol:wikidataId ?q }') \
        == {("Q1077552",)}
    (graph,) = _rows(kg, "SELECT ?g ?name WHERE { ?g a pol:SourceDocument ; pol:fileName ?name }")
    assert graph[1] == f"{endpoint} Q291169"


def test_refetching_unchanged_results_changes_nothing(kg, endpoint):
    kg.load(wikidata=["Q291169"], endpoint=endpoint)
    before = len(kg.store)
    report = kg.load(wikidata=["Q291169"], endpoint=endpoint)
    assert len(report.unchanged) == 1 and not report.loaded
    assert len(kg.store) == before


def test_same_qid_is_one_node_whatever_the_name(kg, endpoint, tmp_path):
    term = tmp_path / "term.csv"
    term.write_text(
        "id,name,group,area,chamber,term,start_date,end_date,wikidata,wikidata_group\n"
        "u9,Ann Green,Conservative,Northtown,House of Commons,57,,,Q900020,Q9626\n")
    assert not kg.load([term]).failed
    assert not kg.load(wikidata=["Q900020"], endpoint=endpoint).failed
    people = _rows(kg, """SELECT ?p ?label WHERE { ?p a pol:Person ; rdfs:label ?label }""")
    assert {label for _, label in people} == {"Ann Green"}
    assert _rows(kg, 'SELECT ?a WHERE { ?p rdfs:label "Ann Green" ; pol:alias ?a }') \
        == {("Ann Green Smith",)}
    parties = _rows(kg, "SELECT ?party WHERE { ?party a pol:Party }")
    assert len(parties) == 1  # Conservative, by Q9626, from both sources


def test_unknown_entity_and_bad_id_are_errors(kg, endpoint):
    report = kg.load(wikidata=["Q424242", "Corbyn"], endpoint=endpoint)
    messages = sorted(str(e) for e in report.failed)
    assert messages == ["Corbyn: not a Wikidata id (Q followed by digits) nor a named set "
                        "(current-mps)",
                        "Q424242: Q424242 has no P39 or P102 statements at this endpoint"]
    assert kg.stats()["documents"] == 0


def test_named_set_fetches_each_current_member(kg, endpoint):
    report = kg.load(wikidata=["current-mps"], endpoint=endpoint)
    assert not report.failed
    assert sorted(str(path) for path, _ in report.loaded) == ["Q291169", "Q900020"]
    people = _rows(kg, "SELECT ?label WHERE { ?p a pol:Person ; rdfs:label ?label }")
    assert people == {("Jeremy Corbyn",), ("Ann Green Smith",)}  # not the former member


def test_unknown_set_name_is_an_error_naming_the_sets(kg, endpoint):
    report = kg.load(wikidata=["current-lords"], endpoint=endpoint)
    assert [str(e) for e in report.failed] == [
        "current-lords: not a Wikidata id (Q followed by digits) nor a named set (current-mps)"]


def test_cli_load_wikidata_from_endpoint(run_cli, endpoint):
    result = run_cli("load", "--wikidata", "Q291169", "--from-endpoint", endpoint)
    assert result.exit_code == 0, result.output
    assert result.output.startswith("1 loaded, 0 unchanged, 0 failed")
    with KnowledgeGraph(run_cli.store) as kg:
        assert kg.stats()["persons"] == 1


def test_cli_unreachable_endpoint_fails_cleanly(run_cli):
    result = run_cli("load", "--wikidata", "Q291169", "--from-endpoint",
                     f"http://127.0.0.1:{_free_port()}/query")
    assert result.exit_code == 1
    assert "Error: Q291169: cannot query http://127.0.0.1:" in result.output


def test_cli_load_needs_something_to_load(run_cli):
    result = run_cli("load")
    assert result.exit_code == 2 and "give files or folders to load, or --wikidata" in result.output
