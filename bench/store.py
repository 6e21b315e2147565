"""Store benchmark: load rate and a date-filtered query on each backend, in one run.

    .venv/bin/python bench/store.py                 # 100k and 1M triples
    .venv/bin/python bench/store.py --sizes 10M     # the large size (minutes; rdflib skipped)

For each size it writes synthetic N-Quads (bench/synthetic.py) and, each in a
fresh process so that peak memory is its own, measures:
- polkg on disk and in memory: `KnowledgeGraph.load()` of the file, then the
  named query members_of (party, date) through `KnowledgeGraph.run()`;
- raw Oxigraph on disk: `Store.bulk_load()` of the same file and the same
  query text: the engine's own best, the yardstick for load rate;
- rdflib's default in-memory store (Dataset, union default graph), up to
  --rdflib-max triples (1M by default; 10M would not fit in memory).
Targets (issue 2): polkg's load rate at least 0.5x the raw bulk loader's; the
query at least 20x faster than rdflib's at 1M triples.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BACKENDS = ("polkg-disk", "polkg-memory", "oxigraph-raw", "rdflib-memory")
RDFLIB_MAX = "1M"  # default largest size for rdflib: about 1.2 GB in memory there
PARTY = "https://w3id.org/polkg/id/party/party-3"
DATE = "1995-06-01"
REPEATS = 7


def _size(text: str) -> int:
    text = text.lower()
    factor = {"k": 1_000, "m": 1_000_000}.get(text[-1], 1)
    return int(float(text.rstrip("km")) * factor)


def _members_query():
    from rdflib import Literal, URIRef
    from rdflib.namespace import XSD

    from polkg.graph.store.bindings import with_values
    from polkg.ontology import sparql_prologue
    from polkg.queries import named_queries

    bindings = {"party": URIRef(PARTY), "date": Literal(DATE, datatype=XSD.date),
                "dateLatest": Literal(DATE, datatype=XSD.date)}
    # Dates in VALUES, as the embedded store binds them (rdflib misreads the BIND cast form).
    return sparql_prologue() + with_values(named_queries()["members_of"].text, bindings,
                                           cast_dates=False)


def _timed(fn) -> tuple[float, object]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def worker(backend: str, data: Path, workdir: Path) -> dict:
    """Load and query on one backend; runs in its own process."""
    if backend.startswith("polkg"):
        from polkg import KnowledgeGraph

        kg = KnowledgeGraph(workdir / "store" if backend == "polkg-disk" else ":memory:")
        load_s, _ = _timed(lambda: kg.load([data]))
        run = lambda: kg.run("members_of", party=f"<{PARTY}>", date=DATE).rows  # noqa: E731
    elif backend == "oxigraph-raw":
        import pyoxigraph as ox

        store = ox.Store(str(workdir / "raw"))
        load_s, _ = _timed(lambda: (store.bulk_load(path=str(data), format=ox.RdfFormat.N_QUADS),
                                    store.flush()))
        text = _members_query()
        run = lambda: list(store.query(text, use_default_graph_as_union=True))  # noqa: E731
    else:
        from rdflib import Dataset

        dataset = Dataset(default_union=True)
        load_s, _ = _timed(lambda: dataset.parse(str(data), format="nquads"))
        text = _members_query()
        run = lambda: list(dataset.query(text))  # noqa: E731
    if backend == "rdflib-memory":  # one run: it takes minutes
        elapsed, rows = _timed(run)
        times = [elapsed]
    else:
        rows = run()  # warm-up, and the answer checked across backends
        times = [_timed(run)[0] for _ in range(REPEATS)]
    return {"load_s": load_s, "query_ms": statistics.median(times) * 1000, "rows": len(rows),
            "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="100k,1M", help="comma-separated triple counts")
    parser.add_argument("--rdflib-max", default=RDFLIB_MAX,
                        help="largest size also loaded into rdflib's memory store")
    parser.add_argument("--worker", nargs=3, metavar=("BACKEND", "DATA", "DIR"),
                        help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        backend, data, workdir = args.worker
        print(json.dumps(worker(backend, Path(data), Path(workdir))))
        return

    sys.path.insert(0, str(Path(__file__).parent))
    from synthetic import generate

    print(f"{'triples':>10}  {'backend':<14} {'load s':>8} {'triples/s':>10} "
          f"{'query ms':>9} {'rows':>5} {'peak MB':>8}")
    for size in map(_size, args.sizes.split(",")):
        with tempfile.TemporaryDirectory() as tmp:
            data = Path(tmp) / "synthetic.nq"
            with data.open("w") as out:
                count = 0
                for line in generate(size, seed=1):
                    out.write(line + "\n")
                    count += 1
            results = {}
            for backend in BACKENDS:
                if backend == "rdflib-memory" and size > _size(args.rdflib_max):
                    continue
                workdir = Path(tmp) / backend
                workdir.mkdir()
                out = subprocess.run([sys.executable, __file__, "--worker", backend, str(data),
                                      str(workdir)], check=True, capture_output=True, text=True)
                r = results[backend] = json.loads(out.stdout.splitlines()[-1])
                print(f"{count:>10,}  {backend:<14} {r['load_s']:>8.2f} "
                      f"{count / r['load_s']:>10,.0f} {r['query_ms']:>9.1f} {r['rows']:>5} "
                      f"{r['rss_mb']:>8.0f}", flush=True)
            raw, disk = results["oxigraph-raw"], results["polkg-disk"]
            print(f"{'':>10}  load rate polkg-disk / raw bulk load: "
                  f"{raw['load_s'] / disk['load_s']:.2f}x (target >= 0.5x)")
            if "rdflib-memory" in results:
                rdf = results["rdflib-memory"]
                print(f"{'':>10}  query polkg-memory vs rdflib-memory: "
                      f"{rdf['query_ms'] / results['polkg-memory']['query_ms']:.0f}x faster, "
                      f"polkg-disk: {rdf['query_ms'] / disk['query_ms']:.0f}x (target >= 20x)")


if __name__ == "__main__":
    main()
