"""Write loaders/news/data/constituencies.txt from the House of Commons results files and
EveryPolitician's Commons terms.

Usage: python bench/build_constituencies.py [DATA_DIR]   (default ../shared/data)

One official constituency name a line, sorted: the 650 seats of 2024, the 2019 names that
the 2024 boundary review retired, and the seats of the parliaments of 1997-2019 (the
`area` of EveryPolitician's term files 52-57, described as CC0), so older articles link
too ("Brent South", "Dunfermline East" in a 2005 report).
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "loaders" / "news" / "data" / "constituencies.txt"
FILES = ("HoC-GE2024-results-by-constituency.csv", "HoC-GE2019-results-by-constituency.csv")
TERMS = "everypolitician-uk-commons-term-5[2-7].csv"


def constituency_names(data_dir: Path) -> list[str]:
    names: set[str] = set()
    for name in FILES:
        with (data_dir / name).open(newline="", encoding="utf-8-sig") as f:
            names.update(row["Constituency name"].strip() for row in csv.DictReader(f))
    older: set[str] = set()
    for path in sorted(data_dir.glob(TERMS)):
        with path.open(newline="", encoding="utf-8") as f:
            older.update(row["area"].strip() for row in csv.DictReader(f))
    known = {n.lower() for n in names}  # ("City of Chester": the results' "City Of Chester")
    older = {n for n in older if n.lower() not in known}
    # the old official "Sheffield, Brightside" is "Sheffield Brightside" in the papers
    names |= older | {n.replace(",", "") for n in older}
    # 2019 spelt some seats "Brighton, Pavilion"; keep one spelling where 2024 has the other.
    names = {n for n in names if n and not ("," in n and n.replace(",", "") in names)}
    return sorted(names)


def main() -> None:
    data_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "data"
    names = constituency_names(data_dir)
    OUT.write_text("\n".join(names) + "\n", encoding="utf-8")
    print(f"{len(names)} constituencies -> {OUT.relative_to(ROOT)}", file=sys.stderr)


if __name__ == "__main__":
    main()
