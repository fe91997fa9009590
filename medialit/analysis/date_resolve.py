"""Placing a date expression on the calendar: one named resolver per rule of `date_rules`.

`resolve(hit, published, tense)` looks the hit's rule up in `RESOLVERS` and returns
``(low, high, anchor)``: the calendar range (None where it cannot be placed) and what it was
resolved against, or what is missing. A rule in `ANCHORED` needs the publication date; the
newspaper conventions each resolver follows are in `timeline`'s docstring.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

import pandas as pd

from ..calendar_words import calendar_words
from .date_rules import UNIT_WORDS, Hit
from .holidays import describe_rule, holiday_rule, rule_day

_CAL = calendar_words()
_MONTHS = _CAL.months
_WEEKDAYS = _CAL.weekdays
_NUMBER_WORDS = {"a": 1, "an": 1, **UNIT_WORDS}

Day = pd.Timestamp | None
Resolution = tuple[Day, Day, str]
MISSING = "needs the publication date"


@dataclass(frozen=True)
class Ask:
    """What a resolver reads: the rule's match, the publication date and the sentence's tense."""

    match: re.Match
    published: dt.date | None
    tense: str | None

    @property
    def groups(self) -> dict:
        return self.match.groupdict()

    @property
    def p(self) -> pd.Timestamp:
        """The publication date (only asked by `ANCHORED` resolvers, which never run without it)."""
        return pd.Timestamp(self.published)

    @property
    def anchor(self) -> str:
        return f"publication date {self.published.isoformat()}" if self.published else ""

    def month(self) -> int:
        return _MONTHS[self.groups["month"].rstrip(".").lower()]

    def rel(self) -> str:
        return (self.groups.get("rel") or "").lower()


def _month_range(year: int, month: int) -> tuple[pd.Timestamp, pd.Timestamp]:
    last = calendar.monthrange(year, month)[1]
    return pd.Timestamp(year, month, 1), pd.Timestamp(year, month, last)


def _safe_day(year: int, month: int, day: int) -> Day:
    try:
        return pd.Timestamp(year, month, day)
    except ValueError:  # "February 30"
        return None


def _count(word: str) -> int | None:
    word = " ".join(word.lower().split())
    if word.isdigit():
        return int(word)
    if word.startswith("a couple"):
        return 2
    return _NUMBER_WORDS.get(word)


def _shift_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _nearest(candidates: list[Day], p: pd.Timestamp, tense: str | None, weekday: str | None) -> tuple[Day, str]:
    """The candidate day nearest to `p`: on or after it if `tense` is future, on or before it if past.

    A `weekday` named with the date ("Monday, Oct. 26") keeps only the candidates that fall on it,
    when any does. Returns (day, what the weekday decided: "" when none was named).
    """
    days = [d for d in candidates if d is not None]
    how = ""
    if weekday:
        matching = [d for d in days if d.weekday() == _WEEKDAYS[weekday.lower()]]
        if matching:
            days, how = matching, f", the year in which it is a {weekday.capitalize()}"
        else:
            how = f" (no year near it has it on a {weekday.capitalize()}: check the text)"
    if tense == "future" and any(d >= p for d in days):
        days = [d for d in days if d >= p]
    elif tense == "past" and any(d <= p for d in days):
        days = [d for d in days if d <= p]
    if not days:
        return None, "not a calendar day"
    return min(days, key=lambda d: (abs(d - p), d > p)), how


# --- rules that need no publication date ----------------------------------------------
def _written_day(ask: Ask) -> Resolution:
    """ "26 December 2018", "2018-12-26": the day written, and a weekday that contradicts it pointed out."""
    gd = ask.groups
    month = int(gd["m"]) if gd.get("m") else ask.month()
    day = _safe_day(int(gd["y"]), month, int(gd["d"]))
    if day is None:
        return None, None, "not a calendar day"
    named = gd.get("wd")
    if named and day.weekday() != _WEEKDAYS[named.lower()]:
        weekday = _CAL.weekday_names[day.weekday()]
        return day, day, f"none needed (but it was a {weekday}, not a {named.capitalize()}: check the text)"
    return day, day, "none needed"


def _holiday(ask: Ask) -> Resolution:
    """ "Christmas 2018", "last Thanksgiving", "on Election Day": the named day by its rule."""
    name, how = holiday_rule(ask.match)
    said = f"{name}: {describe_rule(how)}"
    if ask.groups.get("y"):
        day = pd.Timestamp(rule_day(how, int(ask.groups["y"])))
        return day, day, f"none needed ({said})"
    if ask.published is None:
        return None, None, MISSING
    p, rel = ask.p, ask.rel()
    days = [pd.Timestamp(rule_day(how, y)) for y in (p.year - 1, p.year, p.year + 1)]
    if rel == "last":
        day = max(d for d in days if d < p)
    elif rel == "next":
        day = min(d for d in days if d > p)
    elif rel == "this":
        day = days[1]
    else:
        day, _ = _nearest(days, p, ask.tense, None)
    return day, day, f"{ask.anchor} ({said})"


def _month_year(ask: Ask) -> Resolution:
    low, high = _month_range(int(ask.groups["y"]), ask.month())
    return low, high, "none needed"


def _year(ask: Ask) -> Resolution:
    y = int(ask.groups["y"])
    return pd.Timestamp(y, 1, 1), pd.Timestamp(y, 12, 31), "none needed"


def _vague(ask: Ask) -> Resolution:
    return None, None, "vague: no calendar date"


def _event_relative(ask: Ask) -> Resolution:
    return None, None, "relative to another event, not to the publication date"


# --- rules placed against the publication date ----------------------------------------
def _day_near(ask: Ask) -> Resolution:
    """ "January 15": the occurrence nearest the publication date, on the side the tense says."""
    p = ask.p
    candidates = [_safe_day(y, ask.month(), int(ask.groups["d"])) for y in (p.year - 1, p.year, p.year + 1)]
    day, how = _nearest(candidates, p, ask.tense, ask.groups.get("wd"))
    if day is None:
        return None, None, how
    return day, day, ask.anchor + how


def _month_name(ask: Ask) -> Resolution:
    """ "in November", "last June": that month of the year the cue or the tense points to."""
    p, month, rel = ask.p, ask.month(), ask.rel()
    if rel == "next":
        year = p.year if month > p.month else p.year + 1
    elif rel == "this":
        year = p.year
    elif rel in ("last", "past"):
        year = p.year if month < p.month else p.year - 1
    elif ask.tense == "future":
        year = p.year if month >= p.month else p.year + 1
    else:
        year = p.year if month <= p.month else p.year - 1
    low, high = _month_range(year, month)
    return low, high, ask.anchor


def _weekday(ask: Ask) -> Resolution:
    """ "Monday": the most recent one on or before the publication date, or the coming one in a future sentence."""
    p, rel = ask.p, ask.rel()
    wd = _WEEKDAYS[ask.groups["wd"].lower()]
    back = (p.weekday() - wd) % 7
    day = p - pd.Timedelta(days=back)
    if rel == "next" or (not rel and ask.tense == "future"):  # "will meet on Saturday": the coming one
        day = p + pd.Timedelta(days=(wd - p.weekday()) % 7 or 7)
    elif rel in ("last", "past"):
        # "last Monday": the Monday of the previous week when today is that weekday or earlier in the week.
        day = p - pd.Timedelta(days=back or 7)
    return day, day, ask.anchor


def _period(ask: Ask) -> Resolution:
    """ "last month", "this week", "earlier this week": a calendar range (weeks run Monday to Sunday)."""
    p, gd = ask.p, ask.groups
    unit, pre = gd["unit"].lower(), gd["pre"].strip().lower()
    delta = {"last": -1, "past": -1, "this": 0, "next": 1, "coming": 1}[gd["rel"].lower()]
    if unit == "month":
        low, high = _month_range(*_shift_months(p.year, p.month, delta))
    elif unit == "year":
        low, high = pd.Timestamp(p.year + delta, 1, 1), pd.Timestamp(p.year + delta, 12, 31)
    elif unit == "weekend":
        saturday = p - pd.Timedelta(days=(p.weekday() - 5) % 7) + pd.Timedelta(days=7 * delta)
        if delta == 0 and saturday > p:
            saturday -= pd.Timedelta(days=7)
        low, high = saturday, saturday + pd.Timedelta(days=1)
    else:
        monday = p - pd.Timedelta(days=p.weekday()) + pd.Timedelta(days=7 * delta)
        low, high = monday, monday + pd.Timedelta(days=6)
    if pre == "earlier" and delta == 0:
        high = min(high, p)
    elif pre == "later" and delta == 0:
        low = max(low, p)
    return low, high, ask.anchor


def _day_word(ask: Ask) -> Resolution:
    word = " ".join(ask.groups["word"].lower().split())
    day = ask.p + pd.Timedelta(days={"yesterday": -1, "tomorrow": 1, "last night": -1}.get(word, 0))
    return day, day, ask.anchor


def _ago(ask: Ask) -> Resolution:
    """ "three days ago": a day; "two months ago": that calendar month; "a year ago": that day a year before."""
    p, n = ask.p, _count(ask.groups["n"])
    if n is None:  # "a few days ago", "several weeks ago"
        return None, None, "vague count: no calendar date"
    unit = ask.groups["unit"].lower().rstrip("s")
    if unit == "hour":
        return p, p, ask.anchor
    if unit in ("day", "week"):
        day = p - pd.Timedelta(days=n * (7 if unit == "week" else 1))
        return day, day, ask.anchor
    if unit == "month":
        return _month_range(*_shift_months(p.year, p.month, -n)) + (ask.anchor,)
    day = _safe_day(p.year - n, p.month, p.day) or _safe_day(p.year - n, p.month, p.day - 1)
    return day, day, ask.anchor  # "a year ago": that day, a year before (28 February for a 29th)


#: The resolver of each rule of `date_rules.RULES`, by rule name.
RESOLVERS: dict[str, Callable[[Ask], Resolution]] = {
    "iso-date": _written_day,
    "month-day-year": _written_day,
    "day-month-year": _written_day,
    "holiday": _holiday,
    "month-year": _month_year,
    "year": _year,
    "vague": _vague,
    "event-relative": _event_relative,
    "month-day": _day_near,
    "day-month": _day_near,
    "month-name": _month_name,
    "last-month-name": _month_name,
    "weekday": _weekday,
    "relative-period": _period,
    "day-word": _day_word,
    "ago": _ago,
}
#: Rules whose resolver needs the publication date: without it they stay unresolved (`MISSING`).
ANCHORED = frozenset(
    {"month-day", "day-month", "month-name", "last-month-name", "weekday", "relative-period", "day-word", "ago"}
)


def resolve(hit: Hit, published: dt.date | None, tense: str | None = None) -> Resolution:
    """(low, high, anchor) for one hit; None where it cannot be placed. `tense`: "future", "past" or None."""
    resolver = RESOLVERS.get(hit.rule)
    if resolver is None or (hit.rule in ANCHORED and published is None):
        return None, None, MISSING
    return resolver(Ask(hit.match, published, tense))
