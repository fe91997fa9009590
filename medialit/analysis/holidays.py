"""Named days ("Christmas", "Election Day", "Thanksgiving"): which calendar day each is in a given year.

The names and their rules are data, in ``lexicons/holidays.csv`` (the lexicon columns ``cue, category,
pattern, note``, with the rule as the category; see the file's first lines for the rule language).
`holiday_day(name, year)` gives the day; `holiday_regex()` finds the names in a text.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from functools import lru_cache

import pandas as pd

from ..calendar_words import calendar_words
from ..errors import MedialitError
from ..lexicon import load_lexicon

_CAL = calendar_words()  # weekday and month names: lexicons/calendar.csv (not the locale's)
_WEEKDAY_ABBR = {d.lower(): i for i, d in enumerate(_CAL.weekday_abbrs)}
_RULE = re.compile(
    r"(?:(?P<fixed>(?P<fm>0[1-9]|1[0-2])-(?P<fd>0[1-9]|[12]\d|3[01]))"
    rf"|(?P<nth>-1|[1-5])\s+(?P<wd>{'|'.join(_CAL.weekday_abbrs)})\s+(?P<nm>0[1-9]|1[0-2])"
    r"|(?P<easter>easter))(?:\s*(?P<offset>[+-]\d{1,3}))?"
)


def easter_sunday(year: int) -> dt.date:
    """Western Easter Sunday of `year` (the Gregorian computus, in its anonymous 1876 form)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    leap = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * leap) // 451
    month = (h + leap - 7 * m + 114) // 31
    day = (h + leap - 7 * m + 114) % 31 + 1
    return dt.date(year, month, day)


def rule_day(rule: str, year: int) -> dt.date:
    """The day `rule` (``12-25``, ``4 Thu 11``, ``-1 Mon 05``, ``easter -2``, ``1 Mon 11 +1``) falls on in `year`."""
    m = _RULE.fullmatch(rule.strip())
    if m is None:
        raise MedialitError(f"bad holiday rule {rule!r}: use MM-DD, 'N Www MM' or 'easter', then an optional +D/-D")
    if m["fixed"]:
        day = dt.date(year, int(m["fm"]), int(m["fd"]))
    elif m["easter"]:
        day = easter_sunday(year)
    else:
        month, weekday, nth = int(m["nm"]), _WEEKDAY_ABBR[m["wd"].lower()], int(m["nth"])
        days = [
            d for d in range(1, calendar.monthrange(year, month)[1] + 1) if dt.date(year, month, d).weekday() == weekday
        ]
        day = dt.date(year, month, days[nth - 1] if nth > 0 else days[-1])
    return day + dt.timedelta(days=int(m["offset"] or 0))


_ORDINAL = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", -1: "last"}


def describe_rule(rule: str) -> str:
    """A rule in words: ``4 Thu 11`` -> "the fourth Thursday of November"; ``1 Mon 11 +1`` -> "1 day after
    the first Monday of November"."""
    m = _RULE.fullmatch(rule.strip())
    if m is None:
        return rule
    if m["fixed"]:
        base = f"{int(m['fd'])} {_CAL.month_name(int(m['fm']))}"
    elif m["easter"]:
        base = "Easter Sunday"
    else:
        weekday = _CAL.weekday_names[_WEEKDAY_ABBR[m["wd"].lower()]]
        base = f"the {_ORDINAL[int(m['nth'])]} {weekday} of {_CAL.month_name(int(m['nm']))}"
    offset = int(m["offset"] or 0)
    if offset:
        base = f"{abs(offset)} day{'s' if abs(offset) > 1 else ''} {'after' if offset > 0 else 'before'} {base}"
    return base


@lru_cache(maxsize=1)
def holidays() -> pd.DataFrame:
    """The packaged named days: ``cue, rule, pattern, note`` (each rule checked), longest name first."""
    frame = load_lexicon("holidays").rename(columns={"category": "rule"})
    for row in frame.itertuples():
        try:
            rule_day(row.rule, 2000)
        except MedialitError as err:
            raise MedialitError(f"lexicons/holidays.csv:{row.line}: {err}") from None
    return frame.sort_values("cue", key=lambda s: -s.str.len(), kind="stable").reset_index(drop=True)


def _name_pattern(cue: str, pattern: str) -> str:
    return pattern if pattern else r"\s+".join(re.escape(w) for w in cue.split())


@lru_cache(maxsize=1)
def holiday_regex() -> re.Pattern[str]:
    """One pattern for every name, each in its own group ``h0``, ``h1``, ... (row order of `holidays()`)."""
    parts = [f"(?P<h{i}>{_name_pattern(row.cue, row.pattern)})" for i, row in enumerate(holidays().itertuples())]
    # Every name starts with a capital: the lookahead lets the scan skip other positions fast.
    return re.compile(r"(?<![\w-])(?=[A-Z])(?:" + "|".join(parts) + r")(?![\w-])")


def holiday_rule(match: re.Match[str]) -> tuple[str, str]:
    """(name, rule) of the holiday a `holiday_regex()` match found."""
    index = int(next(k for k, v in match.groupdict().items() if v is not None and k.startswith("h"))[1:])
    row = holidays().iloc[index]
    return row.cue, row.rule
