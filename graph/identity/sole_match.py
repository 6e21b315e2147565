"""A person known only from articles is the one person on record whose name fits.

An article names "Vince Cable" or "Liz Truss" but gives no identifier and no
seat to join them to EveryPolitician's "Vincent Cable" and "Elizabeth Truss",
so the seat rule of duplicates.py cannot. Such a person is taken to be the one
person **on record** (an identifier, or a seat or office, read from a document
that is not an article) whose name is compatible with theirs (names.py: a
short form, middle names, an initial; a surname alone or a Jnr/Snr on one side
does not fit), when there is exactly one, and nothing speaks against it
(duplicates.py: another birth date, another party on a day both date, a user's
--distinct). With two or more such persons nothing is merged: the pairs stay
listed by `polkg duplicates` for a user to decide.

A news person's own seats and offices do not put them on record: the article
is the only source either way, and its reading may be wrong.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from datetime import date
from typing import Protocol

from rdflib import URIRef

from .groups import groups
from .names import compare_names, surname

#: The pol:loader of articles (loaders/news; graph/ does not import loaders).
ARTICLES = "news"

#: A dated party membership: (party, first day, last day or None while ongoing).
Membership = tuple[URIRef, date, date | None]


class Known(Protocol):
    """What the rule reads of a stored person (duplicates._Entity)."""

    iri: URIRef
    label: str
    aliases: set[str]
    ids: set[str]
    posts: dict
    loaders: set[str]  # the pol:loader of each document that names the person


def only_in_articles(person: Known) -> bool:
    return not person.ids and person.loaders == {ARTICLES}


def on_record(person: Known) -> bool:
    return bool(person.ids or person.posts) and bool(person.loaders - {ARTICLES})


def sole_matches(people: Iterable[Known], joined: Iterable[tuple[URIRef, URIRef]] = ()
                 ) -> Iterator[tuple[URIRef, URIRef]]:
    """(a person known only from articles, a node of the one person on record whose name fits
    theirs), where there is exactly one such person and a name fits without a Jnr or Snr on
    one side. `joined` are pairs of nodes already known to be one person (strong pairs not yet
    merged: a results file's and a term file's node of one MP are one candidate, not two)."""
    people = list(people)
    one = {node: min(members) for node, members in groups(joined).items()}
    by_surname: dict[str, list[Known]] = defaultdict(list)
    for person in filter(on_record, people):
        for key in {surname(n) for n in _names(person)}:
            by_surname[key].append(person)
    for person in filter(only_in_articles, people):
        fits: dict[URIRef, dict[URIRef, bool]] = defaultdict(dict)  # person -> node -> clean
        for name in _names(person):
            for other in by_surname.get(surname(name), ()):
                for theirs in _names(other):
                    match = compare_names(name, theirs)
                    if match.compatible and not match.surname_only:
                        nodes = fits[one.get(other.iri, other.iri)]
                        nodes[other.iri] = nodes.get(other.iri, False) or not match.suffix_differs
        if len(fits) == 1:
            (nodes,) = fits.values()
            if any(nodes.values()):
                yield from ((person.iri, node) for node in nodes)


def party_disagreement(a: Iterable[Membership], b: Iterable[Membership]) -> date | None:
    """The first day on which both date a party membership and name no party in common;
    None when there is none (undated memberships say nothing of a day).

    >>> lab, con = URIRef("lab"), URIRef("con")
    >>> party_disagreement([(lab, date(2017, 6, 8), None)], [(con, date(2018, 1, 1), None)])
    datetime.date(2018, 1, 1)
    """
    a, b = list(a), list(b)
    days = sorted(max(sa, sb) for pa, sa, ea in a for pb, sb, eb in b
                  if pa != pb and _overlap((sa, ea), (sb, eb)))
    for day in days:
        if not _parties_on(a, day) & _parties_on(b, day):
            return day
    return None


def _parties_on(memberships: list[Membership], day: date) -> set[URIRef]:
    return {party for party, first, last in memberships if _overlap((first, last), (day, day))}


def _overlap(x: tuple[date, date | None], y: tuple[date, date | None]) -> bool:
    return x[0] <= (y[1] or date.max) and y[0] <= (x[1] or date.max)


def _names(person: Known) -> list[str]:
    return [person.label, *sorted(person.aliases)]
