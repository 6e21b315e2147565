"""`load --scheduler ADDRESS`: articles parsed on a real Dask cluster (a `dask scheduler` and
two `dask worker` processes on loopback) give the facts one process gives, even when a
worker is killed mid-run. Each store first holds a structured file, so that the workers
parse with the names the store already knows, as the client's pipeline does."""

from __future__ import annotations

import dask
import pytest

from polkg import KnowledgeGraph
from tests.conftest import CORBYN_ARTICLE, DOCUMENT_QUADS, EXAMPLES
from tests.dask_cluster import LocalCluster
from tests.servers import free_port

ARTICLES = [EXAMPLES / "news", CORBYN_ARTICLE]
#: Any document the store holds.
DOCUMENTS = "SELECT ?d WHERE { ?d a pol:SourceDocument }"
#: Loaded before the articles: people, a party and a seat the store then knows.
KNOWN = EXAMPLES / "labour-leadership.ttl"


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    with LocalCluster(tmp_path_factory.mktemp("dask"), workers=2) as running:
        yield running


@pytest.fixture(scope="module")
def one_process() -> set[tuple]:
    """The facts of the articles loaded in this process alone (`--workers 1`)."""
    kg = KnowledgeGraph(":memory:")
    kg.load([KNOWN])
    kg.load(ARTICLES, workers=1)
    return set(kg.query(DOCUMENT_QUADS).rows)


def test_a_cluster_writes_what_one_process_writes(cluster, one_process, run_cli):
    assert run_cli("load", str(KNOWN)).exit_code == 0
    result = run_cli("load", "--scheduler", cluster.address, *map(str, ARTICLES))
    assert result.exit_code == 0, result.output
    assert "7 loaded, 0 unchanged, 0 failed" in result.output
    kg = KnowledgeGraph(run_cli.store)
    assert len(one_process) > 1000
    assert set(kg.query(DOCUMENT_QUADS).rows) == one_process


def test_a_cluster_writes_to_a_remote_store(cluster, one_process, oxigraph_server):
    oxigraph_server.reset()
    kg = KnowledgeGraph(oxigraph_server.store())
    kg.load([KNOWN])
    report = kg.load(ARTICLES, scheduler=cluster.address)
    assert not report.failed and len(report.loaded) == 7
    assert set(kg.query(DOCUMENT_QUADS).rows) == one_process


def test_an_unreachable_scheduler_is_an_error_and_writes_nothing(run_cli):
    address = f"tcp://127.0.0.1:{free_port()}"  # nothing listens there
    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}):
        result = run_cli("load", "--scheduler", address, str(EXAMPLES / "news"))
    assert result.exit_code == 1
    assert result.output.startswith(f"Error: no Dask scheduler answers at {address}: ")
    assert result.output.count("\n") == 1
    assert not KnowledgeGraph(run_cli.store).query(DOCUMENTS).rows


def test_a_malformed_address_is_an_error(run_cli):
    result = run_cli("load", "--scheduler", "cluster-1", str(EXAMPLES / "news"))
    assert result.exit_code == 1
    assert result.output == ("Error: cluster-1 is not a Dask scheduler's address "
                             "(tcp://HOST:PORT): missing port number in address 'cluster-1'\n")


def test_workers_and_scheduler_are_one_or_the_other(run_cli):
    result = run_cli("load", "--workers", "2", "--scheduler", "tcp://127.0.0.1:8786",
                     str(EXAMPLES / "news"))
    assert result.exit_code == 2
    assert "give one of them" in result.output


def test_a_worker_killed_mid_run_loses_no_article(cluster, one_process):
    """Once the first article is written, a worker with batches in hand (parsing, queued, or
    parsed and not yet fetched: the client has fetched one batch of seven) is killed: the
    scheduler runs them again on the other, and the store ends as one process leaves it.
    (Last in this file: the cluster has one worker afterwards.)"""
    killed = []

    def kill_a_busy_worker(path, status):
        if killed:
            return
        with cluster.client() as client:
            names = {address: w["name"] for address, w in client.scheduler_info()["workers"]
                     .items()}
            held = {address: [*keys, *client.has_what()[address]]
                    for address, keys in client.processing().items()}
        busy = [address for address, keys in held.items()
                if any(str(key).startswith("parse_batch") for key in keys)]
        assert busy, "no worker held a batch when the first article was written"
        killed.append(names[busy[0]])
        cluster.kill(names[busy[0]])

    kg = KnowledgeGraph(":memory:")
    kg.load([KNOWN])
    report = kg.load(ARTICLES, scheduler=cluster.address, progress=kill_a_busy_worker)
    assert killed and not report.failed and len(report.loaded) == 7
    assert set(kg.query(DOCUMENT_QUADS).rows) == one_process
    with cluster.client() as client:
        left = {w["name"] for w in client.scheduler_info()["workers"].values()}
    assert left == {"w0", "w1"} - set(killed)
