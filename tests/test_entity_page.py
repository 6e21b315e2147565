"""Entity profiles (KnowledgeGraph.entity) and the endpoint's entity page data, over HTTP."""

from __future__ import annotations

import json
import re
import urllib.error
import urllib.parse
import urllib.request

import pytest

from polkg import KnowledgeGraph
from polkg.endpoint import EndpointServer
from polkg.graph.identity.resolve import UnknownName

from .conftest import CORBYN_ARTICLE, DATA, EXAMPLES

CORBYN = "https://w3id.org/polkg/id/person/jeremy-corbyn"
LABOUR = "https://w3id.org/polkg/id/party/labour-party"
FIRST_ELECTED = "Mr Corbyn was first elected as MP for Islington North in 1983."


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    graph = KnowledgeGraph(tmp_path_factory.mktemp("entity") / "store")
    report = graph.load([EXAMPLES / "labour-leadership.ttl", CORBYN_ARTICLE,
                         DATA / "structured" / "HoC-GE2019-results-by-constituency.csv"])
    assert not report.failed
    yield graph
    graph.close()


@pytest.fixture(scope="module")
def server(kg):
    with EndpointServer(kg, port=0).start() as running:
        yield running


def fetch(server, path: str, **params) -> tuple[int, str, bytes]:
    url = server.url + path + ("?" + urllib.parse.urlencode(params) if params else "")
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, response.headers.get_content_type(), response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers.get_content_type(), exc.read()


def test_a_person_has_names_identifiers_relations_and_evidence_for_each_fact(kg):
    profile = kg.entity("Jeremy Corbyn")
    assert str(profile.iri) == CORBYN and profile.label == "Jeremy Corbyn"
    assert ("wikidataId", "Q291169") in profile.identifiers
    assert [t for t, _ in profile.types] == ["https://w3id.org/polkg/ontology#Person"]
    assert {(r.relation, r.role, r.other, r.other_role) for r in profile.relations} >= {
        ("Membership", "member", LABOUR, "organization"),
        ("Expelled", "agent", LABOUR, "object")}
    entries = {(e.date_text, e.type): e for e in profile.timeline.entries}
    elected = entries[("1983", "Elected")]
    assert [ev.sentence for ev in profile.evidence_of(elected)] == [FIRST_ELECTED]
    record = profile.evidence_of(entries[("2019-12-12", "Elected")])
    assert [(ev.locator, ev.sentence) for ev in record] == [("line 9", None)]
    assert record[0].file.endswith("HoC-GE2019-results-by-constituency.csv")
    # Stated by an RDF file: no evidence node; the entry's source is the file.
    began = entries[("1965", "MembershipStart")]
    assert profile.evidence_of(began) == []
    assert [s.name for s in began.sources] == ["labour-leadership.ttl"]


def test_any_node_has_a_profile_an_unknown_one_is_refused(kg):
    entry = next(e for e in kg.timeline("Jeremy Corbyn").entries if e.type == "Expelled")
    event = kg.entity(entry.facts[0])
    assert event.timeline is None and "persons, parties and constituencies" in event.no_timeline
    assert ("https://w3id.org/polkg/ontology#agent", CORBYN) in {
        (p, v) for p, _, v, _, _ in event.statements}
    with pytest.raises(UnknownName):
        kg.entity("https://w3id.org/polkg/id/person/nobody")


def test_entity_json_and_svg_are_served(server):
    status, kind, body = fetch(server, "entity.json", iri=CORBYN)
    assert status == 200 and kind == "application/json"
    data = json.loads(body)
    assert data["label"] == "Jeremy Corbyn" and data["timeline"]["kind"] == "Person"
    elected = next(e for e in data["timeline"]["entries"]
                   if (e["date"], e["type"]) == ("1983", "Elected"))
    assert [ev["sentence"] for ev in elected["evidence"]] == [FIRST_ELECTED]
    assert fetch(server, "entity.json", name="Jeremy Corbyn")[2] == body
    status, kind, svg = fetch(server, "entity.svg", iri=CORBYN)
    assert status == 200 and kind == "image/svg+xml"
    assert b"<svg" in svg[:1000] and b"Jeremy Corbyn: timeline" in svg
    status, kind, html = fetch(server, "entity", iri=CORBYN)
    assert status == 200 and kind == "text/html" and b"entity-page.js" in html


def test_unknown_or_missing_entities_are_404_saying_why(server):
    status, kind, body = fetch(server, "entity.json", iri="https://w3id.org/polkg/id/x/nobody")
    assert status == 404 and kind == "text/plain" and b"no entity is named" in body
    status, _, body = fetch(server, "entity.json")
    assert status == 404 and body == b"name the entity: ?iri=IRI or ?name=NAME\n"
    status, _, body = fetch(server, "entity.svg", iri=LABOUR + "-nonexistent")
    assert status == 404


def test_the_query_page_gets_a_fresh_style_nonce_and_the_prefixes(server):
    pages = []
    for _ in range(2):
        with urllib.request.urlopen(server.url, timeout=30) as response:
            policy = response.headers["Content-Security-Policy"]
            html = response.read().decode()
        nonce = re.search(r'name="polkg-style-nonce" content="([^"]+)"', html)[1]
        assert f"style-src 'self' 'nonce-{nonce}';" in policy
        assert "script-src 'self';" in policy  # scripts only from the server, never inline
        pages.append(nonce)
    assert pages[0] != pages[1]
    status, kind, body = fetch(server, "prefixes")
    assert status == 200 and json.loads(body)["pol"] == "https://w3id.org/polkg/ontology#"


def test_the_editor_bundle_is_served(server):
    status, kind, body = fetch(server, "static/sparql-editor.js")
    assert status == 200 and kind in ("text/javascript", "application/javascript")
    assert b"window.PolkgEditor=" in body
