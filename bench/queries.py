"""Latency of every named query on synthetic data: the embedded store against rdflib's memory store.

    python -m bench.queries                       # 100k, 1M and 10M triples; rdflib up to 1M
    python -m bench.queries --sizes 100k --reps 5 --rdflib-max 100k

For each size the synthetic generator (bench/synthetic.py) writes N-Quads to
--workdir (kept and reused), pyoxigraph bulk-loads them into an on-disk store
(the embedded store polkg opens), KnowledgeGraph keys it for the date index when it
opens it (a store written without polkg; the time is printed), the ontology graph is
added as `polkg load` does, and each named query runs --reps times after one warm-up run:
- "oxigraph": kg.query(text, bindings) with the parameters already resolved, in the form
  kg.run reads: with the date index where the query has one and it serves (polkg.queries);
- "standard": the same in standard SPARQL, without its `LATERAL` blocks (polkg.queries): the
  form a remote server reads, and the embedded store's before LATERAL ("-" when the query has
  none);
- "unindexed": the query's plain text (standard, without the date index), the figure
  before the index, on the same store in the same run ("-" when it is the same as the above);
- "before": with --before DIR, the same query as the .rq file of that name in DIR has it (a
  folder of queries/ from another checkout: `git show REF:queries/NAME.rq`), in the form
  kg.run would read it, on the same store in the same rounds: the ratio of two versions of
  a query without two processes and their separate loads;
- "run": kg.run(name, **params), as a user calls it (names resolved each time);
- "rdflib": the same SPARQL text with the same VALUES bindings on an rdflib
  Dataset(default_union=True) held in memory, up to --rdflib-max triples (rdflib
  keeps every triple as Python objects, several GB per 10M; 1M at most here).
The oxigraph forms and run() are timed in rounds (each once per round, so that the load of
other processes falls on all alike); each cell gives wall p50 / p95 and the CPU time's p50.
A query stops repeating once it has used --budget seconds (at least 3 runs).
On rdflib a query whose first run passes --rdflib-timeout seconds is stopped
and reported as such. Each store's row count is reported, so that a query the
two engines answer differently shows.
Prints a Markdown table (p50 / p95 in milliseconds) and writes it to --out.
"""

from __future__ import annotations

import argparse
import signal
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset

from polkg import KnowledgeGraph
from polkg.graph.store.bindings import with_values
from polkg.ontology import PREFIXES, ontology_path
from polkg.queries import NamedQuery, named_queries

from .synthetic import generate

SIZES = {"100k": 100_000, "1M": 1_000_000, "10M": 10_000_000}


def parameters(person: str, seat: str) -> dict[str, dict[str, str]]:
    """The parameters each named query is timed with (entities the generator always makes)."""
    return {
        "person_timeline": {"person": person},
        "party_on_date": {"person": person, "date": "2000-06-01"},
        "leader_on_date": {"party": "Party 3", "date": "2000"},
        "office_holders": {"office": "Office 7"},
        "members_of": {"party": "Party 3", "date": "2000-06-01"},
        "constituency_history": {"constituency": seat},
        "party_timeline": {"party": "Party 3"},
        "events_between": {"from": "2001-03-01", "to": "2001-03-31"},
        "conflicts": {"person": person},  # everyone's: `polkg query conflicts`, see --only
        "sources_of": {"entity": person},
    }


def write_data(n: int, workdir: Path) -> tuple[Path, str, str]:
    """The N-Quads file for n triples (made once), and a mid-file person and seat to ask about."""
    path = workdir / f"synthetic-{n}.nq"
    persons = workdir / f"synthetic-{n}.persons"
    if not path.exists() or not persons.exists():
        partial = path.with_suffix(".partial")
        names = []
        with partial.open("w", encoding="utf-8") as out:
            for line in generate(n, seed=42):
                out.write(line + "\n")
                if "/id/person/" in line and "rdf-schema#label" in line:
                    names.append(line.split('"')[1])
        partial.replace(path)
        persons.write_text("\n".join(names), encoding="utf-8")
    names = persons.read_text(encoding="utf-8").splitlines()
    index = len(names) // 2
    return path, names[index], f"Seat {index // 40}"


def timed(fn: Callable[[], object], reps: int, budget: float) -> list[float]:
    """Milliseconds of each run after one warm-up; stops early past the budget (>= 3 runs)."""
    fn()
    times: list[float] = []
    started = time.perf_counter()
    while len(times) < reps:
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
        if len(times) >= 3 and time.perf_counter() - started > budget:
            break
    return times


def timed_rounds(fns: list[Callable[[], object]], reps: int, budget: float
                 ) -> list[list[tuple[float, float]]]:
    """Milliseconds of wall and CPU time of each function's runs, after one warm-up each,
    taken in rounds (each function once per round, so that the machine's load falls on all
    alike); stops early past the budget (>= 3 rounds)."""
    for fn in fns:
        fn()
    times: list[list[tuple[float, float]]] = [[] for _ in fns]
    started = time.perf_counter()
    while len(times[0]) < reps:
        for fn, runs in zip(fns, times):
            t0, c0 = time.perf_counter(), time.process_time()
            fn()
            runs.append(((time.perf_counter() - t0) * 1000, (time.process_time() - c0) * 1000))
        if len(times[0]) >= 3 and time.perf_counter() - started > budget:
            break
    return times


def p50_p95(times: list[float]) -> str:
    if not times:
        return "-"
    p95 = statistics.quantiles(times, n=20)[-1] if len(times) >= 2 else times[0]
    return f"{statistics.median(times):.1f} / {p95:.1f}"


def wall_cpu(runs: list[tuple[float, float]]) -> str:
    """Wall p50 / p95, then the CPU time's p50 (what the load of other processes leaves out)."""
    return f"{p50_p95([w for w, _ in runs])} (CPU {statistics.median(c for _, c in runs):.1f})"


def progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def bench_size(label: str, n: int, args) -> list[tuple]:
    workdir = Path(args.workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    data, person, seat = write_data(n, workdir)
    progress(f"[{label}] data {data} ({time.perf_counter() - t0:.0f} s); asking about {person}")
    store_dir = workdir / f"oxigraph-{n}"
    if not store_dir.exists():
        t0 = time.perf_counter()
        store = ox.Store(str(store_dir))
        store.bulk_load(path=str(data), format=ox.RdfFormat.N_QUADS)
        store.flush()
        del store
        progress(f"[{label}] oxigraph bulk load {time.perf_counter() - t0:.0f} s")
    t0 = time.perf_counter()
    kg = KnowledgeGraph(store_dir)
    progress(f"[{label}] opened, date index ready: {time.perf_counter() - t0:.0f} s")
    kg.ensure_ontology()
    quads = len(kg.store)
    ds = None
    if n <= SIZES[args.rdflib_max]:
        t0 = time.perf_counter()
        ds = Dataset(default_union=True)
        ds.parse(data, format="nquads")
        ds.graph(ontology_path().as_uri()).parse(ontology_path())
        progress(f"[{label}] rdflib parse {time.perf_counter() - t0:.0f} s")
    rows = []
    queries = named_queries()
    for name, params in parameters(person, seat).items():
        if args.only and name not in args.only:
            continue
        rows.append(time_query(kg, ds, queries[name], params, label, args))
        progress(f"[{label}] {name}: {rows[-1][2]} ms (standard {rows[-1][3]}, unindexed "
                 f"{rows[-1][4]}, before {rows[-1][5]}, run() {rows[-1][6]}, rdflib "
                 f"{rows[-1][7]}), {rows[-1][8]} rows (rdflib {rows[-1][9]})")
    kg.close()
    progress(f"[{label}] {quads} quads in the store")
    return rows


def time_query(kg: KnowledgeGraph, ds: Dataset | None, named, params: dict[str, str],
               label: str, args) -> tuple[str, str, str, str, str, str, str, str, int, str]:
    """One table row: the query's timings on each store, and how many rows each returns."""
    bindings = kg.bind(named, params)
    text, asked = kg.prepare(named, params)
    n_rows = len(kg.query(text, asked).rows)
    # The forms before, on the same store in the same rounds: standard SPARQL (no LATERAL),
    # and the plain text (no date index). A form the same as one before it is not timed: "-".
    forms = {"oxigraph": (text, asked)}
    if SIZES[label] <= SIZES[args.compare_max]:
        forms["standard"] = (named.form(indexed="indexKey" in asked, lateral=False), asked)
        forms["unindexed"] = (named.text, bindings)
    if args.before:
        before = NamedQuery.from_file(Path(args.before) / f"{named.name}.rq")
        forms["before"] = (before.form(indexed="indexKey" in asked, lateral=kg.store.lateral)
                           if before.index else before.text, asked if before.index else bindings)
    distinct: dict[str, tuple[str, dict]] = {}
    for name, (query, values) in forms.items():
        if query not in [q for q, _ in distinct.values()]:
            distinct[name] = (query, values)
            if len(kg.query(query, values).rows) != n_rows:
                raise AssertionError(f"{named.name}: its {name} form gives other rows")
    runs = timed_rounds([*(lambda q=q, v=v: kg.query(q, v) for q, v in distinct.values()),
                         lambda: kg.run(named.name, **params)], args.reps, args.budget)
    cell = dict(zip(distinct, map(wall_cpu, runs)))
    rdflib_cell, rdflib_rows = "-", "-"
    if ds is not None:
        text = with_values(named.text, bindings, cast_dates=False)  # rdflib misreads the cast
        try:
            with time_limit(args.rdflib_timeout):
                rdflib_rows = str(len(list(ds.query(text, initNs=PREFIXES))))
            rdflib_cell = p50_p95(timed(lambda: list(ds.query(text, initNs=PREFIXES)),
                                        args.reps, args.budget))
        except TimeoutError:
            rdflib_cell = f"> {args.rdflib_timeout:.0f} s, stopped"
        except Exception as exc:  # rdflib's own failures are a result too  # noqa: BLE001
            rdflib_cell = f"fails: {type(exc).__name__}"
    return (named.name, label, cell["oxigraph"], cell.get("standard", "-"),
            cell.get("unindexed", "-"), cell.get("before", "-"), wall_cpu(runs[-1]),
            rdflib_cell, n_rows, rdflib_rows)


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise TimeoutError in this (main) thread after `seconds`: rdflib is pure Python,
    so the alarm stops it between two steps."""
    def expire(*_):
        raise TimeoutError
    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--sizes", default="100k,1M,10M", help="comma-separated: 100k, 1M, 10M")
    parser.add_argument("--rdflib-max", default="1M", choices=SIZES,
                        help="largest size also run on rdflib's memory store")
    parser.add_argument("--reps", type=int, default=20, help="timed runs per query")
    parser.add_argument("--budget", type=float, default=20.0,
                        help="seconds per query and store before it stops repeating")
    parser.add_argument("--rdflib-timeout", type=float, default=60.0,
                        help="seconds a query's first rdflib run may take before it is stopped")
    parser.add_argument("--only", nargs="*", help="time only these named queries")
    parser.add_argument("--compare-max", default="10M", choices=SIZES,
                        help="largest size at which the standard and unindexed forms are timed")
    parser.add_argument("--before", help="a folder of .rq files (another checkout's queries/) "
                        "whose versions of the queries are timed beside these")
    parser.add_argument("--workdir", default="/tmp/polkg-bench",
                        help="where the N-Quads files and stores are kept")
    parser.add_argument("--out", help="also write the Markdown table to this file")
    args = parser.parse_args(argv)
    table = ["| query | size | oxigraph p50 / p95 (ms) | standard p50 / p95 | unindexed p50 / p95 "
             "| before p50 / p95 | run() incl. name lookup p50 / p95 | rdflib memory p50 / p95 "
             "| rows | rdflib rows |", "|---|---|---|---|---|---|---|---|---|---|"]
    for label in args.sizes.split(","):
        for row in bench_size(label, SIZES[label], args):
            table.append("| " + " | ".join(map(str, row)) + " |")
            if args.out:
                Path(args.out).write_text("\n".join(table) + "\n", encoding="utf-8")
    print("\n".join(table))


if __name__ == "__main__":
    main()
