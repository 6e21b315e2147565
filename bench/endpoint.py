"""Endpoint throughput: `polkg serve` against Oxigraph server on the same data, in one run.

    python bench/endpoint.py --clients 32 --seconds 15 --persons 2000

Builds a synthetic graph in the polkg ontology (persons, parties, dated
memberships: --persons of them), loads it into a polkg store and, exported as
N-Quads, into an Oxigraph server store. Each server is then started in turn and
hit by --clients concurrent clients (keep-alive connections, spread over
--processes client processes so the clients are not limited by one interpreter)
for --seconds, --rounds times in alternating order; half of the requests run
person_timeline (party_on_date where person_timeline is absent) for a random
person and date, half a SELECT with a date filter over a random year. Every
answer is checked (status 200 and a SPARQL JSON body). Prints requests/s,
p50/p95 latency and errors per server, and polkg's throughput as a fraction of
Oxigraph server's.

With --http-only every request is a trivial ASK instead, so that the figures
show the cost of each server's HTTP layer rather than of the queries.
"""

from __future__ import annotations

import argparse
import http.client
import multiprocessing
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

from rdflib import RDF, RDFS, Graph, Literal, URIRef

from polkg import KnowledgeGraph
from polkg.graph.identity.dates import DateInterval
from polkg.graph.identity.identity import entity_iri, fact_iri
from polkg.graph.store.bindings import with_values
from polkg.ontology import POL, PREFIXES

PARTIES = ["Labour Party", "Conservative Party", "Liberal Democrats", "Scottish National Party",
           "Plaid Cymru", "Green Party", "Reform UK", "Democratic Unionist Party",
           "Alba Party", "UK Independence Party", "Brexit Party", "Sinn Féin"]
DATE_FILTER = """SELECT ?person ?name ?party ?start WHERE {
  ?m a pol:Membership ; pol:member ?person ; pol:organization ?p ; pol:start ?s .
  ?s pol:earliest ?start .
  ?person rdfs:label ?name . ?p rdfs:label ?party .
  FILTER (?start >= "%d-01-01"^^xsd:date && ?start <= "%d-12-31"^^xsd:date)
}
ORDER BY ?start ?name
LIMIT 100"""


def synthetic_graph(persons: int, seed: int = 7) -> Graph:
    """Persons with one to three successive, dated party memberships."""
    rng = random.Random(seed)
    doc = URIRef("urn:polkg-bench:synthetic")
    g = Graph()
    for party in PARTIES:
        g.add((entity_iri("party", party), RDF.type, POL.Party))
        g.add((entity_iri("party", party), RDFS.label, Literal(party)))
    for i in range(persons):
        name = f"Bench Person {i}"
        person = entity_iri("person", name)
        g.add((person, RDF.type, POL.Person))
        g.add((person, RDFS.label, Literal(name)))
        year = rng.randint(1950, 2015)
        for _ in range(rng.randint(1, 3)):
            party = rng.choice(PARTIES)
            start = DateInterval.parse(f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}")
            year += rng.randint(1, 12)
            end = DateInterval.parse(str(year)) if year < 2024 else None
            m = fact_iri("membership", doc, name, party, str(start))
            g.add((m, RDF.type, POL.Membership))
            g.add((m, RDFS.label, Literal(f"{name} in {party}")))
            g.add((m, POL.member, person))
            g.add((m, POL.organization, entity_iri("party", party)))
            for prop, interval in ((POL.start, start), (POL.end, end)):
                if interval is not None:
                    g.add((m, prop, interval.iri))
                    for triple in interval.triples():
                        g.add(triple)
    return g


def build(folder: Path, persons: int) -> tuple[Path, Path, list[str]]:
    """(polkg store, Oxigraph store, query texts) for the data set."""
    data = folder / "bench-data.nt"
    synthetic_graph(persons).serialize(data, format="nt", encoding="utf-8")
    polkg_store, oxigraph_store = folder / "polkg-store", folder / "oxigraph-store"
    with KnowledgeGraph(polkg_store) as kg:
        kg.load([data])
        dump = folder / "bench-data.nq"
        with dump.open("wb") as out:
            kg.export(out, "nq")
        queries = queries_for(kg, persons)
        triples = len(kg.store)
    subprocess.run([oxigraph(), "load", "--location", str(oxigraph_store), "--file", str(dump)],
                   check=True, capture_output=True)
    print(f"data: {persons} persons, {triples} quads", file=sys.stderr)
    return polkg_store, oxigraph_store, queries


def queries_for(kg: KnowledgeGraph, persons: int, variants: int = 64) -> list[str]:
    """Self-contained query texts (PREFIX declarations included), as any server takes them."""
    rng = random.Random(11)
    named = kg.queries()
    timeline = named.get("person_timeline") or named["party_on_date"]
    print(f"named query: {timeline.name}", file=sys.stderr)
    prologue = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())
    texts = []
    for _ in range(variants):
        params = {"person": f"Bench Person {rng.randrange(persons)}"}
        if any(p.name == "date" for p in timeline.params):
            params["date"] = f"{rng.randint(1960, 2020)}-06-01"
        texts.append(prologue + with_values(timeline.text, kg.bind(timeline, params)))
        year = rng.randint(1960, 2020)
        texts.append(prologue + DATE_FILTER % (year, year))
    return texts


def oxigraph() -> str:
    return str(Path(sys.executable).with_name("oxigraph"))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_up(port: int, process: subprocess.Popen) -> None:
    for _ in range(300):
        if process.poll() is not None:
            raise RuntimeError(f"server exited with {process.returncode}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError("server did not start")


def connect(port: int, source: str | None = None,
            timeout: float = 60) -> http.client.HTTPConnection:
    """A connection to the server on loopback, from the address `source` when given (the
    server tells clients apart by address)."""
    return http.client.HTTPConnection("127.0.0.1", port, timeout=timeout,
                                      source_address=(source, 0) if source else None)


def client_process(port: int, targets: list[str], threads: int, seconds: float,
                   seed: int, out, source: str | None = None) -> None:
    """Run `threads` keep-alive clients for `seconds`, each GETting random `targets` (request
    paths); send (latencies, errors) back. An error: a status other than 200, a body that is
    no SPARQL JSON result, or a broken connection."""
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    stop_at = time.monotonic() + seconds

    def client(k: int) -> None:
        rng = random.Random(seed * 1000 + k)
        connection = connect(port, source)
        mine, failures = [], []
        while time.monotonic() < stop_at:
            started = time.perf_counter()
            try:
                connection.request("GET", rng.choice(targets),
                                   headers={"Accept": "application/sparql-results+json"})
                response = connection.getresponse()
                body = response.read()
                if response.status != 200 or not (b'"bindings"' in body or b'"boolean"' in body):
                    failures.append(f"{response.status}: {body[:200]!r}")
            except (OSError, http.client.HTTPException) as exc:
                failures.append(repr(exc))
                connection.close()
                connection = connect(port, source)
                continue
            mine.append(time.perf_counter() - started)
        with lock:
            latencies.extend(mine)
            errors.extend(failures)

    pool = [threading.Thread(target=client, args=(k,)) for k in range(threads)]
    for t in pool:
        t.start()
    for t in pool:
        t.join()
    out.send((latencies, errors))


def measure(command: list[str], port: int, path: str, queries: list[str], clients: int,
            processes: int, seconds: float) -> tuple[list[float], list[str], float]:
    """(latencies, errors, elapsed seconds) of one server under load."""
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_until_up(port, server)
        # Warm up (caches, first connections), then measure.
        targets = [f"{path}?{urllib.parse.urlencode({'query': q})}" for q in queries]
        run_clients(port, targets, clients, processes, min(3.0, seconds / 4))
        started = time.monotonic()
        latencies, errors = run_clients(port, targets, clients, processes, seconds)
        return latencies, errors, time.monotonic() - started
    finally:
        server.terminate()
        server.wait(timeout=30)


def summary(name: str, runs: list[tuple[list[float], list[str], float]]) -> dict:
    latencies = sorted(x for run in runs for x in run[0])
    errors = [e for run in runs for e in run[1]]
    if errors:
        print(f"{name}: first errors: {errors[:3]}", file=sys.stderr)
    return {
        "server": name, "requests": len(latencies), "errors": len(errors),
        "rps": len(latencies) / sum(run[2] for run in runs),
        "p50_ms": 1000 * statistics.median(latencies) if latencies else float("nan"),
        "p95_ms": 1000 * latencies[int(0.95 * (len(latencies) - 1))] if latencies else float("nan"),
    }


def run_clients(port: int, targets: list[str], clients: int, processes: int, seconds: float,
                source: str | None = None) -> tuple[list[float], list[str]]:
    """`clients` clients (client_process) spread over `processes` processes, so that one
    interpreter does not limit them; (latencies, errors) of them all."""
    context = multiprocessing.get_context("spawn")
    pipes, workers = [], []
    for i in range(processes):
        threads = clients // processes + (1 if i < clients % processes else 0)
        receive, send = context.Pipe(duplex=False)
        worker = context.Process(target=client_process,
                                 args=(port, targets, threads, seconds, i, send, source))
        worker.start()
        pipes.append(receive)
        workers.append(worker)
    latencies, errors = [], []
    for receive, worker in zip(pipes, workers):
        got_latencies, got_errors = receive.recv()
        latencies += got_latencies
        errors += got_errors
        worker.join()
    return latencies, errors


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=32)
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--persons", type=int, default=5000)
    parser.add_argument("--processes", type=int, default=2, help="client processes")
    parser.add_argument("--rounds", type=int, default=2,
                        help="measurements of each server, in alternating order")
    parser.add_argument("--http-only", action="store_true",
                        help="send a trivial ASK instead of the two queries")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="polkg-bench-") as tmp:
        polkg_store, oxigraph_store, queries = build(Path(tmp), args.persons)
        if args.http_only:
            queries = ["ASK { ?s a <https://w3id.org/polkg/ontology#Person> }"]
        servers = {
            "polkg serve": lambda port: ([
                sys.executable, "-m", "polkg.cli", "--store", str(polkg_store), "serve",
                "--port", str(port), "--timeout", "60"], "/sparql"),
            "oxigraph serve": lambda port: ([
                oxigraph(), "serve", "--location", str(oxigraph_store),
                "--bind", f"127.0.0.1:{port}", "--union-default-graph"], "/query"),
        }
        runs: dict[str, list] = {name: [] for name in servers}
        # Rounds alternate the order, so that a change in the machine's load hits both alike.
        for round_ in range(args.rounds):
            for name in sorted(servers, reverse=bool(round_ % 2)):
                port = free_port()
                command, path = servers[name](port)
                runs[name].append(measure(command, port, path, queries, args.clients,
                                          args.processes, args.seconds))
        results = [summary(name, runs[name]) for name in servers]
    mix = "trivial ASK" if args.http_only else "the two queries"
    print(f"{args.clients} clients, {args.rounds} x {args.seconds:g} s per server, "
          f"{args.persons} persons, {mix}")
    print(f"{'server':<16}{'requests':>10}{'req/s':>10}{'p50 ms':>10}{'p95 ms':>10}{'errors':>8}")
    for r in results:
        print(f"{r['server']:<16}{r['requests']:>10}{r['rps']:>10.1f}{r['p50_ms']:>10.1f}"
              f"{r['p95_ms']:>10.1f}{r['errors']:>8}")
    ratio = results[0]["rps"] / results[1]["rps"]
    print(f"polkg serve / oxigraph serve throughput: {ratio:.2f}x (target >= 0.5x)")


if __name__ == "__main__":
    main()
