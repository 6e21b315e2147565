"""Extraction on a Dask cluster: `polkg load --scheduler ADDRESS` with 1 and 2 workers, beside
`polkg load --workers 1` (no cluster), on the same articles, in one run.

Each cluster is local (tests/dask_cluster.py: a `dask scheduler` and N `dask worker`
processes, one thread each, on loopback), started afresh for its run, with the model
already loaded on its workers (as on a cluster that stays up between loads); the timed part
is the whole `polkg load` command in a subprocess (interpreter start, its own model load,
the rules and the writes included). CPU time is the command's plus the scheduler's and the
workers' during the run; "workers parsing" is the share of the wall time (times the
workers) the scheduler saw them run a batch, so that a low share would show workers left
waiting by the client or the scheduler. Runs go in the order given, so that
`--order 1,2,2,1` spreads a change in the machine's load over both sizes. Every store's
facts are then compared with the `--workers 1` store's (bench/workers.py's facts()).
Prints the 2-worker/1-worker ratio of articles/s and the overhead per article of the
cluster path: its wall and CPU seconds beyond `--workers 1`'s, divided by the articles.

    .venv/bin/python bench/dask_scale.py ARCHIVE/news --limit 300 --order 1,2,2,1
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.workers import facts, load  # noqa: E402
from polkg.loaders.cluster import ModelPlugin  # noqa: E402
from tests.dask_cluster import LocalCluster  # noqa: E402


def cluster_cpu(cluster: LocalCluster) -> float:
    """CPU seconds the scheduler and the workers have used so far."""
    processes = [cluster.scheduler, *cluster.workers.values()]
    return sum(sum(psutil.Process(p.pid).cpu_times()[:2]) for p in processes)


def on_cluster(paths: list[Path], tmp: Path, index: int, workers: int) -> dict:
    """One `polkg load --scheduler` run on a fresh local cluster of `workers` workers."""
    with LocalCluster(tmp / f"cluster-{index}", workers=workers) as cluster:
        with cluster.client() as client:
            client.register_plugin(ModelPlugin())  # the workers load the model before timing
            client.get_task_stream()  # the scheduler records each task's times from now on
        before = cluster_cpu(cluster)
        run = load(paths, tmp / f"store-{index}", "--scheduler", cluster.address)
        run["client_cpu"], run["cluster_cpu"] = run["cpu"], cluster_cpu(cluster) - before
        run["cpu"] += run["cluster_cpu"]
        with cluster.client() as client:
            parsing = sum(part["stop"] - part["start"] for task in client.get_task_stream()
                          for part in task["startstops"] if part["action"] == "compute")
    return run | {"workers": workers, "busy": parsing / (run["wall"] * workers)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", type=Path, help="a folder of news articles")
    parser.add_argument("--limit", type=int, help="only the first N files (by name)")
    parser.add_argument("--order", default="1,2,2,1",
                        help="the clusters' worker counts, in order (default 1,2,2,1)")
    args = parser.parse_args()
    paths = sorted(p for p in args.folder.iterdir() if p.is_file())[:args.limit]
    counts = [int(n) for n in args.order.split(",")]
    print(f"{os.cpu_count()} cores; {len(paths)} files of {args.folder}", flush=True)
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        base = load(paths, tmp / "store-base", "--workers", "1")
        report("--workers 1, no cluster", base)
        runs = []
        for i, n in enumerate(counts):
            runs.append(on_cluster(paths, tmp, i, n))
            report(f"--scheduler, {n} worker{'s' * (n > 1)}", runs[-1])
        first = facts(tmp / "store-base")
        same = all(facts(tmp / f"store-{i}") == first for i in range(len(counts)))
    rate = {n: statistics.median(r["loaded"] / r["wall"] for r in runs if r["workers"] == n)
            for n in dict.fromkeys(counts)}
    for n in rate:
        print(f"{n} worker(s): median {rate[n]:.2f} articles/s")
    if 1 in rate and 2 in rate:
        print(f"2 workers / 1 worker: {rate[2] / rate[1]:.2f}x")
    ones = [r for r in runs if r["workers"] == 1]
    if ones:
        articles = base["loaded"]
        wall = statistics.median(r["wall"] for r in ones) - base["wall"]
        cpu = statistics.median(r["cpu"] for r in ones) - base["cpu"]
        print(f"overhead per article, 1 worker against --workers 1: {wall / articles * 1000:+.1f} "
              f"ms wall, {cpu / articles * 1000:+.1f} ms CPU")
    print(f"identical facts in every store: {same} ({len(first)} quads)")
    sys.exit(0 if same else 1)


def report(name: str, run: dict) -> None:
    parts = (f", CPU client {run['client_cpu']:.1f} s + cluster {run['cluster_cpu']:.1f} s, "
             f"workers parsing {run['busy']:.0%} of the wall time" if "busy" in run else "")
    print(f"{name}: {run['loaded']} articles in {run['wall']:.1f} s "
          f"({run['loaded'] / run['wall']:.2f} articles/s), CPU {run['cpu']:.1f} s{parts}, "
          f"load average {run['load_before']:.2f} -> {run['load_after']:.2f}", flush=True)


if __name__ == "__main__":
    main()
