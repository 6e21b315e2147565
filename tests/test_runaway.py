"""Queries past their time really stop, and long ones cannot crowd out the cheap (issue 14)."""

from __future__ import annotations

import os
import threading
import time

from bench.cpu import tree_cpu_seconds
from polkg.endpoint import EndpointServer

from .conftest import LABELS
from .test_endpoint import get

#: No row ever passes the filter, so the engine computes without yielding one: nothing to
#: stop at between rows (3,000 triples cubed: effectively endless).
RUNAWAY = ("SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i "
           'FILTER (STR(?c) = CONCAT(STR(?f), STR(?i), "zz")) }')


def test_a_timed_out_query_stops_and_frees_the_cpu(people_graph):
    with EndpointServer(people_graph, port=0, timeout=1.0).start() as server:
        status, _, body = get(server, RUNAWAY)
        assert status == 503 and "1 s time limit" in body
        time.sleep(0.3)
        before = tree_cpu_seconds(os.getpid())
        time.sleep(1.0)
        busy = tree_cpu_seconds(os.getpid()) - before
        assert get(server, LABELS)[0] == 200
    assert busy < 0.3, f"{busy:.2f} s of CPU in the second after the timeout"


def test_long_queries_are_bounded_and_cheap_ones_still_answered(people_graph):
    limits = {"workers": 4, "heavy_after": 0.1, "max_heavy": 1, "max_heavy_per_client": 1}
    answers: list[tuple[int, str]] = []
    with EndpointServer(people_graph, port=0, timeout=4.0, processes=limits).start() as server:
        runaways = [threading.Thread(target=lambda: answers.append(get(server, RUNAWAY)[::2]))
                    for _ in range(3)]
        for thread in runaways:
            thread.start()
        time.sleep(0.8)  # two stopped as busy, one running as the one long query allowed
        cheap = []
        for _ in range(10):
            started = time.monotonic()
            cheap.append((get(server, LABELS)[0], time.monotonic() - started))
        for thread in runaways:
            thread.join()
    assert all(status == 200 and seconds < 1.0 for status, seconds in cheap), cheap
    assert sorted(status for status, _ in answers) == [503, 503, 503]
    assert sum("server already runs its 1 long queries" in body for _, body in answers) == 2
    assert sum("4 s time limit" in body for _, body in answers) == 1
