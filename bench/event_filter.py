"""Would a trained filter make the news events more precise than the rules alone?

Issue 10 asks for a trained component wherever one beats the rules on real text.
The judged samples of bench/volume-judgements/ label events the rules found as
right or wrong, with reasons; their sentences stay in the work folder outside the
project (bench/precision_at_volume.py). This script trains spaCy's textcat
(bag of words and word pairs, the event type and rule as words, the agent's name
masked) to tell them apart, and scores it by five-fold cross-validation with
whole articles held out, so a fact never sits in the training and the test of
one fold. It prints, per threshold, how precise the kept events are and how many
of the right ones a filter at that threshold would keep. Elections held are left
out: they come from one rule of their own and are mostly right.

    .venv/bin/python bench/event_filter.py bench/volume-judgements/*.tsv
"""

from __future__ import annotations

import argparse
import csv
import random
from pathlib import Path

import spacy
from spacy.training import Example

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT.parent / "volume-work"
THRESHOLDS = (0.3, 0.4, 0.5, 0.6)


def judged_events(judgements: list[Path], work: Path) -> list[dict]:
    """One row per judged event (the latest judgement of a fact judged twice)."""
    csv.field_size_limit(1 << 30)
    rows: dict[tuple, dict] = {}
    for sheet in sorted(judgements):
        seed = sheet.stem.rsplit("seed", 1)[1]
        sample = next(work.rglob(f"sample-seed{seed}.tsv"), None)
        if sample is None:
            raise SystemExit(f"{sheet}: no sample-seed{seed}.tsv under {work}")
        with sample.open(encoding="utf-8") as f:
            sentences = {r["id"]: r for r in csv.DictReader(f, delimiter="\t")}
        with sheet.open(encoding="utf-8") as f:
            for r in csv.DictReader(f, delimiter="\t"):
                if r["kind"] != "event" or r["verdict"] not in ("ok", "wrong") \
                        or r["type"] == "ElectionHeld":
                    continue
                s = sentences[r["id"]]
                rows[(s["document"], r["type"], r["agent"], s["sentence"])] = {
                    "document": s["document"], "ok": r["verdict"] == "ok",
                    "text": _text(r["type"], r["rule"], r["agent"], s["sentence"])}
    return list(rows.values())


def _text(kind: str, rule: str, agent: str, sentence: str) -> str:
    for part in agent.split():
        if len(part) > 2:
            sentence = sentence.replace(part, "AGENT")
    return f"{kind} {rule.replace('-', '_')} . {sentence}"


def _train(rows: list[dict]):
    nlp = spacy.blank("en")
    textcat = nlp.add_pipe("textcat", config={"model": {
        "@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": True, "ngram_size": 2,
        "no_output_layer": False}})
    for label in ("OK", "WRONG"):
        textcat.add_label(label)
    examples = [Example.from_dict(nlp.make_doc(r["text"]), {"cats": {
        "OK": float(r["ok"]), "WRONG": float(not r["ok"])}}) for r in rows]
    optimizer = nlp.initialize(lambda: examples)
    for epoch in range(20):
        random.Random(epoch).shuffle(examples)
        for i in range(0, len(examples), 8):
            nlp.update(examples[i:i + 8], sgd=optimizer, drop=0.2)
    return nlp


def cross_validate(rows: list[dict], folds: int = 5) -> list[tuple[float, bool]]:
    documents = sorted({r["document"] for r in rows})
    random.Random(0).shuffle(documents)
    fold = {d: i % folds for i, d in enumerate(documents)}
    scored = []
    for k in range(folds):
        nlp = _train([r for r in rows if fold[r["document"]] != k])
        scored += [(nlp(r["text"]).cats["OK"], r["ok"]) for r in rows
                   if fold[r["document"]] == k]
    return scored


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("judgements", nargs="+", type=Path)
    parser.add_argument("--work", type=Path, default=WORK,
                        help="folder holding the samples' sentences (sample-seed<S>.tsv)")
    args = parser.parse_args()
    rows = judged_events(args.judgements, args.work)
    scored = cross_validate(rows)
    right = sum(ok for _, ok in scored)
    print(f"{len(rows)} judged events (elections held left out), {right} right: "
          f"rules alone {right / len(rows):.3f} precise")
    for threshold in THRESHOLDS:
        kept = [ok for p, ok in scored if p >= threshold]
        print(f"filter at {threshold}: keeps {len(kept)}, precision "
              f"{sum(kept) / max(len(kept), 1):.3f}, keeps {sum(kept)}/{right} right events")


if __name__ == "__main__":
    main()
