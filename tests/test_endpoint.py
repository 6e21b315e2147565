"""`polkg serve`: the SPARQL 1.1 Protocol over a real on-disk store and a real HTTP server."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
import threading
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET

import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDFS
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import JSON, POST, TURTLE, SPARQLWrapper

from polkg import KnowledgeGraph
from polkg.endpoint import EndpointServer

from .conftest import EX, EXAMPLES, LABELS, PERSONS

MAX_ROWS = 500
TOKEN = "s3cret-token"


@pytest.fixture(scope="module")
def endpoint(people_graph):
    """A read-only endpoint on a free loopback port, stopped after the module. Its time limit
    is generous, so that a busy machine does not fail the tests of other things; the tests of
    the limit start their own."""
    with EndpointServer(people_graph, port=0, timeout=30.0, max_rows=MAX_ROWS).start() as server:
        yield server


@pytest.fixture
def writable(tmp_path):
    """An endpoint that accepts updates with TOKEN, over its own store."""
    kg = KnowledgeGraph(tmp_path / "store")
    kg.load([EXAMPLES / "labour-leadership.ttl"])
    with EndpointServer(kg, port=0, update_token=TOKEN).start() as server:
        yield server
    kg.close()


def call(server: EndpointServer, path: str, *, data: bytes | str | None = None,
         headers: dict[str, str] | None = None, method: str | None = None):
    """(status, headers, body text) of one request."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    request = urllib.request.Request(server.url + path, data=data, headers=headers or {},
                                     method=method)
    try:
        # A fresh opener: SPARQLWrapper installs a global one with a digest handler when a
        # test before talks to Virtuoso, and that handler chokes on a Bearer challenge.
        with urllib.request.build_opener().open(request, timeout=30) as response:
            return response.status, response.headers, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read().decode("utf-8")


def get(server, query: str, accept: str = "application/sparql-results+json", **params):
    params = urllib.parse.urlencode({"query": query, **params}, doseq=True)
    return call(server, f"sparql?{params}", headers={"Accept": accept})


def bindings(body: str) -> list[dict[str, str]]:
    return [{k: v["value"] for k, v in row.items()}
            for row in json.loads(body)["results"]["bindings"]]


def count_triples(server, auth: dict[str, str] | None = None) -> int:
    status, _, body = get(server, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert status == 200
    return int(bindings(body)[0]["n"])


# -- the three ways to send a query -----------------------------------------------------------


def test_query_by_get(endpoint):
    status, headers, body = get(endpoint, LABELS)
    assert status == 200
    assert headers.get_content_type() == "application/sparql-results+json"
    assert bindings(body) == [{"n": "Person 7"}]
    assert headers["Access-Control-Allow-Origin"] == "*"


def test_query_by_form_post(endpoint):
    form = urllib.parse.urlencode({"query": LABELS})
    status, _, body = call(endpoint, "sparql", data=form, headers={
        "Content-Type": "application/x-www-form-urlencoded"})
    assert status == 200 and bindings(body) == [{"n": "Person 7"}]


def test_query_by_direct_post(endpoint):
    status, _, body = call(endpoint, "sparql", data=LABELS, headers={
        "Content-Type": "application/sparql-query"})
    assert status == 200 and bindings(body) == [{"n": "Person 7"}]


def test_post_of_another_type_is_refused(endpoint):
    status, _, body = call(endpoint, "sparql", data=LABELS, headers={"Content-Type": "text/plain"})
    assert status == 415 and "application/sparql-query" in body


def _example_graph(server) -> str:
    _, _, body = get(server, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?p pol:alias \"Corbyn\" } }")
    (row,) = bindings(body)
    return row["g"]


def test_default_graph_uri_narrows_the_default_graph(endpoint):
    persons = "SELECT (COUNT(?p) AS ?n) WHERE { ?p a pol:Person }"
    _, _, union = get(endpoint, persons)
    assert bindings(union) == [{"n": str(PERSONS + 2)}]
    _, _, one = get(endpoint, persons, **{"default-graph-uri": _example_graph(endpoint)})
    assert bindings(one) == [{"n": "2"}]


def test_named_graph_uri_limits_graph_patterns(endpoint):
    query = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    _, _, every = get(endpoint, query)
    assert int(bindings(every)[0]["n"]) >= 3  # two documents and the ontology
    _, _, one = get(endpoint, query, **{"named-graph-uri": _example_graph(endpoint)})
    assert bindings(one) == [{"n": "1"}]


# -- content negotiation ------------------------------------------------------------------------


SELECT_NAMES = "SELECT ?p ?n WHERE { ?p pol:alias \"Corbyn\" ; rdfs:label ?n }"
CORBYN = "https://w3id.org/polkg/id/person/jeremy-corbyn"


def test_select_as_xml(endpoint):
    status, headers, body = get(endpoint, SELECT_NAMES, "application/sparql-results+xml")
    assert status == 200 and headers.get_content_type() == "application/sparql-results+xml"
    ns = {"r": "http://www.w3.org/2005/sparql-results#"}
    root = ET.fromstring(body)
    assert [v.get("name") for v in root.findall("r:head/r:variable", ns)] == ["p", "n"]
    assert root.find("r:results/r:result/r:binding[@name='p']/r:uri", ns).text == CORBYN
    assert root.find("r:results/r:result/r:binding[@name='n']/r:literal", ns).text == \
        "Jeremy Corbyn"


def test_select_as_csv_and_tsv(endpoint):
    status, headers, body = get(endpoint, SELECT_NAMES, "text/csv")
    assert status == 200 and headers.get_content_type() == "text/csv"
    assert list(csv.reader(io.StringIO(body))) == [["p", "n"], [CORBYN, "Jeremy Corbyn"]]
    status, headers, body = get(endpoint, SELECT_NAMES, "text/tab-separated-values")
    assert headers.get_content_type() == "text/tab-separated-values"
    assert body.splitlines() == ["?p\t?n", f'<{CORBYN}>\t"Jeremy Corbyn"']


def test_ask_in_every_results_format(endpoint):
    ask = 'ASK { ?p rdfs:label "Jeremy Corbyn" }'
    assert json.loads(get(endpoint, ask)[2]) == {"head": {}, "boolean": True}
    assert "<boolean>true</boolean>" in get(endpoint, ask, "application/sparql-results+xml")[2]
    assert "true" in get(endpoint, ask, "text/csv")[2]
    assert json.loads(get(endpoint, 'ASK { ?p rdfs:label "Nobody" }')[2])["boolean"] is False


@pytest.mark.parametrize("media_type,rdflib_format", [
    ("text/turtle", "turtle"), ("application/n-triples", "nt"), ("application/ld+json", "json-ld"),
    ("application/rdf+xml", "xml"), ("application/n-quads", "nquads"),
    ("application/trig", "trig")])
def test_construct_in_every_graph_format(endpoint, media_type, rdflib_format):
    construct = "CONSTRUCT { ?p rdfs:label ?n } WHERE { ?p pol:alias \"Corbyn\" ; rdfs:label ?n }"
    status, headers, body = get(endpoint, construct, media_type)
    assert status == 200 and headers.get_content_type() == media_type
    graph = Dataset().parse(data=body, format=rdflib_format)
    assert set(graph.triples((None, None, None))) == {(URIRef(CORBYN), URIRef("http://www.w3.org/2000/01/rdf-schema#label"),
                           Literal("Jeremy Corbyn"))}


def test_describe_answers_in_turtle(endpoint):
    status, _, body = get(endpoint, f"DESCRIBE <{CORBYN}>", "text/turtle")
    assert status == 200
    assert (URIRef(CORBYN), None, Literal("Corbyn")) in Graph().parse(data=body, format="turtle")


def test_format_parameter_overrides_accept(endpoint):
    status, headers, body = get(endpoint, SELECT_NAMES, "application/sparql-results+json",
                                format="csv")
    assert status == 200 and headers.get_content_type() == "text/csv"


def test_unacceptable_type_is_406(endpoint):
    status, _, body = get(endpoint, SELECT_NAMES, "image/png")
    assert status == 406 and "text/csv" in body
    status, _, body = get(endpoint, "CONSTRUCT WHERE { ?s a pol:Party }", "text/csv")
    assert status == 406 and "text/turtle" in body


# -- errors and limits --------------------------------------------------------------------------


def test_syntax_error_is_400_saying_what_and_where(endpoint):
    status, headers, body = get(endpoint, "SELECT ?s WHERE { ?s ?p }")
    assert status == 400 and headers.get_content_type() == "text/plain"
    assert body.startswith("SPARQL syntax error: error at line 1, column 26: expected")
    # The line, and a caret under where the parser stopped (here: the end).
    assert body.endswith("  SELECT ?s WHERE { ?s ?p }\n" + " " * 27 + "^\n")
    status, _, body = call(endpoint, "sparql", data="SELEKT * WHERE {}",
                           headers={"Content-Type": "application/sparql-query"})
    assert status == 400 and "line 1, column 1" in body


def test_unknown_prefix_is_400_naming_it_and_the_declared_ones(endpoint):
    status, _, body = get(endpoint, "SELECT ?s WHERE {\n  ?s a pol:Person ; nope:thing ?o }")
    assert status == 400
    assert body.startswith("SPARQL syntax error: unknown prefix nope: (line 2, column 31): "
                           "declare it (PREFIX nope: <http://...>) or use one of those declared "
                           "for every query: pol:, id:, rdf:, rdfs:")
    assert "['%']" not in body  # not the parser's list of characters


def test_huge_result_is_cut_at_the_row_limit(endpoint):
    status, headers, body = get(endpoint, "SELECT ?s ?p ?o WHERE { ?s ?p ?o }")
    assert status == 200
    assert headers["X-Polkg-Truncated"] == "true" and headers["X-Polkg-Max-Rows"] == str(MAX_ROWS)
    document = json.loads(body)
    assert len(document["results"]["bindings"]) == MAX_ROWS
    assert document["truncated"]["maxRows"] == MAX_ROWS
    status, headers, body = get(endpoint, "SELECT ?s ?p ?o WHERE { ?s ?p ?o }", "text/csv")
    assert headers["X-Polkg-Truncated"] == "true" and len(body.splitlines()) == MAX_ROWS + 1
    status, headers, body = get(endpoint, "CONSTRUCT WHERE { ?s ?p ?o }", "application/n-triples")
    assert headers["X-Polkg-Truncated"] == "true" and len(body.splitlines()) == MAX_ROWS


def test_result_within_the_limit_is_not_marked(endpoint):
    _, headers, body = get(endpoint, "SELECT ?s WHERE { ?s a pol:Person } LIMIT 10")
    assert "X-Polkg-Truncated" not in headers and "truncated" not in json.loads(body)


def test_slow_query_is_stopped_with_503(people_graph):
    # 9 million pairs of triples, a hash of each, none passing the filter: seconds of work
    # (13 s alone, measured on our busy 2-core machine) and no row to show before the end.
    slow = ("SELECT ?a ?c WHERE { ?a ?p ?b . ?c ?q ?d "
            "FILTER (STRLEN(SHA256(CONCAT(STR(?b), STR(?d)))) < 0) }")
    with EndpointServer(people_graph, port=0, timeout=1.0, max_rows=MAX_ROWS).start() as endpoint:
        status, _, body = get(endpoint, slow)
        assert status == 503 and "1 s time limit" in body
        assert get(endpoint, LABELS)[0] == 200  # the endpoint still answers


def test_streaming_slow_query_is_stopped_too(tmp_path, people_graph):
    # Without a row limit, a cross product streams rows until the deadline stops it.
    with EndpointServer(people_graph, port=0, timeout=0.5, max_rows=None).start() as server:
        status, _, body = get(server, "SELECT * WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }")
    assert status == 503 and "time limit" in body


def test_200_concurrent_requests_are_all_answered(endpoint):
    clients = 200
    barrier = threading.Barrier(clients)
    answers: dict[int, object] = {}

    def client(i: int) -> None:
        barrier.wait()
        try:
            status, _, body = get(endpoint, f"SELECT ?n WHERE {{ <{EX}{i}> rdfs:label ?n }}")
            answers[i] = (status, bindings(body))
        except Exception as exc:  # recorded, so the assertion shows it
            answers[i] = exc

    threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert answers == {i: (200, [{"n": f"Person {i}"}]) for i in range(clients)}


# -- updates --------------------------------------------------------------------------------------

INSERT = 'INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/x> rdfs:label "x" } }'
FORM = {"Content-Type": "application/x-www-form-urlencoded"}
UPDATE = {"Content-Type": "application/sparql-update"}


def test_read_only_endpoint_refuses_updates(endpoint):
    before = count_triples(endpoint)
    status, _, body = call(endpoint, "sparql", data=INSERT, headers={
        **UPDATE, "Authorization": f"Bearer {TOKEN}"})
    assert status == 403 and "--update-token" in body
    status, _, _ = call(endpoint, "sparql?" + urllib.parse.urlencode({"update": INSERT}))
    assert status == 400
    assert count_triples(endpoint) == before


@pytest.mark.parametrize("headers,status", [
    ({}, 401), ({"Authorization": "Bearer wrong"}, 403), ({"Authorization": "Basic eDp5"}, 401)])
def test_update_without_the_right_token_is_refused(writable, headers, status):
    before = count_triples(writable)
    got, response_headers, _ = call(writable, "sparql", data=INSERT, headers={**UPDATE, **headers})
    assert got == status
    if status == 401:
        assert response_headers["WWW-Authenticate"].startswith("Bearer")
    form = urllib.parse.urlencode({"update": INSERT})
    assert call(writable, "sparql", data=form, headers={**FORM, **headers})[0] == status
    assert count_triples(writable) == before


def test_update_with_the_token_is_applied(writable):
    before = count_triples(writable)
    auth = {"Authorization": f"Bearer {TOKEN}"}
    assert call(writable, "sparql", data=INSERT, headers={**UPDATE, **auth})[0] == 204
    assert count_triples(writable) == before + 1
    form = urllib.parse.urlencode({"update": "DELETE WHERE { GRAPH ?g { ?s rdfs:label \"x\" } }"})
    assert call(writable, "sparql", data=form, headers={**FORM, **auth})[0] == 204
    assert count_triples(writable) == before


def test_malformed_update_is_400_and_changes_nothing(writable):
    before = count_triples(writable)
    status, _, body = call(writable, "sparql", data="INSERT DATA { <x> }", headers={
        **UPDATE, "Authorization": f"Bearer {TOKEN}"})
    assert status == 400 and "syntax error" in body
    assert count_triples(writable) == before


# -- named queries, service description, CORS, the page ------------------------------------------


def test_queries_are_listed(endpoint):
    status, headers, body = call(endpoint, "queries")
    assert status == 200 and headers.get_content_type() == "application/json"
    listing = {q["name"]: q for q in json.loads(body)}
    assert {"party_on_date", "members_of"} <= set(listing)
    assert [p["name"] for p in listing["party_on_date"]["params"]] == ["person", "date"]


def test_named_query_runs_with_negotiation(endpoint):
    path = "queries/party_on_date?" + urllib.parse.urlencode(
        {"person": "Jeremy Corbyn", "date": "2019-06-01"})
    status, _, body = call(endpoint, path, headers={"Accept": "application/sparql-results+json"})
    assert status == 200
    assert [row["label"] for row in bindings(body)] == ["Labour Party"]
    status, headers, body = call(endpoint, path + "&format=csv")
    assert headers.get_content_type() == "text/csv" and "Labour Party" in body


@pytest.mark.parametrize("path,status,message", [
    ("queries/nope", 404, "no named query 'nope'"),
    ("queries/party_on_date?person=Jeremy%20Corbyn", 400, "needs date"),
    ("queries/party_on_date?person=Nobody%20Atall&date=2019", 400, "Nobody Atall"),
    ("queries/party_on_date?person=Corbyn&date=someday", 400, "date"),
])
def test_named_query_errors(endpoint, path, status, message):
    got, _, body = call(endpoint, path)
    assert got == status and message in body


def test_service_description_without_a_query(endpoint):
    status, headers, body = call(endpoint, "sparql", headers={"Accept": "text/turtle"})
    assert status == 200 and headers.get_content_type() == "text/turtle"
    sd = "http://www.w3.org/ns/sparql-service-description#"
    graph = Graph().parse(data=body, format="turtle")
    assert (None, URIRef(sd + "endpoint"), URIRef(endpoint.url + "sparql")) in graph
    assert (None, URIRef(sd + "supportedLanguage"), URIRef(sd + "SPARQL11Update")) not in graph


def test_cors_preflight(endpoint):
    status, headers, _ = call(endpoint, "sparql", method="OPTIONS", headers={
        "Origin": "http://elsewhere.example", "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type"})
    assert status == 204
    assert headers["Access-Control-Allow-Origin"] == "*"
    assert "POST" in headers["Access-Control-Allow-Methods"]
    assert "Content-Type" in headers["Access-Control-Allow-Headers"]


def test_query_page_and_its_assets_are_served_locally(endpoint):
    status, headers, page = call(endpoint, "")
    assert status == 200 and headers.get_content_type() == "text/html"
    assert not re.search(r'(?:src|href)="(?:https?:)?//', page)  # nothing from elsewhere
    assets = re.findall(r'<(?:script|link)[^>]*(?:src|href)="([^"]+)"', page)
    assert sorted(assets) == ["/static/query-page.css", "/static/query-page.js",
                              "/static/sparql-editor.js"]
    status, _, entity_page = call(endpoint, "entity")
    assert status == 200 and not re.search(r'(?:src|href)="(?:https?:)?//', entity_page)
    assets += re.findall(r'<(?:script|link)[^>]*(?:src|href)="([^"]+)"', entity_page)
    for asset in assets:
        assert call(endpoint, asset.lstrip("/"))[0] == 200
    assert call(endpoint, "static/../app.py")[0] == 404


# -- clients ---------------------------------------------------------------------------------------


def test_sparqlwrapper_as_a_client(endpoint):
    client = SPARQLWrapper(endpoint.url + "sparql")
    client.setQuery(SELECT_NAMES)
    client.setReturnFormat(JSON)
    rows = client.query().convert()["results"]["bindings"]
    assert [r["n"]["value"] for r in rows] == ["Jeremy Corbyn"]
    client.setMethod(POST)
    client.setQuery("CONSTRUCT { ?p rdfs:label ?n } WHERE { ?p pol:alias \"Corbyn\" ; "
                    "rdfs:label ?n }")
    client.setReturnFormat(TURTLE)
    graph = Graph().parse(data=client.query().convert(), format="turtle")
    assert (URIRef(CORBYN), None, Literal("Jeremy Corbyn")) in graph


def test_sparqlwrapper_in_its_default_settings(endpoint):
    """SPARQLWrapper asks for XML: SPARQL XML for SELECT, RDF/XML for CONSTRUCT."""
    client = SPARQLWrapper(endpoint.url + "sparql")
    client.setQuery(SELECT_NAMES)
    document = client.query().convert()
    assert [n.firstChild.data for n in document.getElementsByTagName("literal")] == \
        ["Jeremy Corbyn"]
    client.setQuery(f"CONSTRUCT {{ <{CORBYN}> rdfs:label ?n }} "
                    f"WHERE {{ <{CORBYN}> rdfs:label ?n }}")
    assert set(client.query().convert()) == {
        (URIRef(CORBYN), RDFS.label, Literal("Jeremy Corbyn"))}


def test_rdflib_sparqlstore_in_its_default_settings(endpoint):
    """rdflib asks for SELECT and ASK in SPARQL XML and for CONSTRUCT in RDF/XML."""
    graph = Graph(store=SPARQLStore(endpoint.url + "sparql"))
    assert [str(n) for (_, n) in graph.query(SELECT_NAMES)] == ["Jeremy Corbyn"]
    assert graph.query(f"ASK {{ <{CORBYN}> rdfs:label ?n }}").askAnswer is True
    constructed = graph.query(f"CONSTRUCT {{ <{CORBYN}> rdfs:label ?n }} "
                              f"WHERE {{ <{CORBYN}> rdfs:label ?n }}").graph
    assert set(constructed) == {(URIRef(CORBYN), RDFS.label, Literal("Jeremy Corbyn"))}
    assert (URIRef(CORBYN), RDFS.label, Literal("Jeremy Corbyn")) in set(
        graph.triples((URIRef(CORBYN), None, None)))


def test_curl_in_its_default_settings_gets_turtle(endpoint):
    construct = f"CONSTRUCT {{ <{CORBYN}> rdfs:label ?n }} WHERE {{ <{CORBYN}> rdfs:label ?n }}"
    done = subprocess.run(["curl", "-sS", "--get", "--data-urlencode", f"query={construct}",
                           endpoint.url + "sparql"], capture_output=True, text=True, timeout=30)
    assert done.returncode == 0, done.stderr
    assert set(Graph().parse(data=done.stdout, format="turtle")) == {
        (URIRef(CORBYN), RDFS.label, Literal("Jeremy Corbyn"))}


def test_polkg_serve_command(tmp_path):
    store = tmp_path / "store"
    env = {**os.environ, "POLKG_STORE": str(store)}
    polkg = [sys.executable, "-m", "polkg.cli"]
    subprocess.run([*polkg, "load", str(EXAMPLES)], env=env, check=True, capture_output=True)
    process = subprocess.Popen([*polkg, "serve", "--port", "0", "--max-rows", "1"], env=env,
                               stderr=subprocess.PIPE, text=True)
    try:
        line = process.stderr.readline()
        url = re.search(r"at (http://\S+/sparql)", line).group(1)
        query = urllib.parse.urlencode({"query": "SELECT ?p WHERE { ?p a pol:Person }"})
        with urllib.request.urlopen(f"{url}?{query}", timeout=10) as response:
            assert response.headers["X-Polkg-Truncated"] == "true"
            assert len(json.loads(response.read())["results"]["bindings"]) == 1
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_graph_and_queries_never_import_the_endpoint():
    root = EXAMPLES.parent
    sources = [*(root / "graph").rglob("*.py"), *(root / "queries").rglob("*.py")]
    assert sources
    for source in sources:
        imported = re.findall(r"^\s*(?:from|import)\s+(\S+)", source.read_text(), re.M)
        assert not [name for name in imported if "endpoint" in name], source
