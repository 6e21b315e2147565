"""Tenures on a date, one row per holder: leader_on_date, party_on_date, members_of.

Their queries (header `# fuse: on-date subject=COLUMN`) give one row per claim: a tenure as one
document states it, with its start, end and held span (their bounds), its document, and
the date asked about. A question about one party or person reads every claim of it, so that a
claim is judged beside the others of the same tenure (same holder, same party). members_of
reads only the claims that may overlap the date (through the date index), then, by its
`tenures` form (queries/__init__.py), every claim of the tenures of the holders found: a claim
outside the date may still close or narrow one inside it ("member since 2015" and "left the
party in 2019", asked about 2020). on_date_rows() makes them one row per holder:

- a claim with no date at all is "sometime": never listed, and it dates nothing; it is
  evidence that the tenure exists, so its documents are among the `sources` of its holder's
  row when a dated claim makes one;
- a side a claim leaves open (no pol:start nor pol:heldFrom; no pol:end) is closed by the
  claims of the same tenure that give it (whose span overlaps the claim's): "leader from
  2015", beside a record 2015-09-12 to 2020-04-04, ends 2020-04-04; "member until 2024",
  beside "since 1965", began in 1965. A held span's carried end (pol:carriedUntil) gives way
  to an end a source states, and it stays sure only up to pol:heldUntil;
- a side a claim gives is narrowed by a more precise date of the same tenure that it
  contains (2015 by 2015-09-12), never widened or moved;
- the claims left that may overlap the date are the holder's row: `certain` when one surely
  does, `start` and `end` the most precise of their dates that agree with the first (where
  they disagree, the others are in `contested`: `end 2019-05 per <document>`), `sources`
  every claim's document and those of the claims that dated them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from rdflib import Literal, URIRef
from rdflib.term import Node

from polkg.graph.identity.dates import PRECISIONS, DateInterval
from polkg.graph.store.bindings import iri_text
from polkg.graph.store.parts import cores
from polkg.graph.store.store import QueryResult

#: A `fuse:` header's kind for these queries.
ON_DATE = "on-date"
#: Each precision's rank, coarsest first; and the `certain` column's two values, made once
#: (an rdflib Literal costs microseconds, and members_of at 10M triples makes thousands).
_RANK = {name: rank for rank, name in enumerate(PRECISIONS)}
_CERTAIN = {True: Literal(True), False: Literal(False)}

#: The other claims of the tenures of some holders: (the subject column, each holder with
#: the claims of theirs already read) -> rows.
TenureReader = Callable[[str, Mapping[URIRef, tuple[URIRef, ...]]], QueryResult]
#: Where a tenures form lists the claims already read (queries/members_of.rq).
READ = "NOT IN (?read)"


@dataclass
class _Claim:
    """One tenure as its documents state it: bounds are days (None: not stated)."""

    subject: str
    name: Node | None
    start: DateInterval | None = None  # pol:start, from its label and bounds
    end: DateInterval | None = None
    held_from: DateInterval | None = None  # pol:heldFrom .. pol:heldUntil
    held_until: DateInterval | None = None
    carried: date | None = None  # pol:carriedUntil's last day
    docs: dict[str, None] = field(default_factory=dict)

    @property
    def undated(self) -> bool:
        return not (self.start or self.end or self.held_from or self.held_until)

    @property
    def first(self) -> date | None:
        """The first day it may have held (None: no start is known)."""
        return _bound(self.start or self.held_from, "earliest")

    @property
    def last(self) -> date | None:
        """The last day it may have held (None: open)."""
        return self.end.latest if self.end else self.carried

    def overlaps(self, other: _Claim) -> bool:
        return ((self.first is None or other.last is None or self.first <= other.last)
                and (other.first is None or self.last is None or other.first <= self.last))


#: Oxigraph 0.5 joins a VALUES block of more rows by reading every membership of the store
#: (at 10M triples: 0.1 s for 500 members, 52 s for 1,000); members_of asks in batches.
HOLDERS_PER_QUERY = 256


def tenure_reader(query: Callable[..., QueryResult], text: str,
                  bindings: Mapping[str, Node | tuple[Node, ...]]) -> TenureReader:
    """Reads a query's `tenures` form (`text`) with `query` (a store's or a KnowledgeGraph's):
    the holders bound as its subject, beside the question's own entities (the party), and the
    claims already read written in as a list; its dates and the date index's keys are not
    bound (the form reads neither)."""
    entities = {name: term for name, term in bindings.items() if isinstance(term, URIRef)}

    def read(subject: str, known: Mapping[URIRef, tuple[URIRef, ...]]) -> QueryResult:
        holders = tuple(known)

        # One VALUES row per holder (graph/store/bindings.py: one block, not a join of two),
        # HOLDERS_PER_QUERY at a time, each batch listing only its own holders' claims (the
        # list is compared with every claim found: 3,000 IRIs cost more than the lookups).
        def batch_rows(batch: tuple[URIRef, ...]) -> QueryResult:
            listed = text.replace(READ, "NOT IN ({})".format(
                ", ".join(iri_text(t) for holder in batch for t in known[holder])))
            return query(listed, {subject: batch, **{
                name: (term,) * len(batch) for name, term in entities.items()}})

        batches = [holders[i:i + HOLDERS_PER_QUERY]
                   for i in range(0, len(holders), HOLDERS_PER_QUERY)]
        # The batches on every core: the engine lets go of the interpreter while it reads
        # (members_of at 10M triples, 11 batches: 140 ms in one thread, 90 ms in two).
        with ThreadPoolExecutor(min(len(batches), cores())) as pool:
            parts = list(pool.map(batch_rows, batches))
        return QueryResult("select", parts[0].vars, [row for part in parts for row in part.rows])
    return read


def on_date_rows(result: QueryResult, subject: str, tenures: TenureReader | None = None
                 ) -> QueryResult:
    """The claims of `result` as one row per `subject`, in the order they first appear; with
    `tenures`, judged beside every claim of the tenures of the holders found."""
    rows = list(result.dicts())
    asked = (_day(rows[0]["date"]), _day(rows[0]["dateLatest"])) if rows else None
    if tenures is not None and rows:
        known: dict[URIRef, dict[URIRef, None]] = {}
        for row in rows:  # (the store's terms are IRIs already: no new ones made)
            known.setdefault(_iri(row[subject]), {})[_iri(row["t"])] = None
        rows += tenures(subject, {h: tuple(claims) for h, claims in known.items()}).dicts()
    claims: dict[str, _Claim] = {}
    for row in rows:
        claim = claims.get(key := str(row["t"]))
        if claim is None:
            claim = claims[key] = _Claim(str(row[subject]), row["name"])
        claim.start = claim.start or _interval(row, "se", "sl")
        claim.end = claim.end or _interval(row, "ee", "el")
        claim.held_from = claim.held_from or _interval(row, "he", "hl")
        claim.held_until = claim.held_until or _interval(row, "ue", "ul")
        claim.carried = claim.carried or _day(row.get("cl"))
        claim.docs[str(row["doc"])] = None
    by_subject: dict[str, list[_Claim]] = {}
    undated: dict[str, list[_Claim]] = {}
    for claim in claims.values():
        (undated if claim.undated else by_subject).setdefault(claim.subject, []).append(claim)
    held = "he" in result.vars
    columns = [subject, "label", "start", "end", *(["heldFrom", "heldUntil"] if held else []),
               "certain", "sources", "contested"]
    out = []
    for key, group in by_subject.items():
        dated = [(claim, parts, _span(claim, parts))
                 for claim, parts in (_dated(claim, group) for claim in group)]
        found = [(claim, parts, span) for claim, parts, span in dated if _may_hold(span, asked)]
        if found:
            out.append({subject: URIRef(key), **_row(found, undated.get(key, []), asked, held)})
    return QueryResult("select", vars=columns, rows=[tuple(r.get(c) for c in columns)
                                                      for r in out])


def _dated(claim: _Claim, group: list[_Claim]) -> tuple[_Claim, dict]:
    """The claim's start and end as the tenure's claims date them: {side: (interval, claims
    that give it)}; an interval that is a list holds dates that disagree."""
    mates = [c for c in group if c is not claim and c.overlaps(claim)]
    parts = {}
    for side in ("start", "end"):
        own = getattr(claim, side)
        others = [c for c in mates if getattr(c, side) is not None]
        if own is not None:  # narrowed by a more precise date it contains
            inner = [c for c in others if own.contains(getattr(c, side))]
            parts[side] = [(own, [claim]), *((getattr(c, side), [c]) for c in inner)]
        elif side == "start" and claim.held_from:  # the held span's first day stands in
            parts[side] = []
        else:  # closed by the dates the others give
            parts[side] = [(getattr(c, side), [c]) for c in others]
    return claim, parts


def _chosen(dates: list[tuple[DateInterval, list[_Claim]]]
            ) -> tuple[DateInterval | None, list]:
    """The first date (as the timeline orders them: by first day, coarser first) made as
    precise as the dates it contains make it (2015 by 2015-09-12), and the dates that do not
    contain that one: sources that disagree (as the timeline keeps a tenure's first end)."""
    if len(dates) < 2:  # (most tenures: one claim, one date)
        return (dates[0][0], []) if dates else (None, [])
    first = min(dates, key=lambda d: (d[0].earliest, _RANK[d[0].precision]))[0]
    best = max((d for d, _ in dates if first.contains(d)),
               key=lambda d: (_RANK[d.precision], -d.earliest.toordinal()))
    return best, [d for d in dates if not d[0].contains(best)]


def _span(claim: _Claim, parts: dict) -> tuple[date | None, date | None, date | None,
                                                date | None]:
    """May-from, may-until, surely-from, surely-until of a claim as its tenure dates it: a
    disagreement counts its widest reading as possible and its narrowest as sure."""
    start, start_other = _chosen(parts["start"])
    end, end_other = _chosen(parts["end"])
    starts = [d for d, _ in parts["start"]] if start_other else [start] if start else []
    ends = [d for d, _ in parts["end"]] if end_other else [end] if end else []
    may_from = min((d.earliest for d in starts), default=_bound(claim.held_from, "earliest"))
    surely_from = max((d.latest for d in starts), default=_bound(claim.held_from, "latest"))
    may_until = max((d.latest for d in ends), default=claim.carried)
    if claim.end is None and claim.carried and may_until:  # a stated end beats carrying
        may_until = min(may_until, claim.carried)
    surely_until = min((d.earliest for d in ends), default=None)
    if claim.end is None and claim.held_until:  # sure only as far as the source attests
        surely_until = claim.held_until.earliest
    return may_from, may_until, surely_from, surely_until


def _may_hold(span: tuple, asked) -> bool:
    may_from, may_until, _, _ = span
    return (may_from is None or may_from <= asked[1]) and (may_until is None
                                                           or may_until >= asked[0])


def _surely_holds(span: tuple, asked) -> bool:
    _, _, surely_from, surely_until = span
    return (surely_from is not None and surely_from <= asked[1]
            and (surely_until is None or surely_until >= asked[0]))


def _row(found: list, undated: list[_Claim], asked, held: bool) -> dict[str, Node | None]:
    claims = [claim for claim, _, _ in found]
    row: dict[str, Node | None] = {"label": claims[0].name}
    contested, docs = [], dict.fromkeys(doc for claim in claims for doc in claim.docs)
    for side in ("start", "end"):
        dates = [d for _, parts, _ in found for d in parts[side]]
        best, others = _chosen(dates)
        row[side] = None if best is None else _date_literal(str(best))
        # The claims that date the tenure are its evidence too.
        docs.update(dict.fromkeys(doc for _, by in dates for c in by for doc in c.docs))
        contested += [f"{side} {when} per {' '.join(doc for c in by for doc in c.docs)}"
                      for when, by in others]
    if held:
        froms = [c.held_from for c in claims if c.held_from]
        untils = [c.held_until for c in claims if c.held_until]
        row["heldFrom"] = _date_literal(str(min(froms, key=lambda d: d.earliest))) \
            if froms else None
        row["heldUntil"] = _date_literal(str(max(untils, key=lambda d: d.latest))) \
            if untils else None
    docs.update(dict.fromkeys(doc for claim in undated for doc in claim.docs))
    row["certain"] = _CERTAIN[any(_surely_holds(span, asked) for _, _, span in found)]
    row["sources"] = Literal(" ".join(docs))
    row["contested"] = Literal("; ".join(dict.fromkeys(contested))) if contested else None
    return row


@lru_cache(maxsize=4096)
def _date_literal(text: str) -> Literal:
    """A date's label as a literal, made once (members_of at 10M triples lists thousands)."""
    return Literal(text)


def _interval(row: dict, earliest: str, latest: str) -> DateInterval | None:
    """A date from its bounds, which give its precision too (the writer's dates are a day, a
    calendar month or a year; other bounds read as the year they span): no label is read,
    a lookup less per date at 10M triples."""
    first, last = row.get(earliest), row.get(latest)
    if first is None or last is None:  # (most claims: a side or a held span not stated)
        return None
    return _interval_of(_day(first), _day(last))


@lru_cache(maxsize=65536)
def _interval_of(first: date, last: date) -> DateInterval:
    """(One per pair of days: a store's claims share far fewer dates than there are claims.)"""
    return DateInterval(first, last, "day" if first == last else "month" if (
        first.year, first.month) == (last.year, last.month) else "year")


def _iri(term: Node) -> URIRef:
    return term if isinstance(term, URIRef) else URIRef(str(term))


def _bound(interval: DateInterval | None, which: str) -> date | None:
    return None if interval is None else getattr(interval, which)


def _day(value) -> date | None:
    if value is None:
        return None
    day = value.toPython() if isinstance(value, Literal) else value
    return day if isinstance(day, date) else date.fromisoformat(str(day)[:10])

