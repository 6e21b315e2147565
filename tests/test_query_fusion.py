"""Named queries fuse their rows as the timeline does: one fact, one row, with all its sources."""

from __future__ import annotations

import csv
import io
import json
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from rdflib import URIRef

from polkg import KnowledgeGraph
from polkg.endpoint import EndpointServer
from polkg.graph.identity.dates import DateInterval
from polkg.graph.network import on_date as on_date_module
from polkg.graph.network.fusion import fuse_spec
from polkg.queries import QueryDefinitionError, named_queries

from .conftest import CORBYN_ARTICLE, DATA, EXAMPLES, TURTLE_PREFIXES

RECORDS = [DATA / "structured" / name for name in (
    "HoC-GE2019-results-by-constituency.csv", "HoC-GE2024-results-by-constituency.csv",
    "everypolitician-uk-commons-term-57.csv")]


def rows(result) -> list[dict]:
    return [{k: None if v is None else str(v) for k, v in row.items()} for row in result.dicts()]


def files(kg, row) -> list[str]:
    """The file names of a row's sources."""
    names = {str(d): Path(str(n)).name for d, n in kg.query(
        "SELECT ?d ?n WHERE { GRAPH ?d { ?d pol:fileName ?n } }").rows}
    return sorted(names[d] for d in row["sources"].split())


def test_every_fuse_line_parses():
    fused = {name for name, q in named_queries().items() if q.fuse}
    assert {"person_timeline", "party_timeline", "constituency_history",
            "events_between", "office_holders"} <= fused
    for name in fused:
        fuse_spec(named_queries()[name].fuse)  # raises on a malformed line
    with pytest.raises(QueryDefinitionError, match="no column nope"):
        fuse_spec("date=start counterpart=nope", ["start", "holder", "sources"])
    with pytest.raises(QueryDefinitionError, match="date required"):
        fuse_spec("type=eventType")


def test_corbyns_person_timeline_has_one_row_per_fact_with_its_sources(kg):
    """The UK records and an article: the 2024 election stated by the results file (a day) and
    the article (a month) is one row with both; the Labour membership held term after term is
    one row with the term file and the 2019 results; every row is an entry of the timeline."""
    kg.load([*RECORDS, CORBYN_ARTICLE])
    found = rows(kg.run("person_timeline", person="Jeremy Corbyn"))
    facts = [(r["type"], r["counterpart"], r["date"], r["held"], r["end"]) for r in found]
    assert len(facts) == len(set(facts))
    elected = [r for r in found if r["type"] == "Elected"]
    assert [r["date"] for r in elected] == ["1983", "2019-12-12", "2024-07-04"]
    assert files(kg, elected[-1]) == ["2024-07-05_corbyn_islington_north.txt",
                                      "HoC-GE2024-results-by-constituency.csv"]
    (held,) = [r for r in found if r["tenure"] == "Membership" and r["held"]]
    assert (held["held"], held["reach"], files(kg, held)) == (
        "2017-06-08", "2024-05-30", ["HoC-GE2019-results-by-constituency.csv",
                                      "everypolitician-uk-commons-term-57.csv"])
    seat = next(r for r in found if r["type"] == "Representation" and r["date"] == "2017-06-08")
    assert seat["end"] == "2019-11-06"
    # The same facts as `polkg timeline`, each event with the same sources.
    timeline = [(e.date and str(e.date), e.type, sorted(s.document for s in e.sources))
                for e in kg.timeline("Jeremy Corbyn").entries if e.tenure is None]
    assert [(r["date"], r["type"], sorted(r["sources"].split())) for r in found
            if r["tenure"] is None] == timeline


def test_fused_rows_never_let_an_undated_claim_narrow_a_dated_one(kg):
    """fusion.trig: an expulsion at 2024, 2024-05 and undated is one row at 2024-05 with the
    three sources; an undated election beside two dated ones stays apart; suspensions at
    2020-05 and 2020-06 from two sources are both kept, each contested by the other; the
    undated leadership is evidence of the dated one."""
    kg.load([DATA / "fusion.trig"])
    found = rows(kg.run("person_timeline", person="Ann Example"))
    summary = [(r["date"], r["type"], r["end"], files(kg, r), r["contested"]) for r in found]
    a, b = "https://example.org/news/a", "https://example.org/news/b"
    assert summary == [
        ("1983", "Elected", None, ["a.txt"], None),
        ("1987", "Elected", None, ["b.txt"], None),
        ("2015", "Leadership", "2020-04", ["a.txt", "c.txt"], None),
        ("2020-05", "Suspended", None, ["a.txt"], f"2020-06 per {b}"),
        ("2020-06", "Suspended", None, ["b.txt"], f"2020-05 per {a}"),
        ("2024-05", "Expelled", None, ["a.txt", "b.txt", "c.txt"], None),
        (None, "Elected", None, ["c.txt"], None),
    ]
    events = rows(kg.run("events_between", **{"from": "2024", "to": "2024"}))
    assert [(r["date"], r["eventType"], files(kg, r)) for r in events] == [
        ("2024-05", "Expelled", ["a.txt", "b.txt"])]


def test_fused_rows_in_csv_and_sparql_json(run_cli):
    assert run_cli("load", str(DATA / "fusion.trig")).exit_code == 0
    result = run_cli("query", "person_timeline", "-p", "person=Ann Example", "--format", "csv")
    assert result.exit_code == 0, result.output
    table = list(csv.DictReader(io.StringIO(result.output)))
    expelled = next(r for r in table if r["type"] == "Expelled")
    assert (expelled["date"], len(expelled["sources"].split()), expelled["contested"]) == (
        "2024-05", 3, "")
    result = run_cli("query", "person_timeline", "-p", "person=Ann Example", "--format", "json")
    document = json.loads(result.output)
    assert document["head"]["vars"][-2:] == ["facts", "contested"]
    suspended = [b for b in document["results"]["bindings"] if b["type"]["value"] == "Suspended"]
    assert [b["contested"]["value"] for b in suspended] == [
        "2020-06 per https://example.org/news/b", "2020-05 per https://example.org/news/a"]


def test_the_endpoints_named_query_fuses_as_polkg_query_does(tmp_path):
    kg = KnowledgeGraph(tmp_path / "store")
    kg.load([DATA / "fusion.trig"])
    expected = rows(kg.run("person_timeline", person="Ann Example"))
    path = "queries/person_timeline?" + urllib.parse.urlencode({"person": "Ann Example"})
    with EndpointServer(kg, port=0).start() as server:
        request = urllib.request.Request(server.url + path,
                                         headers={"Accept": "application/sparql-results+json"})
        with urllib.request.build_opener().open(request, timeout=30) as response:
            document = json.loads(response.read())
        with urllib.request.build_opener().open(server.url + path + "&format=csv",
                                                timeout=30) as response:
            table = list(csv.DictReader(io.StringIO(response.read().decode("utf-8"))))
    kg.close()
    served = [{k: v["value"] for k, v in b.items()} for b in document["results"]["bindings"]]
    assert served == [{k: v for k, v in row.items() if v is not None} for row in expected]
    assert [r["contested"] for r in table if r["type"] == "Suspended"] == [
        "2020-06 per https://example.org/news/b", "2020-05 per https://example.org/news/a"]


def test_office_holders_one_row_per_term(kg, tmp_path):
    """Two documents give one term at 2019 and 2019-07-24: one row with both. A third gives
    a term without a start that ended in 2016: it cannot be the term begun in 2019."""
    doc = tmp_path / "holders.trig"
    doc.write_text(TURTLE_PREFIXES + """<https://example.org/d1> {
  id:person\\/ann a pol:Person ; rdfs:label "Ann Example" .
  id:office\\/pm a pol:Office ; rdfs:label "Prime Minister" .
  id:holding\\/d1 a pol:OfficeHolding ; rdfs:label "Ann Example, Prime Minister" ;
    pol:holder id:person\\/ann ; pol:office id:office\\/pm ; pol:start id:date\\/2019 .
  id:date\\/2019 a pol:DateInterval ; rdfs:label "2019" ; pol:precision time:unitYear ;
    pol:earliest "2019-01-01"^^xsd:date ; pol:latest "2019-12-31"^^xsd:date .
}
<https://example.org/d2> {
  id:holding\\/d2 a pol:OfficeHolding ; rdfs:label "Ann Example, Prime Minister" ;
    pol:holder id:person\\/ann ; pol:office id:office\\/pm ; pol:start id:date\\/2019-07-24 .
  id:date\\/2019-07-24 a pol:DateInterval ; rdfs:label "2019-07-24" ; pol:precision time:unitDay ;
    pol:earliest "2019-07-24"^^xsd:date ; pol:latest "2019-07-24"^^xsd:date .
}
<https://example.org/d3> {
  id:holding\\/d3 a pol:OfficeHolding ; rdfs:label "Ann Example, Prime Minister" ;
    pol:holder id:person\\/ann ; pol:office id:office\\/pm ; pol:end id:date\\/2016 .
  id:date\\/2016 a pol:DateInterval ; rdfs:label "2016" ; pol:precision time:unitYear ;
    pol:earliest "2016-01-01"^^xsd:date ; pol:latest "2016-12-31"^^xsd:date .
}
""")
    kg.load([doc])
    found = rows(kg.run("office_holders", office="Prime Minister"))
    assert [(r["start"], r["end"], sorted(r["sources"].split())) for r in found] == [
        ("2019-07-24", None, ["https://example.org/d1", "https://example.org/d2"]),
        (None, "2016", ["https://example.org/d3"])]


def test_a_tenure_whose_sources_disagree_on_its_end_keeps_both_ends(kg, tmp_path):
    """Two documents: a leadership from 2015 to 2020-04, and from 2015 to 2021-01. One row at
    the start they agree on, the first end, and the other end named as contested."""
    def day(text: str) -> str:
        interval = DateInterval.parse(text)
        return (f"id:date\\/{text} a pol:DateInterval ; rdfs:label \"{text}\" ; "
                f"pol:earliest \"{interval.earliest}\"^^xsd:date ; "
                f"pol:latest \"{interval.latest}\"^^xsd:date ; "
                f"pol:precision time:unit{interval.precision.title()} .\n")

    graphs = "".join(f"""<https://example.org/{g}> {{
  id:person\\/ann a pol:Person ; rdfs:label "Ann Example" .
  id:party\\/x a pol:Party ; rdfs:label "X Party" .
  id:leadership\\/{g} a pol:Leadership ; rdfs:label "Ann Example leads X Party" ;
    pol:leader id:person\\/ann ; pol:organization id:party\\/x ;
    pol:start id:date\\/2015 ; pol:end id:date\\/{end} .
  {day("2015")}  {day(end)}}}
""" for g, end in (("a", "2020-04"), ("b", "2021-01")))
    doc = tmp_path / "ends.trig"
    doc.write_text(TURTLE_PREFIXES + """""" + graphs)
    kg.load([doc])
    (row,) = rows(kg.run("person_timeline", person="Ann Example"))
    assert (row["start"], row["end"], row["contested"], sorted(row["sources"].split())) == (
        "2015", "2020-04", "end 2021-01 per https://example.org/b",
        ["https://example.org/a", "https://example.org/b"])


def test_on_a_date_an_open_ended_claim_never_outlasts_an_end_other_sources_give(kg):
    """The examples, the test article and the Corbyn fixture: the article's leadership "from
    2015" has no end, but the examples' record (2015-09-12 to 2020-04-04) and the fixture's
    profile (2015 to 2020-04) end it; the fixture's memberships "until 2024" have no start, but
    the record starts it in 1965. Each row shows the most precise dates the sources agree on."""
    kg.load([EXAMPLES, DATA / "news", DATA / "corbyn-timeline.trig"])

    def leaders(day):
        return [(r["label"], r["start"], r["end"], r["certain"]) for r in
                rows(kg.run("leader_on_date", party="Labour", date=day))]

    assert leaders("2025") == [("Keir Starmer", "2020-04-04", None, "true")]
    assert leaders("2020-06") == [("Keir Starmer", "2020-04-04", None, "true")]
    assert leaders("2017") == [("Jeremy Corbyn", "2015-09-12", "2020-04-04", "true")]
    (corbyn,) = rows(kg.run("leader_on_date", party="Labour", date="2017"))
    # The 2019 article's undated "Labour leader Jeremy Corbyn" is evidence of the tenure.
    assert files(kg, corbyn) == ["2019-07-24_johnson_becomes_pm.txt",
                                 "2024-07-05_corbyn_islington_north.txt",
                                 "labour-leadership.ttl", "profile-corbyn.txt"]
    assert rows(kg.run("party_on_date", person="Jeremy Corbyn", date="1950")) == []
    (labour,) = rows(kg.run("party_on_date", person="Jeremy Corbyn", date="2017"))
    assert (labour["start"], labour["end"], labour["certain"]) == ("1965", "2024-05", "true")
    members = {r["label"]: (r["start"], r["end"], r["certain"])
               for r in rows(kg.run("members_of", party="Labour", date="2017"))}
    assert members["Jeremy Corbyn"] == ("1965", "2024-05", "true")


def test_on_a_date_claims_close_only_their_own_tenure_and_disagreements_are_kept(kg, tmp_path):
    """Four documents about one person's membership of one party: 2001-03-04 to 2010 (a), from
    2015 (b, open), 2015-03-02 to 2019-05 (c), 2015 to 2018 (d). b is closed by c and d, not
    by a (a ended before b began: left, then rejoined); c's and d's ends disagree."""
    def day(text: str) -> str:
        interval = DateInterval.parse(text)
        return (f'[ rdfs:label "{text}" ; pol:earliest "{interval.earliest}"^^xsd:date ; '
                f'pol:latest "{interval.latest}"^^xsd:date ]')

    claims = {"a": ("2001-03-04", "2010"), "b": ("2015", None), "c": ("2015-03-02", "2019-05"),
              "d": ("2015", "2018")}
    for name, (start, end) in claims.items():
        (tmp_path / f"{name}.ttl").write_text(
            TURTLE_PREFIXES + '<urn:p> a pol:Person ; rdfs:label "Ann Example" .\n'
            '<urn:x> a pol:Party ; rdfs:label "X Party" .\n'
            f"<urn:m-{name}> a pol:Membership ; pol:member <urn:p> ; pol:organization <urn:x> ;"
            f" pol:start {day(start)}" + (f" ; pol:end {day(end)}" if end else "") + " .\n")
    kg.load([tmp_path / f"{name}.ttl" for name in claims])

    def party(date):
        return [(r["start"], r["end"], r["certain"], files(kg, r), r["contested"])
                for r in rows(kg.run("party_on_date", person="Ann Example", date=date))]

    assert party("2005") == [("2001-03-04", "2010", "true", ["a.ttl"], None)]
    assert party("2012") == []
    assert party("2025") == []
    c = next(str(g) for g, n in kg.query("SELECT ?g ?n WHERE { GRAPH ?g { ?g pol:fileName ?n } }"
                                         ).rows if str(n).endswith("c.ttl"))
    # The first end, as the timeline keeps it, and the other as a claim.
    assert party("2017") == [("2015-03-02", "2018", "true", ["b.ttl", "c.ttl", "d.ttl"],
                              f"end 2019-05 per {c}")]
    # d's claim is over by then, c's is not: listed, surely, with the same dates.
    assert party("2019-03") == party("2017")


ON_DATE = DATA / "on-date"
#: The columns an on-date row is compared by (sources as sets: their order is the rows').
SAME = ("start", "end", "heldFrom", "heldUntil", "certain", "contested")


def on_date(row: dict) -> tuple:
    return (*(row[c] for c in SAME), sorted(row["sources"].split()))


def test_members_of_gives_each_member_the_row_party_on_date_gives(kg, monkeypatch):
    """The term-57 file has Chuka Umunna sitting for Labour through the Parliament, with no
    end; a record ends his membership on 2019-02-18. members_of reads only the claims that may
    overlap the date asked, yet the record, outside it, still closes the term file's claim: on
    each date every member's row is the one party_on_date gives for that person and Labour,
    and no one else is listed (the members' tenures read in several batches)."""
    monkeypatch.setattr(on_date_module, "HOLDERS_PER_QUERY", 37)
    kg.load([*RECORDS, ON_DATE / "umunna-left-labour.ttl"])
    labour = next(str(p) for p, in kg.query(
        'SELECT ?p WHERE { ?p a pol:Party ; rdfs:label "Labour Party" }').rows)
    people = [(str(p), str(n)) for p, n in kg.query(
        "SELECT DISTINCT ?p ?n WHERE { ?m pol:member ?p ; pol:organization ?o . "
        "?p rdfs:label ?n } ORDER BY ?n", {"o": URIRef(labour)}).rows]
    umunna = {}
    for day in ("2017-07-01", "2018-06-01", "2019-01", "2019-06-01", "2019", "2019-12-20"):
        members = {r["person"]: on_date(r)
                   for r in rows(kg.run("members_of", party="Labour Party", date=day))}
        expected = {person: on_date(r) for person, _ in people
                    for r in rows(kg.run("party_on_date", person=person, date=day))
                    if r["party"] == labour}
        assert members == expected, day
        umunna[day] = members.get("https://w3id.org/polkg/id/person/chuka-umunna")
    assert umunna["2018-06-01"][:5] == (None, "2019-02-18", "2017-06-08", "2019-11-06", "true")
    assert umunna["2019-06-01"] is None and umunna["2019-12-20"] is None
    assert umunna["2019"][:5] == (None, "2019-02-18", "2017-06-08", "2019-11-06", "true")


def test_on_a_date_an_undated_claim_is_evidence_of_the_tenure_never_a_date(kg):
    """An undated record of Umunna's Labour membership: among the sources of his row on a date
    the term file covers, and no row where nothing dated makes one. fusion.trig's undated
    leaderships: Ann Example's is a source of her dated one, Bob Example's makes no row."""
    undated = ON_DATE / "umunna-labour-undated.ttl"
    kg.load([RECORDS[-1], undated, DATA / "fusion.trig"])
    for query, subject in (("members_of", "party=Labour Party"),
                           ("party_on_date", "person=Chuka Umunna")):
        name, value = subject.split("=")
        (row,) = [r for r in rows(kg.run(query, **{name: value, "date": "2018-06-01"}))
                  if "umunna" in r.get("person", "umunna")]
        assert files(kg, row) == ["everypolitician-uk-commons-term-57.csv", undated.name]
        assert (row["start"], row["heldFrom"]) == (None, "2017-06-08")
        assert not [r for r in rows(kg.run(query, **{name: value, "date": "2021-06-01"}))
                    if "umunna" in r.get("person", "umunna")]
    leaders = rows(kg.run("leader_on_date", party="Labour Party", date="2017"))
    assert [(r["label"], r["start"], r["end"], files(kg, r)) for r in leaders] == [
        ("Ann Example", "2015", "2020-04", ["a.txt", "c.txt"])]
    assert rows(kg.run("leader_on_date", party="Labour Party", date="2022")) == []


def test_the_endpoints_members_of_reads_the_members_tenures_as_polkg_query_does(tmp_path):
    kg = KnowledgeGraph(tmp_path / "store")
    kg.load([RECORDS[-1], ON_DATE / "umunna-left-labour.ttl"])
    """On 2019-06-01 the record (outside the date) ends Umunna's membership on the endpoint too."""
    expected = rows(kg.run("members_of", party="Labour Party", date="2019-06-01"))
    assert "Jeremy Corbyn" in [r["label"] for r in expected]
    assert "Chuka Umunna" not in [r["label"] for r in expected]
    path = "queries/members_of?" + urllib.parse.urlencode(
        {"party": "Labour Party", "date": "2019-06-01", "format": "csv"})
    with EndpointServer(kg, port=0).start() as server:
        with urllib.request.build_opener().open(server.url + path, timeout=30) as response:
            table = list(csv.DictReader(io.StringIO(response.read().decode("utf-8"))))
    kg.close()
    assert table == [{k: v or "" for k, v in row.items()} for row in expected]
