"""Named queries: headers and docs, parameters as terms, dates at their precision."""

from __future__ import annotations

import re

import pytest

from polkg.api import ParameterError
from polkg.graph.identity.resolve import AmbiguousName, UnknownName
from polkg.graph.store.parts import shares
from polkg.queries import NamedQuery, QueryDefinitionError, named_queries, query_dir

from .conftest import DATA, ROOT, TURTLE_PREFIXES

FIXTURE = DATA / "corbyn-timeline.trig"
TIMELINE_COLUMNS = ["date", "earliest", "precision", "type", "what", "label", "counterpart",
                    "counterpartLabel", "tenure", "start", "end", "held", "reach", "sources",
                    "facts", "contested"]


@pytest.fixture
def corbyn(kg):
    kg.load([FIXTURE])
    return kg


def rows(result):
    return [{k: _text(k, v) for k, v in row.items()} for row in result.dicts()]


def _text(column, value):
    if value is None:
        return None
    if column == "certain" and str(value) in ("0", "1"):
        # Virtuoso has no boolean results: it answers 1 and 0 (docs/REMOTE.md).
        return "true" if str(value) == "1" else "false"
    return str(value)


def test_every_query_has_a_header_and_is_listed_and_documented(run_cli):
    files = sorted(query_dir().glob("*.rq"))
    assert len(files) >= 10
    listed = run_cli("queries", "--format", "csv").output
    docs = (ROOT / "docs" / "QUERIES.md").read_text(encoding="utf-8")
    for path in files:
        named = named_queries()[path.stem]  # parses the header or raises
        assert named.title and named.description and named.example.startswith("polkg query ")
        assert re.search(rf"^{path.stem},", listed, re.M), path.stem
        assert f"`{path.stem}`" in docs, f"{path.stem} is not in docs/QUERIES.md"


@pytest.mark.parametrize("hostile", ['x" } ; DROP ALL ; { "', "} ; DROP ALL ; {",
                                     'Corbyn" } ; DROP ALL ; { "', 'a"b\\"c'])
def test_a_hostile_name_is_only_a_name(corbyn, hostile):
    before = set(corbyn.query("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }").rows)
    with pytest.raises(UnknownName):
        corbyn.run("person_timeline", person=hostile)
    with pytest.raises(UnknownName):
        corbyn.run("sources_of", entity=hostile)
    after = set(corbyn.query("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }").rows)
    assert after == before


def test_an_unknown_event_type_stops_with_the_closest_classes(corbyn):
    with pytest.raises(ParameterError, match="names no class of Event") as caught:
        corbyn.run("events_between", **{"from": "1900", "to": "2030",
                                        "type": '"} ; DROP ALL ; {'})
    with pytest.raises(ParameterError, match="closest: Expelled"):
        corbyn.run("events_between", **{"from": "1900", "to": "2030", "type": "expeled"})
    assert "DROP" in str(caught.value)
    assert corbyn.run("person_timeline", person="Jeremy Corbyn").rows


def test_names_resolve_case_insensitively_by_label_or_alias(corbyn):
    for name in ("jeremy corbyn", "CORBYN", "Mr Corbyn"):
        assert rows(corbyn.run("party_on_date", person=name, date="2019-06-01"))[0]["label"] \
            == "Labour Party"


def test_unknown_name_lists_the_closest_labels(corbyn):
    with pytest.raises(UnknownName) as caught:
        corbyn.run("person_timeline", person="Jeremy Corbin")
    assert "Jeremy Corbyn" in caught.value.closest


def test_ambiguous_name_lists_the_candidates(corbyn, tmp_path):
    other = tmp_path / "other.ttl"
    other.write_text('@prefix pol: <https://w3id.org/polkg/ontology#> .\n'
                     '@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n'
                     '<https://w3id.org/polkg/id/person/piers-corbyn> a pol:Person ;\n'
                     '  rdfs:label "Piers Corbyn" ; pol:alias "Corbyn" .\n')
    corbyn.load([other])
    with pytest.raises(AmbiguousName) as caught:
        corbyn.run("person_timeline", person="corbyn")
    assert {c.label for c in caught.value.candidates} == {"Jeremy Corbyn", "Piers Corbyn"}


def test_person_timeline_is_in_date_order_with_grouped_sources(corbyn):
    result = corbyn.run("person_timeline", person="Jeremy Corbyn")
    assert result.vars == TIMELINE_COLUMNS
    found = rows(result)
    events = [(r["date"], r["type"]) for r in found if r["tenure"] is None]
    assert events == [("1983", "Elected"), ("2015", "BecameLeader"), ("2020", "Suspended"),
                      ("2024", "Expelled"), ("2024-07", "Elected"), (None, "StoodForElection")]
    expelled = next(r for r in found if r["type"] == "Expelled")
    assert sorted(expelled["sources"].split()) == [
        "https://example.org/news/profile-corbyn",
        "https://example.org/news/report-expulsion"]
    leadership = next(r for r in found if r["tenure"] == "Leadership")
    assert (leadership["start"], leadership["end"]) == ("2015", "2020-04")


def test_party_and_constituency_timelines_share_the_columns(corbyn):
    party = corbyn.run("party_timeline", party="Labour")
    seat = corbyn.run("constituency_history", constituency="islington north")
    assert party.vars == seat.vars == TIMELINE_COLUMNS
    assert {r["counterpartLabel"] for r in rows(party)} == {"Jeremy Corbyn", "Keir Starmer"}
    assert [(r["date"], r["type"]) for r in rows(seat)][:2] == [("1983", "Elected"),
                                                              ("1983", "Representation")]


def test_a_year_end_is_neither_surely_over_nor_surely_ongoing(kg, tmp_path):
    doc = tmp_path / "member.ttl"
    doc.write_text(TURTLE_PREFIXES + """id:person\\/ann a pol:Person ; rdfs:label "Ann Example" .
id:party\\/x a pol:Party ; rdfs:label "X Party" .
id:membership\\/ann-x a pol:Membership ; rdfs:label "Ann Example in X Party" ;
  pol:member id:person\\/ann ; pol:organization id:party\\/x ;
  pol:start id:date\\/2001-03-04 ; pol:end id:date\\/2020 .
id:date\\/2001-03-04 a pol:DateInterval ; rdfs:label "2001-03-04" ; pol:precision time:unitDay ;
  pol:earliest "2001-03-04"^^xsd:date ; pol:latest "2001-03-04"^^xsd:date .
id:date\\/2020 a pol:DateInterval ; rdfs:label "2020" ; pol:precision time:unitYear ;
  pol:earliest "2020-01-01"^^xsd:date ; pol:latest "2020-12-31"^^xsd:date .
""")
    kg.load([doc])

    def certain(date):
        found = rows(kg.run("party_on_date", person="Ann Example", date=date))
        return [r["certain"] for r in found]

    assert certain("2020-06-01") == ["false"]  # may or may not be over
    assert certain("2019-12-31") == ["true"]
    assert certain("2021-01-01") == []  # surely over
    assert certain("2001-03-03") == []  # not yet begun
    assert certain("2020") == ["true"]  # a member at some time in 2020, surely


def test_leader_on_date_takes_a_whole_year(corbyn):
    leaders = rows(corbyn.run("leader_on_date", party="Labour Party", date="2020"))
    assert [(r["label"], r["certain"]) for r in leaders] == [("Jeremy Corbyn", "true"),
                                                            ("Keir Starmer", "true")]
    leaders = rows(corbyn.run("leader_on_date", party="Labour Party", date="2020-04-15"))
    assert {r["label"]: r["certain"] for r in leaders} == {"Jeremy Corbyn": "false",
                                                           "Keir Starmer": "false"}
    assert rows(corbyn.run("leader_on_date", party="Labour Party", date="2016"))[0]["label"] \
        == "Jeremy Corbyn"


def test_members_of_groups_and_marks_uncertainty(corbyn):
    members = rows(corbyn.run("members_of", party="Labour", date="2024-06-01"))
    # Starmer's membership has no date in the fixture: "sometime", so on no date.
    assert {r["label"]: r["certain"] for r in members} == {"Jeremy Corbyn": "false"}


def test_events_between_filters_by_type_and_flags_dates_reaching_outside(corbyn):
    everything = rows(corbyn.run("events_between", **{"from": "2020", "to": "2024-07"}))
    assert [(r["date"], r["eventType"], r["certain"]) for r in everything] == [
        ("2020", "Suspended", "true"), ("2024", "Expelled", "false"),
        ("2024-07", "Elected", "true")]
    expelled = rows(corbyn.run("events_between", **{"from": "2000", "to": "2030",
                                                    "type": "expelled"}))
    assert [r["eventType"] for r in expelled] == ["Expelled"]
    assert len(expelled[0]["sources"].split()) == 2
    by_label = rows(corbyn.run("events_between", **{"from": "2000", "to": "2030",
                                                    "type": "Became leader"}))
    assert [r["eventType"] for r in by_label] == ["BecameLeader"]


def test_sources_of_gives_documents_and_sentences(corbyn):
    found = rows(corbyn.run("sources_of", entity="Jeremy Corbyn"))
    files = {r["file"] for r in found}
    assert files == {"profile-corbyn.txt", "report-expulsion.txt"}
    assert any(r["sentence"] == "The party suspended him in 2020." and r["role"] == "agent"
               for r in found)


def test_no_conflicts_in_consistent_facts(corbyn):
    assert corbyn.run("conflicts").rows == []


def test_conflicts_found(kg):
    kg.load([DATA / "conflicting-facts.ttl"])
    found = {(r["conflict"], r["fact"], r["other"]) for r in rows(kg.run("conflicts"))}
    assert found == {
        ("member of two parties at once", "Ann Example in X Party", "Ann Example in Y Party"),
        ("led a party before joining it", "Ann Example leads Y Party", "Ann Example in Y Party"),
        ("continues after an expulsion", "Ann Example leads Y Party",
         "Ann Example expelled from Y Party"),
        ("ends before it starts", "Ann Example in Y Party", "Ann Example in Y Party"),
    }


def _by_person(result) -> dict[str, list[tuple]]:
    """Each person's conflict rows, their sources as sets (GROUP_CONCAT's order is the
    engine's)."""
    found: dict[str, list[tuple]] = {}
    for r in rows(result):
        sources = frozenset((r.pop("sources") or "").split())
        found.setdefault(r["person"], []).append((*r.items(), sources))
    return {person: sorted(found[person], key=repr) for person in found}


def test_conflicts_of_one_person_are_their_rows_of_the_whole_store(kg, tmp_path):
    from bench.synthetic import generate

    data = tmp_path / "synthetic.nq"
    data.write_text("\n".join(generate(8_000, seed=5)) + "\n", encoding="utf-8")
    kg.load([data, DATA / "conflicting-facts.ttl"])
    everyone = _by_person(kg.run("conflicts"))
    # one person of each kind of conflict (Ann Example has four), and more than one conflict
    kinds = {}
    for person, found in everyone.items():
        for row in found:
            kinds.setdefault(dict(row[:-1])["conflict"], person)
    assert len(kinds) >= 4 and len(everyone) >= 5
    named = named_queries()["conflicts"]
    # The standard form (what a server without LATERAL reads) gives the same rows.
    assert _by_person(kg.query(named.text)) == everyone
    for person in {*kinds.values(), *list(everyone)[:5]}:
        assert _by_person(kg.run("conflicts", person=person)) == {person: everyone[person]}
        standard = kg.query(named.text, kg.bind(named, {"person": person}))
        assert _by_person(standard) == {person: everyone[person]}
    persons = [str(p) for (p,) in kg.query("SELECT ?p WHERE { ?p a pol:Person }").rows]
    calm = next(p for p in persons if p not in everyone)
    assert kg.run("conflicts", person=calm).rows == []


def test_conflicts_of_one_person_from_the_cli(run_cli):
    assert run_cli("load", str(DATA / "conflicting-facts.ttl")).exit_code == 0
    result = run_cli("query", "conflicts", "-p", "person=Ann Example", "--format", "csv")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert len(lines) == 5 and all("Ann Example" in line for line in lines[1:])
    unknown = run_cli("query", "conflicts", "-p", "person=Nobody Known")
    assert unknown.exit_code == 1 and "Nobody Known" in unknown.output


def test_bench_generator_follows_the_conventions(kg, tmp_path):
    from bench.synthetic import generate

    data = tmp_path / "synthetic.nq"
    data.write_text("\n".join(generate(3_000, seed=7)) + "\n", encoding="utf-8")
    kg.load([data])
    person = str(kg.query("SELECT ?l WHERE { ?p a pol:Person ; rdfs:label ?l } LIMIT 1").rows[0][0])
    timeline = rows(kg.run("person_timeline", person=person))
    assert timeline and all(r["sources"] for r in timeline)


def test_a_line_kept_under_several_conditions_and_the_tenures_form(tmp_path):
    """A line may name several conditions, all of which must hold; a query with `# no tenures`
    lines has a tenures form, never indexed; the others have none."""
    path = tmp_path / "demo.rq"
    path.write_text("# title: Demo\n# description: d\n# example: e\n"
                    "# param: date date  the day\n# index: date\n"
                    "SELECT ?x WHERE {\n"
                    "  ?x pol:key ?indexKey .  # index\n"
                    "  ?x pol:organization ?p .  # no index, no tenures\n"
                    "  ?x pol:member ?m .  # tenures\n"
                    "  FILTER (?d <= ?date)  # no tenures\n"
                    "}\n")
    demo = NamedQuery.from_file(path)

    def body(text: str) -> list[str]:
        return [line.split("#")[0].strip() for line in text.splitlines()
                if line.startswith("  ")]

    assert body(demo.text) == ["?x pol:organization ?p .", "FILTER (?d <= ?date)"]
    assert body(demo.form(indexed=True)) == ["?x pol:key ?indexKey .", "FILTER (?d <= ?date)"]
    assert body(demo.form(tenures=True)) == ["?x pol:member ?m ."]
    assert demo.reads_tenures
    with pytest.raises(ValueError, match="reads no date index"):
        demo.form(indexed=True, tenures=True)
    assert [name for name, q in named_queries().items() if q.reads_tenures] == ["members_of"]
    with pytest.raises(ValueError, match="party_on_date has no tenures form"):
        named_queries()["party_on_date"].form(tenures=True)


def test_a_query_read_in_parts_shares_out_every_row_once(tmp_path):
    """`# parts: ?t` and lines ending in `# parts`: each part's form keeps the rows whose
    hash's first hex digit is in its share, and the shares cover every value once (a term
    with no string, "", falls in the first); such a query orders its rows by variables."""
    path = tmp_path / "demo.rq"
    header = "# title: Demo\n# description: d\n# example: e\n# parts: ?t\n"
    path.write_text(header + "SELECT ?t WHERE {\n  ?t a pol:Membership .\n"
                    "  FILTER (?h >= ?partFrom && ?h < ?partTo)  # parts\n}\nORDER BY ?t ?x\n")
    demo = NamedQuery.from_file(path)
    assert demo.parts == "?t" and demo.order == ("?t", "?x")
    assert "?partFrom" not in demo.text and "FILTER" not in demo.text
    assert 'FILTER (?h >= "" && ?h < "8")' in demo.form(part=("", "8"))
    for n in range(1, 10):
        bounds = shares(n)
        assert len(bounds) == min(n, 8)
        for digit in ["", *"0123456789abcdef"]:
            assert sum(lo <= digit < hi for lo, hi in bounds) == 1, (n, digit)
    path.write_text(header + "SELECT ?t WHERE { ?t a pol:Membership }\nORDER BY DESC(?t)\n")
    with pytest.raises(QueryDefinitionError, match="orders its rows by variables only"):
        NamedQuery.from_file(path)
    with pytest.raises(ValueError, match="party_on_date is not read in parts"):
        named_queries()["party_on_date"].form(part=("", "g"))
