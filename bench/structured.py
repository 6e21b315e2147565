"""Structured loaders: persons per second on a generated Popolo file.

Generates an EveryPolitician-shaped Popolo file of N persons (default 100,000;
each with a Wikidata id, a birth date, an alias, one legislature membership on
behalf of one of 12 parties for one of 650 constituencies), then measures:
  - map: PopoloLoader turning the file into triples (no store);
  - load: KnowledgeGraph.load into a fresh store (map + write), in memory and on disk.
Each line gives wall-clock time and this process's CPU time: on a shared machine
the wall clock includes waiting for the CPU; CPU time does not (nor disk waits).
Run:  .venv/bin/python bench/structured.py [--persons N]
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
import uuid
from pathlib import Path

from polkg import KnowledgeGraph
from polkg.loaders import LoadContext, Source
from polkg.loaders.popolo import PopoloLoader


def generate(persons: int, path: Path) -> None:
    parties = [{"id": f"party-{i}", "name": f"Party {i}", "classification": "party",
                "identifiers": [{"scheme": "wikidata", "identifier": f"Q{800000 + i}"}]}
               for i in range(12)]
    legislature = {"id": "leg", "name": "Generated Assembly", "classification": "legislature"}
    areas = [{"id": f"area-{i}", "name": f"Seat {i}", "type": "constituency"} for i in range(650)]
    people, memberships = [], []
    for i in range(persons):
        pid = str(uuid.UUID(int=i + 1))
        people.append({"id": pid, "name": f"Person {i} Example", "gender": "female",
                       "birth_date": f"{1940 + i % 60}-{1 + i % 12:02d}",
                       "other_names": [{"name": f"P. {i} Example"}],
                       "identifiers": [{"scheme": "wikidata", "identifier": f"Q{10_000_000 + i}"}]})
        memberships.append({"person_id": pid, "organization_id": "leg",
                            "on_behalf_of_id": f"party-{i % 12}", "area_id": f"area-{i % 650}",
                            "start_date": f"{2000 + i % 20}-05-0{1 + i % 9}", "role": "member"})
    data = {"persons": people, "organizations": [legislature, *parties], "areas": areas,
            "memberships": memberships, "events": [], "posts": []}
    path.write_text(json.dumps(data), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--persons", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "generated-popolo.json"
        generate(args.persons, path)
        size = path.stat().st_size / 1e6
        source = Source(path, path.read_bytes())

        started, cpu = time.perf_counter(), time.process_time()
        (document,) = PopoloLoader().read([source], LoadContext(None))
        mapped = time.perf_counter() - started, time.process_time() - cpu
        triples = len(document.triples)

        loaded = {}
        for store in (":memory:", Path(tmp) / "store"):
            with KnowledgeGraph(store) as kg:
                started, cpu = time.perf_counter(), time.process_time()
                report = kg.load([path])
                loaded["memory" if store == ":memory:" else "disk"] = (
                    time.perf_counter() - started, time.process_time() - cpu)
            assert not report.failed, report.failed

    n = args.persons
    print(f"file: {n:,} persons, {size:.1f} MB, {triples:,} triples")
    rows = {"map (PopoloLoader, no store)": mapped,
            **{f"load (map + {where} store)": times for where, times in loaded.items()}}
    print(f"{'':31s} {'wall s':>8s} {'persons/s':>10s} {'CPU s':>8s} {'persons/CPU s':>14s}")
    for label, (wall, cpu) in rows.items():
        print(f"{label:31s} {wall:8.1f} {n / wall:10,.0f} {cpu:8.1f} {n / cpu:14,.0f}")


if __name__ == "__main__":
    main()
