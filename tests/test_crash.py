"""A load killed mid-way (SIGKILL) leaves a store that opens, each document whole or absent."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pyoxigraph as ox
import pytest

from polkg import KnowledgeGraph

TRIPLES_PER_DOC = 10_000
DOCS = 12


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
        return sum(1 for _ in ox.Store.read_only(str(path)).named_graphs())
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
