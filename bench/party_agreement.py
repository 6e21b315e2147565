"""party_on_date against the source files, for every MP at three dates per term (issue 11,
item 6): the House of Commons Library results files and the EveryPolitician term files
52-57 loaded together, then, for each member of each term file at a quarter, half and three
quarters through the term, the parties `party_on_date` lists (certain or carried) compared
with the parties the member's rows give for that day ("Independent" and "Speaker": none).

Prints the agreement and the first disagreements, grouped by kind (a party missing, a party
the file does not give).
Run:  .venv/bin/python bench/party_agreement.py [DATA_DIR]   (default ../shared/data)
"""

from __future__ import annotations

import csv
import sys
import time
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

from rdflib import Literal

from polkg import KnowledgeGraph
from polkg.loaders.csvfile import parliaments
from polkg.loaders.parties import canonical_party, is_party

ROOT = Path(__file__).resolve().parent.parent
_BY_ID = "SELECT DISTINCT ?p WHERE { ?p a pol:Person ; pol:externalId ?id }"


def expected(path: Path) -> dict[tuple[str, str], set[str]]:
    """(EveryPolitician id, day) -> the parties the file gives that member on that day."""
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    term = next(p for p in parliaments() if p.number == int(rows[0]["term"]))
    span = (term.dissolution - term.election).days
    days = [date.fromordinal(term.election.toordinal() + span * q // 4) for q in (1, 2, 3)]
    wanted: dict[tuple[str, str], set[str]] = defaultdict(set)
    for row in rows:
        first = date.fromisoformat(row["start_date"] or term.election.isoformat())
        last = date.fromisoformat(row["end_date"] or term.dissolution.isoformat())
        for day in days:
            key = (row["id"], day.isoformat())
            if first <= day <= last:
                wanted[key] |= {canonical_party(row["group"]).name} if is_party(row["group"]) \
                    else set()
            else:
                wanted.setdefault(key, set())
    # A member out of the House on that day (before a by-election, after a death) is not asked.
    sitting = {(i, d) for row in rows for (i, d) in wanted if i == row["id"]
               and (row["start_date"] or "0") <= d <= (row["end_date"] or "9")}
    return {k: v for k, v in wanted.items() if k in sitting}


def main() -> None:
    data = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "data"
    terms = sorted(data.glob("everypolitician-uk-commons-term-*.csv"))
    with KnowledgeGraph(":memory:") as kg:
        kg.load([*sorted(data.glob("HoC-GE20*-results-by-constituency.csv")), *terms])
        started, outcome, wrong = time.perf_counter(), Counter(), defaultdict(list)
        for path in terms:
            for (ident, day), parties in sorted(expected(path).items()):
                (person,) = kg.query(_BY_ID, {"id": Literal(f"everypolitician:{ident}")}).rows
                listed = {str(r["label"]) for r in kg.run("party_on_date", person=str(person[0]),
                                                          date=day).dicts()}
                kind = ("agree" if listed == parties else "missing" if listed < parties
                        else "extra" if parties < listed else "other")
                outcome[kind] += 1
                wrong[kind].append(f"{path.stem[-7:]} {ident[:8]} {day}: file {sorted(parties)}, "
                                   f"party_on_date {sorted(listed)}")
        total = sum(outcome.values())
        print(f"{total} checks (members x 3 dates x {len(terms)} terms) in "
              f"{time.perf_counter() - started:.0f} s: agreement {outcome['agree'] / total:.2%}")
        for kind in ("missing", "extra", "other"):
            print(f"{kind}: {outcome[kind]}")
            for line in wrong[kind][:8]:
                print("   ", line)


if __name__ == "__main__":
    main()
