"""Remote SPARQL servers: the default graph, batched writes, authentication, server quirks,
and the CLI over --endpoint. The store tests themselves also run against the servers,
through the `kg` fixture (conftest.py)."""

from __future__ import annotations

import io
import json

import pytest
from click.testing import CliRunner
from rdflib import Literal, URIRef

from polkg import KnowledgeGraph
from polkg.cli import cli
from polkg.graph.store.remote import STAGING_PREFIX, Auth, QueryTimeout, RemoteStore
from polkg.graph.store.store import QuerySyntaxError, StoreError

from .conftest import EXAMPLES
from .servers import VIRTUOSO_MAX_ROWS, AuthProxy, basic_header, free_port

EXAMPLE = EXAMPLES / "labour-leadership.ttl"
SECRET = "s3cret-Passw0rd"
TOKEN = "tok-0123456789abcdef"
GRAPHS = "SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"


@pytest.fixture
def proxy(oxigraph_server):
    """Make an AuthProxy in front of the (emptied) Oxigraph server; stopped after the test."""
    oxigraph_server.reset()
    base = oxigraph_server.query_url.rsplit("/", 1)[0]
    made = []

    def make(expected: str | None = None, fail_update: int | None = None) -> AuthProxy:
        made.append(AuthProxy(base, expected, fail_update))
        return made[-1]

    yield make
    for p in made:
        p.stop()


def remote(p: AuthProxy, **options) -> RemoteStore:
    return RemoteStore(f"{p.url}/query", f"{p.url}/update", **options)


def chain_document(path, links: int):
    """A Turtle file whose person is reached through a chain of `links` blank nodes."""
    lines = ["@prefix ex: <http://example.org/> ."]
    lines += [f"ex:item{i} ex:rank {i} ." for i in range(links)]
    lines.append("ex:start ex:next " + "[ ex:next " * links + "ex:end" + " ]" * links + " .")
    path.write_text("\n".join(lines) + "\n")
    return path


# -- the default graph ----------------------------------------------------


def test_server_union_is_detected_and_used(oxigraph_server):
    oxigraph_server.reset()
    kg = KnowledgeGraph(oxigraph_server.store())
    kg.load([EXAMPLE])
    assert kg.store.union == "server"
    assert len(kg.run("members_of", party="Labour", date="2024-06-01").rows) == 1


def test_a_server_without_union_gets_the_union_by_naming_the_graphs(oxigraph_plain):
    oxigraph_plain.reset()
    kg = KnowledgeGraph(oxigraph_plain.store())
    kg.load([EXAMPLE])
    assert kg.store.union == "dataset"
    rows = kg.query("SELECT ?name WHERE { ?p a pol:Person ; rdfs:label ?name } ORDER BY ?name")
    assert [str(n) for (n,) in rows.rows] == ["Jeremy Corbyn", "Keir Starmer"]
    # Without the dataset, the server's own default graph is empty.
    raw = RemoteStore(oxigraph_plain.query_url, union="server")
    assert raw.query("ASK { ?s a pol:Person }").boolean is False


def test_virtuoso_system_graphs_stay_out_of_the_graph(virtuoso_server):
    virtuoso_server.reset()
    store = virtuoso_server.store()
    assert len(store) == 0
    assert store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").rows == [(Literal(0),)]
    out = io.BytesIO()
    store.dump(out, "nq")
    assert out.getvalue().strip() == b""
    assert store.union == "dataset"


def test_a_dataset_of_many_graphs_on_virtuoso(virtuoso_server):
    virtuoso_server.reset()
    store = virtuoso_server.store()
    graphs = [URIRef(f"http://ex/doc{i}") for i in range(150)]
    store.write_document(graphs[0], [(URIRef(f"http://ex/s{i}"), URIRef("http://ex/p"),
                                      Literal(i), g) for i, g in enumerate(graphs)],
                         other_graphs=graphs[1:])
    assert store.union == "auto"  # nothing stored yet when the store was made: no probe so far
    rows = store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s <http://ex/p> ?o }").rows
    assert rows == [(Literal(150),)] and store.union == "dataset"
    assert len(store.query(GRAPHS).rows) == 150


# -- batched, atomic writes ------------------------------------------------


def test_a_document_is_one_update_request(proxy, tmp_path):
    p = proxy()
    doc = tmp_path / "many.ttl"
    doc.write_text("".join(f"<http://ex/s{i}> <http://ex/p> {i} .\n" for i in range(1500)))
    kg = KnowledgeGraph(remote(p))
    kg.load([doc])
    # One request for the document, one for the ontology graph, one for the date index of
    # a store that had none (graph/store/date_index.py).
    assert p.forwarded.count("/update") == 3
    count = kg.query("SELECT (COUNT(*) AS ?n) WHERE { ?s <http://ex/p> ?o }").rows[0][0]
    assert count == Literal(1500)


def test_a_large_document_is_staged_then_moved_whole(proxy, tmp_path):
    p = proxy()
    store = remote(p, batch_size=20)
    kg = KnowledgeGraph(store)
    kg.ensure_ontology()
    before = p.forwarded.count("/update")
    doc = chain_document(tmp_path / "chain.ttl", links=60)
    kg.load([doc])
    # About 130 quads: a few batches of 20 (the 61 quads of the chain in one), then one MOVE.
    assert 3 < p.forwarded.count("/update") - before <= 130 // 20 + 3
    # The 60 blank nodes went together in one batch, so the chain is unbroken.
    path = "ex:start " + "/".join(["ex:next"] * 61) + " ex:end"
    assert kg.query(f"PREFIX ex: <http://example.org/> ASK {{ {path} }}").boolean
    ranks = kg.query("SELECT (COUNT(*) AS ?n) WHERE { ?s <http://example.org/rank> ?r }")
    assert ranks.rows[0][0] == Literal(60)
    assert not [g for (g,) in store.query(GRAPHS).rows if str(g).startswith(STAGING_PREFIX)]


def test_replacing_with_nothing_or_dropping_removes_a_graph(oxigraph_server):
    oxigraph_server.reset()
    store = oxigraph_server.store()
    one, two = URIRef("http://ex/one"), URIRef("http://ex/two")
    store.write_document(one, [(URIRef("http://ex/a"), URIRef("http://ex/p"), Literal(1), g)
                               for g in (one, two)], other_graphs=[two])
    assert store.has_graph(one) and store.has_graph(two) and len(store) == 2
    store.write_document(one, [])
    store.drop_graph(two)
    assert not store.has_graph(one) and not store.has_graph(two) and len(store) == 0
    with pytest.raises(StoreError, match="not a graph IRI"):
        store.drop_graph(URIRef("http://ex/x> } ; DROP ALL ; { <http://ex/y"))


def test_a_failed_upload_leaves_the_old_version(proxy, tmp_path):
    doc = tmp_path / "facts.ttl"
    doc.write_text('<http://ex/a> <http://www.w3.org/2000/01/rdf-schema#label> "old" .\n')
    KnowledgeGraph(remote(proxy())).load([doc])
    # The new version needs several batches; the server fails the third.
    doc.write_text("".join(f'<http://ex/a> <http://ex/p> "new {i}" .\n' for i in range(100)))
    failing = remote(proxy(fail_update=3), batch_size=10)
    with pytest.raises(StoreError, match="503"):
        KnowledgeGraph(failing).load([doc])
    check = KnowledgeGraph(remote(proxy()))
    labels = check.query("SELECT ?l WHERE { <http://ex/a> rdfs:label ?l }").rows
    assert labels == [(Literal("old"),)]
    assert check.query("ASK { <http://ex/a> <http://ex/p> ?o }").boolean is False
    assert not [g for (g,) in check.query(GRAPHS).rows if str(g).startswith(STAGING_PREFIX)]


# -- authentication ---------------------------------------------------------


def test_basic_auth_is_sent_and_a_wrong_password_refused(proxy):
    p = proxy(basic_header("alice", SECRET))
    kg = KnowledgeGraph(remote(p, auth=Auth("basic", "alice", SECRET)))
    kg.load([EXAMPLE])
    assert kg.stats()["persons"] == 2
    wrong = KnowledgeGraph(remote(p, auth=Auth("basic", "alice", "not-" + SECRET)))
    before = len(p.forwarded)
    with pytest.raises(StoreError) as refused:
        wrong.stats()
    assert "refused the basic credentials for user 'alice' (HTTP 401)" in str(refused.value)
    assert SECRET not in str(refused.value)
    assert len(p.forwarded) == before


def test_bearer_token_is_sent_and_its_absence_explained(proxy):
    p = proxy(f"Bearer {TOKEN}")
    kg = KnowledgeGraph(remote(p, auth=Auth("bearer", token=TOKEN)))
    kg.load([EXAMPLE])
    assert kg.stats()["parties"] == 1
    with pytest.raises(StoreError, match="requires authentication .*POLKG_ENDPOINT_TOKEN"):
        KnowledgeGraph(remote(p)).stats()


def test_digest_auth_on_virtuoso(virtuoso_server):
    virtuoso_server.reset()
    store = virtuoso_server.store()
    assert store.auth.scheme == "digest"
    store.write_document(URIRef("http://ex/g"), [(URIRef("http://ex/a"), URIRef("http://ex/p"),
                                                  Literal("x"), URIRef("http://ex/g"))])
    assert store.has_graph(URIRef("http://ex/g"))
    wrong = RemoteStore(virtuoso_server.query_url, auth=Auth("digest", "dba", SECRET))
    with pytest.raises(StoreError, match="refused the digest credentials") as refused:
        wrong.query("ASK { ?s ?p ?o }")
    assert SECRET not in str(refused.value)


def test_secrets_never_show(monkeypatch):
    auth = Auth("basic", "alice", SECRET)
    store = RemoteStore(f"http://bob:{SECRET}@127.0.0.1:1/sparql", auth=auth)
    for text in (repr(auth), str(auth), repr(store), store.location):
        assert SECRET not in text
    assert store.location == "http://127.0.0.1:1/sparql"
    monkeypatch.setenv("POLKG_ENDPOINT_TOKEN", TOKEN)
    from_env = Auth.from_options()
    assert from_env.scheme == "bearer" and from_env.token == TOKEN
    assert TOKEN not in repr(from_env)
    with pytest.raises(StoreError, match="needs a user and a password"):
        Auth.from_options("digest")


# -- errors and server quirks ------------------------------------------------


def test_oxigraph_timeout_is_reported_not_read_as_a_short_answer(oxigraph_plain):
    oxigraph_plain.reset()
    store = oxigraph_plain.store()
    quads = [(URIRef(f"http://ex/s{i}"), URIRef("http://ex/p"), Literal(i), URIRef("http://ex/g"))
             for i in range(300)]
    store.write_document(URIRef("http://ex/g"), quads)
    # 300^3 rows: far more than the server's one-second limit allows.
    with pytest.raises(QueryTimeout, match="time limit"):
        store.query("SELECT * WHERE { ?a ?p ?x . ?b ?q ?y . ?c ?r ?z }")


def test_virtuoso_row_limit_is_reported_not_a_silent_cut(virtuoso_server):
    store = virtuoso_server.store()
    side = " ".join(str(i) for i in range(101))  # 101 x 101 rows > the limit
    with pytest.raises(StoreError, match=f"cut the result at {VIRTUOSO_MAX_ROWS} rows"):
        store.query(f"SELECT * WHERE {{ VALUES ?a {{ {side} }} VALUES ?b {{ {side} }} }}")


def test_dates_bound_on_virtuoso_compare_as_dates(virtuoso_server):
    virtuoso_server.reset()
    kg = KnowledgeGraph(virtuoso_server.store())
    kg.load([EXAMPLE])
    rows = kg.run("party_on_date", person="Jeremy Corbyn", date="1995-06-01").rows
    assert [str(r[1]) for r in rows] == ["Labour Party"]
    assert kg.run("party_on_date", person="Jeremy Corbyn", date="2024-06-01").rows == []


def test_a_syntax_error_is_the_servers_message(oxigraph_server):
    with pytest.raises(QuerySyntaxError, match="rejected the query"):
        oxigraph_server.store().query("SELECT ?s WHERE { ?s ?p }")


def test_an_unreachable_server_says_so():
    url = f"http://127.0.0.1:{free_port()}/sparql"
    with pytest.raises(StoreError, match=f"cannot reach the SPARQL server at {url}"):
        RemoteStore(url).query("ASK {}")


# -- the CLI ------------------------------------------------------------------


def test_cli_load_query_stats_export_against_a_server(proxy, tmp_path, monkeypatch):
    p = proxy(f"Bearer {TOKEN}")
    monkeypatch.setenv("POLKG_ENDPOINT_TOKEN", TOKEN)
    server = ["--endpoint", f"{p.url}/query", "--update-endpoint", f"{p.url}/update"]
    runner = CliRunner()

    def polkg(*args):
        return runner.invoke(cli, [*server, *args], catch_exceptions=False)

    assert polkg("load", str(EXAMPLE)).exit_code == 0
    result = polkg("query", "party_on_date", "-p", "person=Corbyn", "-p", "date=2019-06-01",
                   "--format", "csv")
    assert result.exit_code == 0 and "Labour Party" in result.output
    stats = polkg("stats", "--format", "json")
    assert json.loads(stats.output)["persons"] == 2
    dump = tmp_path / "graph.nq"
    assert polkg("export", "--format", "nq", "-o", str(dump)).exit_code == 0
    fresh = KnowledgeGraph(":memory:")
    fresh.load([dump])
    assert fresh.stats()["memberships"] == 2

    monkeypatch.setenv("POLKG_ENDPOINT_TOKEN", "wrong-" + TOKEN)
    refused = runner.invoke(cli, [*server, "stats"])
    assert refused.exit_code == 1
    assert "refused the bearer credentials (HTTP 401)" in refused.output
    assert TOKEN not in refused.output
    monkeypatch.delenv("POLKG_ENDPOINT_TOKEN")
    refused = runner.invoke(cli, [*server, "--auth", "basic", "--user", "alice",
                                  "--password", SECRET, "stats"])
    assert refused.exit_code == 1
    assert "refused the basic credentials for user 'alice' (HTTP 401)" in refused.output
    assert SECRET not in refused.output


def test_query_form_ignores_comments_strings_iris_and_names():
    from polkg.graph.store.bindings import query_form

    text = ('# the day asked about\nPREFIX ask: <http://ex/select#ask>\n'
            'CONSTRUCT { ?ask ask:p "select" } WHERE { ?ask ?p ?o }')
    assert query_form(text) == "CONSTRUCT"
    assert query_form("ASK{}") == "ASK" and query_form("describe <x>") == "DESCRIBE"
