"""Identity and membership evidence on the real UK Commons data: the 2019 and 2024 results
files and the EveryPolitician term files 52-57 (and, with --news DIR, articles).

Loads them into one in-memory store, then reports: the load's time and size; persons, and
persons holding two EveryPolitician ids (a wrong merge: should be 0); whether the sitting
MPs issue 11 found split are one node each, and father and son Paisley two; the pairs
`polkg duplicates` lists, by type; `members_of` Labour on 2024-08-01 (411 MPs, carried from
polling day) and 2024-07-04 (known); the time of one more identity pass over the store.
With --news, also prints every pair `polkg duplicates` lists, for reading.
Run:  .venv/bin/python bench/identity.py [DATA_DIR] [--news DIR]   (default ../shared/data)
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from pathlib import Path

from polkg import KnowledgeGraph
from polkg.graph.identity.merge import merge_known_duplicates

ROOT = Path(__file__).resolve().parent.parent
ONE_NODE = [("Ed Davey", "Edward Davey"), ("John McDonnell", "John Martin McDonnell"),
            ("Steve Baker", "Steven Baker"), ("Christian Matheson", "Chris Matheson")]
_TWO_IDS = """
SELECT (COUNT(*) AS ?n) WHERE { { SELECT ?p WHERE { ?p a pol:Person ; pol:externalId ?x
  FILTER STRSTARTS(?x, "everypolitician:") } GROUP BY ?p HAVING (COUNT(DISTINCT ?x) > 1) } }"""
_PAISLEYS = """
SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a pol:Person ; pol:externalId ?x .
  ?p rdfs:label|pol:alias ?name FILTER STRSTARTS(?name, "Ian Paisley") }"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--news", type=Path, help="a folder of articles to load as well")
    args = parser.parse_args()
    files = [*sorted(args.data.glob("HoC-GE20*-results-by-constituency.csv")),
             *sorted(args.data.glob("everypolitician-uk-commons-term-*.csv"))]
    files += [args.news] if args.news else []
    with KnowledgeGraph(":memory:") as kg:
        started = time.perf_counter()
        report = kg.load(files)
        print(f"load: {len(report.loaded)} documents, {report.triples_added} triples, "
              f"{time.perf_counter() - started:.1f} s; failed: {len(report.failed)}")
        print(f"persons: {kg.stats()['persons']}; with two EveryPolitician ids: "
              f"{int(kg.query(_TWO_IDS).rows[0][0])}")
        for a, b in ONE_NODE:
            print(f"one node: {a} / {b}: {kg.resolve(a) == kg.resolve(b)}")
        print(f"Ian Paisley nodes with EveryPolitician ids (father, son): "
              f"{int(kg.query(_PAISLEYS).rows[0][0])}")
        started = time.perf_counter()
        pairs = kg.duplicates()
        print(f"duplicates: {dict(Counter(p.type for p in pairs))}, "
              f"{time.perf_counter() - started:.1f} s")
        for pair in pairs if args.news else ():
            print(f"  {pair.score:3d} {pair.type}: {pair.a_label} | {pair.b_label} | "
                  f"{'; '.join(pair.evidence_for)} | {'; '.join(pair.evidence_against)}")
        for date in ("2024-07-04", "2024-08-01"):
            rows = list(kg.run("members_of", party="Labour", date=date).dicts())
            certain = sum(r["certain"].toPython() for r in rows)
            print(f"members_of Labour {date}: {len(rows)} ({certain} certain)")
        started = time.perf_counter()
        merged = merge_known_duplicates(kg.store)
        print(f"identity pass on the loaded store: {time.perf_counter() - started:.1f} s, "
              f"{len(merged)} more merges")


if __name__ == "__main__":
    main()
