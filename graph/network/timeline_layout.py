"""Where a timeline picture puts things: which lanes it draws, and rows of labels that never
overlap. Arithmetic only, no matplotlib: timeline_plot measures each label and asks here.

A party of hundreds cannot be one lane per member in a picture that stays readable, so
the picture draws the N counterparts longest in office (the rest are counted), and its
size is bounded by N. Labels go in rows under their markers: each label takes the first
row where it clears the one before it; a label with no row left is not drawn but counted
(adjustText would only make overlaps rarer; this makes them impossible, and the same
input always gives the same picture).
"""

from __future__ import annotations

from datetime import date

from polkg.graph.network.timeline import Period, Timeline

#: Lanes drawn by default, and at most (each lane is LANE_INCHES high).
DEFAULT_LANES = 20
MAX_LANES = 40
WIDTH_INCHES = 12
LANE_INCHES = 0.5
#: Above the lanes (title, legend) and below them (dates, three lines of footnotes).
TOP_INCHES = 0.7
BOTTOM_INCHES = 1.0
DPI = 120
MAX_HEIGHT_PX = round((TOP_INCHES + MAX_LANES * LANE_INCHES + BOTTOM_INCHES) * DPI)
WIDTH_PX = WIDTH_INCHES * DPI


def height_inches(lanes: int) -> float:
    return TOP_INCHES + max(lanes, 1) * LANE_INCHES + BOTTOM_INCHES


def top_lanes(timeline: Timeline, periods: list[Period], low: date, high: date,
              n: int) -> tuple[list[str], int]:
    """The `n` counterparts longest in office between low and high (ties: more entries,
    then the first seen), in order of first appearance; and how many were left out."""
    order: dict[str, int] = {}
    entries: dict[str, int] = {}
    for entry in timeline.entries:
        name = entry.counterpart or ""
        order.setdefault(name, len(order))
        entries[name] = entries.get(name, 0) + 1
    days = dict.fromkeys(order, 0)
    for period in periods:
        days[period.counterpart] = days.get(period.counterpart, 0) + _days(period, low, high)
    ranked = sorted(order, key=lambda name: (-days[name], -entries[name], order[name]))
    kept = sorted(ranked[:n], key=order.__getitem__)
    return kept, len(order) - len(kept)


def _days(period: Period, low: date, high: date) -> int:
    """Days in office within [low, high]: an unknown bound is taken as the window's edge."""
    start = max(period.start.earliest if period.start else low, low)
    end = min(period.end.latest if period.end else high, high)
    return max((end - start).days, 0)


def pack(spans: list[tuple[float, float]], rows: int, gap: float) -> list[int | None]:
    """For each (left, right) span, the row it goes in: the first whose last span ends `gap`
    or more before it begins, taking spans from the left; None when no row has room."""
    ends: list[float] = [float("-inf")] * rows
    placed: list[int | None] = [None] * len(spans)
    for i in sorted(range(len(spans)), key=lambda i: spans[i]):
        left, right = spans[i]
        row = next((r for r in range(rows) if ends[r] + gap <= left), None)
        if row is not None:
            ends[row] = right
            placed[i] = row
    return placed
