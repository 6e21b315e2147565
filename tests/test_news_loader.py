"""End to end with the real English model: articles written for this project, and the corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from polkg import KnowledgeGraph
from polkg.evaluation import evaluate
from polkg.loaders.news.pipeline import english
from tests.conftest import EXAMPLES, ROOT

EVENTS = """
SELECT DISTINCT ?type ?object ?date ?reason WHERE {
  ?e pol:agent ?p ; a ?t .
  ?p rdfs:label ?name .
  BIND(STRAFTER(STR(?t), "#") AS ?type)
  OPTIONAL { ?e pol:object/rdfs:label ?object }
  OPTIONAL { ?e pol:date/rdfs:label ?date }
  OPTIONAL { ?e pol:dateUnknownReason ?reason }
}"""


@pytest.fixture(scope="session", autouse=True)
def english_model():
    """The real English model, loaded once for the session (the loader reuses it)."""
    return english()


@pytest.fixture(scope="session")
def loaded_examples() -> KnowledgeGraph:
    kg = KnowledgeGraph(":memory:")
    report = kg.load([EXAMPLES / "news"])
    assert not report.failed
    return kg


def _events(kg: KnowledgeGraph, name: str) -> set[tuple]:
    from rdflib import Literal
    rows = kg.query(EVENTS, {"name": Literal(name)}).rows
    return {tuple(None if v is None else str(v) for v in row) for row in rows}


def test_leadership_and_appointment_with_relative_dates(loaded_examples):
    events = _events(loaded_examples, "Boris Johnson")
    assert ("BecameLeader", "Conservative Party", "2019-07-23", None) in events  # "on Tuesday"
    assert ("Appointed", "Prime Minister", "2019-07-24", None) in events  # "today"


def test_defection_without_article_date_keeps_dates_unresolved(loaded_examples):
    events = _events(loaded_examples, "Christian Wakeford")
    types = {(t, o) for t, o, _, _ in events}
    assert ("Left", "Conservative Party") in types and ("Joined", "Labour Party") in types
    assert all(d is None and r for _, _, d, r in events)
    assert not any(t == "Resigned" for t, *_ in events)  # "denied he would resign"


def test_sacking_appointment_and_hedged_statements(loaded_examples):
    braverman = _events(loaded_examples, "Suella Braverman")
    assert ("Dismissed", "Home Secretary", "2023-11-13", None) in braverman  # "yesterday"
    # "may stand for the party leadership if..." and "denied that she would resign": no events
    assert {t for t, *_ in braverman} == {"Dismissed"}
    cameron = {(t, o) for t, o, _, _ in _events(loaded_examples, "David Cameron")}
    assert cameron == {("Appointed", "Foreign Secretary")}


def test_results_defections_and_parties(loaded_examples):
    farage = {(t, o, d) for t, o, d, _ in _events(loaded_examples, "Nigel Farage")}
    assert ("Elected", "Clacton", "2024-07") in farage
    assert ("StoodForElection", "Clacton", "2024-06") in farage  # "announced in June"
    anderson = {(t, o, d) for t, o, d, _ in _events(loaded_examples, "Lee Anderson")}
    assert ("Joined", "Reform UK", "2024-03-11") in anderson  # "on Monday"
    assert ("Left", "Labour Party", "2018") in anderson
    assert ("Suspended", "Conservative Party", "2024-02") in anderson
    assert not any(t == "Left" and o == "Reform UK" for t, o, _ in anderson)  # defected *to*


def test_tenures_with_start_and_end(loaded_examples):
    rows = loaded_examples.query("""
        SELECT DISTINCT ?cls ?who ?what ?start ?end WHERE {
          VALUES (?c ?sp ?op) { (pol:Representation pol:representative pol:constituency)
                                (pol:Membership pol:member pol:organization) }
          ?t a ?c ; ?sp ?person ; ?op ?thing .
          ?person rdfs:label ?who . ?thing rdfs:label ?what .
          BIND(STRAFTER(STR(?c), "#") AS ?cls)
          OPTIONAL { ?t pol:start/rdfs:label ?start } OPTIONAL { ?t pol:end/rdfs:label ?end }
        }""").rows
    tenures = {tuple(None if v is None else str(v) for v in row) for row in rows}
    assert ("Representation", "Liz Truss", "South West Norfolk", "2010", None) in tenures
    assert ("Representation", "Paul Williams", "Stockton South", None, "2019") in tenures
    assert ("Membership", "Lee Anderson", "Labour Party", None, "2018") in tenures
    assert ("Membership", "Jill Mortimer", "Conservative Party", None, None) in tenures


def test_by_election_is_an_election_entity_with_its_date(loaded_examples):
    rows = loaded_examples.query("""
        SELECT ?label ?kind ?date WHERE {
          ?e a pol:Election ; rdfs:label ?label ; pol:electionKind ?kind ;
             pol:date/rdfs:label ?date . FILTER(?kind = "by-election") }""").rows
    assert [tuple(map(str, r)) for r in rows] == [
        ("2021 Hartlepool by-election", "by-election", "2021-05-06")]


def test_stored_people_are_linking_targets(tmp_path):
    (tmp_path / "people.ttl").write_text(
        "@prefix pol: <https://w3id.org/polkg/ontology#> .\n"
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
        "<https://w3id.org/polkg/id/person/keir-starmer> a pol:Person ;"
        ' rdfs:label "Keir Starmer" .\n')
    article = tmp_path / "a.txt"
    article.write_text("date 2020-04-05\nStarmer became leader of the Labour Party yesterday.\n")
    kg = KnowledgeGraph(":memory:")
    kg.load([tmp_path / "people.ttl"])
    kg.load([article])
    assert ("BecameLeader", "Labour Party", "2020-04-04", None) in _events(kg, "Keir Starmer")


def test_every_fact_has_evidence_with_offsets_into_the_file(loaded_examples):
    rows = loaded_examples.query("""
        SELECT ?file ?s ?start ?end ?rule ?conf WHERE {
          ?fact pol:evidence ?ev . ?ev pol:sentence ?s ; pol:charStart ?start ;
              pol:charEnd ?end ; pol:extractor ?rule ; pol:confidence ?conf ;
              pol:sourceDocument ?doc . ?doc pol:fileName ?file }""").rows
    assert rows
    for file, sentence, start, end, rule, conf in rows:
        text = open(str(file), encoding="utf-8").read()
        assert text[int(start):int(end)].strip() == str(sentence)
        assert str(rule) and 0 < float(conf) <= 1


def test_one_person_across_articles(loaded_examples):
    rows = loaded_examples.query(
        'SELECT DISTINCT ?p WHERE { ?p a pol:Person ; rdfs:label "Keir Starmer" }').rows
    assert len(rows) == 1


def test_bad_files_do_not_stop_the_others(tmp_path):
    (tmp_path / "good.txt").write_text("date 2024-07-05 Jane Doe joined the Green Party.\n")
    (tmp_path / "bad.txt").write_bytes(b"date 2024-99-99 broken")
    (tmp_path / "empty.md").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "latin1.txt").write_bytes("date 2024-07-05 Sinn F\u00e9in".encode("latin-1"))
    with (tmp_path / "huge.txt").open("wb") as f:  # sparse: 50 MB on disk costs nothing
        f.seek(50 * 1024 * 1024)
        f.write(b"x")
    kg = KnowledgeGraph(":memory:")
    report = kg.load([tmp_path])
    assert [p.name for p, _ in report.loaded] == ["good.txt"]
    assert {e.path.name for e in report.failed} == {
        "bad.txt", "empty.md", "binary.txt", "latin1.txt", "huge.txt"}
    assert {(t, o) for t, o, *_ in _events(kg, "Jane Doe")} == {("Joined", "Green Party")}


def test_corpus_example_gives_corbyns_timeline(shared):
    kg = KnowledgeGraph(":memory:")
    kg.load(sorted((shared / "corpus" / "news").glob("000_*.txt")))
    events = {(t, o, d) for t, o, d, _ in _events(kg, "Jeremy Corbyn")}
    for expected in [("Elected", "Islington North", "1983"),
                     ("BecameLeader", "Labour Party", "2015"),
                     ("Suspended", "Labour Party", "2020"),
                     ("Expelled", "Labour Party", "2024"),
                     ("Elected", "Islington North", "2024-07")]:
        assert expected in events


#: FORMAT.md targets; the measured figures are in docs/EXTRACTION.md.
TARGETS = {"entities": 0.85, "events": 0.60, "events_with_dates": 0.50, "relations": 0.60}


def _meets_targets(gold: Path, docs: Path) -> None:
    total = evaluate(gold, docs).total
    scores = {m: round(total[m].f1, 3) for m in TARGETS}
    assert all(scores[m] >= t for m, t in TARGETS.items()), scores


def test_project_articles_meet_the_targets():
    heldout = ROOT / "bench" / "news-heldout"
    _meets_targets(heldout / "gold", heldout / "news")


def test_shared_corpus_meets_the_targets(shared):
    _meets_targets(shared / "corpus" / "gold", shared / "corpus" / "news")
