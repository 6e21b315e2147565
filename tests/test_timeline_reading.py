"""Timelines that read well (issue 15, item 4): --from/--to/--type/--limit on every timeline,
plots of a party of hundreds that stay bounded with no label over another, communities
without one person's own groups.

The big party is real: every Labour row of EveryPolitician's 2017 Parliament file (226 MPs,
tests/data/structured/labour-term-57), with the hand-made Corbyn timeline for events.
"""

from __future__ import annotations

import csv
import io
import json
import struct
from datetime import date, timedelta

import pytest

from polkg.api import KnowledgeGraph, ParameterError
from polkg.graph.identity.dates import DateInterval
from polkg.graph.network.timeline import Entry, Timeline
from polkg.graph.network.timeline_layout import MAX_HEIGHT_PX, MAX_LANES, WIDTH_PX
from polkg.graph.network.timeline_plot import draw_timeline

from .conftest import DATA

FIXTURE = DATA / "corbyn-timeline.trig"
LABOUR_MPS = DATA / "structured" / "labour-term-57"
MPS = 226


@pytest.fixture(scope="module")
def labour():
    kg = KnowledgeGraph(":memory:")
    assert not kg.load([LABOUR_MPS, FIXTURE]).failed
    yield kg
    kg.close()


def kinds(timeline: Timeline) -> list[tuple[str, str]]:
    return [(e.date_text, e.type) for e in timeline.entries]


def test_type_keeps_the_named_event_and_tenure_classes(labour):
    assert kinds(labour.timeline("Labour Party", types=["expelled", "Suspended"])) == [
        ("2020", "Suspended"), ("2024", "Expelled")]
    assert kinds(labour.timeline("Labour Party", types=["became leader", "Leadership"])) == [
        ("2015", "BecameLeader"), ("2015", "LeadershipStart"), ("2020-04", "LeadershipEnd"),
        ("2020-04", "LeadershipStart")]
    events = labour.timeline("Labour Party", types=["Event"]).entries
    assert [e.type for e in events] == ["BecameLeader", "Suspended", "Expelled"]
    held = labour.timeline("Labour Party", types=["Membership"]).entries
    assert len(held) == MPS + 1  # every MP's term, and Corbyn's membership ending
    with pytest.raises(ParameterError, match="closest: Membership"):
        labour.timeline("Labour Party", types=["Membrship"])


def test_range_type_and_limit_together(labour):
    everything = labour.timeline("Labour Party")
    assert len(everything.entries) == MPS + 7 and everything.total is None
    first = labour.timeline("Labour Party", limit=5)
    assert first.entries == everything.entries[:5] and first.total == len(everything.entries)
    later = labour.timeline("Labour Party", start="2020", types=["Tenure"], limit=2)
    assert kinds(later) == [("2020-04", "LeadershipEnd"), ("2020-04", "LeadershipStart")]
    assert later.total == 3  # and the membership that ended in 2024
    assert labour.timeline("Labour Party", limit=1000).total is None


def test_cli_options_filter_rows_and_say_what_the_limit_cut(run_cli):
    assert run_cli("load", str(LABOUR_MPS), str(FIXTURE)).exit_code == 0
    result = run_cli("timeline", "Labour Party", "--type", "Expelled,Suspended",
                     "--type", "became leader", "--from", "2016", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [(r["date"], r["what"]) for r in rows] == [("2020", "Suspended"), ("2024", "Expelled")]
    result = run_cli("timeline", "Labour Party", "--limit", "3", "--format", "jsonl")
    assert result.exit_code == 0 and len(result.stdout.splitlines()) == 3
    assert f"showing the first 3 of {MPS + 7} entries" in result.stderr
    bad = run_cli("timeline", "Labour Party", "--type", "Membrship")
    assert bad.exit_code == 1 and "closest: Membership" in bad.output
    assert run_cli("timeline", "Labour Party", "--limit", "0").exit_code == 2


def _png_size(path) -> tuple[int, int]:
    return struct.unpack(">II", path.read_bytes()[16:24])


def test_a_party_of_hundreds_draws_in_a_bounded_picture(run_cli, tmp_path):
    assert run_cli("load", str(LABOUR_MPS), str(FIXTURE)).exit_code == 0
    png, svg = tmp_path / "labour.png", tmp_path / "labour.svg"
    assert run_cli("timeline", "Labour Party", "--plot", str(png)).exit_code == 0
    width, height = _png_size(png)
    assert width == WIDTH_PX and 1000 < height < 1600  # 20 lanes, not 227
    result = run_cli("timeline", "Labour Party", "--plot", str(svg), "--top", str(MAX_LANES))
    assert result.exit_code == 0, result.output
    head = svg.read_text()[:1000]
    assert "<svg" in head and f'width="{WIDTH_PX * 72 // 120}pt"' in head
    assert run_cli("timeline", "Labour Party", "--plot", str(png), "--top", "41").exit_code == 2


def _boxes(fig):
    """Every piece of text drawn (labels, lane names, title, notes) as pixel boxes."""
    renderer = fig.canvas.get_renderer()
    (ax,) = fig.axes
    texts = [*ax.texts, *ax.get_yticklabels(), ax.title, *fig.texts]
    return [t.get_window_extent(renderer) for t in texts if t.get_visible() and t.get_text()]


def _overlaps(boxes) -> list[tuple[int, int]]:
    return [(i, j) for i, a in enumerate(boxes) for j, b in enumerate(boxes[i + 1:], i + 1)
            if a.overlaps(b)]


def test_no_label_overlaps_another_and_the_rest_are_counted(labour):
    timeline = labour.timeline("Labour Party")
    fig = draw_timeline(timeline, lanes=MAX_LANES)
    assert fig.get_size_inches()[1] * fig.dpi <= MAX_HEIGHT_PX
    boxes = _boxes(fig)
    assert len(boxes) > MAX_LANES and not _overlaps(boxes)
    (note,) = fig.texts
    assert f"{MPS - MAX_LANES} more members not drawn" in note.get_text()  # Corbyn is one


def test_a_crowded_lane_is_stacked_without_overlap():
    """Sixty elections a month apart in one lane: labels in rows, the ones with no room
    counted, none over another."""
    seat = "Islington North"
    start = date(2015, 1, 1)
    entries = [Entry(date=DateInterval.parse((start + timedelta(days=31 * i)).strftime("%Y-%m")),
                     type="Elected", what="Elected", label=f"elected for {seat}",
                     counterpart=seat, counterpart_iri="urn:seat") for i in range(60)]
    timeline = Timeline(entity=None, label="Jeremy Corbyn", kind="Person", entries=entries)
    fig = draw_timeline(timeline)
    boxes = _boxes(fig)
    assert not _overlaps(boxes)
    (ax,) = fig.axes
    drawn = len(ax.texts)
    assert 10 < drawn < 60
    assert f"{60 - drawn} event label(s) not drawn" in fig.texts[0].get_text()


def test_communities_leave_out_one_persons_own_groups(run_cli):
    assert run_cli("load", str(LABOUR_MPS)).exit_code == 0
    result = run_cli("communities", "--format", "json")
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    left_out = document["singletons_left_out"]
    assert left_out > 150 and f"left out {left_out} group(s)" in result.stderr
    for group in document["communities"]:
        types = [m["type"] for m in group["members"]]
        assert types.count("person") > 1 or "party" in types
    every = json.loads(run_cli("communities", "--include-singletons", "--format", "json").stdout)
    assert len(every["communities"]) == len(document["communities"]) + left_out
    assert every["singletons_left_out"] == 0
