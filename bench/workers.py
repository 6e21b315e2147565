"""Parallel extraction: `polkg load --workers N` on a folder of news articles, for each N.

Each run is the whole command in a subprocess, into a fresh store (interpreter start, model
load, parsing, the rules and the store's writes included), timed from start to exit; CPU
time is the command's and its worker processes'. Runs go in the order given, so that
`--workers 1,2,2,1` spreads a change in the machine's load over both. Every store is then
exported and compared with the first run's: the facts must be identical (the time each
document was loaded and the ontology graph, whose blank nodes every parse names afresh,
left out). The load average before and after each run is printed, since on a shared
machine it moves the figures more than anything.

    .venv/bin/python bench/workers.py ARCHIVE/news --workers 1,2,2,1
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
POLKG = ROOT / ".venv" / "bin" / "polkg"
ONTOLOGY_GRAPH = "<https://w3id.org/polkg/ontology> .\n"


def load(paths: list[Path], store: Path, *options: str) -> dict:
    """One `polkg load OPTIONS PATHS` run: wall and CPU seconds (the command's and its child
    processes'), articles loaded, load average before and after."""
    before = os.getloadavg()[0]
    cpu = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run([str(POLKG), "--store", str(store), "load", *options,
                           *map(str, paths)], capture_output=True, text=True, check=True)
    wall = time.perf_counter() - start
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    loaded = int(re.search(r"(\d+) loaded", done.stdout).group(1))
    return {"wall": wall, "loaded": loaded, "load_before": before,
            "load_after": os.getloadavg()[0],
            "cpu": used.ru_utime + used.ru_stime - cpu.ru_utime - cpu.ru_stime}


def facts(store: Path) -> list[str]:
    """The store's quads as sorted N-Quads lines, without load times and the ontology graph."""
    out = store.with_suffix(".nq")
    subprocess.run([str(POLKG), "--store", str(store), "export", "-o", str(out)],
                   capture_output=True, check=True)
    lines = out.read_text(encoding="utf-8").splitlines(keepends=True)
    return sorted(line for line in lines
                  if "#loadedAt>" not in line and not line.endswith(ONTOLOGY_GRAPH))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", type=Path, help="a folder of news articles")
    parser.add_argument("--workers", default="1,2,2,1",
                        help="the runs' worker counts, in order (default 1,2,2,1)")
    args = parser.parse_args()
    counts = [int(n) for n in args.workers.split(",")]
    print(f"{os.cpu_count()} cores; {args.folder}")
    with tempfile.TemporaryDirectory() as tmp:
        runs = []
        for i, n in enumerate(counts):
            run = load([args.folder], Path(tmp) / f"store-{i}", "--workers", str(n))
            run["workers"] = n
            runs.append(run)
            print(f"--workers {n}: {run['loaded']} articles in {run['wall']:.1f} s "
                  f"({run['loaded'] / run['wall']:.2f} articles/s), CPU {run['cpu']:.1f} s, "
                  f"load average {run['load_before']:.2f} -> {run['load_after']:.2f}",
                  flush=True)
        first = facts(Path(tmp) / "store-0")
        same = all(facts(Path(tmp) / f"store-{i}") == first for i in range(1, len(counts)))
    rates = {n: statistics.median(r["loaded"] / r["wall"] for r in runs if r["workers"] == n)
             for n in dict.fromkeys(counts)}
    base = rates[counts[0]]
    for n, rate in rates.items():
        print(f"--workers {n}: median {rate:.2f} articles/s, {rate / base:.2f}x "
              f"--workers {counts[0]}")
    print(f"identical facts in every store: {same} ({len(first)} quads)")
    sys.exit(0 if same else 1)


if __name__ == "__main__":
    main()
