"""Loading hostile or unlucky input (issue 14): no document clobbered, nothing skipped silently,
no hang, no unbounded value; each refusal names its file and the run goes on."""

from __future__ import annotations

from click.testing import CliRunner
from rdflib import URIRef

from polkg import KnowledgeGraph
from polkg.cli import cli
from polkg.loaders import Source

P = "<http://example.org/p>"


def _nt(path, subject: str, n: int) -> None:
    path.write_text("".join(f'<http://example.org/{subject}/{i}> {P} "{i}" .\n'
                            for i in range(n)))


def _load(store, *paths):
    return CliRunner().invoke(cli, ["--store", str(store), "load", *map(str, paths)])


def _count(store, graph) -> int:
    with KnowledgeGraph(store) as kg:
        return int(kg.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
                            {"g": URIRef(graph)}).rows[0][0])


# -- a file writes only its own document's graph --------------------------------------------


def test_nquads_file_cannot_overwrite_another_documents_graph(tmp_path):
    store, victim, hostile = tmp_path / "store", tmp_path / "victim.nt", tmp_path / "hostile.nq"
    _nt(victim, "v", 83)
    assert _load(store, victim).exit_code == 0
    graph = Source(victim, b"").graph
    before = _count(store, graph)
    hostile.write_text(f'<http://example.org/x> {P} "clobbered" <{graph}> .\n')
    result = _load(store, hostile)
    assert result.exit_code == 1
    assert str(hostile) in result.output and f"<{graph}>" in result.output
    assert f"is the document {victim}" in result.output
    assert _count(store, graph) == before
    assert _count(store, Source(hostile, b"").graph) == 0


def test_trig_graphs_belong_to_the_file_that_brought_them(tmp_path):
    store, notes, other = tmp_path / "store", tmp_path / "notes.trig", tmp_path / "other.trig"
    notes.write_text(f'<urn:notes> {{ <urn:a> {P} "1" . <urn:b> {P} "2" . }}\n')
    assert _load(store, notes).exit_code == 0
    notes.write_text(f'<urn:notes> {{ <urn:a> {P} "one" . }}\n')  # changed: its own to replace
    assert _load(store, notes).exit_code == 0
    assert _count(store, "urn:notes") == 1
    other.write_text(f'<urn:notes> {{ <urn:c> {P} "3" . }}\n')
    result = _load(store, other)
    assert result.exit_code == 1 and f"was brought by {notes}" in result.output
    ontology = "https://w3id.org/polkg/ontology"
    other.write_text(f'<{ontology}> {{ <urn:c> {P} "3" . }}\n')
    result = _load(store, other)
    assert result.exit_code == 1 and "holds the ontology" in result.output
    assert _count(store, "urn:notes") == 1
