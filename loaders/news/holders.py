"""Who 'the prime minister' or 'the Labour leader' is: a table of known holders, dated.

Reports name a person once and then call them by their post ("the former prime
minister", "the Ukip leader"). A reader resolves that from what they know of
the time; the rules do the same from data/office_holders.csv (UK prime
ministers, great offices of state, first ministers, Speakers, mayors of London, leaders of
the opposition and party leaders, with their start and end days, compiled from public records:
Wikidata's P39 "position held" and the parties' own lists; facts, not text).

A post so named is given to a person only when the article names that person
too, and exactly one person it names held the post at the article's date
(before it, for "former"; in an undated article, within the years its titled
names give it, or else at any time, so long as one day fits every such reading
of its titles). A guess from the story's order is never made for a post this
table covers.

In a headline digest the item says who: a summary that calls someone "the
former health secretary" or "a Labour MP" speaks of the one person its
headline names (digest_holders), the table permitting.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date

from spacy.tokens import Doc, Span, Token

from polkg.loaders.lexicon import words

from .facts import Entity, Event, Relation
from .gazetteer import PARTIES
from .mentions import (
    HONORIFIC,
    QUITTING,
    Mentions,
    digest_items,
    lead,
    party_post,
    possessive_mark,
    prefix_name,
    stories,
)
from .rules import evidence, group_leader, speculative
from .tenures import (
    FORMER,
    article_era,
    covered,
    former,
    held_on,
    held_together,
    held_within,
    known_tenures,
    table_holder,
    titles_era,
)

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
    found: list[tuple[Span, Relation]] = []
    for title, post, kind in titles:
        person = table_holder(post.name, title, people, published, era)
        if person is not None and (kind, id(person), id(post)) not in stated:
            stated.add((kind, id(person), id(post)))
            found.append((title, Relation(kind, person, post, evidence(
                title.sent, offset, "known-holder", CONFIDENCE))))
    if published is None and era is None and not held_together(
            [(r.object.name, r.subject.name) for title, r in found if not former(title)]):
        return  # an undated article's titles are of one time: "the prime minister" and "the
        # chancellor" beside Gordon Brown alone cannot both be his, so neither is read
    yield from (r for _, r in found)


def unnamed_leaderships(doc: Doc, mentions: Mentions, relations: list[Relation],
                        published: date | None, offset: int) -> Iterator[Relation]:
    """'with leader Charles Kennedy saying', "Stanley Baldwin's leadership", 'his leadership':
    a party leader whose party the words leave out leads the one party the article names
    that the table says the person led then (on the report's day; before it, 'former'; up to
    it, a leadership; at any time, in an undated report). "X's leadership of the Tory party"
    names the party itself."""
    stated = {(id(r.subject), id(r.object)) for r in relations if r.type == "leaderOf"}
    parties = [e for e in mentions.entities.values() if e.kind == "party" and covered(e.name)]
    for tok in doc:
        found = _bare_leader(tok, mentions) or _owned_leadership(tok, mentions)
        if found is None:
            continue
        person, named, when, was = found
        if named is None:
            led = [p for p in parties if held_within(p.name, person.name, when(published), was)]
            named = led[0] if len(led) == 1 else None
        if named is not None and (id(person), id(named)) not in stated:
            stated.add((id(person), id(named)))
            yield Relation("leaderOf", person, named,
                           evidence(tok.sent, offset, "known-leader", CONFIDENCE))


def party_deputies(doc: Doc, mentions: Mentions, relations: list[Relation],
                   published: date | None, offset: int) -> Iterator[Relation]:
    """"Corbyn's deputy, Tom Watson", 'Starmer and his deputy, Angela Rayner': the deputy
    leader of the one party the table of holders has the possessor lead on the report's day,
    when it has them in no post of government then ("Sunak's deputy" is his deputy prime
    minister, and a party in government may have no deputy leader)."""
    if published is None:
        return
    stated = {(id(r.subject), id(r.object)) for r in relations if r.type == "holdsOffice"}
    for tok in doc:
        if tok.lower_ != "deputy" or tok.pos_ != "NOUN":
            continue
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        leader = mentions.entity(owner) if owner is not None else None
        named = [c for c in tok.children if c.dep_ == "appos"] + (
            [tok.head] if tok.dep_ == "appos" else [])
        deputy = next((e for t in named if (e := mentions.at(t)) is not None
                       and e.kind == "person" and e is not leader), None)
        if leader is None or leader.kind != "person" or deputy is None:
            continue
        held = set(held_on(leader.name, published)) - {"Leader of the Opposition"}
        if len(held) != 1 or not held <= set(PARTIES):
            continue  # (no party's leader then, or also in a post of government)
        post = mentions.add(doc[tok.i:tok.i + 1], "office", party_post("Deputy Leader", *held),
                            tok.text, overwrite=False)
        if (id(deputy), id(post)) not in stated:
            stated.add((id(deputy), id(post)))
            yield Relation("holdsOffice", deputy, post,
                           evidence(tok.sent, offset, "party-deputy", CONFIDENCE))


#: A leadership the words name without its party: the leader, the party if the words name
#: it after all, when to ask the table for (from the report's date) and whether "former".
_Leadership = tuple[Entity, Entity | None, Callable[[date | None], tuple[date, date] | None],
                    bool]


def _on_the_day(published: date | None) -> tuple[date, date] | None:
    return None if published is None else (published, published)


def _up_to(published: date | None) -> tuple[date, date] | None:
    return None if published is None else (date.min, published)


def _bare_leader(tok: Token, mentions: Mentions) -> _Leadership | None:
    """'leader X', 'former leader X' with no party, body or post before it."""
    doc = tok.doc
    if tok.lower_ != "leader" or mentions.at(tok) is not None or group_leader(tok):
        return None
    k = tok.i + 1
    while k < len(doc) and doc[k].lower_.rstrip(".") in HONORIFIC:
        k += 1
    person = mentions.at(doc[k]) if k < len(doc) else None
    if person is None or person.kind != "person":
        return None
    before = doc[tok.i - 1] if tok.i > 0 else None
    was = before is not None and (before.lower_ in FORMER or before.lower_.startswith("ex-"))
    if before is not None and not was and (
            before.pos_ in ("NOUN", "PROPN", "ADJ", "NUM") or before.text == "-"
            or possessive_mark(before) or mentions.at(before) is not None):
        return None  # "union leader X", "the council's leader X": of another body
    return person, None, _on_the_day, was


def _owned_leadership(tok: Token, mentions: Mentions) -> _Leadership | None:
    """"X's leadership", 'his leadership (of the party)'; not 'his leadership bid'."""
    if tok.lower_ != "leadership" or tok.dep_ == "compound":
        return None
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    person = mentions.entity(owner) if owner is not None else None
    if person is None or person.kind != "person" or owner.pos_ == "PRON" and not any(
            e is person and tok.sent.start <= s.start < owner.i for s, e in mentions.spans):
        return None  # 'his leadership' with no name before it in the sentence: whose
        # leadership a pronoun means, the story's order alone cannot say
    of = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
          for g in c.children if g.dep_ == "pobj"]
    named = next((e for g in of if (e := mentions.entity(g)) is not None
                  and e.kind == "party"), None)
    if of and named is None:
        return None  # "her leadership of the council"
    return person, named, _up_to, False


def _bare_titles(doc: Doc, mentions: Mentions) -> Iterator[tuple[Span, Entity, str]]:
    """'the (former) prime minister', 'the Labour leader', with no person named beside it."""
    tables = known_tenures()
    for span, entity in mentions.spans:
        if entity.kind == "office" and entity.name in tables and _definite(span) \
                and not _named_beside(span, mentions) \
                and not (span.root.dep_ in ("attr", "oprd") and not any(
                    c.dep_ in ("det", "poss") for c in span.root.children)):
            # "no one could be prime minister": a role, no one's; "is the prime minister" is
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
    sent = span.sent
    for i in (span.end, span.end + 1, span.start - 1, span.start - 2):
        if sent.start <= i < sent.end:  # (not the headline's last word above a summary)
            found = mentions.at(doc[i])
            if found is not None and found.kind == "person":
                return True
    return _apposed_person(span.root, mentions)


def _apposed_person(root: Token, mentions: Mentions) -> bool:
    """'the prime minister, Rishi Sunak,' or 'Ken Clarke, the former chancellor,': the post
    and a name in apposition, either way round."""
    if root.dep_ == "appos" and getattr(mentions.at(root.head), "kind", None) == "person":
        return True
    for tok in [root, root.head]:
        for child in tok.children:
            if child.dep_ == "appos" and (found := mentions.at(child)) is not None \
                    and found.kind == "person":
                return True
    return False


def digest_holders(doc: Doc, mentions: Mentions, relations: list[Relation],
                   published: date | None, offset: int) -> Iterator[Relation]:
    """In a headline digest, a post named alone in an item's summary ('Calls grow for
    the UK foreign secretary to go', 'at the former health secretary', 'A Labour MP
    describes ...') is the one person the item's headline names, when the summary does not
    name that person itself; a post of the table of holders only if the table agrees."""
    stated = {(r.type, id(r.subject), id(r.object)) for r in relations}
    for headline, summary in digest_items(doc):
        named = {id(e): e for s, e in mentions.spans if e.kind == "person"
                 and headline.start <= s.start < headline.end and not prefix_name(s)}
        if len(named) != 1:
            continue
        person = next(iter(named.values()))
        if any(e is person and s.root.pos_ != "PRON" for s, e in mentions.spans
               if summary.start <= s.start < summary.end):
            continue  # (a pronoun of the summary is no name: "as she has")
        for span, post, kind in _summary_titles(mentions, summary):
            if kind != "memberOf" and post.name in known_tenures() and table_holder(
                    post.name, span, [person], published) is None:
                continue
            if (kind, id(person), id(post)) not in stated:
                stated.add((kind, id(person), id(post)))
                yield Relation(kind, person, post,
                               evidence(span.sent, offset, "digest-title", 0.6))


def prefixed_new_posts(doc: Doc, mentions: Mentions, offset: int, digest: bool
                       ) -> Iterator[Relation]:
    """'Lee Anderson: New Tory deputy chairman would back ...': a headline whose prefix names
    a person and whose words after the colon open with a new post is about that person's new
    post (rules.newly_made dates it). A post after the colon without "New" may be anyone's
    ('Owen Paterson: Minister defends U-turn')."""
    for head, _ in stories(doc, digest):
        prefixed = [(s, e) for s, e in mentions.spans if e.kind == "person"
                    and s.start == head.start and prefix_name(s)]
        if not prefixed:
            continue
        span, person = prefixed[0]
        new = span.end + 1  # the word after the colon
        if new >= len(doc) or doc[new].lower_ != "new":
            continue
        post = next((e for s, e in mentions.spans if e.kind == "office"
                     and s.start in (new, new + 1)), None)
        if post is not None:
            yield Relation("holdsOffice", person, post,
                           evidence(doc[new].sent, offset, "prefix-new-post", 0.7))


def _summary_titles(mentions: Mentions, summary: Span) -> Iterator[tuple[Span, Entity, str]]:
    """Posts a summary names alone: an office ('the former health secretary', 'First
    minister' opening it), a party's MP ('A Labour MP') or leader ('The Tory leader')."""
    for span, entity in mentions.spans:
        if entity.kind == "office" and summary.start <= span.start < summary.end \
                and (_definite(span) or span.start == summary.start) \
                and not _named_beside(span, mentions) \
                and not any(c.dep_ == "poss" and getattr(mentions.at(c), "kind", None)
                            in ("person", "office") for c in span.root.children):
            # "the PM's ethics adviser" is someone else ("Labour's deputy leader" may be him)
            yield span, entity, "holdsOffice"
    for tok in summary:
        party = next((mentions.at(c) for c in tok.children if c.dep_ in ("compound", "amod")
                      and getattr(mentions.at(c), "kind", None) == "party"), None)
        if party is None or any(c.dep_ == "poss" for c in tok.children):
            continue
        span = tok.doc[min(c.i for c in tok.subtree if c.i <= tok.i):tok.i + 1]
        if tok.lower_ == "mp" and not _named_beside(span, mentions):
            yield span, party, "memberOf"
        elif tok.lower_ == "leader" and not group_leader(tok) and _definite(span) \
                and not _named_beside(span, mentions):
            yield span, party, "leaderOf"


def headline_posts(doc: Doc, mentions: Mentions, events: list[Event], offset: int,
                   digest: bool) -> Iterator[tuple[Event, Token]]:
    """'Tory chairman quits after by-election losses' over 'Oliver Dowden resigns, ...': the
    post a headline says was left is the one the story's resigner left, when the story tells
    one person's resignation and no post. When the story tells none, the resigner is the
    person the headline's 'Imran Hussain:' prefix names, or else the one person its first
    sentence names as a subject ('Kevin Stewart says he can no longer do the job'). A
    headline's subject is a post only when no one is named in it."""
    for head, story in stories(doc, digest):
        for tok in head:
            office = _post_leaving(tok, mentions)
            if office is None:
                continue
            told = [e for e in events if e.type == "Resigned" and e.agent is not None
                    and e.agent.kind == "person"
                    and offset + story.start_char <= e.evidence.char_start
                    < offset + story.end_char]
            agents = {id(e.agent): e.agent for e in told}
            if len(agents) == 1:
                for ev in told:
                    ev.object = ev.object or office
                continue
            named = _story_subject(head, story, mentions)
            if not agents and named is not None:
                yield Event("Resigned", named, office,
                            evidence(head, offset, "headline-post", CONFIDENCE)), tok


def _story_subject(head: Span, story: Span, mentions: Mentions) -> Entity | None:
    """Whom a headline that names only a post is about: the name before its colon, or the one
    person named as a subject in the first sentence below it."""
    prefixed = [e for s, e in mentions.spans if e.kind == "person"
                and s.start == head.start and prefix_name(s)]
    if prefixed:
        return prefixed[0]
    first = lead(story)
    named = {id(e): e for s, e in mentions.spans if first is not None and e.kind == "person"
             and first.start <= s.start < first.end}
    subjects = [e for s, e in mentions.spans if id(e) in named and first.start <= s.start
                < first.end and s.root.dep_ in ("nsubj", "nsubjpass")]
    return subjects[0] if len(named) == 1 and subjects else None


def _post_leaving(tok: Token, mentions: Mentions) -> Entity | None:
    """The post a resigning verb's subject names, when the subject is a post and no person."""
    if tok.lemma_ not in QUITTING or tok.pos_ != "VERB" or speculative(tok) or (
            tok.lemma_ == "step" and not any(c.lower_ == "down" for c in tok.children)):
        return None
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    post = mentions.at(subject) if subject is not None else None
    if post is None or post.kind != "office" or any(
            getattr(mentions.at(t), "kind", None) == "person" for t in subject.subtree):
        return None
    return post
