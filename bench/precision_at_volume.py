"""Precision at volume: load the whole real archive, draw events and relations, judge them.

Issue 10's second measure. The blind rounds score a few articles against gold
written beforehand (precision and recall); this one asks how many of the facts
the news loader puts in the graph from a large folder of real reporting are
right, by drawing them at random and judging each against its sentence:

- `load` runs `polkg --store <work>/store load <archive>` (the archive is
  ../shared/corpus/archive/news; polkg skips files it has already stored, so a
  second run only loads what changed). It measures the loader Python imports:
  the checkout's, with a warning when its files differ from the commit, or a
  copy of one commit put first on PYTHONPATH;
- `draw` reads every event (a pol:Event subclass) and every tenure (memberOf,
  leaderOf, holdsOffice, represents) that the news loader extracted, sorts
  them by IRI, draws N of each with random.Random(seed), prints them with
  their evidence sentences and writes <work>/sample-seed<S>.tsv (with the
  sentences) and <work>/judgements-seed<S>.tsv (the same rows without the
  sentences; verdict, date_ok, cause and reason left blank for the judge);
- `summary JUDGEMENTS.tsv` prints the judged precision per kind, per type and
  per extractor rule, and the precision of the events' dates.

The archive's sentences never enter the project: the store, the sample and
the blank judgement sheet live in a work folder outside the checkout (by
default ../volume-work). A filled-in sheet, which holds ids, labels, rule
names and verdicts with reasons in the judge's own words, is kept as
bench/volume-judgements/<date>-seed<S>.tsv. A verdict is `ok` or `wrong`
(FORMAT.md's rules: an event is wrong if its type, agent or object is wrong,
if the text hedges, denies or makes it conditional, or if its date is wrong;
date_ok says yes, no or none for the date alone, n/a when the event is wrong
anyway; cause is a short tag that groups the wrong facts for the fixes). A
relation is wrong if the text neither states nor directly implies it.

    .venv/bin/python bench/precision_at_volume.py load
    .venv/bin/python bench/precision_at_volume.py draw --seed 1 --size 100
    .venv/bin/python bench/precision_at_volume.py summary \
        bench/volume-judgements/2026-12-03-seed1.tsv
"""

from __future__ import annotations

import argparse
import csv
import math
import random
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARCHIVE = ROOT.parent / "shared" / "corpus" / "archive" / "news"
WORK = ROOT.parent / "volume-work"

SAMPLE_COLUMNS = ("id", "kind", "type", "agent", "object", "date", "start", "end", "published",
                  "document", "rule", "confidence", "evidence_count", "char_start", "sentence",
                  "iri")
JUDGEMENT_COLUMNS = ("id", "kind", "type", "agent", "object", "date", "document", "rule",
                     "verdict", "date_ok", "cause", "reason")

# Every news event with its evidence, labels read in the article's own graph (one row per
# event and evidence; an event stated in two sentences has two evidence nodes).
EVENTS = """
SELECT ?fact ?type ?agent ?object ?date ?reason ?published ?file ?rule ?confidence ?start
       ?sentence
WHERE {
  ?doc pol:loader "news" ; pol:fileName ?file .
  GRAPH ?doc { ?fact a ?class ; pol:evidence ?ev .
               ?ev pol:sentence ?sentence ; pol:extractor ?rule ; pol:confidence ?confidence ;
                   pol:charStart ?start . }
  ?class rdfs:subClassOf pol:Event .
  BIND (STRAFTER(STR(?class), STR(pol:)) AS ?type)
  OPTIONAL { GRAPH ?doc { ?fact pol:agent ?a . ?a rdfs:label ?agent } }
  OPTIONAL { GRAPH ?doc { ?fact pol:object ?o . ?o rdfs:label ?object } }
  OPTIONAL { GRAPH ?doc { ?fact pol:date ?d . ?d rdfs:label ?date } }
  OPTIONAL { GRAPH ?doc { ?fact pol:dateUnknownReason ?reason } }
  OPTIONAL { GRAPH ?doc { ?doc pol:publicationDate ?p . ?p rdfs:label ?published } }
}"""

# Every news tenure with its evidence, as the relations of readback.py and
# queries/document_relations.rq.
RELATIONS = """
SELECT ?fact ?type ?agent ?object ?tstart ?tend ?published ?file ?rule ?confidence ?start
       ?sentence
WHERE {
  ?doc pol:loader "news" ; pol:fileName ?file .
  GRAPH ?doc {
    { ?fact a pol:Membership ; pol:member ?s ; pol:organization ?o . BIND ("memberOf" AS ?type) }
    UNION
    { ?fact a pol:Leadership ; pol:leader ?s ; pol:organization ?o . BIND ("leaderOf" AS ?type) }
    UNION
    { ?fact a pol:OfficeHolding ; pol:holder ?s ; pol:office ?o . BIND ("holdsOffice" AS ?type) }
    UNION
    { ?fact a pol:Representation ; pol:representative ?s ; pol:constituency ?o .
      BIND ("represents" AS ?type) }
    ?s rdfs:label ?agent .
    ?o rdfs:label ?object .
    ?fact pol:evidence ?ev .
    ?ev pol:sentence ?sentence ; pol:extractor ?rule ; pol:confidence ?confidence ;
        pol:charStart ?start .
  }
  OPTIONAL { GRAPH ?doc { ?fact pol:start ?st . ?st rdfs:label ?tstart } }
  OPTIONAL { GRAPH ?doc { ?fact pol:end ?en . ?en rdfs:label ?tend } }
  OPTIONAL { GRAPH ?doc { ?doc pol:publicationDate ?p . ?p rdfs:label ?published } }
}"""


def load(store: Path, archive: Path) -> None:
    """`polkg load` the archive into the store (files already stored are skipped)."""
    if not archive.is_dir():
        sys.exit(f"no archive folder {archive}")
    store, archive = store.resolve(), archive.resolve()
    store.parent.mkdir(parents=True, exist_ok=True)
    n = len(list(archive.glob("*.txt")))
    # Run from the work folder: `python -m` puts the current folder first on sys.path, and
    # the checkout's top folder holds a polkg/ that would shadow a PYTHONPATH copy.
    where = subprocess.run([sys.executable, "-c", "import polkg.loaders.news as n; "
                            "print(n.__file__)"], cwd=store.parent, capture_output=True,
                           text=True, check=True).stdout.strip()
    print(f"loading {n} articles from {archive} into {store} with the loader in {where} "
          f"(checkout at {_commit()})", file=sys.stderr)
    dirty = subprocess.run(["git", "-C", str(ROOT), "status", "--porcelain", "--", "polkg",
                            "loaders", "graph", "ontology"],
                           capture_output=True, text=True, check=False).stdout.strip()
    if dirty and Path(where).resolve().is_relative_to(ROOT.resolve()):
        print("warning: the loader's files differ from the commit, so this load measures an "
              f"uncommitted state:\n{dirty}", file=sys.stderr)
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "polkg.cli", "--store", str(store), "load",
                           str(archive)], cwd=store.parent, capture_output=True, text=True,
                          check=False)
    sys.stderr.write(done.stderr)
    print(done.stdout.strip())
    print(f"{time.perf_counter() - started:.0f} s", file=sys.stderr)
    if done.returncode != 0:
        sys.exit(done.returncode)


def _commit() -> str:
    done = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
                          capture_output=True, text=True, check=False)
    return done.stdout.strip() or "unknown"


def _text(value) -> str:
    return " ".join(str(value).split()) if value is not None else ""


def candidates(store: Path) -> dict[str, list[dict]]:
    """Every extracted news event and relation, one dict per fact, sorted by IRI.

    A fact stated by several sentences keeps them all, ordered by offset; its first is the
    one shown, and its rule is that sentence's rule.
    """
    from polkg.api import KnowledgeGraph

    kg = KnowledgeGraph(store)
    found: dict[str, list[dict]] = {}
    for kind, sparql in (("event", EVENTS), ("relation", RELATIONS)):
        facts: dict[str, dict] = {}
        for row in kg.query(sparql).dicts():
            iri = str(row["fact"])
            fact = facts.setdefault(iri, {
                "iri": iri, "kind": kind, "type": _text(row["type"]),
                "agent": _text(row["agent"]), "object": _text(row["object"]),
                "date": (_text(row.get("date")) if kind == "event" else ""),
                "date_reason": _text(row.get("reason")),
                "start": _text(row.get("tstart")), "end": _text(row.get("tend")),
                "published": _text(row["published"]),
                "document": Path(str(row["file"])).name, "evidence": {}})
            fact["evidence"][int(row["start"])] = (
                _text(row["rule"]), _text(row["confidence"]), _text(row["sentence"]))
        for fact in facts.values():
            fact["evidence"] = sorted(fact["evidence"].items())
        found[kind] = [facts[iri] for iri in sorted(facts)]
    return found


def draw(store: Path, work: Path, seed: int, size: int) -> Path:
    """Draw `size` events and `size` relations; write the sample and a blank judgement sheet."""
    found = candidates(store)
    rng = random.Random(seed)
    rows = []
    for kind, prefix in (("event", "E"), ("relation", "R")):
        pool = found[kind]
        if len(pool) < size:
            sys.exit(f"only {len(pool)} {kind}s in {store}: load the archive first")
        print(f"{len(pool)} {kind}s in the store, {size} drawn", file=sys.stderr)
        for number, fact in enumerate(rng.sample(pool, size), start=1):
            offset, (rule, confidence, sentence) = fact["evidence"][0]
            rows.append({
                "id": f"{prefix}{number:03d}", "kind": kind, "type": fact["type"],
                "agent": fact["agent"], "object": fact["object"],
                "date": fact["date"] or (f"none ({fact['date_reason']})"
                                         if kind == "event" else ""),
                "start": fact["start"], "end": fact["end"], "published": fact["published"],
                "document": fact["document"], "rule": rule, "confidence": confidence,
                "evidence_count": str(len(fact["evidence"])), "char_start": str(offset),
                "sentence": sentence, "iri": fact["iri"]})
    work.mkdir(parents=True, exist_ok=True)
    sample = work / f"sample-seed{seed}.tsv"
    _write(sample, SAMPLE_COLUMNS, rows)
    sheet = work / f"judgements-seed{seed}.tsv"
    _write(sheet, JUDGEMENT_COLUMNS, [_blank_judgement(row) for row in rows])
    for row in rows:
        dates = row["date"] if row["kind"] == "event" else \
            f"start {row['start'] or '-'} end {row['end'] or '-'}"
        print(f"\n{row['id']}  {row['type']}  {row['agent'] or '-'} -> {row['object'] or '-'}"
              f"  [{dates}]\n      {row['document']} (published {row['published'] or '-'}), "
              f"rule {row['rule']} {row['confidence']}, {row['evidence_count']} sentence(s)\n"
              f"      {row['sentence']}")
    print(f"\nsample: {sample}\nblank judgement sheet: {sheet}", file=sys.stderr)
    return sample


def _blank_judgement(row: dict) -> dict:
    date = row["date"] if row["kind"] == "event" else \
        "..".join(x for x in (row["start"], row["end"]) if x) if row["start"] or row["end"] else ""
    return {**{k: row[k] for k in JUDGEMENT_COLUMNS if k in row}, "date": date,
            "verdict": "", "date_ok": "", "cause": "", "reason": ""}


def _write(path: Path, columns: tuple[str, ...], rows: list[dict]) -> None:
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, columns, delimiter="\t", lineterminator="\n",
                                extrasaction="ignore", quoting=csv.QUOTE_MINIMAL)
        writer.writeheader()
        writer.writerows(rows)


def _wilson(ok: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """The 95% Wilson interval of a proportion (a 100-fact sample is +-0.06 around 0.90)."""
    if n == 0:
        return 0.0, 0.0
    p = ok / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return centre - half, centre + half


def summary(path: Path) -> None:
    """Precision per kind, per type and per rule; the precision of the events' dates."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    bad = [r["id"] for r in rows if r.get("verdict", "").strip() not in ("ok", "wrong")]
    if bad:
        sys.exit(f"{path}: verdict must be ok or wrong ({len(bad)} rows are not: {bad[:5]} ...)")

    def table(title: str, key) -> None:
        counts: dict[tuple, list[int]] = defaultdict(lambda: [0, 0])
        for r in rows:
            counts[key(r)][0] += r["verdict"].strip() == "ok"
            counts[key(r)][1] += 1
        print(f"\n{title:<36}{'ok':>5}{'n':>5}{'precision':>11}   95% interval")
        for name, (ok, n) in sorted(counts.items()):
            low, high = _wilson(ok, n)
            print(f"{' / '.join(name):<36}{ok:>5}{n:>5}{ok / n:>11.2f}   {low:.2f}-{high:.2f}")

    print(f"{path.name}: {len(rows)} judged facts (target: precision >= 0.90 for each kind)")
    table("kind", lambda r: (r["kind"],))
    table("kind / type", lambda r: (r["kind"], r["type"]))
    table("kind / rule", lambda r: (r["kind"], r["rule"]))
    events = [r for r in rows if r["kind"] == "event"]
    dates = defaultdict(int)
    for r in events:
        dates[r.get("date_ok", "").strip() or "blank"] += 1
    judged = dates["yes"] + dates["no"]
    if judged:
        low, high = _wilson(dates["yes"], judged)
        print(f"\nevent dates: {dates['yes']}/{judged} right = {dates['yes'] / judged:.2f} "
              f"({low:.2f}-{high:.2f}); not judged: "
              + ", ".join(f"{k} {v}" for k, v in sorted(dates.items()) if k not in ("yes", "no")))
        both = sum(r["verdict"].strip() == "ok" and r["date_ok"].strip() == "yes" for r in events)
        print(f"events right with a right date: {both}/{len(events)} = {both / len(events):.2f}")
    causes: dict[tuple, list[str]] = defaultdict(list)
    for r in rows:
        if r.get("cause", "").strip():
            causes[(r["kind"], r["verdict"].strip(), r["cause"].strip())].append(
                f"{r['id']} {r['rule']}")
    if causes:
        print("\ncauses (wrong facts, then notes on right ones)")
        for (kind, verdict, cause), ids in sorted(causes.items(),
                                                  key=lambda kv: (kv[0][1] == "ok", kv[0][0],
                                                                  -len(kv[1]), kv[0][2])):
            print(f"{kind:<9}{verdict:<6}{cause:<32}{len(ids):>3}  {', '.join(ids)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    loading = sub.add_parser("load", help="load the archive into the work folder's store")
    loading.add_argument("--archive", type=Path, default=ARCHIVE, help="folder of .txt articles")
    drawing = sub.add_parser("draw", help="draw events and relations with their sentences")
    drawing.add_argument("--seed", type=int, default=1)
    drawing.add_argument("--size", type=int, default=100, help="facts of each kind")
    for command in (loading, drawing):
        command.add_argument("--work", type=Path, default=WORK,
                             help="work folder outside the checkout (store, sample)")
        command.add_argument("--store", type=Path, help="store directory (default WORK/store)")
    summing = sub.add_parser("summary", help="judged precision per kind, type and rule")
    summing.add_argument("judgements", type=Path, help="a filled-in judgement sheet (TSV)")
    args = parser.parse_args()
    if args.command == "summary":
        summary(args.judgements)
        return
    store = args.store or args.work / "store"
    if args.command == "load":
        load(store, args.archive)
    else:
        draw(store, args.work, args.seed, args.size)


if __name__ == "__main__":
    main()
