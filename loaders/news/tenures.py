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
from datetime import date
from functools import lru_cache
from importlib import resources

from spacy.tokens import Span

from polkg.graph.identity.identity import canonical_name
from polkg.loaders.lexicon import words

from .facts import Entity

FORMER = words("former")


@dataclass(frozen=True)
class Tenure:
    post: str  # an office's canonical name, or a party's (for its leader)
    holder: str  # canonical_name() of the holder
    start: date
    end: date | None

    def held_on(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


@lru_cache(maxsize=1)
def known_tenures() -> dict[str, tuple[Tenure, ...]]:
    """The table, by post."""
    text = resources.files("polkg.loaders.news").joinpath("data/office_holders.csv")
    by_post: dict[str, list[Tenure]] = {}
    for row in csv.DictReader(text.read_text(encoding="utf-8").splitlines()):
        end = date.fromisoformat(row["end"]) if row["end"] else None
        by_post.setdefault(row["post"], []).append(
            Tenure(row["post"], canonical_name(row["holder"]), date.fromisoformat(row["start"]),
                   end))
    return {post: tuple(tenures) for post, tenures in by_post.items()}


def _former(span: Span) -> bool:
    words = {t.lower_ for t in span.doc[max(span.start - 2, 0):span.end]}
    return bool(words & FORMER) or any(t.lower_.startswith("ex-") for t in span)


def covered(post: str) -> bool:
    """The table knows the post's holders."""
    return post in known_tenures()


def table_holder(post: str, title: Span, people: list[Entity], published: date | None
                 ) -> Entity | None:
    """Who 'the prime minister' of `title` is: the one person named who held it then."""
    return _sole_holder(post, people, published, _former(title))


def _sole_holder(post: str, people: list[Entity], published: date | None,
                 former: bool) -> Entity | None:
    tenures = known_tenures()[post]
    fits = []
    for person in people:
        key = canonical_name(person.name)
        held = [t for t in tenures if t.holder == key]
        if published is not None and former:
            held = [t for t in held if t.end is not None and t.end <= published]
        elif published is not None:
            held = [t for t in held if t.held_on(published)]
        if held:
            fits.append(person)
    return fits[0] if len(fits) == 1 else None
