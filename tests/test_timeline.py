"""`polkg timeline` and the timeline library: order, precision, sources, formats, pictures."""

from __future__ import annotations

import csv
import io
import json

import pytest

from polkg.graph.identity.resolve import UnknownName

from .conftest import CORBYN_ARTICLE, DATA

FIXTURE = DATA / "corbyn-timeline.trig"
# The acceptance order of issue 4, as (date, type, counterpart).
CAREER = [("1983", "Elected", "Islington North"), ("2015", "BecameLeader", "Labour Party"),
          ("2020", "Suspended", "Labour Party"), ("2024", "Expelled", "Labour Party"),
          ("2024-07", "Elected", "Islington North")]


def events(entries):
    return [(e.date_text, e.type, e.counterpart) for e in entries if e.tenure is None]


def test_career_in_order_at_each_dates_precision(kg):
    kg.load([FIXTURE])
    result = kg.timeline("Jeremy Corbyn")
    assert events(result.entries)[:5] == CAREER
    assert result.entries[-1].undated and result.entries[-1].type == "StoodForElection"
    dated = [e for e in result.entries if not e.undated]
    assert all(a.date.earliest <= b.date.earliest for a, b in zip(dated, dated[1:]))
    assert "2020-01-01" not in {e.date_text for e in result.entries}


def test_tenures_give_start_and_end_entries(kg):
    kg.load([FIXTURE])
    types = [(e.date_text, e.type) for e in kg.timeline("corbyn").entries if e.tenure]
    assert types == [("1983", "RepresentationStart"), ("2015", "LeadershipStart"),
                     ("2020-04", "LeadershipEnd"), ("2024", "MembershipEnd")]


def test_a_fact_from_two_documents_is_one_entry_with_both_sources(kg):
    kg.load([FIXTURE])
    (expelled,) = [e for e in kg.timeline("Jeremy Corbyn").entries if e.type == "Expelled"]
    assert [s.name for s in expelled.sources] == ["profile-corbyn.txt", "report-expulsion.txt"]


def test_range_keeps_what_may_fall_inside_and_drops_undated(kg):
    kg.load([FIXTURE])
    result = kg.timeline("Labour Party", start="2020-04", end="2020-04")
    assert [(e.date_text, e.type, e.counterpart) for e in result.entries] == [
        ("2020", "Suspended", "Jeremy Corbyn"), ("2020-04", "LeadershipEnd", "Jeremy Corbyn"),
        ("2020-04", "LeadershipStart", "Keir Starmer")]


def test_constituency_timeline(kg):
    kg.load([FIXTURE])
    result = kg.timeline("islington north")
    assert result.kind == "Constituency"
    assert {e.counterpart for e in result.entries} == {"Jeremy Corbyn"}


def test_cli_table_lists_the_career_in_order(run_cli):
    assert run_cli("load", str(FIXTURE)).exit_code == 0
    result = run_cli("timeline", "Jeremy Corbyn")
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[0].split() == ["date", "what", "counterpart", "label", "sources"]
    wanted = ["elected for Islington North", "became leader", "suspended from",
              "expelled from", "as an independent"]
    positions = [next(i for i, line in enumerate(lines) if w in line) for w in wanted]
    assert positions == sorted(positions)
    assert lines[-1].startswith("undated")


def test_cli_json_and_csv(run_cli):
    run_cli("load", str(FIXTURE))
    result = run_cli("timeline", "Jeremy Corbyn", "--format", "json")
    entries = json.loads(result.output)
    assert {"date", "type", "label", "counterpart", "sources"} <= set(entries[0])
    assert [(e["date"], e["type"], e["counterpart"]) for e in entries
            if e["tenure"] is None][:5] == CAREER
    assert entries[-1]["date"] is None and entries[-1]["undated"] is True
    table = list(csv.reader(io.StringIO(run_cli("timeline", "corbyn", "--format", "csv").output)))
    assert table[0] == ["date", "what", "counterpart", "label", "sources"]
    assert len(table) == len(entries) + 1


def test_cli_errors_are_clear(run_cli):
    run_cli("load", str(FIXTURE))
    unknown = run_cli("timeline", "Jeremy Corbin")
    assert unknown.exit_code == 1 and "closest: Jeremy Corbyn" in unknown.output
    bad_date = run_cli("timeline", "Corbyn", "--from", "last spring")
    assert bad_date.exit_code == 1 and "not a date" in bad_date.output
    bad_plot = run_cli("timeline", "Corbyn", "--plot", "out.gif")
    assert bad_plot.exit_code == 1 and "must be .png or .svg" in bad_plot.output


def test_library_raises_for_unknown_names(kg):
    kg.load([FIXTURE])
    with pytest.raises(UnknownName):
        kg.timeline("} ; DROP ALL ; {")


@pytest.mark.parametrize("suffix,signature", [(".png", b"\x89PNG\r\n\x1a\n"), (".svg", b"<svg")])
def test_plot_writes_a_real_picture(run_cli, tmp_path, suffix, signature):
    run_cli("load", str(FIXTURE))
    picture = tmp_path / f"corbyn{suffix}"
    result = run_cli("timeline", "Jeremy Corbyn", "--plot", str(picture))
    assert result.exit_code == 0, result.output
    content = picture.read_bytes()
    assert signature in content[:400] and len(content) > 10_000
    week = tmp_path / f"week{suffix}"
    result = run_cli("timeline", "Labour Party", "--from", "2020-04-01", "--to", "2020-04-07",
                     "--plot", str(week))
    assert result.exit_code == 0 and len(week.read_bytes()) > 5_000


def test_news_article_example(kg):
    kg.load([CORBYN_ARTICLE])
    found = events(kg.timeline("Jeremy Corbyn").entries)
    expected = [(t, c) for _, t, c in CAREER]
    kept = [(t, c) for _, t, c in found if (t, c) in expected]
    assert kept[: len(expected)] == expected


def test_one_entry_per_fact_and_undated_claims_never_override_dated_ones(kg):
    """Three documents give one expulsion at 2024, 2024-05 and no date: one entry at 2024-05
    with the three sources. Two elections and an undated one: the undated claim could be
    either, so it stays apart. Suspensions in 2020-05 and 2020-06 exclude each other: both
    stay. The undated leadership is evidence of the one dated leadership."""
    kg.load([DATA / "fusion.trig"])
    entries = [(e.date_text, e.type, sorted(s.name for s in e.sources))
               for e in kg.timeline("Ann Example").entries if e.type != "LeadershipEnd"]
    assert entries == [
        ("1983", "Elected", ["a.txt"]),
        ("1987", "Elected", ["b.txt"]),
        ("2015", "LeadershipStart", ["a.txt", "c.txt"]),
        ("2020-05", "Suspended", ["a.txt"]),
        ("2020-06", "Suspended", ["b.txt"]),
        ("2024-05", "Expelled", ["a.txt", "b.txt", "c.txt"]),
        ("undated", "Elected", ["c.txt"]),
    ]
    # On a date, an undated leadership is "sometime": not an answer for 2017 or 2025.
    leaders = [(str(r["label"]), str(r["start"]), str(r["end"]))
               for r in kg.run("leader_on_date", party="Labour Party", date="2017").dicts()]
    assert leaders == [("Ann Example", "2015", "2020-04")]
    assert list(kg.run("leader_on_date", party="Labour Party", date="2025").dicts()) == []
    # The suspension's two dates are a disagreement: conflicts lists it with both sources.
    (conflict,) = kg.run("conflicts").dicts()
    assert (str(conflict["conflict"]), str(conflict["detail"]),
            sorted(str(conflict["sources"]).split())) == (
        "sources disagree on the date", "2020-05 vs 2020-06",
        ["https://example.org/news/a", "https://example.org/news/b"])


def test_one_event_dated_two_ways_by_two_sources_is_marked_contested():
    from polkg.graph.identity.dates import DateInterval
    from polkg.graph.network.timeline import Entry, Source, Timeline, fuse

    def expelled(day: str, document: str) -> Entry:
        return Entry(DateInterval.parse(day), "Expelled", "Expelled", "X expelled", "Labour",
                     "party/labour", sources=(Source(document, f"{document}.txt"),))

    may, june, spring, later = (expelled("2024-05", "a"), expelled("2024-06", "b"),
                                expelled("2024", "c"), expelled("2021-06", "d"))
    fused = {e.date_text: e for e in fuse([may, june, spring, later])}
    # "2024" nests in both months, so it joins neither; 2021 is another expulsion
    assert sorted(fused) == ["2021-06", "2024", "2024-05", "2024-06"]
    assert [str(c) for c in fused["2024-05"].contested] == ["2024-06 per b.txt"]
    assert [str(c) for c in fused["2024-06"].contested] == ["2024-05 per a.txt"]
    assert not fused["2021-06"].contested and not fused["2024"].contested
    row = Timeline("x", "X", "Person", [fused["2024-05"]]).rows()[0]
    assert row[1] == "Expelled (contested: 2024-06 per b.txt)"
    assert fused["2024-05"].as_dict()["contested"][0]["date"] == "2024-06"
    # one source telling both dates is not a contest between sources
    assert not fuse([may, expelled("2024-06", "a")])[0].contested
