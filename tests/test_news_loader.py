"""End to end with the real English model: articles written for this project, and the corpus."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from spacy.tokens import Span

from polkg import KnowledgeGraph
from polkg.evaluation import evaluate
from polkg.evaluation.readback import document_facts
from polkg.loaders.base import Source
from polkg.loaders.news import extract
from polkg.loaders.news.pipeline import english
from tests.conftest import CORBYN_ARTICLE, EXAMPLES, ROOT

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
    assert ("Elected", "Clacton", "2024-07-04") in farage  # polling day, polls.csv
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
    # lost at the general election whose polling day data/polls.csv knows
    assert ("Representation", "Liz Truss", "South West Norfolk", "2010", "2024-07-04") in tenures
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


def test_every_entity_named_is_linked_by_a_mention_whose_offsets_slice_its_name(
        loaded_examples):
    rows = loaded_examples.query("""
        SELECT ?file ?entity ?start ?end WHERE {
          ?m a pol:Mention ; pol:mentionIn ?doc ; pol:mentionOf ?entity ;
             pol:charStart ?start ; pol:charEnd ?end .
          GRAPH ?doc { ?doc pol:mentions ?entity }
          ?doc pol:fileName ?file }""").rows
    named = {}
    for file, entity, start, end in rows:
        text = open(str(file), encoding="utf-8").read()
        named[Path(str(file)).name, str(entity).rsplit("/", 1)[-1]] = text[int(start):int(end)]
    # Named in no fact: Hammond only said something, Corbyn too.
    assert named["2019-07-24_johnson_becomes_pm.txt", "philip-hammond"] == "Philip Hammond"
    assert named["2019-07-24_johnson_becomes_pm.txt", "jeremy-corbyn"] == "Jeremy Corbyn"
    # The first mention, header line counted: "Johnson" in the headline.
    assert named["2019-07-24_johnson_becomes_pm.txt", "boris-johnson"] == "Johnson"
    assert named["undated_defection.txt", "christian-wakeford"] == "Christian Wakeford"
    one_each = loaded_examples.query(
        "SELECT ?doc ?e (COUNT(?m) AS ?n) WHERE { GRAPH ?doc { ?m pol:mentionOf ?e } } "
        "GROUP BY ?doc ?e HAVING (COUNT(?m) > 1)").rows
    assert not one_each


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
    assert _what(kg, "Jane Doe") == {("Joined", "Green Party")}


def test_corpus_example_gives_corbyns_timeline():
    kg = KnowledgeGraph(":memory:")
    kg.load([CORBYN_ARTICLE])
    events = {(t, o, d) for t, o, d, _ in _events(kg, "Jeremy Corbyn")}
    for expected in [("Elected", "Islington North", "1983"),
                     ("BecameLeader", "Labour Party", "2015-09-12"),  # the table's day
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


def test_example_articles_meet_the_targets():
    _meets_targets(EXAMPLES / "gold", EXAMPLES / "news")


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


def _when(kg: KnowledgeGraph, name: str) -> set[tuple]:
    """The person's events as (type, date), whatever their objects."""
    return {(kind, day) for kind, _, day, _ in _events(kg, name)}


def _labels(kg: KnowledgeGraph, kind: str) -> set[str]:
    """The names of everything of one class in the store ("Person", "Office", ...)."""
    return {str(label) for (label,) in kg.query(
        f"SELECT ?l WHERE {{ ?x a pol:{kind} ; rdfs:label ?l }}").rows}


def _what(kg: KnowledgeGraph, name: str) -> set[tuple]:
    """The person's events as (type, object), whatever their dates."""
    return {(kind, obj) for kind, obj, *_ in _events(kg, name)}


def _held(kg: KnowledgeGraph) -> set[tuple[str, str]]:
    """Every ElectionHeld: (the election's label, its date)."""
    rows = kg.query("SELECT ?l ?d WHERE { ?e a pol:ElectionHeld ; pol:object/rdfs:label ?l ; "
                    "pol:date/rdfs:label ?d }").rows
    return {(str(label), str(day)) for label, day in rows}


def _polls(kg: KnowledgeGraph) -> set[str]:
    """The labels of the elections held."""
    return {label for label, _ in _held(kg)}


def _tenures(kg: KnowledgeGraph, name: str) -> set[tuple]:
    from rdflib import Literal
    rows = kg.query(TENURES, {"name": Literal(name)}).rows
    return {tuple(None if v is None else str(v) for v in row) for row in rows}


def _holds(kg: KnowledgeGraph, name: str) -> set[tuple[str, str]]:
    """The person's tenures as (kind, what), whatever their dates."""
    return {(kind, what) for kind, what, *_ in _tenures(kg, name)}


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
    assert _what(kg, "Priti Patel") == {("Appointed", "Home Secretary")}
    assert ("BecameLeader", "Liberal Democrats", "2019-07-22", None) in _events(
        kg, "Jo Swinson")  # "in July": the day the table of holders gives


def test_a_replacement_takes_the_post_of_the_person_replaced(tmp_path):
    kg = _article(tmp_path, "date 2022-10-21\nLiz Truss sacked Kwasi Kwarteng as Chancellor of "
                  "the Exchequer last Friday and appointed Jeremy Hunt in his place.\n"
                  "Theresa May sacked Gavin Williamson as Defence Secretary. He was replaced by "
                  "Penny Mordaunt.\n")
    assert ("Appointed", "Chancellor of the Exchequer", "2022-10-14", None) in _events(
        kg, "Jeremy Hunt")
    assert _what(kg, "Penny Mordaunt") == {("Appointed", "Defence Secretary")}
    assert not _events(kg, "Kwasi Kwarteng") - {
        ("Dismissed", "Chancellor of the Exchequer", "2022-10-14", None)}
    # the passive with its post between: "by" may hang from the post, not the verb
    (tmp_path / "as").mkdir()
    kg = _article(tmp_path / "as", "date 2019-07-25\nReshuffle\n\nTom Hale was replaced as "
                  "home secretary by Ruth Calder.\n")
    assert _what(kg, "Ruth Calder") == {("Appointed", "Home Secretary")}


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
    umunna = _what(kg, "Chuka Umunna")
    assert umunna == {("Left", "Labour Party"), ("Joined", "Liberal Democrats")}  # not Labour


def test_leaving_a_post_or_seat_ends_the_tenure(tmp_path):
    kg = _article(tmp_path, "date 2019-12-13\nJo Swinson, the Liberal Democrat leader, lost her "
                  "seat of East Dunbartonshire to the SNP in the general election on Thursday. "
                  "She resigned as leader hours later.\n"
                  "Tony Blair stood down as MP for Sedgefield on Wednesday.\n")
    swinson = _tenures(kg, "Jo Swinson")
    assert ("Leadership", "Liberal Democrats", None, "2019-12-12") in swinson  # hours later
    # she left the leadership, named as its post: not the party (a Resigned from a party is
    # leaving it)
    assert ("Resigned", "Leader of the Liberal Democrats") in _what(kg, "Jo Swinson")
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
    reckless = _what(kg, "Mark Reckless")
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


def test_a_rank_of_the_peerage_and_its_place_is_a_persons_name(tmp_path):
    """'the Earl of Rosebery': a person named with his rank (the model tags the place, if
    anything)."""
    kg = _article(tmp_path, "date 2019-07-25\nNews\n\nNobody so young has held the post since "
                  "the Earl of Rosebery stood down in 1895.\n")
    assert ("Resigned", "1895") in _when(kg, "Earl of Rosebery")


def test_leader_of_the_house_is_a_post_not_a_party_leadership(tmp_path):
    kg = _article(tmp_path, "date 2019-05-25\nAndrea Leadsom was appointed Leader of the House of "
                  "Commons. Boris Johnson was confirmed as leader of the Conservative Party.\n")
    assert _what(kg, "Andrea Leadsom") == {("Appointed", "Leader of the House of Commons")}
    assert _what(kg, "Boris Johnson") == {("BecameLeader", "Conservative Party")}


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
    # "in July 2024": the one general election that month (data/polls.csv), 4 July
    assert ("Elected", "Ruislip, Northwood and Pinner", "2024-07-04", None) in _events(
        kg, "David Simmonds")
    assert not _events(kg, "Boris Johnson")  # "did not stand"


def test_a_candidate_standing_for_a_party_is_its_member(tmp_path):
    kg = _article(tmp_path, "date 2016-10-21\nCaroline Pidgeon, standing for the Liberal "
                  "Democrats, finished fourth.\nSian Berry, not standing for the Labour Party, "
                  "spoke.\n")
    assert ("Membership", "Liberal Democrats", None, None) in _tenures(kg, "Caroline Pidgeon")
    assert ("Membership", "Labour Party", None, None) not in _tenures(kg, "Sian Berry")


def test_a_headline_label_before_a_colon_is_not_the_agent(tmp_path):
    kg = _article(tmp_path, "date 2022-07-07\nBoris Johnson: Brandon Lewis resigns as Northern "
                  "Ireland secretary\nHe says he can no longer serve in the government.\n")
    assert ("Resigned", "Northern Ireland Secretary", "2022-07-07", None) in _events(
        kg, "Brandon Lewis")
    assert not any(t == "Resigned" for t, *_ in _events(kg, "Boris Johnson"))


def test_news_told_as_done_is_dated_by_the_report(tmp_path):
    # the present perfect and the present are the report's day; a digest's items too
    kg = _article(tmp_path, "date 2023-06-14\nPressure mounts over vacant seats\n\n"
                  "Nigel Adams has resigned as an MP. Priti Patel is stepping down as home "
                  "secretary. Jane Roe resigned as chancellor. Nadine Dorries has failed to "
                  "resign as an MP.\n")
    assert not _events(kg, "Nadine Dorries")  # failing to resign is not resigning
    assert ("Resigned", None, "2023-06-14", None) in _events(kg, "Nigel Adams")
    assert ("Resigned", "Home Secretary", "2023-06-14", None) in _events(kg, "Priti Patel")
    announced = _article(tmp_path, "date 2016-06-24\nShock vote\n\nThe result forced David "
                         "Cameron to announce his resignation.\n")
    assert _when(announced, "David Cameron") == {
        ("Resigned", "2016-06-24")}  # announced, so told as done on the report's day
    # a simple past without a date is not assumed to be today's news
    assert ("Resigned", "Chancellor of the Exchequer", None, "the article does not say when") \
        in _events(kg, "Jane Roe")
    digest = _article(tmp_path, "date 2020-10-30\nPolitics headlines, 30 October 2020\n\n"
                      "Party row deepens\nJeremy Corbyn was suspended from Labour.\n\n"
                      "Budget plans\nThe chancellor sets out his plans.\n\n"
                      "Council tax\nBills will rise in April.\n")
    assert ("Suspended", "Labour Party", "2020-10-30", None) in _events(digest, "Jeremy Corbyn")
    # the present passive too; the parser reads "as the new X - follow ..." as a clause whose
    # subject is the post, which is still the post given
    (tmp_path / "sworn").mkdir()
    sworn = _article(tmp_path / "sworn", "date 2022-09-06\nNews\n\nAnn Loe is formally sworn "
                     "in as the new prime minister - follow our live coverage. Tim Voe will be "
                     "appointed chancellor.\n")
    assert _events(sworn, "Ann Loe") == {("Appointed", "Prime Minister", "2022-09-06", None)}
    assert {d for *_, d, _ in _events(sworn, "Tim Voe")} == {None}  # not yet done


def test_a_post_named_without_a_name_goes_to_its_known_holder_named_in_the_article(tmp_path):
    kg = _article(tmp_path, "date 2022-11-23\nBoris Johnson inquiry delayed\n\n"
                  "Hearings at which the former prime minister will give evidence were put off. "
                  "Rishi Sunak declined to comment. The prime minister was in Bali. "
                  "Keir Starmer said the delay was wrong, and the Labour leader asked why.\n")
    assert ("OfficeHolding", "Prime Minister", None, None) in _tenures(kg, "Boris Johnson")
    assert ("OfficeHolding", "Prime Minister", None, None) in _tenures(kg, "Rishi Sunak")
    assert ("Leadership", "Labour Party", None, None) in _tenures(kg, "Keir Starmer")
    # a person the table does not name for the post at that date gets nothing
    other = _article(tmp_path, "date 2016-06-20\nCampaign latest\n\nBoris Johnson spoke in "
                     "Kent. The prime minister replied from London.\n")
    assert not any(c == "OfficeHolding" for c, *_ in _tenures(other, "Boris Johnson"))


def test_party_titles_by_possessive_suffix_and_contest(tmp_path):
    kg = _article(tmp_path, "date 2020-01-12\nContest latest\n\nThe Labour leadership contender "
                  "Lisa Nandy spoke first. Labour's Jess Phillips disagreed. Plaid Cymru's health "
                  "spokesman Rhun ap Iorwerth objected. Paul Boateng, Labour's Chief Secretary to "
                  "the Treasury, shook his head.\n")
    assert ("Membership", "Labour Party", None, None) in _tenures(kg, "Lisa Nandy")
    assert ("Membership", "Labour Party", None, None) in _tenures(kg, "Jess Phillips")
    assert ("Membership", "Plaid Cymru", None, None) in _tenures(kg, "Rhun Iorwerth")
    assert {("OfficeHolding", "Chief Secretary to the Treasury", None, None),
            ("Membership", "Labour Party", None, None)} <= _tenures(kg, "Paul Boateng")


def test_known_public_figures_are_people_whatever_the_model_guesses(tmp_path):
    kg = _article(tmp_path, "date 2019-03-01\nRural funding row\n\nGlyn Davies said the "
                  "scheme had failed farmers in Montgomeryshire.\n")
    rows = kg.query('SELECT ?t WHERE { ?p rdfs:label "Glyn Davies" ; a ?t }').rows
    assert {str(t).rsplit("#", 1)[-1] for (t,) in rows} == {"Person"}


def test_an_election_dated_in_its_own_words(tmp_path):
    # "Thursday's referendum" is the Thursday nearest the report; "the 23 June vote" that day
    before = _article(tmp_path, "date 2016-06-20\nFinal week\n\nCampaigners made their last "
                      "appeals before Thursday's referendum.\n")
    after = _article(tmp_path, "date 2016-06-24\nThe morning after\n\nBritain voted to leave "
                     "in the 23 June referendum.\n")
    for kg in (before, after):
        rows = kg.query("SELECT ?d WHERE { ?e a pol:ElectionHeld ; pol:date/rdfs:label ?d }").rows
        assert [str(d) for (d,) in rows] == ["2016-06-23"]


def test_a_digest_feed_line_names_no_entity_and_eu_is_one_organisation(tmp_path):
    kg = _article(tmp_path, "date 2021-03-02\nDaily News Wire politics feed, 2 March 2021\n\n"
                  "Budget week begins\nThe chancellor prepares his statement.\n\n"
                  "Trade talks resume\nThe European Union says the EU wants a deal soon.\n\n"
                  "Is the vaccine plan on track?\nMinisters say every adult will be offered "
                  "a dose.\n")
    labels = {str(label) for (label,) in kg.query(
        "SELECT DISTINCT ?l WHERE { ?e a pol:Organization ; rdfs:label ?l }").rows}
    assert labels == {"European Union"}


def test_demands_to_resign_are_not_resignations_and_party_chairs_keep_their_party(tmp_path):
    kg = _article(tmp_path, "date 2023-01-23\nPM backs embattled minister\n\nJohn Roe is "
                  "resisting pressure to step aside as chair of the Conservative party. Labour "
                  "demanded that he resign. Rishi Sunak stood by him.\n")
    assert not _events(kg, "John Roe")
    assert ("OfficeHolding", "Chair of the Conservative party", None, None) in _tenures(
        kg, "John Roe")
    # "PM" in a headline, with no article before it, is the prime minister of the day
    assert ("OfficeHolding", "Prime Minister", None, None) in _tenures(kg, "Rishi Sunak")


def test_leaders_named_together_and_a_scottish_party_leader(tmp_path):
    kg = _article(tmp_path, "date 2016-06-16\nGrandees row\n\nThe former Conservative leaders "
                  "Iain Duncan Smith and Michael Howard criticised the bank. The Scottish Tory "
                  "leader Ruth Davidson disagreed. The former London mayor Boris Johnson "
                  "campaigned.\n")
    for name in ("Iain Duncan Smith", "Michael Howard"):
        assert ("Leadership", "Conservative Party", None, None) in _tenures(kg, name)
    assert _tenures(kg, "Ruth Davidson") == {
        ("Leadership", "Scottish Conservative Party", None, None)}
    assert ("OfficeHolding", "Mayor of London", None, None) in _tenures(kg, "Boris Johnson")


def test_a_title_starts_at_its_first_word_and_generic_ministers_are_no_post(tmp_path):
    kg = _article(tmp_path, "date 2016-06-16\nRow deepens\n\nBut Tory co-chairman Jane Roe "
                  "said no. Ex-chief whip John Doe agreed. Cabinet minister Sam Poe spoke. "
                  "Pro-EU energy secretary Ann Loe replied. The shadow minister Tom Hale "
                  "left. Shadow health minister Ruth Calder stayed.\n")
    # a stance before the title is not part of it
    assert ("OfficeHolding", "Energy secretary", None, None) in _tenures(kg, "Ann Loe")
    assert ("OfficeHolding", "Tory co-chairman", None, None) in _tenures(kg, "Jane Roe")
    assert ("OfficeHolding", "Chief Whip", None, None) in _tenures(kg, "John Doe")
    # a shadow minister with no portfolio names no post either
    assert not any(c == "OfficeHolding" for name in ("Sam Poe", "Tom Hale")
                   for c, *_ in _tenures(kg, name))
    assert ("OfficeHolding", "Shadow health minister", None, None) in _tenures(kg, "Ruth Calder")


def test_a_campaign_or_a_region_before_a_title_belongs_to_the_post(tmp_path):
    kg = _article(tmp_path, "date 2005-03-02\nCampaign trail\n\nLabour campaign spokesman Sam "
                  "Poe mocked the posters. Tom Hale, regional director of the Countryside "
                  "Alliance, said farmers would march. Campaign boss Ann Roe laughed.\n")
    assert ("OfficeHolding", "Labour campaign spokesman", None, None) in _tenures(kg, "Sam Poe")
    # a campaign's post with no campaign or party named is no post
    assert not any(c == "OfficeHolding" for c, *_ in _tenures(kg, "Ann Roe"))
    assert ("OfficeHolding", "Regional director of the Countryside Alliance", None, None) \
        in _tenures(kg, "Tom Hale")


def test_a_portfolio_of_two_and_a_parliamentary_post_are_whole_posts(tmp_path):
    kg = _article(tmp_path, "date 2005-02-10\nBenefits row\n\nTory work and pensions "
                  "spokesman Ann Roe said families would suffer. The work and pensions "
                  "minister, Tom Hale, said no. Liberal Democrat parliamentary chairman Jim "
                  "Boe called the plan flawed. Ruth Calder, a private secretary, took notes.\n")
    assert ("OfficeHolding", "Tory work and pensions spokesman", None, None) in _tenures(
        kg, "Ann Roe")
    assert ("OfficeHolding", "Work and pensions minister", None, None) in _tenures(kg, "Tom Hale")
    assert ("OfficeHolding", "Liberal Democrat parliamentary chairman", None, None) in _tenures(
        kg, "Jim Boe")
    # whose private secretary, the words do not say
    assert not any(c == "OfficeHolding" for c, *_ in _tenures(kg, "Ruth Calder"))


def test_a_group_leader_epithet_and_assistant_post_read_as_written(tmp_path):
    """'leader of the London Assembly Conservatives' leads a group, not the party; 'the
    fast-rising work and pensions secretary' holds the post the epithet describes; 'assistant
    chief constable' is one post."""
    kg = _article(tmp_path, "date 2020-03-10\nNews\n\nBen Loe, leader of the London Assembly "
                  "Conservatives, said no. Ann Roe, the fast-rising work and pensions "
                  "secretary, spoke first. Tim Doe, assistant chief constable of Wessex Police, "
                  "said the march was calm.\n")
    assert not any(c == "Leadership" for c, *_ in _tenures(kg, "Ben Loe"))
    assert ("OfficeHolding", "Work and Pensions Secretary", None, None) in _tenures(kg, "Ann Roe")
    assert ("OfficeHolding", "Assistant chief constable of Wessex Police", None, None) in \
        _tenures(kg, "Tim Doe")


def test_a_name_the_model_runs_over_a_comma_is_no_organisation(english_model):
    """The small model may tag "Ann Roe, Tom Hale's wife" as one organisation; a comma no list
    inside a name explains ends a name (a department's list of words up to "and" stays one)."""
    doc = english_model("Ann Roe, Tom Hale's wife, holds shares. The Department for Farms, "
                        "Fish and Rural Life agreed.")
    doc.ents = [Span(doc, 0, 5, label="ORG"), Span(doc, 12, 20, label="ORG")]
    names = {e.name for e in extract(doc, date(2020, 11, 27)).entities
             if e.kind == "organization"}
    assert names == {"Department for Farms, Fish and Rural Life"}


def test_elections_to_come_or_imagined_are_not_held(tmp_path):
    kg = _article(tmp_path, "date 2016-06-18\nVote nears\n\nCampaigning resumed before this "
                  "Thursday's referendum. Jane Roe said she would stand at the next general "
                  "election. A possible by-election looms in the north.\n")
    assert _held(kg) == {("2016 referendum", "2016-06-23")}
    # "a second referendum" is another poll than "the referendum", and one still to come
    later = _article(tmp_path, "date 2018-07-07\nA party changed\n\nJane Roe wants a second "
                     "referendum. Ann Loe said a referendum on the monarchy would be lost.\n")
    assert not _held(later)


def test_polls_named_without_a_date_are_the_ones_of_the_reports_time(tmp_path):
    kg = _article(tmp_path, "date 2017-07-07\nA party changed\n\nSince the referendum, the "
                  "party has lost its old voters. Since the Brexit vote, Jane Roe has left. "
                  "Ann Loe has been an MP since the 2017 general election.\n")
    assert _held(kg) == {("2016 EU referendum", "2016-06-23"),
                         ("2017 general election", "2017-06-08")}
    # two years on, the report names the poll and does not date it: nor does the loader
    later = _article(tmp_path, "date 2018-07-07\nA party changed\n\nSince the EU referendum, "
                     "the party has lost its old voters.\n")
    assert _held(later) == set()
    assert "EU referendum" in _labels(later, "Election")
    contest = _article(tmp_path, "date 2016-07-01\nNews\n\nJane Roe entered the Conservative "
                       "leadership contest. The vote for Brexit split the party.\n")
    assert _held(contest) == {
        ("2016 Conservative Party leadership election", "2016-07-11"),
        ("2016 EU referendum", "2016-06-23")}
    # the day after the poll, "after the referendum" is the report's own day
    after = _article(tmp_path, "date 2016-06-24\nNews\n\nAfter the EU referendum, David "
                     "Cameron resigned as prime minister.\n")
    assert _when(after, "David Cameron") == {
        ("Resigned", "2016-06-24")}
    # a report of May 2021 that says "the election" may mean Holyrood's, the Senedd's or the
    # councils': it is not taken for a general election
    may = _article(tmp_path, "date 2021-04-30\nNews\n\nThe debate could decide the outcome of "
                   "the election.\n")
    assert not _held(may)


def test_idioms_are_not_events(tmp_path):
    kg = _article(tmp_path, "date 2016-06-18\nNews\n\nJane Roe said the Tories would be thrown "
                  "out of power. John Doe said the rights of Labour members were suspended. "
                  "Boris Johnson became the first Conservative Prime Minister to visit the "
                  "island. Ann Loe became shadow chancellor under Jeremy Corbyn's leadership. "
                  "Tim Voe quits the Labour front bench. Rose Moe was thrown out of the Labour "
                  "Party.\n")
    for name in ("Jane Roe", "John Doe", "Boris Johnson", "Tim Voe", "Jeremy Corbyn"):
        assert not _events(kg, name), name
    poster = _article(tmp_path, "date 2016-06-18\nNews\n\nChris Grayling joined the "
                      "condemnation of the Ukip poster.\n")
    assert not _events(poster, "Chris Grayling")
    assert {t for t, *_ in _events(kg, "Ann Loe")} == {"Appointed"}
    assert _what(kg, "Rose Moe") == {("Expelled", "Labour Party")}


def test_intentions_favourites_promises_and_obligations_are_not_events(tmp_path):
    """An intention, a favourite, a broken promise, an obligation ('will have to stand down',
    'has to quit') and a probability ('will probably resign') are no deeds; 'stepped down'
    and 'had to stand down in 2006' are."""
    kg = _article(tmp_path, "date 2019-06-18\nNews\n\nAllies say Jim Coe has no intention of "
                  "resigning. Jane Roe is the favourite to replace him as prime minister. John "
                  "Doe broke his promise to stand down as MP. Sam Poe stepped down as "
                  "chancellor. Jo Swinson will have to stand down as leader, her critics say. "
                  "Tim Farron has to quit, they add. Vince Cable will probably resign. Charles "
                  "Kennedy had to stand down in 2006.\n")
    for name in ("Jim Coe", "Jane Roe", "John Doe", "Jo Swinson", "Tim Farron", "Vince Cable"):
        assert not _events(kg, name), name
    assert _what(kg, "Sam Poe") == {("Resigned", "Chancellor of the Exchequer")}
    assert ("Resigned", "2006") in _when(kg, "Charles Kennedy")


def test_the_whip_taken_away_or_given_back(tmp_path):
    kg = _article(tmp_path, "date 2016-06-18\nNews\n\nJane Roe lost the Tory whip in March. "
                  "The party withdrew the whip from Labour MP John Doe on Monday. Ann Doe had "
                  "the whip restored yesterday. Tim Roe should have the whip removed. The "
                  "leader refused to restore the whip to Sam Poe.\n")
    assert ("Suspended", "Conservative Party", "2016-03", None) in _events(kg, "Jane Roe")
    # no party beside the whip: the one the article gives the MP
    assert {(t, o, d) for t, o, d, _ in _events(kg, "John Doe")} == {
        ("Suspended", "Labour Party", "2016-06-13")}
    assert _when(kg, "Ann Doe") == {("Reinstated", "2016-06-17")}
    assert not _events(kg, "Tim Roe") and not _events(kg, "Sam Poe")


def test_political_words_that_name_nothing_are_not_entities(tmp_path):
    kg = _article(tmp_path, "date 2016-06-18\nNews\n\nThe Budget was delayed as pro-Brexit "
                  "ministers and Remain campaigners argued over Partygate.\n")
    assert not kg.query("SELECT ?e WHERE { ?e a pol:Organization }").rows


def test_a_possessor_is_not_the_agent(tmp_path):
    kg = _article(tmp_path, "date 2022-11-16\nNews\n\nSunak appoints a new justice secretary "
                  "after Raab's resignation. Sam Poe, a minister in Tony Blair's government, lost "
                  "his seat. A motion backed by Ed Miliband's party was defeated.\n")
    for name in ("Rishi Sunak", "Sunak", "Tony Blair", "Ed Miliband"):
        assert not _events(kg, name), name
    assert {t for t, *_ in _events(kg, "Sam Poe")} == {"Defeated"}
    # "the resignation of X": X's, not the sentence's subject's
    kg = _article(tmp_path, "date 1976-03-17\nNews\n\nThe resignation of Harold Wilson "
                  "surprised Jim Callaghan.\n")
    assert {t for t, *_ in _events(kg, "Harold Wilson")} == {"Resigned"}
    assert not _events(kg, "Jim Callaghan")


def test_calls_for_a_resignation_are_not_one(tmp_path):
    kg = _article(tmp_path, "date 2016-06-26\nNews\n\nJeremy Corbyn faced resignation demands. "
                  "Labour MPs called for Jeremy Corbyn to resign. Tim Foe called for Ann Doe's "
                  "resignation. Jane Roe called for calm and resigned.\n")
    assert not _events(kg, "Jeremy Corbyn") and not _events(kg, "Ann Doe")
    assert {t for t, *_ in _events(kg, "Jane Roe")} == {"Resigned"}
    election = _article(tmp_path, "date 2017-04-18\nNews\n\nTheresa May called a snap general "
                        "election. Jeremy Corbyn called for a referendum on the deal.\n")
    assert {t for t, *_ in _events(election, "Theresa May")} == {"ElectionCalled"}
    assert not _events(election, "Jeremy Corbyn")  # calling for one is a demand


def test_a_party_title_covers_the_names_joined_to_it_and_no_others(tmp_path):
    kg = _article(tmp_path, "date 2005-02-01\nReform plan\n\nThe campaigners, among them "
                  "Liberal Democrat Paul Tyler, Labour's Tony Wright and Robin Cook and Tories "
                  "Sir George Young and Ken Clarke, feel hopeful. Their backers include former "
                  "Labour leader Neil Kinnock and former Conservative leader William Hague.\n")
    expected = {"Ken Clarke": ("Membership", "Conservative Party"),
                "George Young": ("Membership", "Conservative Party"),
                "Robin Cook": ("Membership", "Labour Party"),
                "Tony Wright": ("Membership", "Labour Party"),
                "Paul Tyler": ("Membership", "Liberal Democrats"),
                "William Hague": ("Leadership", "Conservative Party"),
                "Neil Kinnock": ("Leadership", "Labour Party")}
    for name, (cls, party) in expected.items():
        assert {t[:2] for t in _tenures(kg, name)} == {(cls, party)}, name
    # "ex-party leaders": the party named last
    kg = _article(tmp_path, "date 2016-06-16\nGrandees\n\nSenior Conservative figures weighed "
                  "in as the party's infighting worsened. Lord Lamont sided with ex-party leaders "
                  "Michael Howard and Iain Duncan Smith against the plan.\n")
    for name in ("Iain Duncan Smith", "Michael Howard"):
        assert _tenures(kg, name) == {("Leadership", "Conservative Party", None, None)}, name


def test_a_name_inside_a_subject_clause_is_not_the_subject(tmp_path):
    kg = _article(tmp_path, "date 2016-06-18\nNews\n\nWeekly gatherings of the Cabinet's "
                  "political team, which include Boris Johnson, have been suspended. Jane Roe "
                  "and John Doe, who announced their plans hours after Ann Loe, have both "
                  "resigned.\n")
    assert not _events(kg, "Boris Johnson")
    # the "hours after" of the relative clause does not date the resignations
    for name in ("Jane Roe", "John Doe"):
        assert _when(kg, name) == {("Resigned", "2016-06-18")}


def test_elections_of_other_kinds_are_told_apart(tmp_path):
    kg = _article(tmp_path, "date 2021-04-22\nNews\n\nScottish election 2021: a guide to the "
                  "parties\nCampaigning for the Welsh election resumed. The US presidential "
                  "election of 2004 was close. Labour lost councils in the local elections.\n")
    rows = kg.query("SELECT ?l ?k WHERE { ?e a pol:Election ; rdfs:label ?l ; "
                    "pol:electionKind ?k }").rows
    assert {(str(label), str(kind)) for label, kind in rows} == {
        ("2021 Scottish Parliament election", "Scottish Parliament election"),
        ("2021 Senedd election", "Senedd election"),  # the one two weeks ahead (polls.csv)
        ("2004 presidential election", "presidential election"),
        ("2021 local election", "local election")}  # England's, two weeks ahead


def test_a_year_right_after_a_poll_is_the_polls_wherever_the_parse_hangs_it(tmp_path):
    kg = _article(tmp_path, "date 2016-06-24\nNews\n\nHe intends to leave at some point "
                  "before the general election in 2020. Labour won the general election in 1997 by "
                  "a landslide. In 2013 Mr Cameron called the referendum in 2013.\n")
    assert _held(kg) == {("2020 general election", "2020"),
                         ("1997 general election", "1997-05-01"),  # not 2015's, the last
                         ("2016 EU referendum", "2016-06-23")}  # not 2013's: the calling's year


def test_contesting_a_seats_by_election_is_a_candidacy_under_no_other_persons_party(tmp_path):
    kg = _article(tmp_path, "date 2016-06-19\nNews\n\nAn ex-soldier, Jack Buckby, has said "
                  "he will now contest the Batley and Spen by-election that followed the "
                  "death of Labour MP Jo Cox.\n")
    assert _what(kg, "Jack Buckby") == {("StoodForElection", "Batley and Spen")}
    assert not _holds(kg, "Jack Buckby")  # Labour is Jo Cox's party, not his
    assert ("Membership", "Labour Party") in _holds(kg, "Jo Cox")


def test_people_named_as_one_of_a_partys_group_are_its_members(tmp_path):
    kg = _article(tmp_path, "date 2016-06-16\nNews\n\nDavid Cameron criticised four Conservative "
                  "grandees, including Norman Lamont, for questioning the Bank. Labour rebels "
                  "such as Diane Abbott and John McDonnell voted against.\n")
    assert _tenures(kg, "Norman Lamont") == {("Membership", "Conservative Party", None, None)}
    for name in ("Diane Abbott", "John McDonnell"):
        assert _tenures(kg, name) == {("Membership", "Labour Party", None, None)}, name
    assert not _tenures(kg, "David Cameron")
    leaders = _article(tmp_path, "date 2023-06-17\nNews\n\nWhat she misses is a Labour leader "
                       "like Gordon Brown, Keir Starmer or Tony Blair.\n")
    for name in ("Keir Starmer", "Tony Blair", "Gordon Brown"):
        assert _tenures(leaders, name) == {("Leadership", "Labour Party", None, None)}, name


def test_a_partys_group_words_before_names_make_each_listed_name_a_member(tmp_path):
    """'Labour MPs A, B and C': each a member, named without the group's word; a name in the
    list with a party of its own ends the group's share; an office's plural ('deputy prime
    ministers') is no party."""
    kg = _article(tmp_path, "date 2016-06-27\nNews\n\nLabour MPs Margaret Hodge, Ann Coffey and "
                  "Caroline Flint turned on their leader after the vote.\n")
    for name in ("Margaret Hodge", "Ann Coffey", "Caroline Flint"):
        assert _tenures(kg, name) == {("Membership", "Labour Party", None, None)}, name
    people = {str(n) for (n,) in kg.query(
        "SELECT ?n WHERE { ?p a pol:Person ; rdfs:label ?n }").rows}
    assert not any(n.startswith("MPs") for n in people), people
    mixed = _article(tmp_path, "date 2016-06-27\nNews\n\nSupporters of the plan include Tories "
                     "Kenneth Clarke and Dominic Grieve, Labour's Hilary Benn and Liberal "
                     "Democrat Vince Cable.\n")
    assert ("Membership", "Conservative Party", None, None) in _tenures(mixed, "Dominic Grieve")
    assert ("Membership", "Conservative Party", None, None) not in _tenures(mixed, "Hilary Benn")
    assert ("Membership", "Conservative Party", None, None) not in _tenures(mixed, "Vince Cable")
    offices = _article(tmp_path, "date 2016-06-19\nNews\n\nBacking the appeal are former "
                       "deputy prime ministers Michael Heseltine and Nick Clegg.\n")
    for name in ("Michael Heseltine", "Nick Clegg"):
        assert not {t for t in _tenures(offices, name) if t[0] == "Membership"
                    and "Minister" in t[1]}, name


def test_a_resignation_announced_ends_no_tenure_that_the_table_of_holders_runs_on(tmp_path):
    """'May has resigned' on 24 May 2019 is her resignation that day, but she was prime
    minister until 24 July (data/office_holders.csv): the tenure's end is not the
    announcement's day. A chancellor who quit and was replaced that day left the post then."""
    kg = _article(tmp_path, "date 2019-05-24\nMay to go\n\nTheresa May has resigned as prime "
                  "minister after failing to pass her Brexit deal.\n")
    assert ("Resigned", "Prime Minister", "2019-05-24", None) in _events(kg, "Theresa May")
    assert ("OfficeHolding", "Prime Minister", None, None) in _tenures(kg, "Theresa May")
    gone = _article(tmp_path, "date 2020-02-13\nJavid quits\n\nSajid Javid has resigned as "
                    "chancellor in the reshuffle.\n")
    assert ("OfficeHolding", "Chancellor of the Exchequer", None, "2020-02-13") in _tenures(
        gone, "Sajid Javid")


def test_names_in_apposition_to_a_partys_group_words_are_its_members(tmp_path):
    """'two Labour MPs, A and B,', 'his Tory colleagues A and B', 'her Tory predecessors: A
    and B': the names the group words stand beside are each a member."""
    kg = _article(tmp_path, "date 2016-06-27\nNews\n\nTwo Labour MPs, Ann Clwyd and Frank "
                  "Dobson, signed the motion. The rival campaign was run by his Tory colleagues "
                  "Liam Fox and Chris Grayling. Europe troubled her Tory predecessors: Edward "
                  "Heath and John Major.\n")
    for name in ("Ann Clwyd", "Frank Dobson"):
        assert ("Membership", "Labour Party", None, None) in _tenures(kg, name), name
    for name in ("Liam Fox", "Chris Grayling", "Edward Heath", "John Major"):
        assert ("Membership", "Conservative Party", None, None) in _tenures(kg, name), name


def test_a_plural_title_or_a_shared_description_makes_each_listed_name_a_member(tmp_path):
    """'Labour MPs A and B' opening a sentence, 'Tory Eurosceptics A and B', 'A and B, both
    Labour MPs,', 'A, B and C, all Tory rebels,', 'Tory eurosceptic MP X', 'Tory ex-minister
    X': each named person is the party's member. Not 'Addressing Tory MPs, X said' (the comma
    closes the group) nor 'A and B, both of whom ...'."""
    kg = _article(tmp_path, "date 2016-06-27\nNews\n\nLabour MPs Margaret Hodge and Ann "
                  "Coffey tabled the motion against their leader. Tory Eurosceptics Bill Cash and "
                  "John Redwood cheered the count. Chuka Umunna and Chris Leslie, both Labour "
                  "MPs, stayed quiet. Anna Soubry, Sarah Wollaston and Heidi Allen, all Tory "
                  "rebels, wanted a softer exit. Tory eurosceptic MP Peter Bone was delighted. "
                  "Tory ex-minister Douglas Hogg kept silent.\n")
    labour = ("Membership", "Labour Party", None, None)
    tory = ("Membership", "Conservative Party", None, None)
    for name in ("Margaret Hodge", "Ann Coffey", "Chuka Umunna", "Chris Leslie"):
        assert labour in _tenures(kg, name), name
    for name in ("Bill Cash", "John Redwood", "Anna Soubry", "Sarah Wollaston", "Heidi Allen",
                 "Peter Bone", "Douglas Hogg"):
        assert tory in _tenures(kg, name), name
    apart = _article(tmp_path, "date 2016-06-27\nNews\n\nAddressing Tory MPs, Ann Doe said "
                     "the vote was final. Tim Foe and Jo Poe, both of whom sit for Labour, "
                     "disagreed.\n")
    assert tory not in _tenures(apart, "Ann Doe")
    assert labour not in _tenures(apart, "Tim Foe")
    cut = _article(tmp_path, "date 2016-06-27\nNews\n\nMargaret Hodge and Ann Coffey, both")
    assert _labels(cut, "Person") == {"Margaret Hodge", "Ann Coffey"}  # a text that ends there


def test_names_said_to_be_a_partys_people_are_its_members_or_leaders(tmp_path):
    """'A, B and C are Labour leaders who ...': each led the party; 'A and B are Tory MPs':
    each a member; 'X, the Tory hopeful,': a member; not 'are not Labour MPs' nor 'could be
    Labour MPs one day'."""
    kg = _article(tmp_path, "date 2019-12-14\nNews\n\nTony Blair, Clement Attlee and Harold "
                  "Wilson are Labour leaders whom landslides made famous. Nusrat Ghani "
                  "and Bim Afolami are Tory MPs. Shaun Bailey, the Tory hopeful, spoke too. Ann "
                  "Doe and Tim Foe are not Labour MPs. Jo Poe and Kim Loe could be Labour MPs "
                  "one day.\n")
    for name in ("Clement Attlee", "Harold Wilson", "Tony Blair"):
        assert ("Leadership", "Labour Party", None, None) in _tenures(kg, name), name
    for name in ("Nusrat Ghani", "Bim Afolami", "Shaun Bailey"):
        assert ("Membership", "Conservative Party", None, None) in _tenures(kg, name), name
    for name in ("Ann Doe", "Tim Foe", "Jo Poe", "Kim Loe"):
        assert not _tenures(kg, name), name


def test_a_seat_in_brackets_after_a_members_name_is_the_seat_they_hold(tmp_path):
    """'Tory MPs backed him: A (Thurrock), B (Romsey and Southampton North)': each sits for
    the seat in brackets after the name, a one-word seat too; not in a sentence that speaks of
    no members ('The candidates were A (Thurrock) and ...')."""
    kg = _article(tmp_path, "date 2016-06-22\nNews\n\nTwo Tory MPs came out for Remain on "
                  "Tuesday: Caroline Nokes (Romsey and Southampton North) and Jackie Doyle-Price "
                  "(Thurrock). So did Nigel Evans (Ribble Valley), another Tory MP. The "
                  "candidates were Ann Doe (Thurrock) and Tim Foe (Bosworth).\n")
    for name, seat in (("Jackie Doyle-Price", "Thurrock"), ("Nigel Evans", "Ribble Valley"),
                       ("Caroline Nokes", "Romsey and Southampton North")):
        assert ("Representation", seat, None, None) in _tenures(kg, name), name
    assert not _tenures(kg, "Ann Doe") and not _tenures(kg, "Tim Foe")


def test_a_caption_line_of_a_name_and_a_partys_title_makes_a_member(tmp_path):
    """A line of its own that is a name and a party's member title ('Gisela Stuart Labour MP'
    over a profile), as the caption of a name and a post already is."""
    kg = _article(tmp_path, "date 2016-06-21\nWho is for Leave\n\nGisela Stuart Labour MP\n"
                  "She chairs the official Leave campaign.\n\nDaniel Hannan Conservative MEP\n"
                  "He has argued for an exit for twenty years.\n")
    assert ("Membership", "Labour Party", None, None) in _tenures(kg, "Gisela Stuart")
    assert ("Membership", "Conservative Party", None, None) in _tenures(kg, "Daniel Hannan")


def test_an_apposition_of_a_partys_member_noun_makes_a_member(tmp_path):
    """'X, a Tory MEP,', 'X, a former Labour party activist,', "Ukip's only MP, X": a member
    of the party, whatever words stand between its name and the member's noun."""
    kg = _article(tmp_path, "date 2016-06-20\nNews\n\nSyed Kamall, a Tory MEP, backed the deal. "
                  "Ruth Smeeth, a former Labour party activist, did not. Nobody watched Ukip's "
                  "only MP, Douglas Carswell, on the stage.\n")
    assert _tenures(kg, "Syed Kamall") == {("Membership", "Conservative Party", None, None)}
    assert _tenures(kg, "Ruth Smeeth") == {("Membership", "Labour Party", None, None)}
    assert ("Membership", "UK Independence Party", None, None) in _tenures(
        kg, "Douglas Carswell")


def test_a_partys_name_before_a_post_or_a_members_title_makes_a_member(tmp_path):
    """'Green MP X' (a party whose name is a common word, so named only before a member's
    title), 'Labour election spokesman X' (a post the lists of posts lack), 'her Tory
    colleague X'; not the surname Green."""
    kg = _article(tmp_path, "date 2019-03-12\nNews\n\nGreen MP Caroline Lucas tabled the "
                  "amendment. Labour election spokesman Pat McFadden called the figures wrong, "
                  "and her Tory colleague Nusrat Ghani agreed. Damian Green abstained.\n")
    assert ("Membership", "Green Party", None, None) in _tenures(kg, "Caroline Lucas")
    assert ("Membership", "Labour Party", None, None) in _tenures(kg, "Pat McFadden")
    assert ("Membership", "Conservative Party", None, None) in _tenures(kg, "Nusrat Ghani")
    assert not _tenures(kg, "Damian Green")
    more = _article(tmp_path, "date 2005-03-12\nNews\n\nLabour election co-ordinator Alan "
                    "Milburn launched the posters. Conservative mayoral hopeful Steven Norris "
                    "watched.\n")
    assert _tenures(more, "Alan Milburn") == {
        ("OfficeHolding", "Labour election co-ordinator", None, None),
        ("Membership", "Labour Party", None, None)}  # (the hyphened title kept one word)
    assert ("Membership", "Conservative Party", None, None) in _tenures(more, "Steven Norris")


def test_a_partys_leader_of_another_body_and_the_partys_only_mp_are_members(tmp_path):
    """'X, the Labour leader of Leeds city council': a member of Labour who leads the council,
    not Labour; 'the party's sole MP, X': a member of the party named last before."""
    kg = _article(tmp_path, "date 2016-06-18\nNews\n\nJudith Blake, the Labour leader of Leeds "
                  "city council, opened the debate. Ukip's leader Nigel Farage spoke next, "
                  "then the party's sole MP, Douglas Carswell, closed the rally.\n")
    assert _tenures(kg, "Judith Blake") == {("Membership", "Labour Party", None, None)}
    assert ("Membership", "UK Independence Party", None, None) in _tenures(
        kg, "Douglas Carswell")


def test_a_partys_name_before_the_post_of_another_body_is_the_holders(tmp_path):
    """'the Tory chair of the transport committee', 'Labour chair of Vote Leave Gisela Stuart':
    the chair of that body, a member of the party ('Labour spokesman for health' stays the
    party's post); a place before 'and' is no part of the post ('in Edinburgh and Wales
    Minister X'); 'New' that the model took into a body's name is no part of it."""
    kg = _article(tmp_path, "date 2016-06-19\nNews\n\nHuw Merriman, the Tory chair of the "
                  "transport committee, objected. Labour chair of Vote Leave Gisela Stuart "
                  "agreed, and Labour spokesman for health Jon Ashworth disagreed. The tour "
                  "took Scottish Secretary David Mundell to a school in Edinburgh and Wales "
                  "Minister Guto Bebb to Cardiff. New European commission president Jean-Claude "
                  "Juncker sent a letter.\n")
    assert _holds(kg, "Huw Merriman") == {("OfficeHolding", "Chair of the transport committee"),
                                          ("Membership", "Conservative Party")}
    assert ("OfficeHolding", "Chair of Vote Leave") in _holds(kg, "Gisela Stuart")
    assert ("OfficeHolding", "Labour spokesman for health") in _holds(kg, "Jon Ashworth")
    assert ("OfficeHolding", "Wales Minister") in _holds(kg, "Guto Bebb")
    assert ("OfficeHolding", "European commission president") in _holds(
        kg, "Jean-Claude Juncker")


def test_a_bare_title_listed_after_a_bodys_post_is_that_bodys(tmp_path):
    """'BBC chairman A, director-general B and C': B's bare title is the BBC's, as A's is;
    a bare title with no such list before it names no post."""
    kg = _article(tmp_path, "date 2023-03-12\nNews\n\nThe row over a tweet embarrassed BBC "
                  "chairman Richard Sharp, director-general Tim Davie and presenter Gary Lineker "
                  "alike. Director-general Mark Byford had faced worse in 2004.\n")
    assert _holds(kg, "Tim Davie") == {("OfficeHolding", "BBC director-general")}
    assert _holds(kg, "Richard Sharp") == {("OfficeHolding", "BBC chairman")}
    assert not _holds(kg, "Mark Byford")


def test_quitting_the_government_leaves_no_opposition_post(tmp_path):
    """'He quit the government in 1999' after a paragraph of his shadow posts: a resignation
    from a post in government, not from the spokesman's post he held in opposition, even
    where the headline tells another going of his ("to stand down")."""
    kg = _article(tmp_path, "date 2005-01-20\nFrank Dobson to stand down\n\nIn opposition "
                  "Frank Dobson was shadow health spokesman. As health secretary he opened new "
                  "hospitals. He quit the government in 1999.\n")
    resigned = {(what, day) for kind, what, day, _ in _events(kg, "Frank Dobson")
                if kind == "Resigned"}
    assert resigned and all(day == "1999" and "spokes" not in (what or "").lower()
                            for what, day in resigned), resigned


def test_posts_of_churches_consulates_and_hyphenated_portfolios(tmp_path):
    """'the Archbishop of Canterbury', 'the Chinese consul general', 'e-commerce minister X'
    (the tagger calls the portfolio's noun an adjective) are posts; 'the Cardinal and
    Archbishop of Canterbury X' are two people, X the archbishop; a bare 'Archbishop X' names
    no see."""
    kg = _article(tmp_path, "date 2022-12-14\nNews\n\nZheng Xiyuan, the Chinese consul general "
                  "in Manchester, left Britain. Online sales rose, e-commerce minister Mike "
                  "O'Brien said. Both the Cardinal and Archbishop of Canterbury Justin Welby "
                  "spoke. Archbishop Desmond Tutu wrote too.\n")
    assert _holds(kg, "Zheng Xiyuan") == {("OfficeHolding", "Chinese consul general")}
    assert _holds(kg, "Mike O'Brien") == {("OfficeHolding", "E-commerce minister")}
    assert _holds(kg, "Justin Welby") == {("OfficeHolding", "Archbishop of Canterbury")}
    assert not _holds(kg, "Desmond Tutu")


def test_the_leader_of_a_partys_group_holds_a_post_and_is_a_member(tmp_path):
    """'X, leader of the Labour group on Leeds City Council': the group's leader (a post, with
    where the group sits), a member of Labour, not its leader; a party named inside a post
    ('leader of Devon county Labour group') makes a member too; 'leader of the main Tory
    pressure group' leads no group of the party's."""
    kg = _article(tmp_path, "date 2023-05-05\nNews\n\nJames Lewis, leader of the Labour group "
                  "on Leeds City Council, welcomed the result. Paul Davies, leader of the "
                  "Conservative group in the Senedd, did not. Ann Roe, leader of Devon county "
                  "Labour group, stayed silent. Tim Foe, leader of the main Tory pressure group, "
                  "left early.\n")
    assert _holds(kg, "James Lewis") == {
        ("OfficeHolding", "Leader of the Labour group on Leeds City Council"),
        ("Membership", "Labour Party")}
    assert ("OfficeHolding", "Leader of the Conservative group in the Senedd") in _holds(
        kg, "Paul Davies")
    assert ("Membership", "Labour Party") in _holds(kg, "Ann Roe")
    assert not {t for t in _holds(kg, "Tim Foe") if t[0] == "OfficeHolding"}


def test_a_line_of_a_name_and_a_post_gives_the_post(tmp_path):
    """A round-up's lines over each quotation: 'Name Post', 'Name Former Post'; a nationality
    the model takes into the name is the post's, not the name's."""
    kg = _article(tmp_path, "date 2016-06-24\nWhat they said\n\nJeremy Hunt Health Secretary\n"
                  "We will respect the result.\n\nAlistair Darling Former Chancellor\nThe "
                  "pound will take a beating.\n\nAngela Merkel German Chancellor\nEurope "
                  "has been wounded today.\n")
    assert ("OfficeHolding", "Health Secretary", None, None) in _tenures(kg, "Jeremy Hunt")
    assert any(t[1] == "Chancellor of the Exchequer" for t in _tenures(kg, "Alistair Darling"))
    people = {str(n) for (n,) in kg.query(
        "SELECT ?n WHERE { ?p a pol:Person ; rdfs:label ?n }").rows}
    assert "Angela Merkel" in people and "Angela Merkel German" not in people, people
    assert not any(t[1] == "Chancellor of the Exchequer" for t in _tenures(kg, "Angela Merkel"))


def test_a_known_first_name_and_a_place_word_is_a_person_not_an_address(tmp_path):
    """'Andy Street', 'Graham Lane': a first name of the known people's, then a surname that
    is also a place word; 'Downing Street' stays an address."""
    kg = _article(tmp_path, "date 2023-10-02\nNews\n\nTory mayor Andy Street urged ministers to "
                  "keep the rail line, and Downing Street said no decision had been made.\n")
    people = {str(n) for (n,) in kg.query(
        "SELECT ?n WHERE { ?p a pol:Person ; rdfs:label ?n }").rows}
    assert "Andy Street" in people and "Downing Street" not in people, people
    assert ("Membership", "Conservative Party", None, None) in _tenures(kg, "Andy Street")


def test_a_post_of_a_body_in_lower_case_words_runs_to_the_bodys_noun(tmp_path):
    """'chair of the foreign affairs committee', 'sacked as chair of the advisory council':
    the body's adjectives and its noun are the post's; a phrase its noun does not end
    ('director of civil liberties group X') gives no half post ('Director of civil')."""
    kg = _article(tmp_path, "date 2020-04-02\nNews\n\nTom Tugendhat, chair of the foreign "
                  "affairs committee, asked the first question. In 2009 the home secretary "
                  "sacked David Nutt as chair of the advisory council on drugs. Shami "
                  "Chakrabarti, director of civil liberties group Liberty, replied.\n")
    assert ("OfficeHolding", "Chair of the foreign affairs committee", None, None) in _tenures(
        kg, "Tom Tugendhat")
    assert ("Dismissed", "Chair of the advisory council", "2009", None) in _events(
        kg, "David Nutt")
    assert not any(t[1] == "Director of civil" for t in _tenures(kg, "Shami Chakrabarti"))


def test_seasons_next_weekdays_and_ambitions(tmp_path):
    kg = _article(tmp_path, "date 2022-12-16\nNews\n\nLiz Truss became prime minister last "
                  "summer. Wes Streeting has ambitions to become prime minister.\n")
    assert ("Appointed", "Prime Minister", "2022-09-06", None) in _events(kg, "Liz Truss")
    assert not _events(kg, "Wes Streeting")
    hedged = _article(tmp_path, "date 2005-03-01\nNews\n\nTony Blair seems certain to call the "
                      "election for 5 May. Jane Roe is tipped to become chancellor.\n")
    assert not _events(hedged, "Tony Blair") and not _events(hedged, "Jane Roe")
    friday = _article(tmp_path, "date 2016-06-17\nNews\n\nCampaigns paused before next "
                      "Thursday's referendum.\n")
    rows = friday.query("SELECT ?d WHERE { ?e a pol:ElectionHeld ; pol:date/rdfs:label ?d }").rows
    assert [str(d) for (d,) in rows] == ["2016-06-23"]


def test_a_post_of_an_organisation_ends_at_the_phrases_noun(tmp_path):
    kg = _article(tmp_path, "date 2016-06-17\nNews\n\nBernard Jenkin, chairman of the Commons "
                  "public administration committee, spoke. Donald Tusk, president of the "
                  "European council, replied. The Commons leader, Jacob Rees-Mogg, refused.\n")
    assert ("OfficeHolding", "Chairman of the Commons public administration committee", None,
            None) in _tenures(kg, "Bernard Jenkin")
    assert ("OfficeHolding", "President of the European council", None, None) in _tenures(
        kg, "Donald Tusk")
    assert ("OfficeHolding", "Leader of the House of Commons", None, None) in _tenures(
        kg, "Jacob Rees-Mogg")
    (tmp_path / "more").mkdir()
    kg = _article(tmp_path / "more", "date 2022-11-04\nNews\n\nSir Graham Brady, chair of the "
                  "1922 Committee, spoke. Harriet Harman, the chair of the privileges committee, "
                  "replied.\n")
    assert ("OfficeHolding", "Chair of the 1922 Committee", None, None) in _tenures(
        kg, "Graham Brady")
    assert ("OfficeHolding", "Chair of the privileges committee", None, None) in _tenures(
        kg, "Harriet Harman")


def test_the_cabinet_and_the_press_are_organisations(tmp_path):
    kg = _article(tmp_path, "date 2016-06-17\nNews\n\nThe cabinet met. Jane Roe told the "
                  "Guardian and the Daily Telegraph that the Financial Times had it wrong by "
                  "51.9 per cent.\n")
    labels = {str(label) for (label,) in kg.query(
        "SELECT DISTINCT ?l WHERE { ?e a pol:Organization ; rdfs:label ?l }").rows}
    assert labels == {"Cabinet", "The Guardian", "Daily Telegraph", "Financial Times"}


def test_a_plural_title_covers_each_name_it_stands_before(tmp_path):
    kg = _article(tmp_path, "date 2016-06-17\nNews\n\nThe former chancellors Nigel Lawson and "
                  "Norman Lamont joined the attack. Prime ministers often reshuffle in autumn.\n")
    for name in ("Nigel Lawson", "Norman Lamont"):
        assert ("OfficeHolding", "Chancellor of the Exchequer", None, None) in _tenures(kg, name)


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


def test_names_the_store_holds_are_typed_as_stored(tmp_path):
    # a party of another country, known from structured data: without it the model calls it
    # an organisation and the joining is no event
    (tmp_path / "parties.ttl").write_text(
        "@prefix pol: <https://w3id.org/polkg/ontology#> .\n"
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
        "<https://w3id.org/polkg/id/party/mcap> a pol:Party ;"
        ' rdfs:label "Movement for Change and Prosperity" .\n')
    article = tmp_path / "a.txt"
    article.write_text("date 2019-11-20\nShaun Flemmings joined the Movement for Change and "
                       "Prosperity yesterday.\n")
    kg = KnowledgeGraph(":memory:")
    kg.load([tmp_path / "parties.ttl"])
    kg.load([article])
    assert ("Joined", "Movement for Change and Prosperity", "2019-11-19", None) in _events(
        kg, "Shaun Flemmings")


def test_taking_and_leaving_office(tmp_path):
    kg = _article(tmp_path, "date 2022-11-19\nNews\n\nHome Secretary Jane Roe took office in "
                  "September. Tony Blair left office in 2007. The office took the lead.\n")
    assert ("Appointed", "Home Secretary", "2022-09", None) in _events(kg, "Jane Roe")
    assert ("Resigned", None, "2007", None) in _events(kg, "Tony Blair")


def test_a_post_whose_of_phrase_has_no_object_still_loads(tmp_path):
    # the parser leaves "for Exiting ..." without an object: the title ends where it can
    kg = _article(tmp_path, "date 2018-07-09\nNews\n\nDominic Raab has been named as secretary to "
                  "the Department for Exiting the European Union.\n")
    assert {t for t, *_ in _events(kg, "Dominic Raab")} == {"Appointed"}


def test_a_fault_in_the_rules_costs_one_article_not_the_run(tmp_path, monkeypatch):
    import polkg.loaders.news as news

    real = news.extract

    def extract(doc, published, offset=0, known=None):  # fault injection: one article fails
        if "Trigger" in doc.text:
            raise AttributeError("injected")
        return real(doc, published, offset, known)

    monkeypatch.setattr(news, "extract", extract)
    (tmp_path / "good.txt").write_text("date 2024-07-05\nJane Doe joined the Green Party.\n")
    (tmp_path / "bad.txt").write_text("date 2024-07-05\nTrigger Smith resigned.\n")
    report = KnowledgeGraph(":memory:").load([tmp_path])
    assert [p.name for p, _ in report.loaded] == ["good.txt"]
    assert [e.path.name for e in report.failed] == ["bad.txt"]
    assert "news rules failed" in str(report.failed[0])


def test_rises_successions_departures_and_first_elections(tmp_path):
    kg = _article(tmp_path, "date 2022-10-25\nNews\n\nJane Roe's rise to Tory leader angered "
                  "members. John Doe succeeded Ann Loe as prime minister in 2019. Tim Voe, who "
                  "was ousted as chancellor in 2021, bows out. Rose Moe won the Labour leadership "
                  "in 2020. Sam Poe became an MP in 2010. Kim Koe became the first Green MP.\n")
    assert _what(kg, "Jane Roe") == {("BecameLeader", "Conservative Party")}
    assert {(t, o, d) for t, o, d, _ in _events(kg, "John Doe")} == {
        ("Appointed", "Prime Minister", "2019")}
    assert {(t, o, d) for t, o, d, _ in _events(kg, "Tim Voe")} == {
        ("Dismissed", "Chancellor of the Exchequer", "2021"), ("Resigned", None, "2022-10-25")}
    assert {(t, o, d) for t, o, d, _ in _events(kg, "Rose Moe")} == {
        ("BecameLeader", "Labour Party", "2020")}
    assert _when(kg, "Sam Poe") == {("Elected", "2010")}
    assert not _events(kg, "Kim Koe")  # a description, not the day it happened


def test_ousted_from_a_seat_or_a_post_and_plans_told_as_readiness(tmp_path):
    kg = _article(tmp_path, "date 2022-10-25\nNews\n\nJane Roe was ousted from Hartlepool in "
                  "2005. John Doe, the health secretary, was ousted after a row. Ann Loe is "
                  "poised to quit the Labour Party. Tim Voe is set to resign as chancellor.\n"
                  "Rose Moe ready to call election\n")
    assert {(t, o, d) for t, o, d, _ in _events(kg, "Jane Roe")} == {
        ("Defeated", "Hartlepool", "2005")}
    assert _what(kg, "John Doe") == {("Dismissed", "Health Secretary")}
    for name in ("Ann Loe", "Tim Voe", "Rose Moe"):
        assert not _events(kg, name), name


def test_appointments_as_nouns_defectors_in_apposition_and_the_last_election(tmp_path):
    kg = _article(tmp_path, "date 2016-06-24\nNews\n\nJames Cleverly spoke. Since his "
                  "appointment as foreign secretary, he has visited Kyiv twice. Douglas Carswell, "
                  "a former Conservative MP who defected to UKIP, said so. Boris Johnson, who has "
                  "become the reluctant leader of the revolt, spoke. Turnout fell at the last "
                  "general election.\n")
    assert _what(kg, "James Cleverly") == {("Appointed", "Foreign Secretary")}
    assert _what(kg, "Douglas Carswell") == {
        ("Joined", "UK Independence Party"), ("Left", "Conservative Party")}
    assert not _events(kg, "Boris Johnson")  # leader of a revolt, not of a party
    assert _held(kg) == {("2015 general election", "2015-05-07")}


def test_an_event_noun_is_its_owners_act_not_the_bystanders(tmp_path):
    kg = _article(tmp_path, "date 2022-10-25\nNews\n\nBoris Johnson accepted the resignation of "
                  "the party chairman. John Doe received Jane Roe's resignation letter. Ann Loe "
                  "demanded the resignation of Tim Voe. Rose Moe called on Sam Poe to resign. "
                  "Theresa May said the last time a Tory PM resigned, chaos followed. A Kim Koe "
                  "ally resigned. Lee Moe tendered his resignation.\n")
    for name in ("Boris Johnson", "John Doe", "Ann Loe", "Tim Voe", "Rose Moe", "Sam Poe",
                 "Theresa May", "Kim Koe"):
        assert not _events(kg, name), name
    assert {t for t, *_ in _events(kg, "Jane Roe")} == {"Resigned"}
    assert {t for t, *_ in _events(kg, "Lee Moe")} == {"Resigned"}


def test_dispositions_and_dares_are_not_events_and_a_feeling_about_the_past_is(tmp_path):
    kg = _article(tmp_path, "date 2005-01-20\nNews\n\nJane Roe left the Labour Party. She said "
                  "she was ashamed to have joined the party. John Doe said he was willing to "
                  "resign. The party challenged Ann Loe to stand down as an MEP. Tim Voe was "
                  "happy to quit the Green Party.\n")
    assert ("Joined", "Labour Party", None) in {(t, o, d) for t, o, d, _ in _events(kg, "Jane Roe")}
    for name in ("John Doe", "Ann Loe", "Tim Voe"):
        assert not _events(kg, name), name


def test_a_known_name_in_capitals_and_the_post_a_successor_takes(tmp_path):
    kg = _article(tmp_path, "date 2018-07-09\nNews\n\nAfter the resignation of David Davis, "
                  "DOMINIC RAAB has been appointed the new Brexit secretary. Mr Raab spoke. "
                  "Jane Roe was appointed chancellor after John Doe resigned.\n")
    assert _what(kg, "Dominic Raab") == {("Appointed", "Brexit Secretary")}
    assert _what(kg, "David Davis") == {("Resigned", "Brexit Secretary")}
    assert _what(kg, "John Doe") == {("Resigned", "Chancellor of the Exchequer")}
    assert not _events(kg, "Raab")  # "Mr Raab" is the man named in capitals


def test_election_victories_told_as_nouns_and_mayors_voted_in(tmp_path):
    kg = _article(tmp_path, "date 2020-06-18\nNews\n\nJane Roe spoke of her 2019 election "
                  "victory. David Cameron spoke. Months after his surprise general election "
                  "triumph his dream died. Jamie Driscoll has run the region since becoming the "
                  "very first mayor for North of Tyne in 2019.\n")
    assert _when(kg, "Jane Roe") == {("Elected", "2019-12-12")}
    assert _when(kg, "David Cameron") == {("Elected", None)}
    assert {(t, o, d) for t, o, d, _ in _events(kg, "Jamie Driscoll")} == {
        ("Elected", "Mayor for North of Tyne", "2019")}


def test_contenders_stand_and_the_fourth_judgements_misreadings_stay_out(tmp_path):
    kg = _article(tmp_path, "date 2020-01-12\nNews\n\nThe Labour leadership contender Rose Moe "
                  "has said she wants to abolish the Lords. Ann Loe, a likely leadership "
                  "contender if Tim Voe resigns, spoke. MPs are plotting to oust Jane Roe. John "
                  "Doe has become the latest Tory MP to say he will not stand again. Sam Poe won "
                  "the selection contest to be the Labour candidate for Hartlepool. Labour wants "
                  "a new referendum on the final Brexit deal. Kim Koe is ineligible to stand.\n")
    assert _what(kg, "Rose Moe") == {("StoodForElection", None)}
    assert _what(kg, "Sam Poe") == {("StoodForElection", "Hartlepool")}  # chosen, not elected
    for name in ("Ann Loe", "Jane Roe", "John Doe", "Kim Koe"):
        assert not _events(kg, name), name
    assert _polls(kg) == {"2020 Labour Party leadership election"}


def test_contenders_named_in_a_group_and_seekers_of_a_post_stand(tmp_path):
    kg = _article(tmp_path, "date 2022-07-20\nNews\n\nRishi Sunak and Liz Truss, the two "
                  "finalists in the Conservative leadership race, met voters in Leeds. Humza "
                  "Yousaf, Ash Regan and Kate Forbes are the three contenders in the SNP "
                  "leadership race. Emily Thornberry, who is running to be Labour leader, spoke "
                  "next. Penny Mordaunt launched her leadership bid on Tuesday. Sajid Javid and "
                  "Priti Patel are possible leadership contenders. Andy Burnham may run to be "
                  "leader.\n")
    for name in ("Rishi Sunak", "Liz Truss", "Kate Forbes", "Humza Yousaf", "Ash Regan",
                 "Emily Thornberry", "Penny Mordaunt"):
        assert _what(kg, name) == {("StoodForElection", None)}, name
    assert ("StoodForElection", None, "2022-07-19", None) in _events(kg, "Penny Mordaunt")
    assert ("Membership", "Scottish National Party") in _holds(kg, "Humza Yousaf")
    assert not _holds(kg, "Emily Thornberry")  # seeking the leadership is not holding it
    for name in ("Sajid Javid", "Priti Patel", "Andy Burnham"):
        assert not _events(kg, name), name
    (tmp_path / "seat").mkdir()
    kg = _article(tmp_path / "seat", "date 2022-07-14\nNews\n\nThe MP for Portsmouth North, "
                  "Penny Mordaunt, is the only Tory leadership candidate to set out views on "
                  "climate change.\n")  # a leadership contest is fought in no seat
    assert _what(kg, "Penny Mordaunt") == {("StoodForElection", None)}
    (tmp_path / "owned").mkdir()  # an owned bid presupposes the candidacy, dated by its phrase
    kg = _article(tmp_path / "owned", "date 2016-06-21\nNews\n\nHe backed Tom Hale's "
                  "leadership bid in 1995. The row over Ann Roe's bid for the leadership cost the "
                  "party a donor. Jo Poe's bid for a seat on the council failed.\n")
    assert ("StoodForElection", None, "1995", None) in _events(kg, "Tom Hale")
    assert _what(kg, "Ann Roe") == {("StoodForElection", None)}
    assert not _events(kg, "Jo Poe")


def test_moves_in_a_leadership_race_and_rivals_in_it_stand(tmp_path):
    kg = _article(tmp_path, "date 2022-07-18\nNews\n\nAnn Loe has pulled ahead in the "
                  "Conservative leadership race. Tim Voe dropped out of the race on Sunday. "
                  "Backers of Jane Roe said her main rival, Kim Koe, had stalled in the Tory "
                  "leadership contest. Sam Poe urged his rivals in the Conservative "
                  "leadership race to debate. Lee Doe could "
                  "enter the race. Ben Boe backed Ann Loe.\n")
    for name in ("Ann Loe", "Tim Voe", "Jane Roe", "Kim Koe", "Sam Poe"):
        assert _what(kg, name) == {("StoodForElection", None)}, name
    assert ("Membership", "Conservative Party") in _holds(kg, "Tim Voe")
    for name in ("Lee Doe", "Ben Boe"):  # hedged; a backer
        assert not _events(kg, name), name
    (tmp_path / "two").mkdir()  # "the race" is the article's contest only when it names one
    kg = _article(tmp_path / "two", "date 2022-07-18\nNews\n\nThe Conservative leadership "
                  "race and the Tiverton by-election are both under way. Tim Voe dropped out of "
                  "the race on Sunday.\n")
    assert not _events(kg, "Tim Voe")


def test_the_first_person_of_a_quotation_and_people_named_along_with_the_agent(tmp_path):
    kg = _article(tmp_path, "date 2005-03-01\nNews\n\nAnn Roe told the BBC: \"When I was "
                  "first elected in 1983, the chamber was half empty.\" \"1992 was when I "
                  "was first elected,\" said Tim Voe. Jane Doe said she had been elected "
                  "along with two other new MPs - Oona King and Stephen Twigg - in 1997. \"I will "
                  "never resign,\" Kim Koe said.\n")
    assert _events(kg, "Ann Roe") == {("Elected", None, "1983", None)}
    assert _events(kg, "Tim Voe") == {("Elected", None, "1992", None)}
    for name in ("Jane Doe", "Oona King", "Stephen Twigg"):
        assert _events(kg, name) == {("Elected", None, "1997", None)}, name
    assert not _events(kg, "Kim Koe")


def test_a_month_before_a_poll_dates_it_and_an_mp_quits_in_a_seat(tmp_path):
    # the parser reads "December's" here as a modifier, not a possessive: still the month
    kg = _article(tmp_path, "date 2020-01-10\nNews\n\nA site has secured money as Boris "
                  "Johnson won in December\u2019s general election.\n\nThe site closed.\n\n"
                  "Neil Parish quit in Tiverton and Honiton amid a scandal. Ann Loe quit "
                  "smoking. Tim Voe quits Twitter. Cabinet reshuffle: new team meets after Sam "
                  "Poe quits\n\nThe papers on Lee Doe's refusal to quit\n\nJo Roe had served "
                  "as the party's interim leader ever since Kim Koe quit the role in August. Ben "
                  "Boe quit the post office queue.\n")
    assert _held(kg) == {("2019 general election", "2019-12-12")}
    assert _what(kg, "Neil Parish") == {("Resigned", "Tiverton and Honiton")}
    assert _what(kg, "Sam Poe") == {("Resigned", None)}  # quits, alone: the post held
    assert _events(kg, "Kim Koe") == {("Resigned", None, "2019-08", None)}  # "the role"
    for name in ("Ann Loe", "Tim Voe", "Lee Doe", "Ben Boe"):  # quits something else; refuses
        assert not _events(kg, name), name


def test_the_latter_a_passive_misread_as_a_conjunct_and_a_shadow_post_opening_a_sentence(
        tmp_path):
    kg = _article(tmp_path, "date 2018-07-09\nNews\n\nDominic Raab, who succeeded David Davis "
                  "as Brexit secretary after the latter resigned on Sunday night, is a hard man. "
                  "Frederick Forsyth also forgets key civil liberties were suspended back then. "
                  "Ann Loe joined Labour in 1990 and was suspended in 2020. Shadow policing "
                  "minister Jack Dromey spoke.\n")
    assert ("Resigned", "Brexit Secretary", "2018-07-08", None) in _events(kg, "David Davis")
    assert "Resigned" not in {t for t, *_ in _events(kg, "Dominic Raab")}
    assert not _events(kg, "Frederick Forsyth")  # the rights were suspended, not he
    assert ("Suspended", "Labour Party") in _what(kg, "Ann Loe")  # a shared subject still counts
    assert ("OfficeHolding", "Shadow policing minister", None, None) in _tenures(kg, "Jack Dromey")


def test_by_elections_of_public_record_take_their_polling_day(tmp_path):
    kg = _article(tmp_path, "date 2022-12-02\nNews\n\nLabour held the City of Chester "
                  "byelection. The Wakefield by-election in June was a warning. Tiverton and "
                  "Honiton may see a by-election.\n")
    assert _held(kg) == {("2022 City of Chester by-election", "2022-12-01"),
                         ("2022 Wakefield by-election", "2022-06-23")}
    (tmp_path / "one").mkdir()  # a candidate in a report of one by-election stood in its seat
    kg = _article(tmp_path / "one", "date 2022-12-02\nSamantha Dixon beats Tory candidate "
                  "Elizabeth Wardlaw\n\nLabour held the City of Chester in a byelection.\n")
    assert ("StoodForElection", "City of Chester") in _what(kg, "Elizabeth Wardlaw")


def test_a_by_election_named_after_a_town_is_no_other_seats(tmp_path):
    """'the Thornbury by-election' (a town, no seat of the gazetteer) is not the by-election of
    the seat the sentence before names, and 'the by-election' after it is that one."""
    kg = _article(tmp_path, "date 2005-03-10\nNews\n\nAnn Roe will fight the Kent seat of "
                  "Dover at the general election. Ruth Calder will contest the Thornbury "
                  "by-election. The by-election was called after a councillor died.\n")
    assert {p for p in _polls(kg) if "by-election" in p} == {"2005 Thornbury by-election"}
    assert ("StoodForElection", "Dover") not in _what(kg, "Ruth Calder")
    # a place that is part of a seat the article names is that seat's
    (tmp_path / "seat").mkdir()
    kg = _article(tmp_path / "seat", "date 2022-12-01\nChester byelection: polls close\n\n"
                  "Voting has ended in the City of Chester byelection.\n")
    assert _polls(kg) == {"2022 City of Chester by-election"}


def test_the_post_of_whoever_sacked_someone_is_not_the_post_lost(tmp_path):
    """A post in a phrase about someone else (under "by", "with", "at"...) is not the post an
    event is about; the one after "as" is, wherever the parser hangs it."""
    kg = _article(tmp_path, "date 2005-01-20\nNews\n\nAnn Roe was sacked by the prime "
                  "minister. The sacking of Tom Hale by the home secretary followed. Jim Boe was "
                  "appointed by the prime minister as chief whip. The chancellor, Ruth Calder, "
                  "resigned after a row with the prime minister. Sam Poe quit the government in "
                  "protest at the policy of the home secretary. Jo Loe was elected in the seat "
                  "of the former home secretary. Tim Doe was appointed to the cabinet of the "
                  "prime minister. Kim Foe was handed the post of chief whip.\n")
    assert _what(kg, "Ann Roe") == {("Dismissed", None)}
    assert _what(kg, "Tom Hale") == {("Dismissed", None)}
    assert not _tenures(kg, "Ann Roe") and not _tenures(kg, "Tom Hale")
    assert _what(kg, "Jim Boe") == {("Appointed", "Chief Whip")}
    assert _what(kg, "Ruth Calder") == {("Resigned", "Chancellor of the Exchequer")}
    assert not any(post == "Prime Minister" for _, post, *_ in _tenures(kg, "Ruth Calder"))
    assert not any(post == "Home Secretary" for _, post, *_ in _tenures(kg, "Sam Poe"))
    # another noun's "of" names whose it is; a word for a post's "of" names the post
    assert not _tenures(kg, "Jo Loe") and not _tenures(kg, "Tim Doe")
    assert _what(kg, "Kim Foe") == {("Appointed", "Chief Whip")}


def test_a_resignation_someday_is_no_event_and_one_on_a_day_is_announced(tmp_path):
    kg = _article(tmp_path, "date 2005-03-01\nNews\n\nUnder the pact, Ann Loe will one day "
                  "stand down to make way for her deputy. Jo Roe will eventually resign. Tim "
                  "Voe will resign on Friday.\n")
    assert not _events(kg, "Ann Loe") and not _events(kg, "Jo Roe")
    assert _events(kg, "Tim Voe") == {("Resigned", None, "2005-03-04", None)}


def test_a_candidate_selected_to_fight_a_seat_stands_there(tmp_path):
    kg = _article(tmp_path, "date 2005-03-01\nNews\n\nAnn Loe, who was selected in January to "
                  "fight the Suffolk Coastal seat, addressed the rally. Tim Voe vowed to fight the "
                  "closure of the hospital.\n")
    assert _what(kg, "Ann Loe") == {("StoodForElection", "Suffolk Coastal")}
    assert not _events(kg, "Tim Voe")  # fights no seat


def test_a_challenger_for_the_leadership_stands_and_a_seat_won_from_someone_is_his_loss(
        tmp_path):
    kg = _article(tmp_path, "date 2016-07-21\nNews\n\nAnn Loe, the Labour MP who challenged "
                  "Tom Hale for the leadership, spoke. Jane Roe challenged the leadership over "
                  "its Brexit stance. Martin Bell, who took the Tatton seat from Neil Hamilton "
                  "in 1997, spoke.\n")
    assert _what(kg, "Ann Loe") == {("StoodForElection", None)}
    assert not _events(kg, "Jane Roe")
    assert _what(kg, "Martin Bell") == {("Elected", "Tatton")}
    assert _events(kg, "Neil Hamilton") == {("Defeated", "Tatton", "1997", None)}


def test_a_seat_written_with_an_ampersand_and_the_rival_defeated_in_it(tmp_path):
    kg = _article(tmp_path, "In 2001, Michael Howard comfortably won the Folkestone & "
                  "Hythe seat, defeating the Liberal Democrat candidate Peter Carroll.\n")
    assert _events(kg, "Michael Howard") == {("Elected", "Folkestone and Hythe", "2001", None)}
    assert _what(kg, "Peter Carroll") == {("Defeated", "Folkestone and Hythe"),
                                          ("StoodForElection", "Folkestone and Hythe")}


def test_parliamentary_hopefuls_named_together_stand(tmp_path):
    kg = _article(tmp_path, "date 2005-02-01\nNews\n\nMichael Howard is due to campaign "
                  "with Tory Parliamentary hopefuls Sayeeda Warsi and Robert Light. The Labour "
                  "candidates Jane Roe and Ann Loe spoke. Candidates must register soon.\n")
    for name in ("Robert Light", "Sayeeda Warsi", "Jane Roe", "Ann Loe"):
        assert _what(kg, name) == {("StoodForElection", None)}, name
    assert not _events(kg, "Michael Howard")


def test_a_party_that_won_power_or_lost_in_a_year_fought_its_general_election(tmp_path):
    kg = _article(tmp_path, "Spending on asylum has doubled since Labour won power in 1997. "
                  "When the Tories came to power in 2010, cuts followed. Jane Roe took power "
                  "in 2019. Labour suffered its worst defeat since 1935 in 2019. Labour's defeat "
                  "in 2021 hurt. Under William Hague, the Conservatives did well in 1999, before "
                  "suffering a heavy defeat in 2001. When the country went to the polls in 1979, "
                  "Labour lost. Scotland went to the polls in 1999 for its new parliament.\n")
    # the subordinate clause's subject is the main clause's (1999 had no general election)
    assert _held(kg) == {("1979 general election", "1979-05-03"),
                         ("1997 general election", "1997-05-01"),
                         ("2001 general election", "2001-06-07"),
                         ("2010 general election", "2010-05-06"),
                         ("2019 general election", "2019-12-12")}  # 2021 had none


def test_a_past_clause_under_a_promise_happened_and_a_clause_before_keeps_its_own_time(tmp_path):
    kg = _article(tmp_path, "date 2004-12-01\nWales gets a new minister\n\nDr Owen Pritchard, "
                  "on his second day in the post after Mary Lloyd was sacked, promised reform. "
                  "Dr Pritchard, who was a vet in Bala before becoming AM for Bridgend, spoke "
                  "on Tuesday. Ann Loe promised to resign after the vote.\n")
    assert _what(kg, "Mary Lloyd") == {("Dismissed", None)}
    # the Tuesday is when he spoke, not when he became a member
    assert {(t, o, d) for t, o, d, _ in _events(kg, "Owen Pritchard")} == {
        ("Elected", "Bridgend", None)}
    assert not _events(kg, "Ann Loe")


def test_polls_listed_in_one_plural_are_each_held(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    kg = _article(tmp_path / "a", "date 2023-10-20\nVoters speak\n\nVoters went to the polls in "
                  "the Tamworth and Mid Bedfordshire by-elections on Thursday. Two by-elections "
                  "were held in June.\n")
    assert _held(kg) == {("2023 Tamworth by-election", "2023-10-19"),
                         ("2023 Mid Bedfordshire by-election", "2023-10-19")}
    kg = _article(tmp_path / "b", "date 2021-04-29\nA guide\n\nWhat you need to know about the "
                  "Scottish, Welsh and local elections.\n")
    assert _held(kg) == {("2021 Scottish Parliament election", "2021-05-06"),
                         ("2021 Senedd election", "2021-05-06"),
                         ("2021 local election", "2021-05-06")}


def test_calls_for_someone_to_go_and_a_resignation_within_hours_of_the_result(tmp_path):
    kg = _article(tmp_path, "date 2016-06-24\nThe morning after\n\nJim Poe lost the 2015 "
                  "election. Britain voted to leave the EU in Thursday's referendum, prompting "
                  "calls for Ann Loe to stand down as Prime Minister. Within hours of the result "
                  "Prime Minister Tom Hale had resigned.\n")
    assert not _events(kg, "Ann Loe")
    # the day after the poll, not the last date told (2015)
    assert {(t, o, d) for t, o, d, _ in _events(kg, "Tom Hale")} == {
        ("Resigned", "Prime Minister", "2016-06-24")}


def test_a_defection_told_as_a_noun(tmp_path):
    kg = _article(tmp_path, "date 2022-01-19\nHeadlines\n\nTom Hale's defection to Labour came "
                  "as a surprise. The defection of Jim Poe from the Conservatives was a blow.\n")
    assert _what(kg, "Tom Hale") == {("Joined", "Labour Party")}
    assert _what(kg, "Jim Poe") == {("Left", "Conservative Party")}


def test_predictions_risks_recommendations_and_addresses_are_not_events(tmp_path):
    kg = _article(tmp_path, "date 2022-10-22\nNews\n\nDowning Street announced the news on "
                  "Friday. He resigned as minister. The expectation among most MPs is that "
                  "Tom Hale will sack Ann Roe this week. Jim Poe is among MPs at risk of losing "
                  "their seats at the next election. The panel said it would recommend that Kim "
                  "Koe be expelled. But Bob Loe will be ousted before the summer is over. Dan "
                  "Moe, the former Conservative chancellor, is to step down as MP at the next "
                  "election.\n")
    # nor "step down as MP at the next election" (not standing again), and never as the
    # post he once held
    for name in ("Ann Roe", "Jim Poe", "Kim Koe", "Bob Loe", "Downing Street", "Dan Moe"):
        assert not _events(kg, name), name


def test_last_months_contest_a_digest_takeover_and_a_post_in_waiting(tmp_path):
    kg = _article(tmp_path, "date 2022-11-04\nNews\n\nTom Hale says he had the nominations to "
                  "stand in the Tory leadership race. He could have challenged Ann Roe in last "
                  "month's leadership contest. Jim Poe takes over as chancellor with the Budget "
                  "looming. Sam Doe hopes to show he is a PM in waiting. Kim Koe is the next "
                  "prime minister.\n")
    # one contest: October 2022's (data/polls.csv), the Conservatives' that the article names
    assert _held(kg) == {("2022 Conservative Party leadership election", "2022-10-24")}
    assert {(t, o, d) for t, o, d, _ in _events(kg, "Jim Poe")} == {
        ("Appointed", "Chancellor of the Exchequer", "2022-11-04")}
    assert not _tenures(kg, "Sam Doe") and not _tenures(kg, "Kim Koe")


def test_the_year_of_agreeing_to_a_poll_is_not_its_year(tmp_path):
    kg = _article(tmp_path, "date 2016-06-24\nThe vote\n\nTom Hale, the prime minister, "
                  "reluctantly agreed to hold this referendum in 2013 after a backbench revolt. "
                  "The general election will be held in 2020.\n")
    assert _held(kg) == {("2016 EU referendum", "2016-06-23"), ("2020 general election", "2020")}


def test_tries_musings_descriptions_and_posts_inside_other_posts(tmp_path):
    kg = _article(tmp_path, "date 2004-01-30\nNews\n\nThe affair led to the resignation of BBC "
                  "chairman Tom Hale and reporter Jim Poe. Sam Doe rose through the civil service "
                  "to become private secretary to the prime minister in 1968. Allies dismissed "
                  "Kim Koe as just an ex-MP. Many young men come from places where women are "
                  "treated as second class citizens at best, said Bob Loe. Dan Moe survived an "
                  "attempt to oust him. Ed Yoe mulled over resigning. Al Woe rules himself out "
                  "of the contest to replace Tim Voe.\n")
    # the post before the first name is his, not the reporter's
    assert _what(kg, "Tom Hale") == {("Resigned", "BBC chairman")}
    assert _what(kg, "Jim Poe") == {("Resigned", None)}
    for name in ("Sam Doe", "Kim Koe", "Bob Loe", "Dan Moe", "Ed Yoe", "Al Woe", "Tim Voe"):
        assert not _events(kg, name), name


def test_posts_told_as_newly_given_and_candidates_for_a_one_word_seat(tmp_path):
    kg = _article(tmp_path, "date unknown\nNews\n\nThe remarks came a day after Sir Tom Hale, "
                  "the newly-appointed Metropolitan Police commissioner, backed the plan. The "
                  "newly elected Labour leader Keir Starmer spoke. Jim Poe, the new chancellor, "
                  "agreed. Ann Roe was selected as the Labour candidate for Slough.\n")
    assert _what(kg, "Tom Hale") == {("Appointed", "Metropolitan Police commissioner")}
    assert _what(kg, "Keir Starmer") == {("BecameLeader", "Labour Party")}
    assert _what(kg, "Jim Poe") == {("Appointed", "Chancellor of the Exchequer")}  # undated
    assert ("OfficeHolding", "Chancellor of the Exchequer", None, None) in _tenures(kg, "Jim Poe")
    assert _what(kg, "Ann Roe") == {("StoodForElection", "Slough")}


def test_a_common_word_capitalised_by_its_place_is_no_organisation(tmp_path):
    kg = _article(tmp_path, "date 2022-01-31\nAnger grows over Downing Street parties\n\nAnger "
                  "is growing among Tory MPs. The party's whips were busy. Party officials said "
                  "anger was rising at the Treasury.\n")
    rows = kg.query("SELECT ?l WHERE { ?o a pol:Organization ; rdfs:label ?l }").rows
    assert {str(label) for (label,) in rows} == {"Treasury"}


def test_hopes_demands_conditions_and_suppositions_are_not_events(tmp_path):
    kg = _article(tmp_path, "date 2023-03-02\nNews\n\nAnn Roe said on Monday she hoped to be "
                  "elected party leader by the summer. Tom Hale must resign over the affair, "
                  "says Kim Koe. Bob Loe will resign if voters reject the deal. Beaten, Dan Moe "
                  "will look like a reckless gambler. Jim Poe resigned as chancellor on "
                  "Tuesday.\n")
    for name in ("Ann Roe", "Tom Hale", "Bob Loe", "Dan Moe", "Kim Koe"):
        assert not _events(kg, name), name
    assert _what(kg, "Jim Poe") == {("Resigned", "Chancellor of the Exchequer")}


def test_calling_a_poll_is_dated_apart_from_the_poll(tmp_path):
    kg = _article(tmp_path, "date 2016-06-20\nNews\n\nThe paper criticised Tom Hale for calling "
                  "the referendum. Ann Roe agreed to hold the EU referendum in 2013 to calm her "
                  "party, and Jim Poe called the EU referendum in 2014.\n")
    assert _what(kg, "Tom Hale") == {("ElectionCalled", "2016 EU referendum")}
    assert ("ElectionCalled", "2016 EU referendum", "2013", None) in _events(kg, "Ann Roe")
    assert ("ElectionCalled", "2016 EU referendum", "2014", None) in _events(kg, "Jim Poe")
    assert _held(kg) == {("2016 EU referendum", "2016-06-23")}


def test_the_story_subject_named_by_a_title_or_before_an_event_noun(tmp_path):
    kg = _article(tmp_path, "date 2020-11-17\nHeadlines\nLabour panel to meet over Ann Roe "
                  "suspension\nThe former leader was suspended last month.\nTom Hale faces "
                  "inquiry\nThe MP was suspended from the party yesterday.\n")
    assert _what(kg, "Ann Roe") == {("Suspended", "Labour Party")}
    assert ("Suspended", "Labour Party") in _what(kg, "Tom Hale")


def test_a_candidate_stands_and_does_not_sit(tmp_path):
    kg = _article(tmp_path, "date 2023-06-20\nNews\n\nAnn Roe, the Labour candidate for "
                  "Slough, spoke first. Former mayoral candidate Tom Hale agreed. The potential "
                  "candidate Jim Poe said nothing.\n")
    assert _what(kg, "Ann Roe") == {("StoodForElection", "Slough")}
    assert not any(kind == "Representation" for kind, _ in _holds(kg, "Ann Roe"))
    assert _what(kg, "Tom Hale") == {("StoodForElection", None)}
    assert not _events(kg, "Jim Poe")


def test_a_poll_named_by_a_year_without_a_general_election_is_the_nations(tmp_path):
    kg = _article(tmp_path, "date 2005-01-11\nWelsh health shake-up\n\nThe First Minister "
                  "of Wales said Ann Roe would leave the post before the 2007 elections.\n")
    assert _held(kg) == {("2007 Senedd election", "2007")}  # two years ahead: no day yet
    kg = _article(tmp_path, "date 2022-10-30\nNews\n\nTom Hale said the DUP rejected the result "
                  "of the election in Northern Ireland.\n")
    assert _polls(kg) == {"2022 Northern Ireland Assembly election"}


def test_a_participle_before_a_name_tells_what_was_done_to_the_person(tmp_path):
    kg = _article(tmp_path, "date 2005-03-29\nNews\n\nThe suspended Labour MP Ann Roe spoke. "
                  "The sacked health secretary Jim Poe wrote a book. Sacked MP Tom Hale's "
                  "association met.\n")
    assert _what(kg, "Ann Roe") == {("Suspended", "Labour Party")}
    assert _what(kg, "Jim Poe") == {("Dismissed", "Health Secretary")}
    assert _what(kg, "Tom Hale") == {("Dismissed", None)}


def test_public_bodies_are_organisations_and_acronyms_of_things_are_not(tmp_path):
    kg = _article(tmp_path, "date 2022-01-25\nNews\n\nThe Metropolitan police said it would "
                  "look at the claims, and Police Scotland and the Cabinet Office were told. "
                  "GPs and PPE suppliers met at the G7.\n")
    rows = kg.query("SELECT ?l WHERE { ?o a pol:Organization ; rdfs:label ?l }").rows
    assert {str(label) for label, in rows} == {"Metropolitan Police", "Police Scotland",
                                                "Cabinet Office", "G7"}


def test_adjectives_before_a_title_in_apposition(tmp_path):
    kg = _article(tmp_path, "date 2016-06-24\nNews\n\nAnn Roe, a combative, outspoken former "
                  "Conservative member of parliament who later defected to UKIP, spoke. Tom Hale, "
                  "a senior Labour MP, agreed.\n")
    assert _what(kg, "Ann Roe") == {("Joined", "UK Independence Party"),
                                    ("Left", "Conservative Party")}
    assert ("Membership", "Labour Party") in _holds(kg, "Tom Hale")


def test_a_pronoun_after_a_subject_tells_her_gender(tmp_path):
    kg = _article(tmp_path, "date 2022-11-02\nNews\n\nKim Poe said she was proud of her "
                  "husband. Since he became prime minister, he has changed.\n")
    assert not _events(kg, "Kim Poe")


def test_a_festival_is_a_day_and_a_deed_after_a_dated_one_falls_between_it_and_the_report(
        tmp_path):
    """'elected on Boxing Day' in a January report: the last 26 December; 'suspended after
    being arrested on New Year's Day', told on 20 January: some day of January, not the
    arrest's; told in March, some day of that year."""
    kg = _article(tmp_path, "date 2020-01-20\nNews\n\nJo Roe was elected leader of the Green "
                  "Party on Boxing Day. Tim Foe was suspended by the Labour Party after being "
                  "arrested at home on New Year's Day.\n")
    assert ("BecameLeader", "2019-12-26") in _when(kg, "Jo Roe")
    assert ("Suspended", "2020-01") in _when(kg, "Tim Foe")
    later = _article(tmp_path, "date 2020-03-10\nNews\n\nTim Foe was suspended by the Labour "
                     "Party after he was arrested on 3 January.\n")
    assert ("Suspended", "2020") in _when(later, "Tim Foe")


def test_a_partys_leadership_contender_named_without_a_name_names_the_contest(tmp_path):
    """'The Conservative leadership candidate set out her views', told in July 2022: the
    party's contest of that summer (data/polls.csv), as 'the Tory leadership contender X'
    is; 'a future Labour leadership contender' names none."""
    kg = _article(tmp_path, "date 2022-07-17\nMordaunt sets out green plans\n\nThe Conservative "
                  "leadership candidate promised new jobs in wind power.\n")
    held = {(str(o), str(d)) for o, d in kg.query(
        "SELECT ?o ?d WHERE { ?e a pol:ElectionHeld ; pol:object/rdfs:label ?o ; "
        "pol:date/rdfs:label ?d }").rows}
    assert held == {("2022 Conservative Party leadership election", "2022-09-05")}, held
    future = _article(tmp_path, "date 2021-06-01\nNews\n\nShe was seen as a future Labour "
                      "leadership contender.\n")
    assert not future.query("SELECT ?e WHERE { ?e a pol:ElectionHeld }").rows


def test_a_poll_named_by_a_weekday_or_next_year(tmp_path):
    kg = _article(tmp_path, "date 2016-06-19\nNews\n\nTom Hale said Thursday's EU referendum "
                  "would be close.\n")
    assert {day for _, day in _held(kg)} == {"2016-06-23"}  # not the Thursday before
    kg = _article(tmp_path, "date 2023-03-02\nNews\n\nAnn Roe hopes Labour wins next year's "
                  "general election.\n")
    assert _held(kg) == {("2024 general election", "2024")}  # not yet dated by the table


def test_a_leader_named_beside_the_verb_is_not_its_object(tmp_path):
    kg = _article(tmp_path, "date 2020-05-26\nNews\n\nLabour's ruling body has appointed Tom "
                  "Hale as its new general secretary, a decision hailed by the party's leader, "
                  "Ann Roe, who said he would bring fresh energy.\n")
    assert ("BecameLeader", "Labour Party") not in _what(kg, "Tom Hale")


def test_standing_down_at_the_next_election_and_a_list_of_mps(tmp_path):
    kg = _article(tmp_path, "date 2022-11-25\nTory MP Ann Roe is latest name on list of "
                  "Conservatives standing down at next election\nAnn Roe, who won Bishop Auckland "
                  "in 2019, and veteran Tom Hale both spoke. Kim Poe joined the race on Monday.\n")
    assert _what(kg, "Ann Roe") == {("Elected", "Bishop Auckland")}
    assert not _events(kg, "Tom Hale")
    assert _what(kg, "Kim Poe") == {("StoodForElection", None)}


def test_an_election_named_by_month_and_year(tmp_path):
    kg = _article(tmp_path, "date unknown\nNews\n\nThe February 1974 general election "
                  "stunned the country by leaving no party with a majority.\n")
    assert _held(kg) == {("1974 general election", "1974-02-28")}


def test_two_referendums_without_years_stay_two_polls(tmp_path):
    """'the EU referendum' and 'the Scottish independence referendum' in one report are two
    polls, each its own: the table dates the one of the report's days, not the one of two
    years before, which the report names without a date; 'a second independence referendum'
    is none."""
    kg = _article(tmp_path, "date 2016-06-24\nNews\n\nAnn Roe spoke after the EU referendum. "
                  "That was a factor in the Scottish independence referendum too. Tom Hale "
                  "wants a second independence referendum.\n")
    assert _held(kg) == {("2016 EU referendum", "2016-06-23")}
    assert "Scottish independence referendum" in _labels(kg, "Election")


def test_a_year_before_a_polls_noun_names_it_however_parsed(tmp_path):
    """'The 2001 election cost 80m pounds': the parser may hang the year off 'cost'; it is
    still the 2001 poll, and 'a general election' beside it is none in particular."""
    kg = _article(tmp_path, "date unknown\nNews\n\nAnn Roe said the poll would cost the same "
                  "as a general election. The 2001 election cost pounds 80m.\n")
    assert _held(kg) == {("2001 general election", "2001-06-07")}


def test_a_year_after_in_names_the_poll_however_parsed(tmp_path):
    """'the Brexit referendum in 2016 voter registration ...': the parser may take 2016 for the
    next noun's number; it is still the year of the poll, as is the year of 'was held in'."""
    kg = _article(tmp_path, "date 2019-03-01\nNews\n\nBefore the Brexit referendum in 2016 "
                  "voter registration jumped sharply. The last election was held in 2010.\n")
    assert _held(kg) == {("2016 referendum", "2016-06-23"),
                         ("2010 general election", "2010-05-06")}


def test_a_campaign_in_a_year_names_its_poll(tmp_path):
    """'the EU referendum campaign in 2016': the year is the poll's; 'won an election three
    years ago' and 'their election victory in 2019' are one poll, held once."""
    kg = _article(tmp_path, "date 2018-07-09\nNews\n\nTom Hale led the Leave side in the EU "
                  "referendum campaign in 2016.\n")
    assert _held(kg) == {("2016 referendum", "2016-06-23")}
    kg = _article(tmp_path, "date 2022-12-18\nNews\n\nThree years ago last week, Tom Hale "
                  "stormed to victory in an election fought on a short slogan. Many voters who "
                  "handed the Conservatives their election victory in 2019 now feel let down.\n")
    assert _held(kg) == {("2019 general election", "2019-12-12")}


def test_the_idea_of_a_referendum_holds_none(tmp_path):
    """'raised the idea of a referendum in 2009', 'a proposal for a referendum': no poll held,
    and the year the idea was raised is not a poll's; 'the 2011 referendum on AV' was held."""
    kg = _article(tmp_path, "date 2016-06-24\nNews\n\nAt that time, in 2009, Tom Hale raised the "
                  "idea of a referendum on new guarantees. A proposal for a referendum was "
                  "dropped. The 2011 referendum on AV was lost.\n")
    assert _held(kg) == {("2011 referendum", "2011-05-05")}


def test_a_poll_named_by_its_month_alone_is_the_nearer_one(tmp_path):
    """'May's Holyrood elections' in a January report are the coming May's; in September,
    the May just gone."""
    ahead = _article(tmp_path, "date 2021-01-24\nNews\n\nAnn Roe has promised a vote should "
                     "her party secure a majority in May's Holyrood elections.\n")
    assert _held(ahead) == {("2021 Scottish Parliament election", "2021-05-06")}
    behind = _article(tmp_path, "date 2021-09-24\nNews\n\nAnn Roe won a majority in May's "
                      "Holyrood elections.\n")
    assert _held(behind) == {("2021 Scottish Parliament election", "2021-05-06")}
    earlier = _article(tmp_path, "date 2021-12-10\nNews\n\nTom Hale won a seat in "
                       "February's Welsh election.\n")
    assert not any(day.startswith("2022") for _, day in _held(earlier))


def test_a_poll_far_ahead_of_the_report_has_no_day_from_hindsight(tmp_path):
    """'the 2024 general election' in a 2023 report: the year the article gives, not the day
    the table knows it fell on (the article could not know it); a poll past is dated."""
    kg = _article(tmp_path, "date 2023-06-06\nNews\n\nAnn Roe says she will stand in the "
                  "2024 general election. Tom Hale stood in the 2019 general election.\n")
    assert _held(kg) == {("2024 general election", "2024"),
                         ("2019 general election", "2019-12-12")}


def test_a_seat_or_a_post_owned_by_a_possessive(tmp_path):
    kg = _article(tmp_path, "date 2022-11-26\nNews\n\nTom Hale will not run again when boundary "
                  "changes abolish his Kingswood constituency. Ann Roe dealt with a leak during "
                  "her time as defence secretary. Earlier Foreign Secretary Jim Poe spoke. Sam "
                  "Loe faces his first real test as transport secretary on Monday. Kay Dee was "
                  "Sam Loe's first pick as chief whip.\n")
    assert ("Representation", "Kingswood") in _holds(kg, "Tom Hale")
    assert ("OfficeHolding", "Defence Secretary") in _holds(kg, "Ann Roe")
    assert {what for _, what in _holds(kg, "Jim Poe")} == {"Foreign Secretary"}
    assert _holds(kg, "Sam Loe") == {("OfficeHolding", "Transport Secretary")}


def test_a_party_before_a_member_noun_gives_membership(tmp_path):
    kg = _article(tmp_path, "date 2022-12-07\nNews\n\nTom Hale was shocked by claims about the "
                  "Conservative peer Ann Roe. Voters care, the Labour minister Jim Poe said.\n")
    assert ("Membership", "Conservative Party") in _holds(kg, "Ann Roe")
    assert ("Membership", "Labour Party") in _holds(kg, "Jim Poe")


def test_favourites_plots_and_likelihoods_are_not_events(tmp_path):
    kg = _article(tmp_path, "date 2016-06-24\nNews\n\nTom Hale is now the 4/5 favourite to "
                  "become the Tories' next leader. Dozens of MPs launch a plot to oust Ann Roe as "
                  "leader. Kim Koe will be gone within months, and in likelihood Jim Poe become "
                  "Tory leader. Sam Loe was a careerist bent solely on becoming prime "
                  "minister.\n")
    for name in ("Tom Hale", "Ann Roe", "Jim Poe", "Sam Loe"):
        assert not _events(kg, name), name


def test_high_and_vice_stay_in_the_post(tmp_path):
    kg = _article(tmp_path, "date 2004-11-02\nNews\n\nTom Hale became high commissioner to South "
                  "Africa on Monday.\n")
    assert {obj for _, obj in _what(kg, "Tom Hale")} == {"High commissioner to South Africa"}


def test_general_before_a_title_stays_in_the_post(tmp_path):
    kg = _article(tmp_path, "date 2005-03-01\nNews\n\nAnn Roe, general secretary of Unite, "
                  "said the pension plan was unfair.\n")
    assert _holds(kg, "Ann Roe") == {("OfficeHolding", "General secretary of Unite")}


def test_a_general_post_of_a_body_and_a_body_written_in_capitals(tmp_path):
    """'secretary-general of Nato', 'director general of the CBI': posts of those bodies; a bare
    'director-general' before a name (no body's post before it in a list) says of what no more
    than 'Chairman X' does."""
    kg = _article(tmp_path, "date 2004-02-01\nNews\n\nThe inquiry led to the resignation of "
                  "director-general Tom Hale and a reporter. Sam Loe, "
                  "director general of the CBI, welcomed it. Kim Koe was appointed "
                  "secretary-general of Nato.\n")
    assert _holds(kg, "Sam Loe") == {("OfficeHolding", "Director general of the CBI")}
    assert ("Appointed", "Secretary-general of Nato") in _what(kg, "Kim Koe")
    assert _holds(kg, "Tom Hale") == set()


def test_an_epithet_written_with_a_hyphen_is_the_persons_not_the_posts(tmp_path):
    """'Tom Hale, the twice-sacked Cabinet Office minister, quit the government': he held
    that post and left it; 'the recently sacked chief whip' holds it no more."""
    kg = _article(tmp_path, "date 2022-11-09\nNews\n\nThe reform plans stalled when Tom Hale, "
                  "the twice-sacked Cabinet Office minister, quit the government. Jim Poe, the "
                  "recently sacked chief whip, kept silent.\n")
    assert ("Resigned", "Cabinet Office minister") in _what(kg, "Tom Hale")
    assert _holds(kg, "Jim Poe") == set()


def test_a_deed_in_quotation_marks_is_doubted_not_reported(tmp_path):
    kg = _article(tmp_path, "date 2005-05-01\nNews\n\nTom Hale's \"resignation\" was "
                  "mocked by both party leaders. Ann Roe resigned as chief whip on Monday.\n")
    assert _events(kg, "Tom Hale") == set()
    assert ("Resigned", "Chief Whip") in _what(kg, "Ann Roe")


def test_an_election_for_a_devolved_body_and_its_bare_mentions(tmp_path):
    """'an election for the Stormont assembly' is that assembly's, and so is 'an election'
    in the same piece where it names no other poll."""
    kg = _article(tmp_path, "date 2022-10-28\nNews\n\nThe Northern Ireland secretary Tom Hale "
                  "has confirmed he will now call an election for the Stormont assembly. Hale "
                  "told reporters on Friday he would meet his legal duty to call an election.\n")
    assert _what(kg, "Tom Hale") == {("ElectionCalled", "Northern Ireland Assembly election")}


def test_a_record_set_on_taking_a_post_is_still_taking_it(tmp_path):
    """'became the youngest prime minister of the 20th century, when, aged 43, he came to
    power': he became prime minister then ('to power' is no 'to visit'); 'of the century' is a
    time, not part of a post's name."""
    kg = _article(tmp_path, "date 2005-05-01\nNews\n\nIn 1997, Tom Hale became the youngest "
                  "prime minister of the 20th century, when, aged 43, he came to power. Ann Roe "
                  "became the first prime minister to visit the island. Jim Poe was the "
                  "busiest spokesman of the century.\n")
    assert ("Appointed", "Prime Minister", "1997", None) in _events(kg, "Tom Hale")
    assert _events(kg, "Ann Roe") == set()
    assert not any("century" in label for label in _labels(kg, "Office"))


def test_a_bare_weekday_beside_a_poll_is_the_day_it_fell_on(tmp_path):
    # a Monday piece: "Thursday" alone is last week's, unless a known poll fell on this week's
    kg = _article(tmp_path, "date 2016-06-20\nNews\n\nTom Hale mocked the warnings about a "
                  "Brexit vote on Thursday.\n")
    assert {day for _, day in _held(kg)} == {"2016-06-23"}


def test_a_member_since_a_year_was_elected_then(tmp_path):
    kg = _article(tmp_path, "date 2021-03-02\nNews\n\nNaz Shah, the MP for Bradford West in "
                  "West Yorkshire since 2015, spoke in the debate. Dehenna Davison has represented "
                  "Bishop Auckland since 2019.\n")
    assert ("Elected", "Bradford West", "2015", None) in _events(kg, "Naz Shah")
    assert ("Elected", "Bishop Auckland", "2019", None) in _events(kg, "Dehenna Davison")
    assert ("Representation", "Bradford West") in _holds(kg, "Naz Shah")


def test_a_tenure_from_a_year_until_another_began_then(tmp_path):
    kg = _article(tmp_path, "date 2021-03-02\nNews\n\nNeil Kinnock, who led the Labour Party "
                  "from 1983 until 1992, opened the exhibition. Margaret Beckett represented "
                  "Derby South from 1983.\n")
    assert ("BecameLeader", "Labour Party", "1983-10-02", None) in _events(kg, "Neil Kinnock")
    assert ("Leadership", "Labour Party", "1983", "1992") in _tenures(kg, "Neil Kinnock")
    assert ("Elected", "Derby South", "1983", None) in _events(kg, "Margaret Beckett")
    # the two years in one expression: "from 1983 to 1992", "between 1997 and 2005"
    kg = _article(tmp_path, "date 2021-03-02\nNews\n\nTom Hale, who led the Greens from 2001 "
                  "to 2006, spoke. Ann Roe was Labour MP for Bolton West between 1997 and 2005.\n")
    assert ("Leadership", "Green Party", "2001", "2006") in _tenures(kg, "Tom Hale")
    assert ("Representation", "Bolton West", "1997", "2005") in _tenures(kg, "Ann Roe")
    assert ("Elected", "Bolton West", "1997", None) in _events(kg, "Ann Roe")


def test_taking_charge_of_a_party_is_taking_its_leadership(tmp_path):
    kg = _article(tmp_path, "date 2021-05-07\nNews\n\nSir Keir Starmer took charge of Labour "
                  "in April 2020. Theresa May took the helm of the Conservative Party in 2016. "
                  "Alastair Campbell will take charge of media strategy.\n")
    assert _events(kg, "Keir Starmer") == {("BecameLeader", "Labour Party", "2020-04-04", None)}
    assert _what(kg, "Theresa May") == {("BecameLeader", "Conservative Party")}
    assert not _events(kg, "Alastair Campbell")


def test_an_event_after_a_past_poll_takes_its_year(tmp_path):
    kg = _article(tmp_path, "date 2005-01-10\nNews\n\nTom Hale, who stood down after his "
                  "party's heavy 2001 election defeat, is now working on his memoirs. Ann Roe "
                  "quit as party chairman following the 1997 general election.\n")
    assert ("Resigned", None, "2001", None) in _events(kg, "Tom Hale")
    assert ("Resigned", "Party Chair", "1997", None) in _events(kg, "Ann Roe")
    # in a report without a date too: the poll dates the event, not the report
    kg = _article(tmp_path, "date unknown\nProfile\n\nAppointed home secretary after the 2001 "
                  "general election, Tom Hale brought in new police powers.\n")
    assert ("Appointed", "Home Secretary", "2001", None) in _events(kg, "Tom Hale")


def test_a_post_given_with_its_verb_left_out_is_an_appointment_too(tmp_path):
    kg = _article(tmp_path, "date 2022-09-07\nAnn Roe named home secretary and Tom Hale justice "
                  "secretary in reshuffle\n\nLiz Truss appointed Kim Koe foreign "
                  "secretary and Sam Loe health secretary on Tuesday. Ben Moe was appointed "
                  "chancellor and Ted Noe said it was a mistake.\n")
    assert _what(kg, "Tom Hale") == {("Appointed", "Justice Secretary")}
    # (the parser folds "Kim Koe" into the post it is given)
    assert ("Appointed", "Foreign Secretary", "2022-09-06", None) in _events(kg, "Kim Koe")
    assert ("Appointed", "Health Secretary", "2022-09-06", None) in _events(kg, "Sam Loe")
    assert not _events(kg, "Ted Noe")


def test_chosen_for_a_seat_is_a_candidacy_for_it(tmp_path):
    # a one-word seat the model may take for a person; a selection told "in a contest"
    kg = _article(tmp_path, "date 2005-03-01\nNews\n\nTom Hale will fight Slough for the party "
                  "at the next election. Lyn Roe, a council member, was selected for West Ham in "
                  "a contest with four rivals. Sam Loe was selected for the cabinet.\n")
    assert ("StoodForElection", "Slough") in _what(kg, "Tom Hale")
    assert _what(kg, "Lyn Roe") == {("StoodForElection", "West Ham")}
    assert not _events(kg, "Sam Loe")


def test_who_did_it_when_the_words_around_mislead(tmp_path):
    kg = _article(tmp_path, "date 2022-11-25\nNews\n\nDr Owen Price, in his second week at the "
                  "department after Carys Lloyd was sacked, met nurses. Jo Poe, who was "
                  "thought of as a future leader after winning Bishop Auckland, spoke. Sam Loe is "
                  "thought to have won Darlington. Friends of Tom Hale dismissed Ben Moe in "
                  "withering terms as “yesterday's man”. Liz Truss dismissed Kim Koe as "
                  "chancellor on Friday.\n")
    # (the parser gives "sacked" both names as subjects: the nearer one was sacked)
    assert _what(kg, "Carys Lloyd") == {("Dismissed", None)}
    assert not _events(kg, "Owen Price")
    # an opinion of someone ("thought of as") is no hedge; "thought to have" is
    assert _what(kg, "Jo Poe") == {("Elected", "Bishop Auckland")}
    assert not _events(kg, "Sam Loe")
    # dismissing someone as "just an ex-MP" is scorn; as chancellor, a sacking
    assert not _events(kg, "Ben Moe")
    assert ("Dismissed", "Chancellor of the Exchequer", "2022-11-25", None) in _events(
        kg, "Kim Koe")


def test_the_member_for_a_seat_described_not_named_is_the_story_subject(tmp_path):
    kg = _article(tmp_path, "date 2022-11-25\nNews\n\nAnn Roe has announced she will not stand "
                  "again. The MP for Bishop Auckland, already a minister, had been praised by "
                  "colleagues since her election in 2019.\n")
    assert ("Representation", "Bishop Auckland") in _holds(kg, "Ann Roe")
    assert ("Elected", "Bishop Auckland", "2019", None) in _events(kg, "Ann Roe")


def test_succeeding_someone_as_leader_is_leading_the_party_named_before(tmp_path):
    """The one who left 'the role' that a leader's sentence names left that leadership."""
    kg = _article(tmp_path, "date 2020-02-14\nScottish Tories: Tom Hale succeeds Ann Roe as "
                  "leader\nThe acting leader since Ann Roe quit the role in the summer, Tom Hale "
                  "was confirmed unopposed.\n")
    assert ("BecameLeader", "Scottish Conservative Party", "2020-02-14", None) in _events(
        kg, "Tom Hale")
    assert ("Leadership", "Scottish Conservative Party") in _holds(kg, "Ann Roe")
    assert ("Resigned", "Leader of the Scottish Conservative Party") in _what(kg, "Ann Roe")


def test_a_calendar_day_right_after_a_poll_is_its_polling_day(tmp_path):
    # (the parser hangs "on 4 May" from "explains": the words decide, not the parse)
    kg = _article(tmp_path, "date 2024-04-06\nNews\n\nThe council explains its plans ahead of "
                  "local elections on 2 May.\n")
    assert ("2024 local election", "2024-05-02") in _held(kg)


def test_a_candidacy_named_by_a_title_in_news_of_the_day_is_of_the_reports_month(tmp_path):
    kg = _article(tmp_path, "date 2019-06-12\nNews\n\nAllies of the Tory leadership "
                  "contender Rory Stewart are planning a walkabout. The ex-mayoral candidate "
                  "Zac Goldsmith said he would help.\n")
    assert ("StoodForElection", None, "2019-06", None) in _events(kg, "Rory Stewart")
    # an old candidacy keeps no date the article does not give
    assert _when(kg, "Zac Goldsmith") == {
        ("StoodForElection", None)}


def test_two_possessors_of_one_act_each_did_it(tmp_path):
    kg = _article(tmp_path, "date 2022-07-05\nNews\n\nRishi Sunak's and Sajid Javid's "
                  "resignations shook the government.\n")
    assert _what(kg, "Rishi Sunak") == _what(kg, "Sajid Javid") == {("Resigned", None)}


def test_a_name_opening_in_capitals_is_the_name_and_a_camp_is_no_person(tmp_path):
    kg = _article(tmp_path, "date 2016-06-24\nNews\n\nDAVID Cameron has resigned as prime "
                  "minister. Soft Brexiteers want to stay in the single market.\n")
    assert _labels(kg, "Person") == {"David Cameron"}


def test_the_new_leader_of_a_story_told_in_the_past_is_not_new_at_the_report(tmp_path):
    # the table of holders has Thatcher leading the Tories from 1975, Cameron in 2016, and
    # Khan mayor from 9 May 2016 (elected that month)
    kg = _article(tmp_path, "date 2016-06-20\nNews\n\nIn the 1975 campaign the new Tory "
                  "leader, Margaret Thatcher, argued for staying in. Sadiq Khan, the new mayor of "
                  "London, spoke at the rally.\n")
    assert _when(kg, "Margaret Thatcher") == {  # new in 1975 (the table's day), not in 2016
        ("BecameLeader", "1975-02-11")}
    assert ("Elected", "Mayor of London", "2016-05", None) in _events(kg, "Sadiq Khan")


def test_a_candidacy_run_before_is_not_the_reports(tmp_path):
    kg = _article(tmp_path, "date 2016-06-24\nThe race to follow Cameron\n\nLiam Fox has "
                  "run for the Conservative leadership before. Theresa May is standing for the "
                  "Conservative leadership.\n")
    assert _when(kg, "Liam Fox") == {("StoodForElection", None)}
    assert ("StoodForElection", None, "2016-06-24", None) in _events(kg, "Theresa May")


def test_a_partys_leader_at_westminster_leads_its_group_not_the_party(tmp_path):
    kg = _article(tmp_path, "date 2022-12-06\nNews\n\nStephen Flynn was elected as the new "
                  "SNP leader at Westminster.\n")
    assert not any(t == "BecameLeader" for t, *_ in _events(kg, "Stephen Flynn"))
    assert _holds(kg, "Stephen Flynn") == {("Membership", "Scottish National Party")}


def test_resignations_since_which_something_happened_are_not_the_reports_news(tmp_path):
    kg = _article(tmp_path, "date 2022-12-02\nTories lose first by-election since Johnson "
                  "and Truss resignations\n\nLabour held the seat.\n")
    assert _when(kg, "Boris Johnson") == {("Resigned", None)}
    assert _when(kg, "Liz Truss") == {("Resigned", None)}


def test_odds_with_bookmakers_are_a_bet_not_an_event(tmp_path):
    kg = _article(tmp_path, "date 2016-06-24\nNews\n\nBoris Johnson is 3-1 with bookmakers to "
                  "succeed David Cameron as prime minister.\n")
    assert not _events(kg, "Boris Johnson")


def test_losing_a_vote_in_a_ballot_is_no_defeat(tmp_path):
    kg = _article(tmp_path, "date 2022-07-18\nNews\n\nAnn Roe lost a vote in this week's "
                  "ballot of MPs but remains in the contest. Tom Hale lost his seat in the 2019 "
                  "election.\n")
    assert ("Defeated", None) not in _what(kg, "Ann Roe")
    assert ("Defeated", None, "2019-12-12", None) in _events(kg, "Tom Hale")


def test_a_decision_to_hold_a_poll_and_its_date_announced_call_it(tmp_path):
    kg = _article(tmp_path, "date 2016-06-20\nNews\n\nThe campaigns got going a week after Tom "
                  "Hale announced the date of the EU referendum. Critics attacked Ann Roe's "
                  "decision to hold a referendum over the treaty. Sam Loe set a date for the "
                  "report. Jo Poe announced the Budget date.\n")
    assert _what(kg, "Tom Hale") == {("ElectionCalled", "2016 EU referendum")}
    assert {kind for kind, _ in _what(kg, "Ann Roe")} == {"ElectionCalled"}
    assert not _events(kg, "Sam Loe") and not _events(kg, "Jo Poe")


def test_an_independence_referendum_elsewhere_is_named_for_its_place(tmp_path):
    kg = _article(tmp_path, "date 2016-06-22\nNews\n\nThe EU referendum is close. Pollsters "
                  "recall a late swing to the status quo in the Scottish independence referendum "
                  "and in the 1995 Quebec independence referendum. The SNP's independence "
                  "referendum was lost in 2014.\n")
    held = _polls(kg)
    assert {"1995 Quebec independence referendum", "2014 Scottish independence referendum",
            "2016 EU referendum"} <= held
    assert not any("SNP" in label for label in held)


def test_background_clauses_are_not_dated_by_the_report(tmp_path):
    kg = _article(tmp_path, "date 2022-11-19\nNews\n\nAnn Roe made a visit to Paris on Saturday "
                  "to meet the president, in her first visit to the country since becoming prime "
                  "minister. Tom Hale replaces Jim Poe, who announced he was standing down shortly "
                  "after Kim Koe was elected leader of the Green Party. Sam Loe would not say if "
                  "Ben Moe would try to win back the leadership he was ousted from months ago.\n")
    assert ("Appointed", "Prime Minister", None, "the article does not say when") \
        in _events(kg, "Ann Roe")
    assert {date for _, _, date, _ in _events(kg, "Kim Koe")} == {None}
    assert {date for _, _, date, _ in _events(kg, "Ben Moe")} == {None}


def test_asked_for_and_not_yet_done_are_not_events(tmp_path):
    kg = _article(tmp_path, "date 2005-03-01\nNews\n\nMy recommendation to the group will be "
                  "that Tom Hale be expelled from the Conservative Party. Ann Roe has yet to set a "
                  "date for the general election. Kim Koe may face a hard task winning the "
                  "next Labour leadership contest.\n")
    for name in ("Tom Hale", "Ann Roe", "Kim Koe"):
        assert not _events(kg, name), name


def test_polls_in_general_or_only_imagined_are_not_held(tmp_path):
    kg = _article(tmp_path, "date 2019-11-20\nMinisters plan to scrap the election watchdog\n\n"
                  "Anger does not win elections, said Tom Hale. Ann Roe may face a by-election "
                  "if the report goes against her. Kim Koe did not wish to hold an EU referendum. "
                  "Sam Loe will not vote in the referendum.\n")
    assert _held(kg) == set()


def test_a_poll_dated_later_in_a_nation_story_is_its_devolved_election(tmp_path):
    kg = _article(tmp_path, "date 2021-01-10\nNews\n\nScotland's councils say the parliamentary "
                  "election on 6 May can be held safely. Nicola Sturgeon said Scottish voters "
                  "would decide.\n")
    assert _held(kg) == {("2021 Scottish Parliament election", "2021-05-06")}


def test_a_result_dates_the_general_election_it_names(tmp_path):
    kg = _article(tmp_path, "date 2016-06-24\nNews\n\nTom Hale was defeated at the general "
                  "election last year.\n")
    assert _polls(kg) == {"2015 general election"}


def test_a_record_or_a_denied_post_is_no_appointment(tmp_path):
    kg = _article(tmp_path, "date 2005-03-01\nNews\n\nTom Hale, chancellor of the exchequer "
                  "under Ann Roe, became the longest-serving chancellor of the modern era in "
                  "2004. Kim Koe has become a paid adviser to a consultancy now he is not home "
                  "secretary.\n")
    assert not _events(kg, "Tom Hale")
    assert not _events(kg, "Kim Koe")


def test_a_party_post_is_that_partys_and_a_bare_title_names_none(tmp_path):
    kg = _article(tmp_path, "date 2016-06-24\nNews\n\nUKIP's deputy leader Tom Hale said it was "
                  "close. Labour's deputy leader Ann Roe disagreed. Chairman Kim Koe told MPs care "
                  "was needed. Shadow international development secretary Sam Loe spoke.\n")
    assert ("OfficeHolding", "UKIP deputy leader") in _holds(kg, "Tom Hale")
    assert ("OfficeHolding", "Labour deputy leader") in _holds(kg, "Ann Roe")
    assert not _holds(kg, "Kim Koe")
    assert _holds(kg, "Sam Loe") == {
        ("OfficeHolding", "Shadow international development secretary")}


def test_a_post_of_listed_portfolios_and_a_covered_post_by_its_holder(tmp_path):
    kg = _article(tmp_path, "date 2016-06-24\nNews\n\nThe Secretary of State for Culture, Media "
                  "and Sport John Whittingdale spoke. My anger is for David Cameron and George "
                  "Osborne, however dignified the prime minister's resignation.\n")
    assert _holds(kg, "John Whittingdale") == {
        ("OfficeHolding", "Secretary of State for Culture, Media and Sport")}
    assert ("Resigned", "Prime Minister") in _what(kg, "David Cameron")  # the PM that day
    assert not _events(kg, "George Osborne")


def test_the_general_election_told_in_the_past_is_the_last_one_a_year_on(tmp_path):
    kg = _article(tmp_path, "date 2016-06-24\nNews\n\nAgainst the forecasts Tom Hale had won a "
                  "majority in the general election. Labour would win the general election, Ann "
                  "Roe said.\n")
    assert _held(kg) == {("2015 general election", "2015-05-07")}


def test_an_owned_election_noun_is_the_owners_result(tmp_path):
    kg = _article(tmp_path, "date 2022-11-25\nNews\n\nDehenna Davison, the MP for Bishop "
                  "Auckland, has been a rising star since her election in 2019. Tom Hale welcomed "
                  "the election of Ann Roe as leader of the Green Party. Kim Koe ran the "
                  "communications of his election campaign. Labour's election review is out.\n")
    assert ("Elected", "Bishop Auckland", "2019", None) in _events(kg, "Dehenna Davison")
    assert _what(kg, "Ann Roe") == {("BecameLeader", "Green Party")}
    assert not _events(kg, "Tom Hale")
    assert not _held(kg) - {("2019 general election", "2019-12-12")}


def test_an_undated_articles_titles_tell_who_the_prime_minister_was(tmp_path):
    # Howard led the Tories 2003-05 and Brown was chancellor 1997-2007: Blair's years, so
    # "the prime minister" is Blair, not Brown (prime minister 2007-10) nor Major ("former")
    kg = _article(tmp_path, "Budget row\n\nTory leader Michael Howard said the prime minister "
                  "was wrong. Former prime minister John Major agreed. Chancellor Gordon Brown "
                  "said nothing. Tony Blair spoke later.\n")
    assert ("OfficeHolding", "Prime Minister") in _holds(kg, "Tony Blair")
    assert ("OfficeHolding", "Prime Minister") not in _holds(kg, "Gordon Brown")


def test_prime_ministers_questions_names_no_holder(tmp_path):
    kg = _article(tmp_path, "Budget row\n\nTory leader Michael Howard will raise it at prime "
                  "minister's questions. Chancellor Gordon Brown and Tony Blair said nothing.\n")
    assert ("OfficeHolding", "Prime Minister") not in _holds(kg, "Tony Blair")


def test_titles_in_a_list_of_names_stay_with_their_own_name(tmp_path):
    kg = _article(tmp_path, "date 2016-06-10\nNews\n\nThey face Tom Hale, the former London "
                  "Mayor, Ann Roe, the Energy minister, and Kim Koe. Ukip leader Sam Loe, "
                  "Conservative MP Ben Moe and Labour MP Joe Doe made the case.\n")
    assert _holds(kg, "Ann Roe") == {("OfficeHolding", "Energy minister")}
    assert ("OfficeHolding", "Mayor of London") in _holds(kg, "Tom Hale")
    assert ("Membership", "Conservative Party") not in _holds(kg, "Sam Loe")
    assert ("Membership", "Conservative Party") in _holds(kg, "Ben Moe")


def test_denied_recalled_and_managed_are_not_events(tmp_path):
    kg = _article(tmp_path, "date 2022-10-02\nNews\n\nClaims that Tom Hale planned to use his "
                  "speech to announce his resignation were denied by Labour. Ann Roe is as "
                  "unpopular as Kim Koe when he was ousted. Sam Loe was brought in to run the "
                  "election campaign. Over to a fired-up Ben Moe, who got the biggest cheer.\n")
    assert not _events(kg, "Tom Hale")
    assert {date for *_, date, _ in _events(kg, "Kim Koe")} <= {None}
    assert not _events(kg, "Sam Loe")
    assert not _events(kg, "Ben Moe")


def test_a_party_in_house_style_and_a_groups_leader(tmp_path):
    kg = _article(tmp_path, "date 2021-01-04\nNews\n\nThe suspended Scottish National party MP "
                  "Ann Roe was arrested. Lord Hale, Tory leader in the Lords, warned that "
                  "ministers faced defeat.\n")
    assert ("Suspended", "Scottish National Party") in _what(kg, "Ann Roe")
    assert ("Membership", "Scottish National Party") in _holds(kg, "Ann Roe")
    assert _holds(kg, "Hale") == {("Membership", "Conservative Party")}


def test_broadcasters_and_the_bnp_are_known_names(tmp_path):
    kg = _article(tmp_path, "date 2005-01-10\nNews\n\nSpeaking on BBC Radio 4's Today "
                  "programme, Tom Hale said the BNP was wrong. BNP leader Ann Roe told Sky News "
                  "she disagreed.\n")
    rows = kg.query("SELECT ?l WHERE { ?e a pol:Organization ; rdfs:label ?l }").rows
    assert {"BBC Radio 4", "Sky News"} <= {str(label) for label, in rows}
    assert ("Leadership", "British National Party") in _holds(kg, "Ann Roe")


def test_a_favourite_or_frontrunner_to_take_a_post_has_not_taken_it(tmp_path):
    kg = _article(tmp_path, "date 2016-06-24\nNews\n\nBoris Johnson emerged at Westminster as "
                  "the firm favourite to become the country's next prime minister. "
                  "Sam Loe is the Labour candidate to stand in the Batley by-election.\n")
    assert not _events(kg, "Boris Johnson")
    assert not _holds(kg, "Boris Johnson")
    assert {kind for kind, _ in _what(kg, "Sam Loe")} == {"StoodForElection"}


def test_a_persons_past_in_a_relative_clause_is_not_dated_by_the_main_clause(tmp_path):
    kg = _article(tmp_path, "date 2020-03-06\nNews\n\nStudents asked Ann Roe, who resigned from "
                  "the cabinet over the scandal, to cancel a talk she was due to give on Thursday. "
                  "Kim Koe warned the members who elected Tom Hale. Thursday's EU referendum was "
                  "lost.\n")
    assert {date for *_, date, _ in _events(kg, "Ann Roe")} == {None}
    assert {date for *_, date, _ in _events(kg, "Tom Hale")} == {None}


def test_a_leader_since_a_year_became_leader_then_and_a_reappointment_is_one(tmp_path):
    kg = _article(tmp_path, "date 2023-05-10\nNews\n\nAnn Roe, who has led Plaid Cymru since "
                  "2018, apologised. Critics attacked Kim Koe over her controversial "
                  "reappointment as home secretary. Tom Hale's appointment as foreign secretary "
                  "was criticised by the opposition.\n")
    assert ("BecameLeader", "Plaid Cymru", "2018", None) in _events(kg, "Ann Roe")
    assert ("Appointed", "Home Secretary") in _what(kg, "Kim Koe")
    assert ("Appointed", "Foreign Secretary") in _what(kg, "Tom Hale")


def test_heads_of_bodies_advisers_and_negotiators_hold_posts(tmp_path):
    kg = _article(tmp_path, "date 2020-04-24\nNews\n\nMI6 chief Richard Moore said the talks "
                  "were over. The chief medical officer, Chris Whitty, agreed. Refugee Council "
                  "chief executive Maurice Wren and the British prime minister, Boris Johnson, "
                  "spoke. A jubilant Ukip boss Nigel Farage was there. Downing Street adviser "
                  "Baroness Morgan and Home Office minister Lord Falconer signed the letter. An "
                  "aide to Mr Johnson said so, and a Scottish Executive spokeswoman denied it.\n")
    assert _holds(kg, "Richard Moore") == {("OfficeHolding", "MI6 chief")}
    assert _holds(kg, "Chris Whitty") == {("OfficeHolding", "Chief Medical Officer")}
    assert _holds(kg, "Maurice Wren") == {("OfficeHolding", "Refugee Council chief executive")}
    assert ("OfficeHolding", "Prime Minister") in _holds(kg, "Boris Johnson")
    assert ("OfficeHolding", "Ukip boss") not in _holds(kg, "Nigel Farage")  # its leader
    assert _holds(kg, "Falconer") == {("OfficeHolding", "Home Office minister")}
    assert _holds(kg, "Morgan") == {("OfficeHolding", "Downing Street adviser")}
    offices = _labels(kg, "Office")
    assert not {"Aide to Mr", "Executive spokeswoman"} & offices


def test_a_resignation_from_a_post_still_held_is_the_days_news(tmp_path):
    # Cameron was prime minister until 13 July 2016: on 24 June his resignation is news,
    # from the post the article names that the holders' table says he held
    kg = _article(tmp_path, "date 2016-06-24\nNews\n\nThe prime minister lost the vote. Mr "
                  "David Cameron has said he will resign. Boris Johnson resigned in 2008 as a "
                  "columnist.\n")
    assert _events(kg, "David Cameron") == {
        ("Resigned", "Prime Minister", "2016-06-24", None)}
    assert ("Resigned", None, "2008", None) in _events(kg, "Boris Johnson")


def test_a_partys_landslide_or_result_of_a_year_is_that_years_general_election(tmp_path):
    kg = _article(tmp_path, "date 2019-06-22\nNews\n\nHe led the party after the 2001 Labour "
                  "landslide. The general election result in 2017 surprised everyone. The "
                  "2003 Labour victory in Wales was narrow.\n")
    assert _held(kg) == {("2001 general election", "2001-06-07"),
                         ("2017 general election", "2017-06-08")}


def test_an_undated_articles_bare_titles_are_read_together(tmp_path):
    # Blair prime minister and Brown chancellor (1997-2007) is the one time both posts had
    # one holder among the names; "the prime minister" alone stays unread
    kg = _article(tmp_path, "Budget row\n\nThe prime minister said the chancellor was wrong. "
                  "Tony Blair and Gordon Brown met later.\n")
    assert _holds(kg, "Tony Blair") == {("OfficeHolding", "Prime Minister")}
    assert _holds(kg, "Gordon Brown") == {("OfficeHolding", "Chancellor of the Exchequer")}
    (tmp_path / "alone").mkdir()
    kg = _article(tmp_path / "alone", "Budget row\n\nThe prime minister spoke. Tony Blair and "
                  "Gordon Brown met later.\n")
    assert not _holds(kg, "Tony Blair") | _holds(kg, "Gordon Brown")


def test_the_deputy_party_leader_is_no_leader(tmp_path):
    kg = _article(tmp_path, "date 2023-10-08\nNews\n\nAngela Rayner, the deputy Labour leader, "
                  "spoke first. Labour deputy leader Ann Roe agreed.\n")
    assert _holds(kg, "Angela Rayner") == {("OfficeHolding", "Labour deputy leader"),
                                           ("Membership", "Labour Party")}
    assert _holds(kg, "Ann Roe") == _holds(kg, "Angela Rayner")


def test_leadership_elections_in_general_are_no_contest_of_the_year(tmp_path):
    kg = _article(tmp_path, "date 2021-09-20\nNews\n\nPlans to change the party's leadership "
                  "elections met anger on the left. The Green Party's leadership contest is "
                  "under way.\n")
    assert _held(kg) == {("2021 Green Party leadership election", "2021")}


def test_a_headlines_named_post_is_an_appointment_that_day(tmp_path):
    kg = _article(tmp_path, "date 2023-04-21\nOliver Dowden named deputy PM after Raab quits\n\n"
                  "Rishi Sunak named Ann Roe deputy PM in a reshuffle today.\n")
    assert ("Appointed", "Deputy Prime Minister", "2023-04-21", None) in _events(
        kg, "Oliver Dowden")
    assert not _events(kg, "Rishi Sunak")


def test_a_post_owned_by_an_organisation_is_named_with_it(tmp_path):
    kg = _article(tmp_path, "date 2020-04-24\nNews\n\nMichel Barnier, the EU's chief negotiator, "
                  "spoke. Sir Andrew Green, the Refugee Council's chief executive, agreed.\n")
    assert _holds(kg, "Michel Barnier") == {("OfficeHolding", "EU chief negotiator")}
    assert _holds(kg, "Andrew Green") == {("OfficeHolding", "Refugee Council chief executive")}


def test_a_post_of_an_unnamed_body_is_no_post(tmp_path):
    kg = _article(tmp_path, "date 2020-04-24\nNews\n\nSir Andrew Green, chairman of the "
                  "organisation, disagrees. Tom Hale, chair of the privileges committee, agreed.\n")
    assert not _holds(kg, "Andrew Green")
    assert _holds(kg, "Tom Hale") == {("OfficeHolding", "Chair of the privileges committee")}


def test_a_nationality_before_a_name_is_not_part_of_it(tmp_path):
    kg = _article(tmp_path, "date 2016-06-24\nNews\n\nFellow Scots Ruth Davidson and Liam Fox "
                  "campaigned on opposite sides. Ann Welsh spoke.\n")
    people = _labels(kg, "Person")
    assert {"Ruth Davidson", "Liam Fox", "Ann Welsh"} <= people
    assert not any(name.startswith("Scots") for name in people)


def test_a_wish_to_become_is_no_appointment(tmp_path):
    kg = _article(tmp_path, "date 2016-06-24\nNews\n\nAmber Rudd attacked Boris Johnson.\n\nShe "
                  "described Mr Johnson as a showman obsessed with becoming PM. Ann Roe is keen "
                  "on becoming leader. Since becoming prime minister, Theresa May has struggled.\n")
    assert not _events(kg, "Amber Rudd") | _events(kg, "Boris Johnson") | _events(kg, "Ann Roe")
    assert ("Appointed", "Prime Minister") in _what(kg, "Theresa May")


def test_a_party_before_a_government_post_is_the_holders_not_the_posts(tmp_path):
    kg = _article(tmp_path, "date 2016-06-22\nNews\n\nTory Treasury minister Ann Roe joined "
                  "the debate. Labour health spokesman John Doe disagreed.\n")
    assert _holds(kg, "Ann Roe") == {("OfficeHolding", "Treasury minister"),
                                     ("Membership", "Conservative Party")}
    assert ("OfficeHolding", "Labour health spokesman") in _holds(kg, "John Doe")


def test_a_bank_governor_and_a_countrys_president(tmp_path):
    kg = _article(tmp_path, "date 2016-06-22\nNews\n\nThe Bank of England governor Mark Carney "
                  "spoke. France's President, Emmanuel Macron, agreed. Tory whip Tom Hale "
                  "disagreed.\n")
    assert _holds(kg, "Mark Carney") == {("OfficeHolding", "Governor of the Bank of England")}
    # a post of France's, not one called "President"
    assert _holds(kg, "Emmanuel Macron") == {("OfficeHolding", "President of France")}
    assert _holds(kg, "Tom Hale") == {("OfficeHolding", "Tory whip"),
                                      ("Membership", "Conservative Party")}


def test_a_party_before_a_member_noun_makes_a_member(tmp_path):
    kg = _article(tmp_path, "date 2016-06-22\nNews\n\nLabour councillor Jane Doe, Tory "
                  "frontbencher John Smith and Labour MEP Ann Poe spoke.\n")
    assert _holds(kg, "Jane Doe") == {("Membership", "Labour Party")}
    assert _holds(kg, "John Smith") == {("Membership", "Conservative Party")}
    assert _holds(kg, "Ann Poe") == {("Membership", "Labour Party")}


def test_a_partys_former_post_before_a_name(tmp_path):
    kg = _article(tmp_path, "date 2004-11-22\nNews\n\nPlaid Cymru's former president, Dafydd "
                  "Evans, disagreed. Labour's chairman, Tom Hale, agreed. Lib Dem former "
                  "Business Secretary Vince Cable called it a mistake.\n")
    assert _holds(kg, "Dafydd Evans") == {("OfficeHolding", "Plaid Cymru president"),
                                          ("Membership", "Plaid Cymru")}
    assert _holds(kg, "Tom Hale") == {("OfficeHolding", "Labour chairman"),
                                      ("Membership", "Labour Party")}
    assert ("Membership", "Liberal Democrats") in _holds(kg, "Vince Cable")


def test_a_name_of_a_party_in_commas_is_its_member(tmp_path):
    kg = _article(tmp_path, "date 2005-03-16\nNews\n\nSimon Price, of Plaid Cymru, said the "
                  "budget would help only the rich. Ann Hale, of the Labour Party's ruling body, "
                  "spoke.\n")
    assert _holds(kg, "Simon Price") == {("Membership", "Plaid Cymru")}
    assert not _holds(kg, "Ann Hale")


def test_a_seat_before_a_member_title_is_the_holders_seat(tmp_path):
    kg = _article(tmp_path, "date 2016-06-20\nNews\n\nColleagues in the Commons remembered "
                  "late Batley and Spen MP Mrs Cox. Halifax MP Jane Jones wept. Tom Hale, the "
                  "Witney MP, spoke.\n")
    assert _holds(kg, "Cox") == {("Representation", "Batley and Spen")}
    assert _holds(kg, "Jane Jones") == {("Representation", "Halifax")}
    assert _holds(kg, "Tom Hale") == {("Representation", "Witney")}


def test_a_party_before_a_post_in_apposition_makes_a_member_in_that_post(tmp_path):
    kg = _article(tmp_path, "date 2016-06-24\nNews\n\nDavid Cameron, the Conservative prime "
                  "minister, agreed.\n")
    assert _holds(kg, "David Cameron") == {("OfficeHolding", "Prime Minister"),
                                           ("Membership", "Conservative Party")}


def test_a_named_partys_chair_is_that_partys_post(tmp_path):
    kg = _article(tmp_path, "date 2023-01-25\nNews\n\nGreg Hands, the Conservative party chair, "
                  "spoke. Labour party chairman Ann Roe disagreed. It is no fun being chair of "
                  "a party, Tom Hale said.\n")
    assert _holds(kg, "Greg Hands") == {("OfficeHolding", "Chair of the Conservative Party"),
                                        ("Membership", "Conservative Party")}
    assert ("OfficeHolding", "Chair of the Labour Party") in _holds(kg, "Ann Roe")
    offices = _labels(kg, "Office")
    assert not any(label.lower().startswith("being") for label in offices)


def test_a_digest_line_names_the_headlines_party_chair(tmp_path):
    kg = _article(tmp_path, "date 2023-01-25\nUK politics headlines\n\nCalls for Ann Roe to go "
                  "over tax affairs\nThe Tory Party chair faces fresh questions about her tax.\n")
    assert ("OfficeHolding", "Chair of the Conservative Party") in _holds(kg, "Ann Roe")


def test_a_place_the_model_calls_an_organisation_is_no_entity(tmp_path):
    kg = _article(tmp_path, "date 2016-06-24\nNews\n\nThe minister visited Hackney and Islington "
                  "on Friday. Voters in Norfolk backed Leave, as did Dorset. The Electoral "
                  "Commission agreed.\n")
    organisations = _labels(kg, "Organization")
    assert organisations == {"Electoral Commission"}


def test_entering_parliament_is_an_election(tmp_path):
    kg = _article(tmp_path, "date 2004-12-01\nProfile\n\nDavid Blunkett finally entered Parliament "
                  "for Sheffield Brightside in 1987, having unsuccessfully contested a different "
                  "seat in 1974. "
                  "Ann Roe entered the Commons in 2001. Tourists entered Parliament by the "
                  "main gate.\n")
    assert ("Elected", "Sheffield Brightside", "1987", None) in _events(kg, "David Blunkett")
    assert ("Representation", "Sheffield Brightside") in _holds(kg, "David Blunkett")
    assert _what(kg, "Ann Roe") == {("Elected", None)}


def test_a_when_clause_tells_a_fact_under_a_negated_main_clause(tmp_path):
    kg = _article(tmp_path, "date 2016-06-24\nNews\n\nHe will avoid the mistake Gordon Brown made "
                  "in not calling an election when he succeeded Tony Blair as prime minister in "
                  "2007.\n")
    assert ("Appointed", "Prime Minister", "2007-06-27", None) in _events(kg, "Gordon Brown")


def test_a_bodys_name_with_of_or_for_runs_into_its_post(tmp_path):
    kg = _article(tmp_path, "date 2004-06-24\nNews\n\nCommission for Racial Equality chief Tom "
                  "Hale wants shortlists. Ministry of Defence spokesman Ann Roe disagreed.\n")
    assert _holds(kg, "Tom Hale") == {("OfficeHolding", "Commission for Racial Equality chief")}
    assert _holds(kg, "Ann Roe") == {("OfficeHolding", "Ministry of Defence spokesman")}


def test_messrs_names_the_people_already_named(tmp_path):
    kg = _article(tmp_path, "date 2016-06-24\nNews\n\nDavid Cameron and George Osborne met "
                  "donors. Later, Messrs Cameron and Osborne insisted the economy was strong.\n")
    people = _labels(kg, "Person")
    assert people == {"David Cameron", "George Osborne"}


def test_a_bare_mayor_is_no_post_and_a_london_mayor_is(tmp_path):
    kg = _article(tmp_path, "date 2016-06-24\nNews\n\nA petition calls on Mayor Ann Roe to act. "
                  "London Mayor Tom Hale agreed.\n")
    assert not _holds(kg, "Ann Roe")
    assert _holds(kg, "Tom Hale") == {("OfficeHolding", "Mayor of London")}


def test_unions_platforms_and_american_parties_are_named(tmp_path):
    kg = _article(tmp_path, "date 2016-06-24\nNews\n\nDonald Trump, the Republican nominee, "
                  "praised the vote on Twitter. Unison and the GMB disagreed, and the European "
                  "Council met.\n")
    named = {(str(kind).rsplit("#", 1)[-1], str(label)) for kind, label in kg.query(
        "SELECT ?k ?l WHERE { ?o a ?k ; rdfs:label ?l . "
        "FILTER(?k IN (pol:Party, pol:Organization)) }").rows}
    assert {("Party", "Republican Party"), ("Organization", "Twitter"),
            ("Organization", "Unison"), ("Organization", "GMB"),
            ("Organization", "European Council")} <= named


def test_the_body_named_inside_a_post_is_named_too(tmp_path):
    kg = _article(tmp_path, "date 2004-05-05\nNews\n\nThe BBC chairman Michael Grade spoke "
                  "to staff. Metropolitan Police Commissioner Sir John Stevens agreed.\n")
    assert _holds(kg, "Michael Grade") == {("OfficeHolding", "BBC chairman")}
    assert _holds(kg, "John Stevens") == {("OfficeHolding", "Metropolitan Police Commissioner")}
    organisations = _labels(kg, "Organization")
    assert organisations == {"BBC", "Metropolitan Police"}


def test_names_cut_from_a_place_before_them_or_a_peerage_after_them(tmp_path):
    kg = _article(tmp_path, "date 2023-11-20\nNews\n\nGordon Brown flew to Kenya. After "
                  "the aid deal with Kenya Mr Brown said more would follow. Arriving as David "
                  "William Donald Cameron, he became Lord Cameron of Chipping Norton. Baroness "
                  "Thatcher of Kesteven was remembered. The cabinet secretary Simon Case "
                  "agreed. Ken Clarke was minister without portfolio.\n")
    people = _labels(kg, "Person")  # (a peer the article names no other way keeps her
    # title's place: no table's holder of the surname)
    assert people == {"Gordon Brown", "David Cameron", "Thatcher of Kesteven", "Simon Case",
                      "Ken Clarke"}
    assert not kg.query("SELECT ?o WHERE { ?o a pol:Organization }").rows
    assert _holds(kg, "Simon Case") == {("OfficeHolding", "Cabinet Secretary")}
    assert _holds(kg, "Ken Clarke") == {("OfficeHolding", "Minister without Portfolio")}


def test_a_lone_surname_is_the_one_known_holder_of_its_time(tmp_path):
    def people(text: str) -> set[str]:
        return _labels(_article(tmp_path, text), "Person")

    # Sunak and Drakeford are the only holders of their surnames in the table of known
    # holders; "Foster carers" names carers, not Arlene Foster
    assert people("date 2022-07-19\nNews\n\nSunak said the race was open. Drakeford "
                  "agreed. Foster carers will be paid more.\n") == {
        "Rishi Sunak", "Mark Drakeford"}
    # Johnson is two holders' name (Boris and Alan): the one in a post near the report's day,
    # while the other was out of the table's posts for years around it; else neither
    assert people("date 2022-11-30\nNews\n\nJohnson said he would speak.\n") == {
        "Boris Johnson"}
    assert people("date 2005-03-01\nNews\n\nJohnson said he would speak.\n") == set()
    # the model may call a lone surname an organisation ("after Cameron quits")
    assert "David Cameron" in people("date 2016-06-24\nHow the Tories will pick a new PM "
                                     "after Cameron quits\n")
    # a report of 1950 is not of Sunak's time
    assert people("date 1950-02-23\nNews\n\nMr Sunak said the race was open.\n") == {"Sunak"}


def test_an_apposition_naming_anothers_post_gives_no_tenure(tmp_path):
    kg = _article(tmp_path, "date 2016-06-24\nNews\n\nPiers Corbyn, the Labour leader's "
                  "brother, spoke. Carrie Johnson, the prime minister's wife, agreed. Jane Roe, "
                  "the Labour leader, left.\n")
    assert not _holds(kg, "Piers Corbyn") and not _holds(kg, "Carrie Johnson")
    assert _holds(kg, "Jane Roe") == {("Leadership", "Labour Party")}


def test_appointed_again_to_the_post_just_named(tmp_path):
    kg = _article(tmp_path, "date 2022-10-31\nNews\n\nSuella Braverman, the home secretary, "
                  "was only reappointed to the position by Rishi Sunak 11 days ago. Jane Roe "
                  "applied for the job.\n")
    assert _events(kg, "Suella Braverman") == {("Appointed", "Home Secretary", "2022-10-20",
                                                None)}
    assert not _events(kg, "Jane Roe")


def test_a_digest_summary_calls_its_headlines_person_by_a_title(tmp_path):
    kg = _article(tmp_path, "date 2023-09-26\nPolitics headlines, 2023-09-26\n\n"
                  "Threats over new speed limits, says Drakeford\n"
                  "First minister tells of abuse over the new 20mph limit.\n\n"
                  "Man guilty of harassing Matt Hancock\n"
                  "He pushed and shouted at the former health secretary in the street.\n\n"
                  "Menopause: Liz Kendall wants free prescriptions\n"
                  "A Labour MP tells of what she went through.\n\n"
                  "Nadhim Zahawi faces questions on tax\n"
                  "The PM's ethics adviser will look at the case.\n\n"
                  "Chris Mason: Tories gather in Manchester\n"
                  "The prime minister will speak on Wednesday.\n")
    assert _holds(kg, "Mark Drakeford") == {("OfficeHolding", "First Minister of Wales")}
    assert _holds(kg, "Matt Hancock") == {("OfficeHolding", "Health Secretary")}
    assert _holds(kg, "Liz Kendall") == {("Membership", "Labour Party")}
    assert not _holds(kg, "Nadhim Zahawi") and not _holds(kg, "Chris Mason")


def test_an_office_of_the_country_is_its_office(tmp_path):
    kg = _article(tmp_path, "date 2021-08-20\nNews\n\nThe UK foreign secretary, Dominic Raab, "
                  "spoke. The British home secretary, Priti Patel, agreed.\n")
    assert _holds(kg, "Dominic Raab") == {("OfficeHolding", "Foreign Secretary")}
    assert _holds(kg, "Priti Patel") == {("OfficeHolding", "Home Secretary")}


def test_a_title_in_a_list_of_names_is_the_next_names(tmp_path):
    # Major led the Conservatives and the country while the table of holders lists every Lib
    # Dem leader, so "the Lib Dem leader" beside him is Farron's; Foot led Labour
    # before the table's list of its leaders begins, so his leadership stands
    kg = _article(tmp_path, "date 2016-06-22\nNews\n\nCameron stood alongside Gordon Brown "
                  "and Sir John Major, the Lib Dem leader, Tim Farron, and others. "
                  "Michael Foot, the former Labour leader, was remembered. Those targeted include "
                  "Oliver Letwin and Theresa May, Lib Dem elections chief Lord Rennard said.\n")
    assert ("Leadership", "Liberal Democrats") not in _holds(kg, "John Major")
    assert ("Leadership", "Liberal Democrats") in _holds(kg, "Tim Farron")
    assert _holds(kg, "Michael Foot") == {("Leadership", "Labour Party")}
    assert not _holds(kg, "Theresa May")


def test_posts_held_before_plans_and_pressure_give_no_event(tmp_path):
    kg = _article(tmp_path, "date 2020-08-22\nNews\n\nHe named former MI5 boss Jonathan Evans "
                  "as his adviser. David Cameron will become the youngest ex-prime minister since "
                  "1894. Pressure grew on Boris Johnson to sack Gavin Williamson. Rishi Sunak is "
                  "clearly going to stand to be PM, a supporter says. Ed Davey gave his first "
                  "conference speech since he became party leader more than three years ago.\n"
                  "We were wrong to appoint him - PM\n")
    for name in ("Jonathan Evans", "David Cameron", "Boris Johnson", "Gavin Williamson",
                 "Rishi Sunak"):
        assert not _events(kg, name), name
    assert {(t, date) for t, _, date, _ in _events(kg, "Ed Davey")} == {("BecameLeader", None)}
    offices = _labels(kg, "Office")
    assert "Him - PM" not in offices and "Prime Minister" in offices


def test_treasury_posts_a_style_suffix_and_venues(tmp_path):
    kg = _article(tmp_path, "date 2022-09-28\nNews\n\nHe wants a George Bush-style tax cut, "
                  "said Financial Secretary Andrew Griffith at Wembley Arena. Michael Gove, the "
                  "Chancellor of the Duchy of Lancaster, agreed.\n")
    people = _labels(kg, "Person")
    assert people == {"George Bush", "Andrew Griffith", "Michael Gove"}
    assert _holds(kg, "Andrew Griffith") == {
        ("OfficeHolding", "Financial Secretary to the Treasury")}
    assert _holds(kg, "Michael Gove") == {
        ("OfficeHolding", "Chancellor of the Duchy of Lancaster")}


def test_a_spokesman_no_one_named_holds_is_no_post(tmp_path):
    kg = _article(tmp_path, "date 2005-01-15\nNews\n\nA Labour spokesman said no. UKIP "
                  "spokesman Mark Croucher said yes.\n")
    offices = _labels(kg, "Office")
    assert offices == {"UKIP spokesman"}


def test_bodies_reports_name_often_are_organisations(tmp_path):
    kg = _article(tmp_path, "date 2023-05-30\nNews\n\nThe G8 met in Scotland. The shadow "
                  "cabinet met on Monday, HMRC wrote to MPs, and the Covid inquiry asked for "
                  "notebooks. He spoke on BBC One.\n")
    organisations = _labels(kg, "Organization")
    assert {"G8", "Shadow Cabinet", "HM Revenue and Customs", "Covid inquiry",
            "BBC One"} <= organisations


def test_a_promotion_to_a_post_is_an_appointment(tmp_path):
    kg = _article(tmp_path, "date 2004-12-15\nNews\n\nDavid Miliband's swift ascent goes on "
                  "with his promotion to Cabinet Office minister. Calls for the promotion of women "
                  "to the cabinet grew.\n")
    assert _what(kg, "David Miliband") == {("Appointed", "Cabinet Office minister")}


def test_roles_posts_and_letters_around_names(tmp_path):
    kg = _article(tmp_path, "date 2016-06-16\nNews\n\nLawyer Louise Christian said so, and "
                  "High Commissioner spoke. Guy Mansfield QC said no. Baroness Kinnock was "
                  "shocked. Jo Cox had a career at Oxfam before her election in May 2015. They "
                  "lived in her Batley and Spen constituency.\n")
    people = _labels(kg, "Person")
    assert people == {"Louise Christian", "Guy Mansfield", "Kinnock", "Jo Cox"}
    assert _holds(kg, "Jo Cox") == {("Representation", "Batley and Spen")}
    assert ("Elected", "Batley and Spen", "2015-05", None) in _events(kg, "Jo Cox")


def test_a_womans_title_is_not_the_man_of_that_surname_another_article_named(tmp_path):
    (tmp_path / "leader.txt").write_text(
        "date 2004-09-20\nConference\n\nCharles Kennedy, the Liberal Democrat leader, spoke "
        "in Bournemouth. Mr Kennedy said his party was ready.\n")
    (tmp_path / "peer.txt").write_text(
        "date 2004-09-21\nJustice\n\nBaroness Kennedy said the bill was unjust. She "
        "spoke in the Lords.\n")
    together = KnowledgeGraph(":memory:")  # one load: the article before names him
    assert not together.load([tmp_path / "leader.txt", tmp_path / "peer.txt"]).failed
    assert _labels(together, "Person") == {"Charles Kennedy", "Kennedy"}
    apart = KnowledgeGraph(":memory:")  # two loads: the store knows him, as "Kennedy" too
    assert not apart.load([tmp_path / "leader.txt"]).failed
    assert not apart.load([tmp_path / "peer.txt"]).failed
    assert _labels(apart, "Person") == {"Charles Kennedy", "Kennedy"}


def test_a_posts_body_keeps_its_whole_name(tmp_path):
    kg = _article(tmp_path, "date 2016-06-23\nNews\n\nStuart Rose, chairman of Britain "
                  "Stronger in Europe, spoke. Jo Cox, chairwoman of the Labour Women's Network, "
                  "agreed. Andrew Cuomo, the New York governor, did not.\n")
    assert _holds(kg, "Stuart Rose") == {
        ("OfficeHolding", "Chairman of Britain Stronger in Europe")}
    assert ("OfficeHolding", "Chairwoman of the Labour Women's Network") in _holds(kg, "Jo Cox")
    assert _holds(kg, "Andrew Cuomo") == {("OfficeHolding", "New York governor")}


def test_a_stance_before_a_post_and_a_post_in_part_of_a_body_are_not_titles(tmp_path):
    """'pro-Remain Energy Minister X': the stance is no word of the post, however the model
    labels it; 'X, head of the Electoral Commission's fraud unit': a post of the body's unit,
    which no title read up to the possessive names, so none."""
    kg = _article(tmp_path, "date 2016-06-19\nNews\n\nThe sharpest jibe came from pro-Remain "
                  "Energy Minister Amber Rudd. Ann Roe, head of the Electoral Commission's "
                  "fraud unit, wanted tougher checks.\n")
    assert _holds(kg, "Amber Rudd") == {("OfficeHolding", "Energy Minister")}
    assert not _holds(kg, "Ann Roe")


def test_the_post_named_alone_is_not_a_possessors(tmp_path):
    kg = _article(tmp_path, "date 2023-01-10\nNews\n\nRishi Sunak's plan was praised by Steve "
                  "Barclay. The health secretary said it would work.\n")
    assert _holds(kg, "Steve Barclay") == {("OfficeHolding", "Health Secretary")}
    assert not _holds(kg, "Rishi Sunak")


def test_a_role_said_of_no_one_and_a_reporters_beat_are_no_posts(tmp_path):
    kg = _article(tmp_path, "date 2005-03-10\nNews\n\nTony Blair spoke in Bristol. Under the "
                  "plan no one born to immigrant parents could ever be prime minister, Michael "
                  "Howard said. BBC correspondent Stephen Cape said the unions were a formidable "
                  "force. Ann Roe, director of the Scottish Local Authority Management Centre "
                  "in Glasgow, agreed.\n")
    assert not _holds(kg, "Tony Blair") and not _holds(kg, "Stephen Cape")
    assert _holds(kg, "Ann Roe") == {
        ("OfficeHolding", "Director of the Scottish Local Authority Management Centre")}


def test_a_question_and_a_ranking_that_is_no_poll_give_no_event(tmp_path):
    kg = _article(tmp_path, "date 2016-06-23\nNews\n\nBoris Johnson asked: \"Who elected "
                  "Jean-Claude Juncker to boss Europe around like this?\" In the ranking of jibes, "
                  "Tim Farron came a close second. Jane Roe came second in the Hartlepool "
                  "by-election. Tom Hale, who was elected in 2019, spoke.\n")
    assert not _events(kg, "Jean-Claude Juncker") and not _events(kg, "Tim Farron")
    assert _what(kg, "Jane Roe") == {("Defeated", "Hartlepool")}
    assert {kind for kind, _ in _what(kg, "Tom Hale")} == {"Elected"}  # a relative clause


def test_naming_a_retirement_date_calls_no_election(tmp_path):
    kg = _article(tmp_path, "date 2005-03-01\nNews\n\nTony Blair named his own retirement "
                  "date. Gordon Brown named the date of the general election.\n")
    assert not _events(kg, "Tony Blair")
    assert {kind for kind, _ in _what(kg, "Gordon Brown")} == {"ElectionCalled"}


def test_a_devolved_government_in_lower_case_is_named(tmp_path):
    kg = _article(tmp_path, "date 2021-03-02\nNews\n\nThe Scottish government said no, and the "
                  "Welsh government agreed.\n")
    organisations = _labels(kg, "Organization")
    assert organisations == {"Scottish Government", "Welsh Government"}


def test_leaving_ones_office_is_leaving_a_room(tmp_path):
    kg = _article(tmp_path, "date 2016-06-24\nNews\n\nAndy Burnham spoke. He leaves his office "
                  "and heads across the corridor to the hall. Tony Blair left office in 2007.\n")
    assert not _events(kg, "Andy Burnham")
    assert _what(kg, "Tony Blair") == {("Resigned", None)}


def test_a_leader_whose_party_follows_the_noun(tmp_path):
    """The party as a phrase of 'leader' (of, possessive) and the person joined to it by an
    apposition on either side or by 'be'; a deputy, a group's leader or a leader to come leads
    nothing."""
    kg = _article(tmp_path, "date 2017-01-10\nNews\n\nThe deal was designed to calm Arlene "
                  "Foster, leader of the Democratic Unionist party, over the Irish border. The "
                  "leader of the Scottish National Party, Nicola Sturgeon, disagreed. "
                  "Plaid Cymru's leader, Leanne Wood, stayed silent. Tim Farron, who is the "
                  "leader of the Liberal Democrats, spoke later. Paul Nuttall is the Ukip leader. "
                  "Tom Watson, deputy leader of the Labour Party, was away. Sam Poe, the leader "
                  "of the Labour group on Leeds council, was not. Jo Moe could be the next "
                  "leader of the Labour Party.\n")
    assert ("Leadership", "Democratic Unionist Party") in _holds(kg, "Arlene Foster")
    assert ("Leadership", "Scottish National Party") in _holds(kg, "Nicola Sturgeon")
    assert ("Leadership", "Plaid Cymru") in _holds(kg, "Leanne Wood")
    assert ("Leadership", "Liberal Democrats") in _holds(kg, "Tim Farron")
    assert ("Leadership", "UK Independence Party") in _holds(kg, "Paul Nuttall")
    for name in ("Tom Watson", "Sam Poe", "Jo Moe"):
        assert not any(kind == "Leadership" for kind, _ in _holds(kg, name)), name


def test_two_given_names_share_one_surname_and_he_is_the_man(tmp_path):
    """'Boris and Carrie Johnson': two people, and 'he' is the one known to be a man, not the
    nearer name whose gender the article does not give."""
    kg = _article(tmp_path, "date 2021-12-09\nNews\n\nBoris and Carrie Johnson have welcomed "
                  "a baby girl, the second child born to them since he became prime minister. "
                  "Cameron and Nick Clegg sent their congratulations.\n")
    people = {str(n) for n, in kg.query("SELECT ?n WHERE { ?p a pol:Person ; rdfs:label ?n }").rows}
    assert {"Boris Johnson", "Carrie Johnson", "Nick Clegg"} <= people
    assert "Cameron Clegg" not in people
    assert _what(kg, "Boris Johnson") == {("Appointed", "Prime Minister")}
    assert _what(kg, "Carrie Johnson") == set()


def test_the_offices_of_the_law_and_the_nations_first_ministers_by_their_own_names(tmp_path):
    kg = _article(tmp_path, "date 2006-01-10\nNews\n\nThe Lord Chancellor, Lord Falconer, paid "
                  "tribute. The Lord Chief Justice, Lord Woolf, agreed. Sir John Bourn, the "
                  "auditor general, was not asked. Welsh first minister Rhodri Morgan was.\n")
    assert _holds(kg, "Falconer") == {("OfficeHolding", "Lord Chancellor")}
    assert _holds(kg, "Woolf") == {("OfficeHolding", "Lord Chief Justice")}
    assert _holds(kg, "John Bourn") == {("OfficeHolding", "Comptroller and Auditor General")}
    assert _holds(kg, "Rhodri Morgan") == {("OfficeHolding", "First Minister of Wales")}


def test_a_lords_surname_is_not_his_wifes_full_name_and_particles_stay_in_a_name(tmp_path):
    kg = _article(tmp_path, "date 2023-12-03\nNews\n\nFormer Labour leader Neil Kinnock led "
                  "the tributes. Baroness Glenys Kinnock, the wife of ex-Labour leader Lord "
                  "Kinnock, has died at 79. The Belgian ambassador to the EU, Willem van de "
                  "Voorde, sent his condolences.\n")
    assert _holds(kg, "Neil Kinnock") == {("Leadership", "Labour Party")}
    assert _holds(kg, "Glenys Kinnock") == set()
    people = {str(n) for n, in kg.query("SELECT ?n WHERE { ?p a pol:Person ; rdfs:label ?n }").rows}
    assert "Willem van de Voorde" in people


def test_the_shadow_chancellor_by_the_name_reports_use(tmp_path):
    kg = _article(tmp_path, "date 2017-10-08\nNews\n\nShadow chancellor John McDonnell attacked "
                  "the Chancellor, Philip Hammond. Emily Thornberry, the shadow foreign "
                  "secretary, agreed.\n")
    assert _holds(kg, "John McDonnell") == {("OfficeHolding", "Shadow Chancellor")}
    assert _holds(kg, "Philip Hammond") == {("OfficeHolding", "Chancellor of the Exchequer")}
    assert _holds(kg, "Emily Thornberry") == {("OfficeHolding", "Shadow Foreign Secretary")}


def test_a_bodys_post_ends_before_the_members_who_sit_on_it(tmp_path):
    kg = _article(tmp_path, "date 2016-06-16\nNews\n\nGraham Brady, chairman of the 1922 "
                  "Committee of Tory MPs, urged calm. Michael Gove, the Chancellor of the Duchy "
                  "of Lancaster, did not.\n")
    assert ("OfficeHolding", "Chairman of the 1922 Committee") in _holds(kg, "Graham Brady")
    assert _holds(kg, "Michael Gove") == {("OfficeHolding", "Chancellor of the Duchy of Lancaster")}


def test_laws_taxes_indices_and_peoples_are_no_organisations_or_people(tmp_path):
    kg = _article(tmp_path, "date 2016-06-16\nNews\n\nThe Children Bill passed and the European "
                  "Communities Act was debated. VAT rose, the FTSE fell and the Welsh voted. "
                  "Ann Hill of the Electoral Commission spoke.\n")
    named = {str(n) for n, in kg.query(
        "SELECT ?n WHERE { ?e a ?c ; rdfs:label ?n FILTER (?c IN (pol:Person, pol:Organization)) }"
    ).rows}
    assert {"Ann Hill", "Electoral Commission"} <= named
    assert not named & {"Children Bill", "European Communities Act", "VAT", "FTSE", "Welsh"}


def test_a_councillors_title_a_bracketed_acronym_and_an_adjective_of_the_portfolio(tmp_path):
    kg = _article(tmp_path, "date 2020-08-02\nNews\n\nTory councillor Ann Roe was suspended. "
                  "Councillor Ann Roe apologised. Jess Phillips, the shadow domestic violence "
                  "minister, welcomed it. The Scientific Advisory Group for Emergencies (Sage) "
                  "met. The new health minister said nothing.\n")
    named = {(str(c).rsplit("#", 1)[-1], str(n)) for c, n in kg.query(
        "SELECT ?c ?n WHERE { ?e a ?c ; rdfs:label ?n }").rows}
    assert ("Person", "Ann Roe") in named and ("Person", "Councillor Ann Roe") not in named
    assert ("Organization", "Scientific Advisory Group for Emergencies") in named
    assert _holds(kg, "Jess Phillips") == {("OfficeHolding", "Shadow domestic violence minister")}
    assert ("Office", "Health minister") in named


def test_idioms_of_losing_and_beating_are_no_defeats(tmp_path):
    kg = _article(tmp_path, "date 2016-06-22\nNews\n\nDavid Cameron said Michael Gove had lost "
                  "it during the referendum campaign. In 2003 Baha Mousa was beaten to death in "
                  "custody. Michael Portillo lost his seat at the 1997 election.\n")
    assert _what(kg, "Michael Gove") == set()
    assert _what(kg, "Baha Mousa") == set()
    assert ("Defeated", None) in _what(kg, "Michael Portillo")


def test_the_leader_of_the_opposition_is_the_one_named_who_held_it_then(tmp_path):
    kg = _article(tmp_path, "date 2004-03-10\nNews\n\nMichael Howard stood up. Tony Blair "
                  "defended the war. The leader of the opposition then attacked him.\n")
    assert _holds(kg, "Michael Howard") == {("OfficeHolding", "Leader of the Opposition")}
    assert not any(what == "Leader of the Opposition" for _, what in _holds(kg, "Tony Blair"))


def test_a_partys_own_plural_and_of_the_party_after_a_name_make_members(tmp_path):
    kg = _article(tmp_path, "date 2018-09-22\nNews\n\nMany Tories, such as Justine Greening and "
                  "Nick Boles, want another vote. Tory defector Robert Jackson agreed. Ian "
                  "Blackford of the SNP said it was too late. Ann Roe of the Labour Party's "
                  "national executive disagreed.\n")
    for name, party in (("Justine Greening", "Conservative Party"), ("Nick Boles",
                        "Conservative Party"), ("Robert Jackson", "Conservative Party"),
                        ("Ian Blackford", "Scottish National Party")):
        assert ("Membership", party) in _holds(kg, name), name
    assert ("Membership", "Labour Party") not in _holds(kg, "Ann Roe")


def test_a_bare_election_in_a_year_without_a_general_election_is_the_poll_named_that_year(tmp_path):
    kg = _article(tmp_path, "date 2022-05-06\nNews\n\nElection 2022: what happened in my area? "
                  "Local elections 2022: Tory council leaders blame the prime minister.\n")
    labels = {str(n) for n, in kg.query("SELECT ?n WHERE { ?e a pol:Election ; rdfs:label ?n }"
                                        ).rows}
    assert labels == {"2022 local election"}
    assert _held(kg) == {("2022 local election", "2022-05-05")}


def test_appointing_a_person_a_post_with_the_name_folded_into_the_post(tmp_path):
    kg = _article(tmp_path, "date 2022-09-07\nNews\n\nLiz Truss named Kwasi Kwarteng chancellor. "
                  "She made Suella Braverman home secretary.\n")
    assert _what(kg, "Kwasi Kwarteng") == {("Appointed", "Chancellor of the Exchequer")}
    assert _what(kg, "Suella Braverman") == {("Appointed", "Home Secretary")}
    assert _what(kg, "Liz Truss") == set()


def test_a_two_word_name_the_model_calls_an_organisation_is_a_person_by_its_first_name(tmp_path):
    """The small model tags "Dominic Cummings" an ORG; a known person's first name makes it a
    person (the cost: a firm named after one, "John Lewis", is taken for a person too)."""
    kg = _article(tmp_path, "date 2020-05-26\nNews\n\nDowning Street had hoped that Dominic "
                  "Cummings' TV appearance would calm the row, but it has not.\n")
    named = {(str(c).rsplit("#", 1)[-1], str(n)) for c, n in kg.query(
        "SELECT ?c ?n WHERE { ?e a ?c ; rdfs:label ?n }").rows}
    assert ("Person", "Dominic Cummings") in named
    assert ("Organization", "Dominic Cummings") not in named


def test_a_title_called_new_before_its_holder_is_a_recent_appointment(tmp_path):
    """'New Home Secretary X', 'the new Tory leader, X': the post was just given (on the day
    the table of holders gives, else in the report's month); a name's own 'New' and a 'new
    prime minister' named for no one are not."""
    kg = _article(tmp_path, "date 2022-10-28\nNews\n\nNew Chancellor Jeremy Hunt met bankers. "
                  "The new Tory leader, Rishi Sunak, chose his cabinet. Boris Johnson said a "
                  "new prime minister would bring calm. New Zealand prime minister Jacinda "
                  "Ardern sent her good wishes.\n")
    assert _events(kg, "Jeremy Hunt") == {
        ("Appointed", "Chancellor of the Exchequer", "2022-10-14", None)}
    assert _events(kg, "Rishi Sunak") == {
        ("BecameLeader", "Conservative Party", "2022-10-24", None)}
    assert _what(kg, "Boris Johnson") == set()
    assert _what(kg, "Jacinda Ardern") == set()


def test_voted_in_as_a_post_is_elected_and_next_weekday_said_that_day_is_a_week_on(tmp_path):
    kg = _article(tmp_path, "date 2016-06-16\nNews\n\nCarwyn Jones was voted in as first "
                  "minister of Wales by the assembly in 2011. Markets were calm before next "
                  "Thursday's referendum. The mayor voted in the morning.\n")
    assert _what(kg, "Carwyn Jones") == {("Elected", "First Minister of Wales")}
    assert _held(kg) == {("2016 referendum", "2016-06-23")}


def test_a_predecessors_going_takes_the_post_the_successor_took(tmp_path):
    """'She replaces X, who announced that she was standing down': X (the teller of her own
    going) left the post her successor was appointed to; 'on Y's first day as home
    secretary following Z's resignation': Y took the post and Z left it."""
    kg = _article(tmp_path, "date 2020-05-26\nAnn Poe appointed Labour general secretary\n\n"
                  "Ann Poe was appointed general secretary of the Labour Party on Tuesday. She "
                  "replaces Jo Roe, who announced in April that she was standing down. The "
                  "ruling came on Tim Hale's first day as home secretary following Bob Dole's "
                  "resignation. The judges' verdict came on Kim Koe's first full day as "
                  "home secretary last Thursday following Sam Loe's resignation.\n")
    post = "General secretary of the Labour Party"
    assert _what(kg, "Jo Roe") == {("Resigned", post)}
    assert _what(kg, "Ann Poe") == {("Appointed", post)}
    assert _what(kg, "Tim Hale") == {("Appointed", "Home Secretary")}
    assert _what(kg, "Bob Dole") == {("Resigned", "Home Secretary")}
    # (there the parser hangs "following" on "came")
    assert _what(kg, "Sam Loe") == {("Resigned", "Home Secretary")}


def test_a_second_referendum_to_come_is_not_the_one_just_held(tmp_path):
    """'a second Scottish independence referendum' looks ahead, however many words stand
    between 'second' and 'referendum': it is no mention of the poll the report is about."""
    kg = _article(tmp_path, "date 2016-06-24\nNews\n\nDavid Cameron called the referendum. "
                  "Within hours the SNP raised the prospect of a second Scottish independence "
                  "referendum.\n")
    assert _held(kg) == {("2016 EU referendum", "2016-06-23")}


def test_a_byelection_spelt_as_one_word_and_seats_named_with_of_and_upon(tmp_path):
    """The Guardian writes "byelection"; the 2019 results file writes "City Of Chester", the
    papers "City of Chester" and "Newcastle upon Tyne"."""
    kg = _article(tmp_path, "date 2022-12-02\nLabour hold City of Chester\n\nSamantha Dixon "
                  "held the City of Chester for Labour in Thursday's byelection, defeating the "
                  "Conservative candidate. Chi Onwurah sits for Newcastle upon Tyne Central.\n")
    assert _held(kg) == {("2022 City of Chester by-election", "2022-12-01")}
    assert _what(kg, "Samantha Dixon") == {("Elected", "City of Chester")}
    seats = {str(n) for n, in kg.query(
        "SELECT ?n WHERE { ?c a pol:Constituency ; rdfs:label ?n }").rows}
    assert seats == {"City of Chester", "Newcastle upon Tyne Central"}


def test_a_headline_drops_the_is_of_a_passive(tmp_path):
    """'Labour MP Ann Roe suspended over complaint' is a headline's 'is suspended'; 'Tim Hale
    returned to the campaign trail' has no object because the verb needs none."""
    kg = _article(tmp_path, "date 2023-06-09\nLabour MP Ann Roe suspended over complaint\n\nA "
                  "complaint was made to the party.\n\nTim Hale returned to the campaign trail "
                  "today as he urged voters to turn out on Thursday\n\nHe spoke in Ipswich.\n")
    assert _what(kg, "Ann Roe") == {("Suspended", "Labour Party")}
    assert _what(kg, "Tim Hale") == set()


def test_a_deed_named_as_the_time_of_a_hope_is_presupposed(tmp_path):
    """'expected to hold the seat after the resignation of Ann Roe': the resignation happened,
    whatever is expected of the seat, before the report (no news of its day); 'may win after
    a resignation' names no one's."""
    kg = _article(tmp_path, "date 2022-12-01\nLabour expected to hold seat after resignation "
                  "of Ann Roe\n\nLabour may win after a resignation. Tom Hale hopes the party "
                  "wins.\n")
    assert _when(kg, "Ann Roe") == {("Resigned", None)}
    assert not _events(kg, "Tom Hale")


def test_a_headlines_poll_without_the_is_the_poll_just_held(tmp_path):
    """'throughout historic referendum' in a headline drops its 'the': the referendum of the
    day before; 'a second referendum' in the body names none."""
    kg = _article(tmp_path, "date 2016-06-24\nVoters blast Ann Roe for absence throughout "
                  "historic referendum\n\nVoters were angry.\n")
    assert _held(kg) == {("2016 EU referendum", "2016-06-23")}
    kg = _article(tmp_path, "date 2016-06-24\nNews\n\nVoters asked Ann Roe for a second "
                  "referendum.\n")
    assert not _held(kg)


def test_swept_to_power_is_elected(tmp_path):
    """'was swept into power in 1979', 'stormed to victory', 'voted Ann Roe into power': each
    carried by a poll; 'stormed out of the room' and 'a victory for common sense' are not."""
    kg = _article(tmp_path, "date 2004-11-01\nNews\n\nTom Hale was swept into power in 1979. "
                  "Ann Roe stormed to victory in the 2001 general election. Voters helped vote "
                  "Jo Poe into power in 1997. Kim Doe stormed out of the room. Bob Dole called "
                  "it a victory for common sense. Within a week Tim Voe was swept from power.\n")
    assert _events(kg, "Tom Hale") == {("Elected", None, "1979", None)}
    assert {t for t, *_ in _events(kg, "Ann Roe")} == {"Elected"}
    assert {t for t, *_ in _events(kg, "Jo Poe")} == {"Elected"}
    assert not _events(kg, "Kim Doe") and not _events(kg, "Bob Dole")
    assert not _events(kg, "Tim Voe")


def test_leaving_government_is_a_resignation_only_as_the_verbs_object(tmp_path):
    kg = _article(tmp_path, "date 2016-06-23\nNews\n\nTom Hale quit the government over the "
                  "war. Bob Dole left office in 2010. Ann Roe left a meeting with the "
                  "government. Jo Poe left the Cabinet Office building. Tim Voe leaves his "
                  "office and walks home.\n")
    assert _what(kg, "Tom Hale") == {("Resigned", None)}
    assert _events(kg, "Bob Dole") == {("Resigned", None, "2010", None)}
    assert not _events(kg, "Ann Roe") and not _events(kg, "Jo Poe")
    assert not _events(kg, "Tim Voe")


def test_a_description_under_a_headline_is_the_person_it_names(tmp_path):
    """A digest's summary line 'The senior civil servant quit government' under the headline
    'Ann Roe could begin a Labour role' is Ann Roe's; 'The minister, who was the first to
    enter the race' under 'Jo Poe rejects claims of a pact with Tom Hale camp' is Jo Poe's (the
    headline's subject); a description with no headline above it names no one."""
    kg = _article(tmp_path, "date 2023-06-06\nUK politics headlines, 2023-06-06\n\n"
                  "Ann Roe could begin a Labour role later this year\nThe senior civil servant "
                  "quit government when she was offered the role of Kim Doe's top aide.\n\n"
                  "Jo Poe rejects claims of a pact with Tom Hale camp\nThe minister, who was the "
                  "first to enter the race, insists she is running to win.\n")
    assert _what(kg, "Ann Roe") == {("Resigned", None)}
    assert {t for t, *_ in _events(kg, "Jo Poe")} == {"StoodForElection"}
    assert not _events(kg, "Tom Hale") and not _events(kg, "Kim Doe")


def test_the_former_host_is_the_person_just_named(tmp_path):
    """'The former daytime TV host quit the party' after Bob Dole is named: Bob Dole left it;
    'a new biography of the Attorney General Lord Tim Voe' makes no appointment."""
    kg = _article(tmp_path, "date 2005-01-20\nNews\n\nBob Dole spoke to UKIP MEPs. The former "
                  "daytime TV host quit the party a fortnight ago. Downing Street rejected claims "
                  "in a new biography of the Attorney General Lord Tim Voe.\n")
    assert _what(kg, "Bob Dole") == {("Left", "UK Independence Party")}
    assert not _events(kg, "Tim Voe")


def test_a_persons_referendum_is_the_one_they_called(tmp_path):
    """"Tom Hale's EU referendum may leave deep scars": he called it (the possessive says
    so, whatever 'may' hopes), at no time the words give; a country's referendum, or one only
    proposed, was called by no one named."""
    kg = _article(tmp_path, "date 2016-06-22\nWin or lose, Tom Hale's EU referendum may leave "
                  "deep scars\n\nBritain's referendum is historic. Ann Roe's proposed "
                  "referendum on the euro was dropped.\n")
    assert {e[:3] for e in _events(kg, "Tom Hale")} == {
        ("ElectionCalled", "2016 EU referendum", None)}
    assert not _events(kg, "Ann Roe")


def test_a_successor_as_leader_of_a_named_party_leads_it(tmp_path):
    kg = _article(tmp_path, "date 2020-02-14\nNews\n\nTom Hale succeeded Ann Roe as leader of "
                  "the Scottish Conservatives. Jo Poe left as leader of the Labour Party.\n")
    assert _what(kg, "Tom Hale") == {("BecameLeader", "Scottish Conservative Party")}
    assert ("Left", "Labour Party") not in _what(kg, "Jo Poe")


def test_sworn_in_and_elected_as_a_description(tmp_path):
    """'Tom Hale was sworn in on Thursday' takes the post the article gives him; 'Ann Roe,
    elected last September, spoke' was elected then (the participle describes her); 'Jo Poe
    swore in front of the court', 'sworn in as the peer Lord Dole' take no post; 'Special
    adviser sacked by Kim Doe' did not sack Kim Doe."""
    kg = _article(tmp_path, "date 2016-06-24\nNews\n\nTom Hale was sworn in at a ceremony on "
                  "Thursday. He is the Welsh health minister. Ann Roe, elected last September, "
                  "spoke. Jo Poe swore in front of the court. Bob Dole, the former prime "
                  "minister, is sworn in as the peer Lord Dole.\n")
    assert _events(kg, "Tom Hale") == {("Appointed", "Welsh health minister", "2016-06-23", None)}
    assert _events(kg, "Ann Roe") == {("Elected", None, "2015-09", None)}
    assert not _events(kg, "Jo Poe") and not _events(kg, "Bob Dole")
    kg = _article(tmp_path, "date 2020-11-13\nSpecial adviser sacked by Kim Doe to receive "
                  "payoff\n\nThe adviser was paid.\n")
    assert not _events(kg, "Kim Doe")


def test_one_of_the_frontrunners_in_the_articles_contest_stands_in_it(tmp_path):
    """'Kate Forbes is one of the contenders', 'Tom Hale, one of the frontrunners,': in an
    article whose one contest is the SNP's leadership race, each stands in it; 'could be one
    of the contenders' is a guess."""
    kg = _article(tmp_path, "date 2023-02-20\nNews\n\nThe SNP leadership contest opens. Ann "
                  "Roe is one of the contenders. Jo Poe could be one of the contenders. Tom Hale, "
                  "one of the frontrunners, spoke.\n")
    assert {t for t, *_ in _events(kg, "Ann Roe")} == {"StoodForElection"}
    assert {t for t, *_ in _events(kg, "Tom Hale")} == {"StoodForElection"}
    assert not _events(kg, "Jo Poe")


def test_a_frontrunner_to_replace_a_leader_stands_and_a_defeat_told_as_a_noun(tmp_path):
    """'emerged as the frontrunner to replace Tim Voe': a contender for that leader's post
    stands (in no seat of the article's by-election); the favourite to replace someone as
    chancellor is a guess at a post. 'Never recovered from his defeat at the 2010 election':
    the defeat happened, whatever the verb around it denies. A referendum lost or won is a
    side's result, no one's seat."""
    kg = _article(tmp_path, "date 2023-02-20\nNews\n\nKim Koe has emerged as the frontrunner "
                  "to replace Tim Voe. Sam Poe emerged as the frontrunner to replace Jo Lee as "
                  "chancellor. Gordon Brown never recovered from his defeat at the 2010 general "
                  "election. Ann Roe lost the referendum on Welsh devolution. Rose Moe spoke of "
                  "her win in the Bath by-election. Jo Hart was rejected as the Tory candidate "
                  "for Bath.\n")
    assert _what(kg, "Kim Koe") == {("StoodForElection", None)}
    assert not _events(kg, "Sam Poe")
    assert _when(kg, "Gordon Brown") == {("Defeated", "2010-05-06")}
    assert not _events(kg, "Ann Roe")
    assert _what(kg, "Rose Moe") == {("Elected", "Bath")}
    assert not _events(kg, "Jo Hart")  # refused as a candidate: no candidacy


def test_a_post_gained_a_defection_told_as_a_noun_and_a_deed_beside_a_name(tmp_path):
    """'gained a frontbench post as X' is an appointment; in 'shrugged off the
    defection of Ann Roe to Labour' the "to" the parser hangs from the verb is the
    defection's; 'Kim Koe, the adviser sacked by ...' was sacked herself. A resignation
    handed to the prime minister is no resignation from that post."""
    kg = _article(tmp_path, "date 2005-03-01\nNews\n\nTom Hale landed a frontbench post as "
                  "shadow health secretary in 1992. Michael "
                  "Howard shrugged off the defection of Ann Roe to Labour. He met Kim Koe, the "
                  "adviser sacked by the prime minister last week. Jo Lee handed her "
                  "resignation to the prime minister.\n")
    assert _when(kg, "Tom Hale") == {("Appointed", "1992")}
    assert _what(kg, "Tom Hale") == {("Appointed", "Shadow Health Secretary")}
    assert _what(kg, "Ann Roe") == {("Joined", "Labour Party")}
    assert _what(kg, "Kim Koe") == {("Dismissed", None)}
    assert _what(kg, "Jo Lee") == {("Resigned", None)}


def test_each_name_a_plural_title_lists_holds_it_and_a_partys_seats_are_no_ones_win(tmp_path):
    """'Three former Labour leaders, A, B and C' led Labour, all three (the parser hangs C
    from B); so do the four of 'Former Tory leaders A, B, C and D' (B and C hung from A as
    appositions). The strongholds a leader won in an election are the party's seats, not
    his own election."""
    kg = _article(tmp_path, "date 2020-01-10\nNews\n\nThree former Labour leaders, Ann Roe, "
                  "Kim Koe and Jo Lee, spoke at the rally. Former Tory leaders Sam Poe, Rose "
                  "Moe, Tim Voe and Jane Doe signed the letter. Jim Loe seeks to hold the "
                  "northern strongholds he won in the December general election.\n")
    for name in ("Ann Roe", "Kim Koe", "Jo Lee"):
        assert ("Leadership", "Labour Party") in _holds(kg, name), name
    for name in ("Sam Poe", "Rose Moe", "Tim Voe", "Jane Doe"):
        assert ("Leadership", "Conservative Party") in _holds(kg, name), name
    assert not _events(kg, "Jim Loe")


def test_a_party_before_former_and_a_job_held_as_a_post(tmp_path):
    """'Ann Roe, the Conservative former chancellor': a member who held the post; 'her job as
    home secretary' is the owner's post; 'her potential role as foreign secretary' is none
    yet; in 'wants to keep him in his job as chief whip' the job is not the subject's."""
    kg = _article(tmp_path, "date 2022-10-23\nNews\n\nCameron met Ann Roe, the Conservative "
                  "former chancellor, in Bristol. Some doubted Kim Koe was committed to her job "
                  "as home secretary. Jo Lee spoke about her potential role as foreign "
                  "secretary. Sam Poe was tipped for a move, but Tim Voe wants to keep him in "
                  "his job as chief whip.\n")
    assert {("OfficeHolding", "Chancellor of the Exchequer"),
            ("Membership", "Conservative Party")} <= _holds(kg, "Ann Roe")
    assert ("OfficeHolding", "Home Secretary") in _holds(kg, "Kim Koe")
    assert not _holds(kg, "Jo Lee")
    assert not _holds(kg, "Tim Voe")


def test_a_losing_candidate_stood_and_lost_and_a_mayoral_hopeful_stands(tmp_path):
    """'the unsuccessful mayoral candidate Ann Roe' stood and was defeated; 'the Tory mayoral
    hopeful' stands in the mayoral contest, as a parliamentary candidate does in a seat's."""
    kg = _article(tmp_path, "date 2023-06-18\nNews\n\nStaff of the unsuccessful London "
                  "mayoral candidate Ann Roe were at the gathering. Sam Poe, the Tory mayoral "
                  "hopeful, spoke.\n")
    assert {t for t, *_ in _events(kg, "Ann Roe")} == {"StoodForElection", "Defeated"}
    assert {t for t, *_ in _events(kg, "Sam Poe")} == {"StoodForElection"}


def test_a_candidacy_told_by_a_title_takes_no_time_of_its_clause(tmp_path):
    """'The Labour candidate Ann Roe spoke on Monday': Monday is when she spoke, not when she
    stood; nor did the former hopeful stand when 'he worked there 10 years ago'. A year in the
    title ('the 2019 Labour candidate'), the day of 'was confirmed as the candidate on
    Monday' and the year of a result the candidate's votes are counted against are the
    candidacy's own."""
    kg = _article(tmp_path, "date 2023-06-30\nNews\n\nThe Labour candidate Ann Roe, who was a "
                  "teacher in 2010, spoke on Monday. Nobody will look into what the former Tory "
                  "mayoral hopeful Jo Lee did when he worked at the Treasury 10 years ago. Sam "
                  "Poe was confirmed as the Green candidate for Bath on Monday. The 2019 Labour "
                  "candidate Kim Koe spoke. In 2005 Tim Voe won Bath with 20,000 votes, against "
                  "15,000 for the Green candidate Rose Moe.\n")
    assert _when(kg, "Ann Roe") == {("StoodForElection", None)}
    assert _when(kg, "Jo Lee") == {("StoodForElection", None)}
    assert _when(kg, "Sam Poe") == {("StoodForElection", "2023-06-26")}
    assert _when(kg, "Kim Koe") == {("StoodForElection", "2019")}
    assert ("StoodForElection", "2005") in _when(kg, "Rose Moe")


def test_a_preposition_of_another_verb_is_not_the_triggers(tmp_path):
    """'quit UKIP following a bid to take over as leader': the 'as' belongs to 'take over', so
    this is leaving the party, not a resignation 'as' something; 'quit as leader' is one."""
    kg = _article(tmp_path, "date 2005-02-03\nNews\n\nTom Hale formed a party after he quit "
                  "UKIP following a failed bid to take over as leader. Ann Roe quit as leader.\n")
    assert _what(kg, "Tom Hale") == {("Left", "UK Independence Party")}
    assert {t for t, _ in _what(kg, "Ann Roe")} == {"Resigned"}


def test_a_headlines_appointee_is_its_subject_when_the_object_is_a_post(tmp_path):
    """'Ann Roe appointed SNP chief executive': no one appoints a post, so Ann Roe is the
    appointee; nor does anyone elect one ('Jo Moe elected Welsh Labour leader'); 'Tim Hale
    appointed Jo Poe as his deputy' keeps its appointer."""
    kg = _article(tmp_path, "date 2023-08-23\nAnn Roe appointed SNP chief executive\n\nShe "
                  "starts next month.\n\nKim Doe appointed leader of Scottish Conservatives\n\n"
                  "The vote was close.\n\nJo Moe elected Welsh Labour leader\n\nThe Cardiff "
                  "member won six in ten votes.\n\nTim Hale appointed Jo Poe as his deputy\n\n"
                  "The party agreed.\n")
    assert _what(kg, "Ann Roe") == {("Appointed", "SNP chief executive")}
    assert _what(kg, "Kim Doe") == {("BecameLeader", "Scottish Conservative Party")}
    assert _what(kg, "Jo Moe") == {("BecameLeader", "Welsh Labour")}
    assert not _what(kg, "Tim Hale")


def test_the_one_made_or_told_to_act_is_the_agent(tmp_path):
    """'The row forced Tom Voe to resign': Tom Voe resigned, not the row; 'Ann Roe told Jo Poe
    to quit' and 'Tim Hale asked Kim Doe to step down as shadow chancellor' are requests of
    Jo Poe and Kim Doe, who did neither yet, and no one's resignation (Kim Doe holds the post
    she is asked to leave, not Tim Hale)."""
    kg = _article(tmp_path, "date 2023-05-11\nNews\n\nThe row forced Tom Voe to resign as home "
                  "secretary. The vote prompted Welsh Labour chair Jim Moe to step down. Ann "
                  "Roe told Jo Poe to quit. Tim Hale asked Kim Doe to step down as shadow "
                  "chancellor.\n")
    assert _what(kg, "Tom Voe") == {("Resigned", "Home Secretary")}
    assert _what(kg, "Jim Moe") == {("Resigned", "Welsh Labour chair")}
    assert not _events(kg, "Ann Roe") and not _events(kg, "Jo Poe")
    assert not _events(kg, "Tim Hale") and not _events(kg, "Kim Doe")
    offices = {str(who) for (who,) in kg.query(
        "SELECT ?n WHERE { ?t a pol:OfficeHolding ; pol:holder/rdfs:label ?n }").rows}
    assert "Kim Doe" in offices and "Tim Hale" not in offices


def test_becoming_a_member_told_beside_a_name_and_no_poll_of_its_own(tmp_path):
    """'Dr Alan Roe, a GP in Neath before becoming AM for Swansea West, said': the phrase
    describes the name it hangs on, so Alan Roe was elected there; and in an undated article
    the one poll it dates (the assembly poll of 2007, still to come) is not when he was."""
    kg = _article(tmp_path, "date unknown\nNews\n\nDr Alan Roe, a GP in Neath before becoming "
                  "AM for Swansea West, said the health service needed calm. He will lead the "
                  "campaign ahead of the 2007 elections to the assembly.\n")
    assert {e[:3] for e in _events(kg, "Alan Roe")} == {("Elected", "Swansea West", None)}
    seats = {str(n) for (n,) in kg.query(
        "SELECT ?n WHERE { ?t a pol:Representation ; pol:representative/rdfs:label ?n }").rows}
    assert seats == {"Alan Roe"}


def test_a_he_continues_the_he_of_the_sentence_before(tmp_path):
    """A profile names its subject once and then says "he": the "he" of "Four years on he
    became ..." continues the subject "he" of the sentence before, not the rival that sentence
    named last ("lose ... to Jim Voe")."""
    kg = _article(tmp_path, "date unknown\nProfile of a former leader\n\nTom Hale led Labour "
                  "from 1983 until 1992.\nHe grew up in the valleys.\nHe studied history at "
                  "Cardiff.\nHe was not expected to win in 1987, but was sorry to lose the next "
                  "poll in 1992 to Jim Voe, and stepped down.\nFour years on he became home "
                  "secretary.\n")
    assert ("Appointed", "Home Secretary") in _what(kg, "Tom Hale")
    assert not _what(kg, "Jim Voe")


def test_a_surname_the_model_leaves_untagged_is_the_person_named_before(tmp_path):
    """'Wainwright runs two clinics' after 'Julia Wainwright': the model tags no entity, but a
    surname of a person the article named, standing as a name, is that person; so the "she"
    after it is hers, not the Labour MP's named in between."""
    kg = _article(tmp_path, "date 2016-06-20\nCampaign board member quits\n\nJulia Wainwright, "
                  "a businesswoman who sat on the campaign board, stepped down on Sunday. "
                  "According to her profile, Wainwright runs two clinics in Devon. She is also "
                  "a partner in a pub.\nLabour MP Emma Roe said the posts were racist. After "
                  "being contacted by reporters, Wainwright denied any racism. She said she was "
                  "stepping down to spare the campaign any harm.\n")
    assert _when(kg, "Julia Wainwright") == {("Resigned", "2016-06-19")}
    assert not _events(kg, "Emma Roe")


def test_elected_by_members_is_a_leadership_and_by_a_committee_no_poll(tmp_path):
    """'elected by party members' makes a party leader (of the party named last), 'elected by
    the party's executive committee' an official (no poll, no Elected), and a person telling
    of their own election ('she said she was elected with a mandate') tells their past: not
    this month's result, nor a date for the article's poll."""
    kg = _article(tmp_path, "date 2016-06-24\nLeader faces revolt\n\nLabour MPs want Jo Poe to "
                  "go. Jo Poe was elected by party members last year. Tim Hale, elected on Monday "
                  "by the party's executive committee, starts next week.\nAnn Roe faces a "
                  "revolt too. She said she was elected with a very large mandate. Her party "
                  "needs to win a general election.\n")
    assert {e[:3] for e in _events(kg, "Jo Poe")} == {("BecameLeader", "Labour Party", "2015")}
    assert not _events(kg, "Tim Hale")
    assert {e[:3] for e in _events(kg, "Ann Roe")} == {("Elected", None, None)}
    assert not _held(kg)


def test_levelling_up_and_local_government_secretaries_are_posts(tmp_path):
    """The parser reads "levelling" as a verb, so the title nouns alone never found the post;
    the lexicon names it (and its shadow), and the local government secretary beside it."""
    kg = _article(tmp_path, "date 2022-10-30\nReshuffle\n\nAnn Roe was appointed levelling up "
                  "secretary on Tuesday. Jo Poe was named shadow levelling up secretary in "
                  "September. Tim Hale became local government secretary in 2001.\n")
    assert _what(kg, "Ann Roe") == {("Appointed", "Levelling Up Secretary")}
    assert _what(kg, "Jo Poe") == {("Appointed", "Shadow Levelling Up Secretary")}
    assert _what(kg, "Tim Hale") == {("Appointed", "Local Government Secretary")}


def test_company_names_are_no_people_and_an_ex_post_is_the_post(tmp_path):
    """'Stanley Leisure, Rank Group and London Clubs International' are companies, whatever
    the first name "Stanley" suggests; "Ex-Downing Street media chief Jo Roe" held the post
    "Downing Street media chief" ("Ex-" says when, not which post)."""
    kg = _article(tmp_path, "date 2005-03-01\nCasino plans cut\n\nShares in casino operators "
                  "Stanley Leisure, Rank Group and London Clubs International fell after the "
                  "announcement, Tom Hale said.\nEx-Downing Street media chief Jo Roe will "
                  "return to help the campaign.\n")
    people = _labels(kg, "Person")
    assert "Tom Hale" in people and "Jo Roe" in people
    assert not people & {"Stanley Leisure", "Rank Group", "London Clubs International"}
    offices = {str(o) for (o,) in kg.query(
        "SELECT ?o WHERE { ?t a pol:OfficeHolding ; pol:office/rdfs:label ?o }").rows}
    assert offices == {"Downing Street media chief"}


def test_a_quotation_is_told_by_its_speaker_over_several_sentences(tmp_path):
    """The spokesman's 'We have suspended him', two sentences into his quotation (which runs
    on into a new paragraph without closing), is not about him: "him" is the candidate; and
    'he', 'I' of a quotation told by "Ann Roe said" after it is Ann Roe, not a person the
    quotation names."""
    kg = _article(tmp_path, "date 2005-01-10\nCandidate suspended\n\nTom Hale, 54, had been "
                  "picked to fight the Ashfield seat. He was suspended when two newspapers "
                  "printed his views. Party spokesman Jim Voe said those who chose Mr Hale knew "
                  "nothing of them. He told reporters: \"The remarks seem to be his. We have "
                  "suspended him from the party and as its candidate. \"Nobody raised any of "
                  "this when he was picked.\"\n\"I was first elected in 1997, when Tony Blair "
                  "and John Major fought it out,\" Ann Roe said.\n")
    assert ("Suspended", None) in _what(kg, "Tom Hale")
    assert not _events(kg, "Jim Voe")
    assert _when(kg, "Ann Roe") == {("Elected", "1997")}
    assert not _events(kg, "Tony Blair") and not _events(kg, "John Major")


def test_a_polls_bare_month_is_the_nearer_unless_told_as_past(tmp_path):
    """'at the local elections in May', said in December, is the coming May's poll; 'won the
    seat at the local elections in May' tells what happened, so it is the May gone."""
    ahead = _article(tmp_path, "date 2022-12-21\nVoter ID\n\nMinisters are pressing ahead "
                     "with photo ID at the local elections in May.\n")
    assert _held(ahead) == {("2023 local election", "2023-05-04")}
    past = _article(tmp_path, "date 2022-12-21\nVoter ID\n\nTom Hale won the Ashfield seat at "
                    "the local elections in May.\n")
    assert _when(past, "Tom Hale") == {("Elected", "2022-05")}


def test_a_deed_announced_for_later_is_dated_when_announced(tmp_path):
    """'said he would quit by October': the one who speaks will act, so it is announced (a
    Resigned on the day it was told, FORMAT.md), not the month it takes effect; others'
    forecasts and conditions stay out. 'stand for the Labour leadership' is a candidacy."""
    kg = _article(tmp_path, "date 2016-06-24\nNews\n\nTim Voe said he would quit by October. "
                  "Ann Loe announced on Monday she would step down as party chair by the "
                  "autumn. Aides said he would resign soon. Jo Roe said she would resign if "
                  "she lost. Kim Koe said she would stand for the Labour leadership.\n")
    assert _events(kg, "Tim Voe") == {("Resigned", None, "2016-06-24", None)}
    assert _when(kg, "Ann Loe") == {("Resigned", "2016-06-20")}
    assert not _events(kg, "Jo Roe")
    assert {t for t, *_ in _events(kg, "Kim Koe")} == {"StoodForElection"}


def test_a_results_words_date_its_election(tmp_path):
    """'last year's general election result': the year is the result's, so the election's."""
    kg = _article(tmp_path, "date 2016-06-21\nNews\n\nPollsters got last year's general "
                  "election result badly wrong.\n")
    assert _held(kg) == {("2015 general election", "2015-05-07")}


def test_elections_listed_by_year_are_each_held(tmp_path):
    """'the 1979 and particularly 1983 elections': one general election a year, each held (a
    year with no general election is no such list); 'the 2012 and 2016 local elections' too."""
    kg = _article(tmp_path, "date 2016-06-24\nNews\n\nLabour lost the 1979 and particularly "
                  "1983 elections. Turnout in the 2012 and 2016 local elections fell. The 2021 "
                  "and 2022 elections went badly.\n")
    assert _held(kg) == {("1979 general election", "1979-05-03"),
                         ("1983 general election", "1983-06-09"),
                         ("2012 local election", "2012-05-03"),
                         ("2016 local election", "2016-05-05")}


def test_a_leader_counted_back_from_now_and_the_party_of_party_leader(tmp_path):
    """'It comes a year after X became Labour leader': a clause in the present is the report's
    time, and a count of years gives a year; 'became party leader' is of the party the article
    gives the new leader."""
    kg = _article(tmp_path, "date 2016-06-24\nNews\n\nIt comes a year after Jo Roe became "
                  "Labour leader. It is a comeback for Tim Voe, the Tory leader, 11 years "
                  "after he first became party leader.\n")
    assert _events(kg, "Jo Roe") == {("BecameLeader", "Labour Party", "2015", None)}
    assert _events(kg, "Tim Voe") == {("BecameLeader", "Conservative Party", "2005", None)}


def test_months_or_years_later_count_from_the_story_not_the_report(tmp_path):
    """'Two years later' counts from the last date the story told; 'had been elected 13 months
    earlier', with no other date told, from the report's; never the report's own year, as
    'a year earlier' once gave."""
    kg = _article(tmp_path, "date 2016-06-20\nNews\n\nMPs paid tribute to Ann Roe. Roe, a "
                  "popular local MP, had been elected only 13 months earlier.\n\nTim Voe was "
                  "elected in 1997. Two years later he became foreign secretary. He resigned "
                  "in 2005, and a year earlier he had been made party chairman.\n")
    assert _when(kg, "Ann Roe") == {("Elected", "2015-05")}
    assert _when(kg, "Tim Voe") == {("Elected", "1997"), ("Appointed", "1999"),
                                    ("Resigned", "2005"), ("Appointed", "2004")}


def test_the_general_election_is_no_person_and_the_last_budget_before_it_looks_ahead(tmp_path):
    """The model reads "General Election" as a title and a name; "the last Budget before the
    General Election" is last of the Budgets, and the poll is the coming one. "Westminster"
    is the political world as often as the institution: it names no Parliament."""
    kg = _article(tmp_path, "date 2005-03-01\nNews\n\nThe Budget will be the last before the "
                  "General Election, officials said. The mood at Westminster darkened.\n\nThe "
                  "plans would only take effect if the Conservatives won the General "
                  "Election.\n")
    assert _held(kg) == {("2005 general election", "2005-05-05")}
    people = kg.query("SELECT ?n WHERE { ?e a pol:Person ; rdfs:label ?n }").rows
    bodies = {str(n) for n, in kg.query(
        "SELECT ?n WHERE { ?e a pol:Organization ; rdfs:label ?n }").rows}
    assert not people and "Parliament" not in bodies


def test_a_relative_clause_is_of_its_noun_and_told_as_past_whatever_the_main_clause_hopes(
        tmp_path):
    """'The referendum, which Jo Roe called in 2013, was lost': the clause's verb is of the
    noun it hangs from; 'wants to be like Ann Loe, who resigned in 2010' hopes only in the main
    clause."""
    kg = _article(tmp_path, "date 2016-06-24\nNews\n\nThe referendum, which Jo Roe called in "
                  "2013, was lost. Tim Voe wants to be like Ann Loe, who resigned as party "
                  "chair in 2010.\n")
    assert ("ElectionCalled", "2016 EU referendum", "2013", None) in _events(kg, "Jo Roe")
    assert _when(kg, "Ann Loe") == {("Resigned", "2010")}


def test_a_post_quit_in_a_headline_is_its_holders_and_nominations_win_no_leadership(tmp_path):
    """'Tim Voe's director of communications Ann Loe quits role': the headline drops 'the',
    and the post is Ann Loe's, not its owner's; 'won enough nominations to enter the
    leadership contest' is a candidacy, not the leadership."""
    kg = _article(tmp_path, "date 2023-09-01\nTim Voe's director of communications Ann Loe "
                  "quits role\n\nJo Roe won enough nominations to enter the Labour leadership "
                  "contest.\n")
    assert _events(kg, "Ann Loe") == {
        ("Resigned", "Director of communications", "2023-09-01", None)}
    assert not _events(kg, "Tim Voe")
    assert {t for t, *_ in _events(kg, "Jo Roe")} == {"StoodForElection"}


def test_a_going_still_to_come_or_told_as_someones_past_is_not_the_reports_news(tmp_path):
    """'before he steps down' is a time still to come (no resignation yet); 'X, who announced
    she was standing down soon after Y was elected' tells X's past, timed by the other
    clause, not the report's day, where 'Jo Roe announced she was standing down' is."""
    kg = _article(tmp_path, "date 2020-05-26\nNews\n\nTim Voe will travel to Balmoral before "
                  "he steps down. Ann Loe replaces Kim Koe, who announced she was standing down "
                  "soon after Ben Moe was elected leader. Jo Roe announced she was standing "
                  "down.\n")
    assert not _events(kg, "Tim Voe")
    assert {d for _, _, d, _ in _events(kg, "Kim Koe")} == {None}
    assert {d for _, _, d, _ in _events(kg, "Jo Roe")} == {"2020-05-26"}


def test_a_suspension_from_the_commons_is_from_no_party_and_a_candidate_abroad_no_seats(
        tmp_path):
    """'suspended from the Commons' is the House's doing: the member's party is not its object;
    'Donald Trump, the US presidential candidate' stands in no seat of the article's
    by-election."""
    kg = _article(tmp_path, "date 2016-06-19\nNews\n\nLabour MP Jo Roe was suspended from the "
                  "Commons for bullying. Tim Voe admires Donald Trump, the US presidential "
                  "candidate. The Batley and Spen by-election is in October.\n")
    assert _what(kg, "Jo Roe") == {("Suspended", None)}
    assert not _events(kg, "Donald Trump")


def test_a_time_the_parser_takes_for_an_object_leaves_a_quitting_alone(tmp_path):
    """'The PM quit hours after the vote': the parser makes "hours" the object of "quit";
    a stretch of time is no thing quit, so the PM resigned (not "quit smoking")."""
    kg = _article(tmp_path, "date 2016-06-24\nNews\n\nTim Voe quit hours after the country "
                  "voted to leave. Jo Roe quit smoking.\n")
    assert _what(kg, "Tim Voe") == {("Resigned", None)}
    assert not _events(kg, "Jo Roe")


def _people_of_two(tmp_path: Path, first: str, second: str) -> tuple[set[str], set[str]]:
    """The people each of two articles names, loaded one after the other into one store (as a
    folder is: the first's names are known to the second)."""
    kg = KnowledgeGraph(":memory:")
    found = []
    for name, text in (("a.txt", first), ("b.txt", second)):
        path = tmp_path / name
        path.write_text(text)
        assert not kg.load([path]).failed
    for name in ("a.txt", "b.txt"):
        facts = document_facts(kg, Source(tmp_path / name, b"").graph, name)
        found.append({e.name for e in facts.entities if e.type == "Person"})
    return found[0], found[1]


def test_a_month_beside_a_number_is_no_surname_of_a_person_another_article_named(tmp_path):
    """A person named in one article is known to the next ('Starmer said'); "on 5 May" is
    still a date there, not Jo May."""
    assert _people_of_two(tmp_path, "News\n\nLabour MSP Jo May said the plan was clever.\n",
                          "News\n\nThe chancellor argued that the ballot - likely to take "
                          "place on 5 May - would offer a stark choice.\n") == ({"Jo May"}, set())


def test_a_stored_surname_in_another_name_or_after_the_is_no_person(tmp_path):
    """Jack Law and Oona King, named in one article, are known to the next; there "the Law
    Lords" and "the King's Speech" name no one, where "Law said" would."""
    _, second = _people_of_two(tmp_path, "News\n\nJack Law and Oona King spoke at the rally.\n",
                               "News\n\nThe Law Lords ruled against the plan. It was not in "
                               "the King's Speech. Law said he was pleased.\n")
    assert second == {"Jack Law"}


def test_a_judges_title_is_part_of_the_name(tmp_path):
    """'Lord Justice Rix and Mr Justice Forbes': two judges, not one person called Justice."""
    kg = _article(tmp_path, "News\n\nThe case was heard by Lord Justice Rix and Mr Justice "
                  "Forbes, who ruled against the minister.\n")
    names = {str(n) for n, in kg.query(
        "SELECT ?n WHERE { ?p a pol:Person ; rdfs:label ?n }").rows}
    assert names == {"Justice Rix", "Justice Forbes"}


def test_a_headline_post_that_quits_is_the_post_its_story_left(tmp_path):
    """A digest's 'Labour chairman quits after by-election losses' over 'Ann Roe resigns':
    she left that post; under 'Jo Poe: Shadow minister quits front bench' the name before the
    colon quits it, as does the one person a summary names as its subject ('Tom Hale says he
    can no longer do the job') under 'Scotland's transport minister quits'. A headline post
    that only might quit gives no post to the story's resigner."""
    kg = _article(tmp_path, "date 2022-06-24\nDaily News Wire politics feed, 24 June 2022\n\n"
                  "Labour chairman quits after by-election losses\nAnn Roe resigns, while the PM "
                  "says he will stay on.\n\nJo Poe: Shadow minister quits front bench over Gaza\n"
                  "Labour's Jo Poe says her view differs from her leader's.\n\n"
                  "Scotland's transport minister quits citing ill health\nTom Hale says he can "
                  "no longer do the job.\n\nHealth secretary could quit, allies say\nKim Doe "
                  "resigns from the board of a charity.\n")
    assert {e[:3] for e in _events(kg, "Ann Roe")} == {
        ("Resigned", "Labour chairman", "2022-06-24")}
    assert {e[:3] for e in _events(kg, "Jo Poe")} == {
        ("Resigned", "Shadow minister", "2022-06-24")}
    assert _what(kg, "Tom Hale") == {("Resigned", "Transport minister")}
    assert ("OfficeHolding", "Transport minister") in _holds(kg, "Tom Hale")
    assert _what(kg, "Kim Doe") == {("Resigned", None)}


def test_a_story_filed_under_a_leadership_race_names_its_candidates(tmp_path):
    """Digest items under 'Tory leadership race:' are about the contest's candidates: those
    the headline names, or, under 'The two finalists ...', those the summary names, as under
    'SNP candidates predict ...'; someone who backs a candidate is none, nor is anyone in an
    item filed under another topic."""
    kg = _article(tmp_path, "date 2022-07-21\nUK politics headlines, 2022-07-21\n\n"
                  "Tory leadership race: Ann Roe aims for a place in the last two\nThe foreign "
                  "secretary insists she is ready.\n\nTory leadership: The two finalists have "
                  "weeks to charm members\nJo Poe and Ann Roe each believe they still have a "
                  "point to prove.\n\n"
                  "Tory leadership: Tom Hale backs Jo Poe\nThe former minister says she will "
                  "win.\n\nEnergy bills: Kim Doe says help is coming\nThe minister spoke on "
                  "Tuesday.\n\nSNP candidates predict independence in five years\nSam Loe and "
                  "Pat Moe were speaking in a TV debate.\n")
    for name in ("Ann Roe", "Jo Poe", "Sam Loe", "Pat Moe"):
        assert _what(kg, name) == {("StoodForElection", None)}
    for name in ("Ann Roe", "Jo Poe"):
        assert ("Membership", "Conservative Party") in _holds(kg, name)
    assert not _events(kg, "Tom Hale") and not _events(kg, "Kim Doe")


def test_a_poll_named_by_its_outcome_while_it_is_news(tmp_path):
    """'Britain has voted to leave the EU' the morning after the EU referendum names that poll
    (held on 23 June 2016, from the polls table), as does 'voted for Brexit'; three years
    later 'people who voted to leave' is a stance, not the news of a poll."""
    kg = _article(tmp_path, "date 2016-06-24\nBritain has voted to leave the EU\n\nThe pound "
                  "fell after more areas voted to leave. Ann Roe said millions voted for "
                  "Brexit.\n")
    assert _held(kg) == {("2016 EU referendum", "2016-06-23")}
    (tmp_path / "later").mkdir()
    kg = _article(tmp_path / "later", "date 2019-03-01\nBrexit delays\n\nPeople who voted to "
                  "leave the EU are angry, Ann Roe said.\n")
    assert not _held(kg)


def test_a_sacking_is_the_sacking_of_whom_the_phrase_names(tmp_path):
    """'the sacking of Ann Roe': she was sacked; 'his sacking of Jo Poe' (Tom Hale's): Jo Poe
    was, not he; 'a clear dismissal of Kim Doe' rejects what she said."""
    kg = _article(tmp_path, "date 2020-06-26\nNews\n\nActivists organised as the sacking of "
                  "Ann Roe gave them a cause. Tom Hale was cleared over his sacking of Jo Poe. "
                  "In a clear dismissal of Kim Doe, who had insisted on staying, he spoke.\n")
    assert _what(kg, "Ann Roe") == {("Dismissed", None)}
    assert _what(kg, "Jo Poe") == {("Dismissed", None)}
    assert not _events(kg, "Tom Hale") and not _events(kg, "Kim Doe")


def test_given_names_the_model_leaves_out_stay_in_the_name(tmp_path):
    kg = _article(tmp_path, "date 2016-06-20\nNews\n\nThe plan was backed by Commission president "
                  "Jean-Claude Juncker. Plaid Cymru AM Rhodri Glyn Thomas opposed it. Farmer Geoff "
                  "Brooks said little.\n")
    people = _labels(kg, "Person")
    assert {"Jean-Claude Juncker", "Rhodri Glyn Thomas", "Geoff Brooks"} <= people
    assert not people & {"Claude Juncker", "Glyn Thomas", "Farmer Geoff Brooks"}


def test_a_womans_title_is_not_a_man_of_the_same_surname(tmp_path):
    # the list of public figures says Rhodri Morgan is a man; the store knows a Thomas whose
    # gender nothing tells, so a baroness of that name stays herself
    first, second = _people_of_two(
        tmp_path, "date 2004-03-01\nNews\n\nPlaid Cymru AM Rhodri Glyn Thomas spoke.\n",
        "date 2004-03-02\nNews\n\nRhodri Morgan spoke first. Baroness Morgan and Baroness "
        "Thomas said the bill was wrong.\n")
    assert first == {"Rhodri Glyn Thomas"}
    assert second == {"Rhodri Morgan", "Morgan", "Thomas"}


def test_a_department_the_model_cuts_at_the_is_one_name_and_faiths_are_no_bodies(tmp_path):
    kg = _article(tmp_path, "date 2018-07-09\nNews\n\nDominic Raab now runs the Department for "
                  "Exiting the European Union. Britons asked about Islam and Islamophobia. Robert "
                  "Kilroy-Silk launched Veritas.\n")
    assert _labels(kg, "Organization") == {"Department for Exiting the European Union"}
    assert "Veritas" in _labels(kg, "Party")


def test_treaties_and_policies_are_no_bodies_and_a_line_break_ends_a_name(tmp_path):
    kg = _article(tmp_path, "date 2021-03-31\nWhat has changed since Brexit\nLeaving the "
                  "Common Agricultural Policy and the European Convention on Human Rights was "
                  "discussed by the Electoral Commission.\n")
    assert _labels(kg, "Organization") == {"Electoral Commission"}
    assert not _labels(kg, "Person")


def test_the_post_taken_is_the_one_the_article_gives_the_taker(tmp_path):
    # "the role", "the post": the appointee's post named elsewhere in the article; the one who
    # quit before the post was taken left that post; a post found nowhere is no appointment
    kg = _article(tmp_path, "date 2004-12-20\nNews\n\nHome Secretary Charles Clarke gave "
                  "interviews on Sunday. Mr Clarke, who on Thursday took on the post after David "
                  "Blunkett quit, stood by the bill. Andrew Mitchell, the international "
                  "development minister, praised it. He spoke a week before he was appointed to "
                  "the role. Tom Hale will take on the top job next year.\n")
    assert _what(kg, "Charles Clarke") == {("Appointed", "Home Secretary")}
    assert _what(kg, "David Blunkett") == {("Resigned", "Home Secretary")}
    assert ("Appointed", "International development minister") in _what(kg, "Andrew Mitchell")
    assert not _what(kg, "Tom Hale")


def test_a_title_shared_by_places_is_the_one_place_the_article_names(tmp_path):
    # "Scotland's first minister" is the First Minister of Scotland, and so is the bare "first
    # minister" of the same article; with two places named, a bare one stays as written
    kg = _article(tmp_path, "date 2023-03-28\nNews\n\nHumza Yousaf was voted in as "
                  "Scotland’s first minister on Tuesday. The first minister thanked MSPs.\n")
    assert _holds(kg, "Humza Yousaf") == {("OfficeHolding", "First Minister of Scotland")}
    assert _what(kg, "Humza Yousaf") == {("Elected", "First Minister of Scotland")}
    (tmp_path / "two").mkdir()
    kg = _article(tmp_path / "two", "date 2023-03-28\nNews\n\nWales's first minister Mark "
                  "Drakeford met Scotland's first minister Humza Yousaf. First Minister Arlene "
                  "Foster stayed away.\n")
    assert _holds(kg, "Mark Drakeford") == {("OfficeHolding", "First Minister of Wales")}
    assert _holds(kg, "Arlene Foster") == {("OfficeHolding", "First Minister")}


def test_competing_to_become_leader_is_a_candidacy_not_a_leadership(tmp_path):
    kg = _article(tmp_path, "date 2022-07-19\nNews\n\nLiz Truss and Penny Mordaunt are "
                  "competing to become Conservative leader. Rishi Sunak is running to become "
                  "leader too.\n")
    for name in ("Liz Truss", "Penny Mordaunt", "Rishi Sunak"):
        assert _what(kg, name) == {("StoodForElection", None)}
        assert not _holds(kg, name)


def test_who_beats_a_rival_in_a_by_election_or_is_its_newly_elected_mp_won_the_seat(tmp_path):
    # the seat is the by-election's when the sentence names none; a rival beaten in no seat
    # (a leadership race) makes no member
    kg = _article(tmp_path, "date 2022-12-02\nLabour keeps City of Chester at by-election\n\n"
                  "Samantha Dixon easily beats Tory candidate Elizabeth Wardlaw in the first "
                  "electoral test of the Sunak era. The newly elected MP for Wakefield, Simon "
                  "Lightwood, welcomed her. Ed Davey beat his rival Layla Moran to become leader "
                  "in 2020.\n")
    assert ("Elected", "City of Chester") in _what(kg, "Samantha Dixon")
    assert ("Defeated", "City of Chester") in _what(kg, "Elizabeth Wardlaw")
    assert _what(kg, "Simon Lightwood") == {("Elected", "Wakefield")}
    assert "Elected" not in {kind for kind, _ in _what(kg, "Ed Davey")}


def test_taking_ones_seat_or_beating_someone_outside_a_contest_is_no_election(tmp_path):
    kg = _article(tmp_path, "date 2004-11-30\nKinnock joins the Lords\n\nNeil Kinnock took "
                  "his seat in the Lords on Tuesday. He spoke on crime. He said the men "
                  "tied a burglar up and beat him.\n")
    assert not _what(kg, "Neil Kinnock")


def test_a_digest_headline_prefixed_by_a_name_and_opening_with_a_new_post_is_their_post(
        tmp_path):
    # "Name: New <post> ..." is that person's new post; a bare post after the colon may be
    # anyone's (the minister defending a U-turn is not Owen Paterson)
    kg = _article(tmp_path, "date 2023-02-09\nUK politics headlines, 2023-02-09"
                  "\n\nLee Anderson: New Tory deputy chairman backs tougher sentences\nThe MP "
                  "spoke on a podcast.\n\nOwen Paterson: Minister defends U-turn over probe\n"
                  "The decision was criticised by MPs.\n\nBudget row grows\nThe chancellor "
                  "faces questions.\n\nStrikes to go ahead\nUnions said talks had failed.\n")
    assert _what(kg, "Lee Anderson") == {("Appointed", "Tory deputy chairman")}
    assert ("Appointed", "2023-02") in _when(kg, "Lee Anderson")
    assert not _holds(kg, "Owen Paterson")


def test_an_undated_articles_bare_posts_are_read_at_one_time(tmp_path):
    """'Chancellor Gordon Brown' dates an undated piece to his years at the Treasury, so its
    'prime minister' is not him (he took that post the day he left the Treasury); and where
    the only person named would have to hold two posts at one time that he never held
    together, neither is read."""
    kg = _article(tmp_path, "date unknown\nBudget day fixed\n\nChancellor Gordon Brown will "
                  "present his Budget next month. The timing was set after a meeting with the "
                  "prime minister on Monday.\n")
    assert _holds(kg, "Gordon Brown") == {("OfficeHolding", "Chancellor of the Exchequer")}
    kg = _article(tmp_path, "date unknown\nEconomy row\n\nGordon Brown spoke in Leeds. Later "
                  "the prime minister praised the chancellor for his steady hand.\n")
    assert not _holds(kg, "Gordon Brown")


def test_a_post_beside_a_name_only_by_a_comma_or_as_a_prospect_is_not_theirs(tmp_path):
    kg = _article(tmp_path, "date 2005-02-01\nNews\n\nAsked whether she still trusted the "
                  "chancellor, Ann Roe said she did. Pundits doubt how good a prime minister "
                  "Tom Hale would make. Kim Koe, the Labour leadership contender, spoke too. An "
                  "angry Prime Minister Tony Blair hit back.\n")
    assert not _holds(kg, "Ann Roe")
    assert not _holds(kg, "Tom Hale")
    assert _holds(kg, "Kim Koe") == {("Membership", "Labour Party")}
    assert ("OfficeHolding", "Prime Minister") in _holds(kg, "Tony Blair")


def test_a_title_in_the_singular_is_the_first_names_alone_and_a_list_is_no_title(tmp_path):
    """A party has one leader and a post in the singular one holder: the names joined to the
    first are not theirs ("leaders A and B", "Former Prime Ministers A and B" are both). A
    party in a comma list of names is no title of the next one; "for the Lib Dems, X" is."""
    kg = _article(tmp_path, "date 2016-06-22\nDebate line-up\n\nOn the Remain side were Welsh "
                  "Labour leader Tom Hale and Ann Roe of the Trades Union Congress. Chancellor "
                  "Jim Poe and Kim Koe spoke next. Former Prime Ministers Gordon Brown and Tony "
                  "Blair agreed. He listed the far-right backers of Leave: the BNP, Donald "
                  "Trump, Marine le Pen. Speaking for the Lib Dems, Vince Cable called the plan "
                  "wrong.\n")
    assert _holds(kg, "Tom Hale") == {("Leadership", "Welsh Labour")}
    assert not _holds(kg, "Ann Roe")
    assert not _holds(kg, "Kim Koe")
    for name in ("Gordon Brown", "Tony Blair"):
        assert ("OfficeHolding", "Prime Minister") in _holds(kg, name), name
    assert not _holds(kg, "Donald Trump")
    assert _holds(kg, "Vince Cable") == {("Membership", "Liberal Democrats")}


def test_led_by_names_the_leader_of_what_is_led_and_names_inside_a_modifier_hold_nothing(
        tmp_path):
    kg = _article(tmp_path, "date 2016-06-20\nNews\n\nTom Hale jeered at a flotilla of fishing "
                  "boats led by Ukip leader Jim Poe. Labour, led by Ann Roe since 2015, voted "
                  "against. Kim Koe unveils Labour's Joe Biden-inspired economic plan. Today "
                  "Chancellor George Osborne will attack the poster.\n")
    assert not _holds(kg, "Tom Hale")
    assert ("Leadership", "Labour Party") in _holds(kg, "Ann Roe")
    assert not _holds(kg, "Joe Biden")
    assert _holds(kg, "George Osborne") == {("OfficeHolding", "Chancellor of the Exchequer")}


def test_a_post_in_apposition_to_a_name_is_that_names_and_the_table_knows_scottish_leaders(
        tmp_path):
    """'Ken Clarke, the former Tory chancellor,' names the holder: no other chancellor the
    article names is read into it. The holders' table knows the Scottish party leaders, so
    'Tory leader Ruth Davidson' is not read as the Conservatives' leader."""
    kg = _article(tmp_path, "date 2016-06-19\nClarke to retire\n\nKen Clarke, the former Tory "
                  "chancellor, will retire at the next election. Gordon Brown wished him well. "
                  "Tory leader Ruth Davidson spoke for Remain in Glasgow.\n")
    assert ("OfficeHolding", "Chancellor of the Exchequer") in _holds(kg, "Ken Clarke")
    assert not _holds(kg, "Gordon Brown")
    assert ("Leadership", "Conservative Party") not in _holds(kg, "Ruth Davidson")


def test_a_titled_surname_the_model_calls_a_place_and_a_verb_it_calls_a_noun(tmp_path):
    """"Mr Hockney", a place to the small model, is the Damian Hockney the article named;
    "Mr Kilroy-Silk" is one surname; "quit" in "Mr X quit Ukip" is the clause's verb, though
    the tagger calls it a noun."""
    kg = _article(tmp_path, "date unknown\nNew party\n\nRobert Kilroy-Silk has started a party "
                  "of his own. Damian Hockney is its deputy leader. Mr Kilroy-Silk quit Ukip "
                  "last month after a long feud. Mr Hockney also left Ukip, saying the new "
                  "party would do better.\n")
    for name in ("Robert Kilroy-Silk", "Damian Hockney"):
        assert ("Left", "UK Independence Party") in _what(kg, name), name


def test_titles_joined_by_and_before_a_name_and_in_an_apposition(tmp_path):
    """Both titles of "SNP leader and First Minister X" are X's, and a title after "and" in an
    apposition ("X, a pollster and former Conservative MP"); a party's "former minister" is its
    member. Not after "between": "the Tory leader and Prime Minister Y" are two people."""
    kg = _article(tmp_path, "date 2016-06-25\nNews\n\nLabour former minister Jim Poe attacked "
                  "the report. SNP leader and First Minister Ann Roe flew to Brussels. Labour MP "
                  "and ex-minister Tom Hale voted with the government. \"It is over,\" said Kim "
                  "Koe, a pollster and former Conservative MP. Talks between the Tory leader and "
                  "Prime Minister Ben Moe broke down.\n")
    assert _holds(kg, "Jim Poe") == {("Membership", "Labour Party")}
    assert ("Leadership", "Scottish National Party") in _holds(kg, "Ann Roe")
    assert _holds(kg, "Tom Hale") == {("Membership", "Labour Party")}
    assert _holds(kg, "Kim Koe") == {("Membership", "Conservative Party")}
    assert ("Leadership", "Conservative Party") not in _holds(kg, "Ben Moe")


def test_the_posts_of_broadcasters_pollsters_and_other_bodies(tmp_path):
    """A body's name before a post owns it, with the post's own adjectives ("BBC political
    editor", "the ComRes chairman"), and "head of" a body is a post; not "head of" a body the
    words leave unnamed, nor a "cabinet minister"."""
    kg = _article(tmp_path, "date 2005-03-01\nNews\n\nBBC political editor Tom Hale said the "
                  "mood had changed. Ann Roe, the ComRes chairman, expects a high turnout. Jim "
                  "Poe, head of the NAO, said savings were missed. Kim Koe, head of the games "
                  "industry body ELSPA, objected. Ben Moe, a cabinet minister, spoke too.\n")
    assert _holds(kg, "Tom Hale") == {("OfficeHolding", "BBC political editor")}
    assert _holds(kg, "Ann Roe") == {("OfficeHolding", "ComRes chairman")}
    assert _holds(kg, "Jim Poe") == {("OfficeHolding", "Head of the NAO")}
    assert not _holds(kg, "Kim Koe")
    assert not _holds(kg, "Ben Moe")


def test_a_verb_joined_to_an_earlier_clause_is_said_of_the_name_before_it(tmp_path):
    """The parser may join "was sacked" to the verb of another person's clause; the name right
    before it is whom it is said of. An obligation to stand down is no resignation."""
    kg = _article(tmp_path, "date 2005-03-10\nNews\n\nTom Hale was picked to fight Bath after "
                  "the earlier candidate, Ann Roe, was sacked for her views. The party says Jim "
                  "Poe is under a moral obligation to stand down.\n")
    assert "Dismissed" in {kind for kind, _ in _what(kg, "Ann Roe")}
    assert "Dismissed" not in {kind for kind, _ in _what(kg, "Tom Hale")}
    assert not _events(kg, "Jim Poe")


def test_a_plural_partys_post_and_a_bodys_leader(tmp_path):
    """"The Conservatives' co-chair" is a party's post as "Labour's chairman" is; "PCS leader
    X" holds the union's post (a party's leader leads it; "SNP Holyrood leader" leads one of
    its groups); "minister of state for energy" is one post."""
    kg = _article(tmp_path, "date 2020-08-31\nNews\n\nThe Conservatives' co-chair Ann Roe wrote "
                  "to members. PCS leader Tom Hale called a strike. Jim Poe, the Liberal "
                  "Democrats' home affairs spokeswoman, objected. SNP Holyrood leader Kim Koe "
                  "spoke last. Ben Moe, minister of state for energy, replied.\n")
    assert _holds(kg, "Ann Roe") == {("OfficeHolding", "Conservatives co-chair"),
                                     ("Membership", "Conservative Party")}
    assert _holds(kg, "Tom Hale") == {("OfficeHolding", "PCS leader")}
    assert ("Membership", "Liberal Democrats") in _holds(kg, "Jim Poe")
    assert "OfficeHolding" not in {kind for kind, _ in _holds(kg, "Kim Koe")}
    assert _holds(kg, "Ben Moe") == {("OfficeHolding", "Minister of state for energy")}


def test_the_premier_is_the_prime_minister_unless_another_country_owns_the_post(tmp_path):
    kg = _article(tmp_path, "date unknown\nProfile\n\nAnn Roe was 43 when she became premier "
                  "in 1979. The Turkish premier Tom Hale sent his regards.\n")
    assert ("Appointed", "Prime Minister", "1979", None) in _events(kg, "Ann Roe")
    assert _holds(kg, "Tom Hale") == {("OfficeHolding", "Turkish premier")}


def test_another_countrys_post_is_not_the_uks(tmp_path):
    """"The Australian prime minister", "Ukraine's president" are those countries' posts, not
    the UK's prime minister or a bare president; "Britain's prime minister" is the UK's."""
    kg = _article(tmp_path, "date 2016-06-24\nNews\n\nThe Australian prime minister Ann Roe "
                  "called London. Ukraine's president Tom Hale thanked the troops. Britain's "
                  "prime minister David Cameron replied. Leaders hailed the first British Asian "
                  "prime minister. The United States' president Jim Poe called too.\n")
    assert _holds(kg, "Ann Roe") == {("OfficeHolding", "Australian prime minister")}
    assert _holds(kg, "Tom Hale") == {("OfficeHolding", "President of Ukraine")}
    assert ("OfficeHolding", "Prime Minister") in _holds(kg, "David Cameron")
    assert "Asian prime minister" not in _labels(kg, "Office")
    assert _holds(kg, "Jim Poe") == {("OfficeHolding", "President of the United States")}


def test_a_poll_told_by_be_in_a_month_and_a_past_contest_named_by_a_former_hopeful(tmp_path):
    """'The last election was in June 2001' dates that poll (the month, then the table's day);
    'former leadership hopeful X' names a contest of some earlier year, not one of the
    report's."""
    kg = _article(tmp_path, "date unknown\nPoll talk\n\nThe last election was in June 2001, "
                  "and the next may come in May.\n")
    assert _held(kg) == {("2001 general election", "2001-06-07")}
    kg = _article(tmp_path, "date 2016-06-24\nReaction\n\nFormer leadership hopeful Jo Poe "
                  "said the result was a wake-up call.\n")
    assert not _held(kg)


def test_an_epithet_a_deputys_post_and_a_surname_after_an_epithet(tmp_path):
    """'Controversial Voe' is Tom Voe, named before; 'then deputy Tory chairman' keeps
    "deputy" (which the tagger may read as a verb); 'the one-nation Brook' is the Jim Brook the
    article named, so his own 'he' is not the other person of the sentence."""
    kg = _article(tmp_path, "date 2016-06-24\nNews\n\nTom Voe spoke on Monday. Controversial "
                  "Voe was suspended by the Labour Party last spring.\nThe campaign looked shaky. "
                  "Then deputy Conservative Chairman Ann Roe was sacked over her words.\nNext "
                  "came Jim Brook. After years of feuding with Kim Koe, the one-nation Brook won "
                  "some notice when he ran for the Conservative leadership.\n")
    assert "Controversial Voe" not in _labels(kg, "Person")
    assert ("Suspended", "Labour Party") in _what(kg, "Tom Voe")
    assert ("Dismissed", "Conservative deputy Chairman") in _what(kg, "Ann Roe")
    assert "StoodForElection" in {kind for kind, _ in _what(kg, "Jim Brook")}
    assert not _events(kg, "Kim Koe")


def test_a_resignation_honours_list_a_whip_given_up_and_times_set_against_each_other(
        tmp_path):
    """A 'resignation honours list' is a list, not a resignation; 'resigned the party whip'
    leaves a group, and holds no post, as stepping down "as a Labour MP" leaves a seat, not
    the party. 'Police released him the following afternoon, but his
    suspension remained' does not date the suspension by the release (it is the day he
    was held, New Year's Day); 'as unpopular as X
    when he was ousted' recalls an earlier time, not the report's day, nor is the day of a
    clause beside the title 'candidate X' when X stood."""
    kg = _article(tmp_path, "date 2023-06-12\nHonours row\n\nDowning Street published Tom "
                  "Voe's resignation honours list on Friday. Ann Roe, an MEP, resigned the "
                  "Reform UK whip in the European Parliament in October.\n")
    assert not _events(kg, "Tom Voe")
    assert _what(kg, "Ann Roe") == {("Resigned", None)}
    assert _holds(kg, "Ann Roe") == {("Membership", "Reform UK")}
    kg = _article(tmp_path, "date unknown\nVoe to go\n\nTom Voe will step down as a Labour MP "
                  "when parliament is dissolved.\n")  # the seat, not the party
    assert _what(kg, "Tom Voe") == {("Resigned", None)}
    kg = _article(tmp_path, "date 2020-01-31\nTories told to lift suspension\n\nJim Hale, 51, "
                  "was suspended by the Conservative group when officers held him on New Year's "
                  "Day. Officers let him go the next afternoon, but his suspension stayed.\n")
    assert _when(kg, "Jim Hale") == {("Suspended", "2020-01-01")}  # when held, not released
    kg = _article(tmp_path, "date 2022-10-02\nUK politics headlines\n\nJo Poe is now as "
                  "unpopular with voters as Kim Koe when he was ousted, says a pollster.\n")
    assert _when(kg, "Kim Koe") == {("Dismissed", None)}
    kg = _article(tmp_path, "date 2023-06-18\nParty video\n\nThe clip shows aides drinking on "
                  "3 March 2021 at an event thrown by the staff of the mayoral candidate "
                  "Jim Hale.\n")
    assert _when(kg, "Jim Hale") == {("StoodForElection", None)}


def test_a_new_holder_and_a_return_are_dated_by_the_table_of_holders(tmp_path):
    """'Sadiq Khan, the new mayor of London' in a June 2016 report was elected in the month
    of the day the table of holders gives (9 May), not in the report's month; a home secretary
    'reappointed after quitting' quit on the day the table ends her first tenure, and that
    tenure is one of its own, not the end of the one begun after it."""
    kg = _article(tmp_path, "date 2016-06-21\nDebate\n\nSadiq Khan, the new mayor of London, "
                  "clashed with his predecessor on stage.\n")
    assert _when(kg, "Sadiq Khan") == {("Elected", "2016-05")}
    kg = _article(tmp_path, "date 2022-10-31\nEmail row\n\nThe home secretary Suella Braverman "
                  "was given the post back by Rishi Sunak last week, after quitting under Liz "
                  "Truss over a breach of the rules.\n")
    assert ("Resigned", "2022-10-19") in _when(kg, "Suella Braverman")
    spans = {(start, end) for kind, what, start, end in _tenures(kg, "Suella Braverman")
             if what == "Home Secretary"}
    assert (None, "2022-10-19") in spans and not any(
        start and end and end < start for start, end in spans)


def test_results_told_by_age_by_count_or_beside_another_years_by_election(tmp_path):
    """In an undated piece, 'became an MP at 29 and Leader of the Opposition at 40' is no
    seat won at the article's one dated poll, and the post is no seat; 'the third Tory MP to
    defect since 1997' is not dated 1997; 'elected in 1997' beside the article's Horsham
    by-election of 1904 was not won at Horsham."""
    kg = _article(tmp_path, "date unknown\nYoung MPs\n\nThe 2001 general election was lost. "
                  "Tom Hale became an MP at 29 and Leader of the Opposition at 40. Jo Poe won the "
                  "Horsham by-election in 1904 aged 21. Ann Roe, who was elected in 1997 aged "
                  "25, agreed. Jim Voe has crossed the floor. He is the fourth Tory MP to defect "
                  "to Labour since 1997.\n")
    assert _events(kg, "Tom Hale") == {("Elected", None, None, "told only by the agent's age")}
    assert _what(kg, "Jo Poe") == {("Elected", "Horsham")}
    assert _what(kg, "Ann Roe") == {("Elected", None)}
    assert _when(kg, "Jim Voe") == {("Joined", None)}


def test_a_contest_named_by_its_winner_the_members_who_elected_a_leader_and_an_owned_poll(
        tmp_path):
    """'weeks before Truss won the Conservative leadership contest', told in December 2022, is
    the contest the table of holders has her win (5 September), not the party's later one; the
    members 'who elected' a person made a leader; 'his referendum' in the week of the EU vote
    is that poll; 'the election of the new Tory leader' is a leadership contest."""
    kg = _article(tmp_path, "date 2022-12-16\nTraces found\n\nThe powder was found at the "
                  "estate in the days before Liz Truss won the Tory leadership contest.\n")
    assert ("BecameLeader", "2022-09-05") in _when(kg, "Liz Truss")
    assert _held(kg) == {("2022 Conservative Party leadership election", "2022-09-05")}
    kg = _article(tmp_path, "date 2016-06-24\nMotion\n\nThe motion was seconded by Ann Roe, "
                  "who warned Labour members who elected Tom Hale that they would lose.\n")
    assert _what(kg, "Tom Hale") == {("BecameLeader", "Labour Party")}
    kg = _article(tmp_path, "date 2016-06-24\nWhat now\n\nDavid Cameron hoped his referendum "
                  "would settle the matter. It can wait until the election of a new "
                  "Conservative leader is over, Jim Poe said.\n")
    assert _what(kg, "David Cameron") == {("ElectionCalled", "2016 EU referendum")}
    assert ("2016 Conservative Party leadership election", "2016-07-11") in _held(kg)


def test_a_post_taken_without_a_day_is_dated_by_the_table_and_quitting_in_a_seat(tmp_path):
    """'Tony Blair became prime minister in 1997' took the post on the day the table of
    holders gives (2 May), as does an undated 'Charles Clarke was made home secretary'; a
    person the table does not know keeps the text's date. 'quit in Tiverton and Honiton'
    gave up that seat."""
    kg = _article(tmp_path, "date unknown\nProfile\n\nTony Blair became prime minister in "
                  "1997. Charles Clarke was made home secretary. Jo Poe became prime minister "
                  "in 1997.\n")
    assert _when(kg, "Tony Blair") == {("Appointed", "1997-05-02")}
    assert _when(kg, "Charles Clarke") == {("Appointed", "2004-12-15")}
    assert _when(kg, "Jo Poe") == {("Appointed", "1997")}
    kg = _article(tmp_path, "date 2022-06-23\nPolls open\n\nNeil Parish quit in Tiverton and "
                  "Honiton after the scandal.\n")
    assert _what(kg, "Neil Parish") == {("Resigned", "Tiverton and Honiton")}


def test_by_elections_of_the_seats_an_article_names_near_their_day(tmp_path):
    """'a pair of by-elections' the day after polls in two seats the article names is one
    poll in each (data/polls.csv); 'the by-election defeats' a day after, with no seat named,
    is that day's; 'a by-election' still to come is not."""
    kg = _article(tmp_path, "date 2022-06-24\nResults\n\nThe government lost a pair of "
                  "by-elections overnight. Labour gained the Wakefield seat and the Liberal "
                  "Democrats took Tiverton and Honiton.\n")
    assert _held(kg) == {("2022 Wakefield by-election", "2022-06-23"),
                         ("2022 Tiverton and Honiton by-election", "2022-06-23")}
    kg = _article(tmp_path, "date 2023-10-20\nMorning after\n\nMinisters tried to play down "
                  "the by-election defeats.\n")
    assert _held(kg) == {("2023 by-election", "2023-10-19")}
    kg = _article(tmp_path, "date 2023-10-25\nHeadlines\n\nThe vote is likely to lead to a "
                  "by-election, an MP says.\n")
    assert ("2023 by-election", "2023-10-19") not in _held(kg)


def test_a_referendum_told_in_the_days_after_one_is_that_poll(tmp_path):
    """In the days after the EU vote, 'after a gamble of a referendum went wrong' is that poll
    though the article says "a"; 'another referendum on independence' looks ahead, and 'a
    slump is possible after a Brexit vote' does not make the article's 'EU referendum this
    week' a prospect. 'A de facto referendum' and independence 'without a referendum' name
    no poll."""
    kg = _article(tmp_path, "date 2016-06-24\nExit\n\nThe prime minister leaves office after "
                  "a gamble of a referendum went wrong. Scotland may hold another referendum on "
                  "independence.\n")
    assert _held(kg) == {("2016 EU referendum", "2016-06-23")}
    kg = _article(tmp_path, "date 2016-06-21\nWarning\n\nJo Poe hinted she would quit if "
                  "voters back Remain in the EU referendum this week.\n\nEconomists say a slump "
                  "is possible after a Brexit vote.\n")
    assert _held(kg) == {("2016 EU referendum", "2016-06-23")}
    kg = _article(tmp_path, "date 2022-11-24\nActivists\n\nThe SNP wants the next general "
                  "election to be a de facto referendum on independence. Others would win "
                  "independence without a referendum.\n")
    assert not any("referendum" in label for label, _ in _held(kg))


def test_a_post_given_a_leader_quitting_and_the_post_left_to_a_successor(tmp_path):
    """'gave X a role in cabinet as minister without a portfolio', 'was given the job of chief
    whip' appoint to the post named there (a warning not to give one does not); 'resigning as
    leader' in an article about one party leaves its leadership; who quit before a successor
    took their post left that post, though the successor took another earlier in the year."""
    kg = _article(tmp_path, "date 2022-11-06\nReshuffle\n\nThe prime minister gave Tom Hale a "
                  "role in cabinet as minister without a portfolio. Ann Roe was given the job "
                  "of chief whip. Allies warned him not to give Jo Poe a job as foreign "
                  "secretary.\n")
    assert _what(kg, "Tom Hale") == {("Appointed", "Minister without Portfolio")}
    assert _what(kg, "Ann Roe") == {("Appointed", "Chief Whip")}
    assert _what(kg, "Jo Poe") == set()
    kg = _article(tmp_path, "date 2023-05-11\nAfter the review\n\nPlaid Cymru has had a hard "
                  "week. Adam Price told reporters on Wednesday that he was resigning as leader.\n")
    assert _what(kg, "Adam Price") == {("Resigned", "Leader of Plaid Cymru")}
    assert ("Leadership", "Plaid Cymru", None, "2023-05-10") in _tenures(kg, "Adam Price")
    kg = _article(tmp_path, "date 2018-07-09\nThe new man\n\nTom Reed, who succeeded Ann Lowe "
                  "as Brexit secretary after the latter resigned on Sunday night, is a boxer. "
                  "Mr Reed was appointed housing minister in January.\n")
    assert _what(kg, "Ann Lowe") == {("Resigned", "Brexit Secretary")}


def test_a_return_to_a_post_the_table_knows_a_mayoralty_and_a_bodys_vote(tmp_path):
    """'was reappointed last month' with no post named is to the one post the article names
    that the table of holders has them take then; 'in May last year' is that month; a mayor is
    elected, in the month of the table's day; 'has been voted in as first minister by MSPs' is
    the report's day; 'won a selection contest' is a candidacy."""
    kg = _article(tmp_path, "date 2022-11-11\nStaff\n\nStaff in the deputy prime minister's "
                  "office were anxious. They were offered a way out when Dominic Raab was "
                  "reappointed last month.\n")
    assert _events(kg, "Dominic Raab") == {
        ("Appointed", "Deputy Prime Minister", "2022-10-25", None)}
    assert _tenures(kg, "Dominic Raab") == {
        ("OfficeHolding", "Deputy Prime Minister", "2022-10-25", None)}
    kg = _article(tmp_path, "date 2016-06-21\nDebate\n\nAnn Roe, who won her seat in May last "
                  "year, spoke first. Sadiq Khan, the new mayor of London, spoke "
                  "next.\n")
    assert _when(kg, "Ann Roe") == {("Elected", "2015-05")}
    assert _events(kg, "Sadiq Khan") == {("Elected", "Mayor of London", "2016-05", None)}
    kg = _article(tmp_path, "date 2023-03-28\nHolyrood\n\nHumza Yousaf has been voted in as "
                  "Scotland's first minister by MSPs. Ann Roe won her party's selection to "
                  "fight the redrawn seat on Wednesday.\n")
    assert _when(kg, "Humza Yousaf") == {("Elected", "2023-03-28")}
    assert _what(kg, "Ann Roe") == {("StoodForElection", None)}


def test_a_partys_own_staff_and_a_body_the_model_names(tmp_path):
    """'Labour's election chief' and 'Liberal Democrat chief executive' are posts of that
    party, named with it (not a bare 'Election chief' anyone may hold); 'chief executive of
    EasyJet' keeps the body the model names."""
    kg = _article(tmp_path, "date 2016-06-20\nPosters\n\nLabour's election chief Ann Roe "
                  "defended the posters. Liberal Democrat chief executive Tom Hale disagreed. "
                  "Jo Poe, chief executive of EasyJet, stayed out of it.\n")
    assert _holds(kg, "Ann Roe") == {("OfficeHolding", "Labour election chief"),
                                     ("Membership", "Labour Party")}
    assert ("OfficeHolding", "Liberal Democrat chief executive") in _holds(kg, "Tom Hale")
    assert _holds(kg, "Jo Poe") == {("OfficeHolding", "Chief executive of EasyJet")}


def test_a_tenure_counted_from_its_start_a_gerund_owned_a_whip_given_up_and_a_bare_leader(
        tmp_path):
    """'his first 100 days as first minister', 'his first week as prime minister': the post
    was taken some time before, on the table of holders' day (the Scottish post, for the bare
    title), not the report's; 'her sacking', tagged a verb, is still hers; 'has surrendered the
    Labour whip' under a headline and a standfirst is the headline's MP suspended from the
    party; 'since she became leader' leads the party the sentence named before."""
    kg = _article(tmp_path, "date 2023-07-05\nHeadlines\n\nHumza Yousaf marked his first 100 "
                  "days as first minister with a speech. Rishi Sunak spent his first week as "
                  "prime minister in meetings.\n")
    assert _when(kg, "Humza Yousaf") == {("Appointed", "2023-03-28")}
    assert _when(kg, "Rishi Sunak") == {("Appointed", "2022-10-25")}
    kg = _article(tmp_path, "date 2022-11-01\nRow\n\nAnn Roe was home secretary until the "
                  "autumn. Her sacking was a shock.\n")
    assert _what(kg, "Ann Roe") == {("Dismissed", "Home Secretary")}
    kg = _article(tmp_path, "date 2023-11-04\nMP Tom Hale to give up Labour whip after "
                  "conviction\n\nMember for Ashfield to give up whip during appeal, sources "
                  "say\n\nThe MP for Ashfield, Tom Hale, has surrendered the Labour whip while "
                  "he appeals.\n")
    assert _events(kg, "Tom Hale") == {("Suspended", "Labour Party", "2023-11-04", None)}
    kg = _article(tmp_path, "date 2023-03-19\nSpeech\n\nJo Poe told the first Liberal Democrat "
                  "conference since she became leader that her party would win seats.\n")
    assert _what(kg, "Jo Poe") == {("BecameLeader", "Liberal Democrats")}


def test_who_held_a_poll_called_it_and_standing_up_for_someone_is_no_candidacy(tmp_path):
    """'had made a poor call by holding the referendum' and 'X's resolve on holding the
    referendum': the holder called it (undated: the clause's time is the poll's); 'will hold a
    referendum' is a plan; 'her odds of becoming leader' a hedge; 'standing up for farmers in
    the European parliament' no candidacy."""
    kg = _article(tmp_path, "date 2016-06-24\nResult\n\nJo Poe said Tom Hale had made a poor "
                  "call by holding the referendum. Ann Roe will hold a referendum next year. Kim "
                  "Loe praised Tim Dale's resolve on holding the referendum after all. Sam Coe's "
                  "odds of becoming leader are 14/1. Ben Moe has a weak record on standing up "
                  "for farmers in the European parliament.\n")
    assert _events(kg, "Tom Hale") == {
        ("ElectionCalled", "2016 EU referendum", None, "not stated")}
    assert _what(kg, "Tim Dale") == {("ElectionCalled", "2016 EU referendum")}
    for name in ("Jo Poe", "Ann Roe", "Kim Loe", "Sam Coe", "Ben Moe"):
        assert not _events(kg, name), name


def test_a_partys_communications_director_and_new_general_secretary_are_its_posts(tmp_path):
    """'a former Labour communications director' is a post of that party, not a bare
    'Communications director'; 'Labour's new general secretary' in a headline and 'its new
    general secretary' below are one post, the party's."""
    kg = _article(tmp_path, "date 2020-05-26\nNews\n\nJo Poe, a former Labour "
                  "communications director, welcomed the new team.\n")
    assert ("OfficeHolding", "Labour communications director") in _holds(kg, "Jo Poe")
    kg = _article(tmp_path, "date 2020-05-26\nTom Hale named Labour's new general secretary"
                  "\n\nThe party's ruling body has appointed Tom Hale as its new general "
                  "secretary.\n")
    assert _what(kg, "Tom Hale") == {("Appointed", "Labour general secretary")}


def test_a_leader_chosen_after_a_resignation_took_the_leadership_left(tmp_path):
    """'named Ann Hale as its new leader after the resignation of Tom Roe': Roe left that
    party's leadership, and led it until then."""
    kg = _article(tmp_path, "date 2021-03-10\nNews\n\nThe Greens have named Ann Hale as their "
                  "new leader after the sudden resignation of Tom Roe on Monday.\n")
    assert _events(kg, "Tom Roe") == {
        ("Resigned", "Leader of the Green Party", "2021-03-08", None)}
    assert ("Leadership", "Green Party", None, "2021-03-08") in _tenures(kg, "Tom Roe")


def test_a_digest_item_about_a_standing_suspension_does_not_date_it(tmp_path):
    """A digest item's news is a meeting 'over X's suspension': the suspension came before,
    undated; 'named after Y's resignation' is that day's news, as FORMAT.md reads a digest."""
    kg = _article(tmp_path, "date 2021-05-12\nPolitics headlines, 12 May 2021\n\n"
                  "Party board to meet over Jo Poe suspension\nThe panel gathers to weigh the "
                  "complaints.\n\nNew chair named after Tim Dale resignation\nThe party picked a "
                  "successor.\n\nCouncil tax\nBills will rise in April.\n")
    assert _events(kg, "Jo Poe") == {
        ("Suspended", None, None, "the article does not say when")}
    assert _when(kg, "Tim Dale") == {("Resigned", "2021-05-12")}


def test_running_in_or_stepping_down_in_a_one_word_seat(tmp_path):
    """'will run in Bath', 'stepped down in Wakefield': a one-word place after a seat verb is
    the seat."""
    kg = _article(tmp_path, "date 2023-09-25\nNews\n\nAnn Hale will stand as a Liberal "
                  "Democrat candidate at the next election. Hale will run in Bath. Tom Voe "
                  "stepped down in Wakefield last year.\n")
    assert ("StoodForElection", "Bath") in _what(kg, "Ann Hale")
    assert _what(kg, "Tom Voe") == {("Resigned", "Wakefield")}


def test_a_predecessor_held_the_post(tmp_path):
    """'his predecessor, X' beside the one post the article gives him: X held it before;
    'her Labour predecessor as chancellor, X' names the post and X's party; a predecessor
    'but one' is not the one before, and no name is no one."""
    kg = _article(tmp_path, "date 2021-05-10\nNews\n\nSam Lee, the new mayor of Bristol, "
                  "criticised his predecessor, Tom Hale, over the budget. Jo Dale was praised "
                  "by her Labour predecessor as chancellor, Ann Roe. Kim Coe, the Tory leader, "
                  "thanked his predecessor but one, Ben Moe. Rose Poe, the health secretary, "
                  "said her predecessor had left a mess.\n")
    assert ("OfficeHolding", "Mayor of Bristol") in _holds(kg, "Tom Hale")
    assert _holds(kg, "Ann Roe") == {("OfficeHolding", "Chancellor of the Exchequer"),
                                     ("Membership", "Labour Party")}
    assert not _holds(kg, "Ben Moe")


def test_votes_cast_in_a_general_elections_year(tmp_path):
    """'in 2017 they voted Labour', 'the Liberal Democrats' vote collapsed in 2015': those
    years' general elections were held; a vote on a bill in a year with none is no poll."""
    kg = _article(tmp_path, "date 2019-03-02\nNews\n\nIn 2010 the town's voters chose the "
                  "Conservatives; in 2017 they voted Labour. The Liberal Democrats' vote "
                  "collapsed in 2015. Ann Hale voted for the bill in 2016.\n")
    held = _held(kg)
    assert {("2017 general election", "2017-06-08"), ("2015 general election", "2015-05-07")} \
        <= held
    assert not any("2016" in label for label, _ in held)


def test_candidates_who_gained_nominations_stand(tmp_path):
    """'A, B and C each gained nominations of 22 MPs': each is a candidate in the contest."""
    kg = _article(tmp_path, "date 2020-01-13\nLabour leadership election\n\nThe field is set. "
                  "Tom Hale, Ann Dale and Jo Poe each gained nominations of at least 22 MPs to "
                  "go through to the next round.\n")
    for name in ("Tom Hale", "Ann Dale", "Jo Poe"):
        assert _what(kg, name) == {("StoodForElection", None)}, name


def test_a_bare_first_minister_is_the_post_the_table_gives_its_holder(tmp_path):
    """'First Minister Carwyn Jones' in a report that names no nation: the table of holders
    has him hold one such post, First Minister of Wales; a holder the table does not know
    leaves the title bare."""
    kg = _article(tmp_path, "date 2016-06-17\nNews\n\nFirst Minister Carwyn Jones said the "
                  "debate should go ahead.\n")
    assert _holds(kg, "Carwyn Jones") == {("OfficeHolding", "First Minister of Wales")}
    (tmp_path / "unknown").mkdir()
    kg = _article(tmp_path / "unknown", "date 2016-06-17\nNews\n\nFirst Minister Ann Hale "
                  "said the debate should go ahead.\n")
    assert _holds(kg, "Ann Hale") == {("OfficeHolding", "First Minister")}


def test_a_past_tense_in_a_condition_tells_no_poll_held(tmp_path):
    """'If we got into a general election under him, we would be crushed': a condition, not
    the last general election told in the past tense; nor are an election 'whenever it is
    called' and general elections one cannot win."""
    kg = _article(tmp_path, "date 2016-06-24\nHale vows to fight on\n\nTom Hale said he wants "
                  "to win the election whenever it is called. One MP said: 'If we got into a "
                  "general election under him, we would be crushed.' Another said the party "
                  "could not win general elections like this.\n")
    assert not _held(kg)


def test_a_standfirst_calls_the_headlines_person_by_what_they_do(tmp_path):
    """'The former champion will contest Bath' right under a headline that names one person:
    that person ('champion', 'winner', 'lawyer' ... are the lexicon's described people)."""
    kg = _article(tmp_path, "date 2023-05-02\nCyclist Ann Hale to stand for the Lib Dems\n"
                  "The former world champion will contest Bath at the next election\n\n"
                  "She said she was proud to be selected.\n")
    assert ("StoodForElection", "Bath") in _what(kg, "Ann Hale")


def test_a_described_person_is_not_the_possessor_in_the_headline(tmp_path):
    """'Ann Hale's press chief dies' over 'The former broadcaster served as press secretary':
    the broadcaster is the press chief, not Ann Hale."""
    kg = _article(tmp_path, "date 2023-03-01\nAnn Hale's press chief dies aged 80\nThe former "
                  "broadcaster served as press secretary for a decade.\n\nTributes were paid.\n")
    assert not _holds(kg, "Ann Hale")


def test_a_race_to_be_a_partys_leader_or_a_past_run_for_it_is_its_leadership_election(
        tmp_path):
    """'the race to be Labour leader', 'X, a Tory leadership candidate,', 'ran for the
    leadership of the Liberal Democrats': that party's contest was held; a run to come ('will
    stand for the leadership ... if') and a likely contender's name none."""
    kg = _article(tmp_path, "date 2022-11-02\nBaxter leads the field\n\nKemi Baxter leads the "
                  "race to be Labour leader, party figures said on Tuesday. Tom Ord, a Tory "
                  "leadership candidate, set out his plan. Jo Penn ran for the leadership of the "
                  "Liberal Democrats in 2019. Ann Bell will stand for the leadership of the SNP "
                  "if asked. Sam Roe, a likely leadership contender, stayed silent.\n")
    held = _polls(kg)
    assert {"2022 Labour Party leadership election", "2022 Conservative Party leadership election",
            "2019 Liberal Democrats leadership election"} <= held
    assert not any("Scottish National" in label for label in held)
    assert not _what(kg, "Sam Roe") and not _what(kg, "Ann Bell")


def test_a_title_opening_the_first_paragraph_does_not_run_into_the_headline(tmp_path):
    kg = _article(tmp_path, "date 2023-11-08\nVisa Checks Inquiry\n\nCommittee chairman Ann "
                  "Brook said the report was late.\n")
    assert _holds(kg, "Ann Brook") == {("OfficeHolding", "Committee chairman")}


def test_a_digest_summary_opening_with_a_new_post_is_the_headline_persons_appointment(
        tmp_path):
    """'Kim Roe's views worry charities' over 'The new housing secretary has opposed ...': her
    new post, dated by the digest's month; a summary naming someone else as the new prime
    minister under a headline naming the one who left is not the latter's."""
    kg = _article(tmp_path, "date 2022-09-06\nUK politics headlines, 2022-09-06\n\nKim Roe's "
                  "views on housing worry charities\nThe new housing secretary has opposed "
                  "building on green land.\n\nTom Bell's last day in office\nAnn Hale takes "
                  "office today as the new prime minister.\n\nStrike talks stall\nUnions "
                  "said talks had failed.\n")
    assert _events(kg, "Kim Roe") == {("Appointed", "Housing secretary", "2022-09", None)}
    assert not _what(kg, "Tom Bell")


def test_newly_elected_and_newly_installed_people_won_their_posts(tmp_path):
    """'Newly-elected Ann Hale says ...' won an election (not the Wakefield by-election of
    another item of the digest); 'Newly installed London Mayor X' won the mayoralty, which
    dates no general election; 'Sacked minister X' opening a sentence is no post's name."""
    kg = _article(tmp_path, "date 2022-06-24\nUK politics headlines, 2022-06-24\n\nLabour "
                  "wins Wakefield\nTim Ord won the Wakefield by-election on Thursday.\n\n"
                  "'A clear message,' says new Lib Dem MP\nNewly-elected Ann Hale says her win "
                  "is a message to the PM.\n\nRow grows\nSacked minister Jo Penn says she was "
                  "wronged.\n\nMayor hits back\nNewly installed London Mayor Kim Roe hit back "
                  "at talk of a general election.\n")
    assert _what(kg, "Ann Hale") == {("Elected", None)}
    assert ("Elected", "Mayor of London") in _what(kg, "Kim Roe")
    assert _what(kg, "Jo Penn") == {("Dismissed", None)}
    assert "Sacked minister" not in _labels(kg, "Office")
    assert not any("general election" in label for label, _ in _held(kg))


def test_a_contest_named_without_its_party_is_the_one_partys_contest_the_article_names(
        tmp_path):
    """'the Conservative leadership contest' ... 'the leadership election': one poll; a
    bare contest people stand in is left to them (their party says whose it is)."""
    kg = _article(tmp_path, "date 2022-07-11\nRace opens\n\nThe Conservative leadership "
                  "contest opened on Monday. Party officials said the leadership election "
                  "would end in September.\n")
    assert _polls(kg) == {"2022 Conservative Party leadership election"}
    kg = _article(tmp_path, "date 2016-06-24\nRace opens\n\nLabour's leadership contest was "
                  "held in 2016. Ann Hale is standing in the leadership election.\n")
    assert ("Membership", "Labour Party") not in _holds(kg, "Ann Hale")
    assert len(_held(kg)) == 2


def test_people_vying_in_a_contest_stand_in_it(tmp_path):
    kg = _article(tmp_path, "date 2022-07-19\nRace narrows\n\nAnn Hale, Tom Ord and Kim Roe "
                  "are vying to face Jo Penn in the final round. Al Dunn is vying for attention "
                  "in a crowded market.\n")
    for name in ("Ann Hale", "Tom Ord", "Kim Roe"):
        assert _what(kg, name) == {("StoodForElection", None)}
    assert not _what(kg, "Al Dunn")


def test_a_contest_to_replace_a_leader_is_the_leadership_their_resignation_left(tmp_path):
    """'the SNP contest to replace Nicola Sturgeon' is the SNP's leadership election, and her
    resignation, with no post named, left the leadership of the party the table of holders
    has her lead (she was first minister too: the article names neither post)."""
    kg = _article(tmp_path, "date 2023-02-17\nSwinney stays out\n\nJohn Swinney has ruled "
                  "himself out of the SNP contest to replace Nicola Sturgeon. He spoke two days "
                  "after Nicola Sturgeon's resignation on Wednesday.\n")
    assert _polls(kg) == {
        "2023 Scottish National Party leadership election"}
    assert _events(kg, "Nicola Sturgeon") == {
        ("Resigned", "Leader of the Scottish National Party", "2023-02-15", None)}


def test_seats_of_earlier_parliaments_are_constituencies(tmp_path):
    """'Brent South' and 'Sheffield Brightside' (seats of 1997-2010, from EveryPolitician's
    Commons terms) link as the seats won."""
    kg = _article(tmp_path, "date unknown\nProfile\n\nTom Hale was elected for Brent South in "
                  "1987. Ann Roe won Sheffield Brightside in 1992.\n")
    assert _what(kg, "Tom Hale") == {("Elected", "Brent South")}
    assert _what(kg, "Ann Roe") == {("Elected", "Sheffield Brightside")}


def test_the_party_a_person_joined_in_a_relative_clause_is_the_one_named(tmp_path):
    """'her exit from the party she joined as a teenager', 'left the Labour party he joined in
    1970': each joined that party (the one left too; 'who quit Labour, joined the party in
    June' still joins no party of the words)."""
    kg = _article(tmp_path, "date 2020-10-30\nHale suspended from Labour\n\nLabour suspended "
                  "Ann Hale on Thursday. The row led to her exit from the party she joined as a "
                  "teenager. Tom Ord left the Labour party he joined in 1970.\n")
    assert ("Joined", "Labour Party") in _what(kg, "Ann Hale")
    assert _when(kg, "Tom Ord") >= {("Joined", "1970")}
    assert ("Left", "Labour Party") in _what(kg, "Tom Ord")


def test_a_seat_named_as_a_seat_is_a_constituency_though_not_in_the_list(tmp_path):
    """'won the Eton and Slough seat' (abolished in 1983), 'the new seat of Kendal and Upper
    Eden' (a name not in the list of seats): each the seat won or fought, not the listed
    'Slough' inside it; 'the seat of Government' is none."""
    kg = _article(tmp_path, "date unknown\nObituary\n\nSir Tom Ord won the Eton and Slough "
                  "seat by a few votes in 1964. Ann Hale was picked on Wednesday to fight the "
                  "new seat of Kendal and Upper Eden. The seat of Government moved.\n")
    assert _what(kg, "Tom Ord") == {("Elected", "Eton and Slough")}
    assert _what(kg, "Ann Hale") == {("StoodForElection", "Kendal and Upper Eden")}
    assert _labels(kg, "Constituency") == {"Eton and Slough", "Kendal and Upper Eden"}


def test_a_verb_joined_right_after_a_condition_is_part_of_it(tmp_path):
    """'Shop staff fear for their jobs after the poll if the nation backs leaving, and Tom
    Hale resigns': Tom Hale resigns only on the condition (the parser may join his verb to the
    main one); 'Ann Roe quit on Monday, and Kim Lee resigns today' tells both."""
    kg = _article(tmp_path, "date 2016-06-16\nStaff fear the vote\n\nShop staff say they "
                  "will fear for their jobs after the poll if the nation backs leaving, and Tom "
                  "Hale resigns. Ann Roe quit on Monday, and Kim Lee resigns today.\n")
    assert not _what(kg, "Tom Hale")
    assert _what(kg, "Ann Roe") == {("Resigned", None)} == _what(kg, "Kim Lee")


def test_a_party_boss_or_chief_right_after_the_party_is_its_leader(tmp_path):
    """'Ukip boss X', 'the SNP chief X', 'Scottish Labour chief X' (a party of two words):
    the party's leader; 'Labour campaign chief X' holds a post of the party's, and is a
    member."""
    kg = _article(tmp_path, "date 2016-06-20\nRally\n\nA cheerful Ukip boss Tom Hale spoke "
                  "first. The SNP chief Ann Roe followed. Labour campaign chief Kim Lee was "
                  "absent.\nScottish Labour chief Kezia Dugdale closed the rally.\n")
    assert _holds(kg, "Tom Hale") == {("Leadership", "UK Independence Party")}
    assert _holds(kg, "Ann Roe") == {("Leadership", "Scottish National Party")}
    assert _holds(kg, "Kezia Dugdale") == {("Leadership", "Scottish Labour")}
    assert ("Membership", "Labour Party") in _holds(kg, "Kim Lee")
    assert ("Leadership", "Labour Party") not in _holds(kg, "Kim Lee")


def test_a_leader_whose_party_the_words_leave_out_leads_the_one_the_table_gives(tmp_path):
    """'with leader Charles Kennedy saying', "Michael Howard's leadership", 'former leader
    Iain Duncan Smith': the one party named that the table of holders says the person led
    then. A leader the table does not know, a union's leader and a pronoun with no name
    before it in the sentence lead nothing."""
    kg = _article(tmp_path, "date 2005-03-20\nParties set out plans\n\nThe Liberal Democrats "
                  "set out their plans, with leader Charles Kennedy promising to scrap the "
                  "council tax. Tory MPs praised Michael Howard's leadership. The Greens spoke "
                  "too, with leader Tom Hale calling for rail fares to fall. Union leader Ann "
                  "Roe backed Labour. Under his leadership, the Conservatives rose.\n")
    assert ("Leadership", "Liberal Democrats") in _holds(kg, "Charles Kennedy")
    assert ("Leadership", "Conservative Party") in _holds(kg, "Michael Howard")
    assert not any(kind == "Leadership" for kind, _ in _holds(kg, "Tom Hale"))
    assert not any(kind == "Leadership" for kind, _ in _holds(kg, "Ann Roe"))
    kg = _article(tmp_path, "date 2022-11-15\nChina stance\n\nChina sceptics on the "
                  "Conservative benches, among them former leader Iain Duncan Smith, were "
                  "unhappy. Critics of Mr Hale's leadership of the council met.\n")
    assert ("Leadership", "Conservative Party") in _holds(kg, "Iain Duncan Smith")
    assert not _holds(kg, "Hale")


def test_posts_told_in_passing(tmp_path):
    """'from X's time as prime minister' (however the parser hangs 'as'), 'a review ordered by
    X as prime minister', 'the first Labour prime minister since X', 'the Prime Minister and
    his three predecessors, A, B and C': each held the post. Not 'voted for X as prime
    minister' (a wish) or 'home secretary since X appointed her' (X appointed, not held)."""
    kg = _article(tmp_path, "date 2020-06-21\nPosts\n\nA former minister from Ann Roe's time "
                  "as prime minister spoke. A review was ordered by Tom Hale as chancellor. He "
                  "was the first Labour prime minister since Kim Lee to lose a vote. Jo Poe is "
                  "the prime minister. Jo Poe and his three predecessors – Ben Moe, Sam Ord and "
                  "Sir Max Dee – signed a letter. Members voted for Al Fry as prime minister. "
                  "Di Gee has been home secretary since Ed Kay appointed her.\n")
    for name in ("Ann Roe", "Kim Lee", "Ben Moe", "Sam Ord", "Max Dee"):
        assert ("OfficeHolding", "Prime Minister") in _holds(kg, name), name
    assert ("OfficeHolding", "Chancellor of the Exchequer") in _holds(kg, "Tom Hale")
    assert not _holds(kg, "Al Fry")
    assert not _holds(kg, "Ed Kay")


def test_a_bare_president_before_a_listed_head_of_state_is_that_nations_presidency(tmp_path):
    """'President Obama' (the surname alone a name only so), 'the French president, Emmanuel
    Macron': the lexicon's heads of state name the post; 'President Donald Tusk' names none,
    'an adviser to President Carter' is no post 'Adviser to President', and 'The US
    president said' is not the post of the last person named."""
    kg = _article(tmp_path, "date 2016-06-20\nVisit\n\nPresident Obama met Tom Hale in "
                  "London. The French president, Emmanuel Macron, was not there. President "
                  "Donald Tusk spoke later. Ann Roe, once an adviser to President Carter, "
                  "wrote a book. Kim Lee praised it. The US president said the book was good.\n")
    assert _holds(kg, "Barack Obama") == {("OfficeHolding", "President of the United States")}
    assert _holds(kg, "Emmanuel Macron") == {("OfficeHolding", "President of France")}
    assert _holds(kg, "Jimmy Carter") == {("OfficeHolding", "President of the United States")}
    assert not _holds(kg, "Donald Tusk")
    assert not _holds(kg, "Ann Roe")
    assert not _holds(kg, "Kim Lee")


def test_a_post_held_before_the_1997_lists_is_not_denied_by_the_table(tmp_path):
    """'when Michael Howard was home secretary': he was, from 1993 to 1997; the table of known
    holders, which lists the home secretaries since 1979, does not deny it (it denied it
    while its list began in 1997 and he was known only as a later party leader)."""
    kg = _article(tmp_path, "date 2005-02-10\nID cards\n\nPolice numbers fell when Michael "
                  "Howard was home secretary, Labour said.\n")
    assert ("OfficeHolding", "Home Secretary") in _holds(kg, "Michael Howard")


def test_that_election_is_the_one_named_last_before_it(tmp_path):
    """'A general election was last held in February 1974. In that election, X lost': the
    poll of 1974 (its year from "in February 1974"), not the general election the story
    speculates about elsewhere; the defeat takes its day."""
    kg = _article(tmp_path, "date 2004-12-01\nPoll talk\n\nSome say Tom Hale will call a "
                  "general election in February. A general election was last held in February "
                  "1974. In that election, Edward Heath lost.\n")
    assert ("Defeated", None, "1974-02-28", None) in _events(kg, "Edward Heath")


def test_an_opposition_leaders_deputy_is_the_partys_deputy_leader(tmp_path):
    """"Starmer and his deputy, Angela Rayner" in 2020: the deputy leader of the party the
    table has Starmer lead that day; "Sunak and his deputy, Oliver Dowden" in 2023 is not a
    party post (Sunak was also prime minister: his deputy is the deputy prime minister's)."""
    kg = _article(tmp_path, "date 2020-04-13\nInquiry\n\nKeir Starmer and his deputy, Angela "
                  "Rayner, said an inquiry would follow.\n")
    assert ("OfficeHolding", "Deputy Leader of the Labour Party") in _holds(kg, "Angela Rayner")
    (tmp_path / "pm").mkdir()
    kg = _article(tmp_path / "pm", "date 2023-05-13\nTalks\n\nRishi Sunak and his deputy, "
                  "Oliver Dowden, met the unions.\n")
    assert not any("Deputy Leader" in what for _, what in _holds(kg, "Oliver Dowden"))


def test_an_mp_for_a_seat_written_with_the_or_named_where_it_sits(tmp_path):
    """'the Conservative MP for the Ribble Valley': the seat's "the" does not hide it;
    'Colchester, where the sitting Conservative MP Tom Hale is to stand down': he sits for
    Colchester; 'where former MP Ann Roe once sat' does not make her its member now."""
    kg = _article(tmp_path, "date 2023-09-25\nSeats\n\nKim Lee, the Conservative MP for the "
                  "Ribble Valley, wept at the count. A rower will run in Colchester, where the "
                  "sitting Conservative MP Tom Hale is set to stand down. Jo Poe will fight "
                  "Bristol West, where former MP Ann Roe once sat.\n")
    assert ("Representation", "Ribble Valley") in _holds(kg, "Kim Lee")
    assert ("Representation", "Colchester") in _holds(kg, "Tom Hale")
    assert not any(kind == "Representation" for kind, _ in _holds(kg, "Ann Roe"))


def test_a_former_title_in_an_era_a_tenure_bounds_counts_that_tenures_holder(tmp_path):
    """An undated report on 'Former Labour leader Neil Kinnock' is placed in his leadership
    (1983-92), the era ending the day before his tenure did; 'the ex-Labour leader' then has
    two former holders named (Kinnock and James Callaghan) and is given to neither."""
    kg = _article(tmp_path, "date unknown\nKinnock takes his seat\n\nFormer Labour leader Neil "
                  "Kinnock has taken his seat in the House of Lords. He once turned down a "
                  "junior job in James Callaghan's government. At the ceremony he was flanked "
                  "by two peers, one of whom once worked as an aide to the ex-Labour leader.\n")
    assert ("Leadership", "Labour Party") in _holds(kg, "Neil Kinnock")
    assert not _holds(kg, "James Callaghan")


def test_a_contest_dated_by_its_result_is_not_the_poll_nearest_the_report(tmp_path):
    """'lost to Jeremy Corbyn in the Labour leadership contest last year', in June 2016: the
    2015 contest, whose year the defeat states; the table of polls would have given the
    contest nearest the report (September 2016, not yet held)."""
    kg = _article(tmp_path, "date 2016-06-24\nLabour\n\nTom Hale lost to Jeremy Corbyn in the "
                  "Labour leadership contest last year.\n")
    assert ("Defeated", None, "2015", None) in _events(kg, "Tom Hale")
    assert not any(label.startswith("2016") for label, _ in _held(kg))


def test_someones_seat_of_one_word_is_a_constituency(tmp_path):
    """'his home seat of Bedwellty' (a seat abolished in 1983, in no list of today's): the
    seat he won; 'the seat of Government' is still none."""
    kg = _article(tmp_path, "date unknown\nProfile\n\nNeil Kinnock became an MP in 1970 for "
                  "his home seat of Bedwellty. The seat of Government stayed in London.\n")
    assert _what(kg, "Neil Kinnock") == {("Elected", "Bedwellty")}
    assert _labels(kg, "Constituency") == {"Bedwellty"}


def test_a_deed_in_the_wake_of_a_poll_is_dated_by_it(tmp_path):
    """'quit in the wake of the 2014 referendum' is after that poll as "after" is: its year,
    years on; so is "after the defeat of" a poll; a scandal's wake dates nothing."""
    kg = _article(tmp_path, "date 2016-06-21\nNews\n\nThe party has grown since Jim Poe "
                  "resigned in the wake of the 2014 Scottish independence referendum. Ann Roe "
                  "resigned in the wake of the expenses row. Kim Koe resigned after the heavy "
                  "defeat of the 2011 voting reform referendum.\n")
    assert _when(kg, "Jim Poe") == {("Resigned", "2014")}
    assert _when(kg, "Kim Koe") == {("Resigned", "2011")}
    assert _when(kg, "Ann Roe") == {("Resigned", None)}


def test_a_presidents_election_is_to_his_presidency(tmp_path):
    """'Mr Bush's re-election' after 'President Bush': the one post the article gives him is a
    head of state's, so that is what he was elected to (a seat is what an MP's would be)."""
    kg = _article(tmp_path, "date 2004-11-05\nNews\n\nPresident Bush thanked his voters on "
                  "Friday. Tony Blair said Mr Bush's re-election came at a hard time for the "
                  "world.\n")
    assert _what(kg, "Bush") == {("Elected", "President of the United States")}


def test_a_candidacy_in_a_contest_under_way_is_the_reports_months(tmp_path):
    """In a report of January 2020, weeks before the Labour leadership result, candidates who
    "won the nominations to go through" entered that month, as far as the report tells; told
    after the result, the report does not say when."""
    text = ("date {}\nLabour race\n\nThe field for the Labour leadership election was "
            "settled. Ann Roe and Tom Hale each won the nominations of 22 MPs to go through to "
            "the members' ballot.\n")
    kg = _article(tmp_path, text.format("2020-01-14"))
    assert _when(kg, "Ann Roe") == _when(kg, "Tom Hale") == {("StoodForElection", "2020-01")}
    (tmp_path / "after").mkdir()
    kg = _article(tmp_path / "after", text.format("2020-06-01"))
    assert _when(kg, "Ann Roe") == {("StoodForElection", None)}


def test_a_deed_after_one_told_by_the_night_is_in_its_month(tmp_path):
    """'took over after X resigned on Sunday night', told on the Monday: between that night
    and the report, so that month (the model tags "Sunday night" a time, not a date)."""
    kg = _article(tmp_path, "date 2018-07-09\nNews\n\nAnn Roe, who succeeded Jim Poe as home "
                  "secretary after he resigned on Sunday night, is a careful lawyer.\n")
    assert ("Appointed", "Home Secretary", "2018-07", None) in _events(kg, "Ann Roe")


def test_an_election_campaign_names_no_poll_without_its_year(tmp_path):
    """'during the election campaign' says which campaign, not which poll: no election held
    is told; 'the 2019 election campaign' names the poll."""
    text = ("date 2020-02-20\nNews\n\nTory MPs will remind the chancellor of the pledges "
            "made during the {}election campaign that fuel duty would stay frozen.\n")
    assert not _held(_article(tmp_path, text.format("")))
    (tmp_path / "year").mkdir()
    assert _held(_article(tmp_path / "year", text.format("2019 "))) == {
        ("2019 general election", "2019-12-12")}


def test_a_one_word_seat_before_a_possessive_is_a_seat(tmp_path):
    """"Slough's constituency association" names the seat Slough, so "the seat" a sentence
    later is Slough's, not the one named before it."""
    kg = _article(tmp_path, "date 2005-03-25\nNews\n\nThe Arundel and South Downs Tories met "
                  "on Tuesday. Officers of Slough's constituency association were suspended by "
                  "the party leader. Tom Hale was then selected to fight the seat in place of a "
                  "sacked predecessor.\n")
    assert _what(kg, "Tom Hale") == {("StoodForElection", "Slough")}


def test_the_partys_post_is_the_party_named_before(tmp_path):
    """"The party's former head of communications" is the post of the party named last
    before it, as the article wrote that party (in the singular: "Tory treasurer"); not a
    bare head of communications."""
    kg = _article(tmp_path, "date 2023-08-23\nTom Hale named Labour chief executive\n\nThe "
                  "party's former head of communications quit his role in a row over its "
                  "membership figures.\n")
    assert ("Resigned", "Labour head of communications") in _what(kg, "Tom Hale")
    (tmp_path / "tories").mkdir()  # "the Tories" before a post reads "Tory"
    kg = _article(tmp_path / "tories", "date 2005-03-01\nNews\n\nThe Tories spent heavily in "
                  "marginal seats. The money came from a firm run by the party's treasurer "
                  "Jim Poe.\n")
    assert ("OfficeHolding", "Tory treasurer") in _holds(kg, "Jim Poe")


def test_the_last_election_is_not_the_one_a_story_looks_ahead_to(tmp_path):
    """In an article with no date, 'the last election' is a poll of its own, dated by its own
    words, not the snap election the story speculates about."""
    kg = _article(tmp_path, "date unknown\nPoll talk\n\nNewspapers claim Tom Hale wants a "
                  "snap general election in February 2005, which his office calls idle talk. "
                  "The last election was in June 2001.\n")
    assert ("2001 general election", "2001-06-07") in _held(kg)


def test_a_resignation_that_left_the_by_elections_seat_is_from_that_seat(tmp_path):
    """In a report of the City of Chester by-election, "keep the seat ... after the
    resignation of X" is X's resignation of that seat; a resignation told without a seat
    beside it is not given one."""
    kg = _article(tmp_path, "date 2022-12-01\nPoll closes in Chester\n\nVoting has ended in "
                  "the City of Chester by-election. Labour hopes to keep the seat with a fresh "
                  "candidate after the resignation of Tom Hale. Separately, Ann Roe "
                  "resigned on Monday. It is the first by-election since the Jim Poe and Kim "
                  "Koe resignations.\n")
    assert _what(kg, "Tom Hale") == {("Resigned", "City of Chester")}
    assert _what(kg, "Ann Roe") == {("Resigned", None)}
    assert ("Resigned", "City of Chester") not in _what(kg, "Jim Poe") | _what(kg, "Kim Koe")


def test_a_partys_new_post_beside_a_name_is_that_persons_appointment(tmp_path):
    """"X, the Greens' new deputy leader," tells of X's appointment to the party's post; a
    peer's given name between the title and the surname stays part of her name."""
    kg = _article(tmp_path, "date 2021-06-10\nGreens reshuffle\n\nBaroness Mabel Quorn, the "
                  "Greens' new deputy leader, set out the party's plans for rural bus routes.\n")
    assert ("Appointed", "Greens deputy leader") in _what(kg, "Mabel Quorn")
    assert "Mabel" not in _labels(kg, "Person")


def test_a_post_of_a_body_described_before_its_name_is_the_post_of_that_body(tmp_path):
    """"Director of the housing charity Shelter" is the director of Shelter: the words that
    describe the body are not the post's; a post beside a name makes it a person's, whatever
    the model read it as; "legal", "managing" and "political" are words of the post."""
    kg = _article(tmp_path, "date 2011-03-02\nCharities react\n\nTessa Wrenfield, legal "
                  "director of the housing charity Shelter, said the rules would hurt tenants. "
                  "House of Commons leader Owen Pryde defended them, and so did Bram Colley, "
                  "the BBC's political editor.\n")
    assert ("OfficeHolding", "Legal director of Shelter") in _holds(kg, "Tessa Wrenfield")
    assert ("OfficeHolding", "Leader of the House of Commons") in _holds(kg, "Owen Pryde")
    assert ("OfficeHolding", "BBC political editor") in _holds(kg, "Bram Colley")
    (tmp_path / "bare").mkdir()  # of what, the words do not say
    kg = _article(tmp_path / "bare", "date 2011-03-02\nCharities react\n\nLinus Crake, a "
                  "political strategist who once worked for the Greens, and the executive "
                  "director Pia Ostrow agreed.\n")
    assert not _holds(kg, "Linus Crake") - {("Membership", "Green Party")}
    assert not _holds(kg, "Pia Ostrow")
    (tmp_path / "trust").mkdir()  # a name the model reads as an organisation's
    kg = _article(tmp_path / "trust", "date 2011-03-02\nCharities react\n\nWelcoming the "
                  "decision, Maeve Tollard, chief executive of the Migrant Aid Trust, said it "
                  "was fair.\n")
    assert ("OfficeHolding", "Chief executive of the Migrant Aid Trust") in _holds(
        kg, "Maeve Tollard")


def test_a_party_owned_by_a_person_or_under_one_is_led_by_that_person(tmp_path):
    """"Rishi Sunak's Conservatives" and "the Tories under Michael Howard" are the parties
    those two led; "her Labour MP" is her member of Parliament, no leader."""
    kg = _article(tmp_path, "date 2023-08-24\nParty accounts\n\nDonations to Rishi "
                  "Sunak's Conservatives fell last year. The Tories under Michael Howard had "
                  "fared little better. Nadia Brook's Labour MP Sam Tern said the figures "
                  "spoke for themselves.\n")
    assert ("Leadership", "Conservative Party") in _holds(kg, "Rishi Sunak")
    assert ("Leadership", "Conservative Party") in _holds(kg, "Michael Howard")
    assert not {kind for kind, _ in _holds(kg, "Nadia Brook")} & {"Leadership"}



def test_brought_in_or_returned_as_a_post_is_an_appointment(tmp_path):
    """"Brought in as" and "returned as" a post appoint to it, however the parser reads the
    post's words ("as levelling up secretary", with "levelling" as a verb); "brought down as
    prime minister" is a fall, and "X's Tory-linked donors" names no party X leads."""
    kg = _article(tmp_path, "date 2022-10-28\nReshuffle\n\nAmos Veale returned to the cabinet "
                  "on Tuesday as levelling up secretary. The new leader turned to Ruth Calder, "
                  "bringing her in as chief whip. Tom Hale was brought down as prime minister "
                  "by his own MPs, and Kit Dunmore's Tory-linked donors stayed quiet.\n")
    assert ("Appointed", "Levelling Up Secretary") in _what(kg, "Amos Veale")
    assert ("Appointed", "Chief Whip") in _what(kg, "Ruth Calder")
    assert not _what(kg, "Tom Hale")
    assert not _holds(kg, "Kit Dunmore")


def test_names_that_are_not_the_people_they_look_like(tmp_path):
    """"The Bill" is no person called Bill (nor the bill's full name a person); a "... Society"
    is a body; a peer named with his title's place is not the table's holder of his surname;
    the party of a losing candidate is not the winner's."""
    kg = _article(tmp_path, "date 2005-01-11\nLords reform\n\nThe Constitutional Reform Bill "
                  "returned to the Lords on Monday. Speaking at the Fabian Society, the minister "
                  "said the Bill would pass. Tory Lord Campbell of Alloway opposed it. In 2001 "
                  "Michael Howard held Folkestone and Hythe with 20,645 votes, well ahead of the "
                  "13,900 cast for the Liberal Democrat candidate Owen Tarrant.\n")
    people = _labels(kg, "Person")
    assert not people & {"Constitutional Reform Bill", "Bill", "Fabian Society",
                         "Menzies Campbell"}
    assert ("Membership", "Liberal Democrats") not in _holds(kg, "Michael Howard")
    assert ("Membership", "Liberal Democrats") in _holds(kg, "Owen Tarrant")


def test_a_title_before_a_name_after_to_is_that_names_not_the_advisers(tmp_path):
    """"Adviser to Chancellor Gordon Brown": Brown is the chancellor, no adviser."""
    kg = _article(tmp_path, "date 2005-02-01\nAdvisers\n\nHis brother is a special adviser to "
                  "Chancellor Gordon Brown.\n")
    assert _holds(kg, "Gordon Brown") == {("OfficeHolding", "Chancellor of the Exchequer")}


def test_programmes_and_phrases_before_places_are_no_people(tmp_path):
    """A profile's heading "Entering Westminster", "Across Wales" opening a sentence, and a
    radio programme are no people; the culture secretary's long title is that post."""
    kg = _article(tmp_path, "date 2005-03-14\nProfile\n\nEntering Westminster\nAmy Strand took "
                  "Selby in 2001. Across Wales, polling stations opened early. She told the "
                  "Westminster Hour that Culture, Media and Sport Secretary Lena Vance would "
                  "visit.\n")
    assert _labels(kg, "Person") == {"Amy Strand", "Lena Vance"}
    assert ("OfficeHolding", "Culture Secretary") in _holds(kg, "Lena Vance")
    (tmp_path / "local").mkdir()  # "local government" is a portfolio; "government" alone none
    kg = _article(tmp_path / "local", "date 2005-03-14\nCouncil tax\n\nCouncils want more "
                  "cash, local government minister Ira Pell conceded. Senior government "
                  "minister Tom Brack said nothing.\n")
    assert _holds(kg, "Ira Pell") == {("OfficeHolding", "Local government minister")}
    assert not _holds(kg, "Tom Brack")


def test_a_role_after_a_name_on_a_lists_line_is_not_part_of_the_name(tmp_path):
    """A list of backers whose lines read "Name Role" names the person without the role."""
    kg = _article(tmp_path, "date 2016-06-21\nWho backs which side\n\nRuth Calder Actor\n"
                  "Backs staying in, citing film funding.\n\nMargaret Ellery Entrepreneur\n"
                  "Backs leaving, citing red tape.\n")
    assert {"Ruth Calder", "Margaret Ellery"} <= _labels(kg, "Person")
    assert not _labels(kg, "Person") & {"Ruth Calder Actor", "Margaret Ellery Entrepreneur"}
