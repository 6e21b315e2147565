"""Blind rounds on real published news: draw articles at random, score the first run once.

A round is a folder bench/blind-rounds/round-NN/ holding:

- articles.txt: the archive files drawn for it, one name a line. `draw` picks
  them with random.Random(NN) from the archive's files not drawn by an
  earlier round, so the same round number always draws the same articles;
- gold/<name>.gold.json: the facts, written to FORMAT.md by someone who has
  not run the loader on these articles (before `score` is ever run);
- first-contact.json: what `polkg eval` said the first time the round was
  scored, with the commit it ran on. `score` writes it once and refuses to
  overwrite it; later runs print their figures without recording them.

The archive's texts stay outside the project: `draw` copies the drawn
articles to a work folder (by default ../blind-work/round-NN beside the
checkout), and only names and gold facts are kept here.

    .venv/bin/python bench/blind_round.py draw 11 --size 8
    .venv/bin/python bench/blind_round.py score 11
    .venv/bin/python bench/blind_round.py summary
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ROUNDS = ROOT / "bench" / "blind-rounds"
ARCHIVE = ROOT.parent / "shared" / "corpus" / "archive" / "news"
WORK = ROOT.parent / "blind-work"
MEASURES = ("entities", "events", "events_with_dates", "relations", "relations_with_dates")


def round_dir(number: int) -> Path:
    return ROUNDS / f"round-{number:02d}"


def drawn_before(number: int) -> set[str]:
    """Every archive file an earlier (or the same) round has drawn."""
    taken = set()
    for listing in ROUNDS.glob("round-*/articles.txt"):
        if listing.parent != round_dir(number):
            taken.update(listing.read_text(encoding="utf-8").split())
    return taken


def draw(number: int, size: int, archive: Path, work: Path) -> list[str]:
    """The round's articles: drawn once, then read back from articles.txt."""
    listing = round_dir(number) / "articles.txt"
    if listing.exists():
        names = listing.read_text(encoding="utf-8").split()
    else:
        pool = sorted(p.name for p in archive.glob("*.txt") if p.name not in drawn_before(number))
        if len(pool) < size:
            sys.exit(f"only {len(pool)} undrawn articles left in {archive}")
        names = sorted(random.Random(number).sample(pool, size))
        listing.parent.mkdir(parents=True, exist_ok=True)
        listing.write_text("".join(f"{name}\n" for name in names), encoding="utf-8")
    target = work / f"round-{number:02d}"
    target.mkdir(parents=True, exist_ok=True)
    for name in names:
        shutil.copy2(archive / name, target / name)
    return names


def evaluate(number: int, work: Path) -> dict:
    """`polkg eval --format json` over the round's gold and its copied articles."""
    gold, docs = round_dir(number) / "gold", work / f"round-{number:02d}"
    if not any(gold.glob("*.gold.json")):
        sys.exit(f"no gold files in {gold}: write the gold before scoring")
    done = subprocess.run([sys.executable, "-m", "polkg.cli", "eval", str(gold), "--docs",
                           str(docs), "--format", "json"], capture_output=True, text=True,
                          check=False)
    if done.returncode != 0:
        sys.exit(done.stderr or done.stdout)
    return json.loads(done.stdout)


def commit() -> str:
    done = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
                          capture_output=True, text=True, check=False)
    return done.stdout.strip() or "unknown"


def score(number: int, work: Path) -> dict:
    result = evaluate(number, work)
    first = round_dir(number) / "first-contact.json"
    if first.exists():
        print(f"{first} is already recorded; this run is not", file=sys.stderr)
    else:
        record = {"round": number, "commit": commit(), "micro": _micro(result)}
        first.write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
    return result


def _micro(result: dict) -> dict:
    return {m: {k: result[m][k] for k in ("tp", "fp", "fn")} for m in MEASURES}


def _f1(counts: dict) -> tuple[float, float, float]:
    tp, fp, fn = counts["tp"], counts["fp"], counts["fn"]
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def summary() -> None:
    """Every round's first contact, and their sum (micro): the estimate for unseen text."""
    total = {m: {"tp": 0, "fp": 0, "fn": 0} for m in MEASURES}
    print("round  " + "  ".join(f"{m:>22}" for m in MEASURES))
    for first in sorted(ROUNDS.glob("round-*/first-contact.json")):
        record = json.loads(first.read_text(encoding="utf-8"))
        cells = []
        for m in MEASURES:
            for k in ("tp", "fp", "fn"):
                total[m][k] += record["micro"][m][k]
            cells.append("{:.3f} ({}/{}/{})".format(_f1(record["micro"][m])[2],
                                                     *record["micro"][m].values()))
        print(f"{record['round']:>5}  " + "  ".join(f"{c:>22}" for c in cells))
    cells = ["{2:.3f} P{0:.2f} R{1:.2f}".format(*_f1(total[m])) for m in MEASURES]
    print("  all  " + "  ".join(f"{c:>22}" for c in cells))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    drawing = sub.add_parser("draw", help="draw a round's articles, copy them to the work folder")
    drawing.add_argument("round", type=int)
    drawing.add_argument("--size", type=int, default=8)
    scoring = sub.add_parser("score", help="score a round (its first run is recorded)")
    scoring.add_argument("round", type=int)
    sub.add_parser("summary", help="every round's first contact and their micro sum")
    for command in (drawing, scoring):
        command.add_argument("--archive", type=Path, default=ARCHIVE)
        command.add_argument("--work", type=Path, default=WORK)
    args = parser.parse_args()
    if args.command == "draw":
        for name in draw(args.round, args.size, args.archive, args.work):
            print(args.work / f"round-{args.round:02d}" / name)
    elif args.command == "score":
        result = score(args.round, args.work)
        for m in MEASURES:
            p, r, f = _f1(result[m])
            print(f"{m:>22}  P {p:.3f}  R {r:.3f}  F1 {f:.3f}  "
                  f"({result[m]['tp']}/{result[m]['fp']}/{result[m]['fn']})")
    else:
        summary()


if __name__ == "__main__":
    main()
