"""A timeline as a picture (PNG or SVG, by the file's suffix), drawn with matplotlib.

One lane per counterpart (party, office, constituency; a person, for a party's or
a constituency's timeline). Memberships, leaderships, offices and seats are bars;
where a bound is known only to the year or month, the bar fades across that
span (an end in "2020" fades out over 2020 instead of stopping on 1 January).
Events are labelled markers at the middle of their date, with a thin line over
the whole span the date can mean. The axis labels adapt from decades to days,
so a 40-year career and a single week both read. Undated facts are counted in
a footnote. Uses matplotlib's Figure directly: no pyplot state, no GUI backend.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from matplotlib.dates import AutoDateLocator, ConciseDateFormatter, date2num
from matplotlib.figure import Figure

from polkg.graph.network.timeline import Period, Timeline

SUFFIXES = (".png", ".svg")
COLOURS = {"Membership": "#4c72b0", "Leadership": "#c44e52", "OfficeHolding": "#55a868",
           "Representation": "#8172b2"}
#: Where each tenure's bar sits in its lane (events sit at the lane's centre line).
OFFSETS = {"Membership": 0.18, "Representation": 0.18, "OfficeHolding": 0.18, "Leadership": -0.02}
BAR_HEIGHT = 0.16
FADE_STEPS = 16


class PlotError(ValueError):
    """The picture cannot be drawn (an unknown file type)."""


def plot_timeline(timeline: Timeline, path: str | Path) -> Path:
    """Draw the timeline into path (.png or .svg); returns the path written."""
    path = Path(path)
    if path.suffix.lower() not in SUFFIXES:
        raise PlotError(f"{path}: the picture must be .png or .svg")
    periods = timeline.periods()
    events = [e for e in timeline.entries if e.date is not None and e.tenure is None]
    lanes = _lanes(timeline)
    low, high = _span(timeline, periods)
    fig = Figure(figsize=(12, 1.6 + 0.75 * max(len(lanes), 1)), layout="constrained")
    ax = fig.add_subplot()
    for period in periods:
        _bar(ax, lanes[period.counterpart] + OFFSETS.get(period.tenure, 0.18), period, low, high)
    for n, event in enumerate(events):
        y = lanes[event.counterpart or ""] - 0.2
        middle = event.date.earliest + (event.date.latest - event.date.earliest) / 2
        ax.plot([date2num(event.date.earliest), date2num(event.date.latest + timedelta(1))],
                [y, y], color="#333333", linewidth=1, alpha=0.5)
        ax.plot(date2num(middle), y, marker="D", color="#333333", markersize=5)
        # Labels near the right edge go to the marker's left, so they stay inside the axes.
        right = middle > low + (high - low) * 0.8
        ax.annotate(f"{event.what} ({event.date})", (date2num(middle), y),
                    xytext=(-4 if right else 4, -10 - 9 * (n % 2)), textcoords="offset points",
                    fontsize=7, ha="right" if right else "left", clip_on=True)
    ax.set_yticks(list(lanes.values()), [name or "(none)" for name in lanes])
    ax.set_ylim(max(lanes.values(), default=0) + 0.7, -0.7)
    ax.set_xlim(date2num(low), date2num(high))
    locator = AutoDateLocator()
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(ConciseDateFormatter(locator))
    ax.grid(axis="x", alpha=0.3)
    ax.set_title(f"{timeline.label}: timeline")
    handles = [ax.barh(0, 0, color=c, label=k, height=0) for k, c in COLOURS.items()
               if any(p.tenure == k for p in periods)]
    if handles:
        ax.legend(loc="upper left", fontsize=7, frameon=False)
    undated = sum(1 for e in timeline.entries if e.undated)
    if undated:
        fig.text(0.01, 0.005, f"{undated} undated fact(s) not drawn", fontsize=7)
    partial = path.with_name(path.name + ".partial")
    try:
        fig.savefig(partial, format=path.suffix[1:].lower(), dpi=120)
        partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)
    return path


def _lanes(timeline: Timeline) -> dict[str, int]:
    """Counterparts in order of first appearance, each with its lane number."""
    lanes: dict[str, int] = {}
    for entry in timeline.entries:
        lanes.setdefault(entry.counterpart or "", len(lanes))
    return lanes


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
    ax.text(date2num(max(begin_fade, low)), y - BAR_HEIGHT / 2 - 0.02, period.tenure,
            fontsize=6, color=colour, va="bottom")


def _fade(ax, y: float, start: date, stop: date, colour: str, *, rising: bool) -> None:
    """A run of thin slices whose opacity climbs (rising) or falls across [start, stop)."""
    width = (date2num(stop) - date2num(start)) / FADE_STEPS
    if width <= 0:
        return
    for i in range(FADE_STEPS):
        share = (i + 0.5) / FADE_STEPS
        ax.barh(y, width, left=date2num(start) + i * width, height=BAR_HEIGHT, color=colour,
                alpha=share if rising else 1 - share, linewidth=0)
