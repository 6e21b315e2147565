"""Fixtures: real stores (in memory and on disk, remote servers), the CLI runner, data paths."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from polkg import KnowledgeGraph
from polkg.cli import cli
from polkg.ontology import ONTOLOGY_IRI

from .servers import oxigraph_plain, oxigraph_server, virtuoso_server  # noqa: F401 (fixtures)

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
EXAMPLES = ROOT / "examples"
#: An article written for the tests: Jeremy Corbyn's career, 1983 to July 2024.
CORBYN_ARTICLE = DATA / "news" / "2024-07-05_corbyn_islington_north.txt"
#: The prefixes of the Turtle and TriG that tests write by hand.
TURTLE_PREFIXES = """@prefix pol: <https://w3id.org/polkg/ontology#> .
@prefix id: <https://w3id.org/polkg/id/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix time: <http://www.w3.org/2006/time#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
"""
#: What the documents' graphs say but when each was loaded (the ontology graph is no
#: document's, and its parse names blank nodes afresh): what two loads of the same files share.
DOCUMENT_QUADS = f"""SELECT ?s ?p ?o ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }}
  FILTER (?p != pol:loadedAt && ?g != <{ONTOLOGY_IRI}>) }}"""
#: The endpoint tests' persons: 3,000 triples, enough for a slow cross product and a result
#: past the row limit.
PERSONS = 1500
EX = "http://example.org/person/"
LABELS = f"SELECT ?n WHERE {{ <{EX}7> rdfs:label ?n }}"


def pytest_configure(config):
    config.addinivalue_line("markers", "local_store: needs the embedded store; the kg fixture "
                                       "skips its remote-server runs")


REMOTE_SERVERS = {"oxigraph-server": "oxigraph_server", "virtuoso": "virtuoso_server"}


@pytest.fixture(params=["memory", "disk", *REMOTE_SERVERS])
def kg(request, tmp_path) -> KnowledgeGraph:
    """A KnowledgeGraph on each backend: in memory, on disk, and on real SPARQL servers
    (tests/servers.py), emptied before each test."""
    if request.param in REMOTE_SERVERS:
        if request.node.get_closest_marker("local_store"):
            pytest.skip("needs the embedded store (marked local_store)")
        server = request.getfixturevalue(REMOTE_SERVERS[request.param])
        server.reset()
        location = server.store()
    else:
        location = ":memory:" if request.param == "memory" else tmp_path / "store"
    graph = KnowledgeGraph(location)
    yield graph
    graph.close()


@pytest.fixture
def run_cli(tmp_path):
    """Invoke `polkg --store <tmp store> ...` through click's runner."""
    store = tmp_path / "cli-store"

    def invoke(*args: str, input: str | None = None, env: dict[str, str] | None = None):
        return CliRunner().invoke(cli, ["--store", str(store), *args], input=input, env=env,
                                  catch_exceptions=False)

    invoke.store = store
    return invoke


@pytest.fixture(scope="module")
def people_graph(tmp_path_factory) -> KnowledgeGraph:
    """The endpoint tests' store on disk: the Labour example and PERSONS persons."""
    folder = tmp_path_factory.mktemp("endpoint")
    people = folder / "people.nt"
    label = "<http://www.w3.org/2000/01/rdf-schema#label>"
    person = "<https://w3id.org/polkg/ontology#Person>"
    rdf_type = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
    people.write_text("".join(f'<{EX}{i}> {rdf_type} {person} .\n<{EX}{i}> {label} "Person {i}" .\n'
                              for i in range(PERSONS)))
    kg = KnowledgeGraph(folder / "store")
    assert not kg.load([EXAMPLES / "labour-leadership.ttl", people]).failed
    yield kg
    kg.close()
