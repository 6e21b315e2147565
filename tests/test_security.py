"""What the endpoint and `polkg query` refuse to do for a hostile client (issue 14).

Real store, real servers on loopback: the endpoint, and a listener that records
every request made to it (the target of SERVICE and LOAD).
"""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from polkg import KnowledgeGraph
from polkg.cli import cli
from polkg.endpoint import EndpointServer
from polkg.fetches import FetchRefused

from .conftest import EXAMPLES
from .test_endpoint import TOKEN, call, get

EMPTY_RESULTS = b'{"head":{"vars":[]},"results":{"bindings":[{}]}}'


class _Recorder(BaseHTTPRequestHandler):
    def _answer(self):
        length = int(self.headers.get("Content-Length") or 0)
        self.server.requests.append((self.command, self.path, self.rfile.read(length)))
        self.send_response(200)
        self.send_header("Content-Type", "application/sparql-results+json")
        self.send_header("Content-Length", str(len(EMPTY_RESULTS)))
        self.end_headers()
        self.wfile.write(EMPTY_RESULTS)

    do_GET = do_POST = _answer

    def log_message(self, *args):
        pass


@pytest.fixture
def listener():
    """A loopback HTTP server that answers every request and keeps a list of them."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    server.requests = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    server.url = f"http://127.0.0.1:{server.server_port}/sparql"
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def small_graph(tmp_path_factory):
    kg = KnowledgeGraph(tmp_path_factory.mktemp("security") / "store")
    assert not kg.load([EXAMPLES / "labour-leadership.ttl"]).failed
    yield kg
    kg.close()


def _serve(kg, **options):
    return EndpointServer(kg, port=0, timeout=5.0, **options).start()


def _update(server, text: str):
    return call(server, "sparql", data=text, headers={
        "Content-Type": "application/sparql-update", "Authorization": f"Bearer {TOKEN}"})


# -- SSRF: SERVICE and LOAD fetch nothing unless allowed ------------------------------------


def _service(url: str) -> str:
    return f"SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}"


def test_service_is_refused_and_fetches_nothing(small_graph, listener):
    with _serve(small_graph) as server:
        status, _, body = get(server, _service(listener.url))
        nested = ("SELECT * WHERE { ?s ?p ?o OPTIONAL { SELECT * WHERE { "
                  f"SERVICE SILENT <{listener.url}> {{ ?s ?q ?r }} }} }} }}")
        nested_status, _, _ = get(server, nested)
    assert status == 400 and f"SERVICE <{listener.url}> refused" in body
    assert "--allow-service" in body
    assert nested_status == 400
    assert listener.requests == []


def test_update_with_service_or_load_is_refused_and_fetches_nothing(tmp_path, listener):
    kg = KnowledgeGraph(tmp_path / "store")
    with _serve(kg, update_token=TOKEN) as server:
        insert = f"INSERT {{ ?s ?p ?o }} WHERE {{ SERVICE <{listener.url}> {{ ?s ?p ?o }} }}"
        insert_status, _, insert_body = _update(server, insert)
        load_status, _, load_body = _update(server, f"LOAD <{listener.url}>")
    kg.close()
    assert insert_status == 400 and "SERVICE" in insert_body
    assert load_status == 400 and f"LOAD <{listener.url}> refused" in load_body
    assert listener.requests == []


def test_allow_service_lets_the_named_host_only(small_graph, listener):
    with _serve(small_graph, allow_service=["127.0.0.1"]) as server:
        allowed, _, _ = get(server, _service(listener.url))
        other, _, body = get(server, _service("http://localhost:9/x"))
        variable, _, _ = get(server, "SELECT * WHERE { SERVICE ?where { ?s ?p ?o } }")
    assert allowed == 200 and len(listener.requests) == 1
    assert other == 400 and "localhost is not on the --allow-service list" in body
    assert variable == 400


def test_cli_query_on_a_local_store_refuses_service(listener):
    from click.testing import CliRunner

    store = ":memory:"
    text = _service(listener.url)
    refused = CliRunner().invoke(cli, ["--store", store, "query", "-e", text])
    assert refused.exit_code == 1 and "--allow-service" in refused.output
    assert listener.requests == []
    allowed = CliRunner().invoke(cli, ["--store", store, "query", "-e", text,
                                       "--allow-service", "127.0.0.1"])
    assert allowed.exit_code == 0, allowed.output
    assert len(listener.requests) == 1


def test_text_beyond_sparql_11_with_service_is_refused(small_graph, listener):
    text = f"SELECT * WHERE {{ << ?a ?b ?c >> ?p ?o . SERVICE <{listener.url}> {{ ?s ?p ?o }} }}"
    with _serve(small_graph, allow_service=["127.0.0.1"]) as server:
        status, _, body = get(server, text)
        plain, _, _ = get(server, "SELECT * WHERE { << ?a ?b ?c >> ?p ?o }")
    assert status == 400 and "could not be checked" in body
    assert plain == 200
    assert listener.requests == []


def test_text_beyond_sparql_11_naming_fetches_only_in_comments_and_strings_runs():
    kg = KnowledgeGraph(":memory:")
    text = ('SELECT ?x WHERE {  # no SERVICE, no LOAD here\n'
            '  BIND ("service" AS ?x) LATERAL { BIND (<urn:load> AS ?y) } }')
    assert [str(x) for (x,) in kg.query(text).rows] == ["service"]
    with pytest.raises(FetchRefused, match="could not be checked"):
        kg.query(text.replace("BIND (<urn:load> AS ?y)", "SERVICE <http://127.0.0.1:9/> { }"))


# -- pages: a Content-Security-Policy that lets in only the page's own script --------------


def test_pages_send_a_content_security_policy(small_graph):
    with _serve(small_graph) as server:
        answers = [call(server, path) for path in ("", "static/query-page.js", "queries")]
    for status, headers, _ in answers:
        assert status == 200
        policy = headers["Content-Security-Policy"]
        assert "default-src 'none'" in policy and "script-src 'self'" in policy
        assert headers["X-Content-Type-Options"] == "nosniff"


# -- rough edges: malformed IRIs, undecodable text, Host, CORS -------------------------------


def test_malformed_iri_parameter_is_400_and_one_line_in_the_cli(small_graph, tmp_path):
    with _serve(small_graph) as server:
        status, _, body = call(server, "queries/document_events?document=http://a%20b")
        entity, _, _ = call(server, "queries/party_on_date?person=%3Chttp://a%22b%3E&date=2019")
    assert status == 400 and "document: 'http://a b' is not a valid IRI" in body
    assert entity == 400
    from click.testing import CliRunner

    result = CliRunner().invoke(cli, ["--store", ":memory:", "query",
                                      "document_events", "-p", "document=http://a b"])
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [
        "Error: document: 'http://a b' is not a valid IRI (Invalid IRI code point ' ')"]


def test_query_string_that_is_not_utf8_is_400_not_altered(small_graph):
    bad = "query=SELECT%20(%22%FF%22%20AS%20?x)%20%7B%7D"
    with _serve(small_graph) as server:
        by_get, _, body = call(server, f"sparql?{bad}")
        by_form, _, _ = call(server, "sparql", data=bad, headers={
            "Content-Type": "application/x-www-form-urlencoded"})
        fine, _, _ = call(server, "sparql?" + bad.replace("%FF", "%C3%A9"))
    assert by_get == 400 and "not UTF-8" in body
    assert by_form == 400 and fine == 200


def test_host_header_must_name_this_server(small_graph):
    with _serve(small_graph) as server:
        rebound, _, body = call(server, "sparql", headers={"Host": "evil.example"})
        local, _, _ = call(server, "sparql", headers={"Host": f"localhost:{server.port}"})
        direct, _, _ = call(server, "sparql")
    assert rebound == 400 and "--allowed-hosts" in body
    assert local == 200 and direct == 200
    with _serve(small_graph, allowed_hosts=[".example"]) as server:
        assert call(server, "sparql", headers={"Host": "kg.example"})[0] == 200
        assert call(server, "sparql", headers={"Host": "kg.example.org"})[0] == 400


def test_cors_is_never_any_origin_where_updates_are_accepted(tmp_path):
    kg = KnowledgeGraph(tmp_path / "store")
    origin = {"Origin": "https://app.example"}
    with _serve(kg, update_token=TOKEN) as server:
        _, closed, _ = call(server, "sparql", headers=origin)
    with _serve(kg, update_token=TOKEN, cors_origins=["https://app.example"]) as server:
        _, named, _ = call(server, "sparql", headers=origin)
        _, other, _ = call(server, "sparql", headers={"Origin": "https://evil.example"})
    with pytest.raises(ValueError, match="'\\*' is refused"):
        _serve(kg, update_token=TOKEN, cors_origins=["*"])
    kg.close()
    assert "Access-Control-Allow-Origin" not in closed
    assert named["Access-Control-Allow-Origin"] == "https://app.example"
    assert "Origin" in named["Vary"]
    assert "Access-Control-Allow-Origin" not in other
