"""Scoring system facts against gold facts, by the rules of docs/EVALUATION.md.

- Names match ignoring case, punctuation, accents and leading honorifics
  (Sir, Mr, Mrs, Ms, Dr, Lord, Dame, Baroness, ...): the canonical form of
  polkg.graph.identity.
- An entity matches when types are equal and its name is the gold name or one
  of the gold aliases; an election also matches a system election of the same
  kind and year whatever its label.
- An event matches on type, and on agent and object wherever gold gives them
  (an argument that names an election matches by kind and year); *with date*
  when the system date lies within the gold date at the gold's precision.
- A relation matches on type, subject and object; *with dates* when start and
  end lie within the gold ones wherever gold gives them.
- Matching is one-to-one: each gold fact and each system fact counts once,
  and the matching is a maximum assignment (not greedy first-come).
- A system memberOf that no gold fact takes, but that a gold leaderOf of the
  same person and party implies, is not counted against precision.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from polkg.graph.identity.dates import DateInterval
from polkg.graph.identity.identity import canonical_name

from .facts import Entity, Event, Facts, Relation

MEASURES = ("entities", "events", "events_with_dates", "relations", "relations_with_dates")

G = TypeVar("G")
S = TypeVar("S")


@dataclass(frozen=True)
class Score:
    """Counts of true positives, false positives and false negatives, and what follows."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Score) -> Score:
        return Score(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    def to_json(self) -> dict[str, float | int]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4), "tp": self.tp, "fp": self.fp, "fn": self.fn}


def same_name(a: str, b: str) -> bool:
    """Names are equal ignoring case, punctuation, accents and leading honorifics."""
    return canonical_name(a) == canonical_name(b)


def date_within(gold: str | None, system: str | None) -> bool:
    """The system date lies within the gold date at the gold's precision (no gold date: any)."""
    if gold is None:
        return True
    if system is None:
        return False
    return DateInterval.parse(gold).contains(DateInterval.parse(system))


def _year(date: str | None) -> int | None:
    return DateInterval.parse(date).earliest.year if date else None


class _Names:
    """The entities of one side, to look up the entity an argument names."""

    def __init__(self, entities: Sequence[Entity]):
        self.entities = entities

    def find(self, name: str) -> Entity | None:
        """The entity so named: by its name first, else by one of its aliases."""
        key = canonical_name(name)
        by_alias = None
        for entity in self.entities:
            if canonical_name(entity.name) == key:
                return entity
            if by_alias is None and any(canonical_name(a) == key for a in entity.aliases):
                by_alias = entity
        return by_alias


def entity_matches(gold: Entity, system: Entity) -> bool:
    if gold.type != system.type:
        return False
    if any(same_name(system.name, n) for n in (gold.name, *gold.aliases)):
        return True
    return gold.type == "Election" and _same_election(gold, system)


def _same_election(gold: Entity, system: Entity) -> bool:
    """Same kind and year, whatever the labels (an undated gold election needs an undated one)."""
    if not gold.kind or not system.kind:
        return False
    return canonical_name(gold.kind) == canonical_name(system.kind) and (
        _year(gold.date) == _year(system.date))


class _Arguments:
    """Matches event and relation arguments: through the entity each side's name refers to."""

    def __init__(self, gold: Facts, system: Facts):
        self.gold = _Names(gold.entities)
        self.system = _Names(system.entities)

    def match(self, gold_name: str | None, system_name: str | None) -> bool:
        if gold_name is None:
            return True  # gold does not give it
        if system_name is None:
            return False
        gold_entity = self.gold.find(gold_name)
        if gold_entity is None:
            return same_name(gold_name, system_name)
        if any(same_name(system_name, n) for n in (gold_entity.name, *gold_entity.aliases)):
            return True
        system_entity = self.system.find(system_name)
        return (gold_entity.type == "Election" and system_entity is not None
                and system_entity.type == "Election" and _same_election(gold_entity, system_entity))


def assign(gold: Sequence[G], system: Sequence[S], matches: Callable[[G, S], bool],
           avoid: Callable[[S], bool] | None = None) -> list[tuple[int, int]]:
    """A maximum one-to-one matching of gold to system facts, as (gold index, system index).

    Among maximum matchings it prefers to leave unmatched the system facts for
    which `avoid` is true (those that would be excused anyway).
    """
    if not gold or not system:
        return []
    ok = [[matches(g, s) for s in system] for g in gold]
    penalty = [1.0 if avoid is not None and avoid(s) else 0.0 for s in system]
    # Each match is worth more than all penalties together, so the count is maximal first.
    worth = len(system) + 1.0
    cost = [[penalty[j] - worth if row[j] else 0.0 for j in range(len(system))] for row in ok]
    from scipy.optimize import linear_sum_assignment  # half a second to import: eval only

    rows, cols = linear_sum_assignment(cost)
    return [(int(r), int(c)) for r, c in zip(rows, cols) if ok[r][c]]


def _score(gold: Sequence[G], system: Sequence[S], matches: Callable[[G, S], bool],
           excused: Callable[[S], bool] | None = None) -> Score:
    pairs = assign(gold, system, matches, excused)
    taken = {s for _, s in pairs}
    forgiven = sum(1 for i, s in enumerate(system)
                   if i not in taken and excused is not None and excused(s))
    tp = len(pairs)
    return Score(tp, len(system) - tp - forgiven, len(gold) - tp)


def score(gold: Facts, system: Facts) -> dict[str, Score]:
    """Scores of one article's system facts against its gold facts, by measure (MEASURES)."""
    args = _Arguments(gold, system)

    def event(g: Event, s: Event) -> bool:
        return g.type == s.type and args.match(g.agent, s.agent) and args.match(g.object, s.object)

    def event_dated(g: Event, s: Event) -> bool:
        return event(g, s) and date_within(g.date, s.date)

    def relation(g: Relation, s: Relation) -> bool:
        return (g.type == s.type and args.match(g.subject, s.subject)
                and args.match(g.object, s.object))

    def relation_dated(g: Relation, s: Relation) -> bool:
        return relation(g, s) and date_within(g.start, s.start) and date_within(g.end, s.end)

    leaders = [r for r in gold.relations if r.type == "leaderOf"]

    def implied_by_leadership(s: Relation) -> bool:
        return s.type == "memberOf" and any(
            args.match(g.subject, s.subject) and args.match(g.object, s.object) for g in leaders)

    return {
        "entities": _score(gold.entities, system.entities, entity_matches),
        "events": _score(gold.events, system.events, event),
        "events_with_dates": _score(gold.events, system.events, event_dated),
        "relations": _score(gold.relations, system.relations, relation, implied_by_leadership),
        "relations_with_dates": _score(gold.relations, system.relations, relation_dated,
                                       implied_by_leadership),
    }


def micro(per_file: Sequence[dict[str, Score]]) -> dict[str, Score]:
    """Counts summed over files, then precision, recall and F1 (the micro average)."""
    total = {m: Score() for m in MEASURES}
    for scores in per_file:
        total = {m: total[m] + scores[m] for m in MEASURES}
    return total
