"""Who 'the prime minister' or 'the Labour leader' is: a table of known holders, dated.

Reports name a person once and then call them by their post ("the former prime
minister", "the Ukip leader"). A reader resolves that from what they know of
the time; the rules do the same from data/office_holders.csv (UK prime
ministers, great offices of state, first ministers, Speakers, mayors of London
and party leaders, with their start and end days, compiled from public records:
Wikidata's P39 "position held" and the parties' own lists; facts, not text).

A post so named is given to a person only when the article names that person
too, and exactly one person it names held the post at the article's date
(before it, for "former"; at any time, in an undated article). A guess from
the story's order is never made for a post this table covers.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc, Span, Token

from polkg.graph.identity.identity import canonical_name
from polkg.loaders.lexicon import words

from .facts import Entity, Relation
from .mentions import Mentions
from .rules import evidence

FORMER = words("former")
INDEFINITE = words("indefinite")
CONFIDENCE = 0.7


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


def known_holders(doc: Doc, mentions: Mentions, relations: list[Relation],
                  published: date | None, offset: int) -> Iterator[Relation]:
    """holdsOffice / leaderOf for posts named without a name beside them."""
    stated = {(r.type, id(r.subject), id(r.object)) for r in relations}
    people = [e for e in mentions.entities.values() if e.kind == "person"]
    for title, post, kind in _bare_titles(doc, mentions):
        person = _sole_holder(post.name, people, published, _former(title))
        if person is not None and (kind, id(person), id(post)) not in stated:
            stated.add((kind, id(person), id(post)))
            yield Relation(kind, person, post,
                           evidence(title.sent, offset, "known-holder", CONFIDENCE))


def _bare_titles(doc: Doc, mentions: Mentions) -> Iterator[tuple[Span, Entity, str]]:
    """'the (former) prime minister', 'the Labour leader', with no person named beside it."""
    tables = known_tenures()
    for span, entity in mentions.spans:
        if entity.kind == "office" and entity.name in tables and _definite(span) \
                and not _named_beside(span, mentions):
            yield span, entity, "holdsOffice"
    for tok in doc:
        if tok.lower_ != "leader":
            continue
        party = next((mentions.at(c) for c in tok.children if c.dep_ in ("compound", "amod", "poss")
                      and mentions.at(c) is not None and mentions.at(c).kind == "party"), None)
        if party is None or party.name not in tables:
            continue
        span = doc[min(c.i for c in tok.subtree if c.i <= tok.i):tok.i + 1]
        if _definite(span) and not _named_beside(span, mentions):
            yield span, party, "leaderOf"


def _definite(span: Span) -> bool:
    """One post: 'the (former) prime minister', 'PM' in a headline, "Labour's leader"; not
    'a minister' or 'prime ministers'."""
    before = span.doc[span.start - 1].lower_ if span.start > 0 else ""
    words = {t.lower_ for t in span} | {before}
    return not words & INDEFINITE and span.root.tag_ not in ("NNS", "NNPS")


def _former(span: Span) -> bool:
    words = {t.lower_ for t in span.doc[max(span.start - 2, 0):span.end]}
    return bool(words & FORMER) or any(t.lower_.startswith("ex-") for t in span)


def _named_beside(span: Span, mentions: Mentions) -> bool:
    """'the prime minister, Rishi Sunak' or 'Labour leader Keir Starmer': the title rules'."""
    doc = span.doc
    for i in (span.end, span.end + 1, span.start - 1, span.start - 2):
        if 0 <= i < len(doc):
            found = mentions.at(doc[i])
            if found is not None and found.kind == "person":
                return True
    return _apposed_person(span.root, mentions)


def _apposed_person(root: Token, mentions: Mentions) -> bool:
    for tok in [root, root.head]:
        for child in tok.children:
            if child.dep_ == "appos" and (found := mentions.at(child)) is not None \
                    and found.kind == "person":
                return True
    return False


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
