"""The table of known holders (data/office_holders.csv): who held a post on a day.

UK prime ministers, great offices of state, first ministers, Speakers, mayors of London
and party leaders, with their start and end days, compiled from public records
(Wikidata's P39 "position held" and the parties' own lists; facts, not text). The
rules read it to say who "the prime minister" of a dated report is (holders.py for
posts named alone, mentions.py for a post named as who acted).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources

from spacy.tokens import Span

from polkg.graph.identity.dates import DateInterval
from polkg.graph.identity.identity import canonical_name
from polkg.loaders.lexicon import words

from .facts import Entity, Relation

FORMER = words("former")


@dataclass(frozen=True)
class Tenure:
    post: str  # an office's canonical name, or a party's (for its leader)
    holder: str  # canonical_name() of the holder
    start: date
    end: date | None

    def held_on(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)

    def in_office(self, day: date) -> bool:
        """Held on the day, the day the post changed hands being the new holder's."""
        return self.start <= day and (self.end is None or day < self.end)


@lru_cache(maxsize=1)
def _table() -> tuple[tuple[str, Tenure], ...]:
    """Each row of the table: the holder's name as written, and the tenure."""
    text = resources.files("polkg.loaders.news").joinpath("data/office_holders.csv")
    return tuple(
        (row["holder"], Tenure(row["post"], canonical_name(row["holder"]),
                               date.fromisoformat(row["start"]),
                               date.fromisoformat(row["end"]) if row["end"] else None))
        for row in csv.DictReader(text.read_text(encoding="utf-8").splitlines()))


@lru_cache(maxsize=1)
def known_tenures() -> dict[str, tuple[Tenure, ...]]:
    """The table, by post."""
    by_post: dict[str, list[Tenure]] = {}
    for _, tenure in _table():
        by_post.setdefault(tenure.post, []).append(tenure)
    return {post: tuple(tenures) for post, tenures in by_post.items()}


@lru_cache(maxsize=1)
def _holders_by_surname() -> dict[str, dict[str, list[Tenure]]]:
    """Surname -> the holder's name as the table writes it -> that person's tenures."""
    found: dict[str, dict[str, list[Tenure]]] = {}
    for name, tenure in _table():
        found.setdefault(name.split()[-1], {}).setdefault(name, []).append(tenure)
    return found


def holder_by_surname(surname: str, published: date | None) -> str | None:
    """The one holder of the table with this surname ('Sunak said'), when the report is of
    their time: from five years before their first post to thirty after their last (any
    time, in an undated report). Where two holders share it ('Johnson'), the one in a post
    within a year of a dated report while the others were out of the table's posts for
    three years or more around it (Boris Johnson in 2022; Alan Johnson's last post ended in
    2010); otherwise no one."""
    holders = _holders_by_surname().get(surname, {})
    if len(holders) > 1 and published is not None:
        near = [name for name, tenures in holders.items()
                if _days_from_post(tenures, published) <= NEAR_POST_DAYS]
        far = [name for name, tenures in holders.items()
               if _days_from_post(tenures, published) >= FAR_FROM_POST_DAYS]
        return near[0] if len(near) == 1 and len(far) == len(holders) - 1 else None
    if len(holders) != 1:
        return None
    name, tenures = next(iter(holders.items()))
    if published is None:
        return name
    first = min(t.start for t in tenures).year - 5
    last = max((t.end or date.max).year for t in tenures)
    return name if first <= published.year <= min(last, 9969) + 30 else None


#: How near a report a namesake's post must be, and how far all the others', for a shared
#: surname to name them.
NEAR_POST_DAYS = 366
FAR_FROM_POST_DAYS = 3 * 365


def _days_from_post(tenures: list[Tenure], day: date) -> int:
    """Days between the day and the nearest of the tenures (0 while one is held)."""
    return min(0 if t.held_on(day) else
               (t.start - day).days if day < t.start else (day - t.end).days  # type: ignore
               for t in tenures)


def table_denies(post: str, person: str) -> bool:
    """The table knows this person (as a holder of its posts) over years in which it knows
    every holder of `post`, and they never held it: 'Sir John Major and the Liberal
    Democrat leader, Tim Farron,' did not make Major the Lib Dems' leader. Michael Foot, who led the
    opposition before the table's list of Labour leaders begins, is not denied the post."""
    tenures = known_tenures().get(post)
    if not tenures:
        return False
    key = canonical_name(person)
    if any(t.holder == key for t in tenures):
        return False
    theirs = [t for ts in known_tenures().values() for t in ts if t.holder == key]
    known_from = min(t.start for t in tenures)
    return bool(theirs) and all(t.start >= known_from for t in theirs)


def former(span: Span) -> bool:
    """'the former prime minister', 'ex-chancellor': a post held before."""
    words = {t.lower_ for t in span.doc[max(span.start - 2, 0):span.end]}
    return bool(words & FORMER) or any(t.lower_.startswith("ex-") for t in span)


def covered(post: str) -> bool:
    """The table knows the post's holders."""
    return post in known_tenures()


#: How far from a report a post's start may lie for its holder to be "the new" one then
#: ("the next prime minister" the day before he takes office).
NEW_POST_DAYS = 31


def table_denies_new(post: str, person: str, published: date) -> bool:
    """The table names the post's holder on the report's day, and the person held it
    neither then nor within a month of it: 'the new Tory leader, Margaret Thatcher' in a
    2016 report is new in the story's past, not the report's time."""
    tenures = known_tenures().get(post)
    if not tenures or not any(t.held_on(published) for t in tenures):
        return False  # (no holder on that day: the table does not reach it)
    key = canonical_name(person)
    return not any(t.holder == key and _days_from_post([t], published) <= NEW_POST_DAYS
                   for t in tenures)


def _tenures_of(post: str, person: str) -> list[Tenure]:
    """The table's tenures of the post (a party: its leadership) held by the person."""
    key = canonical_name(person)
    return [t for t in known_tenures().get(post, ()) if t.holder == key]


def table_start(post: str, person: str, published: date) -> date | None:
    """The day the table says the person took the post, for 'the new foreign secretary' in a
    report: the tenure held on the report's day (or within a month of it) that began in the
    year before."""
    return next((t.start for t in _tenures_of(post, person)
                 if _days_from_post([t], published) <= NEW_POST_DAYS
                 and timedelta(0) <= published - t.start <= timedelta(days=365)), None)


#: How long past the day a text ends a tenure the table may keep its holder in the post
#: before the two disagree (a resignation at night, the successor named the next day).
OUTLASTS_DAYS = 7


def table_outlasts(post: str, person: str, end: DateInterval) -> bool:
    """The table has the person in the post well past the end a text gives: a resignation
    announced, not yet in force ("Cameron resigned" on 24 June 2016; he was prime minister
    until 13 July), ended no tenure that day."""
    day = end.latest
    return any(t.start <= day and (t.end is None or t.end > day + timedelta(days=OUTLASTS_DAYS))
               for t in _tenures_of(post, person))


def took_post(post: str, person: str) -> list[date]:
    """The days the table says the person took the post (a party: its leadership)."""
    return [t.start for t in _tenures_of(post, person)]


def left_before(post: str, person: str, day: date) -> date | None:
    """The day the person last left the post before `day`, when the table says they hold it
    again on `day` and left it in the year before: 'reappointed 11 days ago after quitting'."""
    tenures = _tenures_of(post, person)
    if not any(t.held_on(day) for t in tenures):
        return None
    return max((t.end for t in tenures if t.end is not None and t.end < day
                and day - t.end <= timedelta(days=365)), default=None)


def posts_of(name: str) -> set[str]:
    """The posts the table says the person ever held."""
    key = canonical_name(name)
    return {post for post, tenures in known_tenures().items()
            if any(t.holder == key for t in tenures)}


def held_on(name: str, day: date) -> list[str]:
    """The posts the table says the person held on the day."""
    key = canonical_name(name)
    return [post for post, tenures in known_tenures().items()
            if any(t.holder == key and t.held_on(day) for t in tenures)]


#: When an undated article was written, as far as its titles tell: (earliest, latest).
Era = tuple[date, date]


def table_holder(post: str, title: Span, people: list[Entity], published: date | None,
                 era: Era | None = None) -> Entity | None:
    """Who 'the prime minister' of `title` is: the one person named who held it then (on the
    report's day, or within the era its other titles give an undated one)."""
    when = (published, published) if published is not None else era
    return _sole_holder(post, people, when, former(title))


def _sole_holder(post: str, people: list[Entity], when: Era | None,
                 former: bool) -> Entity | None:
    fits = [person for person in people if held_within(post, person.name, when, former)]
    return fits[0] if len(fits) == 1 else None


def held_within(post: str, name: str, when: Era | None, former: bool = False) -> bool:
    """The table has the person in the post at some time within `when` (at any time, for
    None), or, `former`, out of it again by its end."""
    held = _held_by(post, name)
    if when is not None and former:  # (an era ends the day before a tenure that bounds it
        # ends: that holder too has left by the era's close)
        held = [t for t in held if t.end is not None and t.end <= when[1] + timedelta(days=1)]
    elif when is not None:
        held = [t for t in held if t.start <= when[1] and (t.end is None or when[0] <= t.end)]
    return bool(held)


def titles_era(titles: list[tuple[str, Span]], people: list[Entity]) -> Era | None:
    """An undated article's time from its bare titles alone: a day on which the most of them
    had exactly one holder among the people it names. "The prime minister" and "the
    chancellor" beside Blair and Brown are of 1997-2007 (Blair and Brown), not of 2007-10
    (Brown, and no chancellor named). None unless two or more titles agree on one reading."""
    named = {canonical_name(p.name) for p in people}
    posts = {post for post, title in titles if not former(title)}
    tenures = [t for post in posts for t in known_tenures()[post] if t.holder in named]
    days = {t.start for t in tenures} | {t.end + timedelta(days=1) for t in tenures if t.end}
    readings: dict[frozenset, date] = {}
    for day in sorted(days):
        reading = {}
        for post in posts:
            holders = {t.holder for t in tenures if t.post == post and t.in_office(day)}
            if len(holders) == 1:
                reading[post] = holders.pop()
        readings.setdefault(frozenset(reading.items()), day)
    top = max(map(len, readings), default=0)
    best = [day for reading, day in readings.items() if len(reading) == top]
    return (best[0], best[0]) if top >= 2 and len(best) == 1 else None


def _held_by(post: str, name: str) -> list[Tenure]:
    """The person's tenures of the post in the table."""
    key = canonical_name(name)
    return [t for t in known_tenures()[post] if t.holder == key]


def held_together(held: list[tuple[str, str]]) -> bool:
    """Some one day on which each (post, person) pair of `held` was the table's."""
    spans = [_held_by(post, name) for post, name in held]
    return not spans or any(all(any(t.in_office(day) for t in tenures) for tenures in spans)
                            for day in {t.start for tenures in spans for t in tenures})


def article_era(relations: list[Relation]) -> Era | None:
    """An undated article's time from the posts it names holders of: "Tory leader Michael
    Howard" and "Chancellor Gordon Brown" put it in 2003-2005. The span that the most of
    them share, if one span does (a "former" post told as a title does not spoil it)."""
    spans = [held for rel in relations if rel.type in ("holdsOffice", "leaderOf")
             and rel.end is None and covered(rel.object.name)
             and (held := _held_by(rel.object.name, rel.subject.name))]
    best: dict[Era, int] = {}
    for day in {t.start for held in spans for t in held}:
        inside = [next(t for t in held if t.in_office(day)) for held in spans
                  if any(t.in_office(day) for t in held)]
        # (to the last day before the first of them ends: the day it ends is its successor's,
        # so "Chancellor Gordon Brown" is no time at which he was already prime minister)
        era = (max(t.start for t in inside),
               min(t.end or date.max for t in inside) - timedelta(days=1))
        best[era] = len(inside)
    top = max(best.values(), default=0)
    eras = [era for era, n in best.items() if n == top]
    return eras[0] if top and len(eras) == 1 else None
