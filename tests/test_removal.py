"""Removing a source: the store then equals what loading the remaining sources alone gives,
on every backend (the kg fixture: embedded stores and real SPARQL servers)."""

from __future__ import annotations

from polkg.graph.store.date_index import INDEX_GRAPH
from polkg.ontology import ONTOLOGY_IRI

from .conftest import DATA

SOURCES = DATA / "identity" / "sources"
#: Two sources that name the same MPs: loaded first, the results file's nodes are the ones the
#: term file links to and merges into, so dropping its graph alone leaves the term file changed.
RESULTS = SOURCES / "HoC-GE2024-results-by-constituency.csv"
TERM = SOURCES / "everypolitician-uk-commons-term-57.csv"
#: Three articles' graphs in one TriG file: the document brings them.
FUSION = DATA / "fusion.trig"
# When a document was loaded is the one quad two loads of it never share.
QUADS = "SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } FILTER (?p != pol:loadedAt) }"


def quads(kg) -> set[tuple]:
    return set(kg.query(QUADS).rows)


def test_removing_a_source_leaves_what_the_others_alone_give(kg):
    kg.load([TERM])
    term_alone = quads(kg)
    kg.load([RESULTS])
    removal = kg.remove([str(RESULTS)])
    assert [file for _, file in removal.removed] == [str(RESULTS)]
    assert quads(kg) == term_alone

    kg.remove([TERM.name])  # by file name; the last document: none is left
    assert not kg.query("ASK { ?doc a pol:SourceDocument }").boolean

    kg.load([RESULTS])  # the other order: the term file now links to the results' nodes
    kg.load([TERM])
    removal = kg.remove([str(RESULTS)])
    assert removal.reread == [TERM]
    assert quads(kg) == term_alone


def test_an_unknown_document_is_named_and_nothing_is_removed(run_cli):
    assert run_cli("load", str(TERM)).exit_code == 0
    before = run_cli("query", "-e", QUADS, "--format", "csv").output
    result = run_cli("remove", TERM.name, "nowhere.csv")
    assert result.exit_code == 1
    assert "Error: no document 'nowhere.csv' in the store (nothing was removed)" in result.output
    assert run_cli("query", "-e", QUADS, "--format", "csv").output == before


def test_remove_by_document_iri_prints_what_it_did(run_cli):
    assert run_cli("load", str(TERM), str(RESULTS)).exit_code == 0
    listed = run_cli("query", "-e", "SELECT ?d WHERE { ?d pol:fileName ?f FILTER "
                     "(STRENDS(?f, 'term-57.csv')) }", "--format", "tsv").output
    iri = listed.split()[-1].strip("<>")
    result = run_cli("remove", iri, "--format", "csv")
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == [
        "action,file,document", f"removed,{TERM},{iri}", f"read again,{RESULTS},"]


def test_the_named_graphs_a_document_brought_go_with_it(kg):
    kg.load([FUSION])
    kg.remove([FUSION.name])
    # The ontology alone, and the statement that the (now empty) date index is whole.
    assert quads(kg) == {q for q in quads(kg) if q[3] in (ONTOLOGY_IRI, INDEX_GRAPH)}
