"""One parsed article to its facts: mentions, events with dates, relations with start and end."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from polkg.graph.identity.dates import DateInterval
from polkg.loaders.lexicon import words

from .facts import Entity, Event, Evidence, Relation
from .holders import (
    digest_holders,
    headline_posts,
    known_holders,
    party_deputies,
    prefixed_new_posts,
    unnamed_leaderships,
)
from .mentions import (
    BY_ELECTION,
    BY_ELECTIONS,
    ELECTION_KINDS,
    HEAD_OF_STATE_POSTS,
    PROSPECTIVE,
    SEAT_VERBS,
    SPEECH_VERBS,
    KnownPeople,
    Mentions,
    headline,
    is_year,
    party_post,
    stories,
)
from .polls import (
    NEAR_DAYS,
    general_election_years,
    held_in,
    known_polls,
    outcome_polls,
    poll_for,
    polling_days,
    told_past,
    topic,
)
from .rules import (
    ANNOUNCING,
    SEAT_WORDS,
    STILL_TO_COME,
    announced_by,
    candidacies,
    capacities,
    caption_titles,
    chairs,
    contest_candidates,
    contest_entrants,
    definite_offices,
    done_to,
    filed_contenders,
    find_events,
    find_relations,
    holders_since,
    led_parties,
    members_for,
    newly_made,
    owned_polls,
    owned_posts,
    party_groups,
    party_leaders,
    party_seats,
    post_seekers,
    posts_of_resigners,
    predecessors,
    represented,
    seat_titles,
    seats_where,
    speculative,
    standing_for_party,
    whip_events,
)
from .temporal import (
    ANAPHOR,
    WEEKDAYS,
    TimeRef,
    anaphor_shift,
    counted,
    moved_by,
    offset_days,
    resolve,
    shift_days,
)
from .tenures import (
    FORMER,
    held_on,
    known_tenures,
    left_before,
    posts_of,
    table_denies,
    table_denies_new,
    table_outlasts,
    table_start,
    took_post,
)

NO_DATE = "the article does not say when"
#: "before becoming AM for Neath": a result told only as before or after another deed
BESIDE_ANOTHER = "told only as before or after another deed, whose time it is not"
#: "became an MP at 27": a result told by its winner's age
AT_AN_AGE = "told only by the agent's age"
#: "has run for the leadership before": some earlier time, not the report's.
EARLIER_TIMES = words("earlier_times")
MATTERS_OF = words("matters_of")
#: ... of which a digest's item tells what came of it that day: "named after X's resignation"
MATTERS_SINCE = words("matters_since")
SHARED_TITLES = words("shared_titles")
#: Rules that read a candidacy for a party's leadership, never for a seat.
LEADERSHIP_CANDIDACIES = frozenset({"leadership-contender", "seeks-post",
                                    "challenged-for-leadership"})
#: A voice, not a post, unless someone named holds it: "a Labour spokesman said".
SPOKES = re.compile(r"\bspokes(man|woman|person)\b", re.IGNORECASE)
#: Verbs of a result: the day they happen is the election's polling day (the day of calling
#: one is not).
RESULT_VERBS = words("result_verbs", "elections")
SEVERAL = words("several", "elections")
CALLING = words("calling_verbs", "elections")
#: The polls of the nations with their own parliaments.
DEVOLVED = words("devolved", "elections")
#: "within hours of the result": what a poll gives.
POLL_RESULTS = words("poll_results", "elections")
#: "in the wake of the referendum": after it.
IN_THE_WAKE = words("in_the_wake", "elections")
PARTY_RESULTS = words("party_results", "elections")
TEMPORAL_PREPS = words("temporal_preps")
#: How long a party leadership contest runs, nominations to result, at most (Labour 2020:
#: 6 January to 4 April).
CONTEST_RUN_DAYS = 120
NO_ARTICLE_DATE = "relative date and the article's date is unknown"
#: A digest has at least this many items (a headline line with a summary below it).
DIGEST_ITEMS = 3
#: Events that end or start a membership, and whether they end it.
MEMBERSHIP_EFFECT = {"Expelled": "end", "Left": "end", "Joined": "start", "Reinstated": "start"}
OFFICE_EFFECT = {"Appointed": "start", "Resigned": "end", "Dismissed": "end"}


@dataclass
class ArticleFacts:
    entities: list[Entity] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    #: each entity's first name in the article (fact or not), as file offsets
    mentions: list[tuple[Entity, int, int]] = field(default_factory=list)


def extract(doc: Doc, published: date | None, offset: int = 0,
            known: KnownPeople | None = None) -> ArticleFacts:
    mentions = Mentions.build(doc, known, published)
    digest = is_digest(doc)
    if digest:  # a digest's first line names the feed, not the news
        mentions.drop_inside(next(s for s in doc.sents if s.text.strip()))
    mentions.add_elections(general_election_years())
    mentions.add_power_won(general_election_years())
    for span, poll in outcome_polls(doc, published):  # "Britain has voted to leave the EU"
        mentions.add(span, "election", f"{poll.day.year} {poll.topic} referendum",
                     election_kind="referendum", date=DateInterval.parse(poll.day.isoformat()))
    _merge_by_elections(mentions)
    _elections_pointed_back(mentions)
    _by_elections_of_named_seats(mentions, published)
    _fold_party_posts(mentions)
    _fold_shared_titles(mentions)
    found = list(find_events(doc, mentions, offset)) + list(whip_events(doc, mentions, offset))
    found += list(candidacies(doc, mentions, offset)) + list(post_seekers(doc, mentions, offset))
    found += list(contest_entrants(doc, mentions, offset))
    found += list(filed_contenders(doc, mentions, offset, digest))
    found += list(done_to(doc, mentions, offset)) + list(owned_polls(mentions, offset))
    _posts_of_predecessors(found)
    found += _gapped_posts(found, mentions)
    found += _seats_won_from(found, mentions)
    found += list(headline_posts(doc, mentions, [ev for ev, _ in found], offset, digest))
    current = _current_election(mentions, published)
    _date_elections(mentions, published)
    _devolved_years(mentions, doc)  # once the polls have their words' dates ("on 6 May")
    _date_known_polls(mentions, published)
    _refold([ev for ev, _ in found], mentions)  # (facts found before two mentions of one
    # election were folded)
    told = _date_events(found, published, current, mentions, digest)
    events = _merge_events([ev for ev, _ in found])
    _date_as_reported(events, told, published)
    for ev in events:  # "won the Hartlepool by-election on Thursday" dates the by-election
        election = mentions.folded.get(id(ev.election), ev.election)
        stated = ev.date is not None and not ev.date_inferred and ev.type in (
            "Elected", "Defeated", "BecameLeader")
        if stated and election is not None and election.guessed_from is not None \
                and not _compatible(election.date, ev.date):
            _unguess(election)  # "lost the Labour leadership contest last year", in June 2016:
            # the 2015 contest, not the poll of September 2016 nearest the report
        if election is not None and election.date is None and stated:
            same = [e for e in mentions.entities.values() if e.kind == "election"
                    and e.date is not None and _compatible(e.date, ev.date) and (
                        e.election_kind, e.party, e.constituency) == (
                        election.election_kind, election.party, election.constituency)]
            if len(same) == 1:  # "won an election three years ago" where the article names
                _fold_into(mentions, election, same[0])  # "the victory in 2019": one poll
                continue
            election.date = ev.date
            if election.election_kind != "general election":
                election.aliases.add(election.name)
                election.name = f"{ev.date.earliest.year} {election.name}"
            else:  # named for the report's year: "defeated at the general election last year"
                _name_by_year(election, ev.date)
    _refold(events, mentions)
    _date_contests_by_leaders(events, mentions)
    _contests_won(events)
    _fold_bare_contests(mentions, events)
    _refold(events, mentions)
    _current_contests(mentions, published)
    only = _only_dated_election(mentions, published, people=True)
    for ev in events:  # results dated by fallback, now that their election has its day
        election = ev.election or _by_election_in(mentions, ev.object) or only or current
        if ev.date_inferred and ev.type in ("Elected", "Defeated") and election is not None \
                and election.date is not None and election.date.precision == "day":
            ev.date = election.date
    if published is None:  # undated article: an undated result in its one dated poll
        _date_results_by_election(events, mentions)
    for entity in mentions.entities.values():  # "the by-elections on Thursday" of 2023
        if entity.kind == "election" and entity.date and not entity.name[:4].isdigit():
            entity.aliases.add(entity.name)
            entity.name = f"{entity.date.earliest.year} {entity.name}"
    relations = list(find_relations(doc, mentions, offset))
    relations += list(known_holders(doc, mentions, relations, published, offset))
    relations += list(unnamed_leaderships(doc, mentions, relations, published, offset))
    relations += list(party_deputies(doc, mentions, relations, published, offset))
    if digest:
        relations += list(digest_holders(doc, mentions, relations, published, offset))
    relations += list(prefixed_new_posts(doc, mentions, offset, digest))
    relations += list(definite_offices(doc, mentions, relations, offset,
                                       {*known_tenures(), *HEAD_OF_STATE_POSTS}))
    relations += list(members_for(doc, mentions, offset, published)) + list(
        seat_titles(doc, mentions, offset))
    relations += list(represented(doc, mentions, offset, published))
    relations += list(seats_where(doc, mentions, offset))
    relations += list(posts_of_resigners(doc, mentions, offset))
    relations += list(chairs(doc, mentions, offset)) + list(owned_posts(doc, mentions, offset))
    relations += list(capacities(doc, mentions, offset)) + list(
        holders_since(doc, mentions, offset))
    relations += list(contest_candidates(doc, mentions, offset))
    relations += list(standing_for_party(doc, mentions, offset))
    relations += list(party_groups(doc, mentions, offset))
    relations += list(caption_titles(doc, mentions, offset))
    relations += list(party_leaders(doc, mentions, offset))
    relations += list(led_parties(doc, mentions, offset))
    relations += list(predecessors(doc, mentions, relations, offset))
    for ev in newly_made(doc, relations, offset):  # "the newly appointed X": of late
        if any(e.type == ev.type and e.agent is ev.agent and e.object is ev.object
               for e in events):
            continue
        if published is None:
            ev.date_reason = NO_ARTICLE_DATE
        elif table_denies_new(ev.object.name, ev.agent.name, published):
            ev.date_reason = NO_DATE  # "against it were the new Tory leader Thatcher" in
            # 2016: new then, in a time the story has gone back to
        else:  # "New Prime Minister Liz Truss" in a report: the day the table of holders
            # gives, or else the report's month, no finer
            start = table_start(ev.object.name, ev.agent.name, published)
            ev.date = DateInterval.of_day(start) if start else DateInterval.parse(
                f"{published:%Y-%m}")
            ev.date_inferred = True
            ev.evidence = replace(ev.evidence, confidence=round(
                ev.evidence.confidence * 0.75, 2))
        events.append(ev)
    events = _merge_events(events)  # "appointed to the role" is the new X's appointment
    events += _tenures_begun(relations, events)
    won = party_seats(doc, mentions)
    relations += [Relation("memberOf", ev.agent, won[id(ev.object)], ev.evidence)
                  for ev in events if ev.type == "Elected" and ev.agent is not None
                  and ev.object is not None and id(ev.object) in won and ev.party is None]
    contest = _sole_contest(mentions)
    for ev in events:  # "re-elected leader, defeating Owen Smith": a rival in that contest
        if ev.type == "Defeated" and ev.object is None and ev.election is None:
            ev.election = contest
    _fill_objects(events, relations, _in_the_story(
        doc, digest, offset, mentions,
        _only_dated_election(mentions, published) or _sole_by_election(mentions)),
        _sole_party(mentions))
    _resigned_from_held_posts(events, mentions, published)
    _shared_titles_by_the_table(relations, events, mentions)
    _posts_taken_by_the_table(events, mentions, published)
    _taken_on_the_tables_day(events, published)
    # an appointment to a post neither named nor found ("since he took office", "will take on
    # the top job") tells no post: FORMAT.md's Appointed has one
    events = [e for e in events if not (e.type == "Appointed" and e.object is None)
              and not (e.evidence.rule == "defeated-active" and e.object is None)]  # a rival
    # beaten in no seat: a leadership race, a vote, a match
    _elected_mayors(events)
    events += _defections_from_title(events, relations)
    relations += _from_events(events)
    _leaderships_left(events)
    if current is not None and current.date is None and published is not None and any(
            e.type == "Elected" and e.evidence.rule not in (
                "election-victory", "own-election", "newly-made", "done-to")
            and e.election in (None, current) and e.date is not None for e in events):
        # (a noun looks back: "her election in 2019"; a result left undated, "he said he was
        # elected", is no news of this month; nor is a by-election's, or a new mayor's)
        current.date = DateInterval.parse(f"{published:%Y-%m}")
    if current is not None and current.date is None and not any(
            e.object is current for e in events):
        current.name = "general election"  # "deserved a general election": no year to give it
    events += _elections_held(mentions, offset)
    relations = [r for r in _merge_relations(relations) if not (
        r.type in ("holdsOffice", "leaderOf") and table_denies(r.object.name, r.subject.name))]
    for rel in relations:
        if rel.type in ("holdsOffice", "leaderOf") and rel.end is not None and table_outlasts(
                rel.object.name, rel.subject.name, rel.end):
            rel.end = None  # an announced going: when it took effect, the text does not say
    held = {id(r.object) for r in relations}
    used = {id(e) for e in mentions.entities.values() if not (
        e.kind == "office" and id(e) not in held
        and SPOKES.search(e.name))}
    return ArticleFacts([e for e in mentions.entities.values() if id(e) in used], events,
                        relations, [m for m in mentions.first_spans(offset) if id(m[0]) in used])


def _date_contests_by_leaders(events: list[Event], mentions: Mentions) -> None:
    """'X was elected leader of the party on D' ... 'Y, who lost the leadership contest': the
    article's one undated leadership contest of that party ended on D."""
    contests = [e for e in mentions.entities.values() if e.kind == "election"
                and e.election_kind == "leadership election"]
    if len(contests) != 1:
        return
    contest = contests[0]
    leaders = [ev for ev in events if ev.type == "BecameLeader" and ev.election in (None, contest)
               and ev.object is not None and ev.object.kind == "party"]
    if len({id(ev.object) for ev in leaders}) != 1 or contest.party not in (None,
                                                                              leaders[0].object):
        return
    contest.party = leaders[0].object  # "the leadership contest" was that party's
    dated = {str(ev.date): ev for ev in leaders if ev.date is not None and not ev.date_inferred}
    ev = next(iter(dated.values()), None)
    if contest.date is None and len(dated) == 1:
        contest.date = ev.date
        contest.aliases.add(contest.name)
        contest.name = f"{ev.date.earliest.year} {contest.name}"


def _elected_mayors(events: list[Event]) -> None:
    """'since she became the first mayor of Teesside', 'Sadiq Khan, the new mayor of London':
    a mayoralty is won at the polls (a deputy mayor or a Lord Mayor is chosen)."""
    for ev in events:
        name = ev.object.name.lower() if ev.type == "Appointed" and ev.object else ""
        if re.search(r"\bmayor\b", name) and not any(w in name for w in ("deputy", "lord mayor")):
            # (not a "mayoral adviser")
            ev.type = "Elected"
            if ev.date_inferred and ev.date is not None and ev.date.precision == "day":
                # the table's day is the swearing-in, days after the poll: its month
                ev.date = DateInterval.parse(f"{ev.date.earliest:%Y-%m}")


def _posts_taken_by_the_table(events: list[Event], mentions: Mentions,
                              published: date | None) -> None:
    """'Staff were offered a way out when Raab was reappointed last month', the justice
    secretary named elsewhere: an appointment with no post found is to the one post the article
    names that the table of holders has its agent take within the event's date, before the
    report."""
    offices = [e for e in mentions.entities.values() if e.kind == "office"]
    for ev in events:
        if ev.type != "Appointed" or ev.object is not None or ev.agent is None \
                or ev.agent.kind != "person":
            continue
        taken = [office for office in offices
                 if _days_taken([office.name], ev.agent.name, ev.date, published)]
        if len(taken) == 1:
            ev.object = taken[0]


def _days_taken(posts: list[str], person: str, within: DateInterval | None,
                published: date | None) -> list[DateInterval]:
    """The days the table of holders has the person take one of the posts, within the date
    the text gives and not after the report."""
    days = [DateInterval.of_day(d) for post in posts for d in took_post(post, person)
            if published is None or d <= published]
    return [d for d in days if within is None or within.contains(d)]


def _taken_on_the_tables_day(events: list[Event], published: date | None) -> None:
    """'Members who elected Mr Corbyn', 'Truss became prime minister in 2022': a post or a
    party's leadership taken, told with no day, took place on the day the table of holders
    starts that person's one tenure of it that the words allow (within the date the text
    gives, before the report)."""
    for ev in events:
        if ev.type not in ("Appointed", "BecameLeader") or ev.agent is None \
                or ev.object is None or ev.date is not None and ev.date.precision == "day":
            continue
        days = _days_taken([ev.object.name], ev.agent.name, ev.date, published)
        if len(days) == 1:
            ev.date, ev.date_reason, ev.date_inferred = days[0], None, True


def _contests_won(events: list[Event]) -> None:
    """'weeks before Truss won the Conservative leadership contest' in a December 2022 report:
    the contest its winner won is the table's poll on the day the table of holders starts their
    leadership, not the party's contest nearest the report (which the table may have
    guessed)."""
    for ev in events:
        contest = ev.election
        if ev.type != "BecameLeader" or contest is None or ev.agent is None \
                or contest.election_kind != "leadership election" or ev.object is None \
                or ev.object.kind != "party":
            continue
        days = set(took_post(ev.object.name, ev.agent.name))
        polls = [p.day for p in known_polls() if p.kind == "leadership election"
                 and p.party == ev.object.name and p.day in days]
        if len(polls) != 1:
            continue
        day = DateInterval.of_day(polls[0])
        if contest.date is not None and not contest.date.contains(day) and not (
                contest.date.precision == "day" and contest.date.earliest in polling_days()):
            continue  # a date of the text's own that says otherwise
        contest.date = day
        _name_by_year(contest, day)
        if ev.date is None:
            ev.date, ev.date_reason, ev.date_inferred = day, None, True


def _by_election_in(mentions: Mentions, seat: Entity | None) -> Entity | None:
    """The article's by-election in that seat, if it reports one."""
    return next((e for e in mentions.entities.values() if e.kind == "election"
                 and e.election_kind == "by-election" and seat is not None
                 and e.constituency is seat), None)


def _sole_by_election(mentions: Mentions) -> Entity | None:
    """The article's one by-election with its seat, dated or not."""
    found = [e for e in mentions.entities.values() if e.kind == "election"
             and e.election_kind == "by-election" and e.constituency is not None]
    return found[0] if len(found) == 1 else None


def _sole_contest(mentions: Mentions) -> Entity | None:
    """The article's party leadership contest, when it reports no other election."""
    elections = [e for e in mentions.entities.values() if e.kind == "election"]
    if len(elections) == 1 and elections[0].election_kind == "leadership election":
        return elections[0] if elections[0].party is not None else None
    return None


def _fold_bare_contests(mentions: Mentions, events: list[Event]) -> None:
    """'the Tory leadership contest' ... 'the leadership election': where the article names
    one party's leadership contest, a contest it names with no party is that one (unless
    their years differ, or people stand in it: their party says whose it is)."""
    contests = [e for e in mentions.entities.values() if e.kind == "election"
                and e.election_kind == "leadership election"]
    named = [e for e in contests if e.party is not None]
    if len({id(e.party) for e in named}) != 1:
        return
    run = {id(ev.election) for ev in events if ev.election is not None}
    for bare in [e for e in contests if e.party is None and id(e) not in run]:
        keep = next((e for e in named if _compatible(e.date, bare.date)), None)
        if keep is not None:
            _fold_into(mentions, bare, keep)


def _current_contests(mentions: Mentions, published: date | None) -> None:
    """An undated leadership contest or by-election in a dated article is that year's (other
    kinds are not: a referendum named without a date is as often 2016's, or only proposed; a
    local or presidential election may be any year's)."""
    if published is None:
        return
    for entity in list(mentions.entities.values()):
        if entity.kind == "election" and entity.date is None \
                and entity.election_kind in ("leadership election", "by-election") \
                and not _prospective(entity, mentions) and not all(
                    s.root.tag_ == "NNS" for s in _spans(mentions, entity)):
            # (not "the party's leadership elections": contests in general)
            dated = [e for e in mentions.entities.values() if e.kind == "election"
                     and e.election_kind == entity.election_kind and e.party is entity.party
                     and e.constituency is entity.constituency and e.date is not None
                     and e.date.precision == "day"
                     and abs((e.date.earliest - published).days) <= 366]
            if len(dated) == 1:  # "the Tory leadership race" and "last month's contest"
                _fold_into(mentions, entity, dated[0])
                continue
            entity.aliases.add(entity.name)
            entity.name = f"{published.year} {entity.name}"
            entity.date = DateInterval.parse(str(published.year))


def _elections_pointed_back(mentions: Mentions) -> None:
    """'A general election was held in February 1974. In that election, X lost': "that"
    points back to the election named last before it, not to a poll of the same words told
    elsewhere in the story (a bare "general election" is one entity however often named)."""
    for n, (span, entity) in enumerate(mentions.spans):
        if entity.kind != "election" or entity.date is not None or not any(
                c.dep_ == "det" and c.lower_ == "that" for c in span.root.children):
            continue
        before = [(s, e) for s, e in mentions.spans if e.kind == "election" and e is not entity
                  and s.end <= span.start]
        if not before:
            continue
        named = max(before, key=lambda pair: pair[0].start)[1]
        mentions.spans[n] = (span, named)
        for i in range(span.start, span.end):
            mentions.by_token[i] = named
        if not any(e is entity for _, e in mentions.spans):
            mentions.entities = {k: e for k, e in mentions.entities.items() if e is not entity}


def _merge_by_elections(mentions: Mentions) -> None:
    """'The by-election was held ...' is the by-election of the seat the story has just named
    ('In Tiverton and Honiton, X defeated Y. The by-election was called ...'), or else the
    one by-election the article names with its seat or its own place ('the Thornbury
    by-election', a town no seat is named after, is no other seat's)."""
    doc = mentions.doc
    sents = list(doc.sents)
    for span, entity in list(mentions.spans):
        if entity.kind != "election" or entity.election_kind != "by-election" \
                or entity.constituency is not None or span.root.lower_ not in BY_ELECTION \
                or mentions.unknown_place(span):
            continue
        k = next(n for n, s in enumerate(sents) if s.start <= span.start < s.end)
        floor = sents[max(0, k - 1)].start
        seat = next((e for s, e in sorted(mentions.spans, key=lambda p: -p[0].start)
                     if e.kind == "constituency" and floor <= s.start < span.start), None)
        if seat is None:
            continue
        mentions.spans.remove((span, entity))
        target = next((e for e in mentions.entities.values() if e.kind == "election"
                       and e.election_kind == "by-election" and e.constituency is seat), None)
        name = target.name if target is not None else f"{seat.name} by-election"
        mentions.add(span, "election", name, span.text, election_kind="by-election",
                     constituency=seat)
        if not any(e is entity for _, e in mentions.spans):
            mentions.entities.pop(entity.key, None)
    placed = {id(e) for s, e in mentions.spans if e.kind == "election"
              and e.election_kind == "by-election" and mentions.unknown_place(s)}
    named = [e for e in mentions.entities.values() if e.kind == "election"
             and e.election_kind == "by-election" and (e.constituency or id(e) in placed)]
    if len(named) != 1:
        return
    for other in [e for e in mentions.entities.values() if e.kind == "election"
                  and e.election_kind == "by-election" and e is not named[0]
                  and e.constituency is None and id(e) not in placed]:
        _fold_into(mentions, other, named[0])


#: How near the report a day of by-elections must fall to be the one its unnamed
#: "by-elections" mean.
WEEK_DAYS = 7


def _by_elections_of_named_seats(mentions: Mentions, published: date | None) -> None:
    """'a history-making pair of byelections' in a report the day after, which names Tamworth
    and Mid Bedfordshire: the by-elections of the table held in the seats the article names,
    within a few weeks of the report, one poll for each seat; with no such seat named, the
    one day of by-elections within a week of the report."""
    if published is None:
        return
    seats = [e for _, e in sorted(mentions.spans, key=lambda p: p[0].start)
             if e.kind == "constituency"]
    for span, entity in list(mentions.spans):
        if entity.kind != "election" or entity.election_kind != "by-election" \
                or entity.constituency is not None or entity.date is not None:
            continue
        polls = list({p.topic: (p, seat) for seat in seats for p in known_polls()
                      if p.kind == "by-election" and held_in(p, seat.name)
                      and abs((p.day - published).days) <= NEAR_DAYS}.values())
        days = {p.day for p in known_polls() if p.kind == "by-election"
                and abs((p.day - published).days) <= WEEK_DAYS}
        if not polls and len(days) == 1 and not any(  # "after the byelection calamities",
                c.dep_ == "det" and c.lower_ in ("a", "an")  # the day after: that day's;
                for s in _spans(mentions, entity) for c in s.root.children):  # not "a" new one
            entity.date = DateInterval.of_day(days.pop())
        for n, (poll, seat) in enumerate(polls):
            held = entity if n == 0 else mentions.add(
                span, "election", f"{poll.day.year} {seat.name} by-election",
                election_kind="by-election", overwrite=False)
            if held is entity:
                entity.aliases.add(entity.name)
                entity.name = f"{poll.day.year} {seat.name} by-election"
            held.constituency = seat
            held.date = DateInterval.of_day(poll.day)


def _fold_party_posts(mentions: Mentions) -> None:
    """'Labour general secretary' in a headline and 'general secretary of the Labour Party'
    in the text: one post, named the longer way; 'Labour's new general secretary' in a
    headline and 'its new general secretary' below: one post, the party's."""
    offices = {e.name.lower(): e for e in mentions.entities.values() if e.kind == "office"}
    parties = [e for e in mentions.entities.values() if e.kind == "party"]
    for post in list(offices.values()):
        owners = {id(p): (p, post.name.lower()) for s in _spans(mentions, post) for t in s
                  if (p := mentions.at(t)) is not None and p.kind == "party"}
        owners.update({id(p): (p, post.name.lower()[len(word) + 1:]) for p in parties
                       for word in (p.name, *p.aliases)
                       if post.name.lower().startswith(f"{word.lower()} ")})
        if len(owners) != 1:
            continue
        party, title = next(iter(owners.values()))
        full = offices.get(f"{title} of the {party.name.lower()}") or offices.get(
            f"{title} of {party.name.lower()}")
        if full is not None and full is not post:
            _fold_into(mentions, post, full)
        elif full is None and (bare := offices.get(title)) not in (None, post):
            _fold_into(mentions, bare, post)


def _fold_shared_titles(mentions: Mentions) -> None:
    """'First Minister' where the article names the 'First Minister of Scotland' (and no
    other place's): that post."""
    offices = [e for e in mentions.entities.values() if e.kind == "office"]
    for bare in offices:
        if bare.name.lower() not in SHARED_TITLES:
            continue
        places = [e for e in offices if e.name.lower().startswith(f"{bare.name.lower()} of ")]
        if len(places) == 1:
            _fold_into(mentions, bare, places[0])


def _shared_titles_by_the_table(relations: list[Relation], events: list[Event],
                                mentions: Mentions) -> None:
    """'First Minister Carwyn Jones' where the article names no nation (_fold_shared_titles):
    the post is the one 'First Minister of X' that the table of holders has its holders in the
    article hold (or take, or leave); a bare title names no post."""
    offices = {e.name.lower(): e for e in mentions.entities.values() if e.kind == "office"}
    for bare in [e for e in offices.values() if e.name.lower() in SHARED_TITLES]:
        holders = [r.subject for r in relations if r.object is bare and r.type == "holdsOffice"]
        holders += [e.agent for e in events if e.object is bare and e.agent is not None]
        posts = {post for person in holders for post in posts_of(person.name)
                 if post.lower().startswith(f"{bare.name.lower()} of ")}
        if not holders or len(posts) != 1:
            continue
        post = next(iter(posts))
        full = offices.get(post.lower())
        if full is None:  # the post under its full name
            bare.aliases.add(bare.name)
            bare.name = post
            continue
        _fold_into(mentions, bare, full)
        for fact in [*relations, *events]:
            if fact.object is bare:
                fact.object = full


def _refold(events: list[Event], mentions: Mentions) -> None:
    """Events found before two entities were folded into one name the one kept."""
    for ev in events:
        ev.object = mentions.folded.get(id(ev.object), ev.object)
        ev.election = mentions.folded.get(id(ev.election), ev.election)


def _fold_into(mentions: Mentions, other: Entity, keep: Entity) -> None:
    """Make every mention of `other` a mention of `keep`."""
    for i, e in list(mentions.by_token.items()):
        if e is other:
            mentions.by_token[i] = keep
    mentions.spans = [(s, keep if e is other else e) for s, e in mentions.spans]
    keep.aliases |= other.aliases | {other.name}
    keep.date = keep.date or other.date
    mentions.folded[id(other)] = keep
    mentions.entities = {k: e for k, e in mentions.entities.items() if e is not other}


def _prospective(election: Entity, mentions: Mentions) -> bool:
    """'the next election', 'a possible by-election': every mention looks ahead or wonders."""
    spans = [s for s, e in mentions.spans if e is election]
    return bool(spans) and all(
        any(t.lower_ in PROSPECTIVE for t in s.doc[max(s.start - 2, 0):s.end]) for s in spans)


def _current_election(mentions: Mentions, published: date | None) -> Entity | None:
    """The undated general election of a dated article is the one of its year; a bare "an
    election" where the article names one devolved, mayoral or local poll is that poll ("must
    now set a date for a Stormont election ... says he will call an election")."""
    undated = [e for e in mentions.entities.values()
               if e.kind == "election" and e.election_kind == "general election" and e.date is None
               and not _prospective(e, mentions)]
    other = {id(e): e for e in mentions.entities.values() if e.kind == "election"
             and e.election_kind in DEVOLVED | {"mayoral election", "local election"}}
    if len(other) == 1:
        for bare in [e for e in undated if not any(
                t.lower_ in ("general", "snap", "westminster", "parliamentary")
                for s in _spans(mentions, e) for t in s)]:
            _fold_into(mentions, bare, next(iter(other.values())))
            undated.remove(bare)
    if published is None or not undated:
        return None
    current = undated[0]
    for other in undated[1:]:  # "the election", "the general election": one election
        _fold_into(mentions, other, current)
    current.aliases.add(current.name)
    poll = poll_for("general election", published, _spans(mentions, current))
    current.name = f"{(poll.day if poll else published).year} general election"
    if poll is not None:
        current.date = DateInterval.parse(poll.day.isoformat())
    return current


def _posts_of_predecessors(found: list[tuple[Event, Token]]) -> None:
    """'Y has been appointed Brexit secretary following the resignation of X' (or 'after X
    resigned'): X left that post. Where the post is not named yet ('took on the post after X
    quit'), X is Y's predecessor, and leaves the post Y is found to take (_fill_objects)."""
    appointed = {tok.i: ev for ev, tok in found if ev.type == "Appointed"
                 and (ev.object is None or ev.object.kind == "office")
                 or ev.type == "BecameLeader"}  # "made leader after X's resignation"
    for ev, tok in found:
        if ev.type not in ("Resigned", "Dismissed") or ev.object is not None:
            continue
        if tok.dep_ == "pobj" and tok.head.lower_ in ("following", "after"):
            head = tok.head.head
        elif tok.dep_ == "advcl" and any(c.lower_ == "after" for c in tok.children
                                         if c.dep_ == "mark"):
            head = tok.head
        else:
            continue
        # the appointment's word or one above it: "first day as home secretary following X"
        successor = next((appointed[t.i] for t in [head, *head.ancestors][:3]
                          if t.i in appointed), None)
        if successor is None:  # "on Y's first day in the job as home secretary, after
            # X's resignation": the parser may hang "following" on the verb; the one
            # appointment below it
            below = {id(e): e for t in head.subtree if (e := appointed.get(t.i)) is not None}
            successor = next(iter(below.values())) if len(below) == 1 else None
        if successor is None or successor.agent is ev.agent:
            continue
        if successor.object is not None:
            ev.object = successor.object
            ev.held = "leader" if successor.type == "BecameLeader" else ev.held
        elif successor.predecessor is None:
            successor.predecessor = ev.agent


def _gapped_posts(found: list[tuple[Event, Token]], mentions: Mentions
                  ) -> list[tuple[Event, Token]]:
    """'Hale is made chancellor and Roe deputy PM', 'Roe named home secretary and Hale
    justice secretary': a person and a post joined on right after an appointment's post, the
    verb left out, are an appointment of the same telling. The parser makes no clause of such
    a gap (the second person hangs as a conjunct of the first post), so it is read from the
    order of the names: the post, "and", a person, a post, then the clause's end."""
    starts = {span.start: (span, entity) for span, entity in mentions.spans}
    out = []
    for ev, tok in found:
        if ev.type != "Appointed" or ev.object is None or ev.object.kind != "office":
            continue
        post = next((span for span, e in mentions.spans if e is ev.object
                     and span.sent.start == tok.sent.start and span.start > tok.i), None)
        if post is None or post.end + 1 >= tok.sent.end or tok.doc[post.end].lower_ != "and":
            continue
        person, office = starts.get(post.end + 1), None
        if person is not None and person[1].kind == "person":
            office = starts.get(person[0].end)
        if office is None or office[1].kind != "office":
            continue
        end = office[0].end
        if end < tok.sent.end and not (tok.doc[end].is_punct or tok.doc[end].dep_ in (
                "mark", "prep", "cc")):
            continue  # "... and Tom Hale, health secretary" is another clause's subject
        out.append((Event("Appointed", person[1], office[1],
                          replace(ev.evidence, rule="gapped-post")), tok))
    return out


def _seats_won_from(found: list[tuple[Event, Token]], mentions: Mentions
                    ) -> list[tuple[Event, Token]]:
    """'Ann Roe, who took the Slough seat from the Tory Tom Hale': who held the seat lost
    it to the winner (the trigger table names one agent per verb); 'won the seat, defeating
    the Lib Dem candidate Peter Carroll': the defeat and the candidacy under the winning
    verb are in that seat."""
    out = []
    for ev, tok in found:
        if ev.type != "Elected" or ev.object is None or ev.object.kind != "constituency":
            continue
        for other, at in found:
            if other.type in ("Defeated", "StoodForElection") and other.object is None \
                    and other.agent is not ev.agent and tok in at.ancestors:
                other.object = ev.object
        losers = [e for c in tok.children if c.dep_ == "prep" and c.lower_ == "from"
                  for g in c.children if g.dep_ == "pobj"
                  for e in [mentions.at(g)] if e is not None and e.kind == "person"]
        for loser in losers:
            out.append((Event("Defeated", loser, ev.object, replace(ev.evidence, rule="won-from"),
                              date=ev.date, date_reason=ev.date_reason,
                              date_inferred=ev.date_inferred), tok))
    return out


def _spans(mentions: Mentions, entity: Entity) -> list[Span]:
    return [s for s, e in mentions.spans if e is entity]


def _unguess(election: Entity) -> None:
    """Take back the poll the table of polls gave an election the words did not date."""
    election.aliases.discard(election.guessed_from)
    election.name, election.date, election.guessed_from = election.guessed_from, None, None


def _date_known_polls(mentions: Mentions, published: date | None) -> None:
    """'The EU referendum' in a 2018 report is the poll of 23 June 2016; 'the 2017 general
    election' was held on 8 June (data/polls.csv, see polls.py)."""
    for entity in list(mentions.entities.values()):
        if entity.kind == "election" and entity.date is not None \
                and entity.date.precision == "month":
            _poll_of_month(entity, mentions)
        if entity.kind != "election" or entity.date is not None and \
                entity.date.precision != "year" or _prospective(entity, mentions):
            continue
        spans = _spans(mentions, entity)
        kind = entity.election_kind
        if kind == "mayoral election" and not any(t.lower_ == "london" for s in spans for t in s):
            continue
        year = entity.date.earliest.year if entity.date is not None else None
        if published is None and year is None:
            continue
        party = entity.party.name if entity.party is not None else None
        seat = entity.constituency.name if entity.constituency is not None else None
        poll = poll_for(kind, published, spans, party, year, seat)
        if poll is None:
            subject = topic(spans) if kind == "referendum" and year is None else ""
            if subject and entity.name == kind:  # undated, but which: "the EU referendum"
                entity.aliases.add(entity.name)
                entity.name = f"{subject} {kind}"
            continue
        entity.date = DateInterval.parse(poll.day.isoformat())
        if year is None:  # (a by-election's name holds its seat already)
            entity.guessed_from = entity.name
            entity.aliases.add(entity.name)
            named = poll.topic + " " if poll.topic and kind != "by-election" \
                and not entity.name.startswith(poll.topic) else ""
            entity.name = f"{poll.day.year} {named}{entity.name}"
    polls: dict[tuple, Entity] = {}
    for entity in list(mentions.entities.values()):
        if entity.kind == "election" and entity.date is not None and entity.date.precision \
                == "day" and entity.constituency is None and entity.election_kind != "by-election":
            same = polls.setdefault((entity.election_kind, entity.party, entity.date.earliest),
                                    entity)
            if same is not entity:  # "the 2016 referendum" and "the Brexit vote": one poll
                _fold_into(mentions, entity, same)


def _poll_of_month(entity: Entity, mentions: Mentions) -> None:
    """'Last month's leadership contest': the one poll of its kind that month, and its party
    where the article names that party."""
    seat = entity.constituency.name if entity.constituency is not None else None
    fits = [p for p in known_polls() if p.kind == entity.election_kind
            and entity.date.earliest <= p.day <= entity.date.latest
            and (entity.party is None or p.party == entity.party.name)
            and held_in(p, seat)]  # ("the Wakefield by-election in June")
    if len(fits) != 1:
        return
    poll = fits[0]
    if entity.party is None and poll.party:
        entity.party = next((e for e in mentions.entities.values()
                             if e.kind == "party" and e.name == poll.party), None)
        if entity.party is None:
            return
    entity.aliases.add(entity.name)
    entity.date = DateInterval.parse(poll.day.isoformat())
    what = f"{entity.party.name} leadership election" if entity.party \
        else f"{seat} by-election" if poll.kind == "by-election" else entity.election_kind
    entity.name = f"{poll.day.year} {what}"


def _devolved_years(mentions: Mentions, doc: Doc) -> None:
    """'the 2007 elections' in a story about Wales: 2007 had no general election, so they are
    the Welsh poll of that year (the nation the article names most, if data/polls.csv has
    its poll that year)."""
    years = general_election_years()
    lowered = [t.lower_ for t in doc]  # (one pass over the tokens, not one per kind)
    counts = {kind: sum(w in words for w in lowered) for words, kind in ELECTION_KINDS
              if kind in DEVOLVED}
    nation = max(counts, key=counts.get) if counts and max(counts.values()) else None
    for entity in list(mentions.entities.values()):
        if entity.kind != "election" or entity.election_kind != "general election" \
                or entity.date is None or entity.date.earliest.year in years:
            continue
        year = entity.date.earliest.year
        written = [s for s, e in mentions.spans if e is entity]
        other = [e for e in mentions.entities.values() if e.kind == "election"
                 and e.election_kind != "general election" and e.date is not None
                 and e.date.earliest.year == year]
        if len(other) == 1 and not any("general" in s.text.lower() for s in written):
            _fold_into(mentions, entity, other[0])  # "Election 2022" in a piece on the
            continue  # local elections of 2022, a year with no general election
        if nation is None:
            continue
        if any(p.kind == nation and p.day.year == year for p in known_polls()):
            same = next((e for e in mentions.entities.values() if e.kind == "election"
                         and e.election_kind == nation and e.date is not None
                         and e.date.earliest.year == year), None)
            if same is not None:  # the article names that poll elsewhere
                _fold_into(mentions, entity, same)
                continue
            entity.election_kind = nation
            entity.aliases.add(entity.name)
            entity.name = f"{year} {nation}"


def _date_elections(mentions: Mentions, published: date | None) -> None:
    """'the general election on Thursday', 'polling day is set for 4 July'."""
    for span, entity in mentions.spans:
        if entity.kind != "election" or entity.date is not None and \
                entity.date.precision == "day":
            continue
        root = span.root
        day = _polling_day_named(root, published)
        if day is not None and (entity.date is None or entity.date.contains(day)):
            entity.date = day  # "Thursday's referendum", "next year's general election"
            _name_by_year(entity, day)
            continue
        holders = [root]
        if root.dep_ == "nsubjpass" and root.head.lemma_ == "hold" or (
                root.dep_ == "nsubj" and root.head.lemma_ == "be"):
            holders.append(root.head)  # "was held in May", "the last election was in 2001"
        if root.dep_ == "compound" and root.head.lower_ in POLL_RESULTS | PARTY_RESULTS:
            holders.append(root.head)  # "the general election result in 1997"
        verb = root
        while verb.dep_ in ("pobj", "prep", "dobj") and verb.head.i != verb.i and not (
                verb.dep_ == "prep" and verb.lower_ in TEMPORAL_PREPS | {"of"}):
            verb = verb.head  # (not through "the idea of a referendum": the idea's verb)
        if verb.pos_ == "VERB" and verb.i != root.i and root.dep_ in ("pobj", "dobj") and (
                verb.lemma_ not in CALLING or _for_date(verb) or _date_after(verb, published)):
            holders.append(verb)  # "won 80 seats in the general election on Thursday"; not
            # "called the referendum in 2013" (the calling's year), but "called it for June",
            # "to call an election on 4 July" (after the report: the polling day)
        # "called an election yesterday, to be held on 8 June" / "an election, to be held ..."
        held = [c for h in (root, verb) for c in h.children if c.lemma_ == "hold"
                and c.dep_ in ("xcomp", "acl", "relcl", "advcl")
                and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]
        if held:
            holders = held + holders
        future = bool(held) or any(
            c.lower_ in ("will", "shall", "'ll") for h in holders for c in h.children
        ) or any(_for_date(h) for h in holders)  # "an election for June"
        day = next(_polling_days(holders, published, future), None)
        if day is not None and day.precision == "year" and verb.dep_ == "xcomp":
            day = None  # "agreed to hold this referendum in 2013": the year of the agreeing
        if entity.date is None or day is not None and entity.date.contains(day):
            entity.date = day  # "an election for June" ... "to be held on 8 June"
            if day is not None:
                _name_by_year(entity, day)


def _name_by_year(entity: Entity, day: DateInterval) -> None:
    """An election named for the report's year before its own words dated it takes the
    year they give."""
    named = entity.name.split(" ", 1)
    if named[0].isdigit() and len(named) == 2 and named[0] != str(day.earliest.year):
        entity.name = f"{day.earliest.year} {named[1]}"


def _for_date(tok: Token) -> bool:
    """The word has a date under "for": "an election for June", "called it for 8 June"."""
    return any(c.dep_ == "prep" and c.lower_ == "for" and any(
        g.ent_type_ == "DATE" for g in c.children) for c in tok.children)


def _date_after(verb: Token, published: date | None) -> bool:
    """A date on the verb later than the report's."""
    return published is not None and any(
        day.earliest > published for day in _polling_days([verb], published, True))


def _polling_day_named(root: Token, published: date | None) -> DateInterval | None:
    """A day in the election's own words: "Thursday's referendum" (the Thursday nearest the
    report, before or after it, unless a known poll fell on the other), "the June 23
    referendum"; a result's words are the election's ("last year's general election result")."""
    lefts = [*root.lefts]
    if root.dep_ == "compound" and root.head.lower_ in POLL_RESULTS | PARTY_RESULTS:
        lefts += [c for c in root.head.lefts if c.i < root.i]
    for child in lefts:
        if child.lower_ in WEEKDAYS and any(c.dep_ == "case" for c in child.children) \
                and published is not None:
            ahead = (WEEKDAYS[child.lower_] - published.weekday()) % 7
            before = {t.lower_ for t in child.lefts}
            shift = (ahead if before & {"this", "next", "coming"} or ahead <= 3
                     and "last" not in before else ahead - 7)  # "next Thursday's": ahead
            if shift == 0 and "next" in before:  # said on a Thursday: a week on
                shift = 7
            if not before & {"this", "next", "coming", "last"}:  # the one a poll fell on
                polled = _weekday_polled(child.lower_, published)
                if polled is not None:
                    return polled
            return DateInterval.parse((published + timedelta(days=shift)).isoformat())
        if child.ent_type_ == "DATE" and child.dep_ in ("compound", "nmod", "npadvmod", "amod",
                                                         "poss"):
            ent = next(e for e in child.doc.ents if e.start <= child.i < e.end)
            ref = resolve(ent.text, published, nearest=not told_past(root.doc[root.i:root.i + 1]))
            # ("May's elections" in January: the coming May, unless "won ... in May's")
            possessive = child.dep_ == "poss" or any(c.dep_ == "case" for c in child.children)
            if ref is not None and ref.interval is not None and ref.role == "point" and (
                    ref.interval.precision == "day" or possessive or any(
                        g.dep_ == "nummod" and g.like_num for g in child.children)):
                return ref.interval  # "last month's leadership contest": that month's (the
                # parser may call "December's" an nmod); "the February 1974 general
                # election": that month's
    doc = root.doc
    ent = next((e for e in doc.ents if e.start == root.i + 2), None) \
        if root.i + 2 < len(doc) and doc[root.i + 1].lower_ == "on" else None
    if ent is not None and ent.label_ == "DATE" and ent.root.lower_ not in WEEKDAYS:
        # "ahead of local elections on 2 May", however the parser hangs the date (on the
        # verb, here): a calendar day right after the poll is its polling day
        ref = resolve(ent.text, published, nearest=True)
        if ref is not None and ref.interval is not None and ref.interval.precision == "day":
            return ref.interval
    return None


def _weekday_polled(weekday: str, published: date) -> DateInterval | None:
    """The day named, in the week before the report or the week after it, on which a known
    poll fell: "the vote on Thursday" in a Monday piece before a Thursday referendum."""
    ahead = (WEEKDAYS[weekday] - published.weekday()) % 7
    return next((DateInterval.of_day(published + timedelta(days=d)) for d in (ahead, ahead - 7)
                 if published + timedelta(days=d) in polling_days()), None)


def _polling_days(holders: list[Token], published: date | None, future: bool):
    for holder in holders:
        for child in holder.children:
            if child.dep_ == "npadvmod" and child.ent_type_ == "DATE" and \
                    holder.lemma_ in RESULT_VERBS:  # "won the Wakefield by-election yesterday"
                ent = next(e for e in child.doc.ents if e.start <= child.i < e.end)
                ref = resolve(ent.text, published, future=future)
                if ref is not None and ref.interval is not None and ref.role == "point" and \
                        ref.interval.precision == "day":
                    yield ref.interval
                continue
            if child.dep_ != "prep" or child.lower_ not in ("on", "in", "for"):
                continue
            for ent in child.doc.ents:
                if ent.label_ == "DATE" and ent.root.head.i == child.i:
                    polled = _weekday_polled(ent.text.lower(), published) if (
                        published is not None and ent.text.lower() in WEEKDAYS) else None
                    if polled is not None:  # a bare weekday: the one a poll fell on
                        yield polled
                        continue
                    ref = resolve(ent.text, published, prep=child.lower_, future=future,
                                  nearest=not told_past(holder.doc[holder.i:holder.i + 1]))
                    # ("at local elections in May", said in December: the coming May, unless
                    # the verb tells what happened there)
                    if ref is not None and ref.interval is not None and ref.role == "point":
                        yield ref.interval


def _time_refs(trigger: Token, published: date | None, claimed: set[int],
               named: set[int] = frozenset()) -> list[TimeRef]:
    """Time expressions for an event: those in its clause first, then the rest of the sentence."""
    sent = trigger.sent
    subtree = {t.i for t in trigger.subtree}
    future = any(c.lemma_ == "will" for c in trigger.children)
    refs = []
    for ent in sent.ents:
        if ent.label_ not in ("DATE", "TIME") or ent.start in claimed and ent.start not in subtree:
            continue
        if ent.start in named:  # "the 1997 election", "Mrs May": names, not dates of this event
            continue
        if ent.root.dep_ in ("nsubj", "nsubjpass", "dobj", "poss") \
                and not _time_equated(ent.root, trigger):
            continue  # "May names Hammond": a month cannot be who acts
        if _after_clause(ent.root, trigger):
            continue  # "suspended after being arrested on New Year's Day": the arrest's day;
            # the suspension came later, in the time _after_bound gives
        if _in_other_clause(ent.root, trigger) or _contrasted(ent.root, trigger) or (
                trigger.pos_ == "NOUN" and _in_other_clause(trigger, ent.root)):
            continue  # "Workington, which Labour held since 1918"; "dancing on 14 December at
            # a party held by the team of candidate X": not when X stood
        prep = trigger.doc[ent.start - 1].lower_ if ent.start > 0 else ""
        if ent.root.head.dep_ == "prep" or ent.root.dep_ == "pobj":
            prep = ent.root.head.lower_
        ref = resolve(ent.text, published, prep=prep, future=future)
        if ref is None:
            continue
        inside = ent.start in subtree
        if not inside and (_ordered_clause(trigger) or _about_someone(trigger)):
            continue
        refs.append((0 if inside else 1, abs(ent.start - trigger.i), ref))
    words = " ".join(t.text for t in trigger.subtree  # not "who quit hours after X" beside it
                     if not _in_other_clause(t, trigger)).lower()
    if not refs and ANAPHOR.search(words):  # "hours later": no entity, still a cue
        refs.append((0, 0, TimeRef(None, "anaphor", shift=anaphor_shift(words))))
    return [r for *_, r in sorted(refs, key=lambda r: (r[0], r[1]))]


def _told_of_oneself(trigger: Token, event: Event, mentions: Mentions) -> bool:
    """'He said he was elected with a large mandate': a person telling of their own result
    tells their past, not the report's news."""
    if trigger.dep_ != "ccomp" or trigger.head.lemma_ not in SPEECH_VERBS:
        return False
    teller = next((c for c in trigger.head.children if c.dep_ == "nsubj"), None)
    return teller is not None and event.agent is not None \
        and mentions.entity(teller) is event.agent


def _at_an_age(trigger: Token) -> bool:
    """'became an MP at 27', 'was elected at the age of 24'."""
    return any(c.dep_ == "prep" and c.lower_ == "at" and any(
        g.like_num or g.lower_ == "age" for g in c.children) for c in trigger.children)


def _one_of_a_count(trigger: Token) -> bool:
    """'the third Tory MP to defect since 1997', 'the first woman to be elected since 1945':
    an ordinal counts such deeds over a span, which does not date this one."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children):
        return False
    head = trigger.head
    nouns = [head, *(c for c in head.children if c.dep_ in ("attr", "nsubj"))]
    return any(g.dep_ == "amod" and (g.ent_type_ == "ORDINAL" or g.lower_ in ("last", "latest"))
               for n in nouns for g in n.children)


def _contrasted(tok: Token, trigger: Token) -> bool:
    """'Police released him the following afternoon, but his suspension remained': the two
    clauses that "but" sets against each other keep their own times."""
    for one, other in ((tok, trigger), (trigger, tok)):
        above = [one, *one.ancestors]
        for conjunct in (other, *other.ancestors):
            if conjunct.dep_ == "conj" and conjunct.head in above and conjunct not in above:
                return any(c.dep_ == "cc" and c.lower_ == "but"
                           and conjunct.head.i < c.i < conjunct.i
                           for c in conjunct.head.children)
    return False


def _time_equated(date_root: Token, trigger: Token) -> bool:
    """'1983 was when I was first elected': a date that "be ... when" equates with the time
    of the event is its date, though it stands as the copula's subject."""
    return date_root.dep_ == "nsubj" and date_root.head.lemma_ == "be" \
        and trigger.head.i == date_root.head.i and any(
            c.lower_ == "when" for c in trigger.children)


def _ordered_clause(trigger: Token) -> bool:
    """'before becoming AM', 'after he was sacked', 'since taking office': a clause placed
    before or after the one it hangs from, whose time words are that other clause's."""
    if trigger.dep_ == "pcomp":
        return trigger.head.lower_ in ("before", "after", "since")
    return trigger.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in ("before", "after", "since") for c in trigger.children)


def _about_someone(trigger: Token) -> bool:
    """'Rudd, who resigned over Windrush, was due to speak on Thursday': a relative clause
    on a person tells their past; the sentence's time words are the main clause's."""
    return trigger.dep_ == "relcl" and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("who", "whom") for c in trigger.children)


def _opens_after(clause: Token, trigger: Token) -> bool:
    """The verb heads a clause of the trigger's opened by "after": "suspended after being
    arrested", "quit after she was charged"."""
    if clause.pos_ not in ("VERB", "AUX"):
        return False
    if clause.dep_ == "advcl" and clause.head.i == trigger.i:
        return any(m.dep_ == "mark" and m.lower_ == "after" for m in clause.children)
    return clause.dep_ == "pcomp" and clause.head.lower_ == "after" \
        and clause.head.head.i == trigger.i


def _after_clause(tok: Token, trigger: Token) -> bool:
    """True when tok sits in a clause of the trigger's opened by "after" (_opens_after)."""
    for anc in [tok, *tok.ancestors]:
        if anc.i == trigger.i:
            return False
        if _opens_after(anc, trigger):
            return True
    return False


def _in_other_clause(tok: Token, trigger: Token) -> bool:
    """True when tok sits in a relative clause that does not contain the trigger."""
    for anc in [tok, *tok.ancestors]:
        if anc.i == trigger.i:
            return False
        if anc.dep_ in ("relcl", "acl") and trigger.i not in {t.i for t in anc.subtree}:
            return True
    return False


def _date_events(found: list[tuple[Event, Token]], published: date | None,
                 current: Entity | None, mentions: Mentions, digest: bool) -> set[int]:
    """Give each event the date its words state; 'that day' is the last point told before.

    Returns the ids of undated events that the report tells as its own day's news: they
    take the publication day once merged with any other telling that dates them.
    """
    told: set[int] = set()
    in_election_names = {i for s, e in mentions.spans if e.kind in ("election", "person")
                         for i in range(s.start, s.end)}
    triggers = [t for _, t in found]
    narrative: DateInterval | None = None  # the time the story has reached
    narrative_day: DateInterval | None = None  # the last day it named ("the same night")
    counted = {id(ev): off for ev, t in found if (off := _counted_offset(t)) is not None}
    for event, trigger in sorted(found, key=lambda p: p[1].i):
        if id(event) in counted or event.untimed:  # dated from the event it is counted
            continue  # from, below; or never
        titled = event.type == "StoodForElection" and event.date_reason == NO_DATE and not any(
            t.lower_ in FORMER for t in trigger.doc[max(trigger.i - 3, 0):trigger.i])
        # (a candidacy named by a title; not "ex-mayoral candidate X": an old one)
        # time words of the other events of the sentence, except of clauses this one hangs
        # from ("re-elected yesterday, defeating X": X was defeated yesterday too)
        above = {a.i for a in trigger.ancestors}
        others = {t.i for o in triggers if o.sent.start == trigger.sent.start
                  and o.i != trigger.i and o.i not in above for t in o.subtree}
        others -= {t.i for t in trigger.subtree}
        if event.evidence.rule in ("candidate", "leadership-contender") \
                and trigger.dep_ != "attr" \
                and not (trigger.dep_ == "pobj" and trigger.head.lower_ == "as") \
                and not any(a.lemma_ in SEAT_VERBS for a in trigger.ancestors):
            # "the Labour candidate Ann Roe spoke on Monday", "the former hopeful X, who
            # worked there 10 years ago": a title's times are its own words', not its clause's
            # (but "was confirmed as the candidate on Monday" is the candidacy's day, and "in
            # 2001 X won the seat, with 14,738 votes for the candidate Y" the poll's year)
            others |= {t.i for t in trigger.sent} - {t.i for t in trigger.subtree}
        announcer = announced_by(trigger)
        if announcer is None:
            refs = _time_refs(trigger, published, others, in_election_names)
        else:  # "said on Friday he would quit by October": dated when announced (FORMAT.md)
            refs = _time_refs(announcer, published, others, in_election_names | {
                t.i for t in trigger.subtree})
        if event.type == "ElectionCalled" and published is not None:
            # a date after publication is the polling day ("called an election for 4 July")
            later = [r for r in refs if r.interval and r.interval.earliest > published]
            target = event.object or current
            if later and target is not None and target.date is None:
                target.date = later[0].interval
            refs = [r for r in refs if r not in later]
        ref = refs[0] if refs else None
        if ref is not None and ref.role == "since" and _one_of_a_count(trigger):
            ref = None
        if ref is not None and ref.role == "anaphor" and _just_after_poll(
                trigger, mentions, published) is not None:
            ref = None  # "within hours of the result": of the poll, not of the last date told
        if ref is not None and ref.role == "anaphor" and any(
                t.sent.start == trigger.sent.start and t.i > trigger.i for _, t in found):
            ref = None  # "a few days after X called it, Y stood": X is the anchor, not dated by it
        if ref is not None and ref.role == "anaphor":
            base = _earlier_in_sentence(found, trigger) or (
                (narrative_day or narrative) if ref.shift == 0 else narrative)
            if base is None and ref.moved and ref.moved[0] < 0 and published is not None:
                base = DateInterval.of_day(published)  # "had been elected 13 months earlier",
                # with no other time told: before the report's own
            if base is not None and ref.moved:
                event.date = moved_by(base, *ref.moved)
            elif base is not None and abs(ref.shift) == 1 and base.precision == "day":
                event.date = offset_days(base, ref.shift)  # "the next day"
            elif base is not None:
                event.date = shift_days(base, abs(ref.shift))
            else:
                event.date_reason = "refers to an earlier date the article does not give"
        if ref is None or ref.role == "anaphor":
            pass
        elif ref is not None and ref.interval is not None:
            event.date = ref.interval
        elif ref is not None:
            event.date_reason = ref.reason or NO_DATE
        if (ref is None or ref.interval is None) and (
                after := _just_after_poll(trigger, mentions, published)) is not None:
            event.date, event.date_reason = after, None  # "within hours of the result"
        if event.date is None and event.date_reason is None:
            if event.type in ("Elected", "Defeated") and _ordered_clause(trigger):
                event.date_reason = BESIDE_ANOTHER  # (nor the article's one poll's)
            elif event.type in ("Elected", "Defeated") and _at_an_age(trigger):
                event.date_reason = AT_AN_AGE
            elif published is None:
                event.date_reason = NO_ARTICLE_DATE if ref else NO_DATE
            elif event.type in ("ElectionCalled", "StoodForElection") and current is not None \
                    and not _told_earlier(trigger):
                event.date = _inferred_call(trigger, published)
                event.date_inferred = True
                if event.type == "ElectionCalled" and event.object is None:
                    event.object = current
            elif event.type in ("Elected", "Defeated") and (
                    trigger.pos_ != "NOUN" or event.election is not None and event.election.date):
                # (a noun, "his election triumph", looks back: only its own poll's date)
                # a result without its own date: its election's polling day, or the month of
                # an article that reports it
                election = event.election or _by_election_in(mentions, event.object) or \
                    _only_dated_election(mentions, published, people=True) or current
                if election is not None and election.date:
                    event.date = election.date
                elif event.object is not None and event.object.kind == "office" \
                        and _told_as_news(trigger, digest):
                    event.date = DateInterval.of_day(published)  # "has been voted in as first
                    # minister by MSPs": a body's vote, the day it is reported (a poll's
                    # count may end the day after)
                elif trigger.dep_ != "relcl" and not _told_of_oneself(trigger, event, mentions):
                    # ("members who elected him", "he said he was elected with a mandate": not
                    # this month's)
                    event.date = DateInterval.parse(f"{published:%Y-%m}")
                event.date_inferred = event.date is not None
                if event.date is None:
                    event.date_reason = NO_DATE
            elif event.type == "StoodForElection" and _contest_under_way(
                    event, mentions, published) and not _told_earlier(trigger) \
                    and not _past_perfect(trigger) and not _told_as_news(trigger, digest):
                # "X, Y and Z each won the nominations to go through", in a report of the
                # contest's run: a candidacy of these weeks, its month (no finer: entered
                # some days before; "is standing" is the report's day, below)
                event.date = DateInterval.parse(f"{published:%Y-%m}")
                event.date_inferred = True
            else:
                event.date_reason = NO_DATE
                if _told_as_news(trigger, digest):
                    told.add(id(event))
        if event.date is None and titled and published is not None and ref is None \
                and _told_as_news(_clause_verb(trigger), digest):
            # "Supporters of leadership contender X are ...": a candidacy the report finds
            # running, as told today; its month, no finer (it began some days before)
            event.date, event.date_reason, event.date_inferred = (
                DateInterval.parse(f"{published:%Y-%m}"), None, True)
        if event.date is None and published is not None and ref is not None \
                and ref.interval is None and _told_as_news(trigger, digest):
            told.add(id(event))  # "takes over four weeks before the Budget": today's news
        if event.date is None and published is not None and id(event) not in told \
                and event.date_reason in (None, NO_DATE) \
                and (bound := _after_bound(trigger, published, in_election_names)) is not None:
            event.date, event.date_reason, event.date_inferred = bound, None, True
        # the time the story has reached: not a state's start ("since 2020"), nor the month
        # a result is assumed to fall in
        # nor a flashback in the past perfect ("had resigned in 2018")
        if event.date is not None and not (ref and ref.role in ("since", "duration")) \
                and not _past_perfect(trigger):
            narrative = event.date
            if event.date.precision == "day":
                narrative_day = event.date
        if event.date_inferred:  # a fallback date, not one the sentence states
            event.evidence = replace(event.evidence,
                                     confidence=round(event.evidence.confidence * 0.75, 2))


    for event, _ in found:
        if id(event) not in counted:
            continue
        head, n, unit = counted[id(event)]
        base = next((e.date for e, t in found if t.i == head.i and e.date is not None), None)
        if base is None:  # the clause it hangs from has no event of ours but a date
            base = next((r.interval for r in _time_refs(head, published, set(),
                                                        in_election_names)
                         if r.interval is not None and r.role == "point"), None)
        if base is None and published is not None and _told_now(head):
            base = DateInterval.of_day(published)  # "it comes a year after he became leader"
        event.date = moved_by(base, n, unit) if base is not None else None
        if event.date is None:
            event.date_reason = NO_ARTICLE_DATE if published is None else NO_DATE
    return told


def _after_bound(trigger: Token, published: date, names: set[int]) -> DateInterval | None:
    """'was suspended after being arrested on New Year's Day', told on 31 January: done
    between that day and the report's, so in the month (or the year) the two share; None
    where they share neither, or the clause after "after" gives no day."""
    clauses = [g for c in trigger.children for g in (c, *c.children)]
    for clause in (c for c in clauses if _opens_after(c, trigger)):
        inside = {t.i for t in clause.subtree}
        refs = [ref for ent in trigger.sent.ents if ent.root.i in inside and ent.start not in names
                and ent.label_ in ("DATE", "TIME")  # ("on Sunday night": a time to the model)
                and (ref := resolve(ent.text, published)) is not None
                and ref.interval is not None and ref.role == "point"]
        start = refs[0].interval.earliest if refs else None
        if start is None or start > published:
            return None
        if (start.year, start.month) == (published.year, published.month):
            return DateInterval.parse(f"{published:%Y-%m}")
        return DateInterval.parse(f"{published:%Y}") if start.year == published.year else None
    return None


def _date_as_reported(events: list[Event], told: set[int], published: date | None) -> None:
    """'X resigns', 'X has been sacked' with no date of their own: the report's day."""
    for event in events:
        if id(event) in told and event.date is None and published is not None:
            event.date, event.date_reason, event.date_inferred = (
                DateInterval.parse(published.isoformat()), None, True)
            event.evidence = replace(event.evidence,
                                     confidence=round(event.evidence.confidence * 0.75, 2))


def is_digest(doc: Doc) -> bool:
    """A list of headlines, each with a line or two below it: every item is that day's news."""
    blocks = [b.strip() for b in doc.text.split("\n\n") if b.strip()]
    headlines = sum(1 for b in blocks[1:] if "\n" in b and b.split("\n", 1)[0][-1] != ".")
    return headlines >= DIGEST_ITEMS


def _just_after_poll(trigger: Token, mentions: Mentions, published: date | None
                     ) -> DateInterval | None:
    """'After the referendum, Cameron resigned' in a report of the next days: between polling
    day and the report; the report's own day if it came out the day after the poll, else their
    month (if they share one). Long after it ("stepped down after the 2001 election defeat"),
    or in an undated report: the poll's year."""
    for prep in trigger.children:
        heads = [g for g in prep.children if g.dep_ == "pobj"]
        wake = prep.lower_ == "in" and any(h.lower_ in IN_THE_WAKE for h in heads)
        if prep.dep_ != "prep" or prep.lower_ not in ("after", "following", "within") and not wake:
            continue
        if prep.lower_ == "within" or wake:  # "within hours of the result", "in the wake of"
            heads = [g for h in heads for p in h.children if p.lower_ == "of"
                     for g in p.children if g.dep_ == "pobj"]
        poll = next((e for g in heads if (e := mentions.at(g)) is not None), None) or next(
            (e for g in heads if g.lower_ in POLL_RESULTS or g.lemma_ == "defeat"
             for e in _polls_of_result(g, mentions)), None) or next(
            (e for g in heads if g.lower_ in POLL_RESULTS and published is not None
             for e in [_last_poll_before(mentions, published)] if e is not None), None)
        if poll is None or poll.kind != "election" or poll.date is None:
            continue
        days = None if published is None else (published - poll.date.earliest).days
        if days is None or days > 31:
            return DateInterval.parse(f"{poll.date.earliest.year:04d}")
        if poll.date.precision != "day":
            continue
        if days in (0, 1):
            return DateInterval.parse(published.isoformat())
        if 0 < days <= 31 and poll.date.earliest.month == published.month:
            return DateInterval.parse(f"{published:%Y-%m}")
    return None


def _polls_of_result(result: Token, mentions: Mentions) -> list[Entity]:
    """The polls a result's noun names: "the 2001 election defeat", "the defeat of the 2014
    referendum"."""
    words = [c for c in result.children if c.dep_ in ("compound", "nmod")] + [
        o for c in result.children if c.dep_ == "prep" and c.lower_ == "of"
        for o in c.children if o.dep_ == "pobj"]
    return [e for w in words if (e := mentions.at(w)) is not None]


def _last_poll_before(mentions: Mentions, published: date) -> Entity | None:
    """'the result' in a report: of the last poll the article dates to a day before it."""
    polls = [e for e in mentions.entities.values() if e.kind == "election" and e.date
             and e.date.precision == "day" and e.date.earliest <= published]
    return max(polls, key=lambda e: e.date.earliest) if polls else None


def _told_as_news(trigger: Token, digest: bool) -> bool:
    """An undated event a dated report tells as today's news: in a headline or a digest,
    announced ("announced his resignation"), or in the present or present perfect
    ("resigns", "is stepping down", "is sworn in", "has been sacked")."""
    if trigger.dep_ == "advcl" and trigger.tag_ in ("VBD", "VBN") and any(
            c.dep_ in ("mark", "advmod") and c.lower_ == "when" for c in trigger.children):
        return False  # "as unpopular as Johnson when he was ousted": a time recalled
    if trigger.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in STILL_TO_COME
                                       for c in trigger.children):
        return False  # "visited Balmoral before she stepped down": that time, not the report's
        # (in the present, "before he steps down", the going is not yet told: rules.speculative)
    if _told_earlier(trigger):
        return False
    matter = trigger.head.lower_ if trigger.pos_ == "NOUN" and trigger.dep_ == "pobj" else None
    if matter in MATTERS_OF and not (digest and matter in MATTERS_SINCE):
        return False  # "to meet over X's suspension": a matter already there, in a digest's
        # item too (its news is the meeting)
    if digest:  # each item dated by the digest's day unless it says otherwise (FORMAT.md)
        return True
    if headline(trigger.sent):
        return True
    if _ordered_clause(trigger):  # "announced she was going, shortly after X was elected"
        return False
    announcer = next((a for a in list(trigger.ancestors)[:3] if a.lemma_ in ANNOUNCING),
                     None) or announced_by(trigger)
    if announcer is not None:  # "announced his resignation", "said he would quit": told as
        # done, on the day it was told; not "X, who said she would go soon after Y won the
        # leadership" (a person's past, timed by another clause)
        return not (_about_someone(announcer) or any(
            _ordered_clause(c) for c in announcer.children))
    auxes = {c.lower_ for c in trigger.children if c.dep_ == "aux"}
    if trigger.tag_ in ("VBZ", "VBP"):
        return not auxes & {"will", "would", "to"}
    if trigger.tag_ == "VBN":  # "has been sacked", "is sworn in"; not "ashamed to have
        # joined" (long before), nor "will be appointed"
        passive = {c.lower_ for c in trigger.children if c.dep_ == "auxpass"}
        return bool(auxes & {"has", "have", "'s", "'ve"} or not auxes and passive & {
            "is", "are"}) and "to" not in auxes
    return trigger.tag_ == "VBG" and bool(auxes & {"is", "are", "am", "'s", "'re"})


def _contest_under_way(event: Event, mentions: Mentions, published: date) -> bool:
    """The candidacy's leadership contest (or the article's one contest) polls within the
    months after the report: the field is the report's news, not history."""
    contest = event.election or _sole_contest(mentions)
    return contest is not None and contest.election_kind == "leadership election" \
        and contest.date is not None \
        and 0 < (contest.date.earliest - published).days <= CONTEST_RUN_DAYS


def _told_earlier(trigger: Token) -> bool:
    """'the first by-election since the X and Y resignations', 'has run for the leadership
    before': some time before the report, not its news."""
    return trigger.dep_ == "pobj" and trigger.head.lower_ == "since" or any(
        c.dep_ == "mark" and c.lower_ == "since"
        or c.dep_ == "advmod" and c.lower_ in EARLIER_TIMES for c in trigger.children)


def _clause_verb(tok: Token) -> Token:
    """The verb of the clause a word stands in ('contender' in 'backers of contender X are
    counting'); the word itself when no verb heads it (a headline without one)."""
    return next((a for a in (tok, *tok.ancestors) if a.pos_ in ("VERB", "AUX")), tok)


def _told_now(verb: Token) -> bool:
    """'It comes ...', 'marks ...', 'has been ...': a clause in the present, or the present
    perfect, is the report's own time."""
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    return (verb.tag_ in ("VBZ", "VBP") and not auxes & {"will", "would", "to"}) or (
        verb.tag_ == "VBN" and bool(auxes & {"has", "have", "'s", "'ve"}))


def _past_perfect(trigger: Token) -> bool:
    """'had resigned', 'had been sacked': background told out of order."""
    return any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in trigger.children)


def _counted_offset(trigger: Token) -> tuple[Token, int, str] | None:
    """'[took over yesterday,] a day after he was elected', '11 years after he became leader':
    the clause it hangs from and the days, months or years between (negative: this event came
    first)."""
    if trigger.dep_ != "advcl":
        return None
    mark = next((c.lower_ for c in trigger.children if c.dep_ == "mark"), None)
    if mark not in ("after", "before"):
        return None
    for child in trigger.children:
        if child.dep_ == "npadvmod":
            count = counted(" ".join(t.text for t in child.subtree))
            if count is not None:
                n, unit = count
                return trigger.head, -n if mark == "after" else n, unit
    return None


def _only_dated_election(mentions: Mentions, published: date | None, people: bool = False
                         ) -> Entity | None:
    """The one election of the article's year that the article dates, if there is one (of
    `people`: one that elects them, not a referendum)."""
    dated = {id(e): e for e in mentions.entities.values() if e.kind == "election" and e.date
             and published is not None and e.date.earliest.year == published.year
             and not (people and e.election_kind == "referendum")}
    return next(iter(dated.values())) if len(dated) == 1 else None


def _inferred_call(trigger: Token, published: date) -> DateInterval:
    """'has called' is this month's news; 'had called' only this year's."""
    chain = [trigger, *trigger.ancestors]
    perfect = any(c.dep_ == "aux" and c.lower_ in ("has", "have") for t in chain
                  for c in t.children)
    return DateInterval.parse(f"{published:%Y-%m}" if perfect else f"{published.year}")


def _earlier_in_sentence(found: list[tuple[Event, Token]], trigger: Token) -> DateInterval | None:
    """'a few days after X had called the election': the date of the event told beside it."""
    for event, tok in found:
        if tok.sent.start == trigger.sent.start and tok.i != trigger.i and event.date is not None:
            return event.date
    return None


def _merge_events(events: list[Event]) -> list[Event]:
    """One fact per statement: the same event told twice keeps its finest date."""
    kept: list[Event] = []
    for ev in events:
        twin = next((k for k in kept if (k.type, k.agent, k.object) == (ev.type, ev.agent,
                                                                          ev.object)
                     and _compatible(k.date, ev.date)), None)
        if twin is None:
            twin = next((k for k in kept if (k.type, k.agent) == (ev.type, ev.agent)
                         and (k.object is None or ev.object is None)
                         and _compatible(k.date, ev.date)), None)
            if twin is not None and twin.object is None:
                twin.object, twin.held = ev.object, ev.held or twin.held  # (what it is)
        if twin is None:
            kept.append(ev)
            continue
        twin.predecessor = twin.predecessor or ev.predecessor  # "She replaces X": whose post
        twin.held = twin.held or ev.held  # ("X to stand down" over "he quit the government")
        if ev.date is not None and (twin.date is None or twin.date.contains(ev.date)):
            twin.date, twin.date_reason, twin.date_inferred = ev.date, None, ev.date_inferred
    return kept


def _compatible(a: DateInterval | None, b: DateInterval | None) -> bool:
    return a is None or b is None or a.contains(b) or b.contains(a)


#: The event that begins a tenure told with its start ("since 2019").
BEGUN_BY = {"represents": "Elected", "leaderOf": "BecameLeader"}


def _tenures_begun(relations: list[Relation], events: list[Event]) -> list[Event]:
    """'the MP for Bury South since 2019', 'has represented the seat since 1997': the member
    was elected for it then (by a general election or a by-election); 'who has led the party
    since 2018': became its leader then."""
    out: list[Event] = []
    for rel in relations:
        kind = BEGUN_BY.get(rel.type)
        if kind is None or not rel.began or any(
                e.type == kind and e.agent is rel.subject for e in events + out):
            continue
        out.append(Event(kind, rel.subject, rel.object,
                         replace(rel.evidence, rule=f"{rel.type}-since"), date=rel.start))
    return out


def _from_events(events: list[Event]) -> list[Relation]:
    """Tenures that events imply: a leader from BecameLeader, a member until Expelled, ..."""
    out: list[Relation] = []
    for ev in events:
        if ev.agent is not None and ev.party is not None:
            out.append(Relation("memberOf", ev.agent, ev.party, ev.evidence))
        contest = ev.election
        if ev.agent is not None and ev.type in ("StoodForElection", "Defeated") and \
                contest is not None and contest.election_kind == "leadership election" and \
                contest.party is not None:  # a candidate for a party's leadership is a member
            out.append(Relation("memberOf", ev.agent, contest.party, ev.evidence))
        if ev.agent is None or ev.object is None:
            continue
        # a result dated by its election's polling day is dated; one given the article's month
        # by default is not
        explicit = ev.date if not ev.date_inferred or (
            ev.date is not None and ev.date.precision == "day") else None
        before = ev.predecessor
        if ev.type == "BecameLeader" and ev.object.kind == "party":
            out.append(Relation("leaderOf", ev.agent, ev.object, ev.evidence, start=explicit))
            if before is not None:  # "succeeding Jeremy Corbyn": his leadership ended
                out.append(Relation("leaderOf", before, ev.object, ev.evidence, end=explicit))
        elif ev.type == "Elected" and ev.object.kind == "constituency":
            out.append(Relation("represents", ev.agent, ev.object, ev.evidence, start=explicit))
        elif ev.type == "Elected" and ev.object.kind == "office":  # "elected deputy leader"
            out.append(Relation("holdsOffice", ev.agent, ev.object, ev.evidence, start=explicit))
        elif ev.type in ("Defeated", "Resigned") and ev.held == "seat" \
                and ev.object.kind == "constituency":
            out.append(Relation("represents", ev.agent, ev.object, ev.evidence, end=explicit))
        elif ev.type == "Resigned" and ev.held == "leader" and ev.object.kind == "party":
            out.append(Relation("leaderOf", ev.agent, ev.object, ev.evidence, end=ev.date))
        elif ev.type == "Suspended" and ev.object.kind == "party":  # suspended, still a member
            out.append(Relation("memberOf", ev.agent, ev.object, ev.evidence))
        elif ev.object.kind == "party" and ev.type in MEMBERSHIP_EFFECT:
            when = {MEMBERSHIP_EFFECT[ev.type]: ev.date}
            out.append(Relation("memberOf", ev.agent, ev.object, ev.evidence, **when))
        elif ev.object.kind == "office" and ev.type in OFFICE_EFFECT:
            when = {OFFICE_EFFECT[ev.type]: ev.date}
            out.append(Relation("holdsOffice", ev.agent, ev.object, ev.evidence, **when))
            if ev.type == "Appointed" and before is not None and not any(
                    e.agent is before and e.object is ev.object
                    and e.type in ("Resigned", "Dismissed") for e in events):
                # "in his place": he held it (till then, unless his own going is told)
                out.append(Relation("holdsOffice", before, ev.object, ev.evidence, end=ev.date))
    return out


def _leaderships_left(events: list[Event]) -> None:
    """'resigned as Labour leader': what was left is the leadership, named as its post
    ('Leader of the Labour Party'), not the party: a Resigned whose object is a party left
    the party (pol.ttl). The leaderOf it ended is read before (_from_events)."""
    posts: dict[int, Entity] = {}
    for ev in events:
        if ev.type == "Resigned" and ev.held == "leader" and ev.object is not None \
                and ev.object.kind == "party":
            ev.object = posts.setdefault(id(ev.object),
                                         Entity("office", party_post("Leader", ev.object.name)))


def _sole_party(mentions: Mentions) -> Entity | None:
    """The one party an article names, if it names only one."""
    parties = {id(e): e for _, e in mentions.spans if e.kind == "party"}
    return next(iter(parties.values())) if len(parties) == 1 else None


def _in_the_story(doc: Doc, digest: bool, offset: int, mentions: Mentions,
                  election: Entity | None) -> Callable[[Event], Entity | None]:
    """The article's one election, for an event told in a story that names it: a digest's
    items are separate reports ("Newly-elected X" two items below the Wakefield by-election
    did not win Wakefield)."""
    starts = [offset + head.start_char for head, _ in stories(doc, True)] if digest else []
    told = {bisect_right(starts, offset + span.start_char)
            for span, entity in mentions.spans if entity is election}
    return lambda ev: election if bisect_right(starts, ev.evidence.char_start) in told else None


def _fill_objects(events: list[Event], relations: list[Relation],
                  election_for: Callable[[Event], Entity | None], party: Entity | None) -> None:
    """An event with no object named takes the one the article gives its agent: a sitting
    member stands in their seat; a minister who 'resigned' or was sacked left their post; an
    MP who 'lost the whip' was suspended from their party; the Tory leader who 'became party
    leader in 2005' (or a Tory who did) leads the Conservatives; who 'resigned as leader'
    led their party, or the one party the article names."""
    held = {(r.type, id(r.subject)): r.object for r in relations
            if r.type in ("represents", "holdsOffice", "leaderOf", "memberOf")}
    wanted = {"StoodForElection": "represents", "Elected": "represents", "Defeated": "represents",
              "Resigned": "holdsOffice", "Dismissed": "holdsOffice", "Appointed": "holdsOffice",
              "Suspended": "memberOf", "BecameLeader": "leaderOf",
              "Reinstated": "memberOf", "Expelled": "memberOf"}
    left = {id(e.agent): e.object for e in events if e.type in ("Dismissed", "Resigned")
            and e.object is not None and e.object.kind == "office"}
    successors = {id(e.predecessor): e.agent for e in events
                  if e.type == "Appointed" and e.predecessor is not None and e.agent is not None}
    led_before = {id(e.predecessor): e.object for e in events  # "X succeeds Y as leader"
                  if e.type == "BecameLeader" and e.predecessor is not None
                  and e.object is not None}
    for ev in sorted(events, key=lambda e: e.type != "Appointed"):  # the posts taken first
        if ev.type in ("Resigned", "Dismissed") and ev.object is None \
                and id(ev.agent) in successors:
            # "She replaces Jo Roe, who announced she was standing down": the post taken
            taken = [e for e in events if e.type == "Appointed"
                     and e.agent is successors[id(ev.agent)] and e.object is not None
                     and e.object.kind == "office"]
            # the post taken in their place, where the successor took others too ("appointed
            # housing minister earlier this year")
            posts = {id(e.object): e.object for e in taken if e.predecessor is ev.agent} \
                or {id(e.object): e.object for e in taken}
            ev.object = next(iter(posts.values())) if len(posts) == 1 else None
        if ev.type == "Appointed" and ev.object is None and ev.predecessor is not None:
            # "was replaced by X", "appointed X in his place": the predecessor's post, the
            # one they left last when the article dates their departures
            ev.object = _last_left(events, ev) or held.get(
                ("holdsOffice", id(ev.predecessor))) or left.get(id(ev.predecessor))
        if ev.type == "Resigned" and ev.held == "leader" and ev.object is None:
            ev.object = held.get(("leaderOf", id(ev.agent))) or led_before.get(
                id(ev.agent)) or held.get(("memberOf", id(ev.agent))) or party
            # "she resigned as leader", "quit the role", the leadership her successor took
            if ev.object is not None:
                continue
        if ev.held in ("house", "whip"):  # "suspended from the Commons": no party's doing;
            continue  # "resigned the party whip": no post
        if ev.type == "Resigned" and ev.object is None and ev.held is None and set(
                re.findall(r"[a-z]+", ev.evidence.sentence.lower())) & SEAT_WORDS:
            seat = getattr(election_for(ev), "constituency", None)  # "expected to hold the
            if seat is not None:  # seat after the resignation of X": the by-election's (not
                ev.object, ev.held = seat, "seat"  # "the first by-election since the X and
                continue  # Y resignations": no seat said)
        if ev.held == "seat" and ev.object is None:  # "stood down as an MP": the seat
            ev.object = held.get(("represents", id(ev.agent)))
            continue
        if ev.election is not None and ev.election.election_kind == "leadership election" \
                or ev.evidence.rule in LEADERSHIP_CANDIDACIES:
            continue  # a leadership contest is not fought in the candidate's seat
        if ev.type in ("Elected", "Defeated", "StoodForElection") and ev.object is None:
            # the seat of its by-election, or of the one by-election the article reports
            # ("Dixon beats Tory candidate Elizabeth Wardlaw": she stood there too)
            election = election_for(ev)
            poll = ev.election or election
            if poll is election and poll is not None and (
                    ev.date_reason == AT_AN_AGE or ev.date and poll.date and (
                        ev.date.latest < poll.date.earliest
                        or poll.date.latest < ev.date.earliest)):
                poll = None  # "elected in 1997", "became an MP at 27" beside the Horsham
                # by-election of 1904
            ev.object = getattr(poll, "constituency", None)
            if ev.evidence.rule == "defeated-active":
                continue  # who beat a rival won the by-election's seat, or no seat at all
        if ev.type in wanted and ev.object is None and ev.agent is not None:
            ev.object = held.get((wanted[ev.type], id(ev.agent)))
            if ev.held == "government" and ev.object is not None and (
                    SPOKES.search(ev.object.name) or ev.object.name.startswith("Shadow")):
                ev.object = None  # "quit the government": no opposition post he once held
            if ev.type == "BecameLeader" and ev.object is None:
                ev.object = held.get(("memberOf", id(ev.agent)))
            post = held.get(("holdsOffice", id(ev.agent)))
            if ev.type == "Elected" and ev.object is None and post is not None \
                    and post.name in HEAD_OF_STATE_POSTS:
                ev.object = post  # "Mr Bush's re-election": a president's, to his presidency
            if ev.object is not None and ev.type in ("Resigned", "Dismissed"):  # (a post
                # taken begins its tenure: _from_events)
                relations.append(Relation("holdsOffice", ev.agent, ev.object, ev.evidence,
                                          end=ev.date))


def _resigned_from_held_posts(events: list[Event], mentions: Mentions,
                              published: date | None) -> None:
    """A resignation from a post its agent still holds on the report's day (the holders'
    table) is news: announced that day ("Mr Cameron has said he will resign", "the prime minister's
    dignified resignation" the morning after the referendum). With no post named,
    it is the one post the article names that the table says they held then, or else the
    leadership of the party whose leadership contest the article reports ("the SNP contest to
    replace Sturgeon" over "Sturgeon's resignation")."""
    if published is None:
        return
    contested = {id(e.party): e.party for e in mentions.entities.values()
                 if e.kind == "election" and e.election_kind == "leadership election"
                 and e.party is not None}
    for ev in events:
        if ev.type != "Resigned" or ev.agent is None or ev.agent.kind != "person" \
                or ev.held == "seat":
            continue
        held = held_on(ev.agent.name, ev.date.earliest if ev.date else published)
        if ev.object is None:
            named = [office for post in held
                     if (office := mentions.entities.get(Entity("office", post).key)) is not None]
            led = [party for party in contested.values() if party.name in held]
            ev.object = named[0] if len(named) == 1 else led[0] if len(led) == 1 else None
            if ev.object is not None and ev.object.kind == "party":
                ev.held = "leader"  # (named as its post: _leaderships_left)
        if ev.object is not None and ev.date is None and ev.date_reason in (None, NO_DATE) \
                and ev.object.name in held:  # (held on the report's day, as it has no date)
            left = left_before(ev.object.name, ev.agent.name, published)
            # (unless they came back to it: "reappointed after quitting" left it that day)
            ev.date, ev.date_reason, ev.date_inferred = (
                DateInterval.of_day(left or published), None, True)
            ev.evidence = replace(ev.evidence, confidence=round(ev.evidence.confidence * 0.75, 2))


def _date_results_by_election(events: list[Event], mentions: Mentions) -> None:
    """An article without a date: 'did not stand at the general election in December 2019.
    Sally-Ann Hart held Hastings and Rye': a result with no date of its own took place at
    its election, or the article's one dated public election (a fallback, lower
    confidence)."""
    dated = [e for e in mentions.entities.values() if e.kind == "election" and e.date
             and e.election_kind != "leadership election"]
    only = dated[0] if len(dated) == 1 else None
    for ev in events:
        if ev.type not in ("Elected", "Defeated") or ev.date is not None \
                or ev.date_reason in (BESIDE_ANOTHER, AT_AN_AGE):
            continue
        if ev.object is not None and ev.object.kind != "constituency":
            continue
        election = ev.election or _by_election_in(mentions, ev.object) or only
        if election is None or election.date is None \
                or election.election_kind == "leadership election":
            continue
        ev.date, ev.date_reason, ev.date_inferred = election.date, None, True
        ev.evidence = replace(ev.evidence, confidence=round(ev.evidence.confidence * 0.75, 2))


def _defections_from_title(events: list[Event], relations: list[Relation]) -> list[Event]:
    """'X, the Conservative MP for Y, defected to Labour': the sentence names the party he
    was in, so he left it (unless the article tells his leaving itself)."""
    out = []
    for ev in events:
        if ev.evidence.rule != "defected-to" or ev.agent is None or ev.object is None:
            continue
        if any(e.type == "Left" and e.agent is ev.agent for e in events):
            continue
        before = [r.object for r in relations if r.type == "memberOf" and r.subject is ev.agent
                  and r.object is not ev.object and r.end is None and r.start is None
                  and r.evidence.char_start == ev.evidence.char_start]
        if len({id(p) for p in before}) == 1:
            out.append(Event("Left", ev.agent, before[0], replace(
                ev.evidence, rule="defected-from-title", confidence=0.6), date=ev.date,
                date_reason=ev.date_reason, date_inferred=ev.date_inferred))
    return out


def _last_left(events: list[Event], appointed: Event) -> Entity | None:
    """The office an appointee's predecessor left last (by date, not after the appointment)."""
    gone = [e for e in events if e.agent is appointed.predecessor and e.date is not None
            and e.type in ("Dismissed", "Resigned") and e.object is not None
            and e.object.kind == "office" and (appointed.date is None
                                               or e.date.earliest <= appointed.date.latest)]
    return max(gone, key=lambda e: e.date.earliest).object if gone else None


def _elections_held(mentions: Mentions, offset: int) -> list[Event]:
    """An election whose date the article gives (or that it reports the results of, or that
    data/polls.csv knows) was held; a party's leadership contest too, as FORMAT.md's gold
    lists them."""
    out = []
    plural = {id(e) for e in mentions.entities.values()
              if e.constituency is None and all(_several_polls(s, e) for s, x in mentions.spans
                                                if x is e)}
    unheld = {id(e) for e in mentions.entities.values()  # only imagined, or a campaign's
              if all(_imagined_poll(s) or _a_campaigns_word(s) for s, x in mentions.spans
                     if x is e)}
    for span, entity in mentions.spans:
        # "two by-elections" is not one poll
        if entity.kind != "election" or entity.date is None or any(
                e.object is entity for e in out) or id(entity) in plural | unheld:
            continue
        sent = span.sent
        ev = Evidence(sent.text.strip(), offset + sent.start_char, offset + sent.end_char,
                      "election-date", 0.7)
        out.append(Event("ElectionHeld", None, entity, ev, date=entity.date))
    return out


def _imagined_poll(span: Span) -> bool:
    """'may face a by-election if ...', 'never wanted an EU referendum held': a poll only
    hedged, denied or supposed, neither named as one ('the referendum') nor dated by its words
    (the date it has is a guess)."""
    named = [*span, *(t for c in span.root.lefts for t in c.subtree)]  # "Thursday's vote"
    if span.root.dep_ == "pobj" and span.root.head.lower_ == "without":
        return True  # "independence without a referendum": none held
    return speculative(span.root) and not any(
        t.ent_type_ == "DATE" or t.like_num or t.lower_ in ("the", "this", "that")
        or t.dep_ == "poss" for t in named)


def _a_campaigns_word(span: Span) -> bool:
    """'Labour's election campaign', 'during the election campaign': a bare "election" that
    only says which campaign is meant names no poll (with a year, "the 1987 election
    campaign", it does)."""
    return len(span) == 1 and span.root.lower_ == "election" and span.root.dep_ == "compound" \
        and span.root.head.lemma_ == "campaign" and not any(
            t.like_num for t in span.root.head.subtree)


def _several_polls(span: Span, entity: Entity) -> bool:
    """'two by-elections', 'the 2021 elections': several polls, where 'the European elections'
    and 'the local elections' (or 'the 2007 elections' of a Welsh story) are each one poll of
    its kind."""
    if span.root.lower_ not in BY_ELECTIONS | {"elections"}:
        return False
    return span.root.lower_ in BY_ELECTIONS or not any(
        t.lower_ in kind_words for t in span for kind_words, _ in ELECTION_KINDS) and (
        entity.election_kind == "general election") or any(
        c.like_num and not is_year(c) or c.lower_ in SEVERAL
        for c in span.root.lefts)


def _merge_relations(relations: list[Relation]) -> list[Relation]:
    """One tenure per (type, subject, object): the earliest start and latest end stated;
    but an end before a start stated is a tenure of its own ("reappointed after quitting")."""
    kept: dict[tuple, Relation] = {}
    starts: dict[tuple, list[DateInterval]] = {}
    for rel in relations:
        if rel.start is not None:
            starts.setdefault((rel.type, id(rel.subject), id(rel.object)), []).append(rel.start)
    for rel in relations:
        if rel.subject is rel.object:
            continue
        key = (rel.type, id(rel.subject), id(rel.object))
        if rel.end is not None and rel.start is None and any(
                s.earliest > rel.end.latest for s in starts.get(key, ())):
            key = (*key, "ended before")
        if key not in kept:
            kept[key] = rel
            continue
        k = kept[key]
        if rel.start and (k.start is None or rel.start.earliest < k.start.earliest):
            k.start = rel.start
        if rel.end and (k.end is None or rel.end.latest > k.end.latest):
            k.end = rel.end
    leaders = {(id(r.subject), id(r.object)) for r in kept.values() if r.type == "leaderOf"}
    return [r for r in kept.values()
            if not (r.type == "memberOf" and (id(r.subject), id(r.object)) in leaders
                    and r.end is None and r.start is None)]
