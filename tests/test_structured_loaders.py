"""Structured loaders: Popolo JSON, House of Commons results CSV, EveryPolitician term CSV.

Extracts of real public files in tests/data/structured (see its README) and small files
written here.
"""

from __future__ import annotations

import csv
import json

import pytest
from rdflib import Literal

from polkg import KnowledgeGraph
from polkg.loaders import LOADERS, Source, loader_for

from .conftest import DATA

STRUCTURED = DATA / "structured"

RESULTS_HEADER = ("ONS ID,ONS region ID,Constituency name,Region name,Country name,"
                  "Constituency type,Member first name,Member surname,Member gender,Result,"
                  "First party,Second party,Electorate,Valid votes,Invalid votes,Majority,Con,Lab,"
                  "LD,RUK,Green,SNP,PC,DUP,SF,SDLP,UUP,APNI,All other candidates,"
                  "Of which other winner\n")
# Invented seats and people: the numbers add up as the Library's do.
RESULTS_ROWS = (
    'E14009001,E12000007,Riverside North,London,England,Borough,Ada,Lovelace,Female,Lab hold,'
    'Lab,Con,"70,000","40,000",100,"5,000","10,000","15,000","2,000","3,000","1,000",'
    '0,0,0,0,0,0,0,"9,000",0\n'
    'E14009002,E12000007,Hillside,London,England,County,Tom,Paine,Male,Ind gain from Con,'
    'Ind,Con,"60,000","30,000",50,"1,000","10,000","5,000","1,000","1,000","1,000",'
    '0,0,0,0,0,0,0,"12,000","11,000"\n'
)
EP_HEADER = ("id,name,sort_name,email,twitter,facebook,group,group_id,area_id,area,chamber,term,"
             "start_date,end_date,image,gender,wikidata,wikidata_group,wikidata_area\n")


def _stored(kg: KnowledgeGraph, sparql: str, **bindings) -> list[tuple]:
    return [tuple(None if v is None else str(v) for v in row)
            for row in kg.query(sparql, {k: Literal(v) for k, v in bindings.items()}).rows]


def _parties(kg, person: str, date: str) -> list[str]:
    return [label for label, _ in _parties_certain(kg, person, date)]


def _parties_certain(kg, person: str, date: str) -> list[tuple[str, bool]]:
    """party_on_date's parties with `certain`: known, or carried from the nearest evidence."""
    rows = kg.run("party_on_date", person=person, date=date).dicts()
    return sorted((str(r["label"]), r["certain"].toPython()) for r in rows)


@pytest.fixture
def memory_kg():
    """One in-memory graph: the real files are large enough to load them once, not per backend."""
    with KnowledgeGraph(":memory:") as graph:
        yield graph


# -- choosing a loader -------------------------------------------------------

@pytest.mark.parametrize("name, content, expected", [
    ("r.csv", RESULTS_HEADER + RESULTS_ROWS, "results-csv"),
    ("t.csv", EP_HEADER, "everypolitician-csv"),
    ("p.json", '{"persons": [], "memberships": []}', "popolo"),
])
def test_loader_chosen_by_extension_and_content(tmp_path, name, content, expected):
    path = tmp_path / name
    path.write_text(content)
    assert loader_for(Source(path, path.read_bytes())).loader.name == expected


def test_unknown_csv_is_refused_by_every_loader(kg, tmp_path):
    path = tmp_path / "other.csv"
    path.write_text("a,b\n1,2\n")
    report = kg.load([path])
    assert str(report.failed[0]) == (
        f"{path}: no loader takes it: not results-csv (its header has no ONS ID, Valid votes); "
        "not everypolitician-csv (its header has no id, name, group, area, term); "
        "--loader NAME reads it anyway")


def test_format_forces_a_loader(kg, tmp_path):
    path = tmp_path / "ge2024.txt"
    path.write_text(RESULTS_HEADER + RESULTS_ROWS)
    report = kg.load([path], loader="results-csv")
    assert report.loaded and not report.failed
    assert {"popolo", "results-csv", "everypolitician-csv"} <= set(LOADERS)


# -- results CSV ---------------------------------------------------------------

@pytest.fixture
def results_file(tmp_path):
    path = tmp_path / "HoC-GE2024-small.csv"
    path.write_text(RESULTS_HEADER + RESULTS_ROWS)
    return path


def test_results_winner_represents_seat_from_polling_day(kg, results_file):
    kg.load([results_file])
    rows = _stored(kg, """
        SELECT ?seat ?start ?ons ?region WHERE {
          ?r a pol:Representation ; pol:representative ?p ; pol:constituency ?c ;
             pol:start/rdfs:label ?start .
          ?p rdfs:label ?name . ?c rdfs:label ?seat ; pol:externalId ?ons ; pol:region ?region .
        }""", name="Ada Lovelace")
    assert rows == [("Riverside North", "2024-07-04", "ons:E14009001", "London")]
    (elected,) = _stored(kg, """
        SELECT ?election ?kind ?date WHERE {
          ?e a pol:Elected ; pol:agent/rdfs:label ?name ; pol:election ?el ;
             pol:date/rdfs:label ?date .
          ?el rdfs:label ?election ; pol:electionKind ?kind }""", name="Ada Lovelace")
    assert elected == ("2024 general election", "general election", "2024-07-04")


def test_results_numbers_and_votes_per_party(kg, results_file):
    kg.load([results_file])
    (row,) = _stored(kg, """
        SELECT ?electorate ?valid ?invalid ?majority ?others WHERE {
          ?r a pol:ResultDeclared ; pol:object/rdfs:label ?seat ; pol:electorate ?electorate ;
             pol:validVotes ?valid ; pol:invalidVotes ?invalid ; pol:majority ?majority ;
             pol:otherVotes ?others }""", seat="Riverside North")
    assert row == ("70000", "40000", "100", "5000", "9000")
    votes = dict(_stored(kg, """
        SELECT ?party ?n WHERE {
          ?r a pol:ResultDeclared ; pol:object/rdfs:label ?seat ; pol:voteCount ?vc .
          ?vc pol:votesFor/rdfs:label ?party ; pol:votes ?n }""", seat="Riverside North"))
    assert votes == {"Conservative Party": "10000", "Labour Party": "15000",
                     "Liberal Democrats": "2000", "Reform UK": "3000", "Green Party": "1000"}


def test_results_winner_is_a_member_on_polling_day_carried_through_the_parliament(
        kg, results_file):
    kg.load([results_file])
    assert _parties_certain(kg, "Ada Lovelace", "2024-07-04") == [("Labour Party", True)]
    # After polling day the membership is carried from it, not known; before, not claimed.
    assert _parties_certain(kg, "Ada Lovelace", "2024-08-01") == [("Labour Party", False)]
    assert _parties(kg, "Ada Lovelace", "2024-06-01") == []
    assert _parties(kg, "Tom Paine", "2024-07-04") == []
    # The file says nothing of when the membership began or ends: no start, no end.
    assert _stored(kg, """SELECT ?from ?until ?s ?e WHERE {
        ?m a pol:Membership ; pol:heldFrom/rdfs:label ?from ; pol:heldUntil/rdfs:label ?until .
        OPTIONAL { ?m pol:start ?s } OPTIONAL { ?m pol:end ?e } }""") == [
        ("2024-07-04", "2024-07-04", None, None)]


def test_results_2019_membership_is_carried_until_that_parliament_dissolves(memory_kg):
    kg = memory_kg
    assert not kg.load([STRUCTURED / "HoC-GE2019-results-by-constituency.csv"]).failed
    assert _parties_certain(kg, "Jeremy Corbyn", "2019-12-12") == [("Labour Party", True)]
    assert _parties_certain(kg, "Jeremy Corbyn", "2024-05-30") == [("Labour Party", False)]
    assert _parties(kg, "Jeremy Corbyn", "2024-05-31") == []  # the 58th Parliament dissolved


def test_results_bad_number_names_line_and_column_and_loads_nothing(kg, tmp_path):
    bad = tmp_path / "GE2024-bad.csv"
    bad.write_text(RESULTS_HEADER + RESULTS_ROWS.replace('"40,000"', '"forty"'))
    report = kg.load([bad])
    (error,) = report.failed
    assert str(error) == f"{bad}:2:14: column 'Valid votes': 'forty' is not a whole number"
    assert kg.stats()["persons"] == 0 and kg.stats()["documents"] == 0


def test_results_without_a_known_election_is_refused(kg, tmp_path):
    path = tmp_path / "results.csv"
    path.write_text(RESULTS_HEADER + RESULTS_ROWS)
    (error,) = kg.load([path]).failed
    assert "cannot tell which general election" in str(error)


def _column_total(path, column: str) -> str:
    """A party column's sum over the file's rows, read with the csv module."""
    with path.open(newline="", encoding="utf-8") as f:
        return str(sum(int(row[column].replace(",", "")) for row in csv.DictReader(f)))


def test_results_2024_real_file(memory_kg):
    kg = memory_kg
    path = STRUCTURED / "HoC-GE2024-results-by-constituency.csv"
    report = kg.load([path])
    assert not report.failed
    rows = _stored(kg, """
        SELECT ?seat ?start ?party WHERE {
          ?r a pol:Representation ; pol:representative ?p ; pol:constituency/rdfs:label ?seat ;
             pol:start/rdfs:label ?start .
          ?p rdfs:label ?name .
          ?e a pol:Elected ; pol:agent ?p ; pol:election/rdfs:label ?party }""",
                   name="Jeremy Corbyn")
    assert rows == [("Islington North", "2024-07-04", "2024 general election")]
    assert _parties(kg, "Jeremy Corbyn", "2024-07-04") == []  # elected as an independent
    assert _parties(kg, "Keir Starmer", "2024-07-04") == ["Labour Party"]
    stats = kg.stats()
    assert stats["constituencies"] == 12 and stats["elections"] == 1  # the extract's 12 rows
    labour_votes = _stored(kg, """
        SELECT (SUM(?n) AS ?total) WHERE { ?vc pol:votesFor/rdfs:label "Labour Party" ;
                                              pol:votes ?n }""")
    assert labour_votes == [(_column_total(path, "Lab"),)]
    # Reloading the unchanged file changes nothing.
    before = len(kg.store)
    assert kg.load([path]).unchanged == [path] and len(kg.store) == before


def test_members_of_after_polling_day_lists_every_winner_of_the_party(memory_kg):
    kg = memory_kg
    path = STRUCTURED / "HoC-GE2024-results-by-constituency.csv"
    with path.open(newline="", encoding="utf-8") as f:
        winners = {f"{r['Member first name']} {r['Member surname']}" for r in csv.DictReader(f)
                   if r["First party"] == "Lab"}
    assert not kg.load([path]).failed
    rows = list(kg.run("members_of", party="Labour", date="2024-08-01").dicts())
    assert {str(r["label"]) for r in rows} == winners and len(winners) == 4
    assert {(str(r["heldFrom"]), r["certain"].toPython()) for r in rows} == {
        ("2024-07-04", False)}


def test_results_2019_real_file_crlf_and_brexit_party(memory_kg):
    kg = memory_kg
    path = STRUCTURED / "HoC-GE2019-results-by-constituency.csv"
    assert b"\r\n" in path.read_bytes()
    report = kg.load([path])
    assert not report.failed
    totals = dict(_stored(kg, """
        SELECT ?party (SUM(?n) AS ?total) WHERE { ?vc pol:votesFor/rdfs:label ?party ;
                                                     pol:votes ?n } GROUP BY ?party"""))
    assert totals["Conservative Party"] == _column_total(path, "Con")
    assert totals["Labour Party"] == _column_total(path, "Lab")
    assert "Brexit Party" in totals and "Reform UK" not in totals
    (date,) = _stored(kg, "SELECT ?d WHERE { ?e a pol:Election ; pol:date/rdfs:label ?d }")
    assert date == ("2019-12-12",)


# -- EveryPolitician term CSV --------------------------------------------------

EP_ROWS = (
    "u1,Ann Green,\"Green, Ann\",,,,Conservative,conservative,uk.org.publicwhip/cons/1,"
    "Northtown,House of Commons,57,,2017-11-02,,female,Q900001,Q9626,Q800001\n"
    "u1,Ann Green,\"Green, Ann\",,,,Independent,independent,uk.org.publicwhip/cons/1,"
    "Northtown,House of Commons,57,2017-11-03,2018-12-11,,female,Q900001,Q327591,Q800001\n"
    "u1,Ann Green,\"Green, Ann\",,,,Conservative,conservative,uk.org.publicwhip/cons/1,"
    "Northtown,House of Commons,57,2018-12-12,,,female,Q900001,Q9626,Q800001\n"
    "u2,Bob Brown,\"Brown, Bob\",,,,Labour/Co-operative,labourco-operative,"
    "uk.org.publicwhip/cons/2,Southtown,House of Commons,57,,,,male,,Q6467393,Q800002\n"
)


def test_everypolitician_whip_suspension_is_a_gap_between_dated_memberships(kg, tmp_path):
    path = tmp_path / "term-57.csv"
    path.write_text(EP_HEADER + EP_ROWS)
    assert not kg.load([path]).failed
    assert _parties_certain(kg, "Ann Green", "2017-07-01") == [("Conservative Party", True)]
    assert _parties(kg, "Ann Green", "2018-01-01") == []  # whip withdrawn
    assert _parties_certain(kg, "Ann Green", "2019-01-01") == [("Conservative Party", True)]
    # The term ends at dissolution, the membership need not: carried to the next polling day.
    assert _parties_certain(kg, "Ann Green", "2019-12-01") == [("Conservative Party", False)]
    assert _parties(kg, "Ann Green", "2019-12-13") == []
    # The whip's withdrawal and restoration are a real end and start; the term's are not.
    spans = _stored(kg, """SELECT ?s ?e ?from ?until WHERE {
        ?m a pol:Membership ; pol:member/rdfs:label "Ann Green" .
        OPTIONAL { ?m pol:start/rdfs:label ?s } OPTIONAL { ?m pol:end/rdfs:label ?e }
        OPTIONAL { ?m pol:heldFrom/rdfs:label ?from }
        OPTIONAL { ?m pol:heldUntil/rdfs:label ?until } } ORDER BY ?e""")
    assert spans == [("2018-12-12", None, None, "2019-11-06"),
                     (None, "2017-11-02", "2017-06-08", None)]
    assert _parties(kg, "Bob Brown", "2018-01-01") == ["Labour Party"]
    (rep,) = _stored(kg, """
        SELECT ?seat ?s ?e WHERE { ?r pol:representative/rdfs:label ?name ;
            pol:constituency/rdfs:label ?seat ; pol:start/rdfs:label ?s ; pol:end/rdfs:label ?e }
        """, name="Ann Green")
    assert rep == ("Northtown", "2017-06-08", "2019-11-06")
    ids = _stored(kg, """SELECT ?w ?x WHERE { ?p rdfs:label "Ann Green" ; pol:wikidataId ?w ;
                                                 pol:externalId ?x }""")
    assert ids == [("Q900001", "everypolitician:u1")]
    (labour_q,) = _stored(kg, 'SELECT ?w WHERE { ?p rdfs:label "Labour Party"; pol:wikidataId ?w }')
    assert labour_q == ("Q9630",)  # not the joint Labour/Co-operative group's id


def test_everypolitician_membership_runs_through_terms_not_ending_at_dissolution(memory_kg,
                                                                                 tmp_path):
    kg = memory_kg
    for term in (52, 54, 55):  # term 52 loaded undated before the table listed it
        (tmp_path / f"term-{term}.csv").write_text(EP_HEADER + (
            f"u9,Edward Davey,,,,,Liberal Democrat,liberal-democrat,uk.org.publicwhip/cons/317,"
            f"Kingston and Surbiton,House of Commons,{term},,,,male,,,\n"))
    assert not kg.load([tmp_path]).failed
    assert _parties_certain(kg, "Edward Davey", "1998-01-01") == [("Liberal Democrats", True)]
    assert _parties_certain(kg, "Edward Davey", "2008-01-01") == [("Liberal Democrats", True)]
    # Between dissolution and the next polling day: carried, not ended and begun again.
    assert _parties_certain(kg, "Edward Davey", "2010-04-20") == [("Liberal Democrats", False)]
    assert _stored(kg, "SELECT ?m WHERE { ?m a pol:Membership ; pol:start|pol:end ?d }") == []
    assert _parties(kg, "Edward Davey", "1997-04-01") == []  # before the first evidence
    # In his timeline, terms that follow on are one membership; the gap (term 53 is not
    # loaded) leaves two.
    held = [(e.date_text, [s.name for s in e.sources]) for e in kg.timeline("Edward Davey").entries
            if e.type == "MembershipHeld"]
    assert held == [("1997-05-01", ["term-52.csv"]),
                    ("2005-05-05", ["term-54.csv", "term-55.csv"])]


def test_everypolitician_bad_date_names_line_and_column(kg, tmp_path):
    path = tmp_path / "term-57.csv"
    path.write_text(EP_HEADER + EP_ROWS.replace("2018-12-11", "2018-13-11"))
    (error,) = kg.load([path]).failed
    assert str(error).startswith(f"{path}:3:14: column 'end_date': '2018-13-11' is not a valid")
    assert kg.stats()["persons"] == 0


def test_everypolitician_term_57_real_file(memory_kg):
    kg = memory_kg
    path = STRUCTURED / "everypolitician-uk-commons-term-57.csv"
    assert not kg.load([path]).failed
    assert kg.stats()["persons"] == 10  # the extract's people
    assert _parties(kg, "Charlie Elphicke", "2017-07-01") == ["Conservative Party"]
    assert _parties(kg, "Charlie Elphicke", "2018-06-01") == []
    assert _parties(kg, "Charlie Elphicke", "2019-01-01") == ["Conservative Party"]
    assert _parties(kg, "Frank Field", "2018-08-29") == ["Labour Party"]
    assert _parties(kg, "Frank Field", "2018-08-30") == []
    members = {str(r["label"]) for r in kg.run("members_of", party="Labour", date="2019-01-10")
               .dicts()}
    assert "Jeremy Corbyn" in members and "Fiona Onasanya" not in members
    seats = _stored(kg, """
        SELECT ?name ?s ?e WHERE { ?r a pol:Representation ; pol:representative/rdfs:label ?name ;
            pol:constituency/rdfs:label "Lewisham East" ; pol:start/rdfs:label ?s ;
            pol:end/rdfs:label ?e } ORDER BY ?s""")
    assert seats == [("Heidi Alexander", "2017-06-08", "2018-05-09"),
                     ("Janet Daby", "2018-06-14", "2019-11-06")]


# -- Popolo --------------------------------------------------------------------

def test_popolo_montserrat_real_file(memory_kg):
    kg = memory_kg
    path = STRUCTURED / "everypolitician-montserrat-popolo.json"
    assert not kg.load([path]).failed
    stats = kg.stats()
    assert stats["persons"] == 9 and stats["parties"] == 2 and stats["organizations"] == 1
    # party_on_date lists every organisation; the legislature is not a party.
    assert _parties(kg, "Reuben T. Meade", "2014-12-01") == ["Legislative Assembly", "MCAP"]
    assert _stored(kg, 'SELECT ?t WHERE { ?o rdfs:label "Legislative Assembly" ; a ?t }') \
        == [("https://w3id.org/polkg/ontology#Organization",)]
    (q,) = _stored(kg, 'SELECT ?q WHERE { ?p rdfs:label "MCAP" ; pol:wikidataId ?q }')
    assert q == ("Q6926622",)
    # "Dr. Ingrid Buffonge" is named without her title, which stays an alias.
    assert _stored(kg, 'SELECT ?a WHERE { ?p rdfs:label "Ingrid Buffonge" ; pol:alias ?a }') \
        == [("Dr. Ingrid Buffonge",)]


POPOLO = {
    "persons": [
        {"id": "0a1b2c3d-0000-4000-8000-000000000001", "name": "Mary Major",
         "other_names": [{"name": "M. Major"}], "birth_date": "1960-03",
         "gender": "female", "identifiers": [{"scheme": "wikidata", "identifier": "Q900010"}]},
    ],
    "organizations": [
        {"id": "leg", "name": "Island Assembly", "classification": "legislature"},
        {"id": "lab", "name": "Labour", "classification": "party"},
    ],
    "areas": [{"id": "a1", "name": "East Bay", "type": "constituency"}],
    "posts": [{"id": "speaker", "label": "Speaker of the Island Assembly"}],
    "events": [
        {"id": "t1", "classification": "legislative period", "name": "1st Assembly",
         "start_date": "2015", "end_date": "2019-06"},
        {"id": "e1", "classification": "general election", "name": "2015 Island election",
         "start_date": "2015-05-07"},
    ],
    "memberships": [
        {"person_id": "0a1b2c3d-0000-4000-8000-000000000001", "organization_id": "leg",
         "on_behalf_of_id": "lab", "area_id": "a1", "legislative_period_id": "t1",
         "role": "member"},
        {"person_id": "0a1b2c3d-0000-4000-8000-000000000001", "post_id": "speaker",
         "start_date": "2017-01-09"},
    ],
}


def test_popolo_memberships_posts_areas_and_dates_at_their_precision(kg, tmp_path):
    path = tmp_path / "assembly.json"
    path.write_text(json.dumps(POPOLO))
    assert not kg.load([path]).failed
    tenures = set(_stored(kg, """
        SELECT ?type ?what ?s ?e WHERE {
          ?t pol:evidence/pol:recordLocator ?where ; a ?c ; rdfs:label ?what .
          BIND (STRAFTER(STR(?c), "#") AS ?type)
          OPTIONAL { ?t pol:start/rdfs:label ?s } OPTIONAL { ?t pol:end/rdfs:label ?e } }"""))
    assert tenures == {
        ("Membership", "Mary Major in Island Assembly", "2015", "2019-06"),
        ("Membership", "Mary Major in Labour Party", None, None),  # held over the sitting
        ("Representation", "Mary Major sits for East Bay", "2015", "2019-06"),
        ("OfficeHolding", "Mary Major holds Speaker of the Island Assembly", "2017-01-09", None),
    }
    held = _stored(kg, """SELECT ?from ?until WHERE {
        ?m pol:organization/rdfs:label "Labour Party" ; pol:heldFrom/rdfs:label ?from ;
           pol:heldUntil/rdfs:label ?until }""")
    assert held == [("2015", "2019-06")]
    person = _stored(kg, """SELECT ?b ?x ?q WHERE { ?p rdfs:label "Mary Major" ;
        pol:birthDate/rdfs:label ?b ; pol:externalId ?x ; pol:wikidataId ?q }""")
    assert person == [("1960-03", "everypolitician:0a1b2c3d-0000-4000-8000-000000000001",
                       "Q900010")]
    assert _stored(kg, """SELECT ?d WHERE { ?e a pol:Election ; rdfs:label "2015 Island election" ;
                                             pol:date/rdfs:label ?d }""") == [("2015-05-07",)]


@pytest.mark.parametrize("mutate, where", [
    (lambda d: d["persons"][0].update(birth_date="1960-13"), "$.persons[0].birth_date"),
    (lambda d: d["memberships"][1].update(person_id="nobody"), "$.memberships[1].person_id"),
    (lambda d: d["persons"][0]["identifiers"][0].update(identifier="900010"),
     "$.persons[0].identifiers[0].identifier"),
])
def test_popolo_bad_field_names_its_json_path_and_loads_nothing(kg, tmp_path, mutate, where):
    data = json.loads(json.dumps(POPOLO))
    mutate(data)
    path = tmp_path / "assembly.json"
    path.write_text(json.dumps(data))
    (error,) = kg.load([path]).failed
    assert str(error).startswith(f"{path}: {where}: ")
    assert kg.stats()["documents"] == 0


def test_popolo_syntax_error_names_line_and_column(kg, tmp_path):
    path = tmp_path / "broken.json"
    path.write_text('{"persons": [\n  {"id": "x",, "name": "A"}], "memberships": []}')
    (error,) = kg.load([path]).failed
    assert str(error).startswith(f"{path}:2:14: not valid JSON")


def test_bad_new_version_keeps_what_was_stored(kg, tmp_path):
    path = tmp_path / "term-57.csv"
    path.write_text(EP_HEADER + EP_ROWS)
    kg.load([path])
    before = len(kg.store)
    path.write_text(EP_HEADER + EP_ROWS + "u3,Cy Short,,,,,Labour\n")
    (error,) = kg.load([path]).failed
    assert str(error) == f"{path}:6:8: 7 fields where the header has 19"
    assert len(kg.store) == before
    assert _parties(kg, "Ann Green", "2017-07-01") == ["Conservative Party"]


def test_cli_reports_bad_file_and_exits_1(run_cli, tmp_path, results_file):
    bad = tmp_path / "GE2024-bad.csv"
    bad.write_text(RESULTS_HEADER + RESULTS_ROWS.replace("E14009002", "X1"))
    result = run_cli("load", str(results_file), str(bad))
    assert result.exit_code == 1
    assert (f"Error: {bad}:3:1: column 'ONS ID': 'X1' is not an ONS code (like E14001305)"
            in result.output)
    assert "1 loaded, 0 unchanged, 1 failed" in result.output


def test_structured_benchmark_runs_end_to_end():
    """bench/structured.py on a small generated file: every step loads and is reported."""
    import subprocess
    import sys

    from .conftest import ROOT

    out = subprocess.run([sys.executable, str(ROOT / "bench" / "structured.py"), "--persons", "50"],
                         capture_output=True, text=True, check=True).stdout
    assert out.startswith("file: 50 persons")
    assert [line.split("  ")[0] for line in out.splitlines()[2:]] == [
        "map (PopoloLoader, no store)", "load (map + memory store)", "load (map + disk store)"]
