"""The date index: keys that let a date question read only the facts that may fall in range.

Oxigraph has no range index: a FILTER on dates runs after every dated fact has been read
(events_between over one month read every event of the store). So each fact that carries
dates also gets key literals in its own document graph: the buckets of time that exactly
cover the days it may fall on, at the coarsest levels that fit (months, years, decades,
centuries, millennia). An event's are `pol:dateKey`s; a tenure's are `pol:tenureKey`s, each
a bucket, a property and what the tenure is held in by it (its party, office or seat:
`year:2019 organization https://w3id.org/polkg/id/party/labour-party`), so that a question
about events never reads tenures, nor one about a party's members another party's. A
question over a range of days asks for every bucket that overlaps it (one per level for a
day) and joins on those keys before its FILTER. A fact overlaps the range exactly when one of
its buckets does, so no answer can be lost; the FILTER drops what a bucket brought in beyond
the range.

The span a fact may fall on is its event's date (`pol:date`: first earliest to last latest),
or its tenure's (first day of `pol:start` or `pol:heldFrom` to last day of `pol:end` or
`pol:carriedUntil`, the bounds the named queries compare); a missing or unreadable bound is
open, and open ends reach FIRST_YEAR or LAST_YEAR. A span crossing a year boundary is keyed
in whole years (fewer keys; the FILTER drops the months beyond it). Questions outside
FIRST_YEAR..LAST_YEAR, or longer than MAX_QUESTION_MONTHS (an answer that large reads most
facts anyway), run unindexed: the same query without its lines that read keys.

The store writes the keys with every document (`with_date_keys`; keys an input brought
itself are replaced), and states in the graph INDEX_GRAPH that every fact carries them
(`index_statement`). A store without that statement (written before the index existed, or
changed by a SPARQL update, which removes it) answers unindexed until `Store.index_dates`
has keyed it again: KnowledgeGraph does so when it opens the embedded store to write, and
after each load.
"""

from __future__ import annotations

import gc
from collections import defaultdict
from collections.abc import Iterable
from datetime import date

import pyoxigraph as ox

from polkg.ontology import ID, POL

FIRST_YEAR, LAST_YEAR = 1000, 2999
MAX_QUESTION_MONTHS = 36
#: Bucket sizes in months, finest first, and the name each key starts with.
LEVELS = ((1, "month"), (12, "year"), (120, "decade"), (1200, "century"), (12000, "millennium"))
VERSION = 2  # 2: open spans keyed by their one bound, tenure keys name their property
INDEX_GRAPH = ID["date-index"]

DATE_KEY, TENURE_KEY = ox.NamedNode(str(POL.dateKey)), ox.NamedNode(str(POL.tenureKey))
KEYS = (DATE_KEY, TENURE_KEY)
#: The key of a span open at both ends (a tenure with no date the queries compare).
ALWAYS = "always"
_VERSION = ox.NamedNode(str(POL.dateIndexVersion))
_INDEX = ox.NamedNode(str(INDEX_GRAPH))
_EVENT = str(POL.date)
_LOWER = {str(POL.start), str(POL.heldFrom)}
_UPPER = {str(POL.end), str(POL.carriedUntil)}
_TENURE = _LOWER | _UPPER | {str(POL.heldUntil)}
_COUNTERPART = {str(POL.organization), str(POL.office), str(POL.constituency)}
_EARLIEST, _LATEST = str(POL.earliest), str(POL.latest)
READ = {_EVENT, *_TENURE, *_COUNTERPART, _EARLIEST, _LATEST}
_FIRST, _LAST = FIRST_YEAR * 12, LAST_YEAR * 12 + 11


#: Every quad the keys are computed from, in every graph (to key a whole store again).
DATED_QUADS = ("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } VALUES ?p { "
               + " ".join(f"<{p}>" for p in sorted(READ)) + " } }")


def drop_keys(graph: str) -> str:
    """An update deleting the keys in a graph (an IRI in <>, or ?g: every graph)."""
    return " ;\n".join(f"DELETE WHERE {{ GRAPH {graph} {{ ?s <{key.value}> ?k }} }}"
                        for key in KEYS)


def index_statement() -> ox.Quad:
    """The quad that says every dated fact of the store carries its keys."""
    return ox.Quad(_INDEX, _VERSION, ox.Literal(VERSION), _INDEX)


#: An update that says the keys may be stale (a SPARQL update changed the store): the index
#: statement's version becomes 0, which no query trusts (the quad count stays the same).
STALE = (f"DELETE {{ GRAPH <{INDEX_GRAPH}> {{ ?i <{POL.dateIndexVersion}> ?v }} }} "
         f"INSERT {{ GRAPH <{INDEX_GRAPH}> {{ ?i <{POL.dateIndexVersion}> 0 }} }} "
         f"WHERE {{ GRAPH <{INDEX_GRAPH}> {{ ?i <{POL.dateIndexVersion}> ?v }} }}")


def span_keys(lower: date | None, upper: date | None) -> list[str]:
    """The keys of a span from lower to upper (None: open); none when it lies wholly outside
    the index's years.

    A closed span: the buckets that exactly cover it, in whole years when it crosses a year
    boundary. An open end would need a bucket for every decade and century to LAST_YEAR, so
    an open span is keyed instead by the buckets that hold its one bound, at each level from
    the year up (`from-...` for a span with no end, `until-...` for one with no start); a
    question asks for the earlier (later) siblings of its own buckets (`_open_keys`).

    >>> span_keys(date(2024, 7, 4), date(2024, 7, 4))
    ['month:2024-07']
    >>> span_keys(date(2017, 4, 1), None)
    ['from-year:2017', 'from-decade:2010', 'from-century:2000', 'from-millennium:2000']
    """
    if lower is None and upper is None:
        return [ALWAYS]
    if lower is None or upper is None:
        side, year = ("from", lower.year) if upper is None else ("until", upper.year)
        if (year > LAST_YEAR and side == "from") or (year < FIRST_YEAR and side == "until"):
            return []  # no question within the index's years can meet it
        year = min(max(year, FIRST_YEAR), LAST_YEAR)
        return [f"{side}-{name}:{year - year % (size // 12):04d}" for size, name in LEVELS[1:]]
    a, b = sorted((_month(lower), _month(upper)))  # one that ends before it starts: between
    if a // 12 != b // 12:
        a, b = a - a % 12, b - b % 12 + 11
    a, b = max(a, _FIRST), min(b, _LAST)
    keys = []
    while a <= b:
        size, name = next((s, n) for s, n in reversed(LEVELS) if a % s == 0 and a + s - 1 <= b)
        keys.append(_key(name, a))
        a += size
    return keys


def question_keys(first: date, last: date) -> list[str] | None:
    """The keys a question over first..last asks for: every bucket, at every level, that
    overlaps it; the open spans that start by its last year or end from its first; and the
    spans open at both ends. None when the question must run unindexed (outside the index's
    years, or too long to be worth it)."""
    a, b = _month(first), _month(last)
    if a < _FIRST or b > _LAST or b - a >= MAX_QUESTION_MONTHS:
        return None
    return ([_key(name, m) for size, name in LEVELS for m in range(a - a % size, b + 1, size)]
            + _open_keys("from", last.year) + _open_keys("until", first.year) + [ALWAYS])


def _open_keys(side: str, year: int) -> list[str]:
    """The keys of the open spans whose bound is at or before `year` ("from") or at or after
    it ("until"): at each level, the buckets beside the year's own one on that side within
    their parent (the year's own bucket too at the finest level). Each such span has exactly
    one of them: the level where its bound and the year first share a parent."""
    keys = []
    for (size, name), parent in zip(LEVELS[1:], [*(s for s, _ in LEVELS[2:]), 12 * 2000]):
        unit, span = size // 12, parent // 12
        own, start = year - year % unit, year - year % span if span < 2000 else FIRST_YEAR
        end = start + span - 1 if span < 2000 else LAST_YEAR
        if side == "from":
            buckets = range(start, own + (unit if unit == 1 else 0), unit)
        else:
            buckets = range(own + (0 if unit == 1 else unit), end + 1, unit)
        keys += [f"{side}-{name}:{b:04d}" for b in buckets]
    return keys


def with_date_keys(quads: Iterable[ox.Quad]) -> tuple[list[ox.Quad], int]:
    """The quads with the keys of their dated facts (each in the graph that states the fact's
    dates), and how many quads the document itself has. Keys, or anything in INDEX_GRAPH,
    that the input brought are dropped: only the store writes them."""
    own = [q for q in quads if q.predicate not in KEYS and q.graph_name != _INDEX]
    return own + date_keys(own), len(own)


def date_keys(quads: Iterable[ox.Quad]) -> list[ox.Quad]:
    """The key quads of the facts these quads date (the facts' date links and their
    date nodes' pol:earliest and pol:latest, read per graph); other quads are passed over.

    Written for speed (a bulk load at 1M triples keys 55,000 facts from 183,000 quads): facts
    share spans (26,000 distinct there) and keys, so each span's keys and each key's literal
    are made once; and the collector is paused meanwhile, since each term read and each quad
    made is a new object it would otherwise scan again and again (a third of the time).
    """
    paused = gc.isenabled()
    gc.disable()
    try:
        return _keys(*_dated(quads))
    finally:
        if paused:
            gc.enable()


def _keys(links: dict, bounds: dict) -> list[ox.Quad]:
    """The key quads of the facts `_dated` sorted out."""
    events_keys: dict[tuple, list[ox.Literal]] = {}
    tenure_buckets: dict[tuple, list[str]] = {}
    literals: dict[str, ox.Literal] = {}
    keyed = []
    for (graph, fact), dated in links.items():
        events = [node for p, node in dated if p == _EVENT]
        if events:
            span = (_first([d for n in events for d in bounds.get((graph, n, _EARLIEST), _OPEN)]),
                    _last([d for n in events for d in bounds.get((graph, n, _LATEST), _OPEN)]))
            if span not in events_keys:
                events_keys[span] = [ox.Literal(k) for k in span_keys(*span)]
            keyed += [ox.Quad(fact, DATE_KEY, k, graph) for k in events_keys[span]]
        if any(p in _TENURE for p, _ in dated):
            span = (_first([d for p, n in dated if p in _LOWER
                            for d in bounds.get((graph, n, _EARLIEST), _OPEN)] or _OPEN),
                    _last([d for p, n in dated if p in _UPPER
                           for d in bounds.get((graph, n, _LATEST), _OPEN)] or _OPEN))
            if span not in tenure_buckets:
                tenure_buckets[span] = span_keys(*span)
            for p, node in dated:
                if p in _COUNTERPART:
                    for bucket in tenure_buckets[span]:
                        text = tenure_key(bucket, p, node.value)
                        if text not in literals:
                            literals[text] = ox.Literal(text)
                        keyed.append(ox.Quad(fact, TENURE_KEY, literals[text], graph))
    return keyed


#: The days of a bound not read: open.
_OPEN = (None,)


def _dated(quads: Iterable[ox.Quad]) -> tuple[dict, dict]:
    """The facts' date links and counterparts, by (graph, fact), in the order read; and the
    date nodes' days, by (graph, node, pol:earliest or pol:latest)."""
    links: dict[tuple, list[tuple[str, ox.NamedNode]]] = defaultdict(list)
    bounds: dict[tuple, list[date | None]] = defaultdict(list)
    for q in quads:
        p = q.predicate.value
        if p not in READ:
            continue
        if p == _EARLIEST or p == _LATEST:
            bounds[(q.graph_name, q.subject, p)].append(_day(q.object))
        else:
            links[(q.graph_name, q.subject)].append((p, q.object))
    return links, bounds


def _first(days: list[date | None]) -> date | None:
    """The earliest day, or None (open) when any is unknown."""
    return None if None in days else min(days)


def _last(days: list[date | None]) -> date | None:
    return None if None in days else max(days)


def tenure_key(bucket: str, prop: str, counterpart: str) -> str:
    """A tenure's key: a bucket of its span and what it is held in, by which property
    (`organization`, `office`, `constituency`), so that a question about one party on a day
    reads that party's tenures of the day only, and knows them by the key alone."""
    return f"{bucket} {prop.rsplit('#', 1)[-1]} {counterpart}"


def _month(d: date) -> int:
    return d.year * 12 + d.month - 1


def _key(name: str, month: int) -> str:
    year = month // 12
    return f"month:{year:04d}-{month % 12 + 1:02d}" if name == "month" else f"{name}:{year:04d}"


def _day(term) -> date | None:
    """A date literal's day; None (an open bound) for anything else."""
    try:
        return date.fromisoformat(term.value[:10])
    except (AttributeError, ValueError):
        return None
