"""The date index: date questions read keys first, and give exactly the rows of a full scan."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pyoxigraph as ox
import pytest

from polkg import KnowledgeGraph
from polkg.graph.store.date_index import (
    FIRST_YEAR,
    INDEX_GRAPH,
    KEYS,
    LAST_YEAR,
    question_keys,
    span_keys,
)
from polkg.graph.store.store import OxigraphStore
from polkg.queries import named_queries

from .conftest import DATA, EXAMPLES

#: The project's own data: the examples (news articles and RDF), the tests' records of real
#: UK sources, the Corbyn timeline and the facts written to conflict.
PROJECT_DATA = [EXAMPLES, DATA / "corbyn-timeline.trig", DATA / "conflicting-facts.ttl",
                DATA / "fusion.trig", DATA / "structured", DATA / "known-as-of"]
PARTIES = ["Labour", "Conservative", "Liberal Democrats", "Reform UK", "Independent"]


def rows(result) -> list[tuple]:
    """The rows, each with its sources as a set (GROUP_CONCAT's order is the engine's); a
    query that lists claims (members_of) has one document per row."""
    sources = result.vars.index("sources") if "sources" in result.vars else None
    out = []
    for row in result.rows:
        cells = [None if v is None else str(v) for v in row]
        if sources is not None:
            cells[sources] = frozenset((cells[sources] or "").split())
        out.append(tuple(cells))
    return sorted(out, key=repr)


def both_forms(kg: KnowledgeGraph, name: str, **params: str) -> tuple[list, list, bool]:
    """The rows of the query as asked (indexed when the index serves, with its LATERAL blocks
    on the embedded store), the rows of its plain form, and whether the first read the index."""
    named = named_queries()[name]
    text, bindings = kg.prepare(named, params)
    plain = kg.query(named.text, kg.bind(named, params))
    assert text == named.form(indexed="indexKey" in bindings, lateral=kg.store.lateral)
    return rows(kg.query(text, bindings)), rows(plain), "indexKey" in bindings


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> KnowledgeGraph:
    kg = KnowledgeGraph(tmp_path_factory.mktemp("date-index") / "store")
    report = kg.load(PROJECT_DATA)
    assert report.loaded and kg.store.date_indexed()
    yield kg
    kg.close()


def _parties(kg: KnowledgeGraph) -> list[str]:
    found = []
    for party in PARTIES:
        try:
            kg.resolve(party, "Party")
            found.append(party)
        except Exception:  # a party the data does not hold
            continue
    return found


def test_members_of_reads_the_index_and_gives_the_rows_of_a_full_scan(project):
    asked = answered = 0
    days = ["1983-06-09", "1997-05-01", "2010", "2015-05", "2016-06-30", "2017-06-08",
            "2019-06-01", "2019-12-12", "2020-04-04", "2024-05-15", "2024-07-04", "2024-08-01"]
    for party in _parties(project):
        for day in days:
            indexed, plain, used = both_forms(project, "members_of", party=party, date=day)
            assert used, (party, day)
            assert indexed == plain, (party, day)
            asked += 1
            answered += bool(plain)
    assert asked >= 20 and answered >= 10


def test_events_between_reads_the_index_and_gives_the_rows_of_a_full_scan(project):
    answered = 0
    ranges = [(f"{y}-{m:02d}", f"{y}-{m:02d}") for y in (2016, 2019, 2020, 2023, 2024)
              for m in range(1, 13)]
    ranges += [("2019", "2019"), ("2024-07-04", "2024-07-06"), ("2023-11", "2024-03"),
               ("1983", "1984-12-31")]
    for start, end in ranges:
        indexed, plain, used = both_forms(project, "events_between", **{"from": start, "to": end})
        assert used, (start, end)
        assert indexed == plain, (start, end)
        answered += bool(plain)
    assert answered >= 5


def test_the_queries_read_in_parts_give_the_rows_of_the_whole_in_its_order(project,
                                                                          monkeypatch):
    """members_of and events_between read in parts, on every core (graph/store/parts.py),
    answer as read whole: the same rows, fused, in the same order."""
    import polkg.api

    questions = [("members_of", {"party": party, "date": day}) for party in _parties(project)
                 for day in ("1997-05-01", "2016-06-30", "2019-12-12", "2024-07-04")]
    questions += [("events_between", {"from": start, "to": end}) for start, end in [
        ("2016-06", "2016-06"), ("2019", "2019"), ("2024-07-04", "2024-07-06"),
        ("2023-11", "2024-03"), ("1900", "2030")]]
    split = []
    real = polkg.api.query_in_parts
    monkeypatch.setattr(polkg.api, "query_in_parts", lambda store, texts, *a: split.append(
        len(texts)) or real(store, texts, *a))
    answered = 0
    for name, params in questions:
        monkeypatch.setattr(polkg.api, "cores", lambda: 1)
        whole = project.run(name, **params)
        monkeypatch.setattr(polkg.api, "cores", lambda: 3)
        parts = project.run(name, **params)
        assert parts.vars == whole.vars and parts.rows == whole.rows, (name, params)
        answered += bool(whole.rows)
    assert split == [3] * len(questions) and answered >= 10


def test_a_range_the_index_does_not_serve_runs_as_a_full_scan(project):
    # Longer than MAX_QUESTION_MONTHS, and before the index's first year.
    for start, end in [("1900", "2030"), ("0900", "0999")]:
        indexed, plain, used = both_forms(project, "events_between", **{"from": start, "to": end})
        assert not used and indexed == plain
    assert both_forms(project, "events_between", **{"from": "1900", "to": "2030"})[0]


def _overlaps(a: date | None, b: date | None, first: date, last: date) -> bool:
    lo, hi = a or date.min, b or date.max  # an open end: any day
    if a and b:
        lo, hi = min(lo, hi), max(lo, hi)  # one that ends before it starts: between
    return lo <= last and hi >= first


def test_a_span_and_a_question_share_a_key_when_they_may_overlap():
    """Open ends, year-only and month-only dates, spans that end before they start: a span is
    found by every question it may overlap (never a lost answer), and by no question outside
    its months (a span within one year) or its years (a longer one)."""
    rng = random.Random(12)

    def day() -> date:  # mostly modern years, some near the index's first and last years
        low, high = rng.choice([(1900, 2030)] * 4 + [(900, 1100), (1980, 2110), (2890, 3010)])
        return date(rng.randint(low, high), 1, 1) + timedelta(days=rng.randint(0, 364))

    for _ in range(6000):
        a = None if rng.random() < 0.2 else day()
        b = None if rng.random() < 0.3 else day()
        if a and b and rng.random() < 0.5:  # often within one month or one year
            b = a + timedelta(days=rng.randint(0, 40))
        first = day()
        last = first + timedelta(days=rng.choice((0, 0, 30, 200, 700)))
        keys = question_keys(first, last)
        if keys is None:
            continue
        found = bool(set(span_keys(a, b)) & set(keys))
        if _overlaps(a, b, first, last):
            assert found, (a, b, first, last)
        lo, hi = sorted((a or date(FIRST_YEAR, 1, 1), b or date(LAST_YEAR, 12, 31)))
        if found:  # and it may overlap at the precision it was keyed with
            unit = 1 if a and b and lo.year == hi.year else 12
            assert _month(lo) // unit <= _month(last) // unit
            assert _month(hi) // unit >= _month(first) // unit, (a, b, first, last)


def _month(d: date) -> int:
    return d.year * 12 + d.month - 1


def test_year_only_and_open_dates_have_keys():
    assert span_keys(date(2019, 1, 1), date(2019, 12, 31)) == ["year:2019"]
    assert span_keys(None, None) == ["always"]
    # An open span has one key per level, whatever its start: not one per decade to come.
    assert span_keys(date(2017, 5, 1), None) == [
        "from-year:2017", "from-decade:2010", "from-century:2000", "from-millennium:2000"]
    day = question_keys(date(2024, 7, 4), date(2024, 7, 4))
    assert day[:5] == ["month:2024-07", "year:2024", "decade:2020", "century:2000",
                       "millennium:2000"]
    assert {"from-year:2024", "from-decade:2010", "until-year:2024", "always"} <= set(day)
    assert question_keys(date(1900, 1, 1), date(2030, 12, 31)) is None


def _strip_index(path) -> None:
    """Make the store look as one written before the index existed: no keys, no statement."""
    store = ox.Store(str(path))
    for key in KEYS:
        for quad in list(store.quads_for_pattern(None, key, None)):
            store.remove(quad)
    store.remove_graph(ox.NamedNode(str(INDEX_GRAPH)))
    store.flush()


@pytest.mark.local_store
def test_a_store_from_before_the_index_answers_alike_and_is_keyed_when_opened_to_write(tmp_path):
    path = tmp_path / "store"
    with KnowledgeGraph(path) as kg:
        kg.load([DATA / "corbyn-timeline.trig", DATA / "structured"])
        before = rows(kg.run("members_of", party="Labour", date="2019-06-01"))
        events = rows(kg.run("events_between", **{"from": "2019-12", "to": "2019-12"}))
    assert before and events
    _strip_index(path)
    # A read-only view (another process holds the store) cannot key it: it reads in full.
    holder = OxigraphStore(path)
    with KnowledgeGraph(path, for_reading=True) as view:
        assert view.read_only and not view.store.date_indexed()
        assert rows(view.run("members_of", party="Labour", date="2019-06-01")) == before
        assert rows(view.run("events_between", **{"from": "2019-12", "to": "2019-12"})) == events
    holder.close()
    with KnowledgeGraph(path) as kg:
        assert kg.store.date_indexed()
        named = named_queries()["members_of"]
        _, bindings = kg.prepare(named, {"party": "Labour", "date": "2019-06-01"})
        assert "indexKey" in bindings
        assert rows(kg.run("members_of", party="Labour", date="2019-06-01")) == before


@pytest.mark.local_store
def test_a_sparql_update_sets_the_index_aside_until_it_is_keyed_again(tmp_path):
    with KnowledgeGraph(tmp_path / "store") as kg:
        kg.load([DATA / "corbyn-timeline.trig"])
        assert kg.store.date_indexed()
        kg.update("""
            INSERT DATA { GRAPH <urn:test:update> {
              <urn:test:m> a pol:Membership ; pol:member <urn:test:p> ;
                  pol:organization <https://w3id.org/polkg/id/party/labour-party> ;
                  pol:start <urn:test:d> .
              <urn:test:d> pol:earliest "2019-01-01"^^xsd:date ; pol:latest "2019-01-31"^^xsd:date .
              <urn:test:p> rdfs:label "Written By Update" .
            } } ;""")
        assert not kg.store.date_indexed()
        labels = {str(r[1]) for r in kg.run("members_of", party="Labour", date="2019-06-01").rows}
        assert "Written By Update" in labels
        kg.ensure_date_index()
        assert kg.store.date_indexed()
        indexed, plain, used = both_forms(kg, "members_of", party="Labour", date="2019-06-01")
        assert used and indexed == plain
        assert any("Written By Update" in row for row in indexed)  # its claim, by name


BOGUS = """
    @prefix pol: <https://w3id.org/polkg/ontology#> .
    @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
    <urn:test:g> {
      <urn:test:e> a pol:Elected ; pol:agent <urn:test:p> ; pol:date <urn:test:d> ;
          pol:dateKey "month:1950-01" .
      <urn:test:d> pol:earliest "2019-12-12"^^xsd:date ; pol:latest "2019-12-12"^^xsd:date .
    }
"""
INDEX_STATEMENT = """
    <https://w3id.org/polkg/id/date-index> {
      <https://w3id.org/polkg/id/date-index> pol:dateIndexVersion 99 .
    }
"""


@pytest.mark.parametrize("bulk", [False, True])
def test_keys_a_file_brings_are_replaced_by_the_stores_own(kg, tmp_path, monkeypatch, bulk):
    if bulk:  # the engine's bulk loader writes the file's bytes as they are
        if not isinstance(kg.store, OxigraphStore):
            pytest.skip("the bulk path is the embedded store's")
        monkeypatch.setattr(OxigraphStore, "bulk_threshold", 1)
    bogus = tmp_path / "bogus-keys.trig"
    bogus.write_text(BOGUS, encoding="utf-8")
    assert not kg.load([bogus]).failed
    keys = {str(k) for (k,) in kg.query(
        "SELECT ?k WHERE { GRAPH ?g { <urn:test:e> pol:dateKey ?k } }").rows}
    assert keys == {"month:2019-12"}
    assert kg.store.date_indexed()
    indexed, plain, used = both_forms(kg, "events_between", **{"from": "2019-12", "to": "2019-12"})
    assert used and indexed == plain and len(indexed) == 1


def test_a_file_may_not_state_the_index_for_the_store(kg, tmp_path):
    """An export holds the index graph; loaded again, its copy is dropped, the rest loads."""
    claim = tmp_path / "claims-the-index.trig"
    claim.write_text(BOGUS + INDEX_STATEMENT, encoding="utf-8")
    assert not kg.load([claim]).failed
    assert kg.query("ASK { GRAPH ?g { <urn:test:e> pol:dateKey ?k } }").boolean
    assert not kg.query("ASK { GRAPH ?g { ?s pol:dateIndexVersion 99 } }").boolean
    assert kg.store.date_indexed()


def test_the_bulk_path_writes_the_keys_the_transactional_path_writes(monkeypatch):
    """Large files are keyed from the store after the engine's bulk load: the same keys, in
    the same graphs, as a file written in one transaction."""
    rdf_files = [DATA / "corbyn-timeline.trig", DATA / "conflicting-facts.ttl",
                 DATA / "fusion.trig", *sorted((DATA / "known-as-of").glob("*.ttl"))]

    def keys(threshold: int) -> set[tuple[str, ...]]:
        monkeypatch.setattr(OxigraphStore, "bulk_threshold", threshold)
        kg = KnowledgeGraph(OxigraphStore())
        assert not kg.load(rdf_files).failed
        found = {tuple(str(v) for v in row) for row in kg.query(
            "SELECT ?g ?s ?p ?k WHERE { GRAPH ?g { ?s ?p ?k } "
            "VALUES ?p { pol:dateKey pol:tenureKey } }").rows}
        kg.close()
        return found

    bulk, transactional = keys(1), keys(10**9)
    assert bulk == transactional and any("tenureKey" in k[2] for k in bulk)
    assert any("dateKey" in k[2] for k in bulk)
