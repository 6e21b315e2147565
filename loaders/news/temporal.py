"""Time expressions to DateIntervals, at the precision the words allow.

Absolute expressions ("4 July 2024", "May 2020", "1983") resolve on their own;
relative ones ("last week", "on Tuesday", "for 40 years", "that day") need the
article's publication date (or the date of the event they refer back to) and
stay unresolved, with a reason, when it is unknown.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from polkg.graph.identity.dates import DateInterval

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS.pop("may", None)  # "may" is a modal verb; the full month is matched case-sensitively below
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
#: Days of the year a festival names, as (month, day): "arrested on New Year's Day".
HOLIDAYS = {"new year's day": (1, 1), "new year's eve": (12, 31), "christmas eve": (12, 24),
            "christmas day": (12, 25), "boxing day": (12, 26)}
NUMBERS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve".split())}
NUMBERS.update({"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "a": 1, "an": 1})

_MONTH = r"(January|February|March|April|May|June|July|August|September|October|November|" \
         r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"
_YEAR = r"(1[89]\d\d|20\d\d)"
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?\b")
_MONTH_DAY = re.compile(rf"\b{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+{_YEAR})?\b")
_MONTH_YEAR = re.compile(rf"\b{_MONTH}\s+(?:of\s+)?{_YEAR}\b")
_MONTH_ONLY = re.compile(rf"^(?:in\s+|last\s+|this\s+|next\s+)?{_MONTH}$", re.IGNORECASE)
#: "May last year", "in March this year", "January of next year"
_MONTH_OF_YEAR = re.compile(rf"^(?:in\s+)?{_MONTH}\s+(?:of\s+)?(last|this|next)\s+year$",
                            re.IGNORECASE)
_YEAR_ONLY = re.compile(rf"\b{_YEAR}\b")
_YEAR_SPAN = re.compile(rf"^(?:between\s+|from\s+)?{_YEAR}\s*(?:to|and|until|till|-|–)\s*"
                        rf"{_YEAR}$", re.IGNORECASE)
_DURATION = re.compile(r"\b(\d+|[a-z]+)\s+years?\b", re.IGNORECASE)
_AGO = re.compile(r"\b(\d+|[a-z]+)\s+(day|week|month|year)s?\s+ago\b", re.IGNORECASE)
ANAPHOR = re.compile(r"\b(that|the same|the following|the next|the previous)\s+"
                      r"(day|night|evening|morning|week|month|year)"
                      r"|\b(hours?|days?|weeks?)\s+(later|after|earlier|before)\b"
                      r"|\ba (few|couple of) (days|weeks)\b"
                      r"|\bwithin (a few |an? |\w+ )?(hours?|days?|weeks?)\b", re.IGNORECASE)
#: "a year later", "only 13 months earlier", "two years on": a count from another time
_MOVED = re.compile(r"^(?:only |just |some |about |almost |nearly )?(\S+ (?:month|year)s?) "
                    r"(earlier|later|before|after|on)$")
#: "a day", "six weeks", "11 years": a count of days, months or years before or after
#: another event
_COUNT = re.compile(r"^(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                    r"\d+)\s+(day|week|month|year)s?$", re.IGNORECASE)


@dataclass(frozen=True)
class TimeRef:
    """A resolved expression: its interval (None when unresolved), and how it relates in time.

    role is "point" (when it happened), "since" (a start: "since 1983"),
    "duration" (a start computed from "for 40 years"), or "anaphor" ("that day":
    the date of an event told before).
    """

    interval: DateInterval | None
    role: str = "point"
    reason: str | None = None
    #: for an anaphor, how many days it may lie from the date it refers to
    shift: int = 0
    #: for an anaphor counted in months or years ("two years later", "13 months earlier"):
    #: (n, unit), n negative for a time before the one referred to
    moved: tuple[int, str] | None = None


def _month_interval(year: int, month: int) -> DateInterval:
    return DateInterval.parse(f"{year:04d}-{month:02d}")


def _day(year: int, month: int, day: int) -> DateInterval | None:
    try:
        return DateInterval.of_day(date(year, month, day))
    except ValueError:
        return None


def _month_number(name: str) -> int:
    key = name.lower().rstrip(".")
    return 5 if key == "may" else MONTHS.get(key, MONTHS.get(key[:3], 0))


def _span(start: date, end: date) -> DateInterval:
    """The finest interval of our precisions that holds both days."""
    if start == end:
        return DateInterval.of_day(start)
    if (start.year, start.month) == (end.year, end.month):
        return _month_interval(start.year, start.month)
    if start.year == end.year:
        return DateInterval.parse(f"{start.year:04d}")
    return DateInterval.parse(f"{end.year:04d}")  # the later year: news reports the recent past


def year_span(text: str) -> tuple[DateInterval, DateInterval] | None:
    """The first and last year of a span told in one expression ("1983 to 1992", "between
    1997 and 2005", "2010-2015"), which resolve() reads as its first year only."""
    m = _YEAR_SPAN.match(" ".join(text.split()))
    if m is None or m.group(1) > m.group(2):
        return None
    return DateInterval.parse(m.group(1)), DateInterval.parse(m.group(2))


def holiday(text: str) -> tuple[int, int] | None:
    """The (month, day) of a festival's name ("Boxing Day", "New Year’s Day"), else None."""
    return HOLIDAYS.get(re.sub(r"^the\s+", "", " ".join(text.lower().replace("’", "'").split())))


def resolve(text: str, published: date | None, *, prep: str = "", future: bool = False,
            nearest: bool = False) -> TimeRef | None:
    """Resolve one time expression (a DATE entity's text, and the preposition before it).
    A month named alone is the last one before the report (the next, if `future`; the nearer
    of the two, if `nearest`).

    Returns None when the text is not a time expression we understand.
    """
    text = re.sub(r"['’]s$", "", " ".join(text.split()))  # "next Thursday's vote"
    lower = text.lower()
    prep = prep.lower()
    role = "since" if prep == "since" else "point"
    unknown = "relative date and the article's date is unknown"

    m = _MOVED.match(lower)
    if m and (count := counted(m.group(1))) is not None and count[1] != "day":
        # "two years later", "only 13 months earlier": counted from another time the story
        # tells, not the report's (never "this year" for "a year earlier")
        n, unit = count
        return TimeRef(None, "anaphor", moved=(-n if m.group(2) in ("earlier", "before") else n,
                                               unit))
    if ANAPHOR.search(lower) or (prep == "within" and re.search(r"\b(hours?|days?|weeks?)$",
                                                                 lower)):
        return TimeRef(None, "anaphor", shift=anaphor_shift(lower))
    if (festival := holiday(text)) is not None:
        if published is None:
            return TimeRef(None, role, "a festival's day without a year, article date unknown")
        year = published.year + (1 if future and date(published.year, *festival) < published
                                 else -1 if not future and date(published.year, *festival)
                                 > published else 0)  # the last one before the report
        return TimeRef(DateInterval.of_day(date(year, *festival)), role)
    for pattern, order in ((_DAY_MONTH, "dm"), (_MONTH_DAY, "md")):
        m = pattern.search(text)
        if m:
            day, month = (m.group(1), m.group(2)) if order == "dm" else (m.group(2), m.group(1))
            year = m.group(3)
            if year is None:
                if published is None:
                    return TimeRef(None, role, "day and month without a year, article date unknown")
                year = published.year
            interval = _day(int(year), _month_number(month), int(day))
            return TimeRef(interval, role) if interval else None
    m = _MONTH_YEAR.search(text)
    if m:
        return TimeRef(_month_interval(int(m.group(2)), _month_number(m.group(1))), role)
    if prep == "for" or (lower.startswith("for ") and "year" in lower):
        m = _DURATION.search(lower)
        if m:
            n = int(m.group(1)) if m.group(1).isdigit() else NUMBERS.get(m.group(1))
            if n is None:
                return None
            if published is None:
                return TimeRef(None, "duration", unknown)
            return TimeRef(DateInterval.parse(f"{published.year - n:04d}"), "duration")
    m = _YEAR_ONLY.search(text)
    if m and not re.search(r"\d+\s*(years?|months?)", lower):
        return TimeRef(DateInterval.parse(m.group(1)), role)
    m = _MONTH_OF_YEAR.match(text)
    if m:
        if published is None:
            return TimeRef(None, role, unknown)
        year = published.year + {"last": -1, "this": 0, "next": 1}[m.group(2).lower()]
        return TimeRef(_month_interval(year, _month_number(m.group(1))), role)
    m = _MONTH_ONLY.match(text)
    if m:
        if published is None:
            return TimeRef(None, role, unknown)
        month = _month_number(m.group(1))
        year = published.year
        if nearest and lower.split()[0] not in ("last", "this", "next"):
            year = min((year - 1, year, year + 1),
                       key=lambda y: abs((y - published.year) * 12 + month - published.month))
        elif not future and month > published.month:
            year -= 1
        elif future and month < published.month:
            year += 1
        return TimeRef(_month_interval(year, month), role)
    return _relative(lower, published, role, future, unknown)


#: Seasons and the month each ends in.
SEASONS = {"spring": 5, "summer": 8, "autumn": 11}


def _relative(lower: str, published: date | None, role: str, future: bool, unknown: str
              ) -> TimeRef | None:
    words = lower.replace("the ", "").split()
    if not words:
        return None
    weekday = next((WEEKDAYS[w] for w in words if w in WEEKDAYS), None)
    keyword = next((w for w in ("ago", "yesterday", "today", "tonight", "week", "weekend",
                                "month", "year", "morning", "night", "afternoon", "evening",
                                *SEASONS) if w in words), None)  # ("a year ago": not this year)
    if weekday is None and keyword is None:
        return None
    if published is None:
        return TimeRef(None, role, unknown)
    p = published
    nxt = "next" in words or "coming" in words or future
    last = "last" in words or "previous" in words
    if keyword in SEASONS:  # "last summer": the year of the last one ended (a season spans
        ends = SEASONS[keyword]  # two years only in winter, so a year is the honest grain)
        year = p.year - (1 if last and p.month <= ends else 0) + (1 if nxt else 0)
        return TimeRef(DateInterval.parse(f"{year:04d}"), role)
    if weekday is not None:
        delta = (weekday - p.weekday()) % 7 if nxt else -((p.weekday() - weekday) % 7)
        if last and delta == 0:
            delta = -7
        if "next" in words and delta == 0:  # "next Thursday", said on a Thursday
            delta = 7
        return TimeRef(DateInterval.of_day(p + timedelta(days=delta)), role)
    if keyword == "ago":  # "months ago": before the report, by a while it does not count
        m = _AGO.search(lower)
        n = (int(m.group(1)) if m.group(1).isdigit() else NUMBERS.get(m.group(1))) if m else None
        if not n or re.search(r"\b(more than|over|at least)\s", lower):
            return TimeRef(None, role, "some time before the report, not counted")
        unit = m.group(2)
        if unit == "day":  # "11 days ago": that day
            return TimeRef(DateInterval.of_day(p - timedelta(days=n)), role)
        if unit == "week":  # "two weeks ago": that week, give or take
            then = p - timedelta(weeks=n)
            return TimeRef(_span(then - timedelta(days=3), then + timedelta(days=3)), role)
        if unit == "month":
            month = p.month - n
            return TimeRef(_month_interval(p.year + (month - 1) // 12, (month - 1) % 12 + 1),
                           role)
        return TimeRef(DateInterval.parse(f"{p.year - n:04d}"), role)
    if keyword == "yesterday" or (keyword == "night" and last):
        return TimeRef(DateInterval.of_day(p - timedelta(days=1)), role)
    if keyword in ("today", "tonight", "morning", "afternoon", "evening", "night"):
        return TimeRef(DateInterval.of_day(p), role)
    if keyword in ("week", "weekend"):
        shift = 7 if nxt else -7 if last else 0
        monday = p + timedelta(days=shift - p.weekday())
        return TimeRef(_span(monday, monday + timedelta(days=6)), role)
    if keyword == "month":
        month = p.month + (1 if nxt else -1 if last else 0)
        year = p.year + (month - 1) // 12
        return TimeRef(_month_interval(year, (month - 1) % 12 + 1), role)
    shift = 1 if nxt else -1 if last else 0
    return TimeRef(DateInterval.parse(f"{p.year + shift:04d}"), role)


def anaphor_shift(lower: str) -> int:
    """Days between 'that day', 'hours later' (0), 'days later' (3), 'weeks later' (7)
    and the date they refer back to."""
    if "hour" in lower or re.search(r"\b(that|the same) (day|night|evening|morning)\b", lower):
        return 0
    if re.search(r"\bthe (next|following) day\b", lower):
        return 1  # exactly one day on
    if re.search(r"\bthe previous day\b", lower):
        return -1
    return 7 if "week" in lower else 3


def shift_days(interval: DateInterval, days: int) -> DateInterval:
    """'A few days after' a dated event: the same time, coarsened to what the words allow."""
    if interval.precision != "day" or days == 0:
        return interval
    moved = interval.earliest + timedelta(days=days)
    return _span(min(interval.earliest, moved), max(interval.earliest, moved))


def counted(text: str) -> tuple[int, str] | None:
    """'a day' -> (1, 'day'), 'six weeks' -> (42, 'day'), '11 years' -> (11, 'year'); None for
    anything else."""
    m = _COUNT.match(" ".join(text.lower().split()))
    if m is None:
        return None
    n = int(m.group(1)) if m.group(1).isdigit() else NUMBERS.get(m.group(1), 1)
    unit = m.group(2).lower()
    return (n * 7, "day") if unit == "week" else (n, unit)


def moved_by(interval: DateInterval, n: int, unit: str) -> DateInterval | None:
    """A date moved by n days, months or years, to the precision the count allows ('11 years
    after' a day is a year); None where the date is too coarse for the count."""
    if unit == "year":
        return DateInterval.parse(f"{interval.earliest.year + n:04d}")
    if unit == "month" and interval.precision in ("day", "month"):
        month = interval.earliest.month - 1 + n
        return _month_interval(interval.earliest.year + month // 12, month % 12 + 1)
    return offset_days(interval, n) if unit == "day" and interval.precision == "day" else None


def offset_days(interval: DateInterval, days: int) -> DateInterval:
    """A day interval moved by `days` (exact for a few days, coarsened beyond a week, where
    'six weeks after' is a round figure)."""
    if interval.precision != "day":
        return interval
    moved = interval.earliest + timedelta(days=days)
    if abs(days) <= 7:
        return DateInterval.of_day(moved)
    return _span(moved - timedelta(days=3), moved + timedelta(days=3))
