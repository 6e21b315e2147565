"""The entity page's cost: `kg.entity` (timeline, evidence, relations) for a person and a party,
and the timeline queries it runs, on bench/endpoint.py's synthetic graph.

    python -m bench.entity --persons 2000 --runs 200

Prints the median of each over --runs runs (the party's over a tenth of them).
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from bench.endpoint import synthetic_graph
from polkg import KnowledgeGraph


def median_ms(call, runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        call()
        times.append(time.perf_counter() - started)
    return 1000 * statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--persons", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="polkg-entity-") as tmp:
        data = Path(tmp) / "bench-data.nt"
        synthetic_graph(args.persons).serialize(data, format="nt", encoding="utf-8")
        with KnowledgeGraph(Path(tmp) / "store") as kg:
            kg.load([data])
            person = str(kg.resolve("Bench Person 7"))
            party = str(kg.query("SELECT ?p WHERE { ?p a pol:Party } ORDER BY ?p LIMIT 1")
                        .rows[0][0])
            party_runs = max(args.runs // 10, 3)
            entries = len(kg.timeline(party).entries)
            print("| what | median ms |\n| --- | ---: |")
            for name, call, runs in (
                    ("person_timeline", lambda: kg.run("person_timeline", person=person),
                     args.runs),
                    ("party_timeline", lambda: kg.run("party_timeline", party=party), party_runs),
                    ("kg.entity(person)", lambda: kg.entity(person), args.runs),
                    (f"kg.entity(party: {entries} entries)", lambda: kg.entity(party),
                     party_runs)):
                print(f"| {name} | {median_ms(call, runs):.1f} |")


if __name__ == "__main__":
    main()
