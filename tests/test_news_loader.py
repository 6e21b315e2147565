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


def test_articles_link_to_the_node_structured_data_made(tmp_path):
    """A person stored under another IRI (qualified by an identifier) is the article's person."""
    (tmp_path / "people.ttl").write_text(
        "@prefix pol: <https://w3id.org/polkg/ontology#> .\n"
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
        "<https://w3id.org/polkg/id/person/jeremy-corbyn-q291169> a pol:Person ;"
        ' rdfs:label "Jeremy Corbyn" ; pol:wikidataId "Q291169" .\n')
    article = tmp_path / "a.txt"
    article.write_text("date 2024-05-31\nJeremy Corbyn was expelled from the Labour Party.\n")
    kg = KnowledgeGraph(":memory:")
    kg.load([tmp_path / "people.ttl"])
    kg.load([article])
    rows = kg.query("SELECT DISTINCT ?p WHERE { ?e a pol:Expelled ; pol:agent ?p }").rows
    assert [str(p) for (p,) in rows] == ["https://w3id.org/polkg/id/person/jeremy-corbyn-q291169"]


TENURES = """
SELECT DISTINCT ?cls ?what ?start ?end WHERE {
  VALUES (?c ?sp ?op) { (pol:Representation pol:representative pol:constituency)
                        (pol:Membership pol:member pol:organization)
                        (pol:Leadership pol:leader pol:organization)
                        (pol:OfficeHolding pol:holder pol:office) }
  ?t a ?c ; ?sp ?person ; ?op ?thing .
  ?person rdfs:label ?name . ?thing rdfs:label ?what .
  BIND(STRAFTER(STR(?c), "#") AS ?cls)
  OPTIONAL { ?t pol:start/rdfs:label ?start } OPTIONAL { ?t pol:end/rdfs:label ?end }
}"""


def _article(tmp_path: Path, text: str) -> KnowledgeGraph:
    (tmp_path / "article.txt").write_text(text)
    kg = KnowledgeGraph(":memory:")
    assert not kg.load([tmp_path / "article.txt"]).failed
    return kg


def _tenures(kg: KnowledgeGraph, name: str) -> set[tuple]:
    from rdflib import Literal
    rows = kg.query(TENURES, {"name": Literal(name)}).rows
    return {tuple(None if v is None else str(v) for v in row) for row in rows}


def test_taking_over_a_post_and_a_date_counted_from_another_event(tmp_path):
    kg = _article(tmp_path, "date 2019-07-25\nBoris Johnson took over as prime minister "
                  "yesterday, a day after he was elected leader of the Conservative Party.\n"
                  "Within hours he had sacked Penny Mordaunt as Defence Secretary. Priti Patel "
                  "returned as Home Secretary. Jo Swinson took over as leader of the Liberal "
                  "Democrats in July.\n")
    johnson = _events(kg, "Boris Johnson")
    assert ("Appointed", "Prime Minister", "2019-07-24", None) in johnson
    assert ("BecameLeader", "Conservative Party", "2019-07-23", None) in johnson  # a day before
    assert ("Dismissed", "Defence Secretary", "2019-07-24", None) in _events(kg, "Penny Mordaunt")
    assert {(t, o) for t, o, *_ in _events(kg, "Priti Patel")} == {("Appointed", "Home Secretary")}
    assert ("BecameLeader", "Liberal Democrats", "2019-07", None) in _events(kg, "Jo Swinson")


def test_a_replacement_takes_the_post_of_the_person_replaced(tmp_path):
    kg = _article(tmp_path, "date 2022-10-21\nLiz Truss sacked Kwasi Kwarteng as Chancellor of "
                  "the Exchequer last Friday and appointed Jeremy Hunt in his place.\n"
                  "Theresa May sacked Gavin Williamson as Defence Secretary. He was replaced by "
                  "Penny Mordaunt.\n")
    assert ("Appointed", "Chancellor of the Exchequer", "2022-10-14", None) in _events(
        kg, "Jeremy Hunt")
    assert {(t, o) for t, o, *_ in _events(kg, "Penny Mordaunt")} == {
        ("Appointed", "Defence Secretary")}
    assert not _events(kg, "Kwasi Kwarteng") - {
        ("Dismissed", "Chancellor of the Exchequer", "2022-10-14", None)}


def test_a_sentence_opening_with_the_mp_for_a_seat_is_about_the_person_just_named(tmp_path):
    kg = _article(tmp_path, "date 2019-09-16\nSam Gyimah has defected to the Liberal Democrats, "
                  "the party announced on Saturday.\nThe MP for East Surrey, who entered the "
                  "Conservative leadership contest in June, was expelled from the Conservative "
                  "parliamentary party earlier this month.\nThe Liberal Democrats welcomed him. "
                  "Chuka Umunna, who quit Labour in February, joined the party in June.\n")
    gyimah = _events(kg, "Sam Gyimah")
    assert ("Joined", "Liberal Democrats", "2019-09-14", None) in gyimah
    assert ("Expelled", "Conservative Party", "2019-09", None) in gyimah
    assert ("StoodForElection", "2019-06") in {(t, d) for t, _, d, _ in gyimah}
    assert ("Representation", "East Surrey", None, None) in _tenures(kg, "Sam Gyimah")
    umunna = {(t, o) for t, o, *_ in _events(kg, "Chuka Umunna")}
    assert umunna == {("Left", "Labour Party"), ("Joined", "Liberal Democrats")}  # not Labour


def test_leaving_a_post_or_seat_ends_the_tenure(tmp_path):
    kg = _article(tmp_path, "date 2019-12-13\nJo Swinson, the Liberal Democrat leader, lost her "
                  "seat of East Dunbartonshire to the SNP in the general election on Thursday. "
                  "She resigned as leader hours later.\n"
                  "Tony Blair stood down as MP for Sedgefield on Wednesday.\n")
    swinson = _tenures(kg, "Jo Swinson")
    assert ("Leadership", "Liberal Democrats", None, "2019-12-12") in swinson  # hours later
    assert ("Representation", "East Dunbartonshire", None, "2019-12-12") in swinson
    blair = _events(kg, "Tony Blair")
    assert {t for t, *_ in blair} == {"Resigned"}  # stood down: not a candidacy
    assert ("Representation", "Sedgefield", None, "2019-12-11") in _tenures(kg, "Tony Blair")


def test_by_election_results_and_who_held_the_seat(tmp_path):
    kg = _article(tmp_path, "Mark Reckless was returned as MP for Rochester and Strood in the "
                  "by-election on Thursday, weeks after he defected from the Conservatives to "
                  "UKIP.\nThe Conservative candidate, Kelly Tolhurst, finished second.\n"
                  "Emily Thornberry resigned as shadow attorney general. Labour leader Ed "
                  "Miliband accepted her resignation.\n")
    reckless = {(t, o) for t, o, *_ in _events(kg, "Mark Reckless")}
    assert {("Left", "Conservative Party"), ("Joined", "UK Independence Party"),
            ("Elected", "Rochester and Strood")} <= reckless
    assert ("Defeated", "Rochester and Strood") in {
        (t, o) for t, o, *_ in _events(kg, "Kelly Tolhurst")}
    assert not _events(kg, "Ed Miliband")  # her resignation, not his
    (tmp_path / "other").mkdir()
    kg = _article(tmp_path / "other", "In Tiverton and Honiton, Richard Foord defeated the "
                  "Conservative candidate, Helen Hurford. The by-election was called after Neil "
                  "Parish resigned.\n")
    assert ("Elected", "Tiverton and Honiton") in {
        (t, o) for t, o, *_ in _events(kg, "Richard Foord")}
    assert ("Defeated", "Tiverton and Honiton") in {
        (t, o) for t, o, *_ in _events(kg, "Helen Hurford")}
    assert ("Representation", "Tiverton and Honiton", None, None) in _tenures(kg, "Neil Parish")


def test_implied_memberships(tmp_path):
    kg = _article(tmp_path, "date 2023-03-28\nHumza Yousaf won the SNP leadership contest "
                  "yesterday. He beat Kate Forbes in the ballot of party members.\n"
                  "Labour held Heywood and Middleton, where Liz McInnes was elected.\n"
                  "Jacob Rees-Mogg, who chairs the European Research Group of Conservative MPs, "
                  "spoke.\nMr Yousaf, the MSP for Glasgow Pollok, named a cabinet.\n")
    assert ("Membership", "Scottish National Party", None, None) in _tenures(kg, "Kate Forbes")
    assert ("Membership", "Labour Party", None, None) in _tenures(kg, "Liz McInnes")
    assert {("OfficeHolding", "Chair of the European Research Group", None, None),
            ("Membership", "Conservative Party", None, None)} <= _tenures(kg, "Jacob Rees-Mogg")
    assert ("Representation", "Glasgow Pollok", None, None) in _tenures(kg, "Humza Yousaf")


def test_negated_and_hedged_new_patterns_state_nothing(tmp_path):
    kg = _article(tmp_path, "date 2019-07-25\nJeremy Hunt did not take over as leader. "
                  "Sajid Javid might enter the leadership contest. Rory Stewart denied that he "
                  "would return as International Development Secretary. Priti Patel was not "
                  "replaced by Dominic Raab.\n")
    for name in ("Jeremy Hunt", "Sajid Javid", "Rory Stewart", "Dominic Raab"):
        assert not _events(kg, name), name


def test_leader_of_the_house_is_a_post_not_a_party_leadership(tmp_path):
    kg = _article(tmp_path, "date 2019-05-25\nAndrea Leadsom was appointed Leader of the House of "
                  "Commons. Boris Johnson was confirmed as leader of the Conservative Party.\n")
    assert {(t, o) for t, o, *_ in _events(kg, "Andrea Leadsom")} == {
        ("Appointed", "Leader of the House of Commons")}
    assert {(t, o) for t, o, *_ in _events(kg, "Boris Johnson")} == {
        ("BecameLeader", "Conservative Party")}


def test_in_her_place_takes_the_post_left_last_and_the_next_day_counts_from_it(tmp_path):
    """A past-perfect flashback ("had resigned ... in 2016") does not move the story's time,
    so "the next day" is the day after the 2017 resignation, and "in her place" is the post
    she left last."""
    kg = _article(tmp_path, "Priti Patel resigned as International Development Secretary on 8 "
                  "November 2017.\nThe Conservative MP for Witham had resigned as Employment "
                  "Minister in July 2016. The prime minister appointed Penny Mordaunt in her place "
                  "the next day.\n")
    assert _events(kg, "Penny Mordaunt") == {
        ("Appointed", "International Development Secretary", "2017-11-09", None)}
    patel = _tenures(kg, "Priti Patel")
    assert ("OfficeHolding", "International Development Secretary", None, "2017-11-08") in patel
    assert ("Membership", "Conservative Party", None, None) in patel  # "the Conservative MP for"


def test_an_organisation_tagged_name_appointed_is_a_person(tmp_path):
    kg = _article(tmp_path, "date 2018-01-10\nThe prime minister appointed Esther McVey as Work "
                  "and Pensions Secretary yesterday.\n")  # the small model tags her ORG
    assert _events(kg, "Esther McVey") == {
        ("Appointed", "Work and Pensions Secretary", "2018-01-09", None)}


def test_the_post_after_as_is_the_one_given_not_the_appointees_title(tmp_path):
    kg = _article(tmp_path, "date 2019-07-25\nThe new prime minister appointed Dominic Raab, "
                  "the former Brexit Secretary, as Foreign Secretary yesterday.\n")
    assert _events(kg, "Dominic Raab") == {("Appointed", "Foreign Secretary", "2019-07-24", None)}


def test_a_defector_leaves_the_party_his_title_names(tmp_path):
    kg = _article(tmp_path, "date 2024-05-09\nNatalie Elphicke, the Conservative MP for Dover, "
                  "crossed the floor to Labour on Wednesday.\nMark Francois, the Conservative MP "
                  "for Rayleigh and Wickford, did not defect to Reform UK.\n")
    assert _events(kg, "Natalie Elphicke") == {("Joined", "Labour Party", "2024-05-08", None),
                                               ("Left", "Conservative Party", "2024-05-08", None)}
    assert ("Membership", "Conservative Party", None, "2024-05-08") in _tenures(
        kg, "Natalie Elphicke")
    assert not _events(kg, "Mark Francois")  # negated: no move


def test_undated_article_dates_a_result_by_its_one_dated_election(tmp_path):
    kg = _article(tmp_path, "Boris Johnson did not stand at the general election in July 2024.\n"
                  "David Simmonds held Ruislip, Northwood and Pinner for the Conservatives.\n")
    assert ("Elected", "Ruislip, Northwood and Pinner", "2024-07", None) in _events(
        kg, "David Simmonds")
    assert not _events(kg, "Boris Johnson")  # "did not stand"


def test_a_candidate_standing_for_a_party_is_its_member(tmp_path):
    kg = _article(tmp_path, "date 2016-10-21\nCaroline Pidgeon, standing for the Liberal "
                  "Democrats, finished fourth.\nSian Berry, not standing for the Labour Party, "
                  "spoke.\n")
    assert ("Membership", "Liberal Democrats", None, None) in _tenures(kg, "Caroline Pidgeon")
    assert ("Membership", "Labour Party", None, None) not in _tenures(kg, "Sian Berry")


def test_two_batches_give_the_graph_of_one(tmp_path):
    """Each article sees the people of the articles loaded before it, in this load or an
    earlier one: 'Sunak' alone is Rishi Sunak either way."""
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text("date 2023-11-14\nRishi Sunak sacked Suella Braverman as Home Secretary.\n")
    second.write_text("date 2023-11-15\nThe party was divided, and Sunak said he would stay on. "
                      "Braverman said nothing.\n")
    graph = ("SELECT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } "
             "FILTER(?p != pol:loadedAt && ?g != <https://w3id.org/polkg/ontology>) }")
    once = KnowledgeGraph(":memory:")
    once.load([first, second])
    twice = KnowledgeGraph(":memory:")
    twice.load([first])
    twice.load([second])
    assert set(once.query(graph).rows) == set(twice.query(graph).rows)
