"""End to end with the real English model: articles written for this project, and the corpus."""

from __future__ import annotations

import pytest

from polkg import KnowledgeGraph
from tests.conftest import EXAMPLES

EVENTS = """
SELECT DISTINCT ?type ?object ?date ?reason WHERE {
  ?e pol:agent ?p ; a ?t .
  ?p rdfs:label ?name .
  BIND(STRAFTER(STR(?t), "#") AS ?type)
  OPTIONAL { ?e pol:object/rdfs:label ?object }
  OPTIONAL { ?e pol:date/rdfs:label ?date }
  OPTIONAL { ?e pol:dateUnknownReason ?reason }
}"""


@pytest.fixture(scope="session")
def loaded_examples(tmp_path_factory) -> KnowledgeGraph:
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


def test_bad_file_does_not_stop_the_others(tmp_path):
    (tmp_path / "good.txt").write_text("date 2024-07-05 Jane Doe joined the Green Party.\n")
    (tmp_path / "bad.txt").write_bytes(b"date 2024-99-99 broken")
    (tmp_path / "empty.md").write_bytes(b"")
    kg = KnowledgeGraph(":memory:")
    report = kg.load([tmp_path])
    assert len(report.loaded) == 1
    assert {e.path.name for e in report.failed} == {"bad.txt", "empty.md"}


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
