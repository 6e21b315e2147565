"""Benchmark the network projection and its analyses on synthetic polkg-shaped graphs.

    .venv/bin/python bench/network.py                    # 100k and 1M triples
    .venv/bin/python bench/network.py --triples 100000   # one size
    .venv/bin/python bench/network.py --store DIR        # the CLI's central on a store

Measures, at each size: loading (for context), projection time (wall and
this process's CPU: the machine is shared), the memory the projection
allocates (tracemalloc peak, in a second run: tracing slows Python down, so
the timed run is untraced), one shortest path between random people (median
wall and CPU time and worst of many; and the median when the undirected walk
is made once and reused), three distinct paths (median, reusing the walk; and
one call that builds it), and betweenness estimated from a sample of k source
nodes. It prints the 1-minute load average and the peak RSS with them.

The data come from the shared generator, bench/synthetic.py (its docstring
says what it makes).

With --store DIR it times, instead, the whole command a user runs on an existing store,
`polkg --store DIR central --measure betweenness --type person` (a subprocess, from
interpreter start to exit: projection, the default sampling and the ranking), with its
CPU time, what it printed on stderr (nodes, the sample) and the load average before and
after (bench/command.py), then the command's steps again in this process: opening the store,
the projection, the ranking.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

import pyoxigraph as ox
from rdflib import URIRef

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from command import time_command  # noqa: E402
from synthetic import generate  # noqa: E402

from polkg.graph.network.centrality import rank  # noqa: E402
from polkg.graph.network.network import project, undirected  # noqa: E402
from polkg.graph.network.paths import find_paths  # noqa: E402
from polkg.graph.store.store import OxigraphStore  # noqa: E402


def documents(triples: int):
    """(graph, quads) per document of the shared synthetic data (bench/synthetic.py)."""
    lines = "\n".join(generate(triples, seed=1)).encode("utf-8")
    by_graph: dict[ox.NamedNode, list[ox.Quad]] = {}
    for quad in ox.parse(lines, format=ox.RdfFormat.N_QUADS):
        by_graph.setdefault(quad.graph_name, []).append(quad)
    return iter(by_graph.items())


def measure(triples: int, samples: int, betweenness_k: int) -> dict:
    store = OxigraphStore(None)
    started = time.perf_counter()
    for graph, quads in documents(triples):
        store.write_document(URIRef(graph.value), quads)
    loaded = time.perf_counter() - started
    out = {"triples": len(store), "load_s": loaded}

    started, cpu = time.perf_counter(), time.process_time()
    graph = project(store)
    out["project_s"] = time.perf_counter() - started
    out["project_cpu_s"] = time.process_time() - cpu
    out["nodes"], out["edges"] = graph.number_of_nodes(), graph.number_of_edges()

    tracemalloc.start()
    traced = project(store)
    out["project_peak_mb"] = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    del traced

    started = time.perf_counter()
    walk = undirected(graph)
    out["undirected_s"] = time.perf_counter() - started

    rng = random.Random(7)
    people = [n for n, d in graph.nodes(data=True) if d["type"] == "person"]
    one, one_cpu, warm, three = [], [], [], []
    for _ in range(samples):
        a, b = rng.sample(people, 2)
        started, cpu = time.perf_counter(), time.process_time()
        find_paths(graph, a, b, max_paths=1)
        one.append(time.perf_counter() - started)
        one_cpu.append(time.process_time() - cpu)
        started = time.perf_counter()
        find_paths(graph, a, b, max_paths=1, walk=walk)
        warm.append(time.perf_counter() - started)
    for _ in range(max(1, samples // 10)):
        a, b = rng.sample(people, 2)
        started = time.perf_counter()
        find_paths(graph, a, b, max_paths=3, walk=walk)
        three.append(time.perf_counter() - started)
    out["path_median_ms"] = statistics.median(one) * 1000
    out["path_cpu_median_ms"] = statistics.median(one_cpu) * 1000
    out["path_max_ms"] = max(one) * 1000
    out["path_walk_median_ms"] = statistics.median(warm) * 1000
    out["paths3_median_ms"] = statistics.median(three) * 1000
    started = time.perf_counter()
    find_paths(graph, *rng.sample(people, 2), max_paths=3)
    out["paths3_cold_ms"] = (time.perf_counter() - started) * 1000

    started = time.perf_counter()
    rank(graph, "betweenness", top=10, sample=betweenness_k)
    out["betweenness_s"] = time.perf_counter() - started
    out["betweenness_k"] = betweenness_k
    out["load_average"] = os.getloadavg()[0]
    out["max_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return out


def steps(store_dir: Path) -> dict:
    """Wall and CPU seconds of the command's own steps, run again in this process: opening the
    store, the projection, the ranking (the rest of the command's time is the interpreter
    starting and its imports)."""
    out = {}

    def timed(step: str, work):
        started, cpu = time.perf_counter(), time.process_time()
        value = work()
        out[f"{step}_s"] = time.perf_counter() - started
        out[f"{step}_cpu_s"] = time.process_time() - cpu
        return value

    store = timed("open", lambda: OxigraphStore(store_dir))
    graph = timed("project", lambda: project(store))
    timed("rank", lambda: rank(graph, "betweenness", types=["person"], top=5))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--triples", type=int, action="append",
                        help="graph size (repeatable; default 100000 and 1000000)")
    parser.add_argument("--samples", type=int, default=200, help="shortest paths to time")
    parser.add_argument("--k", type=int, default=100, help="betweenness sample size")
    parser.add_argument("--store", type=Path, help="time the CLI's central on this store")
    args = parser.parse_args()
    if args.store:
        result = time_command(args.store, ["central", "--measure", "betweenness", "--type",
                                           "person", "--top", "5"])
        result |= steps(args.store)
        print(" ".join(f"{k}={v:.2f}" if isinstance(v, float) else f"{k}={v}"
                       for k, v in result.items()))
        return
    for size in args.triples or [100_000, 1_000_000]:
        result = measure(size, args.samples, args.k)
        print(" ".join(f"{k}={v:.3f}" if isinstance(v, float) else f"{k}={v}"
                       for k, v in result.items()), flush=True)


if __name__ == "__main__":
    main()
