"""Write loaders/news/data/public_figures.tsv: people the news loader knows by name.

Usage: python bench/build_public_figures.py [DATA_DIR]   (default ../shared/data)

One person a line, `name<TAB>gender` (m, f or empty), sorted: every MP elected
at the UK general elections of 2019 and 2024 (House of Commons Library results
files, Open Parliament Licence v3.0: "Member first name", "Member surname",
"Member gender"), every member of the Commons from 1997 to 2019
(EveryPolitician's term-52 to term-57 files, mySociety, which describes its
data as CC0; the copies carry no licence file), and every holder in
loaders/news/data/office_holders.csv (prime ministers, great offices, first
ministers, party leaders). The entity
ruler types these names as people ahead of the small model's guesses, and
pronouns read their gender.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "loaders" / "news" / "data"
OUT = DATA / "public_figures.tsv"
FILES = ("HoC-GE2024-results-by-constituency.csv", "HoC-GE2019-results-by-constituency.csv")
GENDERS = {"male": "m", "female": "f"}


def public_figures(data_dir: Path) -> dict[str, str]:
    people: dict[str, str] = {}
    for name in FILES:
        with (data_dir / name).open(newline="", encoding="utf-8-sig") as f:
            for row in csv.DictReader(f):
                full = f"{row['Member first name'].strip()} {row['Member surname'].strip()}"
                people[full] = GENDERS.get(row["Member gender"].strip().lower(), "")
    for path in sorted(data_dir.glob("everypolitician-uk-commons-term-*.csv")):
        with path.open(newline="", encoding="utf-8-sig") as f:
            for row in csv.DictReader(f):
                people.setdefault(row["name"].strip(), GENDERS.get(row["gender"].strip(), ""))
    with (DATA / "office_holders.csv").open(newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            people.setdefault(row["holder"], "")
    return people


def main() -> None:
    data_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "data"
    people = public_figures(data_dir)
    OUT.write_text("".join(f"{n}\t{g}\n" for n, g in sorted(people.items())), encoding="utf-8")
    print(f"{len(people)} people -> {OUT.relative_to(ROOT)}", file=sys.stderr)


if __name__ == "__main__":
    main()
