"""A load killed mid-way (SIGKILL) leaves a store that opens, each document whole or absent."""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
import time

import pyoxigraph as ox
import pytest

from polkg import KnowledgeGraph
from polkg.graph.store.date_index import INDEX_GRAPH
from polkg.ontology import ONTOLOGY_IRI

from .conftest import ROOT

TRIPLES_PER_DOC = 10_000
DOCS = 30  # enough that a quiet machine is still loading when the poll sees two


def _write_docs(folder):
    folder.mkdir()
    for d in range(DOCS):
        lines = (f"<http://ex/d{d}/s{i}> <http://ex/p> \"value {i} of document {d}\" .\n"
                 for i in range(TRIPLES_PER_DOC))
        (folder / f"doc{d:03d}.nt").write_text("".join(lines))


def _loaded_graphs(path) -> int:
    # A read-only view races the writer: the store may not exist yet, or a compaction may
    # delete a file the view listed; either way, look again on the next poll.
    try:
        # The date index's graph is written when the store is made: not a document.
        return sum(1 for g in ox.Store.read_only(str(path)).named_graphs()
                   if g.value != str(INDEX_GRAPH))
    except (OSError, RuntimeError):
        return 0


@pytest.mark.parametrize("bulk_threshold", ["200000", "1000"], ids=["transaction", "bulk"])
def test_sigkill_mid_load_leaves_whole_documents(tmp_path, bulk_threshold):
    """Small documents are one transaction each; large ones are bulk-loaded and marked
    complete last, and opening the store drops any that the kill left incomplete."""
    docs, store_path = tmp_path / "docs", tmp_path / "store"
    _write_docs(docs)
    process = subprocess.Popen(
        [sys.executable, "-m", "polkg.cli", "--store", str(store_path), "load", str(docs)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        env={**os.environ, "POLKG_BULK_THRESHOLD": bulk_threshold},
    )
    deadline = time.monotonic() + 120
    while _loaded_graphs(store_path) < 2 and time.monotonic() < deadline:
        if process.poll() is not None:
            break
        time.sleep(0.05)
    assert process.poll() is None, "the load finished before it could be killed; make it longer"
    os.kill(process.pid, signal.SIGKILL)
    process.wait()

    kg = KnowledgeGraph(store_path)
    rows = kg.query("""
        SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s <http://ex/p> ?o } } GROUP BY ?g
    """).rows
    assert 0 < len(rows) < DOCS
    assert {int(n) for _, n in rows} == {TRIPLES_PER_DOC}
    # Every graph that holds data also holds its document's metadata, written in the same
    # transaction, and the reloaded run completes the rest.
    documents = kg.query("SELECT ?g WHERE { ?g a pol:SourceDocument }").rows
    assert len(documents) == len(rows)
    report = kg.load([docs])
    assert len(report.loaded) == DOCS - len(rows) and len(report.unchanged) == len(rows)
    kg.close()


# -- fault injection: a kill before each of the engine's writes during a load ----------------

LOADED_AT = "https://w3id.org/polkg/ontology#loadedAt"


def _fault_docs(folder):
    folder.mkdir()
    for name, n in (("a", 5), ("b", 7), ("big", 400)):  # big passes the bulk threshold
        (folder / f"{name}.nt").write_text("".join(
            f'<http://ex/{name}/{i}> <http://ex/p> "{i}" .\n' for i in range(n)))
    (folder / "notes.trig").write_text(
        '<urn:notes> { <urn:a> <http://ex/p> "1" . } { <urn:b> <http://ex/p> "2" . }\n')
    return folder


def _quads(kg) -> set[str]:
    """Every quad but the load times, blank nodes made alike (they differ load to load)."""
    out = io.BytesIO()
    kg.export(out, "nq")
    return {" ".join("_:b" if isinstance(t, ox.BlankNode) else str(t) for t in quad)
            for quad in ox.parse(out.getvalue(), format=ox.RdfFormat.N_QUADS)
            if quad.predicate.value != LOADED_AT}


def _graph_sizes(kg) -> dict[str, int]:
    rows = kg.query("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
    return {str(g): int(n) for g, n in rows.rows}


def test_a_kill_before_any_write_of_a_load_leaves_a_store_that_recovers(tmp_path):
    """Documents (one transaction each, or bulk-loaded between flags), their bookkeeping,
    the named graphs a file brings, the ontology: killed before each write, the store opens,
    holds each graph whole or not at all, holds the ontology whenever it holds a document,
    and the same load run again ends as a clean load does."""
    docs = _fault_docs(tmp_path / "docs")
    driver = subprocess.run(
        [sys.executable, "-m", "tests.fault_driver", str(docs), str(tmp_path)],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
        env={**os.environ, "POLKG_BULK_THRESHOLD": "100"})
    assert driver.returncode == 0, driver.stderr
    writes = driver.stdout.split()
    assert {"extend", "update", "bulk_load"} <= set(writes), writes

    with KnowledgeGraph(tmp_path / "store-0") as clean:
        whole, expected = _graph_sizes(clean), _quads(clean)
    assert str(ONTOLOGY_IRI) in whole and "urn:notes" in whole
    for n in range(1, len(writes) + 1):
        with KnowledgeGraph(tmp_path / f"store-{n}") as kg:
            sizes = _graph_sizes(kg)
            assert all(whole[g] == size for g, size in sizes.items()), (n, writes[n - 1], sizes)
            if kg.query("ASK { ?doc a pol:SourceDocument }").boolean:
                assert str(ONTOLOGY_IRI) in sizes, (n, writes[n - 1])
            assert not kg.load([docs]).failed
            assert _quads(kg) == expected, (n, writes[n - 1])
