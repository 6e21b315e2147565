"""Write loaders/news/data/constituencies.txt from the House of Commons results files.

Usage: python bench/build_constituencies.py [DATA_DIR]   (default ../shared/data)

One official constituency name a line, sorted: the 650 seats of 2024 plus the
2019 names that the 2024 boundary review retired, so older articles link too.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "loaders" / "news" / "data" / "constituencies.txt"
FILES = ("HoC-GE2024-results-by-constituency.csv", "HoC-GE2019-results-by-constituency.csv")


def constituency_names(data_dir: Path) -> list[str]:
    names: set[str] = set()
    for name in FILES:
        with (data_dir / name).open(newline="", encoding="utf-8-sig") as f:
            names.update(row["Constituency name"].strip() for row in csv.DictReader(f))
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
