"""One entity, many sources: identifier-first linking, and `polkg duplicates`."""

from __future__ import annotations

import csv
import io

from polkg.graph.identity.identity import entity_iri
from polkg.graph.identity.linking import Linker
from polkg.loaders import KnownEntity

from .test_structured_loaders import EP_HEADER, RESULTS_HEADER


def test_identifier_wins_over_name():
    linker = Linker()
    first = linker.link("person", "Jeremy Corbyn", ["wikidata:Q291169"])
    again = linker.link("person", "Jeremy Bernard Corbyn", ["wikidata:Q291169"])
    assert again.iri == first.iri == entity_iri("person", "Jeremy Corbyn")
    assert again.label == "Jeremy Corbyn" and not again.new


def test_same_name_different_ids_are_two_nodes():
    linker = Linker()
    a = linker.link("person", "David Davies", ["everypolitician:aaa"])
    b = linker.link("person", "David Davies", ["everypolitician:bbb"])
    assert a.iri != b.iri and b.new
    assert b.iri == entity_iri("person", "David Davies everypolitician:bbb")
    # A later mention by name alone is ambiguous between them, so it merges with neither.
    c = linker.link("person", "David Davies", [], hint="Monmouth")
    assert c.iri not in (a.iri, b.iri)


def test_name_alone_merges_with_the_one_stored_entity_and_gives_it_the_id():
    stored = KnownEntity(entity_iri("person", "Jeremy Corbyn"), "Person", "Jeremy Corbyn",
                         ("Corbyn",))
    linker = Linker([stored])
    assert linker.link("person", "Mr Jeremy Corbyn", ["everypolitician:d0e0"]).iri == stored.iri
    assert linker.link("person", "Corbyn").iri == stored.iri  # by its alias
    assert linker.identifiers_of(stored.iri) == {"everypolitician:d0e0"}


def test_stored_identifier_links_a_differently_named_entity():
    stored = KnownEntity(entity_iri("constituency", "Sheffield, Hallam"), "Constituency",
                         "Sheffield, Hallam", (), ("wikidata:Q1031731",))
    linked = Linker([stored]).link("constituency", "Hallam", ["wikidata:Q1031731"])
    assert linked.iri == stored.iri and linked.label == "Sheffield, Hallam"


def test_birth_dates_keep_namesakes_apart_but_allow_coarser_dates():
    linker = Linker()
    a = linker.link("person", "John Smith", born="1950-03")
    assert linker.link("person", "John Smith", born="1950").iri == a.iri
    b = linker.link("person", "John Smith", hint="1981", born="1981-07-02")
    assert b.iri != a.iri and b.iri == entity_iri("person", "John Smith 1981")


def test_a_title_keeps_a_name_from_a_namesake_of_the_other_gender():
    stored = KnownEntity(entity_iri("person", "Charles Kennedy"), "Person", "Charles Kennedy",
                         ("Kennedy", "Mr Kennedy"))
    linker = Linker([stored], {"Charles": "m"})
    assert linker.link("person", "Kennedy", gender="m").iri == stored.iri
    baroness = linker.link("person", "Kennedy", gender="f")
    assert baroness.iri != stored.iri and baroness.new
    # a source that tells no gender links by name, as before
    assert linker.link("person", "Charles Kennedy").iri == stored.iri


def test_reissued_ons_codes_do_not_split_a_constituency():
    linker = Linker()
    old = linker.link("constituency", "Islington North", ["ons:E14000763"])
    new = linker.link("constituency", "Islington North", ["ons:E14001305"])
    assert old.iri == new.iri


def test_results_and_everypolitician_share_person_and_seat(kg, tmp_path):
    results = tmp_path / "GE2019.csv"
    results.write_text(RESULTS_HEADER.replace("RUK", "BRX") + (
        'E14009003,E12000007,"Sheffield, Hallam",Yorkshire,England,Borough,Olivia,Blake,'
        'Female,Lab gain from Ind,Lab,LD,"70,000","40,000",100,712,"10,000","15,000","14,288",'
        '0,"700",0,0,0,0,0,0,0,12,0\n'))
    term = tmp_path / "term-57.csv"
    term.write_text(EP_HEADER + (
        "u7,Olivia Blake,,,,,Labour,labour,uk.org.publicwhip/cons/503,Sheffield Hallam,"
        "House of Commons,57,2019-01-01,,,female,Q900030,Q9630,Q1031731\n"))
    report = kg.load([results, term])
    assert not report.failed
    stats = kg.stats()
    # Con, Lab (one node for "Lab" and "Labour" with Q9630), LD, Green
    assert (stats["persons"], stats["constituencies"], stats["parties"]) == (1, 1, 4)
    (row,) = kg.query("""
        SELECT DISTINCT ?ons ?w WHERE { ?c a pol:Constituency ; pol:externalId ?ons ;
                                           pol:wikidataId ?w FILTER STRSTARTS(?ons, "ons:") }"""
    ).rows
    assert [str(v) for v in row] == ["ons:E14009003", "Q1031731"]


def test_duplicates_lists_a_weak_pair_with_its_evidence_not_namesakes(tmp_path, run_cli):
    results = tmp_path / "GE2024.csv"
    results.write_text(RESULTS_HEADER + (
        'E14009001,E12000007,Riverside North,London,England,Borough,Tom,Example,Male,Lab hold,'
        'Lab,Con,"70,000","40,000",100,"5,000","10,000","15,000","2,000","3,000","1,000",'
        '0,0,0,0,0,0,0,"9,000",0\n'))
    term = tmp_path / "term.csv"
    term.write_text(EP_HEADER + (
        "u2,Thomas Example,,,,,Labour,labour,,Riverside North,House of Commons,57,,,,male,,Q9630,\n"
        "u3,Ann Smith,,,,,Labour,labour,,Northtown,House of Commons,57,,,,female,Q1,Q9630,\n"
        "u4,Ann Smith,,,,,Labour,labour,,Southtown,House of Commons,57,,,,female,Q2,Q9630,\n"))
    assert not run_cli("load", str(results), str(term)).exit_code
    result = run_cli("duplicates", "--type", "Person", "--format", "csv")
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.output)))
    # The seat's two tenures are five years apart: listed, not merged. Two ids of one scheme
    # outweigh a shared name: the Ann Smiths are not listed.
    assert [(r["label"], r["other_label"], r["score"], r["for"], r["against"]) for r in rows] == [
        ("Thomas Example", "Tom Example", "3",
         "'Thomas Example' and 'Tom Example' are forms of one name; "
         "both held Riverside North, at other times; same party", ""),
    ]
