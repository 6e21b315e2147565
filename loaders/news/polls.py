"""Which poll 'the EU referendum' or 'the general election' is: a table of UK polls, dated.

A report written in June 2016 says "the referendum" and means the one of 23 June;
one written in 2017 says "the EU referendum" and still means it. A reader knows
which poll is meant from the report's date; the rules do the same from
data/polls.csv (UK general elections, referendums, devolved, European
Parliament, London mayoral and England's main local elections, and the
leadership elections of the three largest parties, with their polling or
result days: facts of public record, not text).

A poll is taken from the table only for an election the article names with
"the" (or a possessive, or a topic such as "EU"), never for "a referendum" or
"the next election"; and only when the table's poll of that kind (and topic,
and party) lies close to the report's date: shortly ahead of it, or behind it
by the while a poll is still called "the election" (about a year; after that a
poll named without its date is left undated, as the report leaves it).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc, Span

from polkg.loaders.lexicon import words

from .mentions import LAST, PROSPECTIVE, TOPIC_WORDS, headline

#: How long before its day a poll is already "the election" (the campaign), and how long
#: after it a report that names it without a date still means that poll, dated by the table.
#: Later it is history the report names and does not date ("the Scottish referendum" in a 2016
#: piece, "the EU referendum" in a 2018 one): the poll stays undated and is not reported held,
#: as FORMAT.md's gold gives no date the article does not.
AHEAD = timedelta(days=200)
BEHIND = {"general election": timedelta(days=365)}
#: ... and how long a report still calls it "the general election" when it tells what
#: happened in it ("had secured a majority in the general election", a year and more on)
BEHIND_TOLD = timedelta(days=730)
BEHIND_OTHER = timedelta(days=400)
NEAR_DAYS = 45
DEFINITE = words("definite", "elections")
CONDITIONS = words("conditions")


@dataclass(frozen=True)
class Poll:
    kind: str
    topic: str
    party: str
    day: date


@lru_cache(maxsize=1)
def known_polls() -> tuple[Poll, ...]:
    text = resources.files("polkg.loaders.news").joinpath("data/polls.csv")
    return tuple(Poll(row["kind"], row["topic"], row["party"], date.fromisoformat(row["day"]))
                 for row in csv.DictReader(text.read_text(encoding="utf-8").splitlines()))


@lru_cache(maxsize=1)
def polling_days() -> frozenset[date]:
    return frozenset(p.day for p in known_polls())


@lru_cache(maxsize=1)
def general_election_years() -> frozenset[int]:
    return frozenset(p.day.year for p in known_polls() if p.kind == "general election")


def _before(span: Span) -> list[str]:
    """The mention's words and the few before it in its sentence ("the EU referendum": the
    entity ruler may have taken "EU" for the Union)."""
    start = max(span.start - 3, span.sent.start)
    return [t.lower_ for t in span.doc[start:span.end]]


def topic(spans: list[Span]) -> str:
    """The referendum's topic named beside any of its mentions ('' if none)."""
    for span in spans:
        words = _before(span) + [
            t.lower_ for c in span.root.rights
            if c.dep_ == "prep" and c.lower_ in ("on", "over", "for") for t in c.subtree]
        for word in words:
            if word in TOPIC_WORDS:
                return TOPIC_WORDS[word]
    return ""


def _ahead(span: Span) -> bool:
    """The poll's own words look ahead to another: 'a second referendum', 'the next election'
    (not "a recession is possible after a Brexit vote")."""
    return bool({t.lower_ for t in (*span, *(w for c in span.root.lefts for w in c.subtree))}
                & PROSPECTIVE)


def definite(spans: list[Span]) -> bool:
    """Some mention names one known poll: 'the referendum', "Thursday's vote", 'the EU
    referendum'; none looks ahead to another ('a second referendum', 'the next election')."""
    if any(_ahead(s) for s in spans):
        return False
    return any(set(_before(s)) & DEFINITE or any(t.dep_ == "poss" for t in s)
               or any(c.dep_ == "poss" for c in s.root.children)  # "his referendum"
               or topic([s]) and not set(_before(s)) & {"a", "an"}  # not "a referendum on
               # the final Brexit deal"; a headline drops "the": "absent throughout historic
               # referendum" (but "Stormont election will happen" may be any)
               or headline(s.sent) and s.root.tag_ == "NN" and s.root.dep_ == "pobj"
               and not any(c.dep_ == "det" for c in s.root.children)
               for s in spans)


def poll_for(kind: str, published: date | None, spans: list[Span], party: str | None = None,
             year: int | None = None, seat: str | None = None) -> Poll | None:
    """The table's poll that an article of `published` means (of `year`, if it gives one; a
    by-election only of its `seat`, which the table names as its topic)."""
    subject = topic(spans) if kind == "referendum" else ""
    if year is None and kind == "referendum" and published is not None and not definite(spans) \
            and not any(_ahead(s) for s in spans):
        # "a tactical referendum backfired", told in the days after one: that poll
        just_held = [p for p in known_polls() if p.kind == kind and (p.topic == subject or not
                     subject) and timedelta(0) <= published - p.day <= OUTCOME_NEWS]
        return just_held[0] if len(just_held) == 1 else None
    if year is None and not definite(spans) or kind == "by-election" and not seat:
        return None
    fits = [p for p in known_polls() if p.kind == kind and (p.topic == subject or not subject)
            and held_in(p, seat) and (party is None or p.party == party)
            and (kind != "leadership election" or party)
            and (year is None or p.day.year == year)]
    if year is not None:
        if published is not None:  # "next year's general election": its day is not yet known
            fits = [p for p in fits if p.day <= published + AHEAD]
        days = {p.day for p in fits}
        return fits[0] if len(days) == 1 else None
    if kind == "general election" and _other_polls_near(published) and not any(
            t.lower_ in ("general", "snap", "westminster") for s in spans for t in s):
        return None  # "the election" of May 2021: the Senedd's, Holyrood's or the councils'?
    if any(t.lower_ in LAST for s in spans for c in s.root.lefts for t in c.subtree):
        # "the last general election", not "the last Budget before the general election"
        past = [p for p in fits if p.day < published]
        return max(past, key=lambda p: p.day) if past else None
    behind = BEHIND.get(kind, BEHIND_OTHER)
    if kind == "general election" and any(told_past(s) for s in spans):
        behind = max(behind, BEHIND_TOLD)
    near = [p for p in fits if p.day - AHEAD <= published <= p.day + behind]
    return min(near, key=lambda p: abs((p.day - published).days)) if near else None


def held_in(poll: Poll, seat: str | None) -> bool:
    """A by-election of the table held in `seat` (any other kind of poll: whatever the seat)."""
    return poll.kind != "by-election" or seat is not None and _seat_key(poll.topic) == _seat_key(
        seat)


def _seat_key(name: str) -> str:
    """A seat's name as compared with the table's: "City Of Chester", "Birmingham, Erdington"
    and "city of chester", "birmingham erdington" are one seat."""
    return " ".join(name.lower().replace(",", " ").split())


def told_past(span: Span) -> bool:
    """The poll is where something happened, in the past tense: "won it in the general
    election", "had secured a majority in the general election"; not a past tense of a
    condition ("if we got into a general election")."""
    verb = span.root
    while verb.dep_ in ("pobj", "prep", "dobj") and verb.head.i != verb.i:
        verb = verb.head
    if any(c.dep_ == "mark" and c.lower_ in CONDITIONS for c in verb.children):
        return False
    return verb.pos_ in ("VERB", "AUX") and (verb.tag_ == "VBD" or verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ in ("had", "has", "have") for c in verb.children))


def _other_polls_near(published: date) -> bool:
    """Another kind of poll falls within a few weeks of the report (May's devolved elections)."""
    return any(p.kind not in ("general election", "leadership election", "local election")
               and abs((p.day - published).days) <= NEAR_DAYS for p in known_polls())


#: How long a poll named only by its outcome ("Britain has voted to leave the EU") is news.
OUTCOME_NEWS = timedelta(days=14)
#: What a referendum's voters chose, as the words of its outcome: "voted to leave", "voted Leave".
OUTCOME_WORDS = words("outcome_words", "elections")


def outcome_polls(doc: Doc, published: date | None) -> list[tuple[Span, Poll]]:
    """'Britain has voted to leave the EU', 'the millions who voted for Brexit' in the days
    after the EU referendum: the words name that poll by its outcome. Only while the result
    is news (OUTCOME_NEWS after polling day); later, a vote for Brexit is a stance."""
    if published is None:
        return []
    found = []
    for tok in doc:
        if tok.lemma_ != "vote" or tok.tag_ not in ("VBD", "VBN"):
            continue
        chosen = [c for c in tok.children if c.dep_ in ("xcomp", "dobj", "oprd")] + [
            g for c in tok.children if c.dep_ == "prep" and c.lower_ == "for"
            for g in c.children if g.dep_ == "pobj"]
        words_ = {t.lower_ for c in chosen for t in c.subtree}
        if not words_ & OUTCOME_WORDS:
            continue
        topics = {TOPIC_WORDS[w] for w in words_ | {t.lower_ for t in tok.sent}
                  if w in TOPIC_WORDS}
        polls = [p for p in known_polls() if p.kind == "referendum" and p.topic in topics
                 and timedelta(0) <= published - p.day <= OUTCOME_NEWS]
        if len(polls) == 1:
            found.append((doc[tok.i:tok.i + 1], polls[0]))
    return found
