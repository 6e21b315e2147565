"""Who 'the prime minister' or 'the Labour leader' is: a table of known holders, dated.

Reports name a person once and then call them by their post ("the former prime
minister", "the Ukip leader"). A reader resolves that from what they know of
the time; the rules do the same from data/office_holders.csv (UK prime
ministers, great offices of state, first ministers, Speakers, mayors of London, leaders of
the opposition and party leaders, with their start and end days, compiled from public records:
Wikidata's P39 "position held" and the parties' own lists; facts, not text).

A post so named is given to a person only when the article names that person
too, and exactly one person it names held the post at the article's date
(before it, for "former"; at any time, in an undated article). A guess from
the story's order is never made for a post this table covers.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from spacy.tokens import Doc, Span, Token

from polkg.loaders.lexicon import words

from .facts import Entity, Relation
from .mentions import Mentions
from .rules import evidence, group_leader
from .tenures import article_era, known_tenures, table_holder, titles_era

INDEFINITE = words("indefinite")
SESSION_NOUNS = words("session_nouns", "names")
CONFIDENCE = 0.7


def known_holders(doc: Doc, mentions: Mentions, relations: list[Relation],
                  published: date | None, offset: int) -> Iterator[Relation]:
    """holdsOffice / leaderOf for posts named without a name beside them."""
    stated = {(r.type, id(r.subject), id(r.object)) for r in relations}
    people = [e for e in mentions.entities.values() if e.kind == "person"]
    titles = list(_bare_titles(doc, mentions))
    era = None if published is not None else article_era(relations) or titles_era(
        [(post.name, title) for title, post, _ in titles], people)
    for title, post, kind in titles:
        person = table_holder(post.name, title, people, published, era)
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
        if party is None or party.name not in tables or group_leader(tok):
            continue
        span = doc[min(c.i for c in tok.subtree if c.i <= tok.i):tok.i + 1]
        if _definite(span) and not _named_beside(span, mentions):
            yield span, party, "leaderOf"


def _definite(span: Span) -> bool:
    """One post: 'the (former) prime minister', 'PM' in a headline, "Labour's leader"; not
    'a minister', 'prime ministers' or "prime minister's questions" (a session)."""
    before = span.doc[span.start - 1].lower_ if span.start > 0 else ""
    words = {t.lower_ for t in span} | {before}
    after = span.doc[span.end:span.end + 2]
    session = len(after) == 2 and after[0].lower_ in ("'s", "’s") \
        and after[1].lower_ in SESSION_NOUNS
    return not words & INDEFINITE and span.root.tag_ not in ("NNS", "NNPS") and not session


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
