"""Benchmark the network projection and its analyses on synthetic polkg-shaped graphs.

    .venv/bin/python bench/network.py                    # 100k and 1M triples
    .venv/bin/python bench/network.py --triples 100000   # one size

Measures, at each size: loading (for context), projection time (wall and
this process's CPU: the machine is shared), the memory the projection
allocates (tracemalloc peak, in a second run: tracing slows Python down, so
the timed run is untraced), one shortest path between random people (median
wall and CPU time and worst of many; and the median when the undirected walk
is made once and reused), three distinct paths (median, reusing the walk; and
one call that builds it), and betweenness estimated from a sample of k source
nodes. It prints the 1-minute load average and the peak RSS with them.

The data come from a small generator below, shaped as the loaders write:
people, parties, constituencies, offices; memberships, leaderships,
representations and office holdings with date nodes at day, month or year
precision; events with evidence; one named graph per ~100 people. When the
team's shared generator (bench/synthetic.py) is present, it is used instead,
and the output says which one ran (generator=shared|local).
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
from datetime import date, timedelta
from pathlib import Path

import pyoxigraph as ox
from rdflib import URIRef

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from polkg.graph.centrality import rank  # noqa: E402
from polkg.graph.dates import DateInterval  # noqa: E402
from polkg.graph.network import project, undirected  # noqa: E402
from polkg.graph.paths import find_paths  # noqa: E402
from polkg.graph.store import OxigraphStore  # noqa: E402
from polkg.ontology import ID, POL  # noqa: E402

RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
_N = {}


def term(iri) -> ox.NamedNode:
    node = _N.get(iri)
    if node is None:
        node = _N[iri] = ox.NamedNode(str(iri))
    return node


def synthetic_quads(target_triples: int, seed: int = 1):
    """Yield (graph IRI, quads) per document until about `target_triples` quads."""
    rng = random.Random(seed)
    parties = [term(ID[f"party/p{i}"]) for i in range(20)]
    seats = [term(ID[f"constituency/c{i}"]) for i in range(650)]
    offices = [term(ID[f"office/o{i}"]) for i in range(120)]
    events = [POL.Elected, POL.Defeated, POL.Appointed, POL.Resigned, POL.Joined, POL.Left,
              POL.Suspended, POL.Expelled]
    dates_done: set[str] = set()
    total, person, doc_number = 0, 0, 0

    def date_node(quads, graph):
        day = date(1950, 1, 1) + timedelta(days=rng.randrange(75 * 365))
        text = rng.choice([day.isoformat(), day.isoformat()[:7], day.isoformat()[:4]])
        interval = DateInterval.parse(text)
        if text not in dates_done:
            dates_done.add(text)
            quads += [ox.Quad(term(s), term(p), _literal(o), graph)
                      for s, p, o in interval.triples()]
        return term(interval.iri)

    def fact(quads, graph, kind, cls, props, dates=(POL.start, POL.end)):
        node = term(ID[f"{kind}/{len(quads)}-{doc_number}"])
        evidence = term(ID[f"evidence/{len(quads)}-{doc_number}"])
        quads += [ox.Quad(node, RDF_TYPE, term(cls), graph),
                  ox.Quad(node, LABEL, ox.Literal(f"{kind} {len(quads)}"), graph),
                  ox.Quad(node, term(POL.evidence), evidence, graph),
                  ox.Quad(evidence, RDF_TYPE, term(POL.Evidence), graph),
                  ox.Quad(evidence, term(POL.sourceDocument), graph, graph),
                  ox.Quad(evidence, term(POL.recordLocator), ox.Literal("line 1"), graph),
                  ox.Quad(evidence, term(POL.confidence), ox.Literal("1.0", datatype=ox.NamedNode(
                      "http://www.w3.org/2001/XMLSchema#decimal")), graph)]
        quads += [ox.Quad(node, term(p), o, graph) for p, o in props]
        first, *then = dates
        quads.append(ox.Quad(node, term(first), date_node(quads, graph), graph))
        if then and rng.random() < 0.5:
            quads.append(ox.Quad(node, term(then[0]), date_node(quads, graph), graph))

    while total < target_triples:
        graph = term(ID[f"doc/synthetic-{doc_number}"])
        quads = [ox.Quad(graph, RDF_TYPE, term(POL.SourceDocument), graph),
                 ox.Quad(graph, term(POL.fileName), ox.Literal(f"synthetic-{doc_number}.json"),
                         graph),
                 ox.Quad(graph, term(POL.contentHash), ox.Literal(f"synthetic-{doc_number}"),
                         graph)]
        if doc_number == 0:
            for kind, nodes, cls in (("party", parties, POL.Party),
                                     ("constituency", seats, POL.Constituency),
                                     ("office", offices, POL.Office)):
                for i, node in enumerate(nodes):
                    quads += [ox.Quad(node, RDF_TYPE, term(cls), graph),
                              ox.Quad(node, LABEL, ox.Literal(f"{kind} {i}"), graph)]
        for _ in range(100):
            me = term(ID[f"person/s{person}"])
            quads += [ox.Quad(me, RDF_TYPE, term(POL.Person), graph),
                      ox.Quad(me, LABEL, ox.Literal(f"Person {person}"), graph)]
            for _ in range(rng.choice((1, 1, 2))):
                fact(quads, graph, "membership", POL.Membership,
                     [(POL.member, me), (POL.organization, rng.choice(parties))])
            if rng.random() < 0.3:
                fact(quads, graph, "representation", POL.Representation,
                     [(POL.representative, me), (POL.constituency, rng.choice(seats))])
            if rng.random() < 0.15:
                fact(quads, graph, "officeholding", POL.OfficeHolding,
                     [(POL.holder, me), (POL.office, rng.choice(offices))])
            if rng.random() < 0.01:
                fact(quads, graph, "leadership", POL.Leadership,
                     [(POL.leader, me), (POL.organization, rng.choice(parties))])
            if rng.random() < 0.4:
                fact(quads, graph, "event", rng.choice(events),
                     [(POL.agent, me), (POL.object, rng.choice(parties + seats + offices))],
                     dates=(POL.date,))
            person += 1
        total += len(quads)
        doc_number += 1
        yield graph, quads


def _literal(value) -> ox.Literal | ox.NamedNode:
    from rdflib import Literal, URIRef

    if isinstance(value, URIRef):
        return term(value)
    assert isinstance(value, Literal)
    if value.datatype is not None:
        return ox.Literal(str(value), datatype=ox.NamedNode(str(value.datatype)))
    return ox.Literal(str(value))


def documents(triples: int):
    """(graph, quads) per document: from the team's bench/synthetic.py when it is there,
    else from synthetic_quads above. Returns the generator's name too."""
    try:
        from synthetic import generate
    except ImportError:
        return "local", synthetic_quads(triples)
    lines = "\n".join(generate(triples, seed=1)).encode("utf-8")
    by_graph: dict[ox.NamedNode, list[ox.Quad]] = {}
    for quad in ox.parse(lines, format=ox.RdfFormat.N_QUADS):
        by_graph.setdefault(quad.graph_name, []).append(quad)
    return "shared", iter(by_graph.items())


def measure(triples: int, samples: int, betweenness_k: int) -> dict:
    store = OxigraphStore(None)
    started = time.perf_counter()
    generator, batches = documents(triples)
    for graph, quads in batches:
        store.write_document(URIRef(graph.value), quads)
    loaded = time.perf_counter() - started
    out = {"generator": generator, "triples": len(store), "load_s": loaded}

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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--triples", type=int, action="append",
                        help="graph size (repeatable; default 100000 and 1000000)")
    parser.add_argument("--samples", type=int, default=200, help="shortest paths to time")
    parser.add_argument("--k", type=int, default=100, help="betweenness sample size")
    args = parser.parse_args()
    for size in args.triples or [100_000, 1_000_000]:
        result = measure(size, args.samples, args.k)
        print(" ".join(f"{k}={v:.3f}" if isinstance(v, float) else f"{k}={v}"
                       for k, v in result.items()), flush=True)


if __name__ == "__main__":
    main()
