"""The scorer on small hand-made gold and system facts (FORMAT.md "Scoring")."""

from __future__ import annotations

import json

import pytest

from polkg.evaluation import Entity, Event, Facts, GoldFormatError, Relation, Score, micro, score
from polkg.evaluation.scoring import assign, date_within, same_name

from .conftest import EXAMPLES, ROOT

CORBYN = Entity("Person", "Jeremy Corbyn", ("Corbyn", "Mr Corbyn"))
STARMER = Entity("Person", "Keir Starmer", ("Sir Keir",))
LABOUR = Entity("Party", "Labour Party", ("Labour",))
ISLINGTON = Entity("Constituency", "Islington North")


def facts(entities=(), events=(), relations=()) -> Facts:
    return Facts("article.txt", None, list(entities), list(events), list(relations))


def counts(s: Score) -> tuple[int, int, int]:
    return s.tp, s.fp, s.fn


def test_precision_recall_f1_from_counts():
    s = Score(tp=3, fp=1, fn=2)
    assert s.precision == 0.75 and s.recall == 0.6
    assert s.f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)
    assert Score().f1 == 0.0 and Score().precision == 0.0


def test_entities_precision_and_recall():
    gold = facts([CORBYN, STARMER, LABOUR])
    system = facts([Entity("Person", "Jeremy Corbyn"), Entity("Party", "Labour Party"),
                    Entity("Organization", "Islington Gazette")])
    assert counts(score(gold, system)["entities"]) == (2, 1, 1)


@pytest.mark.parametrize("system_name, gold_name", [
    ("Sir Keir Starmer", "Keir Starmer"),
    ("Mr. Corbyn", "Corbyn"),
    ("Baroness Shami Chakrabarti", "Shami Chakrabarti"),
    ("Dame Margaret Hodge", "margaret hodge"),
    ("Dr Rosena Allin-Khan", "Rosena Allin Khan"),
    ("Siân Berry", "Sian Berry"),
])
def test_names_ignore_case_punctuation_and_honorifics(system_name, gold_name):
    assert same_name(system_name, gold_name)


def test_different_people_with_one_surname_do_not_match():
    assert not same_name("Ed Miliband", "David Miliband")


def test_entity_matches_an_alias_but_not_another_type():
    gold = facts([STARMER, LABOUR])
    system = facts([Entity("Person", "Sir Keir"), Entity("Organization", "Labour")])
    assert counts(score(gold, system)["entities"]) == (1, 1, 1)


def test_one_to_one_two_system_entities_for_one_gold_entity():
    gold = facts([CORBYN])
    system = facts([Entity("Person", "Jeremy Corbyn"), Entity("Person", "Mr Corbyn")])
    assert counts(score(gold, system)["entities"]) == (1, 1, 0)


def test_matching_is_a_maximum_assignment_not_greedy():
    # The first gold event accepts either system event, the second only the first:
    # taking them in order would pair one; the best assignment pairs both.
    gold = facts([CORBYN, ISLINGTON], events=[
        Event("Elected", "Jeremy Corbyn", None, "2024"),
        Event("Elected", "Jeremy Corbyn", "Islington North", "2024"),
    ])
    system = facts(events=[Event("Elected", "Jeremy Corbyn", "Islington North", "2024-07-05"),
                           Event("Elected", "Jeremy Corbyn", "Hornsey", "2024-07-05")])
    assert counts(score(gold, system)["events"]) == (2, 0, 0)


def test_assign_prefers_to_leave_excusable_facts_unmatched():
    pairs = assign(["g"], ["excusable", "plain"], lambda g, s: True,
                   avoid=lambda s: s == "excusable")
    assert pairs == [(0, 1)]


def test_event_arguments_match_through_gold_aliases():
    gold = facts([CORBYN, LABOUR], events=[Event("Expelled", "Jeremy Corbyn", "Labour Party")])
    system = facts(events=[Event("Expelled", "Mr Corbyn", "Labour")])
    assert counts(score(gold, system)["events"]) == (1, 0, 0)
    wrong_type = facts(events=[Event("Suspended", "Mr Corbyn", "Labour")])
    assert counts(score(gold, wrong_type)["events"]) == (0, 1, 1)
    wrong_object = facts(events=[Event("Expelled", "Jeremy Corbyn", "Conservative Party")])
    assert counts(score(gold, wrong_object)["events"]) == (0, 1, 1)


def test_event_argument_absent_in_gold_is_not_checked():
    gold = facts([CORBYN], events=[Event("Elected", "Jeremy Corbyn", None, "2024-07")])
    system = facts(events=[Event("Elected", "Jeremy Corbyn", "Islington North", "2024-07-05")])
    assert counts(score(gold, system)["events"]) == (1, 0, 0)
    no_agent = facts(events=[Event("Elected", None, "Islington North", "2024-07-05")])
    assert counts(score(gold, no_agent)["events"]) == (0, 1, 1)


@pytest.mark.parametrize("gold_date, system_date, within", [
    ("2024", "2024-05-29", True),
    ("2024", "2024-05", True),
    ("2024-05", "2024-05-29", True),
    ("2024-05-29", "2024-05-29", True),
    ("2024-05-29", "2024", False),
    ("2024-05", "2024", False),
    ("2024", "2023-12-31", False),
    ("2024", None, False),
    (None, "2024", True),
])
def test_date_precision_rules(gold_date, system_date, within):
    assert date_within(gold_date, system_date) is within


def test_events_with_dates_need_the_date_within_gold():
    gold = facts([CORBYN, LABOUR], events=[Event("Suspended", "Jeremy Corbyn", "Labour Party",
                                                 "2020-10-29")])
    coarse = facts(events=[Event("Suspended", "Jeremy Corbyn", "Labour Party", "2020")])
    scores = score(gold, coarse)
    assert counts(scores["events"]) == (1, 0, 0)
    assert counts(scores["events_with_dates"]) == (0, 1, 1)


def test_with_dates_is_its_own_one_to_one_matching():
    gold = facts([CORBYN, ISLINGTON], events=[
        Event("Elected", "Jeremy Corbyn", "Islington North", "2024-07"),
        Event("Elected", "Jeremy Corbyn", "Islington North", "1983"),
    ])
    system = facts(events=[Event("Elected", "Jeremy Corbyn", "Islington North", "1983-06-09")])
    scores = score(gold, system)
    assert counts(scores["events"]) == (1, 0, 1)
    assert counts(scores["events_with_dates"]) == (1, 0, 1)


GE2019 = Entity("Election", "2019 general election", (), "general election", "2019")


@pytest.mark.parametrize("system, matches", [
    (Entity("Election", "December 2019 poll", (), "general election", "2019-12-12"), True),
    (Entity("Election", "2019 general election", (), "general election", "2019"), True),
    (Entity("Election", "the 2019 vote", (), "by-election", "2019-05"), False),
    (Entity("Election", "snap poll", (), "general election", "2017-06-08"), False),
    (Entity("Election", "snap poll", (), "general election", None), False),
])
def test_elections_match_by_kind_and_year_whatever_the_label(system, matches):
    assert score(facts([GE2019]), facts([system]))["entities"].tp == int(matches)


def test_undated_gold_election_matches_an_undated_one_of_its_kind():
    gold = Entity("Election", "General Election", (), "general election", None)
    system = Entity("Election", "next election", (), "general election", None)
    assert score(facts([gold]), facts([system]))["entities"].tp == 1


def test_event_object_election_matches_by_kind_and_year():
    gold = facts([GE2019], events=[Event("ElectionHeld", None, "2019 general election",
                                         "2019-12")])
    poll = Entity("Election", "December poll", (), "general election", "2019-12-12")
    system = facts([poll], events=[Event("ElectionHeld", None, "December poll", "2019-12-12")])
    assert counts(score(gold, system)["events_with_dates"]) == (1, 0, 0)
    other = Entity("Election", "December poll", (), "general election", "2017")
    system = facts([other], events=[Event("ElectionHeld", None, "December poll", "2017")])
    assert counts(score(gold, system)["events"]) == (0, 1, 1)


def test_relations_and_relations_with_dates():
    gold = facts([CORBYN, LABOUR, ISLINGTON], relations=[
        Relation("memberOf", "Jeremy Corbyn", "Labour Party", None, "2024"),
        Relation("represents", "Jeremy Corbyn", "Islington North", "1983"),
    ])
    system = facts(relations=[
        Relation("memberOf", "Corbyn", "Labour", None, "2024-05"),
        Relation("represents", "Jeremy Corbyn", "Islington North", None),
        Relation("holdsOffice", "Jeremy Corbyn", "Leader of the Opposition"),
    ])
    scores = score(gold, system)
    assert counts(scores["relations"]) == (2, 1, 0)
    # The start that gold gives is missing from the system's representation.
    assert counts(scores["relations_with_dates"]) == (1, 2, 1)


def test_relation_dates_not_in_gold_are_not_checked():
    gold = facts([STARMER, LABOUR], relations=[Relation("leaderOf", "Keir Starmer", "Labour")])
    system = facts(relations=[Relation("leaderOf", "Keir Starmer", "Labour Party", "2020-04-04")])
    assert counts(score(gold, system)["relations_with_dates"]) == (1, 0, 0)


def test_membership_implied_by_gold_leadership_is_not_a_false_positive():
    gold = facts([STARMER, LABOUR], relations=[Relation("leaderOf", "Sir Keir", "Labour Party")])
    system = facts(relations=[
        Relation("leaderOf", "Keir Starmer", "Labour Party"),
        Relation("memberOf", "Keir Starmer", "Labour"),
        Relation("memberOf", "Keir Starmer", "Conservative Party"),
        Relation("memberOf", "Jeremy Corbyn", "Labour Party"),
    ])
    for measure in ("relations", "relations_with_dates"):
        assert counts(score(gold, system)[measure]) == (1, 2, 0)


def test_membership_listed_in_gold_beside_leadership_still_counts():
    gold = facts([CORBYN, LABOUR], relations=[
        Relation("memberOf", "Jeremy Corbyn", "Labour Party", None, "2024"),
        Relation("leaderOf", "Jeremy Corbyn", "Labour Party", "2015"),
    ])
    system = facts(relations=[Relation("memberOf", "Jeremy Corbyn", "Labour Party")])
    assert counts(score(gold, system)["relations"]) == (1, 0, 1)
    assert counts(score(gold, system)["relations_with_dates"]) == (0, 0, 2)


def test_micro_average_sums_counts_over_files():
    one = {m: Score(1, 0, 0) for m in ("entities", "events", "events_with_dates", "relations",
                                       "relations_with_dates")}
    two = {m: Score(1, 2, 3) for m in one}
    total = micro([one, two])
    assert counts(total["events"]) == (2, 2, 3)
    assert total["events"].precision == 0.5


def test_gold_file_round_trip(tmp_path):
    gold = facts([CORBYN, GE2019], [Event("ElectionHeld", None, "2019 general election", "2019")],
                 [Relation("memberOf", "Jeremy Corbyn", "Labour Party", "1965", "2024")])
    path = tmp_path / "a.gold.json"
    gold.write(path)
    assert Facts.read(path) == gold
    assert not list(tmp_path.glob("*.partial"))


@pytest.mark.parametrize("content, where", [
    ('{"entities": [{"type": "Person"}]}', "$.entities[0].name: missing"),
    ('{"events": [{"type": "Won", "agent": "X"}]}', "$.events[0].type: 'Won' is not one of"),
    ('{"relations": [{"type": "memberOf", "subject": "A", "object": "B", "start": "1983-13"}]}',
     "$.relations[0].start: '1983-13' is not a valid date"),
    ('{"entities": {}}', "$.entities: expected a list"),
    ('{\n  "entities": [,]\n}', "line 2 column 16: not JSON"),
])
def test_bad_gold_file_names_file_and_field(tmp_path, content, where):
    path = tmp_path / "bad.gold.json"
    path.write_text(content)
    with pytest.raises(GoldFormatError) as caught:
        Facts.read(path)
    assert str(caught.value).startswith(f"{path}: {where}")


def test_project_gold_files_all_read():
    for path in sorted([*(EXAMPLES / "gold").glob("*.gold.json"),
                        *(ROOT / "bench" / "news-heldout" / "gold").glob("*.gold.json")]):
        gold = Facts.read(path)
        assert counts(score(gold, gold)["relations_with_dates"]) == (len(gold.relations), 0, 0)
        assert json.loads(path.read_text())["document"] == gold.document
