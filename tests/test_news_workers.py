"""`load --workers N`: articles parsed in N processes give the facts one process gives."""

from __future__ import annotations

import pytest

from polkg import KnowledgeGraph
from polkg.loaders.news.pipeline import BATCH, batches
from tests.conftest import CORBYN_ARTICLE, DOCUMENT_QUADS, EXAMPLES


def _quads(workers: int) -> set[tuple]:
    kg = KnowledgeGraph(":memory:")
    report = kg.load([EXAMPLES / "news", CORBYN_ARTICLE], workers=workers)
    assert not report.failed and len(report.loaded) == 7
    return set(kg.query(DOCUMENT_QUADS).rows)


def test_two_workers_write_what_one_writes():
    one, two = _quads(1), _quads(2)
    assert len(one) > 1000
    assert one == two


@pytest.mark.parametrize(("count", "workers", "expected"), [
    (7, 2, (4, 2)),  # a short load is split between the workers
    (7, 1, (7, 1)),
    (1, 4, (1, 1)),  # one article keeps one process busy, no more
    (3, 8, (1, 3)),
    (10_000, 2, (BATCH, 2)),  # a long one in batches of at most BATCH
])
def test_batches_keep_every_process_busy(count, workers, expected):
    assert batches(count, workers) == expected


def test_load_takes_workers_and_refuses_none(run_cli):
    result = run_cli("load", "--workers", "2", str(EXAMPLES / "news"))
    assert result.exit_code == 0
    assert "6 loaded, 0 unchanged, 0 failed" in result.output
    refused = run_cli("load", "--workers", "0", str(EXAMPLES / "news"))
    assert refused.exit_code == 2
    assert "'-w' / '--workers': 0 is not in the range x>=1" in refused.output
