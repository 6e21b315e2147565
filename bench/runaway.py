"""Cheap queries beside runaway ones: does `polkg serve` keep answering, and free the CPU?

    python bench/runaway.py --clients 200 --seconds 30 --runaways 40 --timeout 5

Loopback only, bounded (at most 400 clients, 120 s a phase). Builds the synthetic graph
of bench/endpoint.py (--persons persons with dated memberships), starts `polkg serve` on
it, and runs three phases against the same server:

1. baseline: --clients keep-alive clients for --seconds, half asking the named query
   party_on_date (/queries/party_on_date?person=...&date=...), half an ad-hoc SELECT with
   a date filter (/sparql);
2. the same load, with --runaways runaway queries (a cross product whose FILTER passes no
   row: no row to stop at) sent at once a third of the way through;
3. no load: --runaways runaway queries at once, then the server's CPU (its process and
   every descendant, from /proc) is watched until it is idle.

The cheap queries come from 127.0.0.2, the runaways from 127.0.0.3 (the server limits long
queries per client address). Prints, per phase, requests, errors, p50/p95 of the cheap
queries, the runaways' answers, and the seconds from the last runaway's answer until the
server's CPU is idle (under 5% of a core over 0.25 s).
"""

from __future__ import annotations

import argparse
import http.client
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

from bench.cpu import tree_cpu_seconds
from bench.endpoint import (
    DATE_FILTER,
    connect,
    free_port,
    run_clients,
    synthetic_graph,
    wait_until_up,
)
from polkg import KnowledgeGraph

RUNAWAY = ("SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i "
           'FILTER (STR(?c) = CONCAT(STR(?f), STR(?i), "zz")) }')
ACCEPT = {"Accept": "application/sparql-results+json"}
#: Loopback source addresses: the server tells clients apart by address, and the runaway
#: queries come from another client than the cheap ones, as they would in the world.
CHEAP_CLIENT, RUNAWAY_CLIENT = "127.0.0.2", "127.0.0.3"


def targets(persons: int, variants: int = 64) -> list[str]:
    """Request paths: named party_on_date and ad-hoc date-filter SELECTs, alternating."""
    rng = random.Random(11)
    paths = []
    for _ in range(variants):
        named = {"person": f"Bench Person {rng.randrange(persons)}",
                 "date": f"{rng.randint(1960, 2020)}-06-01"}
        paths.append(f"/queries/party_on_date?{urllib.parse.urlencode(named)}")
        year = rng.randint(1960, 2020)
        paths.append(f"/sparql?{urllib.parse.urlencode({'query': DATE_FILTER % (year, year)})}")
    return paths


def load(port: int, paths: list[str], count: int, seconds: float,
         processes: int = 2) -> tuple[list[float], list[str]]:
    """`count` cheap clients (bench/endpoint.py's) from CHEAP_CLIENT; (latencies, errors)."""
    return run_clients(port, paths, count, processes, seconds, source=CHEAP_CLIENT)


def runaways(port: int, count: int) -> list[tuple[int, float]]:
    """Send `count` runaway queries at once; (status, monotonic time answered) of each."""
    answers: list[tuple[int, float]] = []
    path = f"/sparql?{urllib.parse.urlencode({'query': RUNAWAY})}"

    def one() -> None:
        connection = connect(port, RUNAWAY_CLIENT, 120)
        try:
            connection.request("GET", path, headers=ACCEPT)
            response = connection.getresponse()
            response.read()
            answers.append((response.status, time.monotonic()))
        except (OSError, http.client.HTTPException):
            answers.append((0, time.monotonic()))
        finally:
            connection.close()

    pool = [threading.Thread(target=one) for _ in range(count)]
    for thread in pool:
        thread.start()
    for thread in pool:
        thread.join()
    return answers


def seconds_until_idle(pid: int, limit: float = 30.0, window: float = 0.25) -> float:
    """Seconds until the process tree uses under 5% of a core over `window`."""
    started = time.monotonic()
    while time.monotonic() - started < limit:
        before = tree_cpu_seconds(pid)
        time.sleep(window)
        if tree_cpu_seconds(pid) - before < 0.05 * window:
            return time.monotonic() - started - window
    return float("inf")


def summary(name: str, latencies: list[float], errors: list[str], seconds: float) -> str:
    ordered = sorted(latencies)
    p50 = 1000 * statistics.median(ordered) if ordered else float("nan")
    p95 = 1000 * ordered[int(0.95 * (len(ordered) - 1))] if ordered else float("nan")
    if errors:
        print(f"{name}: first errors: {errors[:3]}", file=sys.stderr)
    return (f"| {name} | {len(ordered):,} | {len(ordered) / seconds:.1f} | {p50:.1f} | "
            f"{p95:.1f} | {len(errors)} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=200)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--runaways", type=int, default=40)
    parser.add_argument("--timeout", type=float, default=5)
    parser.add_argument("--persons", type=int, default=200)
    args = parser.parse_args()
    if not (0 < args.clients <= 400 and 0 < args.seconds <= 120 and 0 <= args.runaways <= 100):
        parser.error("bounded: at most 400 clients, 120 s and 100 runaways")
    with tempfile.TemporaryDirectory(prefix="polkg-runaway-") as tmp:
        folder = Path(tmp)
        data = folder / "bench-data.nt"
        synthetic_graph(args.persons).serialize(data, format="nt", encoding="utf-8")
        with KnowledgeGraph(folder / "store") as kg:
            kg.load([data])
            quads = len(kg.store)
        port = free_port()
        command = [sys.executable, "-m", "polkg.cli", "--store", str(folder / "store"), "serve",
                   "--host", "127.0.0.1", "--port", str(port), "--timeout", str(args.timeout)]
        server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        paths = targets(args.persons)
        try:
            wait_until_up(port, server)
            load(port, paths, min(args.clients, 32), 3.0)  # warm up
            print(f"data: {quads:,} quads; {args.clients} clients, {args.seconds:g} s; "
                  f"{args.runaways} runaways; --timeout {args.timeout:g}", file=sys.stderr)
            rows = [summary("baseline", *load(port, paths, args.clients, args.seconds),
                            args.seconds)]
            got: list[tuple[int, float]] = []
            burst = threading.Timer(args.seconds / 3,
                                    lambda: got.extend(runaways(port, args.runaways)))
            burst.start()
            rows.append(summary("with runaways", *load(port, paths, args.clients, args.seconds),
                                args.seconds))
            burst.join()
            statuses = sorted({s for s, _ in got})
            rows.append(f"runaways during the load: statuses {statuses}")
            sent = time.monotonic()
            alone = runaways(port, args.runaways)
            last = max(t for _, t in alone)
            idle = seconds_until_idle(server.pid)
            rows.append(f"runaways alone: statuses {sorted({s for s, _ in alone})}, last answered "
                        f"{last - sent:.1f} s after sending; server CPU idle {idle:.2f} s later")
        finally:
            server.terminate()
            server.wait(timeout=30)
    print("| phase | requests | req/s | p50 ms | p95 ms | errors |\n| --- | ---: | ---: | ---: "
          "| ---: | ---: |")
    print("\n".join(rows))


if __name__ == "__main__":
    main()
