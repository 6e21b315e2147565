"""What extraction finds in one article, before it becomes RDF: entities, events, relations."""

from __future__ import annotations

from dataclasses import dataclass, field

from polkg.graph.identity.dates import DateInterval
from polkg.graph.identity.identity import canonical_name, fold


@dataclass(eq=False)
class Entity:
    kind: str
    name: str
    aliases: set[str] = field(default_factory=set)
    election_kind: str | None = None
    date: DateInterval | None = None
    gender: str | None = None
    party: Entity | None = None  # a leadership election's party
    constituency: Entity | None = None  # a by-election's seat
    #: an election's name before the table of polls gave it the poll nearest the report
    #: (the words gave no year): a date the text states for it later replaces the guess
    guessed_from: str | None = None

    @property
    def key(self) -> tuple[str, str]:
        return self.kind, canonical_name(self.name) if self.kind == "person" else fold(self.name)


@dataclass(frozen=True)
class Evidence:
    sentence: str
    char_start: int
    char_end: int
    rule: str
    confidence: float


@dataclass(eq=False)
class Event:
    type: str  # a pol: event class name
    agent: Entity | None
    object: Entity | None
    evidence: Evidence
    date: DateInterval | None = None
    date_reason: str | None = None
    #: the date is a fallback (the article's election, its month), not stated in the clause
    date_inferred: bool = False
    election: Entity | None = None  # the election an Elected/Defeated/... event belongs to
    party: Entity | None = None  # the party a candidate stood or won for
    #: whom an appointee replaced ("was replaced by X", "appointed X in his place"): the
    #: office is then the one the predecessor held
    predecessor: Entity | None = None
    #: what the agent held until this event: "leader" ("resigned as leader"), "seat" ("lost
    #: her seat"), "house" (a seat in it: "suspended from the Commons", by no party),
    #: "whip" (a party's group: "resigned the party whip"), "government" (a post in it: "quit
    #: the government")
    held: str | None = None
    #: a deed only presupposed by a name ("Cameron's referendum": he called it): the words
    #: tell no time of it, so neither the clause's dates nor the report's day are its own
    untimed: bool = False


@dataclass(eq=False)
class Relation:
    type: str  # memberOf | leaderOf | holdsOffice | represents
    subject: Entity
    object: Entity
    evidence: Evidence
    start: DateInterval | None = None
    end: DateInterval | None = None
    #: the start is the day the tenure began, as the text gives it ("MP since 2019", "from
    #: 1997"), not a count back from how long it lasted ("for 20 years")
    began: bool = False
