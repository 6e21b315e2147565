"""Loading and querying through a remote SPARQL server, beside the embedded store.

Starts an Oxigraph server (and Virtuoso where installed) the way the tests do,
then measures, for each store: loading DOCS small documents (one update request
each), loading one document of BIG quads (staged in batches, then moved), and
running the party_on_date named query REPEAT times.

    .venv/bin/python bench/remote_store.py [--docs 200] [--big 50000] [--repeat 50]
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from polkg import KnowledgeGraph  # noqa: E402
from tests.servers import OxigraphServer, VirtuosoServer  # noqa: E402

PERSON = """@prefix pol: <https://w3id.org/polkg/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix id: <https://w3id.org/polkg/id/> .
id:person\\/p{i} a pol:Person ; rdfs:label "Person {i}" ; pol:alias "P{i}" .
id:membership\\/m{i} a pol:Membership ; rdfs:label "Person {i} in the Labour Party" ;
    pol:member id:person\\/p{i} ; pol:organization id:party\\/labour-party ;
    pol:start id:date\\/1990 .
"""


def write_inputs(folder: Path, docs: int, big: int) -> tuple[list[Path], Path]:
    small = []
    for i in range(docs):
        path = folder / f"doc{i}.ttl"
        path.write_text(PERSON.format(i=i) + "".join(
            f'id:person\\/p{i} rdfs:comment "note {j} on person {i}" .\n' for j in range(40)))
        small.append(path)
    large = folder / "big.nt"
    large.write_text("".join(f'<http://example.org/s{n}> <http://example.org/p> "value {n}" .\n'
                             for n in range(big)))
    return small, large


def measure(name: str, kg: KnowledgeGraph, small: list[Path], large: Path, example: Path,
            repeat: int) -> None:
    kg.load([example])
    start = time.perf_counter()
    report = kg.load(small)
    took = time.perf_counter() - start
    print(f"{name:16} load {len(small)} docs ({report.triples_added} quads): {took:6.2f} s, "
          f"{len(small) / took:7.1f} docs/s")
    start = time.perf_counter()
    report = kg.load([large])
    took = time.perf_counter() - start
    print(f"{name:16} load 1 doc of {report.triples_added} quads: {took:6.2f} s, "
          f"{report.triples_added / took:9.0f} quads/s")
    start = time.perf_counter()
    for _ in range(repeat):
        kg.run("party_on_date", person="Jeremy Corbyn", date="2019-06-01")
    took = time.perf_counter() - start
    print(f"{name:16} party_on_date x{repeat}: {1000 * took / repeat:6.1f} ms each")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--big", type=int, default=50000)
    parser.add_argument("--repeat", type=int, default=50)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="polkg-bench-"))
    try:
        small, large = write_inputs(work, args.docs, args.big)
        example = ROOT / "examples" / "labour-leadership.ttl"
        with KnowledgeGraph(work / "embedded") as kg:
            measure("embedded (disk)", kg, small, large, example, args.repeat)
        servers = [("oxigraph server", lambda d: OxigraphServer(d))]
        if shutil.which("virtuoso-t"):
            servers.append(("virtuoso", lambda d: VirtuosoServer(d)))
        for name, start in servers:
            folder = work / name.replace(" ", "-")
            folder.mkdir()
            server = start(folder)
            try:
                measure(name, KnowledgeGraph(server.store()), small, large, example, args.repeat)
            finally:
                server.stop()
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
