"""The store: round trips, atomic and idempotent loading, bad input, export."""

from __future__ import annotations

import io
from datetime import date

import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic

from polkg import KnowledgeGraph
from polkg.graph.store.store import QuerySyntaxError
from polkg.ontology import ID, POL

from .conftest import EXAMPLES

EXAMPLE = EXAMPLES / "labour-leadership.ttl"


def test_loaded_triples_come_back(kg):
    report = kg.load([EXAMPLE])
    assert [p for p, _ in report.loaded] == [EXAMPLE]
    rows = kg.query("SELECT ?name WHERE { ?p a pol:Person ; rdfs:label ?name } ORDER BY ?name").rows
    assert [str(n) for (n,) in rows] == ["Jeremy Corbyn", "Keir Starmer"]


def test_reloading_unchanged_file_changes_nothing(kg):
    kg.load([EXAMPLE])
    before = len(kg.store)
    report = kg.load([EXAMPLE])
    assert report.unchanged == [EXAMPLE] and not report.loaded
    assert len(kg.store) == before


def test_changed_file_replaces_its_graph(kg, tmp_path):
    doc = tmp_path / "facts.ttl"
    doc.write_text('<http://ex/a> <http://www.w3.org/2000/01/rdf-schema#label> "old" .')
    kg.load([doc])
    doc.write_text('<http://ex/a> <http://www.w3.org/2000/01/rdf-schema#label> "new" .')
    report = kg.load([doc])
    assert len(report.loaded) == 1
    labels = kg.query("SELECT ?l WHERE { <http://ex/a> rdfs:label ?l }").rows
    assert labels == [(Literal("new"),)]


def test_malformed_file_names_file_and_line_and_changes_nothing(kg, tmp_path):
    kg.load([EXAMPLE])
    before = set(kg.query("SELECT ?s ?p ?o WHERE { ?s ?p ?o }").rows)
    bad = tmp_path / "bad.ttl"
    bad.write_text('<http://ex/a> <http://ex/b> <http://ex/c> .\n'
                   '<http://ex/a> <http://ex/b> "open .\n')
    report = kg.load([bad])
    assert not report.loaded
    (error,) = report.failed
    assert str(error).startswith(f"{bad}:2:")
    assert set(kg.query("SELECT ?s ?p ?o WHERE { ?s ?p ?o }").rows) == before


def test_each_document_is_its_own_named_graph(kg, tmp_path):
    one, two = tmp_path / "one.nt", tmp_path / "two.nt"
    one.write_text("<http://ex/a> <http://ex/p> <http://ex/b> .\n")
    two.write_text("<http://ex/c> <http://ex/p> <http://ex/d> .\n")
    kg.load([tmp_path])
    rows = kg.query("SELECT ?g ?s WHERE { GRAPH ?g { ?s <http://ex/p> ?o } } ORDER BY ?s").rows
    graphs = [g for g, _ in rows]
    assert len(set(graphs)) == 2
    names = kg.query("SELECT ?name WHERE { ?g a pol:SourceDocument ; pol:fileName ?name }").rows
    assert {str(n) for (n,) in names} == {str(one), str(two)}


def test_export_turtle_reparses_to_the_same_graph(kg):
    kg.load([EXAMPLE])
    out = io.BytesIO()
    kg.export(out, "turtle")
    exported = Graph().parse(data=out.getvalue(), format="turtle")
    union = kg.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }").graph()
    assert len(exported) > 0 and isomorphic(exported, union)


def test_export_trig_keeps_named_graphs_and_provenance(kg):
    kg.load([EXAMPLE])
    out = io.BytesIO()
    kg.export(out, "trig")
    dataset = Dataset()
    dataset.parse(data=out.getvalue(), format="trig")
    graph_names = {str(g.identifier) for g in dataset.graphs()}
    docs = kg.query("SELECT ?g WHERE { ?g a pol:SourceDocument }").rows
    assert {str(g) for (g,) in docs} <= graph_names


def test_trig_export_reloads_into_a_fresh_store(kg, tmp_path):
    kg.load([EXAMPLE])
    dump = tmp_path / "dump.trig"
    with dump.open("wb") as out:
        kg.export(out, "trig")
    fresh = KnowledgeGraph(":memory:")
    fresh.load([dump])
    query = "SELECT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } FILTER(?p != pol:loadedAt) }"
    assert set(kg.query(query).rows) <= set(fresh.query(query).rows)


def test_parameters_are_terms_not_syntax(kg):
    kg.load([EXAMPLE])
    hostile = 'x" } ; DROP ALL ; { "'
    rows = kg.query("SELECT ?p WHERE { ?p rdfs:label ?name }", {"name": Literal(hostile)}).rows
    assert rows == []
    assert len(kg.store) > 0


def test_tuples_of_one_length_bind_rows_not_every_pairing(kg):
    """Several values per variable: tuples of one length are rows, the i-th terms together
    (members_of's tenures form binds each member beside the party so), on every backend."""
    a, b, x = (URIRef(f"https://example.org/{n}") for n in "abx")
    text = "SELECT ?p ?o ?k WHERE { } ORDER BY ?p ?o"
    rows = kg.query(text, {"p": (a, b), "o": (x, x), "k": Literal(1)}).rows
    assert [(p, o) for p, o, _ in rows] == [(a, x), (b, x)]
    # Tuples of two lengths stay two blocks: every pairing.
    assert len(kg.query(text, {"p": (a, b), "o": (x,)}).rows) == 2
    assert len(kg.query(text, {"p": (a, b), "o": (a, b, x)}).rows) == 6


def test_typed_values_come_back_as_python_values_each_time():
    kg = KnowledgeGraph(":memory:")
    text = ('SELECT ?v WHERE { VALUES ?v { true false "2024-07-05"^^xsd:date 3 "3"^^xsd:string '
            '"Labour"@en } }')
    want = [True, False, date(2024, 7, 5), 3, "3", "Labour"]
    for _ in range(2):  # converted again, or taken from the conversions already made
        rows = kg.query(text).rows
        assert [v.toPython() for (v,) in rows] == want
        assert rows[5][0] == Literal("Labour", lang="en")
    kg.close()


def test_date_bound_parameter_selects_members(kg):
    kg.load([EXAMPLE])
    result = kg.run("members_of", party="Labour", date="2024-06-01")
    assert [str(r["label"]) for r in result.dicts()] == ["Keir Starmer"]
    result = kg.run("members_of", party="labour party", date="2024-05-15")
    certain = {str(r["label"]): r["certain"].toPython() for r in result.dicts()}
    # Corbyn's membership ended in "2024-05": on 15 May it may or may not be over.
    assert certain == {"Jeremy Corbyn": False, "Keir Starmer": True}


def test_stats_count_by_kind(kg):
    kg.load([EXAMPLE])
    stats = kg.stats()
    assert stats["persons"] == 2 and stats["parties"] == 1 and stats["memberships"] == 2
    assert stats["events"] == 1 and stats["documents"] == 1
    assert stats["triples"] == len(kg.store)


def test_a_store_in_use_says_so(tmp_path):
    first = KnowledgeGraph(tmp_path / "s")
    with pytest.raises(Exception, match="in use by another"):
        KnowledgeGraph(tmp_path / "s")
    first.close()


def test_fact_iris_are_deterministic():
    from polkg.graph.identity.identity import entity_iri

    assert entity_iri("person", "Sir Keir Starmer") == entity_iri("person", "Keir Starmer")
    assert entity_iri("party", "Sinn Féin") == URIRef(ID["party/sinn-fein"])
    assert POL.Membership == URIRef("https://w3id.org/polkg/ontology#Membership")


def test_an_unknown_prefix_is_named_not_listed_as_characters():
    kg = KnowledgeGraph(":memory:")
    with pytest.raises(QuerySyntaxError) as raised:
        kg.query("PREFIX ex: <http://example.org/>\n"
                 "SELECT ?s WHERE { ?s a ex:Thing ; rdfs:label \"a:b\" ; <http://x#y> _:b .\n"
                 "  ?s dbo:party ?o }  # c:d")
    message = str(raised.value)
    assert message.startswith("unknown prefix dbo: (line 3, column 15): declare it "
                              "(PREFIX dbo: <http://...>) or use one of those declared for "
                              "every query: pol:, id:, rdf:")
    assert message.endswith("\n    ?s dbo:party ?o }  # c:d\n                ^")
    assert "['%']" not in message
    with pytest.raises(QuerySyntaxError, match=r"^error at line 1, column 26: expected .*\n"):
        kg.query("SELECT ?x WHERE { ?x ?y }")
