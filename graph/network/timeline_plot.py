"""A timeline as a picture (PNG or SVG, by the file's suffix), drawn with matplotlib.

One lane per counterpart (party, office, constituency; a person, for a party's or
a constituency's timeline), at most the N longest in office (timeline_layout.py: the
others are counted in a footnote, and the picture's size is bounded by N). Memberships,
leaderships, offices and seats are bars, a term file's "held" span from the day it is
attested to as far as its evidence is carried; where a bound is known only to the year
or month, the bar fades across that span (an end in "2020" fades out over 2020 instead
of stopping on 1 January). Events are markers at the middle of their date, with a thin
line over the whole span the date can mean, and labels in rows under their lane that
never overlap (a label with no room is counted, not drawn). The axis labels adapt from
decades to days, so a 40-year career and a single week both read. Undated facts are
counted in a footnote. Uses matplotlib's Figure directly: no pyplot state, no GUI backend.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.dates import AutoDateLocator, ConciseDateFormatter, date2num
from matplotlib.figure import Figure

from polkg.graph.network.timeline import Entry, Period, Timeline
from polkg.graph.network.timeline_layout import (
    BOTTOM_INCHES,
    DEFAULT_LANES,
    DPI,
    LANE_INCHES,
    TOP_INCHES,
    WIDTH_INCHES,
    height_inches,
    pack,
    top_lanes,
)

SUFFIXES = (".png", ".svg")
COLOURS = {"Membership": "#4c72b0", "Leadership": "#c44e52", "OfficeHolding": "#55a868",
           "Representation": "#8172b2"}
#: Where things sit in a lane, in lanes from its centre (down is +): events on top, then
#: the bars, then the rows of labels down to the lane's bottom edge.
EVENT_Y = -0.38
BAR_Y = {"Leadership": -0.12}
OTHER_BAR_Y = -0.24
BAR_HEIGHT = 0.1
LABELS_Y = -0.04
LABEL_FONT = 6.5
LABEL_GAP_PX = 4
#: Room for the lane names on the left (cut to NAME_CHARS), and on the right.
LEFT_INCHES, RIGHT_INCHES, NAME_CHARS = 2.2, 0.3, 32
#: The footnotes, up from the bottom edge (under the dates and their offset line).
NOTES_INCHES = 0.08
FADE_STEPS = 16
#: Who a lane is, for the footnote, by the timeline's kind.
LANE_NOUNS = {"Person": "counterparts", "Party": "members", "Constituency": "members"}


class PlotError(ValueError):
    """The picture cannot be drawn (an unknown file type)."""


def plot_timeline(timeline: Timeline, path: str | Path, *, lanes: int = DEFAULT_LANES) -> Path:
    """Draw the timeline into path (.png or .svg), at most `lanes` lanes; returns the path."""
    path = Path(path)
    if path.suffix.lower() not in SUFFIXES:
        raise PlotError(f"{path}: the picture must be .png or .svg")
    fig = draw_timeline(timeline, lanes=lanes)
    partial = path.with_name(path.name + ".partial")
    try:
        fig.savefig(partial, format=path.suffix[1:].lower(), dpi=DPI)
        partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)
    return path


def draw_timeline(timeline: Timeline, *, lanes: int = DEFAULT_LANES) -> Figure:
    """The picture as a matplotlib Figure (its size: timeline_layout.height_inches)."""
    periods = timeline.periods()
    low, high = _span(timeline, periods)
    names, left_out = top_lanes(timeline, periods, low, high, lanes)
    lane = {name: i for i, name in enumerate(names)}
    fig, ax = _axes(len(names))
    ax.set_xlim(date2num(low), date2num(high))
    for period in periods:
        if period.counterpart in lane:
            y = lane[period.counterpart] + BAR_Y.get(period.tenure, OTHER_BAR_Y)
            _bar(ax, y, period, low, high)
    events = [e for e in timeline.entries
              if e.date is not None and e.tenure is None and (e.counterpart or "") in lane]
    for event in events:
        _marker(ax, lane[event.counterpart or ""] + EVENT_Y, event)
    hidden = _labels(fig, ax, events, lane)
    ax.set_yticks([i + OTHER_BAR_Y for i in range(len(names))],
                  [_short(name or "(none)") for name in names])
    ax.set_ylim(max(len(names), 1) - 0.5, -0.5)
    locator = AutoDateLocator()
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(ConciseDateFormatter(locator))
    ax.grid(axis="x", alpha=0.3)
    ax.set_title(f"{timeline.label}: timeline", loc="left")
    drawn = [k for k in COLOURS if any(p.tenure == k for p in periods)]
    if drawn:
        handles = [ax.barh(0, 0, color=COLOURS[k], label=k, height=0) for k in drawn]
        fig.legend(handles=handles, loc="upper right", ncol=len(drawn), fontsize=7,
                   frameon=False)
    notes = _notes(timeline, lanes, left_out, hidden)
    if notes:
        fig.text(0.01, NOTES_INCHES / fig.get_size_inches()[1], "\n".join(notes), fontsize=7,
                 va="bottom")
    return fig


def _axes(lanes: int):
    """A figure of bounded size with the axes placed by hand (lanes of fixed height, fixed
    margins), so a label's place in pixels is known before the picture is saved."""
    height = height_inches(lanes)
    fig = Figure(figsize=(WIDTH_INCHES, height), dpi=DPI)
    FigureCanvasAgg(fig)  # a renderer to measure labels with
    ax = fig.add_axes((LEFT_INCHES / WIDTH_INCHES, BOTTOM_INCHES / height,
                       1 - (LEFT_INCHES + RIGHT_INCHES) / WIDTH_INCHES,
                       1 - (TOP_INCHES + BOTTOM_INCHES) / height))
    return fig, ax


def _marker(ax, y: float, event: Entry) -> None:
    middle = date2num(_middle(event))
    ax.plot([date2num(event.date.earliest), date2num(event.date.latest + timedelta(1))],
            [y, y], color="#333333", linewidth=1, alpha=0.5)
    ax.plot(middle, y, marker="D", color="#333333", markersize=4)


def _middle(event: Entry) -> date:
    return event.date.earliest + (event.date.latest - event.date.earliest) / 2


def _labels(fig, ax, events: list[Entry], lane: dict[str, int]) -> int:
    """Label each event in rows under its lane's bars, to the marker's right (left, where
    the right edge is too near); labels that fit no row are removed. Returns how many."""
    renderer = fig.canvas.get_renderer()
    right_edge = ax.get_window_extent(renderer).x1
    lane_px = LANE_INCHES * DPI
    texts, spans, rows_of = [], [], []
    low, high = ax.get_xlim()
    for event in events:
        x = min(max(date2num(_middle(event)), low), high)  # a year seen through a week
        text = ax.text(x, lane[event.counterpart or ""] + LABELS_Y,
                       f"{event.what} ({event.date})", fontsize=LABEL_FONT, va="top")
        box = text.get_window_extent(renderer)
        if box.x1 > right_edge:
            text.set_horizontalalignment("right")
            box = text.get_window_extent(renderer)
        texts.append(text)
        spans.append((box.x0, box.x1))
        rows_of.append(box.height + 2)
    if not texts:
        return 0
    row_px = max(rows_of)
    rows = max(int((0.5 - LABELS_Y) * lane_px // row_px), 1)
    hidden = 0
    for name, number in lane.items():
        mine = [i for i, e in enumerate(events) if (e.counterpart or "") == name]
        placed = pack([spans[i] for i in mine], rows, LABEL_GAP_PX)
        for i, row in zip(mine, placed):
            if row is None:
                texts[i].remove()
                hidden += 1
            else:
                texts[i].set_y(number + LABELS_Y + row * row_px / lane_px)
    return hidden


def _notes(timeline: Timeline, lanes: int, left_out: int, hidden: int) -> list[str]:
    notes = []
    if left_out:
        noun = LANE_NOUNS.get(timeline.kind, "counterparts")
        notes.append(f"{left_out} more {noun} not drawn: the {lanes} longest in office are "
                     "(--top)")
    if hidden:
        notes.append(f"{hidden} event label(s) not drawn for lack of room: the table lists "
                     "every entry")
    undated = sum(1 for e in timeline.entries if e.undated)
    if undated:
        notes.append(f"{undated} undated fact(s) not drawn")
    return notes


def _short(name: str) -> str:
    return name if len(name) <= NAME_CHARS else name[:NAME_CHARS - 1] + "…"


def _span(timeline: Timeline, periods: list[Period]) -> tuple[date, date]:
    """The window asked for, else every date drawn, with a margin (at least a day)."""
    days = [d for e in timeline.entries if e.date for d in (e.date.earliest, e.date.latest)]
    days += [d for p in periods for i in (p.start, p.end) if i for d in (i.earliest, i.latest)]
    low, high = (min(days), max(days)) if days else (date.today(), date.today())
    if timeline.window:
        low, high = max(low, timeline.window[0]), min(high, timeline.window[1])
    margin = max((high - low) / 30, timedelta(days=1))
    return low - margin, high + margin


def _bar(ax, y: float, period: Period, low: date, high: date) -> None:
    """Solid where the tenure surely held; fading where its start or end is imprecise."""
    colour = COLOURS.get(period.tenure, "#777777")
    begin_fade = period.start.earliest if period.start else low
    begin = period.start.latest + timedelta(1) if period.start else low
    end = period.end.earliest if period.end else high
    end_fade = period.end.latest + timedelta(1) if period.end else high
    if end > begin:
        ax.barh(y, date2num(end) - date2num(begin), left=date2num(begin), height=BAR_HEIGHT,
                color=colour)
    _fade(ax, y, begin_fade, max(begin, begin_fade), colour, rising=True)
    _fade(ax, y, min(end, end_fade), end_fade, colour, rising=False)


def _fade(ax, y: float, start: date, stop: date, colour: str, *, rising: bool) -> None:
    """A run of thin slices whose opacity climbs (rising) or falls across [start, stop)."""
    width = (date2num(stop) - date2num(start)) / FADE_STEPS
    if width <= 0:
        return
    for i in range(FADE_STEPS):
        share = (i + 0.5) / FADE_STEPS
        ax.barh(y, width, left=date2num(start) + i * width, height=BAR_HEIGHT, color=colour,
                alpha=share if rising else 1 - share, linewidth=0)
