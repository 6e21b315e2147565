"""Would a classifier trained on the blind rounds' gold find the events the rules miss?

Issue 10 asks for a trained component wherever one beats the rules on real text.
bench/event_filter.py tried one that drops the rules' wrong events; this one tries one
that finds events: spaCy's textcat_multilabel (a small CNN over hashed words) learns,
per sentence and person named in it (the name masked), which event types the person is
the agent of. Its examples are the rounds up to --split (their gold gives the labels: a
sentence carries an event of its agent when it names the event's object, or the year of
its date, or the event has neither); it is then scored on the later rounds, which it
never saw, beside the rules' facts for the same articles (`polkg eval --facts-out`).

The unit scored is (article, agent's surname, event type): what a reader would call
"found that this person resigned" before objects and dates, so the classifier needs no
argument finding of its own. It prints the rules alone, then the classifier at each
threshold alone and added to the rules.

    .venv/bin/python bench/event_finder.py --split 110
"""

from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import spacy
from spacy.training import Example

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from graph.identity.identity import canonical_name  # noqa: E402
from loaders.news.pipeline import english  # noqa: E402

ROUNDS = ROOT / "bench" / "blind-rounds"
ARCHIVE = ROOT.parent / "shared" / "corpus" / "archive" / "news"
#: Events with an agent (elections held and called have none, or one rarely named).
TYPES = ("Appointed", "Resigned", "Elected", "Defeated", "StoodForElection", "BecameLeader",
         "Dismissed", "Suspended", "Left", "Joined", "Expelled", "Reinstated")
THRESHOLDS = (0.3, 0.5, 0.7, 0.9)
#: Words of an object's name too common to tie a sentence to it.
COMMON = {"party", "secretary", "minister", "election", "general", "state", "leader",
          "shadow", "labour", "conservative"}


def surname(name: str | None) -> str | None:
    words = re.findall(r"[\w\-]+", canonical_name(name or "").replace("’s", "").replace("'s", ""))
    return words[-1] if words else None


def rounds() -> dict[str, int]:
    """Each blind-round article (its name without .txt) and its round's number."""
    return {name.removesuffix(".txt"): int(d.name.rsplit("-", 1)[1])
            for d in sorted(ROUNDS.glob("round-*"))
            for name in (d / "articles.txt").read_text().split()}


def gold_path(name: str, number: int) -> Path:
    return ROUNDS / f"round-{number:02d}" / "gold" / f"{name}.gold.json"


def gold_of(name: str, number: int) -> list[dict]:
    return json.loads(gold_path(name, number).read_text())["events"]


def candidates(nlp, names: list[str], archive: Path):
    """(article, sentence with the person masked, the person's surname) per person named."""
    texts = [(archive / f"{n}.txt").read_text(encoding="utf-8") for n in names]
    bodies = [t.split("\n", 1)[1] if t.lstrip().startswith("date ") else t for t in texts]
    for name, doc in zip(names, nlp.pipe(bodies, batch_size=16)):
        for sent in doc.sents:
            seen = set()
            for ent in sent.ents:
                key = surname(ent.text) if ent.label_ == "PERSON" else None
                if key and key not in seen:
                    seen.add(key)
                    masked = sent.text[:ent.start_char - sent.start_char] + " PERSONX " \
                        + sent.text[ent.end_char - sent.start_char:]
                    yield name, masked, key


def labels(masked: str, key: str, events: list[dict]) -> set[str]:
    """The gold events of this person that the sentence plausibly tells."""
    words = set(re.findall(r"[a-z]{4,}", masked.lower()))
    found = set()
    for e in events:
        if surname(e.get("agent")) != key:
            continue
        named = set(re.findall(r"[a-z]{4,}", (e.get("object") or "").lower())) - COMMON
        if named and named & words or not named and e.get("date") and e["date"][:4] in masked \
                or not named and not e.get("date"):
            found.add(e["type"])
    return found


def train(rows: list[tuple[str, set[str]]], epochs: int):
    spacy.util.fix_random_seed(0)  # (the same weights each run: the figures are reproducible)
    nlp = spacy.blank("en")
    textcat = nlp.add_pipe("textcat_multilabel", config={"model": {
        "@architectures": "spacy.TextCatCNN.v2", "exclusive_classes": False, "tok2vec": {
            "@architectures": "spacy.HashEmbedCNN.v2", "pretrained_vectors": None,
            "width": 64, "depth": 2, "embed_size": 2000, "window_size": 1,
            "maxout_pieces": 3, "subword_features": True}}})
    for label in TYPES:
        textcat.add_label(label)
    examples = [Example.from_dict(nlp.make_doc(text), {"cats": {t: float(t in found)
                                                                 for t in TYPES}})
                for text, found in rows]
    optimizer = nlp.initialize(lambda: examples)
    for epoch in range(epochs):
        random.Random(epoch).shuffle(examples)
        for i in range(0, len(examples), 64):
            nlp.update(examples[i:i + 64], sgd=optimizer, drop=0.2)
    return nlp


def rules_units(names: list[str], number: dict[str, int], archive: Path) -> set[tuple]:
    """What the rules find in these articles, through `polkg eval --facts-out`."""
    with tempfile.TemporaryDirectory() as tmp:
        docs, gold, facts = Path(tmp, "docs"), Path(tmp, "gold"), Path(tmp, "facts")
        for d in (docs, gold):
            d.mkdir()
        for n in names:
            (docs / f"{n}.txt").write_bytes((archive / f"{n}.txt").read_bytes())
            source = gold_path(n, number[n])
            (gold / source.name).write_bytes(source.read_bytes())
        subprocess.run([str(Path(sys.executable).parent / "polkg"), "eval", str(gold), "--docs",
                        str(docs), "--facts-out", str(facts)], check=True,
                       stdout=subprocess.DEVNULL)
        return {(path.name.removesuffix(".gold.json"), surname(e.get("agent")), e["type"])
                for path in facts.glob("*.gold.json")
                for e in json.loads(path.read_text())["events"] if e["type"] in TYPES}


def score(found: set, gold: set) -> str:
    tp, fp, fn = len(found & gold), len(found - gold), len(gold - found)
    p, r = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
    return f"{tp}/{fp}/{fn} P {p:.3f} R {r:.3f} F1 {2 * p * r / max(p + r, 1e-9):.3f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", type=int, default=110,
                        help="train on rounds up to this one, score on the later ones")
    parser.add_argument("--epochs", type=int, default=12)
    parser.add_argument("--negatives", type=float, default=0.3,
                        help="share of the sentences telling no event kept for training")
    parser.add_argument("--archive", type=Path, default=ARCHIVE)
    args = parser.parse_args()
    number = {n: r for n, r in rounds().items() if gold_path(n, r).exists()}
    golds = {n: gold_of(n, r) for n, r in number.items()}  # (read once, not per sentence)
    nlp = english()
    seen = [n for n in number if number[n] <= args.split]
    unseen = [n for n in number if number[n] > args.split]
    chance = random.Random(0)
    rows = []
    for name, masked, key in candidates(nlp, seen, args.archive):
        found = labels(masked, key, golds[name])
        if found or chance.random() < args.negatives:
            rows.append((masked, found))
    print(f"trained on {len(seen)} articles (rounds to {args.split}): {len(rows)} sentences, "
          f"{sum(1 for _, f in rows if f)} telling an event", file=sys.stderr)
    model = train(rows, args.epochs)
    best: dict[tuple, float] = {}
    for name, masked, key in candidates(nlp, unseen, args.archive):
        for label, p in model(masked).cats.items():
            best[(name, key, label)] = max(best.get((name, key, label), 0.0), p)
    gold = {(n, surname(e.get("agent")), e["type"]) for n in unseen
            for e in golds[n] if e["type"] in TYPES and e.get("agent")}
    rules = rules_units(unseen, number, args.archive)
    print(f"scored on {len(unseen)} articles never trained on: {len(gold)} gold "
          "(article, agent, type) units; tp/fp/fn")
    print(f"rules alone:            {score(rules, gold)}")
    for threshold in THRESHOLDS:
        found = {u for u, p in best.items() if p >= threshold}
        print(f"classifier at {threshold}:      {score(found, gold)};  added to the rules: "
              f"{score(rules | found, gold)} ({len((found - rules) & gold)} of "
              f"{len(found - rules)} it adds are right)")


if __name__ == "__main__":
    main()
